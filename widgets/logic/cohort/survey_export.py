"""The suite's items as a survey definition for another tool: a REDCap data dictionary, a
Qualtrics Advanced Format TXT file, or a plain CSV.

Each definition keeps the item ids as the tool's variable names (REDCap field names, Qualtrics
question ids) and the scale points as the answers' codes (1 = the scale's lowest point), so
that the tool's export imports back with no mapping file. Two optional text fields, a pairing
code and a group, come first; the tool adds its own record or response id.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from widgets.content import load
from widgets.content.models.cohort_data import CohortData
from widgets.content.models.instrument import Instrument

REDCAP_COLUMNS = (
    "Variable / Field Name", "Form Name", "Section Header", "Field Type", "Field Label",
    "Choices, Calculations, OR Slider Labels", "Field Note",
    "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation Max",
    "Identifier?", "Branching Logic (Show field only if...)", "Required Field?",
    "Custom Alignment", "Question Number (surveys only)", "Matrix Group Name", "Matrix Ranking?",
    "Field Annotation",
)
PLAIN_COLUMNS = ("id", "component", "reverse", "text", "choices")
TEXT_FIELDS = ("code", "group")


def form_name(instrument: Instrument) -> str:
    """A REDCap form (instrument) name: lowercase letters, digits and underscores."""
    return re.sub(r"[^a-z0-9]+", "_", instrument.id.lower()).strip("_")


def questions(instrument: Instrument) -> list[tuple[str, str]]:
    """(id, text) of every scale question, the 16 items then the single items."""
    return [(item.id, item.text) for item in (*instrument.items, *instrument.single_items)]


def choices(instrument: Instrument) -> list[tuple[int, str]]:
    """(code, label) of every scale point, lowest first."""
    labels = {int(k): v for k, v in instrument.scale_labels.items()}
    return [(p, labels[p]) for p in range(instrument.scale_min, instrument.scale_max + 1)]


def redcap_dictionary(instrument: Instrument, notice: str = "") -> str:
    """A REDCap data dictionary CSV (every cell quoted, like REDCap's own download):
    record_id, the two text fields, then one radio field per item."""
    texts = load(CohortData).survey
    form = form_name(instrument)
    radio = " | ".join(f"{code}, {label}" for code, label in choices(instrument))
    rows = [_redcap_row("record_id", form, "text", texts.record_id_label)]
    rows += [_redcap_row(name, form, "text", texts.field_label(name)) for name in TEXT_FIELDS]
    for number, (item_id, text) in enumerate(questions(instrument)):
        header = notice if number == 0 else ""
        rows.append(_redcap_row(item_id, form, "radio", text, radio, header))
    return _csv([REDCAP_COLUMNS, *rows], csv.QUOTE_ALL)  # as REDCap's own download


def _redcap_row(name: str, form: str, kind: str, label: str, choices_text: str = "",
                section: str = "") -> list[str]:
    row = dict.fromkeys(REDCAP_COLUMNS, "")
    row.update({"Variable / Field Name": name, "Form Name": form, "Section Header": section,
                "Field Type": kind, "Field Label": label,
                "Choices, Calculations, OR Slider Labels": choices_text})
    return list(row.values())


def qualtrics_advanced_format(instrument: Instrument, title: str = "", notice: str = "") -> str:
    """A Qualtrics Advanced Format TXT survey: one block, the notice, the two text entries,
    then one vertical single-answer question per item with the scale's labels as choices
    (Qualtrics numbers choices 1, 2, ... in order, which are the scale's codes)."""
    lines = ["[[AdvancedFormat]]", "", f"[[Block:{title or instrument.id}]]", ""]
    if notice:
        lines += ["[[Question:DB]]", "[[ID:notice]]", _one_line(notice), ""]
    texts = load(CohortData).survey
    for name in TEXT_FIELDS:
        lines += ["[[Question:TE:SingleLine]]", f"[[ID:{name}]]",
                  _one_line(texts.field_label(name)), ""]
    for item_id, text in questions(instrument):
        lines += ["[[Question:MC:SingleAnswer:Vertical]]", f"[[ID:{item_id}]]",
                  _one_line(text), "[[Choices]]", *(label for _, label in choices(instrument)),
                  ""]
    return "\n".join(lines)


def plain_csv(instrument: Instrument) -> str:
    """Every scale question with its component, keying, text and choices ("1 = ...; 2 = ...")."""
    components = {item.id: (item.component, item.reverse) for item in instrument.items}
    scale = "; ".join(f"{code} = {label}" for code, label in choices(instrument))
    rows = [PLAIN_COLUMNS]
    for item_id, text in questions(instrument):
        component, reverse = components.get(item_id, ("", False))
        rows.append((item_id, component, str(reverse).lower(), text, scale))
    return _csv(rows)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _csv(rows: Iterable[Iterable[object]], quoting: int = csv.QUOTE_MINIMAL) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n", quoting=quoting).writerows(rows)
    return buffer.getvalue()

"""Survey definitions for REDCap, Qualtrics and plain CSV, and round trips through each tool's
export shape back to the same answers with no mapping file."""

import csv
import io
import json
import re

import numpy as np
import pytest

from widgets.logic.cohort.importing import import_responses
from widgets.logic.cohort.survey_export import (
    REDCAP_COLUMNS,
    form_name,
    plain_csv,
    qualtrics_advanced_format,
    redcap_dictionary,
)


@pytest.fixture(scope="module")
def answers(instrument):
    """Random answers of 7 responses to every item, some missing (None)."""
    rng = np.random.default_rng(7)
    table = rng.integers(1, 6, size=(7, len(instrument.item_ids))).tolist()
    for row in table:
        row[rng.integers(len(row))] = None
    return table


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


# --- simulated exports, built from the definitions only -------------------------------------

def redcap_export(dictionary: str, answers, labels: bool):
    """What REDCap's "CSV raw" or "CSV labels" export of this data dictionary looks like."""
    fields = read_csv(dictionary)
    form = fields[0]["Form Name"]
    questions = [f for f in fields if f["Variable / Field Name"] != "record_id"]
    choices = {
        f["Variable / Field Name"]: dict(
            part.strip().split(", ", 1)
            for part in f["Choices, Calculations, OR Slider Labels"].split("|")
        )
        for f in questions if f["Field Type"] == "radio"
    }
    if labels:
        header = ["Record ID", "Survey Identifier", "Survey Timestamp",
                  *[f["Field Label"] for f in questions], "Complete?"]
    else:
        header = ["record_id", "redcap_survey_identifier", f"{form}_timestamp",
                  *[f["Variable / Field Name"] for f in questions], f"{form}_complete"]
    rows = [header]
    for number, row in enumerate(answers, start=1):
        values = iter(row)
        cells = []
        for field in questions:
            name = field["Variable / Field Name"]
            if name not in choices:
                cells.append("")
                continue
            value = next(values)
            code = "" if value is None else str(value)
            cells.append(choices[name].get(code, "") if labels else code)
        rows.append([str(number), "", "2026-11-23 10:00:00", *cells,
                     "Complete" if labels else "2"])
    return rows


def qualtrics_questions(txt: str):
    """(id, text, choices) of every multiple-choice question of an Advanced Format file."""
    found = []
    for block in txt.split("[[Question:")[1:]:
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines[0].startswith("MC:"):
            continue
        question_id = re.fullmatch(r"\[\[ID:(.+)\]\]", lines[1]).group(1)
        choices = lines[lines.index("[[Choices]]") + 1:]
        found.append((question_id, lines[2], choices))
    return found


def qualtrics_export(txt: str, answers, labels: bool, tags: str):
    """A Qualtrics CSV export: export tags (the question ids, or Q1, Q2, ... when the survey
    was renumbered), question texts, import ids; recode values or choice texts."""
    questions = qualtrics_questions(txt)
    header = ["StartDate", "Status", "RecordedDate", "ResponseId"]
    header += [q[0] if tags == "ids" else f"Q{n}" for n, q in enumerate(questions, start=1)]
    texts = ["Start Date", "Response Type", "Recorded Date", "Response ID",
             *[q[1] for q in questions]]
    imports = [json.dumps({"ImportId": name}) for name in ("startDate", "status", "recordedDate",
                                                           "_recordId")]
    imports += [json.dumps({"ImportId": f"QID{n}"}) for n in range(1, len(questions) + 1)]
    rows = [header, texts, imports]
    for number, row in enumerate(answers, start=1):
        cells = ["" if v is None else (q[2][v - 1] if labels else str(v))
                 for v, q in zip(row, questions, strict=True)]
        rows.append(["2026-11-23 10:00:00", "IP Address", "2026-11-23 10:05:00",
                     f"R_{number:015d}", *cells])
    return rows


def google_export(plain: str, answers):
    """A Google Forms CSV export of a form typed in from the plain CSV definition."""
    items = read_csv(plain)
    labels = [dict(part.split(" = ", 1) for part in item["choices"].split("; "))
              for item in items]
    rows = [["Timestamp", *[item["text"] for item in items]]]
    for row in answers:
        rows.append(["2026/11/23 2:05:00 PM GMT",
                     *["" if v is None else labels[j][str(v)] for j, v in enumerate(row)]])
    return rows


def imported_answers(path, instrument):
    result = import_responses(path, instrument)
    assert result.report.rejections == []
    frame = result.frame[list(instrument.item_ids)]
    return [[None if v is None or v != v else int(v) for v in row]
            for row in frame.astype(object).where(frame.notna(), None).to_numpy().tolist()]


# --- the definitions ------------------------------------------------------------------------

def test_the_redcap_dictionary_has_redcaps_columns_in_order(instrument):
    header = next(csv.reader(io.StringIO(redcap_dictionary(instrument))))
    assert tuple(header) == REDCAP_COLUMNS


def test_the_redcap_dictionary_starts_with_the_record_id(instrument):
    first = read_csv(redcap_dictionary(instrument))[0]
    assert first["Variable / Field Name"] == "record_id"


def test_every_item_is_a_redcap_radio_field_on_the_scale(instrument):
    fields = {f["Variable / Field Name"]: f for f in read_csv(redcap_dictionary(instrument))}
    field = fields[instrument.item_ids[0]]
    assert field["Field Type"] == "radio"
    assert field["Choices, Calculations, OR Slider Labels"].startswith(
        f"1, {instrument.scale_labels[1]} | 2, {instrument.scale_labels[2]} | "
    )


def test_redcap_field_and_form_names_are_lowercase_words(instrument):
    fields = read_csv(redcap_dictionary(instrument))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", f["Variable / Field Name"]) for f in fields)
    assert re.fullmatch(r"[a-z][a-z0-9_]*", form_name(instrument))


def test_the_qualtrics_file_starts_with_the_advanced_format_tag(instrument):
    assert qualtrics_advanced_format(instrument).startswith("[[AdvancedFormat]]\n")


def test_each_item_is_a_qualtrics_single_answer_question_with_its_id(instrument):
    questions = qualtrics_questions(qualtrics_advanced_format(instrument))
    assert [q[0] for q in questions] == list(instrument.item_ids)
    assert questions[0][2] == [instrument.scale_labels[p] for p in range(1, 6)]


def test_the_plain_csv_lists_every_item_with_its_keying(instrument):
    rows = read_csv(plain_csv(instrument))
    assert [r["id"] for r in rows] == list(instrument.item_ids)
    reverse = {item.id for item in instrument.items if item.reverse}
    assert {r["id"] for r in rows if r["reverse"] == "true"} == reverse


# --- round trips ------------------------------------------------------------------------------

@pytest.mark.parametrize("labels", [False, True], ids=["raw", "labels"])
def test_a_redcap_export_of_the_dictionary_imports_the_same_answers(
    labels, instrument, answers, tmp_path
):
    rows = redcap_export(redcap_dictionary(instrument), answers, labels)
    path = write_csv(tmp_path / "redcap.csv", rows)
    assert imported_answers(path, instrument) == answers


@pytest.mark.parametrize("labels", [False, True], ids=["numbers", "choice-texts"])
@pytest.mark.parametrize("tags", ["ids", "renumbered"])
def test_a_qualtrics_export_of_the_survey_imports_the_same_answers(
    labels, tags, instrument, answers, tmp_path
):
    rows = qualtrics_export(qualtrics_advanced_format(instrument), answers, labels, tags)
    path = write_csv(tmp_path / "qualtrics.csv", rows)
    assert imported_answers(path, instrument) == answers


def test_a_google_forms_export_of_the_plain_definition_imports_the_same_answers(
    instrument, answers, tmp_path
):
    path = write_csv(tmp_path / "google.csv", google_export(plain_csv(instrument), answers))
    assert imported_answers(path, instrument) == answers

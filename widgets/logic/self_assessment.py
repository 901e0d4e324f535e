"""Module 03's self-assessment: answers in progress, the profile and its comparisons.

- Answers in progress are kept as JSON in a folder the learner owns (``~/.belonging-lab`` by
  default), written atomically after each change and restored on return (``widgets.logic
  .autosave``).
- The profile is the component means of ``widgets.logic.scoring``, described in plain words from
  the module's content file: where the answers sit on the agreement scale, never a diagnosis, a
  "low" or "high" label or a total.
- Comparisons put component scores of several moments side by side (now and an earlier export,
  or now and the SYNTHETIC class's mean at the start of a course).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from widgets.content.models.instrument import Instrument
from widgets.content.models.self_assessment import Band
from widgets.errors import BelongingLabError
from widgets.logic import autosave
from widgets.logic.cohort.scores import component_scores as cohort_component_scores
from widgets.logic.export_format import (
    RESPONSE_ID,
    TIMESTAMP,
    Response,
    clean_text,
    new_response,
)
from widgets.logic.scoring import Answers, answers_needed, component_scores

STATE_FILE = "self_assessment.json"
STATE_FORMAT = "belonging-lab-self-assessment/1"
Scores = Mapping[str, float | None]


@dataclass(frozen=True)
class Draft:
    """The answers so far (item id -> 1-5 or None), the optional label, code and group, and the
    id and time of the export built from them (new whenever they change, so that the CSV and
    JSON downloads of the same answers share one response id)."""

    answers: dict[str, int | None] = field(default_factory=dict)
    label: str = ""
    code: str = ""
    group: str = ""
    response_id: str = ""
    timestamp: str = ""
    saved_at: str = ""


def state_path(state_dir: str | Path) -> Path:
    """The autosave file inside ``state_dir``."""
    return autosave.state_file(state_dir, STATE_FILE)


def draft_to_json(draft: Draft, instrument: Instrument) -> str:
    """The draft as the JSON document kept on the learner's machine."""
    document = {
        "format": STATE_FORMAT,
        "instrument": {"id": instrument.id, "version": instrument.version},
        "saved_at": draft.saved_at,
        "label": draft.label,
        "code": draft.code,
        "group": draft.group,
        "response_id": draft.response_id,
        "timestamp": draft.timestamp,
        "answers": {item_id: draft.answers.get(item_id) for item_id in instrument.item_ids},
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def draft_from_json(text: str, instrument: Instrument) -> Draft:
    """A draft read back; a malformed document or another instrument raises BelongingLabError."""
    try:
        document = json.loads(text)
        if document.get("format") != STATE_FORMAT:
            raise ValueError(f"format {document.get('format')!r}")
        meta = document["instrument"]
        answers = {key: valid_answer(value, instrument)
                   for key, value in document["answers"].items()}
        fields = {name: clean_text(str(document.get(name) or ""))
                  for name in ("label", "code", "group")}
        fields.update(stamp(document))
    except (ValueError, TypeError, AttributeError, KeyError) as error:
        raise BelongingLabError("assessment.saved_unreadable", problem=str(error)) from None
    if (meta.get("id"), meta.get("version")) != (instrument.id, instrument.version):
        raise BelongingLabError("assessment.saved_other_instrument",
                                found=f"{meta.get('id')} {meta.get('version')}",
                                expected=f"{instrument.id} {instrument.version}")
    return Draft({item_id: answers.get(item_id) for item_id in instrument.item_ids},
                 saved_at=str(document.get("saved_at", "")), **fields)


def stamp(document: dict[str, Any]) -> dict[str, str]:
    """The saved response id and timestamp, or empty ones when they are not in the export's form
    (a new id and time are then made)."""
    response_id, timestamp = document.get("response_id"), document.get("timestamp")
    if (isinstance(response_id, str) and RESPONSE_ID.fullmatch(response_id)
            and isinstance(timestamp, str) and TIMESTAMP.fullmatch(timestamp)):
        return {"response_id": response_id, "timestamp": timestamp}
    return {"response_id": "", "timestamp": ""}


def valid_answer(value: Any, instrument: Instrument) -> int | None:
    """A saved answer on the scale, or None; anything else makes the file unreadable."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"answer {value!r}")
    if not instrument.scale_min <= value <= instrument.scale_max:
        raise ValueError(f"answer {value!r}")
    return value


def stamped(draft: Draft, now: datetime | None = None) -> Draft:
    """The draft with the time it is saved at."""
    return replace(draft, saved_at=(now or datetime.now()).isoformat(timespec="seconds"))


def save_draft(draft: Draft, instrument: Instrument, state_dir: str | Path,
               now: datetime | None = None) -> Draft:
    """Write the draft atomically into ``state_dir``; returns it stamped with the save time."""
    saved = stamped(draft, now)
    autosave.save(state_path(state_dir), draft_to_json(saved, instrument))
    return saved


def restore_draft(instrument: Instrument, state_dir: str | Path) -> Draft | None:
    """The saved draft, or None; an unreadable file is set aside and explained."""
    return autosave.restore(state_path(state_dir),
                            lambda text: draft_from_json(text, instrument),
                            "assessment.saved_set_aside")


def keeping(instrument: Instrument) -> autosave.Keeping[Draft]:
    """How the answers to ``instrument`` are kept."""
    return autosave.Keeping(
        "self_assessment", Draft(), lambda folder: restore_draft(instrument, folder),
        lambda draft, folder: save_draft(draft, instrument, folder), state_path,
        lambda draft: draft_to_json(draft, instrument),
        lambda document: draft_from_json(document, instrument), stamped)


@dataclass(frozen=True)
class ComponentResult:
    """One component of the profile: its score (None: not enough answers) and how many of its
    items were answered."""

    component: str
    score: float | None
    answered: int
    items: int

    @property
    def needed(self) -> int:
        return answers_needed(self.items)


def profile(instrument: Instrument, answers: Answers) -> list[ComponentResult]:
    """Every component's result, in the instrument's order."""
    scores = component_scores(instrument, answers)
    results = []
    for component in instrument.components:
        items = instrument.items_of(component)
        answered = sum(answers.get(item.id) is not None for item in items)
        results.append(ComponentResult(component, scores[component], answered, len(items)))
    return results


def score_text(score: float | None, not_enough: str) -> str:
    """A score as shown to the learner: two decimals, or the "not enough answers" text."""
    return not_enough if score is None else f"{score:.2f}"


def band_text(score: float, bands: Sequence[Band]) -> str:
    """The sentence of the first band whose ``up_to`` the score does not exceed."""
    for band in bands:
        if score <= band.up_to:
            return band.text
    return bands[-1].text


def describe(instrument: Instrument, answers: Answers, texts: Mapping[str, str],
             bands: Sequence[Band]) -> list[str]:
    """One plain-language sentence per component, from the content file's ``profile`` texts
    and its ``bands``."""
    sentences = []
    for result in profile(instrument, answers):
        name = instrument.component_labels[result.component]
        if result.score is None:
            sentences.append(texts["not_enough_sentence"].format(
                component=name, needed=result.needed, items=result.items,
                answered=result.answered))
        else:
            sentences.append(texts["score_sentence"].format(
                component=name, score=score_text(result.score, ""),
                band=band_text(result.score, bands)))
    return sentences


def describe_single_items(instrument: Instrument, answers: Answers,
                          texts: Mapping[str, str]) -> list[str]:
    """The single items with the learner's answer in words (they are never averaged)."""
    sentences = []
    for item in instrument.single_items:
        value = answers.get(item.id)
        if value is None:
            sentences.append(texts["single_item_skipped"].format(text=item.text))
        else:
            sentences.append(texts["single_item_sentence"].format(
                text=item.text, answer=instrument.scale_labels[value]))
    return sentences


def moments_table(instrument: Instrument, moments: Mapping[str, Scores]) -> pd.DataFrame:
    """A tidy table for the charts: one row per moment and component, in order.

    Columns: ``moment``, ``component`` (its label), ``component_id``, ``order``, ``score``
    (float, or NaN for "not enough answers").
    """
    rows = []
    for moment, scores in moments.items():
        for order, component in enumerate(instrument.components):
            score = scores.get(component)
            rows.append({"moment": moment, "component": instrument.component_labels[component],
                         "component_id": component, "order": order,
                         "score": float("nan") if score is None else score})
    return pd.DataFrame(rows)


def shown_table(instrument: Instrument, moments: Mapping[str, Scores], component_heading: str,
                not_enough: str) -> pd.DataFrame:
    """The table a learner reads beside a chart: a column of scores per moment."""
    table = {component_heading: [instrument.component_labels[c] for c in instrument.components]}
    for moment, scores in moments.items():
        table[moment] = [score_text(scores.get(c), not_enough) for c in instrument.components]
    return pd.DataFrame(table)


def summary(instrument: Instrument, scores: Scores, template: str, not_enough: str) -> str:
    """The scores in one line for a chart's description, e.g. "Competencies 3.25; ..."."""
    return "; ".join(
        template.format(component=instrument.component_labels[c],
                        score=score_text(scores.get(c), not_enough))
        for c in instrument.components
    ) + "."


def reference_scores(instrument: Instrument, frame: pd.DataFrame, label: str
                     ) -> dict[str, float | None]:
    """The mean component scores of the rows labelled ``label`` (responses with enough answers
    only), from a table in the export's columns such as the synthetic class sample."""
    chosen = frame[frame["label"] == label]
    scores = cohort_component_scores(chosen, instrument)
    means = scores.mean(skipna=True)
    return {c: None if pd.isna(means[c]) else float(means[c]) for c in instrument.components}


def restamp(draft: Draft, instrument: Instrument, now: datetime | None = None) -> Draft:
    """The draft with a fresh random response id and the current time (for changed answers)."""
    fresh = new_response(instrument, draft.answers, now=now)
    return replace(draft, response_id=fresh.response_id, timestamp=fresh.timestamp)


def as_response(draft: Draft, instrument: Instrument) -> Response:
    """The draft as an export response (stamped now if it has no id yet)."""
    if not draft.response_id:
        draft = restamp(draft, instrument)
    return Response(
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        response_id=draft.response_id,
        timestamp=draft.timestamp,
        label=clean_text(draft.label),
        code=clean_text(draft.code),
        group=clean_text(draft.group),
        answers={item_id: draft.answers.get(item_id) for item_id in instrument.item_ids},
    )

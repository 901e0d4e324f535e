"""Module 03's self-assessment: saved answers, the profile in words, comparisons, the app."""

import base64
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime

import pytest

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.content.models.self_assessment import SelfAssessmentTexts
from widgets.datasets.loader import load as load_dataset
from widgets.errors import BelongingLabError
from widgets.logic.export_format import read_export
from widgets.logic.scoring import component_scores
from widgets.logic.self_assessment import (
    Draft,
    as_response,
    describe,
    describe_single_items,
    moments_table,
    reference_scores,
    restamp,
    restore_draft,
    save_draft,
    shown_table,
    state_path,
)

INSTRUMENT = load(Instrument)
MODIFIED = datetime(2026, 11, 23, tzinfo=UTC)
TEXTS = load(SelfAssessmentTexts)
EXAMPLE = {"comp_1": 4, "comp_2": 5, "comp_3": 2, "comp_4": 4, "opp_1": 2, "opp_2": 4,
           "opp_3": 4, "opp_4": 3, "mot_1": 5, "mot_2": 4, "mot_3": 2, "mot_4": 4, "perc_1": 3,
           "perc_2": 3, "perc_3": None, "perc_4": 4, "belong_program": 4,
           "belong_organisation": 3, "belong_community": 2}


def draft(**answers) -> Draft:
    return Draft(answers={**EXAMPLE, **answers}, label="start of rotation", code="k7m2pq")


# Saved answers


def test_saved_answers_are_restored_as_they_were(tmp_path):
    saved = save_draft(restamp(draft(), INSTRUMENT), INSTRUMENT, tmp_path)
    assert restore_draft(INSTRUMENT, tmp_path) == saved


def test_nothing_saved_restores_nothing(tmp_path):
    assert restore_draft(INSTRUMENT, tmp_path / "new") is None


def test_the_answers_are_saved_under_the_learners_home(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert state_path("~/.belonging-lab/") == tmp_path / ".belonging-lab" / "self_assessment.json"


def test_a_second_unreadable_save_does_not_replace_the_first_one_set_aside(tmp_path):
    for text in ("first", "second"):
        state_path(tmp_path).write_text(text, encoding="utf-8")
        with pytest.raises(BelongingLabError):
            restore_draft(INSTRUMENT, tmp_path)
    assert (tmp_path / "self_assessment.json.unreadable").read_text() == "first"
    assert (tmp_path / "self_assessment.json.unreadable-2").read_text() == "second"


def test_answers_saved_for_another_instrument_version_are_set_aside(tmp_path):
    save_draft(draft(), INSTRUMENT, tmp_path)
    document = json.loads(state_path(tmp_path).read_text())
    document["instrument"]["version"] = "0.9"
    state_path(tmp_path).write_text(json.dumps(document))
    with pytest.raises(BelongingLabError) as error:
        restore_draft(INSTRUMENT, tmp_path)
    assert "belonging-lab-teaching-items 0.9" in str(error.value)


def test_a_saved_answer_off_the_scale_makes_the_save_unreadable(tmp_path):
    save_draft(draft(comp_1=9), INSTRUMENT, tmp_path)
    with pytest.raises(BelongingLabError):
        restore_draft(INSTRUMENT, tmp_path)


def test_saved_answers_survive_a_process_killed_in_mid_write(tmp_path):
    save_draft(draft(), INSTRUMENT, tmp_path)
    script = (
        "import sys\n"
        "from widgets.content import load\n"
        "from widgets.content.models.instrument import Instrument\n"
        "from widgets.logic.self_assessment import Draft, save_draft\n"
        "instrument = load(Instrument)\n"
        "n = 0\n"
        "while True:\n"
        "    n += 1\n"
        "    answers = dict.fromkeys(instrument.item_ids, 1 + n % 5)\n"
        "    save_draft(Draft(answers, label='x' * 80), instrument, sys.argv[1])\n"
    )
    before = state_path(tmp_path).read_text()
    writer = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)])
    deadline = time.monotonic() + 30
    while state_path(tmp_path).read_text() == before and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)  # thousands of saves by now; the kill lands in one of them
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    restored = restore_draft(INSTRUMENT, tmp_path)
    assert len(set(restored.answers.values())) == 1
    assert restored.label == "x" * 80


# The profile in words


def test_the_example_profile_is_described_in_plain_words():
    lines = describe(INSTRUMENT, EXAMPLE, TEXTS.profile, TEXTS.bands)
    assert lines[0].startswith("Competencies: 4.25 on the 1 to 5 scale. Your answers mostly agreed")
    assert lines[1].startswith("Opportunities: 2.75 on the 1 to 5 scale. Your answers were in the")
    assert lines[3].startswith("Perceptions: 3.33")


def test_a_component_with_too_few_answers_says_so_and_gives_no_number():
    line = describe(INSTRUMENT, {**EXAMPLE, "mot_1": None, "mot_2": None}, TEXTS.profile,
                    TEXTS.bands)[2]
    assert line.startswith("Motivations: not enough answers")
    assert not any(ch.isdigit() for ch in line.split("(")[0])


def test_no_description_reads_as_a_diagnosis_or_a_total():
    text = json.dumps(asdict(TEXTS)).lower()
    for phrase in ("low belonging", "high belonging", "total score", "diagnos", "disorder"):
        assert phrase not in text.replace("no total score", "")


def test_single_items_are_given_in_words_and_skipped_ones_said_to_be_skipped():
    lines = describe_single_items(INSTRUMENT, {**EXAMPLE, "belong_community": None},
                                  TEXTS.profile)
    assert lines[0].endswith("Your answer: Agree.")
    assert lines[2].endswith("You skipped this one.")


def test_the_table_says_not_enough_answers_rather_than_zero():
    scores = component_scores(INSTRUMENT, {"comp_1": 3})
    table = shown_table(INSTRUMENT, {"Now": scores}, "Component", "not enough answers")
    assert set(table["Now"]) == {"not enough answers"}


def test_the_chart_table_has_a_row_per_moment_and_component_with_missing_as_nan():
    table = moments_table(INSTRUMENT, {"Then": {"competencies": 2.0}, "Now": {}})
    assert len(table) == 8
    assert table["score"].isna().sum() == 7


# Comparisons


def test_the_synthetic_reference_is_the_mean_of_the_pre_rows():
    scores = reference_scores(INSTRUMENT, load_dataset("class_responses"), "pre")
    assert all(2.5 < scores[c] < 4.5 for c in INSTRUMENT.components)


def test_suggestions_exist_for_every_component_and_say_whose_they_are():
    assert set(TEXTS.suggestions) == set(INSTRUMENT.components)
    assert "Belonging Lab's own suggestions" in TEXTS.profile["suggestions_attribution"]


def test_a_draft_exports_with_its_id_and_time():
    stamped = restamp(draft(), INSTRUMENT)
    response = as_response(stamped, INSTRUMENT)
    assert (response.response_id, response.timestamp) == (stamped.response_id, stamped.timestamp)
    assert response.answers == EXAMPLE


# The app (no browser: the widgets' values)


@pytest.fixture
def app(tmp_path):
    from widgets.ui.self_assessment import SelfAssessment

    return lambda **options: SelfAssessment(state_dir=tmp_path, **options)


def answer_all(view, value=4):
    for choice in view.choices.values():
        choice.value = value


def offered(link) -> bytes:
    """The bytes a DownloadLink offers."""
    href = link.value.split('href="')[1].split('"')[0]
    return base64.b64decode(href.split(",", 1)[1])


def uploaded(name: str, data: bytes) -> tuple[dict, ...]:
    """A FileUpload value as the browser sends it."""
    return ({"name": name, "content": memoryview(data), "type": "", "size": len(data),
             "last_modified": MODIFIED},)


def test_each_change_is_saved_and_restored_on_return(app, tmp_path):
    view = app()
    view.choices["opp_2"].value = 5
    view.label.value = "start of rotation"
    again = app()
    assert again.choices["opp_2"].value == 5
    assert again.label.value == "start of rotation"
    assert "restored" in again.status.value


def test_the_profile_appears_when_asked_for(app):
    view = app()
    answer_all(view)
    view.see_profile.click()
    text = view.profile_box.children[0].value
    assert "Competencies: 3.50" in text
    assert "bl-chart" in view.profile_box.children[1].figure_html()


def test_the_downloads_hold_the_current_answers(app):
    view = app()
    answer_all(view, 2)
    response = read_export(offered(view.csv_link), "mine.csv", INSTRUMENT)[0]
    assert set(response.answers.values()) == {2}


def test_a_bad_import_shows_a_message_and_changes_nothing(app, tmp_path):
    view = app()
    view.choices["comp_1"].value = 3
    saved = state_path(tmp_path).read_text()
    view.upload.value = uploaded("notes.csv", b"name,email\n")
    assert "could not be used" in view.import_message.value
    assert "not a Belonging Lab export" in view.import_message.value
    assert state_path(tmp_path).read_text() == saved
    assert view.comparison_box.children == ()


def test_an_import_shows_both_moments_side_by_side(app):
    view = app()
    answer_all(view, 2)
    view.label.value = "start"
    data = offered(view.json_link)
    answer_all(view, 4)
    view.upload.value = uploaded("start.json", data)
    assert "Read 1 earlier moment" in view.import_message.value
    table = view.comparison_box.children[0].table.value
    assert "start (" in table and "Now" in table


def test_the_synthetic_class_is_shown_only_when_asked_and_labelled_synthetic(app):
    view = app()
    assert view.comparison_box.children == ()
    view.show_reference.value = True
    assert "Synthetic class" in view.comparison_box.children[0].table.value
    assert "invented data" in view.reference_note.value


def test_learner_typed_text_is_escaped_in_the_app(app):
    view = app(groups=["Site A"])
    view.label.value = "<img src=x onerror=alert(1)>"
    answer_all(view)
    view.show_reference.value = True
    for widget in (view.import_message, view.status, view.profile_box.children[0]):
        assert "<img" not in widget.value


def test_autosave_can_be_turned_off(tmp_path):
    from widgets.ui.self_assessment import SelfAssessment

    view = SelfAssessment(state_dir="")
    view.choices["comp_1"].value = 3
    assert "Autosave is off" in view.status.value

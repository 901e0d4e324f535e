"""Columns map to items by id, by question text, or through a mapping file; never by guess."""

from pathlib import Path

import pytest

from widgets.errors import BelongingLabError, ContentError
from widgets.logic.cohort.importing import import_responses
from widgets.logic.cohort.mapping import load_mapping, normalise, plan_columns

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


def test_normalising_sets_aside_case_spacing_and_punctuation():
    assert normalise("  I feel,   AT home!  ") == normalise("i feel at home")


def test_a_header_that_is_an_item_id_maps_to_it(instrument):
    item = instrument.item_ids[0]
    plan = plan_columns("f.csv", [item.upper()], [item.upper()], instrument)
    assert plan.items == {item: 0}


@pytest.mark.parametrize(("number", "heading"), [
    pytest.param(0, "  {text}  ", id="reworded question text, through its normal form"),
    pytest.param(1, "How much do you agree? - {text}", id="a matrix column, through its statement"),
    pytest.param(2, "Your experience [{text}]", id="a grid column, through its bracketed row"),
])
def test_a_heading_that_carries_the_items_text_matches_it(instrument, number, heading):
    item = instrument.items[number]
    header = heading.format(text=item.text.upper() if number == 0 else item.text)
    assert plan_columns("f.csv", [header], [header], instrument).items == {item.id: 0}


def test_two_columns_for_one_item_are_refused(instrument):
    item = instrument.item_ids[0]
    with pytest.raises(BelongingLabError, match="match"):
        plan_columns("f.csv", [item, item.upper()], [item, item.upper()], instrument)


def test_a_survey_with_its_own_tags_needs_a_mapping_file(instrument):
    with pytest.raises(BelongingLabError, match="mapping file"):
        import_responses(FIXTURES / "qualtrics_custom_tags.csv", instrument)


def test_a_mapping_file_maps_columns_to_items(instrument):
    mapping = load_mapping(FIXTURES / "qualtrics_mapping.yaml", instrument)
    frame = import_responses(FIXTURES / "qualtrics_custom_tags.csv", instrument,
                             mapping=mapping).frame
    assert frame[instrument.item_ids[0]].tolist() == [2, 3, 4]


def test_a_mapping_file_can_keep_a_grouping_column(instrument, tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text("schema: mapping\ncolumns:\n  Timestamp: timestamp\n"
                    "groups:\n  Your group: site\n")
    frame = import_responses(FIXTURES / "google_forms.csv", instrument,
                             mapping=load_mapping(path, instrument)).frame
    assert frame["site"].tolist() == ["Site C"] * 3


def test_a_mapping_file_breaking_its_schema_is_refused(instrument):
    with pytest.raises(ContentError, match=r"mapping_invalid\.yaml"):
        load_mapping(FIXTURES / "mapping_invalid.yaml", instrument)


def test_a_mapping_to_an_unknown_item_is_refused(instrument):
    with pytest.raises(BelongingLabError, match="comp_9"):
        load_mapping(FIXTURES / "mapping_unknown_item.yaml", instrument)


def test_a_mapping_for_another_instrument_is_refused(instrument, tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text("schema: mapping\ninstrument: someone-elses\ncolumns:\n  Q1: comp_1\n")
    with pytest.raises(BelongingLabError, match="someone-elses"):
        load_mapping(path, instrument)

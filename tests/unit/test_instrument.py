"""The teaching items: the bundled version, and faculty versions written without code."""

import pytest

from widgets.content import FILES_DIR, load, load_path
from widgets.content.models.instrument import Instrument
from widgets.errors import ContentError

COMPONENTS = ["competencies", "opportunities", "motivations", "perceptions"]
FACULTY_FILE = "our_items.yaml"


def test_the_bundled_instrument_has_four_items_per_component_and_three_single_items():
    instrument = load(Instrument)
    assert instrument.components == tuple(COMPONENTS)
    assert all(len(instrument.items_of(c)) == 4 for c in COMPONENTS)
    assert [s.id for s in instrument.single_items] == [
        "belong_program", "belong_organisation", "belong_community"]


def test_every_component_has_a_reverse_keyed_item():
    instrument = load(Instrument)
    assert all(any(i.reverse for i in instrument.items_of(c)) for c in COMPONENTS)


def test_the_notice_says_these_are_not_a_validated_instrument():
    assert "not a validated instrument" in load(Instrument).notice


def test_a_faculty_version_loads_from_its_own_file(content_copy):
    def change(data):
        data["id"], data["version"] = "our-school-items", "2.1"
        data["items"].append({"id": "comp_5", "component": "competencies",
                              "text": "I can ask for help when I need it.", "reverse": False})

    instrument = load_path(content_copy(Instrument, change, FACULTY_FILE), Instrument)
    assert (instrument.id, instrument.version) == ("our-school-items", "2.1")
    assert len(instrument.items_of("competencies")) == 5
    assert "comp_5" in instrument.item_ids


def test_a_version_written_as_a_number_is_refused_with_the_entry_named(refusal):
    message = refusal(Instrument, lambda data: data.update(version=2.0), FACULTY_FILE)
    assert "our_items.yaml" in message and "version" in message


def test_a_repeated_item_id_is_refused(refusal):
    message = refusal(Instrument, lambda data: data["items"][1].update(id="comp_1"), FACULTY_FILE)
    assert "'comp_1' is used more than once" in message


def test_a_component_without_a_reversed_item_is_refused(refusal):
    def change(data):
        for item in data["items"]:
            if item["component"] == "motivations":
                item["reverse"] = False

    message = refusal(Instrument, change, FACULTY_FILE)
    assert "'motivations' has no reverse-keyed item" in message


def test_a_component_with_too_few_items_is_refused(refusal):
    def change(data):
        data["items"] = [i for i in data["items"] if i["id"] != "opp_4"]
        data["items"].append({"id": "comp_5", "component": "competencies", "text": "x",
                              "reverse": False})

    message = refusal(Instrument, change, FACULTY_FILE)
    assert "'opportunities' has fewer than 4 items" in message


def test_an_unknown_component_is_refused(refusal):
    message = refusal(Instrument, lambda data: data["items"][0].update(component="resilience"),
                      FACULTY_FILE)
    assert "items[0].component" in message


def test_a_scale_other_than_five_points_is_refused(refusal):
    message = refusal(Instrument, lambda data: data["scale"].update(max=7), FACULTY_FILE)
    assert "scale.max" in message


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(ContentError) as error:
        load_path(tmp_path / "nowhere.yaml", Instrument)
    assert "nowhere.yaml" in str(error.value)


def test_a_file_that_is_not_yaml_is_refused(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("items: [unclosed", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_path(path, Instrument)
    assert "broken.yaml" in str(error.value)


def test_a_faculty_version_with_unquoted_scale_points_loads(tmp_path):
    text = (FILES_DIR / "instrument.yaml").read_text(encoding="utf-8")
    for point in "12345":
        text = text.replace(f'"{point}":', f"{point}:")
    path = tmp_path / "instrument.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_path(path, Instrument).scale_labels[1] == "Strongly disagree"

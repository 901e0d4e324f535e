"""The teaching items: the bundled version, and faculty versions written without code."""

import pytest
import yaml

from widgets.content import FILES_DIR, load, load_path
from widgets.content.models.instrument import Instrument
from widgets.errors import ContentError

COMPONENTS = ["competencies", "opportunities", "motivations", "perceptions"]


def bundled() -> dict:
    return yaml.safe_load((FILES_DIR / "instrument.yaml").read_text(encoding="utf-8"))


def write(tmp_path, data: dict):
    path = tmp_path / "our_items.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def error_for(tmp_path, data: dict) -> str:
    with pytest.raises(ContentError) as error:
        load_path(write(tmp_path, data), Instrument)
    return str(error.value)


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


def test_a_faculty_version_loads_from_its_own_file(tmp_path):
    data = bundled()
    data["id"], data["version"] = "our-school-items", "2.1"
    data["items"].append({"id": "comp_5", "component": "competencies",
                          "text": "I can ask for help when I need it.", "reverse": False})
    instrument = load_path(write(tmp_path, data), Instrument)
    assert (instrument.id, instrument.version) == ("our-school-items", "2.1")
    assert len(instrument.items_of("competencies")) == 5
    assert "comp_5" in instrument.item_ids


def test_a_version_written_as_a_number_is_refused_with_the_entry_named(tmp_path):
    data = bundled()
    data["version"] = 2.0
    message = error_for(tmp_path, data)
    assert "our_items.yaml" in message and "version" in message


def test_a_repeated_item_id_is_refused(tmp_path):
    data = bundled()
    data["items"][1]["id"] = "comp_1"
    assert "'comp_1' is used more than once" in error_for(tmp_path, data)


def test_a_component_without_a_reversed_item_is_refused(tmp_path):
    data = bundled()
    for item in data["items"]:
        if item["component"] == "motivations":
            item["reverse"] = False
    assert "'motivations' has no reverse-keyed item" in error_for(tmp_path, data)


def test_a_component_with_too_few_items_is_refused(tmp_path):
    data = bundled()
    data["items"] = [i for i in data["items"] if i["id"] != "opp_4"]
    data["items"].append({"id": "comp_5", "component": "competencies", "text": "x",
                          "reverse": False})
    assert "'opportunities' has fewer than 4 items" in error_for(tmp_path, data)


def test_an_unknown_component_is_refused(tmp_path):
    data = bundled()
    data["items"][0]["component"] = "resilience"
    assert "items[0].component" in error_for(tmp_path, data)


def test_a_scale_other_than_five_points_is_refused(tmp_path):
    data = bundled()
    data["scale"]["max"] = 7
    assert "scale.max" in error_for(tmp_path, data)


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

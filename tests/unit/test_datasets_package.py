"""The Data Package in datasets/: a valid Frictionless package, labelled SYNTHETIC, documented."""

from __future__ import annotations

import frictionless
import pytest

from widgets.datasets.package import DESCRIPTOR_PATH, dataset_names, descriptor, resource
from widgets.paths import DATASETS_DIR

README = DATASETS_DIR / "README.md"


def test_frictionless_finds_the_committed_package_and_data_valid():
    report = frictionless.validate(str(DESCRIPTOR_PATH))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])


@pytest.mark.parametrize("name", dataset_names())
def test_every_resource_is_labelled_synthetic_in_title_and_description(name):
    entry = resource(name)
    assert "SYNTHETIC" in entry["title"]
    assert "SYNTHETIC" in entry["description"]


def test_the_package_is_licensed_cc_by_4():
    assert [licence["name"] for licence in descriptor()["licenses"]] == ["CC-BY-4.0"]


@pytest.mark.parametrize("name", dataset_names())
def test_every_field_has_a_type_and_a_description(name):
    for field in resource(name)["schema"]["fields"]:
        assert field["type"] and field["description"]


@pytest.mark.parametrize("name", dataset_names())
def test_the_readme_documents_every_column(name):
    text = README.read_text(encoding="utf-8")
    for field in resource(name)["schema"]["fields"]:
        assert f"`{field['name']}`" in text


def test_the_readme_states_the_synthetic_label_and_the_licence():
    text = README.read_text(encoding="utf-8")
    assert "SYNTHETIC" in text
    assert "CC BY 4.0" in text

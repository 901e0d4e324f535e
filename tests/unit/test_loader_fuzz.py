"""Random and malformed files fed to the loaders that the cohort fuzz tests do not cover: the
sample-data loader, a faculty's content file, a faculty's instrument version, a mapping file
and a learner's export. Each either succeeds or raises the suite's own error, never another."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets import content
from widgets.content.models.crisis_resources import CrisisResources
from widgets.content.models.instrument import Instrument
from widgets.datasets.loader import load
from widgets.errors import BelongingLabError
from widgets.logic.cohort.mapping import load_mapping
from widgets.logic.export_format import read_export
from widgets.paths import DATASETS_DIR

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
SAMPLE = (DATASETS_DIR / "research_workforce.csv").read_text(encoding="utf-8")
YAML_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(st.text("abcdefgh0123_: -[]{}'\"#&*!|>%@`\n", max_size=12),
                       st.text(max_size=20)), max_size=8)
    .map(lambda pairs: "\n".join(f"{key}: {value}" for key, value in pairs)),
)


def mangled_sample() -> st.SearchStrategy[bytes]:
    """The committed sample with a slice cut out and random bytes put in its place."""
    data = SAMPLE.encode("utf-8")
    return st.tuples(st.integers(0, len(data)), st.integers(0, 400), st.binary(max_size=40)).map(
        lambda cut: data[: cut[0]] + cut[2] + data[cut[0] + cut[1]:])


def suite_error_or_success(action) -> None:
    try:
        action()
    except BelongingLabError as error:
        assert str(error)


@FUZZ
@given(st.one_of(st.binary(max_size=400), mangled_sample()))
def test_the_sample_data_loader_never_escapes_with_another_error(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("data")
    shutil.copy(DATASETS_DIR / "datapackage.json", folder)
    (folder / "research_workforce.csv").write_bytes(data)
    suite_error_or_success(lambda: load("research_workforce", folder))


@pytest.mark.parametrize("model", [CrisisResources, Instrument],
                         ids=["a crisis resources file", "an instrument version"])
@FUZZ
@given(YAML_TEXT)
def test_a_faculty_content_file_never_escapes_with_another_error(tmp_path_factory, model, text):
    path = tmp_path_factory.mktemp("content") / f"{model.FILE}.yaml"
    path.write_text(text, encoding="utf-8")
    suite_error_or_success(lambda: content.load_path(path, model))


@FUZZ
@given(YAML_TEXT)
def test_a_mapping_file_never_escapes_with_another_error(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("mapping") / "mapping.yaml"
    path.write_text(text, encoding="utf-8")
    instrument = content.load(Instrument)
    suite_error_or_success(lambda: load_mapping(path, instrument))


@FUZZ
@given(st.binary(max_size=600))
def test_a_learners_import_never_escapes_with_another_error(data):
    instrument = content.load(Instrument)
    suite_error_or_success(lambda: read_export(data, "earlier.csv", instrument))

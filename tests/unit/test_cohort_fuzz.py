"""Whatever bytes arrive, every importer either imports them or raises BelongingLabError."""

import csv
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from widgets.errors import BelongingLabError
from widgets.logic.cohort.importing import import_file

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
VALID = ["suite_combined.csv", "suite_array.json", "qualtrics_labels.csv", "redcap_raw.csv",
         "google_forms.csv"]


def imports_or_explains(data: bytes, instrument, folder: Path, suffix: str) -> None:
    path = folder / f"upload{suffix}"
    path.write_bytes(data)
    try:
        import_file(path, instrument)
    except BelongingLabError as error:
        assert str(error)


def mangle(text: str, edits: list[tuple[int, str]]) -> str:
    for position, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + 1:]
    return text


cells = st.text(alphabet=st.sampled_from(list('ab1,;"\\n\\r\\t{}[]:é\\x00 ')), max_size=8)
SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".json"]))
def test_random_bytes_never_escape_as_another_error(data, suffix, instrument, tmp_path):
    imports_or_explains(data, instrument, tmp_path, suffix)


@SETTINGS
@given(rows=st.lists(st.lists(cells, max_size=6), max_size=6))
def test_malformed_csv_never_escapes_as_another_error(rows, instrument, tmp_path):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    imports_or_explains(buffer.getvalue().encode(), instrument, tmp_path, ".csv")


@SETTINGS
@given(name=st.sampled_from(VALID),
       edits=st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(
           ['"', ",", ";", "\n", "", "9", "x", "{", "]", "\x00", "\r", "null", "é"])),
           min_size=1, max_size=8))
def test_mangled_exports_never_escape_as_another_error(name, edits, instrument, tmp_path):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    imports_or_explains(mangle(text, edits).encode(), instrument, tmp_path, Path(name).suffix)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                  max_size=3),
    max_leaves=12,
)


@SETTINGS
@given(document=json_values)
def test_any_json_document_never_escapes_as_another_error(document, instrument, tmp_path):
    imports_or_explains(json.dumps(document).encode(), instrument, tmp_path, ".json")


@SETTINGS
@given(path=st.lists(st.sampled_from(["instrument", "answers", "comp_1", "response_id",
                                      "timestamp", "format", "code", "id", "version"]),
                     min_size=1, max_size=2),
       value=json_values)
def test_a_response_with_any_value_anywhere_never_escapes(path, value, instrument, tmp_path):
    document = json.loads((FIXTURES / "suite_one.json").read_text(encoding="utf-8"))
    target = document
    for key in path[:-1]:
        target = target.setdefault(key, {}) if isinstance(target, dict) else {}
    if isinstance(target, dict):
        target[path[-1]] = value
    imports_or_explains(json.dumps(document).encode(), instrument, tmp_path, ".json")

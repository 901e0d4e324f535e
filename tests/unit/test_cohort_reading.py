"""Reading uploaded files: encodings, delimiters, size, and files that are not surveys."""

from pathlib import Path

import pytest

from widgets.errors import BelongingLabError
from widgets.logic.cohort.importing import import_responses
from widgets.logic.cohort.reading import decode, sniff_delimiter

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


def test_a_byte_order_mark_is_accepted(instrument):
    result = import_responses(FIXTURES / "suite_bom.csv", instrument)
    assert len(result.frame) == 3
    assert result.report.sources[0].encoding == "utf-8-sig"


def test_a_windows_1252_file_is_read_and_noted(instrument):
    result = import_responses(FIXTURES / "suite_cp1252.csv", instrument)
    assert set(result.frame["group"]) == {"Montréal"}
    assert "cohort.note_cp1252" in result.report.sources[0].notes


def test_utf16_with_a_byte_order_mark_is_read():
    decoded = decode("x.csv", "a,b\n1,2\n".encode("utf-16"))
    assert decoded.text == "a,b\n1,2\n"


def test_semicolon_delimited_files_are_read_and_noted(instrument):
    result = import_responses(FIXTURES / "suite_semicolon.csv", instrument)
    assert len(result.frame) == 3
    assert result.report.sources[0].delimiter == ";"
    assert "cohort.note_delimiter" in result.report.sources[0].notes


def test_delimiters_inside_quotes_do_not_count():
    assert sniff_delimiter('"a;b;c",d\n') == ","


def test_tabs_are_recognised():
    assert sniff_delimiter("a\tb\tc\n") == "\t"


@pytest.mark.parametrize(("fixture", "says"), [
    pytest.param("empty.csv", "empty", id="an empty file"),
    pytest.param("header_only.csv", "no responses", id="a header without responses"),
    pytest.param("spreadsheet.xlsx", "not a text file", id="a binary file"),
    pytest.param("not_a_survey.csv", "date, amount, description",
                 id="an unknown CSV, named by its columns"),
])
def test_a_file_that_holds_no_survey_is_refused_saying_why(instrument, fixture, says):
    with pytest.raises(BelongingLabError, match=says):
        import_responses(FIXTURES / fixture, instrument)


def test_a_file_over_the_size_limit_is_refused(instrument):
    with pytest.raises(BelongingLabError, match="MB"):
        import_responses(FIXTURES / "suite_combined.csv", instrument, max_bytes=100)


def test_broken_json_is_refused(instrument, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ')
    with pytest.raises(BelongingLabError, match="not valid JSON"):
        import_responses(broken, instrument)

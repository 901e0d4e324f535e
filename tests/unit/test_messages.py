"""Messages stay short: long values are cut, long lists end with "and N more"."""

from pathlib import Path

import pytest

from widgets.content import load
from widgets.content.messages import MESSAGE_LIMIT, VALUE_LIMIT, names_list, shorten
from widgets.content.models.instrument import Instrument
from widgets.errors import BelongingLabError
from widgets.logic.cohort.importing import import_responses

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"


def test_a_long_list_names_five_and_counts_the_rest():
    assert names_list([f"c{n}" for n in range(140)]) == "c0, c1, c2, c3, c4 and 135 more"


def test_a_long_heading_keeps_its_start_and_end():
    text = shorten("Your pairing code (optional): " + "x" * 200 + " compared as a pair.")
    assert len(text) == VALUE_LIMIT and text.startswith("Your pairing code")
    assert text.endswith("as a pair.")


def test_a_message_naming_many_long_columns_fits_the_limit(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"A question nobody asked, number {n}" for n in range(140))
                    + "\n" + ",".join("1" * 140) + "\n", encoding="utf-8")
    with pytest.raises(BelongingLabError) as error:
        import_responses(path, load(Instrument))
    assert len(str(error.value)) <= MESSAGE_LIMIT and "more" in str(error.value)


@pytest.mark.parametrize("fixture", ["empty.csv", "header_only.csv", "not_a_survey.csv",
                                     "spreadsheet.xlsx", "suite_other_version.csv",
                                     "suite_missing_columns.csv"])
def test_every_refusal_of_a_fixture_fits_the_limit(fixture, instrument):
    with pytest.raises(BelongingLabError) as error:
        import_responses(FIXTURES / fixture, instrument)
    assert len(str(error.value)) <= MESSAGE_LIMIT

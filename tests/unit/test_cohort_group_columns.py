"""Any column of an export can break the results down, unless it could point to a person."""

from pathlib import Path

import pandas as pd
import pytest

from widgets.logic.cohort.group_columns import names_a_person, refusal
from widgets.logic.cohort.importing import import_responses
from widgets.ui.cohort import CohortDashboard

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
EXTRA = FIXTURES / "google_forms_extra_columns.csv"


@pytest.mark.parametrize("header", ["Email", "Adresse e-mail", "First name", "Name", "Nom",
                                    "Student ID", "IP Address", "Téléphone", "Nachname"])
def test_a_heading_that_names_a_person_or_a_contact_is_refused(header):
    assert names_a_person(header)


@pytest.mark.parametrize("header", ["Cohort", "Site name", "Clerkship block", "Track", "Year"])
def test_an_ordinary_heading_is_not_taken_for_identity(header):
    assert not names_a_person(header)


def test_values_that_are_email_addresses_are_refused():
    assert refusal("Contact", pd.Series(["a@b.org", None]))[0] == "cohort.group_reason_email"


def test_values_that_are_ip_addresses_are_refused():
    assert refusal("Device", pd.Series(["10.0.0.1"]))[0] == "cohort.group_reason_ip"


def test_long_answers_are_refused_as_free_text():
    assert refusal("Comments", pd.Series(["x" * 60] * 3))[0] == "cohort.group_reason_free_text"


def test_many_different_answers_are_refused_as_free_text():
    values = pd.Series([f"answer {n}" for n in range(12)])
    assert refusal("Notes", values)[0] == "cohort.group_reason_free_text"


def test_a_few_repeated_values_make_a_grouping():
    assert refusal("Cohort", pd.Series(["A"] * 6 + ["B"] * 6)) is None


def test_the_faculty_column_is_imported_as_a_grouping_column(instrument):
    result = import_responses(EXTRA, instrument)
    assert result.frame["Cohort"].tolist() == ["Block A"] * 5 + ["Block B"] * 5


def test_identity_and_free_text_columns_are_refused_and_never_kept(instrument):
    result = import_responses(EXTRA, instrument)
    refused = {column for _, column, _ in result.report.refused_columns}
    assert refused == {"Your email", "Contact", "Device", "Comments"}
    assert not refused & set(result.frame.columns)


def test_an_empty_column_stays_unmapped(instrument):
    result = import_responses(EXTRA, instrument)
    assert result.report.unmapped_columns == [(EXTRA.name, "Empty")]


def test_the_dashboard_breaks_down_by_the_faculty_column_in_any_case():
    page = CohortDashboard(responses=[str(EXTRA)], group_by="cohort").static_html()
    assert "Component means by Cohort" in page and "Block A" in page


def test_grouping_by_a_refused_column_says_why():
    page = CohortDashboard(responses=[str(EXTRA)], group_by="Contact").static_html()
    assert "cannot be broken down by &#x27;Contact&#x27;: it holds e-mail addresses" in page
    assert "learner1@example.org" not in page

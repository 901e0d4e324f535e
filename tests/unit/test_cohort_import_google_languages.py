"""Google Forms / Sheets exports in the languages of their owners' accounts import alike."""

from pathlib import Path

import pytest

from widgets.content import load
from widgets.content.models.google_forms import GoogleForms
from widgets.errors import BelongingLabError
from widgets.logic.cohort import importers_google
from widgets.logic.cohort.importing import import_responses

FIXTURES = Path(__file__).parents[1] / "fixtures" / "cohort"
# language -> (fixture, Google's e-mail column, its score column or None)
LANGUAGES = {
    "en-US": ("google_forms_en_us.csv", "Email Address", "Score"),
    "fr": ("google_forms_fr.csv", "Adresse e-mail", "Score"),
    "es": ("google_forms_es.csv", "Dirección de correo electrónico", "Puntuación"),
    "de": ("google_forms_de.csv", "E-Mail-Adresse", "Punktzahl"),
    "pt": ("google_forms_pt.csv", "Endereço de e-mail", None),
    "it": ("google_forms_it.csv", "Indirizzo email", None),
    "nl": ("google_forms_nl.csv", "E-mailadres", None),
}


def pattern(instrument, responses=3):
    """The fixtures' answers (see their README): response n answers item j with (n+j)%5+1."""
    return [[(n + j) % 5 + 1 for j in range(len(instrument.item_ids))]
            for n in range(1, responses + 1)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sheet_in_each_language_imports_every_response_and_answer(language, instrument):
    frame = import_responses(FIXTURES / LANGUAGES[language][0], instrument).frame
    assert frame[list(instrument.item_ids)].astype(int).values.tolist() == pattern(instrument)


@pytest.mark.parametrize("language", LANGUAGES)
def test_googles_own_columns_in_each_language_are_ignored_not_unmapped(language, instrument):
    name, email, score = LANGUAGES[language]
    report = import_responses(FIXTURES / name, instrument).report
    assert report.unmapped_columns == []
    assert {column for _, column in report.ignored_columns} == {email, score} - {None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_timestamp_column_in_each_language_is_read_as_the_timestamp(language, instrument):
    name = LANGUAGES[language][0]
    header = (FIXTURES / name).read_text(encoding="utf-8").split(",", 1)[0]
    source = import_responses(FIXTURES / name, instrument).report.sources[0]
    assert (source.format, source.columns_mapped[header]) == ("google-forms", "timestamp")


def test_the_timestamp_header_is_recognised_whatever_its_case(tmp_path, instrument):
    source = (FIXTURES / "google_forms_fr.csv").read_text(encoding="utf-8")
    path = tmp_path / "minuscules.csv"
    path.write_text(source.replace("Horodateur,Adresse e-mail", "HORODATEUR,adresse e-mail", 1),
                    encoding="utf-8")
    result = import_responses(path, instrument)
    assert len(result.frame) == 3
    assert result.report.ignored_columns[0] == ("minuscules.csv", "adresse e-mail")


def test_a_sheet_in_a_language_not_listed_is_an_unknown_format(tmp_path, instrument):
    source = (FIXTURES / "google_forms_fr.csv").read_text(encoding="utf-8")
    path = tmp_path / "svenska.csv"
    path.write_text(source.replace("Horodateur", "Tidstämpel", 1), encoding="utf-8")
    with pytest.raises(BelongingLabError) as error:
        import_responses(path, instrument)
    assert error.value.key == "cohort.unknown_format"


def test_each_timestamp_header_belongs_to_one_language():
    languages = load(GoogleForms).languages
    assert {"en", "fr", "es", "de", "pt", "it", "nl"} <= set(languages)
    assert len(importers_google.metadata_by_timestamp()) == sum(
        len(names.timestamp) for names in languages.values())

"""The SYNTHETIC class sample: the export format "belonging-lab-export/1" at two moments."""

from __future__ import annotations

import pytest

from widgets import content
from widgets.content.models.instrument import Instrument
from widgets.datasets.loader import load

EXPORT_COLUMNS = ["format", "instrument_id", "instrument_version", "response_id", "timestamp",
                  "label", "code", "group"]


@pytest.fixture(scope="module")
def responses():
    return load("class_responses")


def test_the_columns_are_the_export_formats_in_instrument_order(responses):
    assert list(responses.columns) == EXPORT_COLUMNS + list(content.load(Instrument).item_ids)


def test_every_row_names_the_format_and_the_instrument(responses):
    instrument = content.load(Instrument)
    assert set(responses["format"]) == {"belonging-lab-export/1"}
    assert set(responses["instrument_id"]) == {instrument.id}
    assert set(responses["instrument_version"]) == {instrument.version}


def test_responses_come_at_two_moments_labelled_pre_and_post(responses):
    assert set(responses["label"]) == {"pre", "post"}
    assert (responses.groupby("label")["timestamp"].max()["pre"]
            < responses.groupby("label")["timestamp"].min()["post"])


def test_most_learners_can_be_paired_and_some_cannot(responses):
    coded = responses.dropna(subset=["code"])
    moments_per_code = coded.groupby("code")["label"].nunique()
    assert (moments_per_code == 2).mean() > 0.75
    assert (moments_per_code == 1).any()
    assert responses["code"].isna().any()


def test_a_paired_code_has_one_pre_and_one_post(responses):
    coded = responses.dropna(subset=["code"])
    assert not coded.duplicated(subset=["code", "label"]).any()


def test_learners_come_from_three_sites(responses):
    assert set(responses["group"].dropna()) == {"Site A", "Site B", "Site C"}


def test_a_few_answers_are_missing(responses):
    answers = responses[list(content.load(Instrument).item_ids)]
    share = answers.isna().to_numpy().mean()
    assert 0 < share < 0.05


def test_response_ids_are_distinct_uuid4_hex(responses):
    ids = responses["response_id"]
    assert ids.is_unique
    assert ids.str.fullmatch(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}").all()


def test_in_the_invented_story_site_a_gains_most_in_perceptions(responses):
    perceptions = [f"perc_{number}" for number in range(1, 5)]
    instrument = content.load(Instrument)
    reverse = {item.id for item in instrument.items if item.reverse}
    keyed = responses[perceptions].apply(
        lambda column: 6 - column if column.name in reverse else column)
    means = keyed.mean(axis=1).groupby([responses["group"], responses["label"]]).mean()
    gain = {site: means[(site, "post")] - means[(site, "pre")] for site in ("Site A", "Site C")}
    assert gain["Site A"] > gain["Site C"] + 0.2

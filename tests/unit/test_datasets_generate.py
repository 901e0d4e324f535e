"""The sample-dataset generator: reproducible, matching the committed files, calibrated."""

from __future__ import annotations

import numpy as np
import pytest

from widgets.datasets import clerkship, workforce
from widgets.datasets.generate import DEFAULT_SEED, csv_text, generate, write_samples
from widgets.datasets.loader import load
from widgets.datasets.package import dataset_names, resource
from widgets.errors import BelongingLabError
from widgets.paths import DATASETS_DIR

ONE_MEGABYTE = 1_000_000


@pytest.fixture(scope="module")
def default_tables():
    return generate(DEFAULT_SEED)


def test_the_same_seed_gives_the_same_bytes(tmp_path):
    write_samples(tmp_path / "first", seed=7, rows=300)
    write_samples(tmp_path / "second", seed=7, rows=300)
    for name in dataset_names():
        file_name = resource(name)["path"]
        first = (tmp_path / "first" / file_name).read_bytes()
        assert first == (tmp_path / "second" / file_name).read_bytes()


def test_another_seed_gives_other_data():
    first, second = generate(1, rows=50), generate(2, rows=50)
    for name in dataset_names():
        assert csv_text(first[name]) != csv_text(second[name])


@pytest.mark.parametrize("name", ["clerkship_cohort", "research_workforce", "class_responses"])
def test_the_committed_files_are_the_generators_output(default_tables, name):
    committed = (DATASETS_DIR / resource(name)["path"]).read_bytes()
    assert committed == csv_text(default_tables[name]).encode("utf-8")


def test_all_committed_data_stays_under_one_megabyte():
    total = sum(path.stat().st_size for path in DATASETS_DIR.rglob("*") if path.is_file())
    assert total < ONE_MEGABYTE


def test_the_files_are_utf8_without_bom_with_newline_endings(default_tables):
    for frame in default_tables.values():
        data = csv_text(frame).encode("utf-8")
        assert not data.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in data


@pytest.mark.parametrize("rows", [1, 17, 1000])
def test_rows_sets_every_datasets_exact_row_count(rows):
    assert {len(frame) for frame in generate(3, rows).values()} == {rows}


@pytest.mark.parametrize("rows", [0, -5, 2.5])
def test_a_row_count_below_one_or_not_whole_is_refused(rows):
    with pytest.raises(BelongingLabError) as caught:
        generate(3, rows)
    assert caught.value.key == "datasets.bad_rows"


def test_a_hundred_thousand_row_set_is_generated_and_loads(tmp_path):
    written = write_samples(tmp_path, seed=11, rows=100_000)
    assert {rows for _, rows in written.values()} == {100_000}
    assert len(load("class_responses", tmp_path)) == 100_000


def test_another_folder_gets_the_descriptor_and_readme(tmp_path):
    write_samples(tmp_path, seed=5, rows=10)
    assert (tmp_path / "datapackage.json").read_bytes() == (
        DATASETS_DIR / "datapackage.json").read_bytes()
    assert (tmp_path / "README.md").is_file()


def test_rotation_lengths_are_those_of_the_sourced_schedules(default_tables):
    frame = default_tables["clerkship_cohort"]
    for service, lengths in frame.groupby("service")["length_weeks"]:
        assert set(lengths) <= set(clerkship.SERVICE_LENGTHS[service])


def test_each_students_rotations_follow_one_another(default_tables):
    frame = default_tables["clerkship_cohort"]
    ends = frame["start_week"] + frame["length_weeks"]
    same_student = frame["student_id"].eq(frame["student_id"].shift(-1))
    assert (ends[same_student].to_numpy() == frame["start_week"].shift(-1)[same_student]).all()


def test_in_the_invented_model_a_resident_who_seeks_students_out_raises_perceptions(
        default_tables):
    means = default_tables["clerkship_cohort"].groupby("resident_sought_out")["perceptions"].mean()
    assert means[True] > means[False] + 0.2


def test_in_the_invented_model_away_rotations_lower_opportunities(default_tables):
    means = default_tables["clerkship_cohort"].groupby("setting")["opportunities"].mean()
    assert means["away"] < means["home"] - 0.2


@pytest.mark.parametrize(("item", "share"), [
    ("belong_program", 0.81), ("belong_organisation", 0.78), ("belong_community", 0.61),
])
def test_single_items_match_leep_hunderfund_somewhat_or_very_strong_shares(
        default_tables, item, share):
    answers = default_tables["research_workforce"][item]
    assert (answers >= 4).mean() == pytest.approx(share, abs=0.005)


def test_belonging_falls_with_the_number_of_marginalised_identities(default_tables):
    frame = default_tables["research_workforce"]
    identities = (frame["gender"].isin(["woman", "non-binary"]).astype(int)
                  + (frame["under_represented"] == "yes") + (frame["disability"] == "yes"))
    strong = (frame["belong_organisation"] >= 4).groupby(identities.clip(upper=2)).mean()
    assert strong[0] > strong[1] > strong[2]


def test_senior_faculty_have_the_smallest_share_of_women():
    frame = workforce.build(np.random.default_rng(0), 20_000)
    women = (frame["gender"] == "woman").groupby([frame["role"], frame["career_stage"]]).mean()
    assert women[("faculty", "senior")] == pytest.approx(0.18, abs=0.04)
    assert women[("student", "early")] == pytest.approx(0.53, abs=0.04)


@pytest.mark.parametrize("name", ["clerkship_cohort", "research_workforce"])
def test_the_generators_categories_are_the_schemas_allowed_values(default_tables, name):
    for field in resource(name)["schema"]["fields"]:
        allowed = field.get("constraints", {}).get("enum")
        if allowed:
            assert set(default_tables[name][field["name"]]) <= set(allowed)

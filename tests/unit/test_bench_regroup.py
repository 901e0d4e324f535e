"""The benchmark's in-process measurement of the cohort dashboard's regroup."""

from tests.bench.regroup import regroup_latency


def test_every_change_of_the_grouping_is_timed(tmp_path):
    figure = regroup_latency(rows=300, changes=3, work=tmp_path)
    assert figure["status"] == "ok" and figure["ms"]["n"] == 3
    assert figure["columns"] and figure["ms"]["median"] > 0

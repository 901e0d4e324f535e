"""The benchmark (``python -m tests.bench``): its options, the modules it measures, and how it
reports figures it could not measure. Nothing here starts a server or a browser."""

import pytest

from tests.bench.cli import build_parser, chosen_modules, plan_from
from tests.bench.plan import QUICK, Plan
from tests.bench.sessions import Outcome, load_counts
from widgets.errors import BelongingLabError
from widgets.paths import module_notebooks


def parse(*argv):
    return build_parser().parse_args(list(argv))


def test_the_default_plan_measures_what_the_issue_asks_for():
    plan = plan_from(parse())
    assert (plan.loads >= 5, plan.sessions, plan.first_loads, plan.concurrency,
            plan.leave_seconds, plan.report_rows) == (True, 20, 100, 10, 60, (10_000, 100_000))


def test_the_default_plan_regroups_the_dashboard_at_ten_thousand_responses():
    plan = plan_from(parse())
    assert (plan.regroup_rows, plan.regroup_changes >= 10) == (10_000, True)


def test_quick_shrinks_every_count():
    plan = plan_from(parse("--quick"))
    assert plan == QUICK
    assert all(getattr(plan, name) < getattr(Plan(), name)
               for name in ("loads", "sessions", "first_loads", "unpatched_loads"))


def test_counts_given_on_the_command_line_override_the_plan():
    plan = plan_from(parse("--quick", "--loads", "7", "--first-loads", "12"))
    assert (plan.loads, plan.first_loads, plan.sessions) == (7, 12, QUICK.sessions)


def test_modules_default_to_every_module_notebook():
    assert chosen_modules(None) == module_notebooks()


def test_a_module_can_be_chosen_by_its_number():
    first = module_notebooks()[0]
    assert chosen_modules([first.name[:2]]) == [first]


def test_an_unknown_module_is_a_short_message_listing_the_choices():
    with pytest.raises(BelongingLabError, match="choose from") as raised:
        chosen_modules(["99"])
    assert module_notebooks()[0].stem in str(raised.value)


def test_a_load_that_never_rendered_is_a_stall_and_an_error_page_a_failure():
    counts = load_counts([Outcome(2000.0, False), Outcome(None, False), Outcome(None, True)],
                         concurrency=10, stall_seconds=180, slow_seconds=60)
    assert (counts["loads"], counts["stalled"], counts["failed"], counts["tti_ms"]["n"]) == (
        3, 1, 1, 1)


def test_a_load_that_rendered_late_is_slow_but_not_stalled():
    counts = load_counts([Outcome(61_000.0, False), Outcome(59_000.0, False)],
                         concurrency=10, stall_seconds=180, slow_seconds=60)
    assert (counts["stalled"], counts["slow"]) == (0, 1)


def test_the_class_load_measures_one_ten_and_thirty_learners_by_default():
    args = parse("--class-load")
    assert (args.class_load, args.class_module, plan_from(args).class_sizes) == (
        True, "01", (1, 10, 30))


def test_class_sizes_can_be_chosen():
    assert plan_from(parse("--class-load", "--class-sizes", "5")).class_sizes == (5,)

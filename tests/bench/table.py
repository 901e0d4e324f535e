"""The printed table: one row per figure, with its target and verdict, built from the results
dictionary that is also written as JSON."""

from __future__ import annotations

from dataclasses import dataclass

from tests.bench import targets
from tests.messages import message


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    target: str = ""
    verdict: str = ""


def rows(results: dict) -> list[Row]:
    """Every figure of ``results``, from one learner's page (load, warm start, interaction,
    memory) to the commands and then to many learners at once."""
    return [
        *_load_rows(results),
        *_warm_rows(results),
        *_interaction_rows(results),
        *_rss_rows(results),
        *_command_rows(results),
        *_concurrency_rows(results),
        *(class_rows(results["class_load"]) if results.get("class_load") else []),
    ]


def class_rows(class_load: dict) -> list[Row]:
    """The class-load figures at each class size: the module beside the baseline, and the
    ratio or figure that is judged."""
    table = []
    for size, figures in class_load["sizes"].items():
        mine, base, ratios = figures["module"], figures["baseline"], figures["ratios"]
        n = int(size)
        table += [
            Row(message("bench.row_class", n=n, module=class_load["module"]),
                message("bench.class_interactive", module=mine["interactive"],
                        baseline=base["interactive"], n=n)),
            Row(message("bench.row_class_tti"), _beside(mine["tti_ms"], base["tti_ms"])),
            judged(message("bench.row_class_tti_ratio"), ratios["tti_p95"],
                   targets.CLASS_TTI_P95_RATIO),
            judged(message("bench.row_class_interaction"), mine["interaction_ms"]["p95"],
                   targets.class_interaction(n),
                   _beside(mine["interaction_ms"], base["interaction_ms"])),
            judged(message("bench.row_class_cpu"), ratios["cpu_per_learner"],
                   targets.CLASS_CPU_RATIO,
                   message("bench.class_pair", module=_number(mine["cpu_s_per_learner"]["total"]),
                           baseline=_number(base["cpu_s_per_learner"]["total"]),
                           ratio=_number(ratios["cpu_per_learner"]))),
            judged(message("bench.row_class_memory"), ratios["kernel_memory"],
                   targets.CLASS_MEMORY_RATIO,
                   message("bench.class_pair", module=_number(mine["kernel_mb_per_learner"]),
                           baseline=_number(base["kernel_mb_per_learner"]),
                           ratio=_number(ratios["kernel_memory"]))),
            Row(message("bench.row_class_left",
                        seconds=mine["kernels_left"]["cull_idle_seconds"]),
                message("bench.class_left", module=_left(mine["kernels_left"]),
                        baseline=_left(base["kernels_left"]))),
        ]
    return table


def _beside(mine: dict, base: dict) -> str:
    return message("bench.class_beside", median=_number(mine["median"]),
                   p95=_number(mine["p95"]), base_median=_number(base["median"]),
                   base_p95=_number(base["p95"]))


def _left(left: dict) -> str:
    seconds = left["reclaimed_after_s"]
    return message("bench.class_left_one", left=left["after_vanishing"],
                   seconds=_number(seconds) if seconds is not None else "-")


def format_table(table: list[Row]) -> str:
    """A plain-text table with aligned columns."""
    headings = Row(*(message(f"bench.heading_{name}") for name in Row.__annotations__))
    lines = [headings, *table]
    widths = [max(len(getattr(row, name)) for row in lines) for name in Row.__annotations__]
    return "\n".join(
        "  ".join(getattr(row, name).ljust(width) for name, width in zip(Row.__annotations__,
                                                                          widths, strict=True))
        .rstrip()
        for row in lines
    )


def judged(figure: str, value: float | None, target: targets.Target | None,
           shown: str | None = None) -> Row:
    """A row whose value is checked against ``target``."""
    text = shown if shown is not None else _number(value)
    return Row(figure, text, "" if target is None else str(target),
               targets.verdict(value, target))


def _number(value: float | None) -> str:
    if value is None:
        return message("bench.not_available")
    if isinstance(value, int):
        return str(value)
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def _load_rows(results: dict) -> list[Row]:
    baseline = results["baseline"]["tti_ms"]
    table = [judged(message("bench.row_baseline_tti", n=baseline["n"]), baseline["median"], None)]
    for name, module in results["modules"].items():
        tti = module["tti_ms"]
        table.append(judged(message("bench.row_tti", module=name, n=tti["n"]), tti["median"], None))
        table.append(judged(message("bench.row_tti_ratio"), module["tti_ratio"],
                            targets.TTI_RATIO))
    return table


def _warm_rows(results: dict) -> list[Row]:
    return [
        judged(message("bench.row_warm_tti", module=name, n=module["tti_ms"]["n"]),
               module["tti_ms"]["median"], targets.WARM_TTI_MS)
        for name, module in (results.get("warm_start") or {}).items()
    ]


def _interaction_rows(results: dict) -> list[Row]:
    table = []
    for name, module in results["modules"].items():
        latency = module["interaction_ms"]
        if latency is None:
            table.append(Row(message("bench.row_interaction_none", module=name), "-"))
            continue
        figure = message("bench.row_interaction", module=name,
                         control=module["interaction_control"], n=latency["n"])
        table.append(_median_and_p95(figure, latency))
    pooled = results["interaction_ms"]
    table.append(_median_and_p95(message("bench.row_interaction_all", n=pooled["n"]), pooled))
    return table


def _median_and_p95(figure: str, latency: dict) -> Row:
    shown = f"{_number(latency['median'])} / {_number(latency['p95'])}"
    return judged(figure, latency["median"], targets.INTERACTION_MEDIAN_MS, shown)


def _rss_rows(results: dict) -> list[Row]:
    return [
        judged(message("bench.row_rss", module=name), module["kernel_peak_rss_mb"],
               targets.KERNEL_RSS_MB)
        for name, module in results["modules"].items()
    ]


def _command_rows(results: dict) -> list[Row]:
    suite = results["suite_run"]
    table = [Row(message("bench.row_suite", n=suite["notebooks"]), _status_or_seconds(suite))]
    table += [Row(message("bench.row_report", rows=f"{report['rows']:,}"),
                  _status_or_seconds(report))
              for report in results["cohort_report"]]
    regroup = results.get("cohort_regroup")
    if regroup:
        figure = message("bench.row_regroup", rows=f"{regroup['rows']:,}", n=regroup["ms"]["n"])
        shown = f"{_number(regroup['ms']['median'])} / {_number(regroup['ms']['p95'])}"
        table.append(judged(figure, regroup["ms"]["median"], targets.REGROUP_MEDIAN_MS, shown))
    return table


def _status_or_seconds(figure: dict) -> str:
    return _number(figure["seconds"]) if figure["seconds"] is not None else figure["status"]


def _concurrency_rows(results: dict) -> list[Row]:
    sessions = results["simultaneous_sessions"]
    loads = results["first_loads"]
    left = results["kernels_left"]
    table = [
        judged(message("bench.row_sessions", n=sessions["sessions"]), sessions["rendered"],
               targets.all_rendered(sessions["sessions"])),
        judged(message("bench.row_sessions_tti"), sessions["tti_ms"]["p95"], None),
        _loads_row("bench.row_first_loads", loads, targets.STALLED_LOADS),
    ]
    unpatched = results.get("first_loads_without_fixes")
    if unpatched:
        table.append(_loads_row("bench.row_first_loads_unpatched", unpatched, None))
    table.append(judged(message("bench.row_kernels_left", seconds=left["after_seconds"]),
                        left["alive"], targets.KERNELS_LEFT))
    return table


def _loads_row(key: str, loads: dict, target: targets.Target | None) -> Row:
    bad = loads["stalled"] + loads["failed"]
    shown = message("bench.loads_value", bad=bad, loads=loads["loads"], stalled=loads["stalled"],
                    failed=loads["failed"], slow=loads["slow"], seconds=loads["slow_seconds"])
    return judged(message(key, loads=loads["loads"], concurrency=loads["concurrency"]), bad,
                  target, shown)

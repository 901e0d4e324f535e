"""The printed table: one row per figure, with its target and verdict, built from the results
dictionary that is also written as JSON."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.bench import targets
from widgets.content.messages import message


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    target: str = ""
    verdict: str = ""


def rows(results: dict) -> list[Row]:
    """Every figure of ``results`` in the order the issue lists them."""
    return [
        *_load_rows(results),
        *_warm_rows(results),
        *_interaction_rows(results),
        *_rss_rows(results),
        *_command_rows(results),
        *_concurrency_rows(results),
    ]


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

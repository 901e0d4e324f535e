"""The sections of the cohort dashboard and report, built from aggregates only.

Each section is a :class:`Part`: a heading, escaped HTML, and optionally a chart with the table
of its numbers. The dashboard shows parts as widgets (charts through ChartView); the report
writes the same parts as static HTML. Every value that came from an uploaded file (file names,
column names, group names) is escaped here before it becomes HTML; tables are escaped by
``table_html``. No part holds a response: only counts, means, intervals and test results.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from widgets.charts.cohort import breakdown_chart, comparison_chart, distribution_chart, means_chart
from widgets.content.messages import message
from widgets.content.models import Texts
from widgets.content.models.cohort import Cohort
from widgets.content.models.instrument import Instrument
from widgets.logic.cohort.breakdown import Breakdown
from widgets.logic.cohort.comparison import compare, moments
from widgets.logic.cohort.import_report import ImportReport
from widgets.logic.cohort.statistics import (
    ALPHA_CAUTION_BELOW,
    component_summary,
    cronbach_alpha,
    distribution,
    response_counts,
)
from widgets.ui.chart_view import table_html


@dataclass(frozen=True)
class Part:
    """One section: its heading, escaped HTML, and optionally a chart with its data table."""

    heading: str
    html: str = ""
    chart: alt.TopLevelMixin | None = None
    table: pd.DataFrame | None = None
    narrow: alt.TopLevelMixin | None = None  # the chart in its narrow layout


def paragraph(text: str, css: str = "") -> str:
    """Text as an escaped paragraph (with a class when given)."""
    attribute = f' class="{css}"' if css else ""
    return f"<p{attribute}>{html.escape(text)}</p>"


def _number(value: float, digits: int = 2) -> str:
    return "" if pd.isna(value) else f"{value:.{digits}f}"


def _count(value: float, hidden: str) -> str:
    return hidden if pd.isna(value) else str(int(value))


def import_parts(report: ImportReport | None, failures: list[tuple[str, str]],
                 texts: Cohort) -> list[Part]:
    """What was imported from where, files that failed, every rejection and unmapped column."""
    headings, columns = texts.headings, texts.tables
    parts = []
    if report is not None:
        sources = pd.DataFrame([{
            "file": s.file, "format": s.format, "encoding": s.encoding,
            "delimiter": {None: "", "\t": "tab"}.get(s.delimiter, s.delimiter),
            "rows_read": s.rows_read, "rows_accepted": s.rows_accepted,
            "dates": date_reading(s.date_order, s.date_order_decided_by, texts.texts),
            "notes": " ".join(message(key) for key in s.notes),
        } for s in report.sources]).rename(columns=columns.sources)
        loaded = texts.texts["loaded"].format(accepted=report.rows_accepted,
                                                 files=len(report.sources))
        parts.append(Part(headings["summary"], paragraph(loaded)
                          + table_html(sources, headings["summary"])))
    if failures:
        template = texts.texts["failed_file"]
        items = "".join(f"<li>{html.escape(template.format(file=f, message=m))}</li>"
                        for f, m in failures)
        parts.append(Part(headings["failures"], f'<ul class="bl-alert" role="alert">{items}</ul>'))
    if report is not None and report.rejections:
        rejected = report.rejections_table()[["file", "row", "column", "reason"]]
        parts.append(Part(headings["rejections"], table_html(
            rejected.rename(columns=columns.rejections), headings["rejections"])))
    for name, rows, fields in (("groupings", "grouping_columns", ["file", "column"]),
                               ("refused", "refused_columns", ["file", "column", "reason"]),
                               ("unmapped", "unmapped_columns", ["file", "column"])):
        if report is not None and getattr(report, rows):
            table = pd.DataFrame(getattr(report, rows), columns=fields)
            readable = table.rename(columns=columns.columns(name))
            parts.append(Part(headings[name], table_html(readable, headings[name])))
    return parts


def date_reading(order: str | None, decided_by: str | None, texts: Texts) -> str:
    """How a file's dates were read, for the import summary (empty without dates)."""
    if decided_by is None:
        return ""
    if decided_by == "undecided":
        return texts["date_undecided"]
    if order is None:
        return ""
    return texts["date_read"].format(order=texts[f"date_{order}"],
                                     how=texts[f"date_by_{decided_by}"])


def counts_part(frame: pd.DataFrame, by: str, min_group: int, texts: Cohort,
                breakdown: Breakdown | None = None) -> Part:
    """How many responses each shown group (or the whole cohort) has; hidden groups are only
    counted, never named."""
    labels, columns = texts.labels, texts.tables
    counts = response_counts(frame, [by] if by else [], min_group, breakdown)
    hidden = hidden_group_count(counts, by)
    counts = counts[counts[by].isna() | ~counts["group_hidden"]] if by else counts
    names = counts[by].astype(object).where(counts[by].notna(), columns.total) if by else (
        pd.Series([columns.total] * len(counts)))
    table = pd.DataFrame({columns.counts["group"]: names.to_list(),
                          columns.counts["n"]: [_count(n, labels["suppressed"])
                                                   for n in counts["n"]]})
    return Part(texts.headings["counts"], hidden_note(hidden, min_group, texts)
                + table_html(table, texts.headings["counts"]))


def hidden_group_count(table: pd.DataFrame, by: str) -> int:
    """How many groups of a breakdown table are hidden (its total row aside)."""
    if not by:
        return 0
    return int(table.loc[table[by].notna() & table["group_hidden"], by].nunique())


def hidden_note(count: int, min_group: int, texts: Cohort) -> str:
    """The paragraph that counts the hidden groups (empty when none is hidden)."""
    if not count:
        return ""
    return paragraph(texts.texts["hidden_groups"].format(count=count, min_group=min_group),
                     "bl-hidden-groups")


def means_part(frame: pd.DataFrame, instrument: Instrument, min_group: int, texts: Cohort,
               scores: pd.DataFrame | None = None) -> Part:
    """Each component's mean with its 95% interval."""
    summary = component_summary(frame, instrument, (), min_group, scores)
    summary["component"] = summary["component"].map(instrument.component_labels)
    chart_texts = texts.charts.means
    figures = "; ".join(
        texts.labels["suppressed"] if row.suppressed else chart_texts["figure"].format(
            component=row.component, mean=_number(row.mean), low=_number(row.ci_low),
            high=_number(row.ci_high), n=_count(row.n, ""))
        for row in summary.itertuples())
    noted, chart_texts = _with_notes(summary, texts), {
        **chart_texts, "description": chart_texts["description"].format(figures=figures)}
    return Part(texts.headings["means"], "", means_chart(noted, chart_texts),
                _interval_table(summary, [], texts), means_chart(noted, chart_texts, narrow=True))


def breakdown_part(frame: pd.DataFrame, instrument: Instrument, by: str, min_group: int,
                   texts: Cohort,
                   scores: pd.DataFrame | None = None, breakdown: Breakdown | None = None
                   ) -> Part:
    """Each shown group's component means with intervals; a result too few answered marked
    suppressed; hidden groups only counted."""
    summary = component_summary(frame, instrument, [by], min_group, scores, breakdown)
    hidden = hidden_group_count(summary, by)
    note = hidden_note(hidden, min_group, texts)
    summary = summary[summary[by].notna() & ~summary["group_hidden"]].rename(columns={by: "group"})
    heading = texts.headings["breakdown"]
    if summary.empty:
        return Part(heading, note)
    summary["group"] = summary["group"].astype(str)
    summary["component"] = summary["component"].map(instrument.component_labels)
    chart_texts = texts.charts.breakdown
    figures = "; ".join(
        chart_texts["hidden"].format(group=row.group, component=row.component) if row.suppressed
        else chart_texts["figure"].format(group=row.group, component=row.component,
                                          mean=_number(row.mean), n=_count(row.n, ""))
        for row in summary.itertuples())
    hidden_text = texts.texts["hidden_groups"].format(count=hidden, min_group=min_group)
    noted, chart_texts = _with_notes(summary, texts), {
        **chart_texts, "title": chart_texts["title"].format(column=by),
        "title_short": chart_texts["title_short"].format(column=by),
        "description": chart_texts["description"].format(
            figures=figures, min_group=min_group, hidden=f" {hidden_text}" if hidden else "")}
    return Part(heading, note, breakdown_chart(noted, chart_texts),
                _interval_table(summary, ["group"], texts, "breakdown"),
                breakdown_chart(noted, chart_texts, narrow=True))


def _with_notes(summary: pd.DataFrame, texts: Cohort) -> pd.DataFrame:
    """The summary with a note for suppressed rows and n/a rows (no interval) left out."""
    labels = texts.labels
    noted = summary.assign(note=labels["suppressed"])
    lacking = ~noted["suppressed"] & noted["ci_low"].isna()
    noted.loc[lacking, "note"] = labels["not_enough"]
    noted["suppressed"] = noted["suppressed"] | lacking
    return noted


def _interval_table(summary: pd.DataFrame, by: list[str], texts: Cohort,
                    kind: str = "means") -> pd.DataFrame:
    columns, hidden = texts.tables.columns(kind), texts.labels["suppressed"]
    rows = []
    for row in summary.to_dict("records"):
        shown = not row["suppressed"]
        rows.append({
            **{columns[name]: row[name] for name in by},
            columns["component"]: row["component"],
            columns["n"]: _count(row["n"], hidden),
            columns["mean"]: _number(row["mean"]) if shown else hidden,
            columns["ci"]: f"{_number(row['ci_low'])} - {_number(row['ci_high'])}"
            if shown and pd.notna(row["ci_low"]) else ("" if shown else hidden),
        })
    return pd.DataFrame(rows)


def distribution_part(frame: pd.DataFrame, instrument: Instrument, min_group: int,
                      texts: Cohort) -> Part:
    """The percent of responses giving each answer to each item, for the whole cohort."""
    counts = distribution(frame, instrument, None, min_group)
    chart_texts, heading = texts.charts.distribution, texts.headings["distribution"]
    if counts["suppressed"].all():
        return Part(heading, paragraph(chart_texts["hidden"].format(min_group=min_group)))
    counts = counts[~counts["suppressed"]].copy()
    counts["percent"] = (100 * counts["count"] / counts["n"]).round(1)
    texts_by_item = {i.id: i.text for i in (*instrument.items, *instrument.single_items)}
    top = counts.sort_values("count", ascending=False).drop_duplicates("item").set_index("item")
    figures = "; ".join(chart_texts["figure"].format(item=item, label=top.loc[item, "label"],
                                                     percent=top.loc[item, "percent"])
                        for item in instrument.item_ids if item in top.index)
    shares, chart_texts = counts[["item", "point", "label", "percent"]], {
        **chart_texts, "description": chart_texts["description"].format(figures=figures)}
    columns = texts.tables.distribution
    table = pd.DataFrame({
        columns["item"]: counts["item"], columns["text"]: counts["item"].map(texts_by_item),
        columns["label"]: counts["label"], columns["count"]: counts["count"].astype(int),
        columns["percent"]: counts["percent"]})
    return Part(heading, "", distribution_chart(shares, chart_texts), table,
                distribution_chart(shares, chart_texts, narrow=True))


def alpha_part(frame: pd.DataFrame, instrument: Instrument, min_group: int,
               texts: Cohort) -> Part:
    """Cronbach's alpha per component, with its caution below 30 complete responses."""
    table = cronbach_alpha(frame, instrument, min_group)
    labels, columns = texts.labels, texts.tables.alpha
    readable = pd.DataFrame({
        columns["component"]: table["component"].map(instrument.component_labels),
        columns["items"]: table["items"],
        columns["n"]: [_count(n, labels["suppressed"]) for n in table["n"]],
        columns["alpha"]: [labels["suppressed"] if s else _number(a)
                           for s, a in zip(table["suppressed"], table["alpha"], strict=True)],
        columns["caution"]: [labels["caution_yes" if c else "caution_no"]
                             for c in table["caution"]],
    })
    body = table_html(readable, texts.headings["alpha"])
    if table["caution"].any():
        body = paragraph(texts.texts["alpha_caution"].format(threshold=ALPHA_CAUTION_BELOW),
                         "bl-caution") + body
    return Part(texts.headings["alpha"], body)


def comparison_part(frame: pd.DataFrame, instrument: Instrument, min_group: int, texts: Cohort,
                    scores: pd.DataFrame | None = None, order: Sequence[str] = ()) -> Part:
    """The pre/post comparison per component, paired where responses pair up; ``order`` is
    the order of the moments where the files or the faculty gave it."""
    heading = texts.headings["comparison"]
    pair = moments(frame, order)
    if pair is None:
        return Part(heading, paragraph(texts.texts["no_moments"]))
    before, after = pair
    result = compare(frame, instrument, before, after, min_group, scores)
    result["component"] = result["component"].map(instrument.component_labels)
    paired = (result["method"] == "paired").any()
    pairs = result["n_pairs"].max()
    method = texts.texts["comparison_method_paired" if paired else "comparison_method_unpaired"]
    chart_texts = texts.charts.comparison
    figures = "; ".join(
        chart_texts["hidden"].format(component=row.component) if row.suppressed
        else chart_texts["figure"].format(
            component=row.component, mean_before=_number(row.mean_before),
            mean_after=_number(row.mean_after), effect_name=row.effect_size_name,
            effect=_number(row.effect_size))
        for row in result.itertuples())
    long = pd.concat([
        result.assign(moment=before, mean=result["mean_before"]),
        result.assign(moment=after, mean=result["mean_after"]),
    ])[["component", "moment", "mean", "suppressed"]].assign(note=texts.labels["suppressed"])
    names = {"before": before, "after": after}
    chart_texts = {
        **chart_texts, "title": chart_texts["title"].format(**names),
        "title_short": chart_texts["title_short"].format(**names),
        "description": chart_texts["description"].format(**names, figures=figures)}
    intro = paragraph(method.format(pairs=_count(pairs, texts.labels["suppressed"])))
    return Part(heading, intro, comparison_chart(long, [before, after], chart_texts),
                _comparison_table(result, texts),
                comparison_chart(long, [before, after], chart_texts, narrow=True))


def _comparison_table(result: pd.DataFrame, texts: Cohort) -> pd.DataFrame:
    columns, hidden = texts.tables.comparison, texts.labels["suppressed"]
    rows = []
    for row in result.to_dict("records"):
        shown = not row["suppressed"]

        def value(name: str, digits: int = 2, row: dict = row, shown: bool = shown) -> str:
            return _number(row[name], digits) if shown else hidden

        rows.append({
            columns["component"]: row["component"], columns["method"]: row["method"],
            columns["n_before"]: _count(row["n_before"], hidden),
            columns["n_after"]: _count(row["n_after"], hidden),
            columns["n_pairs"]: _count(row["n_pairs"], hidden),
            columns["mean_before"]: value("mean_before"),
            columns["mean_after"]: value("mean_after"),
            columns["difference"]: value("difference"),
            columns["ci"]: f"{value('ci_low')} - {value('ci_high')}" if shown else hidden,
            columns["p"]: value("p", 3),
            columns["effect"]: f"{row['effect_size_name']} = {value('effect_size')}"
            if shown else hidden,
        })
    return pd.DataFrame(rows)

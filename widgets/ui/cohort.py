"""Module 07's faculty cohort dashboard: upload survey exports, see what was imported, explore
the cohort with every small group suppressed.

Shown in Voila it is a live widget. Executed by papermill for ``belonging-lab report`` it also
offers its current state as static HTML (``text/html`` beside the widget view), which the report
keeps; so the report needs no interaction and no JavaScript.
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import ipywidgets as w
import pandas as pd

from widgets.content import load
from widgets.content.messages import names_list
from widgets.content.models.cohort import Cohort
from widgets.content.models.instrument import Instrument
from widgets.content.models.mapping import ColumnMapping
from widgets.content.models.ui import UiTexts
from widgets.datasets.loader import load as load_dataset
from widgets.errors import BelongingLabError
from widgets.files import write_atomic
from widgets.logic.cohort.breakdown import Breakdown
from widgets.logic.cohort.import_report import ImportReport
from widgets.logic.cohort.importing import (
    display_names,
    expand,
    import_available,
    nothing_imported,
)
from widgets.logic.cohort.mapping import load_mapping
from widgets.logic.cohort.scores import component_scores
from widgets.logic.cohort.statistics import grouping_columns
from widgets.logic.cohort.suppression import MIN_GROUP, check_min_group
from widgets.paths import DATASETS_DIR
from widgets.ui.chart_view import ChartView
from widgets.ui.cohort_sections import (
    Part,
    alpha_part,
    breakdown_part,
    comparison_part,
    counts_part,
    distribution_part,
    import_parts,
    means_part,
    paragraph,
)
from widgets.ui.controls import FULL_LABEL

SAMPLE = DATASETS_DIR / "class_responses.csv"
ACCEPT = ".csv,.json,.txt,.tsv"


class CohortDashboard(w.VBox):
    """Upload control, import summary, group-by choice, and the cohort's suppressed summaries.

    ``moments`` names the moment of a file's or folder's responses, earliest first, and
    ``date_order`` reads dates that a file leaves ambiguous; uploaded files get a moment menu
    each, and the date order a menu of its own. ``strict`` (the report) raises the first
    problem instead of showing it in the app, so that a file that cannot be imported, or files
    that give no response at all, stop the report with a message.
    """

    def __init__(self, responses: str | Sequence[str] = (), min_group: int = MIN_GROUP,
                 group_by: str = "", mapping: str = "", strict: bool = False,
                 moments: Mapping[str, str] | None = None, date_order: str = "") -> None:
        self.strict = strict
        self.texts = load(Cohort)
        self.instrument = load(Instrument)
        labels = self.texts.labels
        self.min_group = MIN_GROUP
        self.mapping: ColumnMapping | None = None
        self.frame: pd.DataFrame | None = None
        self.report: ImportReport | None = None
        self.moment_order: tuple[str, ...] = ()
        self.uploads: list[tuple[str, bytes]] = []  # kept so a moment can be changed later
        self.source: tuple = ()  # the last load's arguments, read again for a new date order
        self.scores: pd.DataFrame | None = None  # per import: every breakdown reuses them
        self.sections: list[tuple[Part, ChartView | None]] = []
        self.views: dict[str, ChartView] = {}  # one per heading, redrawn rather than rebuilt
        self.fixed: dict[str, list[Part]] = {"import": [], "cohort": []}
        self.banner = w.HTML()
        self.rule = w.HTML()
        self.status = w.HTML()
        self.status.add_class("bl-live")
        self.upload = w.FileUpload(accept=ACCEPT, multiple=True,
                                   description=labels["upload_button"],
                                   tooltip=labels["upload"], layout=w.Layout(width="auto"))
        self.upload.observe(self._on_upload, names="value")
        self.group_by = w.Dropdown(options=[(labels["no_breakdown"], "")], value="",
                                   description=labels["group_by"], style=FULL_LABEL,
                                   layout=w.Layout(width="auto"))
        self.group_by.observe(self._on_group_by, names="value")
        self.date_order = w.Dropdown(
            options=[(labels["date_auto"], ""), (labels["date_dmy"], "dmy"),
                     (labels["date_mdy"], "mdy")],
            value=date_order or "", description=labels["date_order"], style=FULL_LABEL,
            layout=w.Layout(width="auto"))
        self.date_order.observe(self._on_reading_choice, names="value")
        self.moments = w.VBox()
        self.moments.add_class("bl-moments")
        self.given_moments = dict(moments or {})
        self.body = w.VBox()
        super().__init__([self.banner, self.rule, w.HTML(paragraph(labels["upload"])),
                          self.upload, self.moments, self.date_order, self.status,
                          self.group_by, self.body])
        self.add_class("bl-cohort")
        self._guarded(self._start, responses, min_group, group_by, mapping)

    # --- loading -------------------------------------------------------------------------

    def _start(self, responses: str | Sequence[str], min_group: int, group_by: str,
               mapping: str) -> None:
        self.min_group = check_min_group(min_group)
        self.rule.value = paragraph(self.texts.texts["rule"].format(min_group=self.min_group),
                                    "bl-rule")
        if mapping:
            self.mapping = load_mapping(mapping, self.instrument)
        sources = [responses] if isinstance(responses, str) else list(responses)
        sources = [s for s in sources if str(s).strip()]
        synthetic = not sources
        if synthetic:  # the bundled sample is checked against its table schema like all data
            load_dataset("class_responses")
        files = expand(sources or [SAMPLE])
        moments = {Path(source).resolve(): moment
                   for source, moment in self.given_moments.items()}
        labels = {str(path): moments[origin.resolve()] for origin, path in files
                  if origin.resolve() in moments}
        self.load([path for _, path in files], synthetic, labels)
        if group_by:
            self._choose(group_by)

    def load(self, paths: Sequence[str | Path], synthetic: bool = False,
             labels: Mapping[str, str] | None = None) -> None:
        """Import the files (each that can be read), each file's responses at the moment
        ``labels`` gives it (a path's text -> moment), and redraw everything."""
        self.source = (paths, synthetic, labels)
        outcome = import_available(paths, self.instrument, self.mapping, label=labels,
                                   date_order=self.date_order.value or None)
        if self.strict and outcome.failures:
            raise outcome.failures[0][1]
        if self.strict and (outcome.result is None or outcome.result.frame.empty):
            raise nothing_imported(outcome.result.report if outcome.result else None)
        failures = [(name, str(error)) for name, error in outcome.failures]
        self.banner.value = paragraph(self.texts.texts["synthetic_banner"],
                                      "bl-synthetic") if synthetic else ""
        self.fixed["import"] = import_parts(outcome.result and outcome.result.report, failures,
                                            self.texts)
        if outcome.result is None or outcome.result.frame.empty:
            self.frame = self.scores = None
            self.fixed["cohort"] = []
            self._set_status(self.texts.texts["nothing"], alert=True)
            self._set_options([])
        else:
            self.frame = outcome.result.frame
            self.report = outcome.result.report
            self.moment_order = outcome.result.moment_order
            self.scores = component_scores(self.frame, self.instrument)
            self.fixed["cohort"] = [
                means_part(self.frame, self.instrument, self.min_group, self.texts, self.scores),
                distribution_part(self.frame, self.instrument, self.min_group, self.texts),
                alpha_part(self.frame, self.instrument, self.min_group, self.texts),
                comparison_part(self.frame, self.instrument, self.min_group, self.texts,
                                self.scores, self.moment_order),
            ]
            self._set_status("")
            self._set_options(grouping_columns(self.frame, self.instrument))
        self.redraw()

    def _set_options(self, columns: list[str]) -> None:
        options = [(self.texts.labels["no_breakdown"], ""), *((c, c) for c in columns)]
        with self.group_by.hold_trait_notifications():
            self.group_by.value = ""
            self.group_by.options = options

    def _choose(self, column: str) -> None:
        """Break down by ``column`` (its name in any case); a column refused as a grouping
        says why, any other unknown name lists the columns there are."""
        known = {value.casefold(): value for _, value in self.group_by.options if value}
        if column.strip().casefold() in known:
            self.group_by.value = known[column.strip().casefold()]
            return
        reason = self.report.refusal(column.strip()) if self.report else None
        if reason:
            raise BelongingLabError("cohort.group_refused", column=column, reason=reason)
        raise BelongingLabError("cohort.not_a_column", column=column,
                                columns=names_list(known.values()))

    # --- drawing -------------------------------------------------------------------------

    def redraw(self) -> None:
        """Rebuild the sections that depend on the breakdown and show them; the others were
        built once per import. One suppression decision on the groups serves every table."""
        parts = list(self.fixed["import"])
        if self.frame is not None:
            by = self.group_by.value
            breakdown = Breakdown(self.frame, [by] if by else [], self.min_group)
            means, *rest = self.fixed["cohort"]
            parts.append(counts_part(self.frame, by, self.min_group, self.texts, breakdown))
            parts.append(means)
            if by:
                parts.append(breakdown_part(self.frame, self.instrument, by, self.min_group,
                                            self.texts, self.scores, breakdown))
            parts.extend(rest)
        self._show(parts)

    def _show(self, parts: list[Part]) -> None:
        """Show the parts: a part shown before keeps its chart view, and a new part under a
        heading that has had a chart redraws that view (no new widgets, no re-validation)."""
        shown = {id(part): view for part, view in self.sections}
        self.sections = [(part, self._view(part, shown)) for part in parts]
        children = []
        for part, view in self.sections:
            children.append(w.HTML(f"<h3>{html.escape(part.heading)}</h3>{part.html}"))
            if view is not None:
                children.append(view)
        for child in self.body.children:
            if isinstance(child, w.HTML):
                child.close()
        self.body.children = children

    def _view(self, part: Part, shown: dict) -> ChartView | None:
        """The chart view of a part; views are kept per heading, also while not shown."""
        if part.chart is None:
            return None
        if id(part) in shown:
            return shown[id(part)]
        view = self.views.get(part.heading)
        if view is None:
            view = self.views[part.heading] = ChartView(part.chart, part.table,
                                                        narrow=part.narrow)
        else:
            view.show(part.chart, part.table, part.narrow)
        return view

    def static_html(self) -> str:
        """Everything the dashboard shows now, as static HTML without scripts (the report)."""
        show_table = load(UiTexts).chart_view["show_table"]
        pieces = [self.banner.value, self.rule.value, self.status.value]
        for part, view in self.sections:
            pieces.append(f"<h3>{html.escape(part.heading)}</h3>{part.html}")
            if view is not None:
                pieces.append(f"{view.figure_html()}<details><summary>"
                              f"{html.escape(show_table)}</summary>{view.table.value}</details>")
        return '<div class="bl-cohort-report">' + "".join(pieces) + "</div>"

    def _repr_mimebundle_(self, **kwargs: object) -> dict:
        data = super()._repr_mimebundle_(**kwargs)
        data["text/html"] = self.static_html()
        return data

    def _set_status(self, text: str, alert: bool = False) -> None:
        role = ' role="alert"' if alert else ""
        self.status.value = f'<div class="bl-alert"{role}>{paragraph(text)}</div>' if text else ""

    # --- events --------------------------------------------------------------------------

    def _on_group_by(self, _change: dict) -> None:
        self._guarded(self.redraw)

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        self.uploads = [(Path(str(upload.get("name", ""))).name or "upload.csv",
                         bytes(upload["content"])) for upload in files]
        self.upload.value = ()  # the files' content is not kept in the widget's state
        self._show_moment_choices()
        self._guarded(self._load_uploads)

    def _on_reading_choice(self, _change: dict) -> None:
        if self.uploads:
            self._guarded(self._load_uploads)
        elif self.source:
            self._guarded(self.load, *self.source)

    def _show_moment_choices(self) -> None:
        """One moment menu per uploaded file (only when there are several files)."""
        labels = self.texts.labels
        options = [(labels["moment_from_file"], ""), (labels["moment_pre"], "pre"),
                   (labels["moment_post"], "post")]
        menus = [w.Dropdown(options=options, value="", style=FULL_LABEL,
                            description=labels["moment_of"].format(file=name),
                            layout=w.Layout(width="auto"))
                 for name in display_names(name for name, _ in self.uploads)
                 ] if len(self.uploads) > 1 else []
        for menu in menus:
            menu.observe(self._on_reading_choice, names="value")
        for child in self.moments.children:
            child.close()
        intro = [w.HTML(paragraph(labels["moments_intro"]))] if menus else []
        self.moments.children = [*intro, *menus]

    def _load_uploads(self) -> None:
        menus = [child for child in self.moments.children if isinstance(child, w.Dropdown)]
        chosen = [menu.value for menu in menus] or [""] * len(self.uploads)
        with tempfile.TemporaryDirectory(prefix="bl-cohort-") as folder:
            paths, labels = [], {}
            for number, ((name, content), moment) in enumerate(
                    zip(self.uploads, chosen, strict=True)):
                path = Path(folder) / str(number) / name
                write_atomic(path, content)
                paths.append(path)
                if moment:
                    labels[str(path)] = moment
            self.load(paths, labels=labels)

    def _guarded(self, action: Callable[..., None], *args: object) -> None:
        """Run ``action``; show a clear message in the app instead of any traceback."""
        try:
            action(*args)
        except BelongingLabError as error:
            if self.strict:
                raise
            self._set_status(str(error), alert=True)
        except Exception:  # a learner or faculty member never sees a traceback
            self._set_status(self.texts.texts["unexpected"], alert=True)

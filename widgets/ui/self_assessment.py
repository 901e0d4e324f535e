"""Module 03's self-assessment: the teaching items, the profile, downloads and comparisons.

Answers are saved after each change and restored on return: on the learner's own machine, or on
a server shared by a class in the learner's own browser (``BrowserStore``); they leave the kernel
only through the learner's own download. An uploaded earlier export is read in
memory for the comparison and never saved.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from widgets.charts.profile import (
    MOMENT_SHAPES,
    comparison_chart,
    comparison_data,
    profile_chart,
    profile_data,
    profile_layout,
)
from widgets.content import load, load_path
from widgets.content.models.instrument import Instrument
from widgets.content.models.self_assessment import SelfAssessmentTexts
from widgets.datasets.loader import load as load_dataset
from widgets.errors import BelongingLabError
from widgets.logic.autosave import DEFAULT_STATE_DIR
from widgets.logic.export_format import Response, read_export, to_csv, to_json
from widgets.logic.scoring import answered_count, component_scores
from widgets.logic.self_assessment import (
    Draft,
    as_response,
    describe,
    describe_single_items,
    keeping,
    moments_table,
    reference_scores,
    restamp,
    shown_table,
    summary,
)
from widgets.ui.chart_view import ChartView
from widgets.ui.controls import FULL_LABEL
from widgets.ui.download import DownloadLink
from widgets.ui.kept_answers import KeptAnswers

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd


def paragraphs(texts: Sequence[str], css_class: str = "") -> str:
    """Escaped paragraphs."""
    attribute = f' class="{css_class}"' if css_class else ""
    return "".join(f"<p{attribute}>{html.escape(text)}</p>" for text in texts)


def heading(text: str, level: int = 3) -> w.HTML:
    return w.HTML(f"<h{level}>{html.escape(text)}</h{level}>")


class SelfAssessment(w.VBox):
    """The items, the optional details, the profile, downloads, import and comparisons."""

    def __init__(self, instrument_path: str | Path = "",
                 state_dir: str | Path | None = DEFAULT_STATE_DIR,
                 groups: Sequence[str] = (), show_reference: bool = False) -> None:
        self.instrument = (load_path(instrument_path, Instrument) if instrument_path
                           else load(Instrument))
        self.content = load(SelfAssessmentTexts)
        self.labels, self.texts = self.content.labels, self.content.profile
        self.chart_texts, self.suggestions = self.content.chart, self.content.suggestions
        self.reference_texts = self.content.reference
        self.keeper = KeptAnswers(keeping(self.instrument), state_dir, self.labels, self.apply)
        self.status = self.keeper.status
        self.draft = self.keeper.restored()
        self.choices = {item_id: self._choice(n, item_id)
                        for n, item_id in enumerate(self.instrument.item_ids, start=1)}
        self.details = self._details(groups)
        self.progress = w.HTML()
        self.see_profile = w.Button(description=self.labels["see_profile"],
                                    layout=w.Layout(width="auto"))
        self.see_profile.on_click(self.show_profile)
        self.profile_box = w.VBox([w.HTML(paragraphs([self.labels["profile_needs_click"]]))])
        self.profile_box.add_class("bl-profile")
        self.profile_shown = False
        self.profile_view: ChartView | None = None
        self.profile_text, self.profile_suggestions = w.HTML(), w.HTML()
        self.comparison_chart_view: ChartView | None = None
        self.csv_link, self.json_link = DownloadLink(), DownloadLink()
        self.imported: list[Response] = []
        self.reference: dict[str, float | None] | None = None
        self.comparison = self._comparison_controls(show_reference)
        self.refresh()
        for control in [*self.choices.values(), *self.details]:
            control.observe(self.changed, names="value")
        super().__init__([
            w.HTML(paragraphs([self.instrument.notice], "bl-notice")),
            *self._item_blocks(), self.progress, *self.keeper.widgets(),
            heading(self.labels["details_heading"]),
            w.HTML(paragraphs([self.labels["details_intro"]])), *self.details,
            heading(self.labels["profile_heading"]), self.see_profile, self.profile_box,
            heading(self.labels["downloads_heading"]),
            w.HTML(paragraphs([self.labels["downloads_intro"]])), self.csv_link, self.json_link,
            heading(self.labels["import_heading"]),
            w.HTML(paragraphs([self.labels["import_intro"]])), *self.comparison,
        ])
        self.add_class("bl-self-assessment")

    # Building the controls

    def _choice(self, number: int, item_id: str) -> w.RadioButtons:
        scale = self.instrument.scale_labels
        choice = w.RadioButtons(
            options=[(scale[point], point) for point in sorted(scale)],
            value=self.draft.answers.get(item_id),
            description=self.labels["item_control"].format(number=number),
            style=FULL_LABEL,
            layout=w.Layout(width="auto", flex_flow="column"),
        )
        choice.add_class("bl-item-choice")
        return choice

    def _item_blocks(self) -> list[w.Widget]:
        items = {item.id: item.text for item in self.instrument.items}
        items.update({item.id: item.text for item in self.instrument.single_items})
        total = len(self.instrument.item_ids)
        blocks: list[w.Widget] = [heading(self.labels["items_heading"]),
                                  w.HTML(paragraphs([self.labels["items_intro"]]))]
        first_single = self.instrument.single_items[0].id if self.instrument.single_items else None
        for number, (item_id, choice) in enumerate(self.choices.items(), start=1):
            if item_id == first_single:
                blocks += [heading(self.labels["single_items_heading"]),
                           w.HTML(paragraphs([self.labels["single_items_intro"]]))]
            title = self.labels["item_heading"].format(number=number, total=total)
            text = w.HTML(f"<h4>{html.escape(title)}</h4>"
                          f'<p class="bl-item-text">{html.escape(items[item_id])}</p>')
            card = w.VBox([text, choice])
            card.add_class("bl-item")
            blocks.append(card)
        return blocks

    def _details(self, groups: Sequence[str]) -> list[w.ValueWidget]:
        def text(key: str, value: str) -> w.Text:
            return w.Text(value=value, description=self.labels[key], style=FULL_LABEL,
                          continuous_update=False, layout=w.Layout(width="32rem"))

        self.label = text("label", self.draft.label)
        self.code = text("code", self.draft.code)
        controls: list[w.ValueWidget] = [self.label, self.code]
        self.group = None
        if groups:
            options = [(self.labels["no_group"], "")] + [(g, g) for g in groups]
            self.group = w.Dropdown(
                options=options, value=self.draft.group if self.draft.group in groups else "",
                description=self.labels["group"], style=FULL_LABEL, layout=w.Layout(width="auto"))
            controls.append(self.group)
        return controls

    def _comparison_controls(self, show_reference: bool) -> list[w.Widget]:
        self.upload = w.FileUpload(accept=".csv,.json", multiple=False,
                                   description=self.labels["upload"],
                                   layout=w.Layout(width="auto"))
        self.upload.observe(self.imported_file, names="value")
        self.import_message = w.HTML()
        self.import_message.add_class("bl-import-message")
        self.earlier = w.Dropdown(options=[], description=self.labels["earlier_moment"],
                                  style=FULL_LABEL, layout=w.Layout(width="auto", display="none"))
        self.earlier.observe(self.redraw_comparison, names="value")
        self.show_reference = w.Checkbox(value=show_reference, indent=False,
                                         description=self.labels["show_reference"],
                                         style=FULL_LABEL, layout=w.Layout(width="auto"))
        self.show_reference.observe(self.redraw_comparison, names="value")
        self.reference_note = w.HTML()
        self.comparison_box = w.VBox()
        self.comparison_box.add_class("bl-comparison")
        return [self.upload, self.import_message, self.earlier, self.show_reference,
                self.reference_note, self.comparison_box]

    # Saving and restoring

    def apply(self, draft: Draft) -> None:
        """Show ``draft`` in the controls (the keeper does not save it)."""
        for item_id, choice in self.choices.items():
            choice.value = draft.answers.get(item_id)
        self.label.value, self.code.value = draft.label, draft.code
        if self.group is not None:
            known = [value for _, value in self.group.options]
            self.group.value = draft.group if draft.group in known else ""
        self.draft = draft
        self.refresh()

    def current_draft(self) -> Draft:
        """Everything chosen and typed so far, with the current export id and time."""
        return Draft(
            answers={item_id: choice.value for item_id, choice in self.choices.items()},
            label=self.label.value, code=self.code.value,
            group=self.group.value if self.group is not None else "",
            response_id=self.draft.response_id, timestamp=self.draft.timestamp,
        )

    def changed(self, _change: dict | None = None) -> None:
        """A new export id and time, saved (on disk or in the browser, when saving is on); then
        everything redrawn."""
        if self.keeper.applying:
            return
        self.draft = self.keeper.keep(restamp(self.current_draft(), self.instrument))
        self.refresh()

    # Showing the results

    def refresh(self) -> None:
        answered = answered_count(self.instrument, self.draft.answers)
        self.progress.value = paragraphs([self.labels["progress"].format(
            answered=answered, total=len(self.instrument.item_ids))], "bl-progress")
        self.offer_downloads()
        if self.profile_shown:
            self.draw_profile()
        self.redraw_comparison()

    def offer_downloads(self) -> None:
        """Both export files built from the current answers, offered as links."""
        response = as_response(self.draft, self.instrument)
        name = f"{self.labels['filename']}-{date.today().isoformat()}"
        self.csv_link.offer(f"{name}.csv", to_csv([response], self.instrument).encode("utf-8"),
                            "text/csv", self.labels["download_csv"])
        self.json_link.offer(f"{name}.json",
                             to_json(response, self.instrument.notice).encode("utf-8"),
                             "application/json", self.labels["download_json"])

    def show_profile(self, _button: w.Button | None = None) -> None:
        self.profile_shown = True
        self.draw_profile()

    def draw_profile(self) -> None:
        """The chart, its description, the single items and the suggestions."""
        answers = self.draft.answers
        if answered_count(self.instrument, answers) == 0:
            self.profile_box.children = [w.HTML(paragraphs([self.texts["nothing_yet"]]))]
            return
        scores = component_scores(self.instrument, answers)
        moment = self.labels["moment_now"]
        not_enough = self.texts["not_enough"]
        description = self.chart_texts["profile_description"].format(summary=summary(
            self.instrument, scores, self.chart_texts["summary_item"], not_enough))
        scored = moments_table(self.instrument, {moment: scores})
        table = shown_table(self.instrument, {moment: scores},
                            self.chart_texts["table_component"], not_enough)
        self.profile_view = self.drawn(
            self.profile_view, profile_chart, lambda: profile_data(scored, self.chart_texts),
            scored, table, description)
        example = self.instrument.items[0].text
        described = describe(self.instrument, answers, self.texts, self.content.bands)
        text = (paragraphs(described, "bl-profile-line")
                + paragraphs([self.texts["meaning"].format(example=example)])
                + paragraphs(describe_single_items(self.instrument, answers, self.texts)))
        self.profile_text.value = f'<div class="bl-profile-text">{text}</div>'
        self.profile_suggestions.value = self.suggestions_html()
        shown = (self.profile_text, self.profile_view, self.profile_suggestions)
        if self.profile_box.children != shown:
            self.profile_box.children = shown

    def suggestions_html(self) -> str:
        parts = [f"<h4>{html.escape(self.texts['suggestions_heading'])}</h4>",
                 paragraphs([self.texts["suggestions_attribution"]])]
        for component in self.instrument.components:
            name = self.instrument.component_labels[component]
            items = "".join(f"<li>{html.escape(s)}</li>" for s in self.suggestions[component])
            parts.append(f"<h5>{html.escape(name)}</h5><ul>{items}</ul>")
        parts.append(paragraphs([self.texts["support"]]))
        return f'<div class="bl-suggestions">{"".join(parts)}</div>'

    # Importing and comparing

    def imported_file(self, change: dict) -> None:
        """Read an uploaded export; a bad file leaves everything as it was, with a message."""
        files = change["new"]
        if not files:
            return
        upload = files[0]
        name = str(upload.get("name", ""))
        try:
            responses = read_export(bytes(upload["content"]), name, self.instrument)
        except BelongingLabError as error:
            self.import_message.value = (
                f'<p role="alert" class="bl-import-error">'
                f'{html.escape(self.labels["import_failed"].format(problem=error))}</p>')
            return
        self.imported = sorted(responses, key=lambda r: r.timestamp)
        done = self.labels["imported"].format(count=len(responses), file=name)
        self.import_message.value = f'<p role="status">{html.escape(done)}</p>'
        options = [(self.moment_name(r), index) for index, r in enumerate(self.imported)]
        self.earlier.unobserve(self.redraw_comparison, names="value")
        self.earlier.options = options
        self.earlier.value = len(options) - 1
        self.earlier.observe(self.redraw_comparison, names="value")
        self.earlier.layout.display = None if len(options) > 1 else "none"
        self.redraw_comparison()

    def moment_name(self, response: Response) -> str:
        label = response.label or self.labels["no_label"]
        return self.labels["moment_option"].format(label=label, date=response.timestamp[:10])

    def reference_moment(self) -> dict[str, float | None] | None:
        """The synthetic class's means (read once), or None with a message when unavailable."""
        if self.reference is None:
            try:
                frame = load_dataset(self.reference_texts["dataset"])
            except BelongingLabError as error:
                self.reference_note.value = paragraphs([str(error)])
                return None
            self.reference = reference_scores(self.instrument, frame,
                                              self.reference_texts["label"])
        return self.reference

    def redraw_comparison(self, _change: dict | None = None) -> None:
        """The earlier moment (if any), now, and the synthetic class (if asked for)."""
        moments: dict[str, dict[str, float | None]] = {}
        if self.imported and self.earlier.value is not None:
            earlier = self.imported[self.earlier.value]
            moments[self.moment_name(earlier)] = component_scores(self.instrument,
                                                                  earlier.answers)
        reference = None
        if self.show_reference.value:
            reference = self.reference_moment()
        self.reference_note.value = (paragraphs([self.labels["reference_note"]])
                                     if reference is not None else "")
        if not moments and reference is None:
            self.comparison_box.children = []
            return
        moments[self.labels["moment_now"]] = component_scores(self.instrument,
                                                              self.draft.answers)
        if reference is not None:
            moments[self.reference_texts["moment"]] = reference
        self.comparison_box.children = [self.comparison_view(moments)]

    def comparison_view(self, moments: dict[str, dict[str, float | None]]) -> ChartView:
        """The comparison chart, drawn into the same view each time (its table stays open)."""
        scored = moments_table(self.instrument, moments)
        description = self.comparison_description(moments)
        table = shown_table(self.instrument, moments, self.chart_texts["table_component"],
                            self.texts["not_enough"])
        self.comparison_chart_view = self.drawn(
            self.comparison_chart_view, comparison_chart, lambda: comparison_data(scored),
            scored, table, description)
        return self.comparison_chart_view

    def drawn(self, view: ChartView | None, chart: Callable[..., alt.TopLevelMixin],
              data: Callable[[], dict[str, list[dict]]], scored: pd.DataFrame,
              table: pd.DataFrame,
              description: str) -> ChartView:
        """``view`` with ``chart`` redrawn from ``scored`` (only its ``data`` when its layout
        is unchanged), or a new view when there is none yet."""
        if view is None:
            return ChartView(chart(scored, self.chart_texts, description), table,
                             profile_layout(scored),
                             narrow=chart(scored, self.chart_texts, description, narrow=True))
        view.update(profile_layout(scored),
                    lambda narrow: chart(scored, self.chart_texts, description, narrow),
                    data(), table, description)
        return view

    def comparison_description(self, moments: dict[str, dict[str, float | None]]) -> str:
        """Which shape marks which moment, and each moment's scores in words."""
        texts, not_enough = self.chart_texts, self.texts["not_enough"]
        shapes = texts["shape_names"].split("|")
        described = "; ".join(
            texts["moment_shape"].format(shape=shapes[i % len(MOMENT_SHAPES)], moment=m)
            for i, m in enumerate(moments))
        lines = " ".join(
            texts["moment_summary"].format(moment=m, summary=summary(
                self.instrument, s, texts["summary_item"], not_enough))
            for m, s in moments.items())
        return texts["comparison_description"].format(moments=described, summary=lines)

"""Module 08's stories of belonging and the advice the learner writes, saved as they type.

The stories come from ``stories.yaml`` or a school's own copy (the ``stories_file`` parameter).
The advice is saved after each change (in the learner's own files, or on a server shared by a
class in the learner's own browser), restored on return, and offered as a download; it is
never collected.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import ipywidgets as w

from widgets.content import load, load_path
from widgets.content.models.stories import Stories, Story
from widgets.logic.advice import KEEPING, Advice, export_name, to_html, to_markdown
from widgets.logic.autosave import DEFAULT_STATE_DIR
from widgets.ui.controls import FULL_LABEL
from widgets.ui.download import DocumentDownloads
from widgets.ui.kept_answers import KeptAnswers


def load_stories(stories_file: str | Path = "") -> Stories:
    """A school's stories file when one is given, else the bundled composites."""
    return load_path(stories_file, Stories) if stories_file else load(Stories)


def story_html(story: Story) -> str:
    """One story: who tells it, where, where it comes from, and its paragraphs."""
    heading_id = html.escape(f"bl-story-{story.id}", quote=True)
    paragraphs = "".join(f"<p>{html.escape(text)}</p>" for text in story.paragraphs)
    return (f'<article class="bl-story" aria-labelledby="{heading_id}">'
            f'<h3 id="{heading_id}">{html.escape(story.narrator)}</h3>'
            f"<p><em>{html.escape(story.setting)}. {html.escape(story.source)}</em></p>"
            f"{paragraphs}</article>")


def stories_html(content: Stories) -> str:
    """Every story, under a heading and the note that says they are composites."""
    return (f'<section class="bl-stories" aria-labelledby="bl-stories-heading">'
            f'<h3 id="bl-stories-heading">{html.escape(content.heading)}</h3>'
            f'<p class="bl-composite-note"><strong>{html.escape(content.composite_note)}'
            f"</strong></p>{''.join(story_html(s) for s in content.stories)}</section>")


def stories(stories_file: str | Path = "") -> w.HTML:
    """The stories of module 08."""
    return w.HTML(stories_html(load_stories(stories_file)))


class AdviceLetter(w.VBox):
    """The prompt, one answer box, the save status and the two download links."""

    def __init__(self, stories_file: str | Path = "",
                 state_dir: str | Path | None = DEFAULT_STATE_DIR) -> None:
        content = load_stories(stories_file)
        self.advice, self.labels, self.export_texts = content.advice, content.labels, content.export
        self.keeper = KeptAnswers(KEEPING, state_dir, self.labels, self.apply)
        self.status = self.keeper.status
        saved = self.keeper.restored()
        hints = "".join(f"<li>{html.escape(hint)}</li>" for hint in self.advice.hints)
        prompt = w.HTML(f"<p>{html.escape(self.advice.prompt)}</p>"
                        + (f"<ul>{hints}</ul>" if hints else ""))
        self.answer = w.Textarea(value=saved.text, description=self.advice.answer_label,
                                 style=FULL_LABEL, layout=w.Layout(width="100%", height="12em"))
        self.answer.observe(self.changed, names="value")
        self.downloads = DocumentDownloads(self.labels)
        self.markdown_link, self.html_link = self.downloads.markdown_link, self.downloads.html_link
        self.offer_downloads()
        super().__init__([prompt, self.answer, *self.keeper.widgets(),
                          *self.downloads.widgets()])
        self.add_class("bl-advice")

    def apply(self, advice: Advice) -> None:
        """Show advice kept in the learner's browser (or none, once forgotten)."""
        self.answer.value = advice.text

    def changed(self, _change: dict | None = None) -> None:
        """Save after every change (when saving is on) and refresh the downloads; advice being
        shown from the learner's browser is not saved again."""
        if not self.keeper.applying:
            self.keeper.keep(Advice(self.answer.value))
        self.offer_downloads()

    def offer_downloads(self) -> None:
        """Rebuild both files from the current text and offer them as links."""
        today = date.today().isoformat()
        args = (Advice(self.answer.value), self.advice.prompt, self.export_texts, today)
        self.downloads.offer(lambda suffix: export_name(self.export_texts, today, suffix),
                             to_markdown(*args), to_html(*args))

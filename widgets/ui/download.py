"""A download link that works in Voila, JupyterLab and on Binder alike.

The file is built in the kernel and handed to the browser as a ``data:`` URL on an ``<a
download>`` element, so it never touches a server and needs no extension.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable, Mapping

import ipywidgets as w


def download_link_html(filename: str, payload: bytes, mime: str, label: str) -> str:
    """HTML for a link that saves ``payload`` as ``filename``."""
    encoded = base64.b64encode(payload).decode("ascii")
    return (
        f'<a class="bl-download" download="{html.escape(filename, quote=True)}" '
        f'href="data:{mime};base64,{encoded}">{html.escape(label)}</a>'
    )


class DownloadLink(w.HTML):
    """An HTML widget holding one download link; ``offer`` replaces the file it offers."""

    def offer(self, filename: str, payload: bytes, mime: str, label: str) -> None:
        self.value = download_link_html(filename, payload, mime, label)

    def withdraw(self) -> None:
        self.value = ""


class DocumentDownloads:
    """One written document offered twice, as Markdown (.md) and as a web page (.html), under a
    line that says what the downloads are (modules 06 and 08).

    ``labels`` holds ``downloads`` (that line), ``download_markdown`` and ``download_html``."""

    def __init__(self, labels: Mapping[str, str]) -> None:
        self.labels = labels
        self.intro = w.HTML(f"<p>{html.escape(labels['downloads'])}</p>")
        self.markdown_link, self.html_link = DownloadLink(), DownloadLink()

    def widgets(self) -> list[w.Widget]:
        return [self.intro, self.markdown_link, self.html_link]

    def offer(self, name: Callable[[str], str], markdown: str, page: str) -> None:
        """Offer the document's two forms; ``name(suffix)`` names each file."""
        self.markdown_link.offer(name("md"), markdown.encode("utf-8"), "text/markdown",
                                 self.labels["download_markdown"])
        self.html_link.offer(name("html"), page.encode("utf-8"), "text/html",
                             self.labels["download_html"])

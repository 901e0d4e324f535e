"""A download link that works in Voila, JupyterLab and on Binder alike.

The file is built in the kernel and handed to the browser as a ``data:`` URL on an ``<a
download>`` element, so it never touches a server and needs no extension.
"""

from __future__ import annotations

import base64
import html

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

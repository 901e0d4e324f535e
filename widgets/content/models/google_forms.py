"""Google Forms' own column names per language (``google_forms.yaml``), so that the cohort
dashboard recognises a responses sheet and sets its metadata columns aside."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import content_file


@dataclass(frozen=True)
class LanguageColumns:
    """The timestamp column's header (the sheet's first) and the metadata headers never read."""

    timestamp: tuple[str, ...]
    metadata: tuple[str, ...]


@content_file("google_forms")
class GoogleForms:
    """Google Forms' column names, keyed by language code."""

    languages: dict[str, LanguageColumns]

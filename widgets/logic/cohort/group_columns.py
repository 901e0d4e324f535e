"""Which of an export's other columns may break the results down.

A column that holds no item and no field (a cohort question the faculty added, a Qualtrics
embedded-data field, a REDCap field such as clerkship block or site) becomes a grouping column
named after its header, so that ``--group-by`` and the dashboard's breakdown menu can use it.
A column is refused, and listed in the import report with the reason, when it could point to a
person or holds free text:

- its header names a person or a way to reach one (``identity_headers`` in cohort_data.yaml);
- one of its values looks like an e-mail address or an IP address;
- it reads like free text: answers of more than ``FREE_TEXT_LENGTH`` characters on average, or
  at least ``FREE_TEXT_LEVELS`` different answers that are more than half of all its answers
  (groups that small would all be suppressed anyway).

A refused column's values are never kept.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import pandas as pd

from widgets.content import load
from widgets.content.models.cohort_data import CohortData

FREE_TEXT_LENGTH = 40
FREE_TEXT_LEVELS = 10
IDENTITY = "cohort.group_reason_identity"
EMAIL = "cohort.group_reason_email"
IP_ADDRESS = "cohort.group_reason_ip"
FREE_TEXT = "cohort.group_reason_free_text"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_IP = re.compile(r"\d{1,3}(\.\d{1,3}){3}|[0-9a-f]{0,4}(:[0-9a-f]{0,4}){3,7}", re.I)


def plain_words(text: str) -> list[str]:
    """The words of ``text`` in lower case without accents or punctuation."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", bare).split()


@cache
def _identity_headers() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    lists = load(CohortData).identity_headers
    return (frozenset(" ".join(plain_words(w)) for w in lists.words),
            tuple(" ".join(plain_words(p)) for p in lists.phrases),
            frozenset(" ".join(plain_words(e)) for e in lists.exact))


def names_a_person(header: str) -> bool:
    """True when the header says the column holds a name, contact or other identifier."""
    words, phrases, exact = _identity_headers()
    plain = " ".join(plain_words(header))
    return (plain in exact or any(word in words for word in plain.split())
            or any(f" {phrase} " in f" {plain} " for phrase in phrases))


def refusal(header: str, values: pd.Series) -> tuple[str, dict[str, int]] | None:
    """Why the column cannot be a grouping column (a message key and its values), or None.

    ``values`` are the column's stripped cells, None where empty."""
    if names_a_person(header):
        return IDENTITY, {}
    given = values.dropna()
    distinct = pd.Series(given.unique(), dtype=object)
    if distinct.map(lambda v: bool(_EMAIL.fullmatch(v))).any():
        return EMAIL, {}
    if distinct.map(lambda v: bool(_IP.fullmatch(v))).any():
        return IP_ADDRESS, {}
    if len(given) and (given.str.len().mean() > FREE_TEXT_LENGTH or (
            len(distinct) >= FREE_TEXT_LEVELS and len(distinct) > len(given) / 2)):
        return FREE_TEXT, {"levels": len(distinct), "answers": len(given)}
    return None

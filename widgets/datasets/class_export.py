"""SYNTHETIC class responses in the export format "belonging-lab-export/1".

A class answers the suite's teaching items (``widgets/content/files/instrument.yaml``) at the
start ("pre") and at the end ("post") of a course, as a faculty member would have them after
collecting the learners' own downloads into one CSV. Most learners chose a pairing code and
answered both times; some gave no code, and some answered only once, so they cannot be paired.
Each learner picked a site (Site A, B or C) or none; a few answers were skipped.

Everything here is INVENTED for teaching: the class size, the shares of each pattern, the
starting levels and, above all, the change between moments: Site A improves clearly
(opportunities and perceptions most), Site B a little, Site C not at all. Nothing is calibrated
to a real class, and the items are teaching items, not a validated instrument.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from widgets.content import load
from widgets.content.models.instrument import Instrument
from widgets.logic.export_format import FORMAT, LEADING_COLUMNS, TIMESTAMP_FORMAT

LABELS = ("pre", "post")
STARTS = {"pre": np.datetime64("2026-09-07T08:00:00"), "post": np.datetime64("2026-11-02T08:00:00")}
SPREAD_SECONDS = (3 * 24 + 12) * 3600  # answers arrive over three and a half days
CODE_ALPHABET = np.array(list("abcdefghjkmnpqrstuvwxyz23456789"))
CODE_LENGTH = 6

# Learner patterns (INVENTED): (answers pre, answers post, gives a code) and their shares.
PATTERNS = ((True, True, True), (True, True, False), (True, False, True), (False, True, True))
PATTERN_SHARES = (0.80, 0.06, 0.09, 0.05)
GROUPS = ("Site A", "Site B", "Site C", "")
GROUP_SHARES = (0.45, 0.38, 0.15, 0.02)

# INVENTED levels at "pre" and changes by "post", per component, on the 1-5 scale.
PRE_LEVEL = {"competencies": 3.5, "opportunities": 3.1, "motivations": 3.9, "perceptions": 3.0}
CHANGE = {  # per component, in the instrument's order of components
    "Site A": (0.15, 0.35, 0.05, 0.40),
    "Site B": (0.10, 0.10, 0.00, 0.10),
    "Site C": (0.05, -0.10, -0.05, -0.10),
    "": (0.10, 0.10, 0.00, 0.10),
}
SHARED_SD, OWN_SD, CHANGE_SD, ITEM_SD = 0.45, 0.35, 0.25, 0.75
# Single items follow the perceptions level, shifted (INVENTED).
SINGLE_ITEM_SHIFT = {"belong_program": 0.3, "belong_organisation": 0.1, "belong_community": -0.4}
MISSING_SHARE = 0.015

DEFAULT_ROWS = 200


@dataclass(frozen=True)
class Learners:
    """One entry per learner: pattern, site, pairing code and true levels at each moment."""

    patterns: np.ndarray  # (n, 3) booleans: pre, post, code
    groups: np.ndarray
    codes: np.ndarray
    levels: dict[str, dict[str, np.ndarray]]  # moment -> component -> level


def build(rng: np.random.Generator, rows: int = DEFAULT_ROWS) -> pd.DataFrame:
    """``rows`` responses from a class, in timestamp order."""
    instrument = load(Instrument)
    learners = make_learners(rng, rows, instrument.components)
    frames = [responses(rng, learners, instrument, moment) for moment in LABELS]
    frame = pd.concat(frames, ignore_index=True)
    frame["response_id"] = response_ids(rng, len(frame))
    frame = frame[[*LEADING_COLUMNS, *instrument.item_ids]]
    frame = frame.sort_values(["timestamp", "response_id"], ignore_index=True)
    frame["timestamp"] = frame["timestamp"].dt.strftime(TIMESTAMP_FORMAT)
    return frame


def make_learners(rng: np.random.Generator, rows: int, components: tuple[str, ...]
                  ) -> Learners:
    """Just enough learners for ``rows`` responses (the last one answering once if needed)."""
    drawn = rng.choice(len(PATTERNS), size=rows, p=PATTERN_SHARES)
    patterns = np.array(PATTERNS)[drawn]
    total = np.cumsum(patterns[:, :2].sum(axis=1))
    count = int(np.searchsorted(total, rows)) + 1
    patterns = patterns[:count]
    if total[count - 1] > rows:
        patterns[-1] = PATTERNS[2]
    groups = rng.choice(np.array(GROUPS, dtype=object), size=count, p=GROUP_SHARES)
    codes = np.where(patterns[:, 2], pairing_codes(rng, count), "")
    return Learners(patterns, groups, codes, levels(rng, groups, components))


def levels(rng: np.random.Generator, groups: np.ndarray, components: tuple[str, ...]) -> dict:
    """Each learner's true level per component at "pre" and, after the change, at "post"."""
    shared = rng.normal(0, SHARED_SD, len(groups))
    pre, post = {}, {}
    for component in components:
        pre[component] = PRE_LEVEL[component] + shared + rng.normal(0, OWN_SD, len(groups))
        change = np.array([CHANGE[group][components.index(component)] for group in groups])
        post[component] = pre[component] + change + rng.normal(0, CHANGE_SD, len(groups))
    return {"pre": pre, "post": post}


def responses(rng: np.random.Generator, learners: Learners, instrument: Instrument,
              moment: str) -> pd.DataFrame:
    """The responses of the learners who answered at ``moment``, in export columns."""
    present = learners.patterns[:, LABELS.index(moment)]
    count = int(present.sum())
    level = {name: values[present] for name, values in learners.levels[moment].items()}
    seconds = rng.integers(0, SPREAD_SECONDS, count).astype("timedelta64[s]")
    frame = pd.DataFrame({
        "format": FORMAT,
        "instrument_id": instrument.id,
        "instrument_version": instrument.version,
        "timestamp": pd.to_datetime(STARTS[moment] + seconds),
        "label": moment,
        "code": learners.codes[present],
        "group": learners.groups[present],
    })
    answers = item_answers(rng, instrument, level, count)
    return pd.concat([frame, pd.DataFrame(answers)], axis=1)


def item_answers(rng: np.random.Generator, instrument: Instrument, level: dict, count: int
                 ) -> dict:
    """Integer answers 1-5 for every item (reverse-keyed ones flipped), a few left empty."""
    low, high = instrument.scale_min, instrument.scale_max
    answers = {}
    for item in instrument.items:
        raw = level[item.component] + rng.normal(0, ITEM_SD, count)
        value = np.clip(np.rint(raw), low, high)
        answers[item.id] = low + high - value if item.reverse else value
    for item in instrument.single_items:
        shift = SINGLE_ITEM_SHIFT[item.id]
        raw = level["perceptions"] + shift + rng.normal(0, ITEM_SD, count)
        answers[item.id] = np.clip(np.rint(raw), low, high)
    for item_id, value in answers.items():
        skipped = rng.random(count) < MISSING_SHARE
        answers[item_id] = pd.array(np.where(skipped, np.nan, value), dtype="Int64")
    return answers


def pairing_codes(rng: np.random.Generator, count: int) -> np.ndarray:
    """Distinct six-character codes standing in for codes learners chose themselves."""
    size = len(CODE_ALPHABET)
    numbers = rng.choice(size**CODE_LENGTH, size=count, replace=False)
    digits = (numbers[:, None] // size ** np.arange(CODE_LENGTH)) % size
    return np.array(["".join(row) for row in CODE_ALPHABET[digits]])


def response_ids(rng: np.random.Generator, count: int) -> list[str]:
    """Random version-4 UUIDs as 32 lowercase hex characters, like ``uuid4().hex``."""
    raw = rng.integers(0, 256, size=(count, 16), dtype=np.uint8)
    raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40
    raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80
    text = raw.tobytes().hex()
    return [text[start:start + 32] for start in range(0, len(text), 32)]

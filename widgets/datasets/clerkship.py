"""SYNTHETIC clerkship cohort: students moving through a year of clinical rotations.

One row per student per rotation. What is calibrated, and on what:

- The services and their lengths in weeks come from real third-year schedules quoted in the
  suite's domain notes: Indiana University (internal medicine, surgery and pediatrics 8 weeks,
  OB/GYN 6, family medicine, neurology and psychiatry 4, anesthesia 2) and SUNY Downstate
  (medicine and surgery 8, pediatrics, psychiatry and women's health 6, neurology 4). Each
  student's length for a service is drawn from the lengths these two schools use.
  Emergency medicine's 2 or 4 weeks is NOT from a source: it is invented.
- Rotations follow one another from week 1 in a random order of services.

What is INVENTED (a teaching structure, not a finding): how often an away rotation happens,
how often each inclusion practice is reported, and the whole score model. In it a resident who
seeks the student out, norms made explicit on day one and an orientation raise the component
scores; short rotations and away rotations lower them; competencies grow a little over the
year. The direction of these effects echoes Purdy's account of belonging in clerkship (ICE
Blog); their sizes are made up so that the patterns are visible in a class exercise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from widgets.content import load
from widgets.content.models.instrument import Instrument

PRACTICES = ("resident_sought_out", "norms_explicit_day_one", "orientation_given")

# Lengths (weeks) used by Indiana University and SUNY Downstate; emergency medicine invented.
SERVICE_LENGTHS: dict[str, tuple[int, ...]] = {
    "internal medicine": (8,),
    "surgery": (8,),
    "pediatrics": (8, 6),
    "OB/GYN": (6,),
    "family medicine": (4,),
    "psychiatry": (4, 6),
    "neurology": (4,),
    "anesthesia": (2,),
    "emergency medicine": (2, 4),
}
FULL_LENGTH_WEEKS = 8

# INVENTED probabilities: away rotation, and each practice at home and away.
AWAY_SHARE = 0.12
PRACTICE_SHARES = {  # (home, away)
    "resident_sought_out": (0.45, 0.35),
    "norms_explicit_day_one": (0.35, 0.30),
    "orientation_given": (0.70, 0.50),
}

# INVENTED score model (points on the 1-5 scale).
BASE = {"competencies": 3.5, "opportunities": 3.2, "motivations": 3.9, "perceptions": 3.1}
EFFECTS = {  # resident, norms, orientation, away, per week shorter than 8, per rotation
    "competencies": (0.15, 0.30, 0.10, -0.10, -0.03, 0.03),
    "opportunities": (0.35, 0.10, 0.25, -0.35, -0.06, 0.0),
    "motivations": (0.10, 0.05, 0.05, -0.05, -0.02, 0.0),
    "perceptions": (0.40, 0.25, 0.15, -0.30, -0.07, 0.0),
}
STUDENT_SD, COMPONENT_SD, NOISE_SD = 0.30, 0.20, 0.45

DEFAULT_ROWS = len(SERVICE_LENGTHS) * 160


def build(rng: np.random.Generator, rows: int = DEFAULT_ROWS) -> pd.DataFrame:
    """``rows`` rotations (whole students' years, the last one cut short when needed)."""
    per_student = len(SERVICE_LENGTHS)
    students = -(-rows // per_student)
    frame = schedule(rng, students)
    frame = frame.assign(**practices(rng, frame["setting"] == "away"))
    frame = frame.assign(**scores(rng, frame, students))
    return frame.iloc[:rows].reset_index(drop=True)


def schedule(rng: np.random.Generator, students: int) -> pd.DataFrame:
    """Each student's services in a random order, back to back from week 1."""
    names = list(SERVICE_LENGTHS)
    per_student = len(names)
    order = rng.permuted(np.tile(np.arange(per_student), (students, 1)), axis=1)
    service = np.array(names, dtype=object)[order]
    drawn = np.column_stack([rng.choice(SERVICE_LENGTHS[name], size=students) for name in names])
    length = np.take_along_axis(drawn, order, axis=1)
    start = 1 + np.cumsum(length, axis=1) - length
    away = rng.random(order.shape) < AWAY_SHARE
    width = max(4, len(str(students)))
    ids = [f"S{number:0{width}d}" for number in range(1, students + 1)]
    return pd.DataFrame({
        "student_id": np.repeat(ids, per_student),
        "rotation_number": np.tile(np.arange(1, per_student + 1), students),
        "service": service.ravel(),
        "start_week": start.ravel(),
        "length_weeks": length.ravel(),
        "setting": np.where(away.ravel(), "away", "home"),
    })


def practices(rng: np.random.Generator, away: pd.Series) -> dict[str, np.ndarray]:
    """Whether each inclusion practice was reported for a rotation (INVENTED shares)."""
    reported = {}
    for name in PRACTICES:
        home_share, away_share = PRACTICE_SHARES[name]
        share = np.where(away, away_share, home_share)
        reported[name] = rng.random(len(away)) < share
    return reported


def scores(rng: np.random.Generator, frame: pd.DataFrame, students: int) -> dict[str, np.ndarray]:
    """Component scores on 1-5 with two decimals, from the INVENTED model above."""
    per_student = len(frame) // students
    shared = np.repeat(rng.normal(0, STUDENT_SD, students), per_student)
    predictors = np.column_stack([
        frame["resident_sought_out"], frame["norms_explicit_day_one"], frame["orientation_given"],
        frame["setting"] == "away", FULL_LENGTH_WEEKS - frame["length_weeks"],
        frame["rotation_number"] - 1,
    ]).astype(float)
    result = {}
    for component in load(Instrument).components:
        own = np.repeat(rng.normal(0, COMPONENT_SD, students), per_student)
        noise = rng.normal(0, NOISE_SD, len(frame))
        value = BASE[component] + predictors @ np.array(EFFECTS[component]) + shared + own + noise
        result[component] = np.round(np.clip(value, 1.0, 5.0), 2)
    return result

"""SYNTHETIC research-workforce survey: respondents' roles, identities and belonging.

One row per respondent. What is calibrated, and on what:

- Women's share by role and stage: 53% of students (women earned 53% of postgraduate
  biomedical degrees; Valantine et al., 2016); 52% of postdocs (women earn over half of biology
  PhDs; NIH, diversity.nih.gov, 2017); 38% of early-career faculty (tenure-track), 22% of
  mid-career (tenured) (NIH 2017) and 18% of senior faculty (full professors; Valantine 2016).
- Under-represented groups: 10% of students and postdocs (about 10% of biomedical PhDs), 4% of
  faculty (research faculty; NIH 2017), 24% of staff scientists and clinical research
  professionals (share of STEM workers; NSF/NCSES Diversity and STEM 2023, 2021 data).
- Disability: 9% of students, postdocs and faculty (academic scientists with disabilities in
  2019; NIH), 3% of staff scientists and clinical research professionals (STEM workers; NSF
  2023).
- The three single items are cut so that exactly 81% (program), 78% (organisation) and 61%
  (community) answer 4 or 5, the shares of Mayo Clinic learners reporting "somewhat or very
  strong" belonging (Leep Hunderfund et al., Acad Med 2025). Those were learners, not research
  staff: the figures are borrowed to give a realistic shape.
- Belonging falls as the number of marginalised identities rises (Leep Hunderfund et al.,
  2025); here the identities counted are gender (woman or non-binary), under-represented group
  and disability.

What is INVENTED: the role and career-stage mix, women's share among staff scientists and
clinical research professionals, the non-binary and "prefer not to say" shares, how the 4s
and 5s (and the 1-3s) split, the size of the drop per identity, and the component-score model.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from widgets.content import load
from widgets.content.models.instrument import Instrument

PREFER_NOT = "prefer not to say"

ROLE_SHARES = {  # INVENTED
    "student": 0.22, "postdoc": 0.14, "staff scientist": 0.20,
    "clinical research professional": 0.22, "faculty": 0.22,
}
STAGES = ("early", "mid", "senior")
STAGE_SHARES = {  # INVENTED: (early, mid, senior) for each role
    "student": (1.0, 0.0, 0.0), "postdoc": (0.85, 0.15, 0.0),
    "staff scientist": (0.40, 0.40, 0.20), "clinical research professional": (0.45, 0.40, 0.15),
    "faculty": (0.35, 0.35, 0.30),
}
GENDERS = ("woman", "man", "non-binary", PREFER_NOT)
NON_BINARY_SHARE, GENDER_UNSAID_SHARE = 0.02, 0.02  # INVENTED
WOMEN_SHARES = {  # sources in the module docstring; staff and CRP INVENTED
    ("student", "early"): 0.53, ("postdoc", "early"): 0.52, ("postdoc", "mid"): 0.52,
    ("faculty", "early"): 0.38, ("faculty", "mid"): 0.22, ("faculty", "senior"): 0.18,
    "staff scientist": 0.55, "clinical research professional": 0.70,
}
ANSWERS = ("yes", "no", PREFER_NOT)
URM_SHARES = {"student": 0.10, "postdoc": 0.10, "faculty": 0.04,
              "staff scientist": 0.24, "clinical research professional": 0.24}
DISABILITY_SHARES = {"student": 0.09, "postdoc": 0.09, "faculty": 0.09,
                     "staff scientist": 0.03, "clinical research professional": 0.03}
UNSAID_SHARE = 0.03  # INVENTED "prefer not to say" share for each identity question

# Cumulative shares of answers 1, 2, 3, 4 (5 is the rest). Only P(4 or 5) is sourced:
# 81%, 78% and 61%; the split within 1-3 and between 4 and 5 is INVENTED.
SINGLE_ITEM_CUTS = {
    "belong_program": (0.03, 0.08, 0.19, 0.60),
    "belong_organisation": (0.03, 0.09, 0.22, 0.65),
    "belong_community": (0.06, 0.17, 0.39, 0.75),
}
DROP_PER_IDENTITY = 0.35  # INVENTED size, in standard deviations of latent belonging
ITEM_NOISE_SD = 0.6
BASE = {"competencies": 3.6, "opportunities": 3.3, "motivations": 3.9, "perceptions": 3.4}
LOADING = {"competencies": 0.15, "opportunities": 0.30, "motivations": 0.10, "perceptions": 0.40}
COMPONENT_NOISE_SD = 0.45

DEFAULT_ROWS = 1200


def build(rng: np.random.Generator, rows: int = DEFAULT_ROWS) -> pd.DataFrame:
    """``rows`` respondents."""
    frame = people(rng, rows)
    identities = (
        frame["gender"].isin(["woman", "non-binary"]).astype(int)
        + (frame["under_represented"] == "yes") + (frame["disability"] == "yes")
    ).to_numpy()
    latent = rng.normal(0, 1, rows) - DROP_PER_IDENTITY * identities
    frame = frame.assign(**component_scores(rng, latent))
    return frame.assign(**single_items(rng, latent))


def people(rng: np.random.Generator, rows: int) -> pd.DataFrame:
    """Ids, roles, stages and the three identity questions."""
    roles = rng.choice(list(ROLE_SHARES), size=rows, p=list(ROLE_SHARES.values()))
    stage_shares = np.array([STAGE_SHARES[role] for role in roles])
    stages = pick(rng, STAGES, *stage_shares.T)
    women = np.array([women_share(role, stage) for role, stage in zip(roles, stages, strict=True)])
    width = max(5, len(str(rows)))
    return pd.DataFrame({
        "respondent_id": [f"R{number:0{width}d}" for number in range(1, rows + 1)],
        "role": roles,
        "career_stage": stages,
        "gender": pick(rng, GENDERS, women, 1 - women - NON_BINARY_SHARE - GENDER_UNSAID_SHARE,
                       NON_BINARY_SHARE, GENDER_UNSAID_SHARE),
        "under_represented": answers(rng, roles, URM_SHARES),
        "disability": answers(rng, roles, DISABILITY_SHARES),
    })


def women_share(role: str, stage: str) -> float:
    return WOMEN_SHARES.get((role, stage), WOMEN_SHARES.get(role, 0.5))


def answers(rng: np.random.Generator, roles: np.ndarray, yes_shares: dict[str, float]
            ) -> np.ndarray:
    """"yes" / "no" / "prefer not to say" with the role's "yes" share."""
    yes = np.array([yes_shares[role] for role in roles]) * (1 - UNSAID_SHARE)
    return pick(rng, ANSWERS, yes, 1 - yes - UNSAID_SHARE, UNSAID_SHARE)


def pick(rng: np.random.Generator, values: tuple[str, ...], *shares: np.ndarray | float
         ) -> np.ndarray:
    """One of ``values`` per row, with each row's own shares (arrays or constants)."""
    rows = len(next(share for share in shares if np.ndim(share)))
    cumulative = np.cumsum(np.column_stack([np.broadcast_to(s, rows) for s in shares]), axis=1)
    index = (rng.random(rows)[:, None] >= cumulative[:, :-1]).sum(axis=1)
    return np.array(values, dtype=object)[index]


def component_scores(rng: np.random.Generator, latent: np.ndarray) -> dict[str, np.ndarray]:
    """Component scores on 1-5 with two decimals (INVENTED model)."""
    result = {}
    for component in load(Instrument).components:
        noise = rng.normal(0, COMPONENT_NOISE_SD, len(latent))
        value = BASE[component] + LOADING[component] * latent * 2 + noise
        result[component] = np.round(np.clip(value, 1.0, 5.0), 2)
    return result


def single_items(rng: np.random.Generator, latent: np.ndarray) -> dict[str, np.ndarray]:
    """Answers 1-5 cut at the calibrated shares, so the lower the latent belonging the lower."""
    result = {}
    for item, cuts in SINGLE_ITEM_CUTS.items():
        strength = latent + rng.normal(0, ITEM_NOISE_SD, len(latent))
        position = (strength.argsort().argsort() + 0.5) / len(latent)
        result[item] = 1 + np.searchsorted(np.array(cuts), position, side="right")
    return result

"""The "my circles" teaching model of module 01: what a transition does to one's circles.

This is an illustrative model, not data. Its assumptions, stated in the module too:
- a week holds a fixed number of hours for one's circles (the hours given before the change);
- a transition such as starting clerkship brings a new team that claims some of those hours,
  and erratic schedules make a share of the rest unusable; the other circles lose time in
  proportion to what they had;
- connection to a circle follows the time it gets, with a lag: it moves by the square root of
  the change in time, and stays on the 1-5 scale;
- the new team starts with a low connection that the transition sets.
"""

from __future__ import annotations

from dataclasses import dataclass

CONNECTION_MIN, CONNECTION_MAX = 1.0, 5.0


@dataclass(frozen=True)
class Circle:
    """One circle a person belongs to, as they describe it."""

    name: str
    connection: float  # 1 (hardly connected) to 5 (deeply connected)
    hours: float  # hours a week spent with the circle


@dataclass(frozen=True)
class Transition:
    """A change of life that reshapes one's circles, described by its teaching parameters."""

    id: str
    new_circle: str  # the circle the transition brings, e.g. "New clinical team"
    new_circle_hours: float
    new_circle_connection: float
    disruption: float  # share (0-1) of the remaining time that erratic schedules take away


def unique_names(names: list[str], placeholder: str) -> list[str]:
    """Blank names get a numbered placeholder; repeated names get a number so none merge."""
    seen: dict[str, int] = {}
    result = []
    for index, raw in enumerate(names, start=1):
        name = raw.strip() or f"{placeholder} {index}"
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def apply_transition(circles: list[Circle], transition: Transition) -> list[Circle]:
    """The circles after a transition, including the new circle it brings."""
    budget = sum(circle.hours for circle in circles)
    if budget <= 0:
        remaining_share = 0.0
    else:
        left = max(budget - transition.new_circle_hours, 0.0) * (1 - transition.disruption)
        remaining_share = left / budget
    after = [
        Circle(c.name, connection_after(c.connection, remaining_share), c.hours * remaining_share)
        for c in circles
    ]
    after.append(
        Circle(
            transition.new_circle,
            transition.new_circle_connection,
            transition.new_circle_hours,
        )
    )
    return after


def connection_after(connection: float, time_share: float) -> float:
    """Connection moves by the square root of the change in time (the model's lag)."""
    scaled = CONNECTION_MIN + (connection - CONNECTION_MIN) * max(time_share, 0.0) ** 0.5
    return round(min(max(scaled, CONNECTION_MIN), CONNECTION_MAX), 2)


def circles_table(moments: dict[str, list[Circle]]) -> list[dict]:
    """A tidy table as rows: one per circle and moment (e.g. "Now", "After"), with hours and
    connection; ``moments`` maps each moment's label to the circles at that moment. Plain
    rows, not pandas: module 01's kernel needs no pandas (about 45 MB and 0.3 s a kernel)."""
    rows = []
    for moment, circles in moments.items():
        for order, circle in enumerate(circles):
            rows.append(
                {
                    "circle": circle.name,
                    "moment": moment,
                    "order": order,
                    "hours": round(circle.hours, 1),
                    "connection": round(circle.connection, 2),
                }
            )
    return rows

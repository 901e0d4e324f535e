"""Module 00's crisis and support resources (``crisis_resources.yaml``, or an institution's own
list in the same form, loaded with ``load_path(path, CrisisResources)``)."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import content_file


@dataclass(frozen=True)
class Resource:
    """One service: how to reach it, whom it serves and, when it has one, its web address."""

    name: str
    contact: str
    description: str
    url: str | None = None


@dataclass(frozen=True)
class Region:
    """The services of one country or region, listed under its name."""

    name: str
    resources: tuple[Resource, ...]


@content_file("crisis_resources")
class CrisisResources:
    """The panel of module 00: a heading, what to do in immediate danger, the services by
    region, and optionally an introduction and a note about the institution's own services."""

    heading: str
    emergency: str
    regions: tuple[Region, ...]
    intro: str | None = None
    institution_note: str | None = None

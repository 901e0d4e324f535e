"""Module 00: the crisis and support resources and the module map, as escaped HTML.

An institution gives its own resources as a YAML file with the same schema as the bundled
``crisis_resources.yaml``; the notebook parameter ``resources_file`` points at it.
"""

from __future__ import annotations

import html
from pathlib import Path

import ipywidgets as w

from widgets.content import load, load_path
from widgets.content.models.crisis_resources import CrisisResources, Resource
from widgets.content.models.module_map import ModuleMap


def load_crisis_resources(resources_file: str | Path = "") -> CrisisResources:
    """The institution's resources file when one is given, else the bundled default."""
    return load_path(resources_file, CrisisResources) if resources_file else load(CrisisResources)


def resource_html(resource: Resource) -> str:
    """One service: its name (a link when it has one), how to reach it and whom it serves."""
    name = html.escape(resource.name)
    if resource.url is not None:
        name = f'<a href="{html.escape(resource.url, quote=True)}">{name}</a>'
    return (f"<li><strong>{name}</strong>: {html.escape(resource.contact)}. "
            f"{html.escape(resource.description)}</li>")


def crisis_resources_html(content: CrisisResources) -> str:
    """The resources as a labelled section, one list per region."""
    parts = [f'<section class="bl-resources" aria-labelledby="bl-resources-heading">'
             f'<h3 id="bl-resources-heading">{html.escape(content.heading)}</h3>']
    if content.intro is not None:
        parts.append(f"<p>{html.escape(content.intro)}</p>")
    parts.append(f"<p><strong>{html.escape(content.emergency)}</strong></p>")
    for region in content.regions:
        items = "".join(resource_html(r) for r in region.resources)
        parts.append(f"<h4>{html.escape(region.name)}</h4><ul>{items}</ul>")
    if content.institution_note is not None:
        parts.append(f"<p>{html.escape(content.institution_note)}</p>")
    parts.append("</section>")
    return "".join(parts)


def crisis_resources(resources_file: str | Path = "") -> w.HTML:
    """The resources panel of module 00."""
    return w.HTML(crisis_resources_html(load_crisis_resources(resources_file)))


def module_map_html(content: ModuleMap) -> str:
    """The module map as a table with a caption, column headers and a row header per module.
    Each cell also carries its column's name (``data-label``), which a phone shows before the
    value when the rows are laid out one under another (``narrow.css``)."""
    columns = content.columns
    head = "".join(f'<th scope="col">{html.escape(columns[key])}</th>'
                   for key in ("module", "focus", "audience", "minutes"))

    def cell(key: str, value: str) -> str:
        return f'<td data-label="{html.escape(columns[key], quote=True)}">{html.escape(value)}</td>'

    rows = []
    for module in content.modules:
        title = html.escape(module.numbered_title)
        link = f'<a href="{html.escape(module.notebook, quote=True)}">{title}</a>'
        minutes = content.minutes_format.format(minutes=module.minutes)
        rows.append(f'<tr><th scope="row">{link}</th>{cell("focus", module.focus)}'
                    f'{cell("audience", module.audience)}{cell("minutes", minutes)}</tr>')
    hours = round(sum(m.minutes for m in content.modules) / 60, 1)
    total = html.escape(content.total_format.format(hours=hours))
    return (f'<table class="bl-table bl-module-map"><caption>{html.escape(content.caption)}'
            f"</caption><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
            f'<tfoot><tr><td colspan="4">{total}</td></tr></tfoot></table>')


def module_map() -> w.HTML:
    """The module map of module 00."""
    return w.HTML(module_map_html(load(ModuleMap)))

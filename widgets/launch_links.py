"""Launch links for a class: every module on Binder and, with a JupyterHub, through nbgitpuller.

Binder links follow BinderHub's ``/v2/<provider>/<spec>/<ref>?urlpath=...`` form: ``gh`` with
``OWNER/REPOSITORY`` for GitHub, ``gl`` with the URL-escaped namespace for gitlab.com, and the
generic ``git`` provider with the URL-escaped clone address for any other host. A branch may
contain ``/`` (BinderHub splits the spec before the ref); other reserved characters are escaped.

nbgitpuller links are ``<hub>/hub/user-redirect/git-pull?repo=...&branch=...&urlpath=...``.
nbgitpuller clones into a folder named after the last part of ``repo`` (``.git`` included),
and ``urlpath`` is relative to the learner's home folder, so it starts with that folder.

``urlpath`` opens a notebook in JupyterLab (``lab/tree/...``) or as an app in Voila
(``voila/render/...``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from widgets.content.messages import message
from widgets.errors import BelongingLabError

BINDER_URL = "https://mybinder.org"
NOTEBOOKS_FOLDER = "notebooks"
INTERFACES = {"lab": "lab/tree/", "voila": "voila/render/"}
COLUMNS = ("binder_lab", "binder_voila", "hub_lab", "hub_voila")


@dataclass(frozen=True)
class ModuleLinks:
    """The launch links of one module notebook; the hub links are None without a hub."""

    notebook: str
    title: str
    binder_lab: str
    binder_voila: str
    hub_lab: str | None = None
    hub_voila: str | None = None

    def links(self) -> dict[str, str]:
        """The links there are, keyed by column, in column order."""
        found = {column: getattr(self, column) for column in COLUMNS}
        return {column: url for column, url in found.items() if url is not None}


def checked_url(address: str, key: str, field: str) -> str:
    """``address`` without a trailing slash, or a BelongingLabError if it is no web address."""
    parts = urlsplit(address.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise BelongingLabError(key, **{field: address})
    return address.strip().rstrip("/")


def checked_branch(branch: str) -> str:
    if not branch or any(character.isspace() for character in branch):
        raise BelongingLabError("launch.bad_branch", branch=branch)
    return branch


def binder_spec(repo: str) -> str:
    """BinderHub's provider and repository part of a launch path, e.g. ``gh/OWNER/REPO``."""
    parts = urlsplit(repo)
    path = parts.path.strip("/")
    if parts.netloc.lower() in ("github.com", "www.github.com"):
        segments = path.removesuffix(".git").split("/")
        if len(segments) != 2 or not all(segments):
            raise BelongingLabError("launch.bad_github_repo", repo=repo)
        return "gh/" + "/".join(quote(segment, safe="") for segment in segments)
    if parts.netloc.lower() == "gitlab.com" and path:
        return "gl/" + quote(path.removesuffix(".git"), safe="")
    return "git/" + quote(repo, safe="")


def urlpath(interface: str, folder: str, notebook: str) -> str:
    """The path after the server's base: ``lab/tree/<folder>/<notebook>`` or Voila's."""
    return INTERFACES[interface] + quote(f"{folder}/{notebook}")


def query(params: dict[str, str]) -> str:
    """A query string in which every reserved character but ``/`` is escaped."""
    return urlencode(params, quote_via=quote, safe="/")


def binder_url(repo: str, branch: str, path: str, binder: str = BINDER_URL) -> str:
    """A Binder link that builds ``repo`` at ``branch`` and opens ``path``."""
    ref = quote(branch, safe="/")
    return f"{binder}/v2/{binder_spec(repo)}/{ref}?{query({'urlpath': path})}"


def clone_folder(repo: str) -> str:
    """The folder nbgitpuller clones ``repo`` into: the last part of its address."""
    return repo.rstrip("/").rsplit("/", 1)[-1]


def nbgitpuller_url(hub: str, repo: str, branch: str, path: str) -> str:
    """A JupyterHub link that pulls ``repo`` at ``branch`` into the learner's home and opens
    ``path`` (which starts with the clone's folder)."""
    params = {"repo": repo, "branch": branch, "urlpath": path}
    return f"{hub}/hub/user-redirect/git-pull?{query(params)}"


def module_links(repo: str, branch: str, notebooks: Iterable[Path], titles: dict[str, str],
                 hub: str | None = None) -> list[ModuleLinks]:
    """The launch links of every notebook, titled from ``titles`` (by file name) or its stem."""
    repo = checked_url(repo, "launch.bad_repo", "repo")
    branch = checked_branch(branch)
    hub = checked_url(hub, "launch.bad_hub", "hub") if hub is not None else None
    folder = f"{clone_folder(repo)}/{NOTEBOOKS_FOLDER}"
    result = []
    for notebook in notebooks:
        name = Path(notebook).name
        hub_links = {}
        if hub is not None:
            hub_links = {f"hub_{interface}": nbgitpuller_url(hub, repo, branch,
                                                             urlpath(interface, folder, name))
                         for interface in INTERFACES}
        result.append(ModuleLinks(
            notebook=name,
            title=titles.get(name, Path(name).stem),
            binder_lab=binder_url(repo, branch, urlpath("lab", NOTEBOOKS_FOLDER, name)),
            binder_voila=binder_url(repo, branch, urlpath("voila", NOTEBOOKS_FOLDER, name)),
            **hub_links,
        ))
    return result


def as_text(modules: list[ModuleLinks]) -> str:
    """One block per module: its title and notebook, then one labelled link per line."""
    blocks = []
    for module in modules:
        lines = [f"{module.title} ({module.notebook})"]
        lines += [f"  {message(f'launch.{column}')}: {url}"
                  for column, url in module.links().items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def markdown_cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def as_markdown(modules: list[ModuleLinks]) -> str:
    """A Markdown table: one row per module, one column per kind of link."""
    columns = list(modules[0].links()) if modules else list(COLUMNS[:2])
    header = [message("launch.column_module"), *(message(f"launch.{c}") for c in columns)]
    rows = [
        "| " + " | ".join(markdown_cell(cell) for cell in header) + " |",
        "|" + " --- |" * len(header),
    ]
    link_text = markdown_cell(message("launch.link_text"))
    for module in modules:
        cells = [markdown_cell(module.title),
                 *(f"[{link_text}]({module.links()[column]})" for column in columns)]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"

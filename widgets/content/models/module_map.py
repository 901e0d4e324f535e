"""The map of the suite's modules in the learner's order (``module_map.yaml``): the landing
page's table, the navigation lines, the learner's path and the command line follow it."""

from __future__ import annotations

from dataclasses import dataclass

from widgets.content.models import Texts, content_file


@dataclass(frozen=True)
class Module:
    """One module: its number (never changed once published), notebook and time."""

    number: str
    title: str
    notebook: str
    focus: str
    audience: str
    minutes: int

    @property
    def numbered_title(self) -> str:
        """The title as the suite lists it, e.g. ``02 The integrative framework``."""
        return f"{self.number} {self.title}"


@content_file("module_map")
class ModuleMap:
    """The landing page's table (caption, column headings, time formats) and the modules in the
    learner's order."""

    caption: str
    columns: Texts
    minutes_format: str
    total_format: str
    modules: tuple[Module, ...]

    def notebooks(self) -> list[str]:
        """The modules' notebook file names, in the learner's order."""
        return [module.notebook for module in self.modules]

    def titles(self) -> dict[str, str]:
        """Each module's numbered title, keyed by its notebook file name."""
        return {module.notebook: module.numbered_title for module in self.modules}

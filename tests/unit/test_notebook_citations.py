"""Every citation in a module's text, "(Author et al., 2021)" or "(Author, 2017)", has an
entry in the module's References section with the same author and year, and every entry says
where the source can be found: a DOI or a web address."""

import re

import nbformat
import pytest

from widgets.paths import module_notebooks

NOTEBOOKS = module_notebooks()
AUTHOR = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*"
YEAR = r"\d{4}[a-z]?|n\.d\."
PARENTHETICAL = re.compile(rf"(?P<author>{AUTHOR})(?: et al\.)?, (?P<year>{YEAR})")
NARRATIVE = re.compile(rf"(?P<author>{AUTHOR})(?: et al\.)? \((?P<year>{YEAR})\)")
ADDRESS = re.compile(r"https?://\S+|\bdoi:\s*10\.\d{4,9}/\S+", re.I)


def split_references(nb) -> tuple[str, list[str]]:
    """The module's text without its References section, and that section's entries."""
    text = "\n\n".join(cell.source for cell in nb.cells if cell.cell_type == "markdown")
    match = re.search(r"^## References\s*$(.*?)(?=^#{1,2} |^---\s*$|\Z)", text, re.M | re.S)
    if match is None:
        return text, []
    entries = [line[2:] for line in match.group(1).splitlines() if line.startswith("- ")]
    return text[: match.start()] + text[match.end():], entries


def citations(text: str) -> set[tuple[str, str]]:
    """Authors and years cited in parentheses, or narratively as "Allen et al. (2021)"."""
    found = set()
    for group in re.findall(r"\(([^()]*)\)", text):
        found.update(m.group("author", "year") for m in PARENTHETICAL.finditer(group))
    found.update(m.group("author", "year") for m in NARRATIVE.finditer(text))
    return found


def test_parenthetical_and_narrative_citations_are_found():
    text = ("as shown (Allen et al., 2021; Mata et al., 2015), and by Purdy (2017) "
            "(Purdy, 2017, drawing on Wever-Rabehl, 2006) (DEI Resource Highlight, n.d.)")
    assert citations(text) == {("Allen", "2021"), ("Mata", "2015"), ("Purdy", "2017"),
                               ("Wever-Rabehl", "2006"), ("DEI Resource Highlight", "n.d.")}


def test_links_and_plain_parentheses_are_not_citations():
    assert citations("see [module 02](02_integrative_framework.ipynb) (about 20 minutes)") == set()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_every_citation_has_a_reference_entry(path):
    text, entries = split_references(nbformat.read(path, as_version=4))
    missing = [
        f"{author}, {year}"
        for author, year in sorted(citations(text))
        if not any(author in entry and year in entry for entry in entries)
    ]
    assert not missing, f"{path.name} cites without a reference entry: {missing}"


def locatable(entry: str) -> bool:
    """Whether a reference entry gives a DOI or a web address a reader can follow."""
    return ADDRESS.search(entry) is not None


def test_an_entry_with_a_doi_or_an_address_is_locatable():
    assert locatable("Walton, G. M. (2011). Title. *Science, 331*(6023), 1447-1451. "
                     "https://doi.org/10.1126/science.1198364")
    assert locatable("Cronbach, L. J. (1951). Title. *Psychometrika, 16*(3), 297-334. "
                     "doi:10.1007/BF02310555")


def test_an_entry_without_a_doi_or_an_address_is_not_locatable():
    assert not locatable("Wever-Rabehl, G. (2006). The anthropology of belonging. *Suite 101*.")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[path.name for path in NOTEBOOKS])
def test_every_reference_entry_gives_a_doi_or_an_address(path):
    _, entries = split_references(nbformat.read(path, as_version=4))
    unlocatable = [entry[:80] for entry in entries if not locatable(entry)]
    assert not unlocatable, f"{path.name} has references without a DOI or an address: {unlocatable}"

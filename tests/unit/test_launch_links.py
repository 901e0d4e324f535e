"""`belonging-lab links`: Binder and nbgitpuller launch links for every module."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from widgets.cli import main
from widgets.errors import BelongingLabError
from widgets.launch_links import as_markdown, as_text, module_links
from widgets.paths import REPO_ROOT, module_notebooks

REPO = "https://github.com/teaching-org/belonging-lab"
HUB = "https://hub.example.edu/jupyter/"
NOTEBOOKS = [Path("notebooks/01_what_is_belonging.ipynb"), Path("notebooks/02_framework.ipynb")]
TITLES = {"01_what_is_belonging.ipynb": "01 What is belonging?"}


def links(repo=REPO, branch="main", hub=HUB):
    return module_links(repo, branch, NOTEBOOKS, TITLES, hub=hub)


def query_of(url: str) -> dict[str, str]:
    """The query parameters of ``url``, each given once."""
    parsed = parse_qs(urlsplit(url).query, strict_parsing=True)
    assert all(len(values) == 1 for values in parsed.values())
    return {name: values[0] for name, values in parsed.items()}


def test_a_binder_link_names_provider_owner_repository_and_branch():
    parts = urlsplit(links()[0].binder_lab)
    assert (parts.scheme, parts.netloc) == ("https", "mybinder.org")
    assert parts.path == "/v2/gh/teaching-org/belonging-lab/main"


def test_binder_opens_the_notebook_in_jupyterlab_or_in_voila():
    module = links()[0]
    assert query_of(module.binder_lab) == {
        "urlpath": "lab/tree/notebooks/01_what_is_belonging.ipynb"}
    assert query_of(module.binder_voila) == {
        "urlpath": "voila/render/notebooks/01_what_is_belonging.ipynb"}


def test_a_branch_with_a_slash_stays_one_ref_at_the_end_of_the_binder_path():
    parts = urlsplit(links(branch="spring-2027/cohort-a")[0].binder_lab)
    assert parts.path == "/v2/gh/teaching-org/belonging-lab/spring-2027/cohort-a"


def test_reserved_characters_in_a_branch_are_escaped_and_read_back():
    module = links(branch="fix#2?a=b&c")[0]
    parts = urlsplit(module.binder_lab)
    assert not parts.fragment
    assert unquote(parts.path).endswith("/fix#2?a=b&c")
    assert query_of(module.hub_lab)["branch"] == "fix#2?a=b&c"


def test_a_git_suffix_is_dropped_from_the_github_spec():
    parts = urlsplit(links(repo=REPO + ".git")[0].binder_lab)
    assert parts.path == "/v2/gh/teaching-org/belonging-lab/main"


def test_a_gitlab_namespace_is_escaped_into_one_segment():
    module = links(repo="https://gitlab.com/med-school/teaching/belonging-lab")[0]
    assert urlsplit(module.binder_lab).path == (
        "/v2/gl/med-school%2Fteaching%2Fbelonging-lab/main")


def test_another_host_uses_the_generic_git_provider_with_the_escaped_address():
    repo = "https://git.example.edu/groups/med ed/belonging-lab.git"
    path = urlsplit(links(repo=repo)[0].binder_lab).path
    provider, escaped, ref = path.removeprefix("/v2/").split("/")
    assert (provider, unquote(escaped), ref) == ("git", repo, "main")


def test_the_hub_link_goes_through_user_redirect_to_git_pull_under_the_hubs_base():
    parts = urlsplit(links()[0].hub_lab)
    assert (parts.netloc, parts.path) == ("hub.example.edu", "/jupyter/hub/user-redirect/git-pull")


def test_the_hub_link_carries_repository_branch_and_a_path_inside_the_clone():
    module = links(branch="term/2027")[0]
    assert query_of(module.hub_lab) == {
        "repo": REPO,
        "branch": "term/2027",
        "urlpath": "lab/tree/belonging-lab/notebooks/01_what_is_belonging.ipynb",
    }
    assert query_of(module.hub_voila)["urlpath"] == (
        "voila/render/belonging-lab/notebooks/01_what_is_belonging.ipynb")


def test_a_repository_with_special_characters_survives_the_query_string():
    repo = "https://git.example.edu/a&b/belonging lab+x?.git"
    with pytest.raises(BelongingLabError):
        links(repo=repo)  # a "?" starts a query: not a clone address
    repo = "https://git.example.edu/a&b/belonging lab+x.git"
    module = links(repo=repo)[0]
    query = query_of(module.hub_voila)
    assert query["repo"] == repo
    # urlpath is itself a path, so the clone's folder is escaped once more inside it
    assert unquote(query["urlpath"]) == (
        "voila/render/belonging lab+x.git/notebooks/01_what_is_belonging.ipynb")


def test_without_a_hub_there_are_no_hub_links():
    module = links(hub=None)[0]
    assert (module.hub_lab, module.hub_voila) == (None, None)
    assert list(module.links()) == ["binder_lab", "binder_voila"]


def test_a_module_without_a_title_is_named_by_its_notebook():
    assert [module.title for module in links()] == ["01 What is belonging?", "02_framework"]


@pytest.mark.parametrize("repo", ["github.com/a/b", "ftp://example.edu/a", "https://github.com/a",
                                  "https://github.com/a/b/tree/main"])
def test_an_address_that_is_not_a_repository_is_refused(repo):
    with pytest.raises(BelongingLabError) as caught:
        links(repo=repo)
    assert caught.value.key in ("launch.bad_repo", "launch.bad_github_repo")


def test_a_hub_that_is_not_a_web_address_is_refused():
    with pytest.raises(BelongingLabError) as caught:
        links(hub="hub.example.edu")
    assert caught.value.key == "launch.bad_hub"


@pytest.mark.parametrize("branch", ["", "my branch"])
def test_an_empty_branch_or_one_with_spaces_is_refused(branch):
    with pytest.raises(BelongingLabError) as caught:
        links(branch=branch)
    assert caught.value.key == "launch.bad_branch"


def test_the_text_lists_each_module_with_one_labelled_link_per_line():
    text = as_text(links())
    first_block = text.split("\n\n")[0].splitlines()
    assert first_block[0] == "01 What is belonging? (01_what_is_belonging.ipynb)"
    assert len(first_block) == 5
    assert all(": https://" in line for line in first_block[1:])


def test_the_markdown_table_has_a_row_per_module_and_a_column_per_link():
    lines = as_markdown(links()).splitlines()
    assert len(lines) == 2 + len(NOTEBOOKS)
    assert all(line.count(" | ") == 4 for line in lines[2:])
    assert "](" + links()[0].hub_voila + ")" in lines[2]


def test_a_pipe_in_a_title_does_not_break_the_markdown_table():
    modules = module_links(REPO, "main", NOTEBOOKS[:1], {NOTEBOOKS[0].name: "A | B"})
    row = as_markdown(modules).splitlines()[2]
    assert row.startswith("| A \\| B |")


def test_the_command_prints_links_for_every_module_notebook(capsys):
    assert main(["links", "--repo", REPO, "--hub", HUB, "--format", "markdown"]) == 0
    rows = capsys.readouterr().out.splitlines()[2:]
    assert len(rows) == len(module_notebooks())
    assert all(row.count("](https://") == 4 for row in rows)


def test_the_command_reports_a_bad_address_and_exits_2(capsys):
    assert main(["links", "--repo", "not-a-url"]) == 2
    assert "not-a-url" in capsys.readouterr().err


def test_the_readme_badges_are_the_links_the_command_makes():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    start_here = module_links("https://github.com/OWNER/belonging-lab", "main",
                              [Path("00_start_here.ipynb")], {})[0]
    assert f"]({start_here.binder_lab})" in readme
    assert f"]({start_here.binder_voila})" in readme

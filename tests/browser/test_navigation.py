"""A module's navigation line leads home: its "Home: all modules" link opens the landing page
and its list of modules, not an empty render folder."""

from widgets.paths import module_notebooks

START = "00_start_here.ipynb"  # the lightest module: every module ends with the same line


def test_the_home_link_of_a_module_opens_the_landing_page_with_its_modules(app):
    page = app(START)
    cells = page.locator("#rendered_cells")
    cells.get_by_role("link", name="Home: all modules", exact=True).click()
    modules = page.get_by_role("list", name="Modules")
    modules.wait_for(state="visible")
    assert modules.get_by_role("listitem").count() == len(module_notebooks())

"""What every page gives the learner's path panel: public data only, from the content files."""

from widgets.content import load
from widgets.content.models.module_map import ModuleMap
from widgets.content.models.path import PathTexts
from widgets.logic.completions import FORMAT
from widgets.serving.path_page import STORAGE_PREFIX, page_data


def test_the_panel_gets_the_modules_in_the_module_maps_order():
    data = page_data("/")
    assert [m["notebook"] for m in data["modules"]] == load(ModuleMap).notebooks()


def test_the_panel_gets_its_texts_from_the_content_file():
    texts = page_data("/")["texts"]
    assert texts["mark_done"] == load(PathTexts).panel["mark_done"]
    assert "completions" not in texts


def test_the_panel_keeps_the_path_under_its_own_prefix_and_writes_records_in_one_format():
    data = page_data("/hub/user/ada/")
    assert data["storage_prefix"] == STORAGE_PREFIX == "belonging-lab:path:"
    assert data["record_format"] == FORMAT
    assert data["render_url"] == "/hub/user/ada/voila/render/"

"""Content files load, validate, and fail with a message naming the file, entry and problem."""

import importlib
import pkgutil

import pytest

from widgets.content import FILES_DIR, load, load_path, models
from widgets.content.models.circles import Circles
from widgets.content.models.ui import UiTexts
from widgets.errors import ContentError

BUNDLED = sorted(path.stem for path in FILES_DIR.glob("*.yaml"))


def content_models() -> dict[str, type]:
    """Every content model in widgets.content.models, by the file it reads."""
    found = {}
    for module_info in pkgutil.iter_modules(models.__path__):
        module = importlib.import_module(f"{models.__name__}.{module_info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and "FILE" in vars(value):
                found[value.FILE] = value
    return found


MODELS = content_models()


def test_every_bundled_content_file_has_a_model():
    assert set(BUNDLED) <= set(MODELS)


@pytest.mark.parametrize("name", BUNDLED)
def test_every_bundled_content_file_matches_its_schema(name):
    assert load(MODELS[name])


def test_a_broken_entry_is_named_in_the_message(tmp_path):
    broken = tmp_path / "circles.yaml"
    text = (FILES_DIR / "circles.yaml").read_text()
    text = text.replace("disruption: 0.3", "disruption: 3")
    broken.write_text(text)
    with pytest.raises(ContentError) as error:
        load_path(broken, Circles)
    message = str(error.value)
    assert "circles.yaml" in message
    assert "transitions[0].disruption" in message
    assert "3 is greater than the maximum of 1" in message


def test_a_file_that_is_not_yaml_says_so(tmp_path):
    broken = tmp_path / "ui.yaml"
    broken.write_text("schema: ui\nchart_view: [unclosed\n")
    with pytest.raises(ContentError, match=r"ui\.yaml is not valid YAML"):
        load_path(broken, UiTexts)


def test_a_missing_file_says_which(tmp_path):
    with pytest.raises(ContentError, match="was not found"):
        load_path(tmp_path / "nowhere.yaml", UiTexts)


def test_a_file_without_a_schema_is_refused(tmp_path):
    orphan = tmp_path / "orphan.yaml"
    orphan.write_text("title: hello\n")
    with pytest.raises(ContentError, match="does not say which schema"):
        load_path(orphan, UiTexts)

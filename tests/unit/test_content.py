"""Content files load, validate, and fail with a message naming the file, entry and problem."""

import importlib
import pkgutil

import pytest

from widgets.content import FILES_DIR, load, load_path, models
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


def drop_pair(data):
    data["pairs"] = [p for p in data["pairs"]
                     if (p["component"], p["context"]) != ("motivations", "clinical_teams")]


def mark_every_answer_correct(data):
    for answer in data["questions"][3]["answers"]:
        answer["correct"] = True


# A bundled file changed in one place; the name its copy is given ("": the bundled file's), and
# the entry and the problem that its refusal names.
BROKEN = [
    pytest.param("circles", lambda data: data["transitions"][0].update(disruption=3), "",
                 "transitions[0].disruption", "3 is greater than the maximum of 1",
                 id="circles-disruption-above-1"),
    pytest.param("clerkship", lambda data: data["model"].update(dip=2), "",
                 "model.dip", "2 is greater than the maximum of 1",
                 id="clerkship-dip-above-1"),
    pytest.param("crisis_resources",
                 lambda data: data["regions"][0]["resources"][1].pop("contact"),
                 "our-resources.yaml", "regions[0].resources[1]",
                 "'contact' is a required property",
                 id="institution-resource-without-contact"),
    pytest.param("framework", drop_pair, "",
                 "at pairs:", "'motivations' in the context 'clinical_teams'",
                 id="framework-missing-pair"),
    pytest.param("knowledge_check", mark_every_answer_correct, "our-quiz.yaml",
                 "questions[3].answers", "exactly one answer must be marked correct, but 4 are",
                 id="quiz-every-answer-correct"),
    pytest.param("scenarios",
                 lambda data: data["scenarios"][1]["student"]["choices"][2].pop("feedback"), "",
                 "scenarios[1].student.choices[2]", "'feedback' is a required property",
                 id="scenarios-choice-without-feedback"),
    pytest.param("workforce",
                 lambda data: data["representation"]["figures"][3].update(source="blog"), "",
                 "representation.figures[3].source", "'blog' is not defined",
                 id="workforce-figure-with-unknown-source"),
]


@pytest.mark.parametrize(("file", "change", "name", "entry", "problem"), BROKEN)
def test_a_broken_file_is_refused_naming_the_file_the_entry_and_the_problem(
        refusal, file, change, name, entry, problem):
    message = refusal(MODELS[file], change, name)
    assert (name or f"{file}.yaml") in message
    assert entry in message
    assert problem in message


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

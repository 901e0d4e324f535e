"""`belonging-lab instrument export` writes the survey definition a faculty member asks for."""

import pytest

from widgets.cli import main


@pytest.mark.parametrize(("format_", "start"), [
    ("redcap", '"Variable / Field Name","Form Name"'),
    ("qualtrics", "[[AdvancedFormat]]"),
    ("csv", "id,component,reverse,text,choices"),
])
def test_the_export_writes_the_chosen_format(format_, start, tmp_path):
    out = tmp_path / f"survey.{format_}"
    assert main(["instrument", "export", "--format", format_, "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith(start)


def test_an_unknown_format_is_refused_by_the_parser(tmp_path):
    with pytest.raises(SystemExit):
        main(["instrument", "export", "--format", "spss", "--out", str(tmp_path / "x")])

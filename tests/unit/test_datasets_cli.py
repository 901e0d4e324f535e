"""`belonging-lab datasets generate` and `belonging-lab datasets validate`."""

from __future__ import annotations

from widgets.cli import main
from widgets.datasets.package import dataset_names, resource


def test_generate_writes_every_dataset_with_the_rows_asked(tmp_path, capsys):
    arguments = ["datasets", "generate", "--seed", "4", "--out", str(tmp_path), "--rows", "25"]
    assert main(arguments) == 0
    for name in dataset_names():
        path = tmp_path / resource(name)["path"]
        assert len(path.read_text(encoding="utf-8").splitlines()) == 26
    assert "25 rows" in capsys.readouterr().out


def test_validate_accepts_a_generated_folder(tmp_path, capsys):
    main(["datasets", "generate", "--out", str(tmp_path), "--rows", "10"])
    assert main(["datasets", "validate", str(tmp_path)]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_reports_a_broken_file_and_exits_2(tmp_path, capsys):
    main(["datasets", "generate", "--out", str(tmp_path), "--rows", "10"])
    (tmp_path / "research_workforce.csv").write_bytes(b"")
    assert main(["datasets", "validate", str(tmp_path)]) == 2
    assert "research_workforce.csv is empty" in capsys.readouterr().err


def test_generate_refuses_zero_rows(tmp_path, capsys):
    assert main(["datasets", "generate", "--out", str(tmp_path), "--rows", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err

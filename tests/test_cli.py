from entente.cli import main

from .conftest import SEEDS


def test_build_then_verify(tmp_path, capsys):
    assert main(["build", "--input", str(SEEDS), "--releases", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "published release" in out and "events.parquet" in out
    assert main(["verify", str(tmp_path / "latest")]) == 0
    assert main(["build", "--input", str(SEEDS), "--releases", str(tmp_path)]) == 0
    assert "no new release" in capsys.readouterr().out


def test_verify_fails_clearly_on_a_missing_release(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope")]) == 1
    assert "FAILED verification" in capsys.readouterr().err


def test_build_on_a_missing_folder_is_a_clear_error(tmp_path, capsys):
    assert main(["build", "--input", str(tmp_path / "missing"), "--releases", str(tmp_path)]) == 1
    assert "does not exist" in capsys.readouterr().err

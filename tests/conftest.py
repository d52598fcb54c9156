from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from entente.codebook import Codebook, default_codebook

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILE = SEEDS / "000_6144edd18171288d.txt"


@pytest.fixture(scope="session")
def codebook() -> Codebook:
    return default_codebook()


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory) -> Path:
    """The whole Dagster graph materialized on seeds/ into a temporary releases folder."""
    from entente.definitions import run_build

    releases = tmp_path_factory.mktemp("releases")
    result = run_build(SEEDS, releases)
    assert result.success
    return releases


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(SEED_FILE, folder / SEED_FILE.name)
    return folder

"""Releases on object storage, here fsspec's in-memory filesystem: written in the safe order, read back
checked, never rewritten."""

from __future__ import annotations

import fsspec
import pytest
from polars.testing import assert_frame_equal

from entente.cli import main
from entente.mirror import mirror_release, read_mirrored
from entente.release import ReleaseError, read_latest, read_release

from .conftest import SEEDS


@pytest.fixture
def bucket():
    url = "memory://entente-test/releases"
    yield url
    fsspec.filesystem("memory").rm("/entente-test", recursive=True)


def test_a_mirrored_release_reads_back_equal(seed_release, bucket):
    local = read_latest(seed_release)
    assert main(["mirror", "--to", bucket, str(seed_release / "latest")]) == 0
    fs = fsspec.filesystem("memory")
    assert fs.cat_file("/entente-test/releases/latest").decode().strip() == local.name
    mirrored = read_mirrored(bucket)
    for name, frame in read_release(local).items():
        assert_frame_equal(mirrored[name], frame)
    assert mirror_release(local, bucket).endswith(local.name)  # mirroring again checks, and changes nothing


def test_tampered_or_conflicting_copies_are_refused(seed_release, bucket):
    local = read_latest(seed_release)
    mirror_release(local, bucket)
    fs = fsspec.filesystem("memory")
    fs.pipe_file(f"/entente-test/releases/{local.name}/events.parquet", b"not parquet")
    with pytest.raises(ReleaseError, match="sha256"):
        read_mirrored(bucket)
    fs.pipe_file(f"/entente-test/releases/{local.name}/manifest.json", b'{"files": {}}')
    with pytest.raises(ReleaseError, match="never rewritten"):
        mirror_release(local, bucket)


def test_a_build_publishes_to_object_storage_too(tmp_path, bucket):
    releases = tmp_path / "releases"
    assert main(["build", "--input", str(SEEDS), "--releases", str(releases), "--mirror", bucket]) == 0
    local = read_latest(releases)
    mirrored = read_mirrored(bucket)
    for name, frame in read_release(local).items():
        assert_frame_equal(mirrored[name], frame)

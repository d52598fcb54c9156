"""Releases on object storage: copy a verified release to any fsspec URL (s3://, gs://, az://, memory://,
file://) and read one back, checked against its manifest.

Object stores have no atomic rename, so the commit is the order of writes: the tables first, the
manifest after them (a release folder without its manifest is incomplete), and the `latest` pointer
last. A reader that follows `latest` therefore never sees half a release, and a published release is
never rewritten: mirroring it again only checks that what is there is the same.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import fsspec
import polars as pl

from entente.release import ReleaseError, read_manifest, verify_release

TABLE_FILES_LAST = ("manifest.json",)


def mirror_release(release: Path, target: str) -> str:
    """Copy a local release under `target` and point `target`/latest at it. Returns the release's URL."""
    problems = verify_release(release)
    if problems:
        raise ReleaseError(f"release {release} does not verify, so it is not mirrored: {'; '.join(problems)}")
    fs, root = fsspec.core.url_to_fs(target)
    root = root.rstrip("/")
    dest = f"{root}/{release.name}"
    manifest = read_manifest(release)
    if fs.exists(f"{dest}/manifest.json"):
        there = json.loads(fs.cat_file(f"{dest}/manifest.json"))
        if there.get("files") != manifest["files"]:
            raise ReleaseError(f"{target}/{release.name} exists with other contents; a release is never rewritten")
    else:
        fs.makedirs(dest, exist_ok=True)
        files = sorted((p for p in release.iterdir() if p.is_file()), key=lambda p: (p.name in TABLE_FILES_LAST, p.name))
        for path in files:
            fs.pipe_file(f"{dest}/{path.name}", path.read_bytes())
    fs.pipe_file(f"{root}/latest", f"{release.name}\n".encode())
    return f"{target.rstrip('/')}/{release.name}"


def read_mirrored(target: str, release_id: str | None = None) -> dict[str, pl.DataFrame]:
    """The tables of a mirrored release (`latest` by default), each checked against the manifest's sha256."""
    fs, root = fsspec.core.url_to_fs(target)
    root = root.rstrip("/")
    release_id = release_id or fs.cat_file(f"{root}/latest").decode().strip()
    manifest = json.loads(fs.cat_file(f"{root}/{release_id}/manifest.json"))
    tables = {}
    for name, info in manifest["files"].items():
        data = fs.cat_file(f"{root}/{release_id}/{name}")
        if hashlib.sha256(data).hexdigest() != info["sha256"]:
            raise ReleaseError(f"{target}/{release_id}/{name}: sha256 does not match the manifest")
        tables[name.removesuffix(".parquet")] = pl.read_parquet(io.BytesIO(data))
    return tables

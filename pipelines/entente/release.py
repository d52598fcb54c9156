"""Publish a release exactly as the data contract says, and verify one.

A release is written into a hidden folder beside its final place, checked, and moved in with one
rename; `latest` is replaced last, atomically. A published release is never touched again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from entente.ingest import sha256_hex
from entente.schemas.tables import SCHEMA_VERSION, TABLES, ContractError, check_references, validate_table

LATEST = "latest"
STAGING_PREFIX = ".staging-"  # hidden by the leading dot: never taken for a release
FRICTIONLESS_TYPES = {"String": "string", "Date": "date", "Int32": "integer", "Int8": "integer", "Boolean": "boolean",
                      "Float32": "number", "List": "array", "Datetime": "datetime"}
PRIMARY_KEYS = {"articles": "article_id", "events": "event_id", "actors": "actor_id", "agreements": "agreement_id"}
DESCRIPTIONS = {
    "articles": "One row per distinct input document.",
    "events": "One row per coded event, with its evidence span and coder version.",
    "actors": "One row per real-world actor across all articles.",
    "agreements": "One row per agreement, treaty, declaration, protocol or ceasefire.",
    "mentions": "One row per place an actor is named in an article.",
    "quarantine": "One row per input that was not turned into an article, with the reason.",
}


class ReleaseError(RuntimeError):
    pass


@dataclass(frozen=True)
class Published:
    release_id: str | None  # None when nothing changed and no release was made
    path: Path
    rows: dict[str, int]
    new: bool


def read_latest(releases: Path) -> Path | None:
    pointer = releases / LATEST
    if pointer.is_symlink() or pointer.is_dir():
        return pointer.resolve()
    if pointer.is_file():
        target = releases / pointer.read_text().strip()
        return target if target.is_dir() else None
    return None


def read_manifest(release: Path) -> dict:
    return json.loads((release / "manifest.json").read_text())


def read_release(release: Path) -> dict[str, pl.DataFrame]:
    return {name: pl.read_parquet(release / f"{name}.parquet") for name in TABLES}


@contextlib.contextmanager
def publish_lock(releases: Path) -> Iterator[None]:
    """One publisher at a time per releases folder; a second one fails at once with a clear message."""
    releases.mkdir(parents=True, exist_ok=True)
    with open(releases / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReleaseError(f"another build holds the lock {releases / '.lock'} and is publishing into {releases}; "
                               "try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _release_key(name: str) -> tuple[int, ...] | None:
    """`2025.11.08.2` -> (2025, 11, 8, 2); None for anything that is not a release name."""
    parts = name.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None


def _clear_staging(releases: Path) -> None:
    """Remove staging folders left by builds killed mid-write. Call with the lock held: only the lock
    holder writes a staging folder, so any other one belongs to a dead process."""
    for path in releases.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(path, ignore_errors=True)


def _adopt_renamed(releases: Path) -> None:
    """Finish a publish killed between the rename and the move of `latest`. Call with the lock held.

    The rename is the commit point, so a complete, verified release whose parent is the release that
    `latest` names (or None when there is no `latest`) was published but not pointed to: move `latest`
    to it, rather than publish a second child of the same parent beside it.
    """
    while True:
        latest = read_latest(releases)
        parent_id = read_manifest(latest)["release_id"] if latest else None
        orphans: list[tuple[tuple[int, ...], Path]] = []
        for path in releases.iterdir():
            key = _release_key(path.name)
            if key is None or path.is_symlink() or not path.is_dir() or (latest and path.name == latest.name):
                continue
            try:
                manifest = read_manifest(path)
            except (OSError, json.JSONDecodeError):
                continue
            if manifest.get("release_id") == path.name and manifest.get("parent") == parent_id:
                orphans.append((key, path))
        adopted = next((p for _, p in sorted(orphans, reverse=True) if verify_release(p) == []), None)
        if adopted is None:
            return
        _point_latest(releases, adopted.name)


def next_release_id(releases: Path, today: dt.date) -> str:
    base = today.strftime("%Y.%m.%d")
    existing = {p.name for p in releases.iterdir() if p.is_dir()} if releases.exists() else set()
    if base not in existing:
        return base
    n = 1
    while f"{base}.{n:03d}" in existing:  # zero-padded, so that release IDs sort in time order as text
        n += 1
    return f"{base}.{n:03d}"


def _write_parquet(frame: pl.DataFrame, path: Path) -> None:
    """One contiguous chunk and fixed row groups: the same rows always make the same bytes, however the
    frame was built."""
    frame.rechunk().write_parquet(path, compression="zstd", statistics=True, row_group_size=262_144)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def validate_release_tables(tables: dict[str, pl.DataFrame]) -> None:
    for name in TABLES:
        validate_table(name, tables[name])
    problems = check_references(tables)
    if problems:
        raise ContractError("cross-table rules broken:\n  " + "\n  ".join(problems))


def datapackage(release_id: str, files: dict[str, dict], tables: dict[str, pl.DataFrame]) -> dict:
    resources = []
    for name in TABLES:
        schema = TABLES[name].to_schema()
        fields = []
        for col_name, col in schema.columns.items():
            dtype = tables[name].schema[col_name]
            fields.append({"name": col_name, "type": FRICTIONLESS_TYPES.get(dtype.base_type().__name__, "any"),
                           "constraints": {"required": not col.nullable, **({"unique": True} if col.unique else {})}})
        resource = {"name": name, "path": f"{name}.parquet", "format": "parquet",
                    "mediatype": "application/vnd.apache.parquet", "description": DESCRIPTIONS[name],
                    "bytes": files[f"{name}.parquet"]["bytes"], "hash": "sha256:" + files[f"{name}.parquet"]["sha256"],
                    "schema": {"fields": fields}}
        if name in PRIMARY_KEYS:
            resource["schema"]["primaryKey"] = PRIMARY_KEYS[name]
        resources.append(resource)
    return {"profile": "data-package", "name": "entente", "title": "Entente events, actors and agreements",
            "version": release_id, "licenses": [{"name": "CC-BY-4.0"}], "resources": resources}


def changelog(release_id: str, parent: str | None, tables: dict[str, pl.DataFrame], parent_path: Path | None,
              manifest: dict, parent_manifest: dict | None) -> str:
    lines = [f"# Release {release_id}", "", f"Parent: {parent or 'none (first release)'}", ""]
    if parent_manifest:
        for key in ("schema_version", "codebook_version", "pipeline_version"):
            if parent_manifest.get(key) != manifest[key]:
                lines.append(f"- {key}: {parent_manifest.get(key)} -> {manifest[key]}")
        if lines[-1] != "":
            lines.append("")
    lines += ["| table | rows | added | removed |", "|---|---|---|---|"]
    for name in TABLES:
        rows = tables[name].height
        parent_file = parent_path / f"{name}.parquet" if parent_path else None
        if parent_file is None or not parent_file.exists() or name not in PRIMARY_KEYS:
            before = parent_manifest["files"][f"{name}.parquet"]["rows"] if parent_manifest else 0
            lines.append(f"| {name} | {rows} | {max(rows - before, 0)} | {max(before - rows, 0)} |")
            continue
        key = PRIMARY_KEYS[name]  # only the ID column of the parent is read
        old_ids = pl.read_parquet(parent_file, columns=[key])
        kept = tables[name].select(key).join(old_ids, on=key, how="semi").height  # IDs are unique in a table
        added, removed = rows - kept, old_ids.height - kept
        lines.append(f"| {name} | {rows} | {added} | {removed} |")
    return "\n".join(lines) + "\n"


def publish_release(tables: dict[str, pl.DataFrame], releases: Path, *, pipeline_version: str,
                    codebook_version: str, input_fingerprint: str, now: dt.datetime, coder_digest: str | None = None,
                    fail_after_write: bool = False, validated: bool = False) -> Published:
    """Validate (unless the caller just did), write and publish. Nothing is published when the tables and
    versions equal the parent's."""
    if not validated:
        validate_release_tables(tables)
    with publish_lock(releases):
        _clear_staging(releases)
        _adopt_renamed(releases)
        parent_path = read_latest(releases)
        parent_manifest = read_manifest(parent_path) if parent_path else None
        staging = releases / f"{STAGING_PREFIX}{os.getpid()}"
        staging.mkdir(parents=True)
        try:
            def write(name: str) -> tuple[str, dict]:
                path = staging / f"{name}.parquet"
                _write_parquet(tables[name], path)
                data = path.read_bytes()
                return path.name, {"rows": tables[name].height, "bytes": len(data), "sha256": sha256_hex(data)}

            with ThreadPoolExecutor(2) as pool:  # Polars writes with the GIL released: two tables at a time
                files = dict(pool.map(write, TABLES))
            versions = {"schema_version": SCHEMA_VERSION, "pipeline_version": pipeline_version,
                        "codebook_version": codebook_version, "coder_digest": coder_digest}
            if parent_manifest and all(parent_manifest.get(k) == v for k, v in versions.items()) and all(
                    parent_manifest["files"].get(f, {}).get("sha256") == meta["sha256"] for f, meta in files.items()):
                shutil.rmtree(staging)
                return Published(None, parent_path, {n: tables[n].height for n in TABLES}, False)
            release_id = next_release_id(releases, now.date())
            manifest = {
                "release_id": release_id, "parent": parent_manifest["release_id"] if parent_manifest else None,
                "created_at": now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), **versions,
                "format": 1, "input_fingerprint": input_fingerprint, "files": files,
            }
            (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
            (staging / "datapackage.json").write_text(
                json.dumps(datapackage(release_id, files, tables), indent=2) + "\n")
            (staging / "CHANGELOG.md").write_text(
                changelog(release_id, manifest["parent"], tables, parent_path, manifest, parent_manifest))
            for child in staging.iterdir():
                with open(child, "rb") as fh:
                    os.fsync(fh.fileno())
            _fsync_dir(staging)
            if fail_after_write:
                raise ReleaseError("stopped after writing, before publishing (fault injection)")
            final = releases / release_id
            os.rename(staging, final)
            _point_latest(releases, release_id)
            return Published(release_id, final, {n: tables[n].height for n in TABLES}, True)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)


def _point_latest(releases: Path, release_id: str) -> None:
    tmp = releases / f".{LATEST}.tmp"
    tmp.write_text(release_id + "\n")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, releases / LATEST)
    _fsync_dir(releases)


def verify_release(release: Path) -> list[str]:
    """Re-check every file's sha256, byte count, row count and schema, and the cross-table rules."""
    problems: list[str] = []
    try:
        manifest = read_manifest(release)
    except (OSError, json.JSONDecodeError) as err:
        return [f"manifest.json unreadable: {err}"]
    for key in ("release_id", "parent", "created_at", "schema_version", "pipeline_version", "codebook_version",
                "input_fingerprint", "files"):
        if key not in manifest:
            problems.append(f"manifest.json lacks {key!r}")
    tables: dict[str, pl.DataFrame] = {}
    for name in TABLES:
        file = f"{name}.parquet"
        meta = manifest.get("files", {}).get(file)
        path = release / file
        if meta is None or not path.exists():
            problems.append(f"{file}: missing from the {'manifest' if meta is None else 'release folder'}")
            continue
        data = path.read_bytes()
        if sha256_hex(data) != meta["sha256"]:
            problems.append(f"{file}: sha256 {sha256_hex(data)} differs from the manifest's {meta['sha256']}")
        if len(data) != meta["bytes"]:
            problems.append(f"{file}: {len(data)} bytes, the manifest says {meta['bytes']}")
        try:
            tables[name] = pl.read_parquet(path)
        except Exception as err:  # noqa: BLE001 - any reader failure is a verification failure
            problems.append(f"{file}: unreadable as Parquet: {err}")
            continue
        if tables[name].height != meta["rows"]:
            problems.append(f"{file}: {tables[name].height} rows, the manifest says {meta['rows']}")
        try:
            validate_table(name, tables[name])
        except ContractError as err:
            problems.append(str(err))
    if len(tables) == len(TABLES):
        problems += check_references(tables)
    for extra in ("datapackage.json", "CHANGELOG.md"):
        if not (release / extra).exists():
            problems.append(f"{extra}: missing")
    return problems

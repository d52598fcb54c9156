"""The coded store: every input file's articles coded once per coder and codebook.

A build reads only the files the store has not seen (by path and content hash) and splits them into
batches; each batch is named before it is coded (a hash of its files, so the same files make the same
name: the Dagster partition key of `coded_articles`), its file list is kept as a plan until it is
coded, and the coded batch is added with one rename. The release is then resolved from the store's
rows for the files of the input index the run was planned from. `<coder>` is the extractor (pipeline
and codebook versions) and the start of `Codebook.coder_digest` (their content).

    <store>/<coder>/batch-<id>/{files,articles,entities,mentions,events,agreements,quarantine}.parquet
    <store>/<coder>/planned/batch-<id>.parquet     the files of a batch named but maybe not coded yet
    <store>/index/<fingerprint>.parquet                an input index a run was planned from

`articles` is resolve.LOCAL_SCHEMAS["articles"] plus the file it came from and its position there.
A batch is written beside its place and renamed in, so a killed build leaves no half batch. A new
coder or codebook, by version or by content, has a folder of its own: everything is coded again.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from entente.coder import code_article
from entente.ingest import (
    Article,
    Quarantined,
    file_sha256,
    fingerprint_of,
    read_file,
    sha256_hex,
    walk_inputs,
)
from entente.resolve import LOCAL_SCHEMAS, local_frames

if TYPE_CHECKING:
    from entente.codebook import Codebook

S = pl.Utf8
FILES_SCHEMA = {"file_uri": S, "file_sha256": S}
ARTICLES_SCHEMA = {**LOCAL_SCHEMAS["articles"], "file_uri": S, "position": pl.Int32}
QUARANTINE_SCHEMA = {"file_uri": S, "source_uri": S, "reason": S, "detail": S, "position": pl.Int32}
SCHEMAS = {**LOCAL_SCHEMAS, "articles": ARTICLES_SCHEMA, "files": FILES_SCHEMA, "quarantine": QUARANTINE_SCHEMA}


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    uri: str  # relative to the input root
    sha256: str


STATS_SCHEMA = {"file_uri": S, "size": pl.Int64, "mtime_ns": pl.Int64, "file_sha256": S}


def index_inputs(root: Path, stats: Path | None = None) -> pl.DataFrame:
    """Every input file (file_uri, file_sha256) in a stable order. With `stats` (a parquet file of sizes,
    modification times and hashes from the last index) a file whose size and time have not changed is
    not read again, as git's index does; the file is rewritten with what this index found."""
    found = pl.DataFrame(walk_inputs(root), schema={"path": S, **{k: v for k, v in STATS_SCHEMA.items()
                                                                  if k != "file_sha256"}}, orient="row")
    cached = pl.read_parquet(stats) if stats is not None and stats.exists() else pl.DataFrame(schema=STATS_SCHEMA)
    found = found.join(cached.filter(pl.col("size") >= 0), on=["file_uri", "size", "mtime_ns"], how="left",
                       maintain_order="left")
    unhashed = found.filter(pl.col("file_sha256").is_null())["path"]
    if len(unhashed):
        digests = pl.DataFrame({"path": unhashed, "digest": [file_sha256(Path(p)) for p in unhashed]})
        found = (found.join(digests, on="path", how="left", maintain_order="left")
                 .with_columns(pl.coalesce("file_sha256", "digest").alias("file_sha256")).drop("digest"))
    if stats is not None:
        _write_atomic(found.select(list(STATS_SCHEMA)), stats)
    return found.select(list(FILES_SCHEMA))


def fingerprint(files: pl.DataFrame) -> str:
    return fingerprint_of(files["file_sha256"].to_list())


def batch_name(files: pl.DataFrame) -> str:
    """A batch's name from the files (file_uri, file_sha256) it holds: the same files make the same batch."""
    names = "\n".join(sorted(f"{u}\0{h}" for u, h in files.select("file_uri", "file_sha256").iter_rows()))
    return f"batch-{sha256_hex(names.encode())[:20]}"


def _write_atomic(frame: pl.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}")
    frame.write_parquet(staging)
    staging.replace(path)


def _files_of(frame: pl.DataFrame, root: Path) -> list[InputFile]:
    return [InputFile(root / uri, uri, digest) for uri, digest in frame.select("file_uri", "file_sha256").iter_rows()]


class CodedStore:
    def __init__(self, root: Path, codebook: Codebook):
        self.root = root
        self.dir = root / re.sub(r"[^A-Za-z0-9.+-]+", "_", f"{codebook.extractor}+{codebook.coder_digest[:12]}")

    @property
    def stats(self) -> Path:
        """The input index's cache of file sizes, times and hashes (shared by every extractor)."""
        return self.root / "input-stats.parquet"

    def batches(self) -> list[Path]:
        return sorted(self.dir.glob("batch-*")) if self.dir.is_dir() else []

    def has_batch(self, name: str) -> bool:
        return (self.dir / name).is_dir()

    def plan_batch(self, files: pl.DataFrame) -> str:
        """Name a batch of files still to be coded and keep its file list until it is."""
        name = batch_name(files)
        if not self.has_batch(name):
            _write_atomic(files.select(list(FILES_SCHEMA)), self.dir / "planned" / f"{name}.parquet")
        return name

    def pending(self, names: list[str], root: Path) -> list[list[InputFile]]:
        """The files (under the input root `root`) of each named batch that is planned but not coded yet."""
        batches = []
        for name in names:
            try:
                files = _files_of(pl.read_parquet(self.dir / "planned" / f"{name}.parquet"), root)
            except FileNotFoundError:
                if self.has_batch(name):  # coded meanwhile, by another build
                    continue
                raise FileNotFoundError(f"batch {name} is neither planned nor coded in {self.dir}") from None
            if not self.has_batch(name):
                batches.append(files)
        return batches

    def save_index(self, fingerprint_: str, files: pl.DataFrame, keep: int = 8) -> None:
        """Keep the input index a run is planned from, so that every step of the run (in any process)
        resolves the same snapshot; only the last `keep` indexes stay."""
        folder = self.root / "index"
        _write_atomic(files, folder / f"{fingerprint_}.parquet")
        for old in sorted(folder.glob("*.parquet"), key=lambda p: p.stat().st_mtime_ns, reverse=True)[keep:]:
            old.unlink(missing_ok=True)

    def load_index(self, fingerprint_: str) -> pl.DataFrame | None:
        path = self.root / "index" / f"{fingerprint_}.parquet"
        return pl.read_parquet(path) if path.exists() else None

    def uncoded(self, files: pl.DataFrame) -> pl.DataFrame:
        """The files (file_uri, file_sha256) no batch holds."""
        return files.lazy().join(self.scan("files"), on=["file_uri", "file_sha256"], how="anti",
                                 maintain_order="left").collect()

    def write_batch(self, tables: dict[str, pl.DataFrame]) -> Path:
        """Add one batch, named by `batch_name` of the files it holds."""
        final = self.dir / batch_name(tables["files"])
        if final.exists():
            return final
        staging = self.dir / f".staging-{final.name}-{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        for name, schema in SCHEMAS.items():
            tables[name].select(list(schema)).write_parquet(staging / f"{name}.parquet")
        try:
            staging.rename(final)
        except OSError:  # another build wrote the same batch first
            shutil.rmtree(staging, ignore_errors=True)
        (self.dir / "planned" / f"{final.name}.parquet").unlink(missing_ok=True)
        return final

    def scan(self, table: str, batches: list[str] | None = None) -> pl.LazyFrame:
        """One table of every batch (or of the named ones), with the batch's name in column `batch`."""
        paths = self.batches() if batches is None else [self.dir / name for name in sorted(batches)]
        frames = [pl.scan_parquet(b / f"{table}.parquet").with_columns(batch=pl.lit(b.name)) for b in paths]
        if not frames:
            return pl.LazyFrame(schema={**SCHEMAS[table], "batch": S})
        return pl.concat(frames, how="vertical")


def code_files(codebook: Codebook, files: list[InputFile], root: Path) -> dict[str, pl.DataFrame]:
    """Read and code some input files: their local rows, as the coded store keeps them. A text read twice
    within these files is coded once; the repeat is quarantined, as is an article the coder fails on."""
    codings, origins, quarantine, seen = [], [], [], {}
    for f in files:
        for position, item in enumerate(read_file(f.path, root)):
            if isinstance(item, Article) and item.article_id in seen:
                item = Quarantined(item.source_uri, "duplicate", f"same text as {seen[item.article_id]}")
            if isinstance(item, Quarantined):
                quarantine.append({"file_uri": f.uri, "source_uri": item.source_uri, "reason": item.reason,
                                   "detail": item.detail, "position": position})
                continue
            seen[item.article_id] = item.source_uri
            try:
                codings.append(code_article(codebook, item))
            except Exception as err:  # noqa: BLE001 - one article the coder cannot read must not stop a build
                quarantine.append({"file_uri": f.uri, "source_uri": item.source_uri, "reason": "coding_failed",
                                   "detail": f"the coder raised {type(err).__name__}: {err}", "position": position})
                continue
            origins.append((f.uri, position))
    frames = local_frames(codings)
    frames["articles"] = frames["articles"].with_columns(
        file_uri=pl.Series([u for u, _ in origins], dtype=pl.Utf8),
        position=pl.Series([p for _, p in origins], dtype=pl.Int32))
    frames["files"] = pl.DataFrame({"file_uri": [f.uri for f in files], "file_sha256": [f.sha256 for f in files]},
                                   schema={"file_uri": pl.Utf8, "file_sha256": pl.Utf8})
    frames["quarantine"] = pl.DataFrame(quarantine, schema=QUARANTINE_SCHEMA, orient="row")
    return frames


__all__ = ["CodedStore", "InputFile", "SCHEMAS", "batch_name", "code_files", "fingerprint", "index_inputs"]

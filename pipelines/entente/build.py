"""The pipeline's stages as plain functions; Dagster assets (definitions.py) and the CLI call these.

A build indexes the input files, codes the files the coded store has not seen (in worker processes,
a batch at a time, so memory stays flat), resolves the release tables from the store's rows for the
files present now, validates them and publishes. `ingest`/`code_all`/`resolve` do the same in memory
for small inputs and tests.
"""

from __future__ import annotations

import datetime as dt
import gc
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from entente import __version__
from entente.codebook import Codebook, default_codebook
from entente.coder import ArticleCoding, code_article
from entente.ingest import Article, Quarantined, input_fingerprint, list_inputs, read_inputs
from entente.release import Published, publish_release, read_latest, read_manifest, validate_release_tables
from entente.resolve import LOCAL_SCHEMAS, local_frames, quarantine_frame, resolve_onto, resolve_tables
from entente.schemas.tables import (
    SCHEMA_VERSION,
    TABLES,
    UTC_US,
    ContractError,
    check_references,
    validate_table,
)
from entente.store import CodedStore, InputFile, code_files, fingerprint, index_inputs

FILES_PER_BATCH = 500


class UncodedInputs(RuntimeError):
    """The release would miss inputs: some files of the index were never coded."""


@dataclass(frozen=True)
class Ingested:
    articles: list[Article]
    quarantined: list[Quarantined]
    fingerprint: str


def ingest(input_dir: Path) -> Ingested:
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder {input_dir} does not exist")
    articles, quarantined = read_inputs(input_dir)
    return Ingested(articles, quarantined, input_fingerprint(list_inputs(input_dir)))


def code_all(codebook: Codebook, articles: list[Article]) -> list[ArticleCoding]:
    return [code_article(codebook, a) for a in articles]


def previous_times(releases: Path) -> tuple[pl.DataFrame, dict[tuple[str, str], dt.datetime]]:
    """When each article and quarantined input was first seen, from the latest release, so that a
    re-run on the same inputs reproduces the same tables byte for byte."""
    latest = read_latest(releases)
    if latest is None:
        return pl.DataFrame(schema={"article_id": pl.Utf8, "ingested_at": UTC_US}), {}
    articles = pl.read_parquet(latest / "articles.parquet", columns=["article_id", "ingested_at"])
    q = pl.read_parquet(latest / "quarantine.parquet")
    quarantine = dict(zip(zip(q["source_uri"], q["reason"], strict=True), q["seen_at"], strict=True))
    return articles, quarantine


def _quarantine_table(rows: list[dict], seen: dict[tuple[str, str], dt.datetime], now: dt.datetime) -> pl.DataFrame:
    return quarantine_frame([{"source_uri": q["source_uri"], "reason": q["reason"], "detail": q["detail"],
                              "seen_at": seen.get((q["source_uri"], q["reason"]), now)} for q in rows])


def resolve(codebook: Codebook, ingested: Ingested, codings: list[ArticleCoding], releases: Path,
            now: dt.datetime) -> dict[str, pl.DataFrame]:
    """The release tables from codings held in memory."""
    seen_articles, seen_quarantine = previous_times(releases)
    tables = resolve_tables(local_frames(codings), seen_articles, codebook.extractor, now)
    tables["quarantine"] = _quarantine_table(
        [{"source_uri": q.source_uri, "reason": q.reason, "detail": q.detail} for q in ingested.quarantined],
        seen_quarantine, now)
    return tables


# -- the store-backed build --------------------------------------------------------------------------

_WORKER_CODEBOOK: Codebook | None = None


def _init_worker(codebook: Codebook | None) -> None:
    """A worker keeps its codebook (None: the default one, loaded here); the garbage collector leaves the
    codebook alone and runs less often, as coding makes many short-lived objects and few cycles."""
    global _WORKER_CODEBOOK
    _WORKER_CODEBOOK = codebook or default_codebook()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


def code_batch(codebook: Codebook, store_root: Path, root: Path, files: list[InputFile]) -> int:
    """One unit of work, wherever it runs: code a batch of files and add it to the store."""
    frames = code_files(codebook, files, root)
    CodedStore(store_root, codebook).write_batch(frames)
    return frames["articles"].height


def _code_batch_in_worker(store_root: Path, root: Path, files: list[InputFile]) -> int:
    assert _WORKER_CODEBOOK is not None
    return code_batch(_WORKER_CODEBOOK, store_root, root, files)


def workers() -> int:
    return int(os.environ.get("ENTENTE_WORKERS", "0")) or os.cpu_count() or 1


def _worker_pool(codebook: Codebook, size: int) -> ProcessPoolExecutor:
    """Processes started afresh ("spawn": forking a process that runs Polars threads is unsafe). The default
    codebook is not sent but loaded by each worker: a start blocks until the new process has read what it
    is sent, and reading a codebook means importing the pipeline first."""
    shipped = None if codebook is default_codebook() else codebook
    return ProcessPoolExecutor(size, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker,
                               initargs=(shipped,))


_STARTED: ProcessPoolExecutor | None = None


def start_workers(codebook: Codebook, batches: int) -> None:
    """Start the worker processes for `batches` planned batches now, when there are several, so that they
    import the pipeline while the run is set up; `code_batches` then uses them."""
    global _STARTED
    if _STARTED is None and batches > 1 and workers() > 1:
        _STARTED = _worker_pool(codebook, min(workers(), batches))
        for _ in range(min(workers(), batches)):  # a process starts with the first task it is given
            _STARTED.submit(int)


def stop_workers() -> None:
    global _STARTED
    if _STARTED is not None:
        _STARTED.shutdown(cancel_futures=True)
        _STARTED = None


@dataclass(frozen=True)
class BuildPlan:
    """What a run works on: the input index (a snapshot: the release is resolved from exactly these
    files) and the names of the batches of files still to be coded, `FILES_PER_BATCH` files each."""

    files: pl.DataFrame  # file_uri, file_sha256
    fingerprint: str
    new_batches: list[str]


def plan_build(codebook: Codebook, store: CodedStore, root: Path, releases: Path) -> BuildPlan:
    """Index the inputs, keep the index in the store, and name a batch for every `FILES_PER_BATCH` files
    the store has not coded. When the latest release was made from these very inputs nothing is planned."""
    files = index_inputs(root, store.stats)
    plan = BuildPlan(files, fingerprint(files), [])
    store.save_index(plan.fingerprint, files)
    if unchanged(releases, codebook, plan.fingerprint) is not None:
        return plan
    return BuildPlan(files, plan.fingerprint, plan_batches(store, files))


def plan_batches(store: CodedStore, files: pl.DataFrame) -> list[str]:
    """Name a batch for every `FILES_PER_BATCH` files (by path and content hash) the store has not coded."""
    new = store.uncoded(files)
    return [store.plan_batch(new.slice(i, FILES_PER_BATCH)) for i in range(0, new.height, FILES_PER_BATCH)]


def code_batches(codebook: Codebook, store: CodedStore, root: Path, names: list[str],
                 scheduler: str | None = None) -> tuple[int, int]:
    """Code the planned batches the store does not hold yet: on a Dask cluster when `scheduler` (or
    ENTENTE_DASK_SCHEDULER) gives its address, else in local worker processes when there are several
    batches. Inputs and store must then be on storage every worker reads. Returns (files, articles) coded."""
    batches = store.pending(names, root)
    files = sum(len(b) for b in batches)
    scheduler = scheduler or os.environ.get("ENTENTE_DASK_SCHEDULER")
    if scheduler and batches:
        return files, _code_on_dask(scheduler, codebook, store, root, batches)
    if len(batches) <= 1 or workers() == 1:
        return files, sum(code_batch(codebook, store.root, root, b) for b in batches)
    args = ([store.root] * len(batches), [root] * len(batches), batches)
    if _STARTED is not None:
        coded = sum(_STARTED.map(_code_batch_in_worker, *args))
        stop_workers()  # their memory is free before the release is resolved
        return files, coded
    with _worker_pool(codebook, min(workers(), len(batches))) as pool:
        return files, sum(pool.map(_code_batch_in_worker, *args))


def code_new_files(codebook: Codebook, store: CodedStore, root: Path, files: pl.DataFrame,
                   scheduler: str | None = None) -> tuple[int, int]:
    """Plan and code, in one call, the files the store has not seen. Returns (files, articles) coded."""
    return code_batches(codebook, store, root, plan_batches(store, files), scheduler)


def _code_on_dask(scheduler: str, codebook: Codebook, store: CodedStore, root: Path,
                  batches: list[list[InputFile]]) -> int:
    """The batches as tasks of a Dask cluster; the codebook is sent to every worker once."""
    from distributed import Client

    with Client(scheduler) as client:
        shared = client.scatter(codebook, broadcast=True)
        futures = client.map(code_batch, [shared] * len(batches), [store.root] * len(batches),
                             [root] * len(batches), batches, pure=False)
        return sum(client.gather(futures))


def assemble(store: CodedStore, files: pl.DataFrame) -> tuple[dict[str, pl.DataFrame | pl.LazyFrame], list[dict],
                                                              Callable[[str, pl.DataFrame], pl.LazyFrame]]:
    """The local rows of the articles in `files`, each distinct text once (the first by file and place in
    it), the quarantine rows of those files, repeats of a text included, and a reader of one table's local
    rows for some of those articles (from the batches that hold them only)."""
    coded = (store.scan("files").join(files.lazy(), on=["file_uri", "file_sha256"], how="semi")
             .group_by("file_uri").agg(pl.col("batch").min()).collect())
    if coded.height < files.height:
        missing = files.join(coded, on="file_uri", how="anti")["file_uri"]
        raise UncodedInputs(f"{len(missing)} input file(s) are in no coded batch of {store.dir}, e.g. "
                            f"{missing.head(3).to_list()}: code the planned batches (the partitions of "
                            "coded_articles) before resolving")
    chosen = coded.lazy()
    articles = (store.scan("articles").join(chosen, on=["file_uri", "batch"], how="semi")
                .sort(["file_uri", "position"]).collect())
    kept = articles.unique("article_id", keep="first", maintain_order=True)
    repeats = (articles.join(kept.select("article_id", "file_uri", "position"), on=["article_id", "file_uri", "position"],
                             how="anti")
               .join(kept.select("article_id", first_uri="source_uri"), on="article_id"))
    keys = kept.select("article_id", "batch").lazy()
    local: dict[str, pl.DataFrame | pl.LazyFrame] = {
        name: store.scan(name).join(keys, on=["article_id", "batch"], how="semi").select(list(schema))
        for name, schema in LOCAL_SCHEMAS.items() if name != "articles"}  # read lazily, when resolved
    local["articles"] = kept.select(list(LOCAL_SCHEMAS["articles"]))
    quarantine = store.scan("quarantine").join(chosen, on=["file_uri", "batch"], how="semi").collect().to_dicts()
    quarantine += [{"source_uri": r["source_uri"], "reason": "duplicate", "detail": f"same text as {r['first_uri']}"}
                   for r in repeats.iter_rows(named=True)]

    def rows(table: str, articles: pl.DataFrame) -> pl.LazyFrame:
        wanted = kept.select("article_id", "batch").join(articles, on="article_id", how="semi")
        return (store.scan(table, wanted["batch"].unique().to_list())
                .join(wanted.lazy(), on=["article_id", "batch"], how="semi").select(list(LOCAL_SCHEMAS[table])))

    return local, quarantine, rows


def resolve_store(codebook: Codebook, store: CodedStore, files: pl.DataFrame, releases: Path,
                  now: dt.datetime, incremental: bool = True) -> dict[str, pl.DataFrame]:
    """The release tables for the files present now, from the coded store; with `incremental`, onto the
    latest release when the same code made it (resolve.resolve_onto: the same tables, sooner)."""
    local, quarantine, rows = assemble(store, files)
    seen_articles, seen_quarantine = previous_times(releases)
    previous = reusable_release(releases, codebook) if incremental else None
    tables = None
    if previous is not None:
        tables = resolve_onto({name: pl.scan_parquet(previous / f"{name}.parquet") for name in TABLES},
                              local, seen_articles, codebook.extractor, now, rows)
    if tables is None:
        tables = resolve_tables(local, seen_articles, codebook.extractor, now)
    tables["quarantine"] = _quarantine_table(quarantine, seen_quarantine, now)
    return tables


def _latest_made_by(releases: Path, codebook: Codebook) -> tuple[Path, dict] | None:
    """The latest release and its manifest when this pipeline, schema, codebook and source made it."""
    latest = read_latest(releases)
    if latest is None or not (latest / "manifest.json").exists():
        return None
    manifest = read_manifest(latest)
    same = (manifest.get("pipeline_version") == __version__ and manifest.get("codebook_version") == codebook.version
            and manifest.get("schema_version") == SCHEMA_VERSION
            and manifest.get("coder_digest") == codebook.coder_digest)
    return (latest, manifest) if same else None


def reusable_release(releases: Path, codebook: Codebook) -> Path | None:
    """The latest release when the same code made it: its rows are what resolving its articles again would make."""
    made = _latest_made_by(releases, codebook)
    return made[0] if made else None


def default_store(releases: Path, codebook: Codebook) -> CodedStore:
    """The coded store kept beside the releases folder (`data/coded` for `data/releases`)."""
    root = Path(os.environ.get("ENTENTE_STORE", releases.parent / f"{releases.name}.coded"))
    return CodedStore(root, codebook)


def unchanged(releases: Path, codebook: Codebook, input_fingerprint: str) -> Path | None:
    """The latest release when it was built from exactly these inputs by the same code."""
    made = _latest_made_by(releases, codebook)
    return made[0] if made and made[1].get("input_fingerprint") == input_fingerprint else None


def validate(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    validate_release_tables(tables)
    return tables


def contract_problems(tables: dict[str, pl.DataFrame]) -> dict[str, str]:
    """Each table's breaches of its Pandera model, and under "references" the broken cross-table
    references; "" where all hold. One pass over the tables, reported as one asset check each."""
    def breaches(name: str) -> str:
        try:
            validate_table(name, tables[name])
        except ContractError as err:
            return str(err)
        return ""

    with ThreadPoolExecutor(2) as pool:  # Polars runs the checks with the GIL released
        problems = dict(zip(TABLES, pool.map(breaches, TABLES), strict=True))
    problems["references"] = "; ".join(check_references(tables))
    return problems


def publish(codebook: Codebook, fingerprint_: str, tables: dict[str, pl.DataFrame], releases: Path,
            now: dt.datetime, validated: bool = False) -> Published:
    return publish_release(tables, releases, pipeline_version=__version__, codebook_version=codebook.version,
                           coder_digest=codebook.coder_digest,
                           input_fingerprint=fingerprint_, now=now, validated=validated)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


__all__ = ["BuildPlan", "Ingested", "assemble", "code_all", "code_batches", "code_files", "contract_problems", "code_new_files",
           "default_store", "fingerprint", "index_inputs", "ingest", "plan_build", "publish", "read_latest",
           "resolve", "resolve_store", "unchanged", "utc_now", "validate"]

"""The Dagster graph: ingest -> parse -> code -> resolve -> validate -> publish.

Assets only wire the stages together and report what they made; the work is done by the plain
functions in `build.py` and the modules it calls. Open it with `dagster dev` (see README).
"""


import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from entente import build
from entente.codebook import default_codebook
from entente.ingest import walk_inputs
from entente.schemas.tables import TABLES, ContractError, check_references, validate_table
from entente.store import InputFile

GROUP = "entente"


class EntentePaths(dg.ConfigurableResource):
    """Where articles are read from and releases are written to."""

    input_dir: str = "data/inbox"
    releases_dir: str = "data/releases"


def _preview(frame: pl.DataFrame, rows: int = 5) -> dg.MetadataValue:
    """The first rows of a table as Markdown, for the asset's page in the Dagster UI."""
    if frame.height == 0:
        return dg.MetadataValue.md("_(empty)_")
    lines = ["| " + " | ".join(frame.columns) + " |", "|" + "---|" * frame.width]
    for row in frame.head(rows).iter_rows():
        lines.append("| " + " | ".join(str(v).replace("|", "/")[:80] for v in row) + " |")
    return dg.MetadataValue.md("\n".join(lines))


@dataclass(frozen=True)
class InputIndex:
    """The input files with their content hashes, and the fingerprint of them all."""

    root: Path
    files: list[InputFile]
    fingerprint: str


@dg.asset(group_name=GROUP, description="Ingest: list the input files and hash their contents.")
def raw_documents(context: dg.AssetExecutionContext, paths: EntentePaths) -> InputIndex:
    root = Path(paths.input_dir)
    if not root.is_dir():
        raise dg.Failure(f"input folder {root} does not exist")
    codebook, releases = default_codebook(), Path(paths.releases_dir)
    files = build.index_inputs(root, build.default_store(releases, codebook).stats)
    index = InputIndex(root, files, build.fingerprint(files))
    same = build.unchanged(releases, codebook, index.fingerprint)
    context.add_output_metadata({"files": len(files), "input_dir": str(root.resolve()),
                                 "unchanged_since": same.name if same else "-"})
    return index


@dg.asset(group_name=GROUP, description="Parse and code the files the coded store has not seen, a batch at a "
                                        "time in worker processes; unreadable inputs go to quarantine.")
def coded_articles(context: dg.AssetExecutionContext, paths: EntentePaths, raw_documents: InputIndex) -> InputIndex:
    codebook = default_codebook()
    store = build.default_store(Path(paths.releases_dir), codebook)
    new_files, coded = build.code_new_files(codebook, store, raw_documents.root, raw_documents.files)
    context.add_output_metadata({"files_new": new_files, "files_already_coded": len(raw_documents.files) - new_files,
                                 "articles_coded": coded, "store": str(store.dir), "extractor": codebook.extractor})
    return raw_documents


@dg.asset(group_name=GROUP, description="Resolve actors and agreements across articles into the release tables.")
def release_tables(context: dg.AssetExecutionContext, paths: EntentePaths,
                   coded_articles: InputIndex) -> dict[str, pl.DataFrame]:
    codebook, releases = default_codebook(), Path(paths.releases_dir)
    same = build.unchanged(releases, codebook, coded_articles.fingerprint)
    if same is not None:  # the same inputs, coder and codebook made the latest release: nothing to resolve
        context.add_output_metadata({"unchanged_since": same.name})
        return {}
    tables = build.resolve_store(codebook, build.default_store(releases, codebook), coded_articles.files,
                                 releases, build.utc_now())
    context.add_output_metadata({
        **{f"rows_{name}": frame.height for name, frame in tables.items()},
        "preview_events": _preview(tables["events"].select(
            "event_type", "event_date", "source_actor_id", "target_actor_id", "evidence")),
        "preview_actors": _preview(tables["actors"].select("name", "actor_type", "country", "role")),
    })
    return tables


def _table_check(table: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=release_tables, name=f"{table}_matches_contract", blocking=True,
                    description=f"The {table} table matches its Pandera model in schemas/.")
    def check(release_tables: dict[str, pl.DataFrame]) -> dg.AssetCheckResult:
        if not release_tables:
            return dg.AssetCheckResult(passed=True, description="unchanged: the latest release stands")
        try:
            validate_table(table, release_tables[table])
        except ContractError as err:
            return dg.AssetCheckResult(passed=False, description=str(err)[:2000])
        return dg.AssetCheckResult(passed=True, metadata={"rows": release_tables[table].height})

    return check


@dg.asset_check(asset=release_tables, blocking=True,
                description="Every referenced actor, article and agreement exists in its table.")
def references_resolve(release_tables: dict[str, pl.DataFrame]) -> dg.AssetCheckResult:
    problems = check_references(release_tables) if release_tables else []
    return dg.AssetCheckResult(passed=not problems, description="; ".join(problems) or "all references resolve")


TABLE_CHECKS = [_table_check(t) for t in TABLES]


@dg.asset(group_name=GROUP, description="Validate all tables together; a failure stops the run before publishing.")
def validated_tables(release_tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    return build.validate(release_tables) if release_tables else {}


@dg.asset(group_name=GROUP, description="Write the release beside its place, rename it in, then move `latest`.")
def release(context: dg.AssetExecutionContext, paths: EntentePaths, coded_articles: InputIndex,
            validated_tables: dict[str, pl.DataFrame]) -> dg.MaterializeResult:
    if not validated_tables:
        latest = build.read_latest(Path(paths.releases_dir))
        return dg.MaterializeResult(metadata={"release_id": "unchanged", "path": str(latest), "new_release": False})
    published = build.publish(default_codebook(), coded_articles.fingerprint, validated_tables,
                              Path(paths.releases_dir), build.utc_now(), validated=True)
    context.log.info(f"release {published.release_id or '(unchanged)'} at {published.path}")
    return dg.MaterializeResult(metadata={
        "release_id": published.release_id or "unchanged", "path": str(published.path),
        "new_release": published.new, **{f"rows_{k}": v for k, v in published.rows.items()},
    })


ASSETS = [raw_documents, coded_articles, release_tables, validated_tables, release]
build_job = dg.define_asset_job("build_release", selection=dg.AssetSelection.assets(*ASSETS))
daily = dg.ScheduleDefinition(name="daily_release", job=build_job, cron_schedule="0 5 * * *",
                              execution_timezone="UTC")


def inbox_state(root: Path) -> str:
    """Names, sizes and modification times of the inbox files: changes when a file lands."""
    digest = hashlib.sha256()
    for _, uri, size, mtime in walk_inputs(root) if root.is_dir() else []:
        digest.update(f"{uri}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=build_job, minimum_interval_seconds=60, description="Build a release when new files land in the inbox.")
def inbox_sensor(context: dg.SensorEvaluationContext, paths: EntentePaths):
    state = inbox_state(Path(paths.input_dir))
    if state == context.cursor:
        return dg.SkipReason(f"no change in {paths.input_dir}")
    context.update_cursor(state)
    return dg.RunRequest(run_key=state)


def make_paths() -> EntentePaths:
    return EntentePaths(input_dir=os.environ.get("ENTENTE_INPUT", "data/inbox"),
                        releases_dir=os.environ.get("ENTENTE_RELEASES", "data/releases"))


defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=TABLE_CHECKS + [references_resolve],
    jobs=[build_job],
    schedules=[daily],
    sensors=[inbox_sensor],
    resources={"paths": make_paths()},
)


def release_job() -> dg.JobDefinition:
    """The whole graph as a job, to run with any Dagster executor: `dg.execute_job(dg.reconstructable(
    release_job), instance)` runs each step in its own process (the multiprocess executor)."""
    return defs.resolve_job_def("build_release")


def run_build(input_dir: Path, releases_dir: Path, log_level: str = "WARNING") -> dg.ExecuteInProcessResult:
    """Materialize the whole graph in this process (what `entente build` runs)."""
    return dg.materialize(
        ASSETS + TABLE_CHECKS + [references_resolve],
        resources={"paths": EntentePaths(input_dir=str(input_dir), releases_dir=str(releases_dir)),
                   "io_manager": dg.mem_io_manager},
        instance=dg.DagsterInstance.ephemeral(),
        run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
        raise_on_error=True,
    )

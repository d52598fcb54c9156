"""The Dagster graph: ingest -> parse and code (partitioned by ingest batch) -> resolve and check -> publish.

A run is planned first (`plan_run`: index the inputs, name the batches of files still to be coded and
add them as partitions of `coded_articles`), then codes those partitions as one range and resolves one
release from every coded batch of the input index. Assets only wire the stages together and report what
they made; the work is done by the plain functions in `build.py` and the modules it calls. Open it with
`dagster dev` (see README).
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
from entente.schemas.tables import TABLES

GROUP = "entente"


class EntentePaths(dg.ConfigurableResource):
    """Where articles are read from and releases are written to, and the object storage (any fsspec URL)
    each published release is mirrored to, if any."""

    input_dir: str = "data/inbox"
    releases_dir: str = "data/releases"
    mirror_to: str = ""


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
    files: pl.DataFrame  # file_uri, file_sha256
    fingerprint: str


BATCHES = dg.DynamicPartitionsDefinition(name="ingest_batches")
FINGERPRINT_TAG = "entente/input_fingerprint"
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
CHECKS = {**{table: f"{table}_matches_contract" for table in TABLES}, "references": "references_resolve"}


def _store(paths: EntentePaths) -> build.CodedStore:
    return build.default_store(Path(paths.releases_dir), default_codebook())


def plan_run(paths: EntentePaths, instance: dg.DagsterInstance) -> tuple[list[str], dg.RunRequest]:
    """Index the inputs and name the batches still to be coded (build.plan_build), and the one run that
    codes them and publishes the release. Returns the partition keys the instance does not know yet (the
    new batches, and coded batches it never saw), to be added before the run starts, and the run request:
    the new batches as one partition range of `coded_articles`, and the input index by its fingerprint,
    so that every step resolves the same snapshot."""
    codebook, releases = default_codebook(), Path(paths.releases_dir)
    store = build.default_store(releases, codebook)
    plan = build.plan_build(codebook, store, Path(paths.input_dir), releases)
    known = instance.get_dynamic_partitions(BATCHES.name)
    registered = set(known)
    missing = list(dict.fromkeys(k for k in [*(b.name for b in store.batches()), *plan.new_batches]
                                 if k not in registered))
    tags = {FINGERPRINT_TAG: plan.fingerprint}
    if not plan.new_batches:
        return missing, dg.RunRequest(tags=tags, asset_selection=[a.key for a in ASSETS if a is not coded_articles])
    position = {key: i for i, key in enumerate([*known, *missing])}
    ordered = sorted(plan.new_batches, key=position.__getitem__)  # a range spans them all, whatever came between
    tags |= {RANGE_START: ordered[0], RANGE_END: ordered[-1]}
    return missing, dg.RunRequest(tags=tags, asset_selection=[a.key for a in ASSETS])


def planned_run(paths: EntentePaths, instance: dg.DagsterInstance) -> dg.RunRequest:
    """plan_run, with the new partition keys added to the instance."""
    missing, request = plan_run(paths, instance)
    if missing:
        instance.add_dynamic_partitions(BATCHES.name, missing)
    return request


@dg.asset(group_name=GROUP, description="Ingest: the input files with their content hashes, as indexed when the "
                                        "run was planned (the snapshot the release is resolved from).")
def raw_documents(context: dg.AssetExecutionContext, paths: EntentePaths) -> InputIndex:
    root = Path(paths.input_dir)
    if not root.is_dir():
        raise dg.Failure(f"input folder {root} does not exist")
    codebook, releases, store = default_codebook(), Path(paths.releases_dir), _store(paths)
    fingerprint = context.run.tags.get(FINGERPRINT_TAG)
    files = store.load_index(fingerprint) if fingerprint else None
    if files is None:  # a run started without a plan (e.g. from the UI): index now
        fingerprint = planned_run(paths, context.instance).tags[FINGERPRINT_TAG]
        files = store.load_index(fingerprint)
        assert files is not None
    index = InputIndex(root, files, fingerprint)
    same = build.unchanged(releases, codebook, index.fingerprint)
    context.add_output_metadata({"files": files.height, "input_dir": str(root.resolve()), "fingerprint": fingerprint,
                                 "unchanged_since": same.name if same else "-"})
    return index


@dg.asset(group_name=GROUP, partitions_def=BATCHES, deps=[raw_documents],
          description="Parse and code one ingest batch: up to 500 input files the coded store had not seen, named "
                      "by a hash of their paths and contents. A run codes a range of batches in worker processes; "
                      "a batch already in the store is never coded again; unreadable inputs go to quarantine.")
def coded_articles(context: dg.AssetExecutionContext, paths: EntentePaths) -> dg.MaterializeResult:
    codebook, store = default_codebook(), _store(paths)
    keys = context.partition_keys
    files, coded = build.code_batches(codebook, store, Path(paths.input_dir), list(keys))
    return dg.MaterializeResult(metadata={"batches_in_run": len(keys), "files_coded_in_run": files,
                                          "articles_coded_in_run": coded, "store": str(store.dir),
                                          "extractor": codebook.extractor})


@dg.asset(group_name=GROUP, deps=[coded_articles],
          check_specs=[dg.AssetCheckSpec(name, asset="release_tables", blocking=True,
                                         description=f"The {table} table matches its Pandera model in schemas/."
                                         if table != "references" else
                                         "Every referenced actor, article and agreement exists in its table.")
                       for table, name in CHECKS.items()],
          description="Resolve actors and agreements across all coded batches of the input index into the release "
                      "tables, and check each against the contract (blocking: a failure stops the run).")
def release_tables(context: dg.AssetExecutionContext, paths: EntentePaths, raw_documents: InputIndex):
    codebook, releases = default_codebook(), Path(paths.releases_dir)
    same = build.unchanged(releases, codebook, raw_documents.fingerprint)
    if same is not None:  # the same inputs, coder and codebook made the latest release: nothing to resolve
        yield dg.Output({}, metadata={"unchanged_since": same.name})
        for name in CHECKS.values():
            yield dg.AssetCheckResult(check_name=name, passed=True, description="unchanged: the latest release stands")
        return
    tables = build.resolve_store(codebook, _store(paths), raw_documents.files, releases, build.utc_now())
    problems = build.contract_problems(tables)
    yield dg.Output(tables, metadata={
        **{f"rows_{name}": frame.height for name, frame in tables.items()},
        "preview_events": _preview(tables["events"].select(
            "event_type", "event_date", "source_actor_id", "target_actor_id", "evidence")),
        "preview_actors": _preview(tables["actors"].select("name", "actor_type", "country", "role")),
    })
    for table, name in CHECKS.items():
        yield dg.AssetCheckResult(check_name=name, passed=not problems[table],
                                  description=problems[table][:2000] or "holds",
                                  metadata={"rows": tables[table].height} if table in tables else {})


@dg.asset(group_name=GROUP, description="Write the release beside its place, rename it in, then move `latest`.")
def release(context: dg.AssetExecutionContext, paths: EntentePaths, raw_documents: InputIndex,
            release_tables: dict[str, pl.DataFrame]) -> dg.MaterializeResult:
    if not release_tables:
        latest = build.read_latest(Path(paths.releases_dir))
        metadata = {"release_id": "unchanged", "path": str(latest), "new_release": False}
    else:
        published = build.publish(default_codebook(), raw_documents.fingerprint, release_tables,
                                  Path(paths.releases_dir), build.utc_now(), validated=True)
        context.log.info(f"release {published.release_id or '(unchanged)'} at {published.path}")
        latest = published.path
        metadata = {"release_id": published.release_id or "unchanged", "path": str(published.path),
                    "new_release": published.new, **{f"rows_{k}": v for k, v in published.rows.items()}}
    if paths.mirror_to and latest is not None:  # again when unchanged: a mirror that failed last time catches up
        from entente.mirror import mirror_release  # fsspec is imported only by builds that mirror

        metadata["mirrored_to"] = mirror_release(latest, paths.mirror_to)
    return dg.MaterializeResult(metadata=metadata)


ASSETS = [raw_documents, coded_articles, release_tables, release]
build_job = dg.define_asset_job("build_release", selection=dg.AssetSelection.assets(*ASSETS))


@dg.schedule(name="daily_release", job=build_job, cron_schedule="0 5 * * *", execution_timezone="UTC")
def daily(context: dg.ScheduleEvaluationContext, paths: EntentePaths) -> dg.RunRequest:
    """Every day: code what landed and publish (nothing is published when nothing changed)."""
    return planned_run(paths, context.instance)


def inbox_state(root: Path) -> str:
    """Names, sizes and modification times of the inbox files: changes when a file lands."""
    digest = hashlib.sha256()
    for _, uri, size, mtime in walk_inputs(root) if root.is_dir() else []:
        digest.update(f"{uri}\0{size}\0{mtime}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=build_job, minimum_interval_seconds=60,
           description="When files land in the inbox: add their batches as partitions and run the build over them.")
def inbox_sensor(context: dg.SensorEvaluationContext, paths: EntentePaths):
    state = inbox_state(Path(paths.input_dir))
    if state == context.cursor:
        return dg.SkipReason(f"no change in {paths.input_dir}")
    missing, request = plan_run(paths, context.instance)
    return dg.SensorResult(
        run_requests=[dg.RunRequest(run_key=state, tags=request.tags, asset_selection=request.asset_selection)],
        dynamic_partitions_requests=[BATCHES.build_add_request(missing)] if missing else [], cursor=state)


def make_paths() -> EntentePaths:
    return EntentePaths(input_dir=os.environ.get("ENTENTE_INPUT", "data/inbox"),
                        releases_dir=os.environ.get("ENTENTE_RELEASES", "data/releases"),
                        mirror_to=os.environ.get("ENTENTE_MIRROR", ""))


defs = dg.Definitions(
    assets=ASSETS,
    jobs=[build_job],
    schedules=[daily],
    sensors=[inbox_sensor],
    resources={"paths": make_paths()},
)


def release_job() -> dg.JobDefinition:
    """The whole graph as a job, to run with any Dagster executor: with the tags and selection of
    `planned_run(make_paths(), instance)`, `dg.execute_job(dg.reconstructable(release_job), instance, ...)`
    runs each step in its own process (the multiprocess executor)."""
    return defs.resolve_job_def("build_release")


def run_build(input_dir: Path, releases_dir: Path, log_level: str = "WARNING",
              instance: dg.DagsterInstance | None = None, mirror_to: str = "") -> dg.ExecuteInProcessResult:
    """Plan, then materialize the whole graph in this process (what `entente build` runs), recording the
    partitions and the run in `instance` (default: a throwaway one; the coded store, not the instance,
    says what is already coded)."""
    paths = EntentePaths(input_dir=str(input_dir), releases_dir=str(releases_dir), mirror_to=mirror_to)
    instance = instance or dg.DagsterInstance.ephemeral()
    request = planned_run(paths, instance)
    if RANGE_START in request.tags:  # worker processes start while Dagster sets the run up
        keys = instance.get_dynamic_partitions(BATCHES.name)
        first, last = keys.index(request.tags[RANGE_START]), keys.index(request.tags[RANGE_END])
        build.start_workers(default_codebook(), last - first + 1)
    try:
        return dg.materialize(
            ASSETS, selection=request.asset_selection, tags=request.tags,
            resources={"paths": paths, "io_manager": dg.mem_io_manager},
            instance=instance,
            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
            raise_on_error=True,
        )
    finally:
        build.stop_workers()

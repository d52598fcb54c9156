"""The same work on other engines: coding batches as tasks of a Dask cluster (here a LocalCluster of
worker processes, the path to many machines), and the whole Dagster graph under the multiprocess
executor, each step in its own process."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest
from polars.testing import assert_frame_equal

from entente import build
from entente.codebook import default_codebook
from entente.definitions import make_paths, planned_run, release_job
from entente.release import read_latest, read_release, verify_release
from entente.store import CodedStore

from .conftest import ROOT, SEEDS

CORPUS = ROOT / "tests" / "corpus" / "dev" / "articles"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(SEEDS, folder)
    shutil.copytree(CORPUS, folder / "more")
    return folder


def test_coding_batches_run_on_a_dask_cluster(inbox, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(build, "FILES_PER_BATCH", 8)
    codebook = default_codebook()
    files = build.index_inputs(inbox)
    on_dask, local = CodedStore(tmp_path / "dask", codebook), CodedStore(tmp_path / "local", codebook)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        coded = build.code_new_files(codebook, on_dask, inbox, files, scheduler=cluster.scheduler_address)
    assert coded == (len(files), len(files))
    assert len(on_dask.batches()) == -(-len(files) // 8)
    monkeypatch.setenv("ENTENTE_WORKERS", "1")
    build.code_new_files(codebook, local, inbox, files)
    now = build.utc_now()
    expected = build.resolve_store(codebook, local, files, tmp_path / "r1", now)
    for name, frame in build.resolve_store(codebook, on_dask, files, tmp_path / "r2", now).items():
        assert_frame_equal(frame, expected[name])


def test_graph_runs_under_the_multiprocess_executor(inbox, tmp_path, monkeypatch):
    releases = tmp_path / "releases"
    monkeypatch.setenv("ENTENTE_INPUT", str(inbox))
    monkeypatch.setenv("ENTENTE_RELEASES", str(releases))
    (tmp_path / "dagster").mkdir()
    monkeypatch.setattr(build, "FILES_PER_BATCH", 8)
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        request = planned_run(make_paths(), instance)
        result = dg.execute_job(dg.reconstructable(release_job), instance=instance, tags=request.tags,
                                asset_selection=request.asset_selection,
                                run_config={"execution": {"config": {"multiprocess": {"max_concurrent": 2}}}})
        assert result.success
        steps = {e.step_key for e in result.all_events if e.event_type_value == "STEP_SUCCESS"}
        batches = instance.get_dynamic_partitions("ingest_batches")
        coded = instance.get_materialized_partitions(dg.AssetKey("coded_articles"))
    assert {"raw_documents", "coded_articles", "release_tables", "release"} <= steps
    assert len(batches) == -(-len(list(inbox.rglob("*.txt"))) // 8) and coded == set(batches)
    latest = read_latest(releases)
    assert latest is not None and verify_release(latest) == []
    assert read_release(latest)["articles"].height == len(list(inbox.rglob("*.txt")))

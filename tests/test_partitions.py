"""Coded batches are Dagster partitions: a build adds the batches it codes as partitions of
`coded_articles` and materializes them as one range, a later build adds and codes only the batches of
new files, and the release is still one snapshot of every batch."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import polars as pl
import pytest
from polars.testing import assert_frame_equal

from entente import build
from entente.codebook import default_codebook
from entente.definitions import (
    BATCHES,
    FINGERPRINT_TAG,
    RANGE_END,
    RANGE_START,
    EntentePaths,
    daily,
    inbox_sensor,
    run_build,
)
from entente.release import read_latest, read_release

from .conftest import ROOT, SEEDS

CODED = dg.AssetKey("coded_articles")
NEW = ("date 2025-06-02\n\nJapan and the Philippines signed a defence pact in Manila on Monday, officials said.\n\n"
       "Source: Test\n")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    shutil.copytree(SEEDS, folder)
    shutil.copytree(ROOT / "tests" / "corpus" / "dev" / "articles", folder / "more")
    return folder


def coded_in_run(result: dg.ExecuteInProcessResult) -> int:
    [event, *_] = result.asset_materializations_for_node("coded_articles")
    return event.metadata["files_coded_in_run"].value


def test_batches_are_partitions_and_a_new_file_codes_one_partition(inbox, tmp_path, monkeypatch):
    monkeypatch.setattr(build, "FILES_PER_BATCH", 8)
    releases = tmp_path / "releases"
    store = build.default_store(releases, default_codebook())
    n_files = len(list(inbox.rglob("*.txt")))
    with dg.DagsterInstance.ephemeral() as instance:
        first = run_build(inbox, releases, instance=instance)
        keys = instance.get_dynamic_partitions(BATCHES.name)
        assert len(keys) == -(-n_files // 8)
        assert keys == [b.name for b in sorted(store.batches(), key=lambda b: keys.index(b.name))]
        assert instance.get_materialized_partitions(CODED) == set(keys)
        assert coded_in_run(first) == n_files

        (inbox / "new.txt").write_text(NEW)
        second = run_build(inbox, releases, instance=instance)
        added = instance.get_dynamic_partitions(BATCHES.name)[len(keys):]
        assert len(added) == 1 and added[0] not in keys
        assert coded_in_run(second) == 1
        assert {e.partition for e in second.asset_materializations_for_node("coded_articles")} == set(added)
        assert instance.get_materialized_partitions(CODED) == {*keys, *added}

        third = run_build(inbox, releases, instance=instance)  # nothing new: no partition, nothing coded
        assert instance.get_dynamic_partitions(BATCHES.name) == [*keys, *added]
        assert third.asset_materializations_for_node("coded_articles") == []
    assert read_release(read_latest(releases))["articles"].height == n_files + 1


def test_a_fresh_instance_learns_the_coded_batches(inbox, tmp_path):
    """The coded store says what is coded: a new Dagster instance gets every batch as a partition and
    codes nothing again."""
    releases = tmp_path / "releases"
    run_build(inbox, releases)
    (inbox / "new.txt").write_text(NEW)
    with dg.DagsterInstance.ephemeral() as instance:
        result = run_build(inbox, releases, instance=instance)
        keys = instance.get_dynamic_partitions(BATCHES.name)
        store = build.default_store(releases, default_codebook())
        assert set(keys) == {b.name for b in store.batches()} and len(keys) == 2
        assert coded_in_run(result) == 1


def test_sensor_adds_the_new_batches_and_requests_one_run_over_them(inbox, tmp_path):
    paths = EntentePaths(input_dir=str(inbox), releases_dir=str(tmp_path / "releases"))
    (tmp_path / "dagster").mkdir()
    with dg.DagsterInstance.local_temp(str(tmp_path / "dagster")) as instance:
        with dg.build_sensor_context(instance=instance, resources={"paths": paths}) as context:
            result = inbox_sensor(context)
        assert isinstance(result, dg.SensorResult)
        [add] = result.dynamic_partitions_requests
        [request] = result.run_requests
        assert add.partitions_def_name == BATCHES.name and len(add.partition_keys) == 1
        assert request.tags[RANGE_START] == request.tags[RANGE_END] == add.partition_keys[0]
        assert CODED in request.asset_selection and request.tags[FINGERPRINT_TAG]
        with dg.build_sensor_context(instance=instance, resources={"paths": paths}, cursor=result.cursor) as context:
            assert isinstance(inbox_sensor(context), dg.SkipReason)

        with dg.build_schedule_context(instance=instance, resources={"paths": paths}) as context:
            request = daily(context)
        assert instance.get_dynamic_partitions(BATCHES.name) == add.partition_keys
        assert request.tags[RANGE_START] == add.partition_keys[0]


def test_resolving_onto_the_latest_release_equals_resolving_everything(tmp_path):
    """A new article that names 'Kenji Morita' of Japan makes the 'Morita' of an older article that
    actor: the older article's events and mentions are resolved again, the rest come from the release."""
    inbox, releases = tmp_path / "inbox", tmp_path / "releases"
    shutil.copytree(ROOT / "tests" / "corpus" / "dev" / "articles", inbox)
    later = inbox / "166_nsa_kulkarni_tokyo.txt"
    text = later.read_text()
    later.unlink()
    run_build(inbox, releases)
    before = read_release(read_latest(releases))
    later.write_text(text)
    codebook = default_codebook()
    store = build.default_store(releases, codebook)
    files = build.index_inputs(inbox, store.stats)
    build.code_new_files(codebook, store, inbox, files)
    now = build.utc_now()
    onto = build.resolve_store(codebook, store, files, releases, now)
    full = build.resolve_store(codebook, store, files, releases, now, incremental=False)
    for name, frame in full.items():
        assert_frame_equal(onto[name], frame)
    older = "144_strategic_dialogue_joint_statement.txt"

    def morita(tables: dict) -> set[str]:
        article = tables["articles"].filter(pl.col("source_uri") == older)["article_id"]
        return set(tables["mentions"].filter(pl.col("article_id").is_in(article.implode())
                                             & pl.col("text").str.contains("Morita"))["actor_id"])

    assert morita(before) and morita(before) != morita(full)


def test_resolving_files_no_batch_holds_names_them(inbox, tmp_path):
    codebook, releases = default_codebook(), tmp_path / "releases"
    store = build.default_store(releases, codebook)
    files = build.index_inputs(inbox)
    build.code_new_files(codebook, store, inbox, files.filter(pl.col("file_uri") != "more/101_india_vietnam_state_visit_mous.txt"))
    with pytest.raises(build.UncodedInputs, match="1 input file.*more/101_india_vietnam_state_visit_mous.txt"):
        build.resolve_store(codebook, store, files, releases, build.utc_now())

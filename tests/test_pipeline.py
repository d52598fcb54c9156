"""The whole Dagster graph on seeds/, and the release promises: valid, atomic, immutable, reproducible."""

import dataclasses
import json
import shutil

import polars as pl
import pytest

from entente import build
from entente.codebook import default_codebook
from entente.definitions import defs, inbox_state, run_build
from entente.release import ReleaseError, publish_lock, publish_release, read_latest, verify_release
from entente.schemas import TABLES, ContractError, check_references, validate_table

from .conftest import SEEDS


def test_graph_materializes_and_every_table_validates(seed_release):
    latest = read_latest(seed_release)
    assert latest is not None and verify_release(latest) == []
    tables = {name: pl.read_parquet(latest / f"{name}.parquet") for name in TABLES}
    for name, frame in tables.items():
        validate_table(name, frame)
    assert check_references(tables) == []
    assert tables["articles"].height == len(list(SEEDS.glob("*.txt")))
    assert tables["events"].height > 0 and tables["actors"].height > 0
    manifest = json.loads((latest / "manifest.json").read_text())
    for key in ("release_id", "parent", "created_at", "schema_version", "pipeline_version", "codebook_version",
                "input_fingerprint"):
        assert key in manifest
    assert set(manifest["files"]) == {f"{t}.parquet" for t in TABLES}
    package = json.loads((latest / "datapackage.json").read_text())
    assert {r["name"] for r in package["resources"]} == set(TABLES)
    assert (latest / "CHANGELOG.md").read_text().startswith(f"# Release {latest.name}")


def test_every_event_carries_evidence_and_coder_version(seed_release):
    latest = read_latest(seed_release)
    events = pl.read_parquet(latest / "events.parquet")
    body = {}
    from entente.ingest import read_inputs

    for article in read_inputs(SEEDS)[0]:
        body[article.article_id] = article.body
    for row in events.iter_rows(named=True):
        assert body[row["article_id"]][row["char_start"]:row["char_end"]] == row["evidence"]
        assert row["extractor"] == default_codebook().extractor


def test_rerun_on_same_input_publishes_nothing_new(tmp_path):
    run_build(SEEDS, tmp_path)
    first = read_latest(tmp_path)
    before = {p.name: p.read_bytes() for p in first.iterdir()}
    run_build(SEEDS, tmp_path)
    assert read_latest(tmp_path) == first
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == [first.name]
    assert {p.name: p.read_bytes() for p in first.iterdir()} == before


def test_changed_code_under_the_same_versions_codes_again(tmp_path):
    run_build(SEEDS, tmp_path)
    codebook = default_codebook()
    assert build.unchanged(tmp_path, codebook, build.plan_build(codebook, build.default_store(tmp_path, codebook),
                                                                SEEDS, tmp_path).fingerprint) is not None
    codebook = dataclasses.replace(codebook, coder_digest="an edited coder")
    plan = build.plan_build(codebook, build.default_store(tmp_path, codebook), SEEDS, tmp_path)
    assert build.unchanged(tmp_path, codebook, plan.fingerprint) is None and len(plan.new_batches) == 1
    assert build.reusable_release(tmp_path, codebook) is None


def test_new_input_makes_a_child_release_with_changelog(tmp_path, inbox):
    releases = tmp_path / "releases"
    run_build(inbox, releases)
    parent = read_latest(releases)
    text = ("date 2025-06-02\n\nJapan and the Philippines signed a defence pact in Manila on Monday, "
            "officials said.\n\nSource: Test\n")
    (inbox / "new.txt").write_text(text)
    (inbox / "broken.txt").write_bytes(b"\x00\x01binary")
    run_build(inbox, releases)
    child = read_latest(releases)
    assert child != parent and child.name > parent.name
    manifest = json.loads((child / "manifest.json").read_text())
    assert manifest["parent"] == parent.name
    assert "| articles | 2 | 1 | 0 |" in (child / "CHANGELOG.md").read_text()
    quarantine = pl.read_parquet(child / "quarantine.parquet")
    assert quarantine.select("source_uri", "reason").rows() == [("broken.txt", "not_text")]
    assert verify_release(parent) == []  # the parent is untouched


def test_failed_validation_leaves_latest_untouched(tmp_path):
    run_build(SEEDS, tmp_path)
    latest = read_latest(tmp_path)
    codebook = default_codebook()
    ingested = build.ingest(SEEDS)
    tables = build.resolve(codebook, ingested, build.code_all(codebook, ingested.articles), tmp_path, build.utc_now())
    tables["events"] = tables["events"].with_columns(pl.lit("NOT_A_TYPE").alias("event_type"))
    with pytest.raises(ContractError, match="events"):
        publish_release(tables, tmp_path, pipeline_version="x", codebook_version="y", input_fingerprint="z",
                        now=build.utc_now())
    assert read_latest(tmp_path) == latest
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")) == [latest.name, "latest"]


def test_crash_between_write_and_rename_leaves_no_half_release(tmp_path):
    codebook = default_codebook()
    ingested = build.ingest(SEEDS)
    tables = build.resolve(codebook, ingested, build.code_all(codebook, ingested.articles), tmp_path, build.utc_now())
    with pytest.raises(ReleaseError, match="fault injection"):
        publish_release(tables, tmp_path, pipeline_version="x", codebook_version="y", input_fingerprint="z",
                        now=build.utc_now(), fail_after_write=True)
    assert read_latest(tmp_path) is None
    assert [p.name for p in tmp_path.iterdir() if p.is_dir()] == []


def test_second_publisher_gets_a_clear_error(tmp_path):
    with publish_lock(tmp_path), pytest.raises(ReleaseError, match="another build"), publish_lock(tmp_path):
        pass


def test_verify_detects_a_modified_file(tmp_path):
    run_build(SEEDS, tmp_path)
    copy = tmp_path / "copy"
    shutil.copytree(read_latest(tmp_path), copy)
    frame = pl.read_parquet(copy / "events.parquet")
    frame.head(0).write_parquet(copy / "events.parquet")
    problems = verify_release(copy)
    assert any("events.parquet: sha256" in p for p in problems)
    assert any("events.parquet: 0 rows" in p for p in problems)


def test_definitions_hold_assets_checks_schedule_and_sensor(tmp_path):
    repo = defs.get_repository_def()
    assert {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()} >= {
        "raw_documents", "coded_articles", "release_tables", "release"}
    assert len(list(repo.asset_graph.asset_check_keys)) == len(TABLES) + 1
    assert [s.name for s in repo.schedule_defs] == ["daily_release"]
    assert [s.name for s in repo.sensor_defs] == ["inbox_sensor"]
    empty = inbox_state(tmp_path)
    (tmp_path / "a.txt").write_text("x")
    assert inbox_state(tmp_path) != empty


def test_resolving_again_gives_byte_identical_tables(tmp_path, monkeypatch):
    """Past the unchanged-input shortcut: the store resolved twice (in batches of different sizes) makes
    the same bytes, so the second publish makes no release."""
    codebook, releases = default_codebook(), tmp_path / "releases"
    files = build.index_inputs(SEEDS)
    store = build.default_store(releases, codebook)
    monkeypatch.setattr(build, "FILES_PER_BATCH", 1)
    build.code_new_files(codebook, store, SEEDS, files)
    first = build.publish(codebook, build.fingerprint(files),
                          build.resolve_store(codebook, store, files, releases, build.utc_now()), releases,
                          build.utc_now())
    again = build.publish(codebook, build.fingerprint(files),
                          build.resolve_store(codebook, store, files, releases, build.utc_now()), releases,
                          build.utc_now())
    assert first.new and not again.new

"""The pipeline's stages as plain functions; Dagster assets (definitions.py) and the CLI call these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from entente import __version__
from entente.codebook import Codebook
from entente.coder import ArticleCoding, code_article
from entente.ingest import Article, Quarantined, input_fingerprint, list_inputs, read_inputs
from entente.release import Published, publish_release, read_latest, read_release, validate_release_tables
from entente.resolve import build_tables, quarantine_frame


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


def previous_times(releases: Path) -> tuple[dict[str, dt.datetime], dict[tuple[str, str], dt.datetime]]:
    """When each article and quarantined input was first seen, from the latest release, so that a
    re-run on the same inputs reproduces the same tables byte for byte."""
    latest = read_latest(releases)
    if latest is None:
        return {}, {}
    tables = read_release(latest)
    articles = dict(zip(tables["articles"]["article_id"], tables["articles"]["ingested_at"], strict=True))
    q = tables["quarantine"]
    quarantine = dict(zip(zip(q["source_uri"], q["reason"], strict=True), q["seen_at"], strict=True))
    return articles, quarantine


def resolve(codebook: Codebook, ingested: Ingested, codings: list[ArticleCoding], releases: Path,
            now: dt.datetime) -> dict[str, pl.DataFrame]:
    seen_articles, seen_quarantine = previous_times(releases)
    tables = build_tables(codings, seen_articles, codebook.extractor, now)
    tables["quarantine"] = quarantine_frame([
        {"source_uri": q.source_uri, "reason": q.reason, "detail": q.detail,
         "seen_at": seen_quarantine.get((q.source_uri, q.reason), now)}
        for q in ingested.quarantined
    ])
    return tables


def validate(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    validate_release_tables(tables)
    return tables


def publish(codebook: Codebook, ingested: Ingested, tables: dict[str, pl.DataFrame], releases: Path,
            now: dt.datetime) -> Published:
    return publish_release(tables, releases, pipeline_version=__version__, codebook_version=codebook.version,
                           input_fingerprint=ingested.fingerprint, now=now)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)

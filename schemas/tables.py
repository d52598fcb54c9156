"""Pandera (polars) models of the release tables; see docs/data-contract.md.

Change a model only together with `SCHEMA_VERSION` and the snapshot (`make snapshot`): adding a column
is a minor version, renaming, removing or retyping one is a major version.
"""

from __future__ import annotations

import json

import pandera.polars as pa
import polars as pl

SCHEMA_VERSION = "1.0.0"

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
PRECISIONS = ["day", "month", "year"]
ACTOR_TYPES = ["person", "country", "igo", "organization", "group"]
SECTORS = ["government", "military", "legislature", "judiciary", "business", "civil_society", "media", "rebel", "other"]
AGREEMENT_TYPES = ["treaty", "agreement", "protocol", "memorandum", "declaration", "joint_statement", "partnership",
                   "trade_agreement", "ceasefire", "other"]
AGREEMENT_STATUSES = ["proposed", "negotiating", "concluded", "signed", "ratified", "in_force", "suspended", "withdrawn"]
ISO3 = r"^[A-Z]{3}$"
STR_LIST = pl.List(pl.Utf8)
UTC_US = pl.Datetime(time_unit="us", time_zone="UTC")


class ContractError(ValueError):
    """A table breaks the data contract; the message names the table, the column and the failing rows."""


class Articles(pa.DataFrameModel):
    article_id: str = pa.Field(unique=True, str_matches=r"^art_[0-9a-f]{16}$")
    source_uri: str = pa.Field(str_length={"min_value": 1})
    publisher: str = pa.Field(nullable=True)
    title: str = pa.Field(nullable=True)
    published_date: pl.Date = pa.Field(nullable=True)
    language: str = pa.Field(str_matches=r"^[a-z]{2}$")
    n_sentences: pl.Int32 = pa.Field(ge=0)
    body_sha256: str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    ingested_at: UTC_US

    class Config:
        strict = True
        ordered = True


class Events(pa.DataFrameModel):
    event_id: str = pa.Field(unique=True, str_matches=r"^evt_[0-9a-f]{16}$")
    article_id: str
    sentence_index: pl.Int32 = pa.Field(ge=0)
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=0)
    evidence: str = pa.Field(str_length={"min_value": 1})
    event_date: pl.Date = pa.Field(nullable=True)
    event_date_precision: str = pa.Field(nullable=True, isin=PRECISIONS)
    event_type: str = pa.Field(isin=PLOVER_TYPES)
    event_mode: str = pa.Field(nullable=True)
    contexts: STR_LIST
    cameo_code: str = pa.Field(nullable=True, str_matches=r"^[0-2][0-9]{2,3}$")
    quad_class: pl.Int8 = pa.Field(isin=[1, 2, 3, 4])
    source_actor_id: str = pa.Field(nullable=True)
    target_actor_id: str = pa.Field(nullable=True)
    location: str = pa.Field(nullable=True)
    location_country: str = pa.Field(nullable=True, str_matches=ISO3)
    agreement_id: str = pa.Field(nullable=True)
    negated: bool
    confidence: pl.Float32 = pa.Field(ge=0, le=1)
    extractor: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        ordered = True

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))

    @pa.dataframe_check
    def date_has_precision(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("event_date").is_null() == pl.col("event_date_precision").is_null())


class Actors(pa.DataFrameModel):
    actor_id: str = pa.Field(unique=True, str_matches=r"^act_[0-9a-f]{16}$")
    name: str = pa.Field(str_length={"min_value": 1})
    actor_type: str = pa.Field(isin=ACTOR_TYPES)
    country: str = pa.Field(nullable=True, str_matches=ISO3)
    role: str = pa.Field(nullable=True)
    sector: str = pa.Field(nullable=True, isin=SECTORS)
    aliases: STR_LIST
    first_seen: pl.Date = pa.Field(nullable=True)
    last_seen: pl.Date = pa.Field(nullable=True)
    n_mentions: pl.Int32 = pa.Field(ge=0)

    class Config:
        strict = True
        ordered = True

    @pa.dataframe_check
    def seen_in_order(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select(pl.col("first_seen").is_null() | (pl.col("first_seen") <= pl.col("last_seen")))


class Agreements(pa.DataFrameModel):
    agreement_id: str = pa.Field(unique=True, str_matches=r"^agr_[0-9a-f]{16}$")
    name: str = pa.Field(str_length={"min_value": 1})
    agreement_type: str = pa.Field(isin=AGREEMENT_TYPES)
    status: str = pa.Field(isin=AGREEMENT_STATUSES)
    status_date: pl.Date = pa.Field(nullable=True)
    status_date_precision: str = pa.Field(nullable=True, isin=PRECISIONS)
    parties: STR_LIST
    signatories: STR_LIST
    location: str = pa.Field(nullable=True)
    first_article_id: str
    evidence: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        ordered = True


class Mentions(pa.DataFrameModel):
    article_id: str
    actor_id: str
    sentence_index: pl.Int32 = pa.Field(ge=0)
    char_start: pl.Int32 = pa.Field(ge=0)
    char_end: pl.Int32 = pa.Field(ge=0)
    text: str = pa.Field(str_length={"min_value": 1})

    class Config:
        strict = True
        ordered = True
        unique = ["article_id", "actor_id", "char_start", "char_end"]


class Quarantine(pa.DataFrameModel):
    source_uri: str
    reason: str = pa.Field(str_matches=r"^[a-z_]+$")
    detail: str
    seen_at: UTC_US

    class Config:
        strict = True
        ordered = True


TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": Articles, "events": Events, "actors": Actors,
    "agreements": Agreements, "mentions": Mentions, "quarantine": Quarantine,
}


def empty_frame(table: str) -> pl.DataFrame:
    schema = TABLES[table].to_schema()
    return pl.DataFrame(schema={name: col.dtype.type for name, col in schema.columns.items()})


def validate_table(table: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Validate one table; raise ContractError naming the table, columns and failing rows."""
    try:
        return TABLES[table].validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases.head(10)
        lines = [f"column {c['column']!r}: {c['check']} failed for {c['failure_case']!r} (row {c['index']})"
                 for c in cases.iter_rows(named=True)]
        raise ContractError(f"table {table!r} breaks the contract:\n  " + "\n  ".join(lines)) from None


def check_references(tables: dict[str, pl.DataFrame]) -> list[str]:
    """The cross-table rules: every referenced actor, article and agreement exists. Returns problems."""
    actors = tables["actors"]["actor_id"]
    articles = tables["articles"]["article_id"]
    agreements = tables["agreements"]["agreement_id"]
    problems = []

    def missing(table: str, column: str, values: pl.Series, known: pl.Series) -> None:
        values = values.drop_nulls()
        bad = values.filter(~values.is_in(known.implode())).unique().sort()
        if len(bad):
            problems.append(f"{table}.{column}: {len(bad)} value(s) not found, e.g. {bad.head(3).to_list()}")

    events = tables["events"]
    missing("events", "article_id", events["article_id"], articles)
    missing("events", "source_actor_id", events["source_actor_id"], actors)
    missing("events", "target_actor_id", events["target_actor_id"], actors)
    missing("events", "agreement_id", events["agreement_id"], agreements)
    agr = tables["agreements"]
    missing("agreements", "parties", agr["parties"].explode(), actors)
    missing("agreements", "signatories", agr["signatories"].explode(), actors)
    missing("agreements", "first_article_id", agr["first_article_id"], articles)
    missing("mentions", "article_id", tables["mentions"]["article_id"], articles)
    missing("mentions", "actor_id", tables["mentions"]["actor_id"], actors)
    return problems


def schema_snapshot() -> dict:
    """A JSON-able description of every table's columns, types, nullability and checks."""
    out: dict = {"schema_version": SCHEMA_VERSION, "tables": {}}
    for name, model in TABLES.items():
        schema = model.to_schema()
        out["tables"][name] = {
            "columns": {
                col_name: {
                    "dtype": str(col.dtype),
                    "nullable": col.nullable,
                    "unique": col.unique,
                    "checks": [f"{c.name}({json.dumps(c.statistics, default=str, sort_keys=True)})" for c in col.checks],
                }
                for col_name, col in schema.columns.items()
            },
            "table_checks": sorted(c.name for c in schema.checks),
            "unique_together": list(schema.unique or []),
        }
    return out

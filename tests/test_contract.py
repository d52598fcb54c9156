"""The Pandera models are the contract: they match the committed snapshot and the contract's columns."""

import json
import re
from pathlib import Path

import polars as pl
import pytest

from entente.schemas import TABLES, ContractError, check_references, validate_table
from entente.schemas.snapshot import SNAPSHOT, render
from entente.schemas.tables import empty_frame

CONTRACT = Path(__file__).resolve().parents[1] / "docs" / "data-contract.md"


def test_models_match_the_committed_snapshot():
    assert SNAPSHOT.read_text() == render(), (
        "the table schemas changed: review the change, bump SCHEMA_VERSION and run `make snapshot`")


def test_snapshot_names_the_schema_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", json.loads(SNAPSHOT.read_text())["schema_version"])


def _contract_columns() -> dict[str, list[str]]:
    tables: dict[str, list[str]] = {}
    current = None
    for line in CONTRACT.read_text().splitlines():
        heading = re.match(r"### (\w+)", line)
        if heading:
            current = heading.group(1)
            tables[current] = []
        elif current and line.startswith("| ") and not line.startswith("| column"):
            names = line.split("|")[1].strip()
            tables[current] += [n.strip() for n in names.split(",")]
    return tables


def test_every_contract_column_is_in_the_models_in_order():
    for table, columns in _contract_columns().items():
        assert list(TABLES[table].to_schema().columns) == columns, table


def test_empty_tables_validate():
    for table in TABLES:
        validate_table(table, empty_frame(table))


def test_a_broken_row_names_table_column_and_row():
    frame = empty_frame("quarantine").vstack(pl.DataFrame(
        {"source_uri": ["a.txt"], "reason": ["Not A Code"], "detail": ["x"],
         "seen_at": pl.Series([0], dtype=pl.Datetime("us", "UTC"))}))
    with pytest.raises(ContractError, match=r"(?s)table .quarantine.*column .reason.*row 0"):
        validate_table("quarantine", frame)


def test_dangling_references_are_reported():
    tables = {t: empty_frame(t) for t in TABLES}
    tables["mentions"] = pl.DataFrame({"article_id": ["art_0000000000000000"], "actor_id": ["act_0000000000000000"],
                                       "sentence_index": [0], "char_start": [0], "char_end": [3], "text": ["abc"]},
                                      schema=tables["mentions"].schema)
    problems = check_references(tables)
    assert any(p.startswith("mentions.article_id") for p in problems)
    assert any(p.startswith("mentions.actor_id") for p in problems)

"""The data contract in executable form: Pandera models of the six release tables, the cross-table
rules, and the committed JSON snapshot that makes every schema change a reviewed diff."""

from entente.schemas.tables import (
    SCHEMA_VERSION,
    TABLES,
    ContractError,
    check_references,
    schema_snapshot,
    validate_table,
)

__all__ = ["SCHEMA_VERSION", "TABLES", "ContractError", "check_references", "schema_snapshot", "validate_table"]

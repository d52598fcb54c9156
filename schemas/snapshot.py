"""Write the JSON snapshot of the table schemas: `python -m entente.schemas.snapshot`.

The snapshot is committed; tests/test_contract.py fails when the models and the snapshot disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from entente.schemas.tables import schema_snapshot

SNAPSHOT = Path(__file__).parent / "snapshot" / "tables.json"


def render() -> str:
    return json.dumps(schema_snapshot(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(render())
    print(f"wrote {SNAPSHOT}")

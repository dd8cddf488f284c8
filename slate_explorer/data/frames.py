"""Tables of a Slate as pandas DataFrames (for display and download), and raw CSV bytes."""

from __future__ import annotations

import pandas as pd

from .models import OPTIONAL_TABLES, TABLES
from .slate import Slate


def frame(slate: Slate, table: str) -> pd.DataFrame:
    rows = slate.rows_of(table)
    columns = list(TABLES[table].model_fields)
    records = [{k: getattr(v, "value", v) if not isinstance(v, list) else "; ".join(v) for k, v in r.model_dump().items()} for r in rows]
    return pd.DataFrame.from_records(records, columns=columns)


def csv_bytes(slate: Slate, table: str) -> bytes:
    """The published file itself, byte for byte, so a download matches its checksum."""
    return (slate.path / f"{table}.csv").read_bytes()


def tables_of(slate: Slate) -> list[str]:
    """The tables a version has: every table, less the optional ones it was made without."""
    return [t for t in TABLES if t not in OPTIONAL_TABLES or (slate.path / f"{t}.csv").is_file()]

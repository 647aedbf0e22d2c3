"""What the workspace has imported, newest first: the import history the import page lists."""

from __future__ import annotations

import duckdb
import pandas as pd


def import_history(cur: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every import, newest first: time, file, format, kind, its counts, checksum, whether undone."""
    return cur.execute(
        "SELECT imported_at, file_name, format, kind, rows, inserted, updated, unchanged, rejected, checksum, "
        "undone FROM imports ORDER BY import_id DESC"
    ).df()

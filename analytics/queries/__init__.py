"""Named, parameterised SQL. One module per area; helpers to run a query here.

Values always travel as ``?`` parameters; the only text spliced into SQL is fixed fragments
built by :class:`analytics.filters.Filters`.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

# Engagements of one post: reactions + comments + reposts; where an export gave only a total
# (LinkedIn's member TOP POSTS list), that total; NULL when nothing is known.
ENGAGEMENTS = (
    "CASE WHEN p.reactions IS NULL AND p.comments IS NULL AND p.reposts IS NULL THEN p.engagements_total "
    "ELSE coalesce(p.reactions, 0) + coalesce(p.comments, 0) + coalesce(p.reposts, 0) END"
)
# Pooled engagement rate over the rows of a group: only posts with known impressions count.
POOLED_RATE = (
    f"sum({ENGAGEMENTS}) FILTER (WHERE p.impressions > 0) "
    "/ nullif(sum(p.impressions) FILTER (WHERE p.impressions > 0 AND "
    f"({ENGAGEMENTS}) IS NOT NULL), 0)"
)
# A post's own engagement rate (NULL without impressions).
POST_RATE = f"({ENGAGEMENTS}) / nullif(p.impressions, 0)"


def frame(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    """Run a query and return a DataFrame (small, aggregated results only)."""
    return cur.execute(sql, params or []).df()


def one(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> dict[str, Any]:
    """Run a query returning one row and give it as a dict."""
    result = cur.execute(sql, params or [])
    names = [column[0] for column in result.description]
    row = result.fetchone()
    return dict(zip(names, row, strict=True)) if row else dict.fromkeys(names)

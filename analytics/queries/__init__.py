"""Named, parameterised SQL. One module per area; helpers to run a query here.

Values always travel as ``?`` parameters; the only text spliced into SQL is fixed fragments
built by :class:`analytics.filters.Filters`.
"""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd

# A post with reactions, comments and reposts all known (its engagements are their sum).
BREAKDOWN = "p.reactions IS NOT NULL AND p.comments IS NOT NULL AND p.reposts IS NOT NULL"
# Engagements of one post: reactions + comments + reposts where all three are known; else the
# total LinkedIn reports (its member TOP POSTS list gives no breakdown); NULL when neither is known.
ENGAGEMENTS = f"CASE WHEN {BREAKDOWN} THEN p.reactions + p.comments + p.reposts ELSE p.engagements_total END"
# Rates rest only on the posts that have both figures: engagements known and impressions above 0.
HAS_RATE = f"p.impressions > 0 AND ({ENGAGEMENTS}) IS NOT NULL"
POOLED_RATE = (
    f"sum({ENGAGEMENTS}) FILTER (WHERE {HAS_RATE}) "
    f"/ nullif(sum(p.impressions) FILTER (WHERE {HAS_RATE}), 0)"
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

"""The command line's ``summary``: the programme's figures, its goals and the company page.

Its keys are a public contract. It sits above the queries and the goals, which build on the
queries, so that neither has to import the other's caller.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from analytics import covered, goals
from analytics.queries import company_page, overview


def summary(cur: duckdb.DuckDBPyConnection, start: date | None = None, end: date | None = None) -> dict[str, Any]:
    """The programme's figures, ``goals`` (always, empty when none is set) and ``company_page``
    (only with the page's posts) for the period."""
    out: dict[str, Any] = {**overview.programme_summary(cur, start, end), "goals": goals.summary(cur),
                           "cohort_in_period": covered.cohort_in_period(cur, start, end)}
    page = company_page.summary(cur, start, end)
    if page is not None:
        out["company_page"] = page
    return out

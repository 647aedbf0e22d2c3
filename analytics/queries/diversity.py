"""Queries for the diversity page: cohort composition and applicants vs selected.

Performance by group lives in :mod:`analytics.queries.groups` (shared with the command line).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.queries import frame, one
from analytics.queries.groups import ATTRIBUTES, age_reference, attribute_sql

# One block per attribute; the column names are the fixed ATTRIBUTES, never user input.
_COMPOSITION_PART = (
    "SELECT '{column}' AS attribute, coalesce(CAST({value} AS VARCHAR), 'unknown') AS \"group\", "
    "count(*) AS influencers FROM influencers i WHERE i.in_roster AND {where} GROUP BY ALL"
)
_APPLICANTS_PART = (
    "SELECT '{column}' AS attribute, coalesce(CAST({value} AS VARCHAR), 'unknown') AS \"group\", "
    "count(*) AS applicants, count(*) FILTER (WHERE a.selected) AS selected "
    "FROM applicants a WHERE {where} GROUP BY ALL"
)
APPLICANT_SHARES = (
    "SELECT *, applicants / sum(applicants) OVER (PARTITION BY attribute) AS applicant_share, "
    "selected / nullif(sum(selected) OVER (PARTITION BY attribute), 0) AS selected_share "
    "FROM ({parts}) ORDER BY attribute, applicants DESC, \"group\""
)
ROSTER_SIZE = "SELECT count(*) AS n FROM influencers i WHERE i.in_roster AND {where}"
APPLICANT_TOTALS = (
    "SELECT count(*) AS applicants, count(*) FILTER (WHERE a.selected) AS selected FROM applicants a WHERE {where}"
)


def _programme_where(filters: Filters) -> tuple[str, list]:
    """The selection's roster people in the programme at the period's end (joined by then, not left
    before; unknown dates do not exclude); everyone without a period end."""
    where, params = filters.people_where("i")
    if filters.end is None:
        return where, params
    return (f"{where} AND (i.joined_on IS NULL OR i.joined_on <= ?) AND (i.left_on IS NULL OR i.left_on >= ?)",
            [*params, filters.end, filters.end])


def roster_size(cur: duckdb.DuckDBPyConnection, filters: Filters) -> int:
    """Number of roster people in the selection, in the programme at the period's end."""
    where, params = _programme_where(filters)
    return int(one(cur, ROSTER_SIZE.format(where=where), params)["n"])


def composition(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Roster people per value of every attribute: columns attribute, group, influencers.

    The cohort is the programme as of the period's end (who had joined by then and not left).
    Counting the cohort itself is not a performance breakdown, so every group is shown. Age bands
    are those at the end of the analysed period (:func:`analytics.queries.groups.age_reference`).
    """
    where, params = _programme_where(filters)
    sql, all_params = _parts(_COMPOSITION_PART, "i", where, params, age_reference(cur, filters))
    return frame(cur, sql + " ORDER BY attribute, influencers DESC, \"group\"", all_params)


def _parts(template: str, alias: str, where: str, params: list, reference: date) -> tuple[str, list]:
    """One block per attribute joined by UNION ALL, with each block's parameters in order."""
    parts, all_params = [], []
    for column in ATTRIBUTES:
        value, value_params = attribute_sql(column, alias, reference)
        parts.append(template.format(column=column, value=value, where=where))
        all_params += value_params + params
    return " UNION ALL ".join(parts), all_params


def _applicant_where(filters: Filters) -> tuple[str, list]:
    """Applicants are not linked to influencer ids; of the sidebar filters only cohorts apply."""
    if not filters.cohorts:
        return "TRUE", []
    return f"coalesce(a.cohort, '') IN ({', '.join('?' for _ in filters.cohorts)})", list(filters.cohorts)


def applicants_vs_selected(cur: duckdb.DuckDBPyConnection, filters: Filters) -> pd.DataFrame:
    """Applicants and selected applicants per value of every attribute.

    Columns: attribute, group, applicants, selected, applicant_share, selected_share (shares
    of all applicants and of all selected people in the selection).
    """
    where, params = _applicant_where(filters)
    sql, all_params = _parts(_APPLICANTS_PART, "a", where, params, age_reference(cur, filters))
    return frame(cur, APPLICANT_SHARES.format(parts=sql), all_params)


def applicant_totals(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, int]:
    """How many applied and how many were selected."""
    where, params = _applicant_where(filters)
    row = one(cur, APPLICANT_TOTALS.format(where=where), params)
    return {"applicants": int(row["applicants"]), "selected": int(row["selected"] or 0)}

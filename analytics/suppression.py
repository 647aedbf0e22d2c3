"""Small-group suppression that cannot be undone by subtraction.

Two rules, used by every page, the briefing (page, HTML, PowerPoint) and ``summary --by``:

1. **Complementary suppression** (:func:`suppress`). In a breakdown by a roster attribute a
   group with fewer people than the workspace's threshold is hidden. The programme total is
   shown everywhere (overview tiles, briefing), so when *exactly one* group is hidden the total
   minus the shown groups would give its figures. Then the smallest other group (fewest people,
   ties by the group's name — never by a figure) is hidden as well: the remainder always spans
   at least two groups, or none.
2. **Narrowed views** (:func:`narrowing`). Attribute filters (cohort, profession, department)
   that leave fewer people than the threshold would show a small group's — often one
   person's — figures, so such a view shows the suppression message instead of figures; so do
   filters that leave out fewer people than the threshold (all departments but one of one
   person: the total minus the view would give that person's figures). Within an
   attribute-filtered breakdown a group whose people outside the filter are fewer than the
   threshold (but not none) is hidden as well, for the same subtraction. People
   chosen by name are not a group: the people filter alone never narrows while names are shown.
   With pseudonyms on, chosen people count towards the narrowed group (their figures beside an
   attribute filter tell which pseudonym has the attribute), and group views (the diversity
   page, the briefing's cohort composition) are closed for any chosen people: the attributes of
   a chosen set of pseudonyms, or of everyone but them, tell who is who.

The threshold is the workspace setting ``min_group`` (:func:`threshold`), never a URL parameter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import duckdb
import pandas as pd

from analytics import settings
from analytics.filters import Filters

BELOW = "below_min_group"  # a group smaller than the threshold
COMPLEMENTARY = "complementary"  # hidden so that the one small group cannot be subtracted
SMALL_OUTSIDE = "small_outside"  # the group's people outside the attribute filters are too few

NARROWED_ATTRIBUTES = "attributes"  # attribute filters leave fewer people than the threshold
NARROWED_LEFT_OUT = "left_out"  # attribute filters leave out fewer people than the threshold
NARROWED_PSEUDONYMS = "pseudonyms"  # chosen pseudonyms in a group view

NARROWED_PEOPLE = (
    "SELECT count(*) AS n FROM influencers i WHERE {where}"
)


def threshold(cur: duckdb.DuckDBPyConnection) -> int:
    """The workspace's minimum group size."""
    return int(settings.get(cur, "min_group"))


@dataclass(frozen=True)
class Suppressed:
    """A breakdown after suppression: the groups shown and the hidden ones with their reason."""

    shown: pd.DataFrame
    hidden: tuple[tuple[str, str], ...]  # (group, BELOW, SMALL_OUTSIDE or COMPLEMENTARY)

    @property
    def below(self) -> int:
        """Groups hidden because they are smaller than the threshold."""
        return sum(1 for _, reason in self.hidden if reason == BELOW)


def suppress(groups: pd.DataFrame, min_group: int, size: str = "influencers", name: str = "group",
             outside: pd.Series | None = None) -> Suppressed:
    """The groups of a breakdown that may be shown (rule 1 above), in their original order.

    ``outside``: per group (aligned with ``groups``), its people left out by attribute filters.
    """
    small = groups[size] < min_group
    if outside is not None:
        few_outside = (outside > 0) & (outside < min_group) & ~small
        hidden = [(str(group), SMALL_OUTSIDE if few else BELOW)
                  for group, few in zip(groups.loc[small | few_outside, name], few_outside[small | few_outside],
                                        strict=True)]
        small = small | few_outside
    else:
        hidden = [(str(group), BELOW) for group in groups.loc[small, name]]
    if len(hidden) == 1:
        others = groups[~small].sort_values([size, name], kind="stable")
        if not others.empty:
            hidden.append((str(others.iloc[0][name]), COMPLEMENTARY))
    hidden_names = {group for group, _ in hidden}
    keep = ~groups[name].astype(str).isin(hidden_names)
    return Suppressed(groups[keep].reset_index(drop=True), tuple(hidden))


def _attribute_filters(filters: Filters) -> bool:
    return bool(filters.cohorts or filters.professions or filters.departments)


def without_attributes(filters: Filters) -> Filters:
    """The same selection without its attribute filters (what an attribute-filtered view is part of)."""
    return replace(filters, cohorts=(), professions=(), departments=())


def left_out(cur: duckdb.DuckDBPyConnection, filters: Filters) -> int | None:
    """How many people the attribute filters leave out; None when no attribute filter is set."""
    if not _attribute_filters(filters):
        return None
    attributes = Filters(cohorts=filters.cohorts, professions=filters.professions, departments=filters.departments)
    where, params = attributes.people_where("i")
    inside = int(cur.execute(NARROWED_PEOPLE.format(where=where), params).fetchone()[0])
    return int(cur.execute(NARROWED_PEOPLE.format(where="TRUE")).fetchone()[0]) - inside


def narrowed_size(cur: duckdb.DuckDBPyConnection, filters: Filters) -> int | None:
    """How many people the attribute filters narrow a view to (with pseudonyms on, together with
    the chosen people); None when no attribute filter is set."""
    if not _attribute_filters(filters):
        return None
    if not filters.pseudonymise:
        filters = Filters(cohorts=filters.cohorts, professions=filters.professions, departments=filters.departments)
    where, params = filters.people_where("i")
    return int(cur.execute(NARROWED_PEOPLE.format(where=where), params).fetchone()[0])


def narrowing(cur: duckdb.DuckDBPyConnection, filters: Filters, group_view: bool = False) -> str | None:
    """Why the selection may not show performance figures (rule 2 above), or None when it may.

    ``group_view``: the view shows roster attributes of the selected people (diversity page,
    the briefing's cohort composition).
    """
    size = narrowed_size(cur, filters)
    if size is not None and size < filters.min_group:
        return NARROWED_ATTRIBUTES
    outside = left_out(cur, filters)
    if outside is not None and 0 < outside < filters.min_group:
        return NARROWED_LEFT_OUT
    if group_view and filters.pseudonymise and filters.influencer_ids:
        return NARROWED_PSEUDONYMS
    return None

"""Small-group suppression that cannot be undone by subtraction.

The rules, used by every page, the briefing (page, HTML, PowerPoint) and ``summary --by``, with
the workspace's threshold t (:func:`threshold`, never a URL parameter):

1. **Contributors, not members.** A group's figures are made of the posts of the people who
   posted in the period, so a group's figures are shown only when at least t people *contributed*
   to them — a group of nine women of whom one posted shows nothing.
2. **Pooled before hidden** (:func:`pool`). In a breakdown by a roster attribute, groups below
   the threshold are merged before anything is hidden: with a coded or free-text attribute (gender,
   profession, department) all small groups go into one pool, and a pool still too small joins
   the next smallest group ("männlich + divers"); with an ordered attribute (age band,
   experience) a small group joins its smaller neighbour ("50–59 + 60+"). Only what no merge
   brings to the threshold is hidden.
3. **No subtraction.** A group is also merged (or hidden) when its contributors differ by fewer
   than t from those of an allowed filter selection or of a group shown in an earlier breakdown
   (gender, age band, profession, department, experience, in this order): their difference would
   be a few people's figures. When everything shown leaves out fewer than t contributors of the
   view (hidden groups, authors outside the roster), the smallest shown group is hidden as well
   (complementary suppression, ties by the group's name — never by a figure).
4. **Narrowed views** (:func:`narrowing`). The cohort, profession and department filters offer
   only pooled options (see :mod:`analytics.selections`: no two allowed selections differ by fewer
   than t contributors); a choice of values that is not made of whole options — from an old link,
   or a period in which a value has too few contributors — shows the suppression message instead
   of figures, and so do filters that leave fewer than t people, or leave out fewer than t. People
   chosen by name are not a group: the people filter alone never narrows while names are shown.
   With pseudonyms on, chosen people count towards the narrowed group (their figures beside an
   attribute filter tell which pseudonym has the attribute), and group views (the diversity
   page, the briefing's cohort composition) are closed for any chosen people: the attributes of
   a chosen set of pseudonyms, or of everyone but them, tell who is who.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics import selections, settings
from analytics.errors import CockpitError
from analytics.filters import Filters

BELOW = "below_min_group"  # fewer contributors than the threshold, and no merge helps
COMPLEMENTARY = "complementary"  # hidden so that what is left out cannot be subtracted
DIFFERENCE = "difference"  # would differ from a selection or another group by fewer than the threshold

NARROWED_ATTRIBUTES = "attributes"  # attribute filters leave fewer people than the threshold
NARROWED_LEFT_OUT = "left_out"  # attribute filters leave out fewer people than the threshold
NARROWED_NOT_OFFERED = "not_offered"  # attribute values chosen that are not whole options
NARROWED_PSEUDONYMS = "pseudonyms"  # chosen pseudonyms in a group view

NARROWED_PEOPLE = (
    "SELECT count(*) AS n FROM influencers i WHERE {where}"
)


def threshold(cur: duckdb.DuckDBPyConnection) -> int:
    """The workspace's minimum group size."""
    return int(settings.get(cur, "min_group"))


# ---------------------------------------------------------------- breakdowns
@dataclass(frozen=True)
class Pooling:
    """A breakdown's groups after rules 1–3: the groups shown (each the values it pools) and the
    values hidden with their reason."""

    shown: tuple[tuple[str, ...], ...]
    hidden: tuple[tuple[str, str], ...]


def pool(groups: dict[str, frozenset[int]], min_group: int, everyone: frozenset[int],
         order: Sequence[str] | None = None,
         differs_safely: Callable[[frozenset[int]], bool] | None = None) -> Pooling:
    """Merge and hide the groups of one breakdown (rules 1–3 above).

    ``groups``: each value's contributors, in reading order (every value with people, even with
    none who posted); ``everyone``: the view's contributors (the groups' and those in no group);
    ``order``: the values' order for an ordered attribute (merges go to neighbours), None for
    coded or free text; ``differs_safely``: whether a set of contributors may be shown beside the
    figures already shown elsewhere (rule 3), None when it is not checked.
    """
    rank = {value: n for n, value in enumerate(groups)}
    position = {value: n for n, value in enumerate(order or ())}

    def people(members: tuple[str, ...]) -> frozenset[int]:
        return frozenset().union(*(groups[m] for m in members))

    def passes(members: tuple[str, ...]) -> bool:
        if min_group <= 1:  # a threshold of 1 hides nothing, not even a group nobody posted in
            return True
        contributors = people(members)
        return len(contributors) >= min_group and (differs_safely is None or differs_safely(contributors))

    def merged(*parts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted((m for part in parts for m in part), key=rank.__getitem__))

    def size(members: tuple[str, ...]) -> tuple[int, str]:
        return len(people(members)), " + ".join(members)

    current = [(value,) for value in groups]
    hidden: list[tuple[str, str]] = []
    while failing := [group for group in current if not passes(group)]:
        if order is None:
            small = merged(*failing)  # all small groups in one pool
            current = [group for group in current if group not in failing] + [small]
            if passes(small):
                continue
            candidates = sorted((group for group in current if group != small), key=size)
        else:
            small = min(failing, key=size)
            candidates = sorted(_neighbours(small, current, position), key=size)
        partner = next((group for group in candidates if passes(merged(small, group))), None)
        if partner is None:  # two small neighbours pool together and look further from there
            partner = next((group for group in candidates if not passes(group)), None)
        current.remove(small)
        if partner is None:
            hidden += [(m, BELOW if len(groups[m]) < min_group else DIFFERENCE) for m in small]
            continue
        current[current.index(partner)] = merged(small, partner)
    while current and 0 < len(everyone - frozenset().union(*map(people, current))) < min_group:
        smallest = min(current, key=size)
        current.remove(smallest)
        hidden += [(m, COMPLEMENTARY) for m in smallest]
    return Pooling(tuple(sorted(current, key=lambda group: rank[group[0]])), tuple(hidden))


def _neighbours(group: tuple[str, ...], current: list[tuple[str, ...]],
                position: dict[str, int]) -> list[tuple[str, ...]]:
    """The groups beside ``group`` in the attribute's order; for a group of values outside the
    order (unknown) every other group."""
    placed = sorted((g for g in current if any(m in position for m in g)),
                    key=lambda g: min(position[m] for m in g if m in position))
    if group not in placed:
        return [g for g in current if g != group]
    at = placed.index(group)
    return placed[max(at - 1, 0):at] + placed[at + 1:at + 2]


@dataclass(frozen=True)
class Suppressed:
    """A breakdown after suppression: the groups shown (column ``members``: the values a group
    pools; ``group``: its key, the members joined by " + ") and the hidden values with their reason."""

    shown: pd.DataFrame
    hidden: tuple[tuple[str, str], ...]  # (value, BELOW, COMPLEMENTARY or DIFFERENCE)
    small: frozenset[str] = frozenset()  # the values that alone had fewer contributors than the threshold

    @property
    def pooled_for_difference(self) -> bool:
        """True when everything shown is one pool of values each large enough alone: they were pooled
        because each alone would differ from a selection or another group by fewer than the threshold."""
        return len(self.shown) == 1 and len(self.shown["members"][0]) > 1 \
            and not self.small & set(self.shown["members"][0])

    @property
    def below(self) -> int:
        """Values hidden because too few people contributed to them."""
        return sum(1 for _, reason in self.hidden if reason == BELOW)

    @property
    def pooled(self) -> list[tuple[str, ...]]:
        """The members of each shown group that pools several values."""
        return [tuple(members) for members in self.shown["members"] if len(members) > 1]


# ---------------------------------------------------------------- narrowed views
def left_out(cur: duckdb.DuckDBPyConnection, filters: Filters) -> int | None:
    """How many people the attribute filters leave out; None when no attribute filter is set."""
    if not selections.attribute_filtered(filters):
        return None
    attributes = Filters(cohorts=filters.cohorts, professions=filters.professions, departments=filters.departments)
    where, params = attributes.people_where("i")
    inside = int(cur.execute(NARROWED_PEOPLE.format(where=where), params).fetchone()[0])
    return int(cur.execute(NARROWED_PEOPLE.format(where="TRUE")).fetchone()[0]) - inside


def narrowed_size(cur: duckdb.DuckDBPyConnection, filters: Filters) -> int | None:
    """How many people the attribute filters narrow a view to (with pseudonyms on, together with
    the chosen people); None when no attribute filter is set."""
    if not selections.attribute_filtered(filters):
        return None
    if not filters.pseudonymise:
        filters = Filters(cohorts=filters.cohorts, professions=filters.professions, departments=filters.departments)
    where, params = filters.people_where("i")
    return int(cur.execute(NARROWED_PEOPLE.format(where=where), params).fetchone()[0])


def narrowing(cur: duckdb.DuckDBPyConnection, filters: Filters, group_view: bool = False) -> str | None:
    """Why the selection may not show performance figures (rule 4 above), or None when it may.

    ``group_view``: the view shows roster attributes of the selected people (diversity page,
    the briefing's cohort composition).
    """
    size = narrowed_size(cur, filters)
    if size is not None and size < filters.min_group:
        return NARROWED_ATTRIBUTES
    outside = left_out(cur, filters)
    if outside is not None and 0 < outside < filters.min_group:
        return NARROWED_LEFT_OUT
    if size is not None and selections.partition(cur, filters).unoffered(filters):
        return NARROWED_NOT_OFFERED
    if group_view and filters.pseudonymise and filters.influencer_ids:
        return NARROWED_PSEUDONYMS
    return None


def refusal(cur: duckdb.DuckDBPyConnection, filters: Filters, group_view: bool = False) -> CockpitError | None:
    """The message of :func:`narrowing` with its figures, as an error to show or raise; None when
    the selection may show figures."""
    reason = narrowing(cur, filters, group_view)
    if reason == NARROWED_ATTRIBUTES:
        return CockpitError("supp_narrowed", n=narrowed_size(cur, filters), min=filters.min_group)
    if reason == NARROWED_LEFT_OUT:
        return CockpitError("supp_left_out", n=left_out(cur, filters), min=filters.min_group)
    if reason == NARROWED_NOT_OFFERED:
        values = [value for value in selections.partition(cur, filters).unoffered(filters)
                  if value != selections.OTHERS]
        if not values:  # only the pool was chosen, and this period has none
            return CockpitError("supp_pool_gone", min=filters.min_group)
        return CockpitError("supp_not_offered", values=", ".join(values), min=filters.min_group)
    if reason == NARROWED_PSEUDONYMS:
        return CockpitError("supp_narrowed_pseudonyms")
    return None

"""The group filters' options: values pooled so that no two allowed selections differ by fewer
people than the threshold.

The sidebar narrows every page to people of some cohorts, professions and departments. A view of
such a selection shows the figures of the people in it, so two selections seen one after the
other give, by subtraction, the figures of the people in one but not in the other. The filters
therefore offer *blocks* of values, worked out for the period and the workspace's threshold t
(:func:`partition`), counting *contributors* — people with at least one post in the period —
because their posts are what the figures are made of:

1. Per attribute, a value is offered on its own only when at least t people with it contributed.
   The other values, and people without the attribute, form one pooled option ("weitere
   Referate", key :data:`OTHERS`); a pool with fewer than t contributors takes in the smallest
   offered value (fewest contributors, ties by the value) until it has enough.
2. Across attributes, every *cell* — one block of each attribute, cohort × profession ×
   department — that holds anybody must hold at least t contributors; the smallest offered value
   of a cell that does not is pooled too, until every cell does (or one cell, everybody, is left).

An allowed selection chooses whole blocks of each attribute, so it is a union of cells; two
different allowed selections differ by at least one whole cell — at least t contributors — and so
does every selection from everybody (no filter). Any other choice of values is refused
(:meth:`Partition.unoffered`, see :func:`analytics.suppression.narrowing`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import duckdb
import numpy as np

from analytics.filters import NO_VALUE, Filters
from analytics.queries import frame

FILTER_ATTRIBUTES = ("cohort", "profession", "department")
OTHERS = "*"  # the pooled option's key (sidebar, URL); a value spelt so is always pooled
MAX_ENUMERATED = 1 << 14  # allowed selections checked one by one; beyond, a stricter sufficient test

PEOPLE = """
WITH active AS (SELECT DISTINCT p.influencer_id FROM posts p WHERE {period_where})
SELECT i.influencer_id,
       coalesce(i.cohort, '') AS cohort,
       coalesce(i.profession, '') AS profession,
       coalesce(i.department, '') AS department,
       a.influencer_id IS NOT NULL AS contributed
FROM influencers i LEFT JOIN active a USING (influencer_id)
ORDER BY i.influencer_id
"""


@dataclass(frozen=True)
class Options:
    """One attribute's blocks: the values offered on their own and the pooled rest."""

    attribute: str
    named: tuple[str, ...]  # offered on their own, in alphabetical order
    pooled: tuple[str, ...]  # offered together as OTHERS; NO_VALUE stands for people without the attribute

    @property
    def blocks(self) -> tuple[tuple[str, ...], ...]:
        """The blocks: each named value alone, then the pool (when it holds anybody)."""
        return tuple((value,) for value in self.named) + ((self.pooled,) if self.pooled else ())

    @property
    def offered(self) -> tuple[str, ...]:
        """The option keys the sidebar offers; none when there is only one block (it would be everybody)."""
        keys = self.named + ((OTHERS,) if self.pooled else ())
        return keys if len(keys) > 1 else ()

    def values(self, keys: Sequence[str]) -> tuple[str, ...]:
        """The attribute values the chosen option keys stand for (sorted); a key that is no option
        (a value from an old link, a pool that is gone) stands for itself, and the view refuses it."""
        chosen: set[str] = set()
        for key in keys:
            chosen.update(self.pooled if key == OTHERS and self.pooled else (key,))
        return tuple(sorted(chosen))

    def unoffered(self, values: Sequence[str]) -> tuple[str, ...]:
        """The chosen values that are no whole option: a pooled value chosen without the rest of its
        pool, or a value in no block (OTHERS when the period has no pool)."""
        chosen = set(values)
        split = [value for value in values if not any(value in block for block in self.blocks)]
        for block in self.blocks:
            inside = [value for value in block if value in chosen]
            if inside and len(inside) < len(block):
                split.extend(inside)
        return tuple(split)


@dataclass(frozen=True)
class Partition:
    """The filters' blocks for one period and threshold, and the cells they cut the people into."""

    min_group: int
    options: tuple[Options, ...]  # in FILTER_ATTRIBUTES order
    cell_blocks: tuple[tuple[int, ...], ...]  # per cell: its block index in each attribute
    cell_people: tuple[frozenset[int], ...]  # per cell: its contributors

    def of(self, attribute: str) -> Options:
        """The blocks of one filter attribute."""
        return self.options[FILTER_ATTRIBUTES.index(attribute)]

    def unoffered(self, filters: Filters) -> tuple[str, ...]:
        """The chosen values of ``filters`` that are not whole options (empty when the selection is allowed)."""
        return tuple(value for options, values in zip(self.options, _chosen(filters), strict=True)
                     for value in options.unoffered(values))

    @cached_property
    def _selection_cells(self) -> np.ndarray | None:
        """Which cells each allowed selection holds (selections × cells), or None when they are too many."""
        per_attribute = []
        for n, options in enumerate(self.options):
            blocks = len(options.blocks)
            masks = np.arange(1, 1 << blocks)[:, None] >> np.arange(blocks)[None, :] & 1  # every non-empty union
            per_attribute.append(masks.astype(bool)[:, [cell[n] for cell in self.cell_blocks]])
        if np.prod([len(masks) for masks in per_attribute], dtype=float) > MAX_ENUMERATED:
            return None
        cohort, profession, department = per_attribute
        held = cohort[:, None, None, :] & profession[None, :, None, :] & department[None, None, :, :]
        return held.reshape(-1, len(self.cell_blocks))

    def differs_safely(self, people: frozenset[int]) -> bool:
        """True when ``people`` (the contributors of a figure) differ from those of every allowed
        selection by nobody or by at least the threshold — so that no subtraction of the two
        figures gives fewer people's results."""
        inside = np.array([len(cell & people) for cell in self.cell_people], dtype=np.int64)
        outside = np.array([len(cell) for cell in self.cell_people], dtype=np.int64) - inside
        elsewhere = len(people - frozenset().union(*self.cell_people))
        matrix = self._selection_cells
        if matrix is None:  # a sum of parts that are each none or at least t is none or at least t
            parts = np.concatenate([inside, outside, [elsewhere]])
            return bool(np.all((parts == 0) | (parts >= self.min_group)))
        differences = elsewhere + inside.sum() + matrix.astype(np.int64) @ (outside - inside)
        return not bool(np.any((differences > 0) & (differences < self.min_group)))


def _chosen(filters: Filters) -> tuple[tuple[str, ...], ...]:
    return filters.cohorts, filters.professions, filters.departments


def attribute_filtered(filters: Filters) -> bool:
    """True when the selection filters by cohort, profession or department."""
    return any(_chosen(filters))


def partition(cur: duckdb.DuckDBPyConnection, filters: Filters) -> Partition:
    """The filters' blocks for the period and threshold of ``filters`` (its other choices do not matter)."""
    period_where, params = filters.period_where("p.published_at")
    people = frame(cur, PEOPLE.format(period_where=period_where), params)
    return build_partition(people, filters.min_group)


def build_partition(people, min_group: int) -> Partition:
    """The blocks and cells for ``people`` (influencer_id, cohort, profession, department with
    NO_VALUE for none, contributed), by the two rules of this module."""
    contributors = frozenset(people.loc[people["contributed"], "influencer_id"].astype(int))
    values = {a: dict(people.groupby(a)["influencer_id"].agg(lambda ids: frozenset(ids.astype(int))))
              for a in FILTER_ATTRIBUTES}

    def active(ids: frozenset[int]) -> int:
        # a threshold of 1 hides nothing: every value counts as having enough contributors
        return len(ids & contributors) if min_group > 1 else len(ids)

    named = {a: sorted(v for v, ids in values[a].items() if v not in (NO_VALUE, OTHERS) and active(ids) >= min_group)
             for a in FILTER_ATTRIBUTES}

    def pool(attribute: str) -> frozenset[int]:
        return frozenset().union(*(ids for v, ids in values[attribute].items() if v not in named[attribute]))

    def move(attribute: str, value: str) -> None:
        named[attribute].remove(value)
        while named[attribute] and pool(attribute) and active(pool(attribute)) < min_group:
            smallest = min(named[attribute], key=lambda v: (active(values[attribute][v]), v))
            named[attribute].remove(smallest)

    for attribute in FILTER_ATTRIBUTES:  # rule 1: a pool with too few contributors takes the smallest value
        if pool(attribute) and active(pool(attribute)) < min_group and named[attribute]:
            move(attribute, min(named[attribute], key=lambda v: (active(values[attribute][v]), v)))
    while True:  # rule 2: every cell that holds anybody has enough contributors
        cells = _cells(people, named)
        failing = [(key, ids) for key, ids in cells.items() if active(ids) < min_group]
        if not failing:
            break
        key, ids = min(failing, key=lambda item: (active(item[1]), len(item[1]), item[0]))
        candidates = [(a, key[n]) for n, a in enumerate(FILTER_ATTRIBUTES) if key[n] != OTHERS]
        if not candidates:  # a cell of pools only: pool a value that brings people into it
            everything = [(a, v) for a in FILTER_ATTRIBUTES for v in named[a]]
            candidates = [item for item in everything if _joins_pools(people, named, *item)] or everything
        if not candidates:
            break
        attribute, value = min(candidates, key=lambda item: (active(values[item[0]][item[1]]),
                                                             FILTER_ATTRIBUTES.index(item[0]), item[1]))
        move(attribute, value)
    options = tuple(Options(a, tuple(named[a]), tuple(sorted(v for v in values[a] if v not in named[a])))
                    for a in FILTER_ATTRIBUTES)
    cells = _cells(people, named)
    index = [{key: n for n, key in enumerate(o.named + (OTHERS,))} for o in options]
    keys = sorted(cells)
    return Partition(
        min_group=min_group,
        options=options,
        cell_blocks=tuple(tuple(index[n][part] for n, part in enumerate(key)) for key in keys),
        cell_people=tuple(cells[key] & contributors for key in keys),
    )


def _cells(people, named: dict[str, list[str]]) -> dict[tuple[str, ...], frozenset[int]]:
    """The people of each cell: per attribute their named value, or OTHERS."""
    keys = [people[a].where(people[a].isin(named[a]), OTHERS) for a in FILTER_ATTRIBUTES]
    cells: dict[tuple[str, ...], set[int]] = {}
    for person, *key in zip(people["influencer_id"].astype(int), *keys, strict=True):
        cells.setdefault(tuple(key), set()).add(person)
    return {key: frozenset(ids) for key, ids in cells.items()}


def _joins_pools(people, named: dict[str, list[str]], attribute: str, value: str) -> bool:
    """True when someone with ``value`` has only pooled values in the other attributes (pooling the
    value brings them into the cell of pools)."""
    rows = people[attribute] == value
    for other in FILTER_ATTRIBUTES:
        if other != attribute:
            rows &= ~people[other].isin(named[other])
    return bool(rows.any())

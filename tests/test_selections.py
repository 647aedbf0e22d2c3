"""No two allowed selections differ by fewer people than the threshold — enumerated, not argued.

On the demo and on a small workspace built for the filters (tests/fixtures.py: eleven people in two
cohorts, four professions, four departments, and one author outside the roster), for several
periods and thresholds: every combination of the options the sidebar offers is tried, its people
and contributors worked out here from the roster and the posts (not by the code under test), and
every two selections that show figures are compared. The groups the breakdowns show are then
compared with those selections and with each other.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest
from fixtures import build_filters_workspace

from analytics import selections, store, suppression
from analytics.filters import NO_VALUE, Filters
from analytics.queries.groups import ATTRIBUTES, summary_by

THRESHOLDS = (2, 3, 4)


@pytest.fixture
def filters_db(tmp_path: Path) -> Path:
    return build_filters_workspace(tmp_path / "filters.duckdb")


def _workspace(request: pytest.FixtureRequest, name: str) -> Path:
    return request.getfixturevalue("demo_db" if name == "demo" else "filters_db")


class Facts:
    """The roster and the posts of a workspace, read once; sets of people worked out in Python."""

    def __init__(self, cur) -> None:
        columns = ("influencer_id", "in_roster", "cohort", "profession", "department", "gender", "birth_year",
                   "age_band", "experience")
        self.people = [dict(zip(columns, row, strict=True)) for row in cur.execute(
            f"SELECT {', '.join(columns)} FROM influencers").fetchall()]
        self.posts = cur.execute("SELECT influencer_id, CAST(published_at AS DATE) FROM posts").fetchall()

    def periods(self) -> list[tuple[date | None, date | None]]:
        """All time, each calendar month with posts, and the first day alone."""
        days = sorted(day for _, day in self.posts)
        months = sorted({day.replace(day=1) for day in days})
        ends = [(month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) for month in months]
        return [(None, None), *zip(months, ends, strict=True), (days[0], days[0])]

    def contributors(self, start: date | None, end: date | None) -> frozenset[int]:
        return frozenset(person for person, day in self.posts
                         if (start is None or day >= start) and (end is None or day <= end))

    def chosen(self, values: dict[str, tuple[str, ...]]) -> frozenset[int]:
        """The people an attribute filter keeps (no value counts as NO_VALUE)."""
        return frozenset(p["influencer_id"] for p in self.people
                         if all(not chosen or (p[a] or NO_VALUE) in chosen for a, chosen in values.items()))

    def group(self, by: str, members: list[str], reference: date) -> frozenset[int]:
        """The roster people whose value of ``by`` is one of ``members`` (age bands at ``reference``)."""
        return frozenset(p["influencer_id"] for p in self.people
                         if p["in_roster"] and self.value(p, by, reference) in members)

    @staticmethod
    def value(person: dict, by: str, reference: date) -> str:
        if by == "age_band" and person["birth_year"] is not None:
            age = reference.year - person["birth_year"]
            return "<30" if age < 30 else "60+" if age >= 60 else f"{age // 10 * 10}-{age // 10 * 10 + 9}"
        return person[by] or "unknown"


def _choices(options: selections.Options) -> list[tuple[str, ...]]:
    """What one filter can be set to in the sidebar: nothing, or any non-empty set of its options."""
    offered = options.offered
    return [(), *(combo for size in range(1, len(offered) + 1) for combo in itertools.combinations(offered, size))]


def _shown_selections(cur, facts: Facts, start, end, min_group: int) -> list[frozenset[int]]:
    """The contributors of every selection the sidebar allows that shows figures."""
    part = selections.partition(cur, Filters(start=start, end=end, min_group=min_group))
    active = facts.contributors(start, end)
    shown = []
    for keys in itertools.product(*(_choices(part.of(a)) for a in selections.FILTER_ATTRIBUTES)):
        values = {a: part.of(a).values(k) for a, k in zip(selections.FILTER_ATTRIBUTES, keys, strict=True)}
        selection = Filters(start=start, end=end, min_group=min_group, cohorts=values["cohort"],
                            professions=values["profession"], departments=values["department"])
        people = facts.chosen(values)
        reason = suppression.narrowing(cur, selection)
        if reason is None:
            shown.append(people & active)
        else:  # options that do not meet (a profession that is in none of the chosen departments)
            assert (reason, people) == (suppression.NARROWED_ATTRIBUTES, frozenset()), (keys, reason)
    return shown


def _too_close(a: frozenset[int], b: frozenset[int], min_group: int) -> bool:
    return 0 < len(a ^ b) < min_group


@pytest.mark.parametrize("workspace", ["demo", "filters"])
def test_no_two_allowed_selections_differ_by_fewer_than_the_threshold(request, workspace: str) -> None:
    con = store.connect(_workspace(request, workspace))
    compared = 0
    with store.cursor(con) as cur:
        facts = Facts(cur)
        everyone_ever = facts.contributors(None, None)
        for min_group in THRESHOLDS:
            for start, end in facts.periods():
                shown = _shown_selections(cur, facts, start, end, min_group)
                everyone = facts.contributors(start, end)
                assert everyone in shown  # no filter at all
                for people in shown:  # each selection's own figures rest on enough people (or are everybody's)
                    assert len(people) >= min_group or people == everyone, (min_group, start)
                for a, b in itertools.combinations(shown, 2):
                    assert not _too_close(a, b, min_group), (min_group, start, sorted(a ^ b))
                    compared += 1
        assert everyone_ever  # the workspace has posts to compare
    con.close()
    # the options actually cut: the demo offers RBS and the pool over all time (3 selections),
    # the small workspace up to 3 × 3 at 2 and 3
    assert compared >= (3 * 3 if workspace == "demo" else 40)


@pytest.mark.parametrize("workspace", ["demo", "filters"])
def test_no_shown_group_differs_from_a_selection_or_an_earlier_group_by_fewer(request, workspace: str) -> None:
    """Every breakdown (five attributes) of the whole programme at each threshold and period: each shown
    group rests on enough contributors, differs from every allowed selection and from the groups of the
    attributes before it by nobody or enough people, and leaves out nobody or enough people."""
    con = store.connect(_workspace(request, workspace))
    groups_checked = 0
    with store.cursor(con) as cur:
        facts = Facts(cur)
        last = max(day for _, day in facts.posts)
        for min_group in THRESHOLDS:
            for start, end in facts.periods():
                active = facts.contributors(start, end)
                figures = _shown_selections(cur, facts, start, end, min_group)
                for by in ATTRIBUTES:
                    result = summary_by(cur, by, min_group=min_group, start=start, end=end)
                    shown = [facts.group(by, g["members"], end or last) & active for g in result["groups"]]
                    assert [len(people) for people in shown] == [g["contributors"] for g in result["groups"]]
                    for people in shown:
                        assert len(people) >= min_group, (by, min_group, start)
                        close = [sorted(other ^ people) for other in figures if _too_close(people, other, min_group)]
                        assert close == [], (by, min_group, start)
                    if shown:
                        assert not 0 < len(active - frozenset().union(*shown)) < min_group, (by, min_group, start)
                    figures += shown
                    groups_checked += len(shown)
    con.close()
    assert groups_checked > 30


def test_the_small_workspace_offers_what_the_rules_give(filters_db: Path) -> None:
    """By hand, at 3, all time (everyone posted once in January):

    - cohorts A (1, 2, 3, 5, 9) and B (4, 6, 7, 8, 10) have 5 contributors each; without a cohort are
      11 and the outsider 12 — a pool of 2, so A (tied with B, first by name) joins it.
    - professions: Erzieherin 4, Feuerwehr 3, Verwaltung 3, Lehrerin 1 (person 5), none 1 (12): the
      pool (2) takes Feuerwehr (tied with Verwaltung, first by name).
    - departments: Bildung 5, Brand 3, Bürgerbüro 2, IT 1, none 1: the pool holds 4.
    - cells: person 12 alone has only pooled values (1 contributor): Verwaltung brings 9 and 11 to
      it (3 contributors; Bildung would bring 5, with 5 contributors the larger). Then person 5 (a
      teacher in Bildung) is alone: Bildung is pooled. Then person 10 (B, Verwaltung, Bürgerbüro) is
      alone: B is pooled, and with it the cohort filter. Left: Erzieherin (1–4), Brand (6, 7, 8) and
      the rest (5, 9, 10, 11, 12), 4 + 3 + 5 contributors.
    """
    con = store.connect(filters_db)
    with store.cursor(con) as cur:
        part = selections.partition(cur, Filters(min_group=3))
        assert part.of("cohort").offered == ()
        assert (part.of("profession").offered, part.of("profession").pooled) == (
            ("Erzieherin", selections.OTHERS), (NO_VALUE, "Feuerwehr", "Lehrerin", "Verwaltung"))
        assert (part.of("department").offered, part.of("department").pooled) == (
            ("Brand", selections.OTHERS), (NO_VALUE, "Bildung", "Bürgerbüro", "IT"))
        assert sorted(sorted(cell) for cell in part.cell_people) == [[1, 2, 3, 4], [5, 9, 10, 11, 12], [6, 7, 8]]
        # February: persons 1, 2, 6 and 9 posted — four contributors in four different cells; nothing to offer
        february = selections.partition(cur, Filters(start=date(2024, 2, 1), end=date(2024, 2, 29), min_group=3))
        assert [february.of(a).offered for a in selections.FILTER_ATTRIBUTES] == [(), (), ()]
        # at 4 the cohorts split (B: 4, 6, 7, 8, 10; the pool: 7 people) and nothing else does
        at_four = selections.partition(cur, Filters(min_group=4))
        assert [at_four.of(a).offered for a in selections.FILTER_ATTRIBUTES] == [("B", selections.OTHERS), (), ()]
    con.close()


def test_an_option_stands_for_its_values_and_a_stale_key_for_itself() -> None:
    departments = selections.Options("department", named=("Brand",), pooled=(NO_VALUE, "Bildung", "IT"))
    assert departments.offered == ("Brand", selections.OTHERS)
    assert departments.values([selections.OTHERS]) == (NO_VALUE, "Bildung", "IT")
    assert departments.values(["Brand", "IT"]) == ("Brand", "IT")  # an old link's pooled value stays as it is
    assert departments.unoffered(("Brand", "IT")) == ("IT",)  # and the view refuses it
    assert departments.unoffered((NO_VALUE, "Bildung", "Brand", "IT")) == ()
    gone = selections.Options("department", named=("Brand", "IT"), pooled=())
    assert gone.values([selections.OTHERS]) == (selections.OTHERS,)  # a pool that this period lacks
    assert gone.unoffered((selections.OTHERS,)) == (selections.OTHERS,)
    single = selections.Options("cohort", named=("Pilot",), pooled=())
    assert (single.offered, single.unoffered(("Pilot",))) == ((), ())  # one block: choosing it is everybody

"""The selection every page shares: period, people and groups, pseudonymisation.

Queries turn a :class:`Filters` into a SQL ``WHERE`` fragment made only of fixed text and
``?`` placeholders; the values travel as parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from analytics.errors import CockpitError


def parse_date(value: str | None) -> date | None:
    """'2023-03-01' -> date; None stays None; anything else is a clear error."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise CockpitError("bad_date", value=value) from None


# A person's pseudonym, the one rule for SQL (printf) and Python: 'Person 07', 'Person 123'.
# The number is the person's stored pseudonym number, 1 … n within the workspace
# (see analytics.privacy.number_pseudonyms), never the internal id.
PSEUDONYM_PRINTF = "Person %02d"
PSEUDONYM_UNNUMBERED = "Person ?"  # a row written outside the cockpit's transactions, not numbered yet


def pseudonym(number: int | None) -> str:
    """The pseudonym of pseudonym number ``number`` (the same text :meth:`Filters.name_sql` gives in SQL)."""
    return PSEUDONYM_UNNUMBERED if number is None else PSEUDONYM_PRINTF % number


NO_VALUE = ""  # an attribute filter's value for people without that attribute (see Filters.people_where)


@dataclass(frozen=True)
class Filters:
    """What the user selected. ``end`` is inclusive; empty tuples mean "all"."""

    start: date | None = None
    end: date | None = None
    influencer_ids: tuple[int, ...] = ()
    cohorts: tuple[str, ...] = ()
    professions: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    pseudonymise: bool = False
    min_group: int = 3
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise CockpitError("bad_period", start=self.start.isoformat(), end=self.end.isoformat())

    def people_where(self, i: str = "i") -> tuple[str, list[Any]]:
        """Conditions on the person (roster attributes and the chosen people). Among attribute
        values, ``NO_VALUE`` ('') stands for a person without that attribute."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.influencer_ids:
            clauses.append(f"{i}.influencer_id IN ({', '.join('?' for _ in self.influencer_ids)})")
            params.extend(self.influencer_ids)
        for column, values in (
            ("cohort", self.cohorts),
            ("profession", self.professions),
            ("department", self.departments),
        ):
            if values:
                clauses.append(f"coalesce({i}.{column}, '') IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        return (" AND ".join(clauses) or "TRUE"), params

    def period_where(self, column: str = "p.published_at") -> tuple[str, list[Any]]:
        """Conditions on a timestamp or date column for the period (end inclusive)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append(f"{column} >= ?")
            params.append(self.start)
        if self.end:
            clauses.append(f"{column} < ?")
            params.append(self.end + timedelta(days=1))
        return (" AND ".join(clauses) or "TRUE"), params

    def dated_where(self, column: str, i: str = "i") -> tuple[str, list[Any]]:
        """Conditions for rows dated by ``column`` and joined with their person: period and people."""
        period_sql, period_params = self.period_where(column)
        people_sql, people_params = self.people_where(i)
        return f"{period_sql} AND {people_sql}", period_params + people_params

    def post_where(self, p: str = "p", i: str = "i") -> tuple[str, list[Any]]:
        """Conditions for posts joined with their author: period and people."""
        return self.dated_where(f"{p}.published_at", i)

    def name_sql(self, i: str = "i") -> str:
        """SQL for a person's display name: the name, or their :func:`pseudonym`."""
        if self.pseudonymise:
            return (f"CASE WHEN {i}.influencer_id IS NOT NULL THEN "
                    f"coalesce(printf('{PSEUDONYM_PRINTF}', {i}.pseudonym_no), '{PSEUDONYM_UNNUMBERED}') END")
        return f"{i}.name"

    def sort_sql(self, i: str = "i") -> str:
        """SQL for the stable order of people: by name, or by pseudonym number when pseudonymised
        (alphabetical order of the real names would leak them)."""
        return f"{i}.pseudonym_no" if self.pseudonymise else f"{i}.name_key"

    @property
    def days(self) -> int | None:
        """Length of the period in days, when both ends are set."""
        if self.start and self.end:
            return (self.end - self.start).days + 1
        return None

    def previous(self) -> Filters | None:
        """The period of the same length just before this one (same people)."""
        if not self.days:
            return None
        end = self.start - timedelta(days=1)
        return replace(self, start=end - timedelta(days=self.days - 1), end=end)

    def with_period(self, start: date | None, end: date | None) -> Filters:
        """The same selection for another period."""
        return replace(self, start=start, end=end)

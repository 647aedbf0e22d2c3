"""The shared selection: previous period, SQL fragments with parameters only."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from analytics.errors import CockpitError
from analytics.filters import Filters, parse_date, pseudonym


def test_previous_period_has_the_same_length() -> None:
    march = Filters(start=date(2023, 3, 1), end=date(2023, 3, 31))
    before = march.previous()
    assert (before.start, before.end) == (date(2023, 1, 29), date(2023, 2, 28))
    assert before.days == march.days == 31
    assert Filters().previous() is None


def test_where_uses_placeholders_for_every_value() -> None:
    selection = Filters(start=date(2023, 3, 1), end=date(2023, 3, 31), influencer_ids=(3, 5),
                        departments=("Branddirektion'; DROP TABLE posts; --",))
    sql, params = selection.post_where()
    assert "DROP" not in sql
    assert sql.count("?") == len(params) == 5
    assert params[:2] == [date(2023, 3, 1), date(2023, 4, 1)]  # end inclusive: < next day


def test_pseudonymised_names() -> None:
    """One rule in SQL and Python: the stored pseudonym number, two digits at least, never cut
    (123 is not 'Person 12'); the internal id plays no part; no person, no pseudonym."""
    sql = Filters(pseudonymise=True).name_sql()
    rows = duckdb.sql(
        f"SELECT {sql} FROM (VALUES (40, 7), (35, 12), (1, 123), (NULL, NULL)) AS i(influencer_id, pseudonym_no)"
    ).fetchall()
    assert [row[0] for row in rows] == ["Person 07", "Person 12", "Person 123", None]
    assert [pseudonym(n) for n in (7, 12, 123)] == ["Person 07", "Person 12", "Person 123"]
    assert Filters().name_sql("x") == "x.name"
    assert (Filters().sort_sql(), Filters(pseudonymise=True).sort_sql("x")) == ("i.name_key", "x.pseudonym_no")


def test_bad_dates_and_periods_are_clear_errors() -> None:
    with pytest.raises(CockpitError) as info:
        parse_date("31.02.2023")
    assert info.value.message("de") == "„31.02.2023“ ist kein gültiges Datum (erwartet JJJJ-MM-TT)."
    with pytest.raises(CockpitError):
        Filters(start=date(2023, 3, 2), end=date(2023, 3, 1))

"""The overview page on the demo cohort (its command-line summary: tests/test_cli.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from apptest_helpers import count_queries, open_filters, texts
from command_line import cli

from analytics import store
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.filters import Filters
from analytics.ingest.demo import clear_demo, ensure_demo_if_empty, is_empty
from analytics.queries import overview


def test_removed_demo_is_not_loaded_again(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    assert ensure_demo_if_empty(con) is True
    with store.cursor(con) as cur, store.transaction(cur):
        clear_demo(cur)
        store.set_meta(cur, "demo_dismissed", "1")
    assert ensure_demo_if_empty(con) is False
    with store.cursor(con) as cur:
        assert is_empty(cur)


def test_kpis_and_previous_period(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        april = overview.kpis(cur, Filters(start=date(2023, 4, 1), end=date(2023, 4, 30)))
        expected = cur.execute(
            "SELECT count(*), count(DISTINCT influencer_id) FROM posts "
            "WHERE published_at >= '2023-04-01' AND published_at < '2023-05-01'"
        ).fetchone()
    assert (april["posts"], april["influencers"]) == expected


def test_monthly_chart_holds_the_monthly_counts(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        monthly = overview.monthly(cur, Filters())
    fig = posts_and_engagement_by_month(monthly, "de")
    posts_bar, engagement_bar = fig.data
    assert list(posts_bar.y) == monthly["posts"].tolist()
    assert sum(posts_bar.y) == 326
    assert list(posts_bar.customdata) == ["Jan 2023", "Feb 2023", "Mär 2023", "Apr 2023", "Mai 2023", "Jun 2023"]
    assert sum(engagement_bar.y) == 15496 + 3692 + monthly["reposts"].sum()
    assert fig.layout.separators == ",."


def test_overview_page_on_the_demo(run_page, demo_db: Path) -> None:
    at = run_page(demo_db)
    assert not at.exception
    shown = texts(at)
    assert "Überblick" in shown
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Beiträge"] == "326"
    assert metrics["Reaktionen"] == "15.496"
    assert metrics["Kommentare"] == "3.692"
    assert metrics["Aktive Influencer:innen"] == "16"
    assert "Demo-Kohorte" in shown
    # the demo's data begins with its first post: before it there is no data, not merely no posts
    assert "Für den gleich langen Zeitraum davor (06.07.2022 – 01.01.2023) liegen keine Daten vor" in shown


def test_overview_in_english_for_march_with_change(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, params={"lang": "en", "from": "2023-03-01", "to": "2023-03-31"})
    assert not at.exception
    metrics = {m.label: m for m in at.metric}
    con = store.connect(demo_db)
    march, february = (
        con.execute("SELECT count(*) FROM posts WHERE published_at >= ? AND published_at < ?", [a, b]).fetchone()[0]
        for a, b in (("2023-03-01", "2023-04-01"), ("2023-01-29", "2023-03-01"))
    )
    con.close()
    assert metrics["Posts"].value == str(march)
    assert metrics["Posts"].delta == f"{march - february:+d}"
    assert "Overview" in texts(at)


def test_overview_on_an_empty_workspace(run_page, empty_db: Path) -> None:
    """An empty workspace opens on "Erste Schritte", not on empty charts (tests/test_first_steps.py)."""
    at = run_page(empty_db)
    assert not at.exception
    assert [title.value for title in at.title] == ["Erste Schritte"] and not at.metric
    assert "Für diese Auswahl gibt es keine Daten." not in texts(at)
    assert "Demo-Kohorte" not in texts(at)


def test_first_start_on_an_empty_file_loads_the_demo(run_page, tmp_path: Path) -> None:
    at = run_page(tmp_path / "fresh.duckdb")
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Beiträge"] == "326"
    assert "Demo-Kohorte" in texts(at)


def test_removing_the_demo_from_the_banner(run_page, demo_db: Path) -> None:
    at = run_page(demo_db)
    at.button(key="demo_clear").click().run()
    assert not at.exception
    assert [title.value for title in at.title] == ["Erste Schritte"]  # the next step, not empty charts
    con = store.connect(demo_db)
    assert con.execute("SELECT count(*) FROM posts").fetchone() == (0,)
    con.close()


def test_pseudonymised_people_filter(run_page, demo_db: Path) -> None:
    at = open_filters(run_page(demo_db, params={"pseudo": "true"}))
    assert not at.exception
    options = at.multiselect(key="people").options
    assert options[0].startswith("Person ")
    con = store.connect(demo_db)
    names = [row[0] for row in con.execute("SELECT name FROM influencers").fetchall()]
    con.close()
    assert not any(name in option for name in names for option in options)


def test_overview_rerun_reads_from_the_cache(run_page, demo_db: Path, monkeypatch) -> None:
    at = run_page(demo_db)
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB


def test_a_figure_no_post_has_is_unknown_not_zero(tmp_path: Path, run_page) -> None:
    db = tmp_path / "w.duckdb"
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (1, 'Anna Berger', 'anna berger')")
        cur.execute(
            "INSERT INTO posts (post_key, influencer_id, published_at, reactions, comments) VALUES "
            "('li:1', 1, '2023-01-05 08:00', 40, 4), ('li:2', 1, '2023-01-12 08:00', 60, 6)"
        )
    con.close()
    summary = json.loads(cli("summary", "--db", str(db)).out)
    assert (summary["posts"], summary["reactions"], summary["comments"]) == (2, 100, 10)
    assert summary["reposts"] is None and summary["impressions"] is None and summary["engagement_rate"] is None
    # engagements are reactions + comments + reposts only where all three are known (or LinkedIn's
    # total): without reposts and without such a total they are unknown, not 110
    assert summary["engagements"] is None
    assert summary["known"] == {"reactions": 2, "comments": 2, "reposts": 0, "impressions": 0, "engagements": 0}
    at = run_page(db)
    metrics = {m.label: m for m in at.metric}
    assert metrics["Reaktionen"].value == "100"
    assert metrics["Reposts"].value == "–"
    assert metrics["Interaktionen"].value == "–"
    assert metrics["Interaktionen"].proto.delta_description == "0 von 2 Beiträgen"
    assert "Ohne bekannte Interaktionen: 2 von 2 Beiträgen – ihnen fehlt eine der drei Zahlen" in metrics["Interaktionen"].help


def test_the_page_cache_keeps_helpers_of_one_name_in_two_files_apart(tmp_path: Path, empty_db: Path) -> None:
    """Pages run as module ``__main__``: two pages' ``_figure`` helpers must not share a cache entry."""
    import runpy

    from pages.ui import data

    helpers = []
    for letter in ("a", "b"):
        page = tmp_path / f"{letter}.py"
        page.write_text(f"def _figure(cur, n):\n    return '{letter}' * n\n", encoding="utf-8")
        helpers.append(runpy.run_path(str(page), run_name="__main__")["_figure"])
    state = data.WorkspaceState(str(empty_db), 1)
    assert [data._cached(fn, state, None, (2,)) for fn in helpers] == ["aa", "bb"]
    assert data._cached(helpers[0], state, None, (3,)) == "aaa"

"""Impact page: outcomes by type and month, the outcome list, follower growth."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import count_queries, points_to_first_steps, texts
from test_content import chart_specs
from test_diversity import _everything, _roster_names

from analytics import store
from analytics.charts import is_empty
from analytics.charts.impact import followers_chart, outcome_label, outcomes_chart
from analytics.filters import Filters
from analytics.privacy import number_pseudonyms
from analytics.queries import impact

PAGE = "pages/5_Wirkung.py"
FIRST_HALF = Filters(start=date(2023, 1, 1), end=date(2023, 6, 30))
OUTCOMES = [
    ("2023-01-10", "internship_inquiry", 1, "Schülerin fragt <b>nach</b> Praktikum"),
    ("2023-01-20", "press", None, "Artikel in der Abendzeitung"),
    ("2023-02-05", "internship_inquiry", 2, None),
    ("2023-02-06", "speaker_request", 1, "Vortrag, vermittelt von BERTA BACH"),
    ("2022-12-31", "job_application", 1, "vor dem Zeitraum"),
]
# person, day, followers, new followers
FOLLOWERS = [
    (1, "2023-01-31", 100, None),
    (1, "2023-02-15", 120, None),
    (1, "2023-02-28", 130, None),
    (2, "2023-01-31", 50, None),
    (2, "2023-02-28", None, 5),
]


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(tmp_path / "impact.duckdb")
    with store.cursor(con) as cursor:
        for influencer_id, name in ((1, "Anna Alt"), (2, "Berta Bach"), (3, "Clara Chor")):
            cursor.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (?, ?, ?)",
                           [influencer_id, name, name.lower()])
        for day, kind, person, note in OUTCOMES:
            cursor.execute("INSERT INTO outcomes (occurred_on, type, influencer_id, note) VALUES (?, ?, ?, ?)",
                           [day, kind, person, note])
        for person, day, followers, new in FOLLOWERS:
            cursor.execute("INSERT INTO follower_counts (influencer_id, day, followers, new_followers) VALUES (?, ?, ?, ?)",
                           [person, day, followers, new])
        number_pseudonyms(cursor)  # as the cockpit's writers do: Clara Chor 1, Anna Alt 2, Berta Bach 3
        yield cursor
    con.close()


def test_outcome_counts_per_type(cur) -> None:
    assert impact.outcome_counts(cur, FIRST_HALF) == {
        "internship_inquiry": 2, "job_application": 0, "speaker_request": 1, "podcast_request": 0, "press": 1,
    }
    assert impact.outcome_counts(cur, Filters())["job_application"] == 1


def test_outcomes_by_month(cur) -> None:
    monthly = impact.outcomes_by_month(cur, FIRST_HALF)
    assert [(m.month, kind, n) for m, kind, n in monthly.itertuples(index=False)] == [
        (1, "internship_inquiry", 1), (1, "press", 1), (2, "internship_inquiry", 1), (2, "speaker_request", 1),
    ]


def test_outcome_list_respects_pseudonyms_and_people(cur) -> None:
    listed = impact.outcome_list(cur, Filters(start=date(2023, 1, 1), pseudonymise=True))
    assert listed["person"].fillna("").tolist() == ["Person 02", "Person 03", "", "Person 02"]
    assert listed["note"].iloc[3] == "Schülerin fragt <b>nach</b> Praktikum"
    assert listed["note"].iloc[0] == "Vortrag, vermittelt von Person 03"  # names inside notes are replaced too
    # choosing a person leaves out outcomes of others and of the programme as a whole
    only_berta = impact.outcome_list(cur, Filters(influencer_ids=(2,)))
    assert only_berta["person"].tolist() == ["Berta Bach"]


def test_follower_growth(cur) -> None:
    # Anna: 130 - 100 = 30 (+30 %); Berta has one count only, so her reported new followers (5) count
    assert impact.follower_growth(cur, FIRST_HALF) == {
        "people": 2, "growth": 35, "median_growth": 17.5, "median_relative": 0.3,
    }
    monthly = impact.followers_by_month(cur, FIRST_HALF)
    assert monthly[["followers", "people"]].values.tolist() == [[150, 2], [130, 1]]
    nobody = impact.follower_growth(cur, Filters(influencer_ids=(3,)))
    assert nobody == {"people": 0, "growth": None, "median_growth": None, "median_relative": None}


def test_outcomes_chart_stacks_translated_types(cur) -> None:
    fig = outcomes_chart(impact.outcomes_by_month(cur, FIRST_HALF), "de")
    assert fig.layout.barmode == "stack"
    assert [trace.name for trace in fig.data] == ["Praktikumsanfrage", "Anfrage Vortrag", "Presse"]
    assert list(fig.data[0].x) == ["Jan 2023", "Feb 2023"]
    assert [list(trace.y) for trace in fig.data] == [[1, 1], [0, 1], [1, 0]]
    assert outcome_label("podcast_request", "en") == "Podcast request"
    assert outcome_label("award", "de") == "award"


def test_followers_chart(cur) -> None:
    fig = followers_chart(impact.followers_by_month(cur, FIRST_HALF), "de")
    assert list(fig.data[0].y) == [150, 130]
    assert list(fig.data[0].customdata) == ["Personen mit Daten: 2", "Personen mit Daten: 1"]


def test_empty_charts() -> None:
    assert is_empty(outcomes_chart(pd.DataFrame(columns=["month", "type", "outcomes"]), "de"))
    fig = followers_chart(pd.DataFrame(columns=["month", "followers", "people"]), "en")
    assert is_empty(fig)
    assert "no follower counts" in fig.layout.annotations[0].text


# ------------------------------------------------------------------ the page
def test_page_on_the_demo(run_page, demo_db: Path, monkeypatch) -> None:
    names = _roster_names(demo_db)
    at = run_page(demo_db, PAGE)
    assert not at.exception
    shown = texts(at)
    for label in ("Praktikumsanfrage", "Bewerbung", "Anfrage Vortrag", "Anfrage Podcast", "Presse",
                  "Follower-Zuwachs im Zeitraum", "Personen mit Follower-Daten: 16"):
        assert label in shown
    specs = chart_specs(at)
    assert "Ergebnisse pro Monat nach Art" in specs and "Follower insgesamt" in specs
    # all outcomes, the four that name their post, and the demo's company page
    # beside the programme, same period
    assert len(at.dataframe) == 3
    assert len(at.dataframe[1].value) == 4
    assert "Die 16 Corporate Influencer erzielten 2,5-mal so viele Impressionen wie die Unternehmensseite." in shown
    compared = next(frame.value for frame in at.dataframe if "Kennzahl" in frame.value.columns)
    assert compared.loc[compared["Kennzahl"] == "Impressionen"].values.tolist() == [
        ["Impressionen", "633.853", "257.528", "2,5×"]]
    assert any(name in _everything(at) for name in names)  # the outcome list names people
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB


def test_page_pseudonymised_in_english(run_page, demo_db: Path) -> None:
    names = _roster_names(demo_db)
    at = run_page(demo_db, PAGE, params={"pseudo": "true", "lang": "en"})
    assert not at.exception
    everything = _everything(at)
    assert "Outcomes per month by type" in everything and "Internship inquiry" in everything
    assert "Person 0" in at.dataframe[0].value.to_string()
    for name in names:
        assert name not in everything


def test_page_on_an_empty_workspace(run_page, empty_db: Path) -> None:
    at = run_page(empty_db, PAGE, params={"min_group": "20"})
    assert points_to_first_steps(at)


def test_page_without_roster(run_page, posts_only_db: Path) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception
    assert "Ergebnisse pro Monat nach Art" in chart_specs(at)


def test_company_page_followers_next_to_the_influencers(run_page, empty_db: Path) -> None:
    from analytics.ingest import import_file

    fixtures = Path(__file__).resolve().parent / "fixtures" / "ingest"
    con = store.connect(empty_db)
    with store.cursor(con) as cur:
        import_file(cur, fixtures / "stadtwerke_followers_1775000000000.xls")
        # 5,010 on 3/1 and 5,022 on 3/3: +12 in March; only 3/2 and 3/3 from the 2nd: +3
        assert impact.page_follower_growth(cur, Filters(start=date(2026, 3, 1), end=date(2026, 3, 31))) == {
            "days": 3, "growth": 12, "followers": 5022}
        assert impact.page_follower_growth(cur, Filters(start=date(2026, 3, 2), end=date(2026, 3, 31))) == {
            "days": 2, "growth": 3, "followers": 5022}
    con.close()
    at = run_page(empty_db, "pages/5_Wirkung.py", params={"from": "2026-03-01", "to": "2026-03-31"})
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Zuwachs der Unternehmensseite"] == "+12"

"""The engagement page in AppTest: demo, empty, roster-less, English, pseudonymised, rerun speed."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from apptest_helpers import count_queries, everything, points_to_first_steps, texts, values
from fixtures import cohort_names
from streamlit.testing.v1 import AppTest

from analytics import store

ROOT = Path(__file__).resolve().parent.parent
PAGE = "pages/1_Engagement.py"


def roster_names() -> list[str]:
    with open(ROOT / "data" / "demo" / "influencers.csv", encoding="utf-8") as handle:
        return [row["name"] for row in csv.DictReader(handle)]


def charts(at: AppTest) -> list[dict]:
    """The Plotly figures the page sent, as dicts."""
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def test_demo(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.title[0].value == "Engagement"
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Beiträge"] == "326"
    assert metrics["davon mit Impressionen"] == "326"
    assert "n = 326 Beiträge" in texts(at)
    figures = charts(at)
    assert len(figures) == 4
    titles = [figure["layout"]["title"]["text"] for figure in figures]
    assert titles == ["Interaktionen pro Monat", "Impressionen und Engagement-Rate pro Monat",
                      "Engagement-Rate pro Beitrag je Person", "Median Engagement-Rate nach Wochentag und Uhrzeit"]
    assert sum(values(figures[0]["data"][0]["y"])) == 15496  # reactions of the pilot
    assert figures[0]["layout"]["xaxis"]["ticktext"][2] == "Mär 2023"
    top = at.dataframe[0].value
    assert len(top) == 10
    assert list(top.columns)[:3] == ["Datum", "Person", "Erste Zeile"]
    assert top["Link"].str.startswith("https://www.linkedin.com/").all()
    # alphabetical by default: the first person's name comes first in the box chart
    people = figures[2]["layout"]["yaxis"]["categoryarray"]
    assert len(people) == 16 and people == sorted(people, key=str.casefold)


def test_demo_weekly_and_rerun_from_the_cache(demo_db: Path, run_page, monkeypatch) -> None:
    at = run_page(demo_db, PAGE)
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB
    at.segmented_control(key="eng_granularity").set_value("week").run()
    assert not at.exception
    assert reached == ["over_time", "timeline"]  # only the queries whose argument changed
    figure = charts(at)[0]
    assert figure["layout"]["title"]["text"] == "Interaktionen pro Woche"
    assert len(values(figure["data"][0]["x"])) == 26
    at.toggle(key="eng_sort_median").set_value(True).run()
    assert "Sortiert nach Median (auf Wunsch)." in texts(at)


@pytest.mark.parametrize("page", [PAGE, "pages/2_Frequenz.py"])
def test_empty_workspace(empty_db: Path, run_page, page: str) -> None:
    """The engagement and the frequency page on an empty workspace point to "Erste Schritte"
    (not "no data for this selection", as if a filter were wrong)."""
    at = run_page(empty_db, page)
    assert points_to_first_steps(at), [e.value for e in at.error]
    assert "Für diese Auswahl gibt es keine Daten." not in texts(at)


def test_posts_without_roster(posts_only_db: Path, run_page) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert {metric.label: metric.value for metric in at.metric}["Beiträge"] == "326"
    assert len(at.dataframe[0].value) == 10


def test_english(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    assert not at.exception
    assert at.title[0].value == "Engagement"
    assert "What resonates?" in at.caption[0].value
    assert "Posts" in {metric.label for metric in at.metric}
    assert charts(at)[0]["layout"]["title"]["text"] == "Engagements per month"
    assert list(at.dataframe[0].value.columns)[:3] == ["Date", "Person", "First line"]


def test_pseudonymised_shows_no_name(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"pseudo": "true"})
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = everything(at)
    assert "Person 01" in shown
    for name in roster_names():
        for part in name.split():
            assert part not in shown, part


# ---------------------------------------------------------------- a large cohort: people in pages of 30
PAGE_KEY = "eng_people_page"


def person_names(figure: dict) -> list[str]:
    """The names of the per-person box chart, without the ' (n = …)' suffix."""
    return [label.rsplit(" (n = ", 1)[0] for label in figure["layout"]["yaxis"]["categoryarray"]]


def test_large_cohort_in_pages_of_30(cohort_db: Path, run_page) -> None:
    at = run_page(cohort_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    pager = at.selectbox(key=PAGE_KEY)
    assert pager.label == "Angezeigte Personen"
    assert pager.options == ["Personen 1–30 von 80", "Personen 31–60 von 80", "Personen 61–80 von 80"]
    figure = charts(at)[2]
    assert figure["layout"]["title"]["text"] == "Engagement-Rate pro Beitrag je Person – Personen 1–30 von 80"
    first = person_names(figure)
    assert first == cohort_names()[:30]  # alphabetical, not ranked
    assert "80 Personen" in texts(at) and "Gezeigt: Personen 1–30 von 80, 30 je Seite." in texts(at)
    pager.set_value(1).run()
    second = person_names(charts(at)[2])
    assert second == cohort_names()[30:60] and not set(first) & set(second)
    at.selectbox(key=PAGE_KEY).set_value(2).run()
    assert person_names(charts(at)[2]) == cohort_names()[60:]
    # ranking is an explicit choice; it starts again on its first page
    at.toggle(key="eng_sort_median").set_value(True).run()
    assert at.selectbox(key=PAGE_KEY).value == 0
    figure = charts(at)[2]
    medians = [value for trace in figure["data"] if trace["type"] == "scatter" for value in values(trace["x"])]
    assert len(person_names(figure)) == 30 and medians == sorted(medians, reverse=True)


def test_demo_has_no_pager(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert PAGE_KEY not in [box.key for box in at.selectbox]
    assert "Gezeigt:" not in texts(at)


def test_linkedin_figures_shown_where_known_with_rates_and_n(empty_db: Path, run_page) -> None:
    from analytics.ingest import import_file

    fixtures = Path(__file__).resolve().parent / "fixtures" / "ingest"
    con = store.connect(empty_db)
    with store.cursor(con) as cur:
        import_file(cur, fixtures / "SinglePostAnalytics_SelinKaya_7378000000000000001.xlsx", author="Selin Kaya")
        import_file(cur, fixtures / "PostAnalytics_AnnaMueller_7031111111111111111.xlsx", author="Anna Müller")
    con.close()
    at = run_page(empty_db, PAGE, params={"from": "2023-01-01", "to": "2025-12-31"})
    assert not at.exception and not at.error, [e.value for e in at.error]
    metrics = {metric.label: (metric.value, metric.help) for metric in at.metric}
    # Selin: 3,163 reached, 15 saves, 6 sends, 41 viewers, 12 followers, 0 link; Anna: 1,800, 4, 1, 12, 3, unknown
    assert metrics["Erreichte Mitglieder"][0] == "4.963"
    assert (metrics["Gespeichert"][0], metrics["Gesendet (LinkedIn)"][0], metrics["Gewonnene Follower"][0]) == (
        "19", "7", "15")
    assert metrics["Link-Klicks"] == ("0", "Summe über die Beiträge, für die ein LinkedIn-Export die Zahl nennt "
                                            "(n = 1 Beiträge); unbekannt ist nicht null.")
    # comments ÷ impressions = (27 + 7) / (5,537 + 2,345) = 34 / 7,882 = 0.43 %
    assert metrics["Kommentar-Rate"][0] == "0,4 %"
    assert "(n = 2 Beiträge)" in metrics["Kommentar-Rate"][1]
    # followers gained ÷ members reached = 15 / 4,963 = 0.30 %
    assert metrics["Follower-Gewinnung"][0] == "0,3 %"


def test_no_linkedin_tiles_without_linkedin_figures(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    labels = {metric.label for metric in at.metric}
    assert "Erreichte Mitglieder" not in labels and "Follower-Gewinnung" not in labels
    assert "Kommentar-Rate" in labels  # the controlling sheets have comments and impressions

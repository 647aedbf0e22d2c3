"""The posting-frequency page in AppTest: demo, empty, roster-less, English, pseudonymised, speed."""

from __future__ import annotations

from pathlib import Path

from apptest_helpers import count_queries, texts
from fixtures import cohort_names
from test_engagement_page import charts, everything, roster_names, values

PAGE = "pages/2_Frequenz.py"


def test_demo(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.title[0].value == "Posting-Frequenz"
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Beiträge"] == "326"
    assert metrics["Aktiv im Zeitraum"] == "16 von 16"
    assert "326 Beiträge von 16 Personen" in texts(at)
    figures = charts(at)
    titles = [figure["layout"]["title"]["text"] for figure in figures]
    assert titles == ["Beiträge pro Person und Woche", "Beiträge pro Monat je Person (Ziel: 4)",
                      "Tage seit dem letzten Beitrag (Stand 30.06.2023)", "Anteil aktiver Personen im Kader pro Monat",
                      "Beiträge nach Wochentag und Uhrzeit"]
    heatmap = figures[0]["data"][0]
    assert len(heatmap["y"]) == 16 and len(values(heatmap["x"])) == 26
    assert sum(value for row in heatmap["z"] for value in row if value is not None) == 326
    assert heatmap["y"] == sorted(heatmap["y"], key=str.casefold)  # alphabetical, not ranked
    assert figures[0]["layout"]["xaxis"]["ticktext"][2] == "Mär 2023"
    assert len(at.dataframe[0].value) == 16  # posts per month as a table
    quiet = int(metrics["Pause ≥ 14 Tage"])
    if quiet:
        assert at.warning[0].value.startswith("Seit mindestens 14 Tagen kein Beitrag:")


def test_controls_and_rerun_from_the_cache(demo_db: Path, run_page, monkeypatch) -> None:
    at = run_page(demo_db, PAGE)
    reached = count_queries(monkeypatch)
    at.run()
    assert reached == []  # a rerun reads every figure from the cache: no query reaches DuckDB
    def meeting() -> int:
        return int({metric.label: metric.value for metric in at.metric}["Erreichen das Ziel"].split()[0])

    at_four = meeting()
    at.number_input(key="freq_target").set_value(1).run()
    assert meeting() > at_four
    assert "Beiträge pro Monat je Person (Ziel: 1)" in [figure["layout"]["title"]["text"] for figure in charts(at)]
    at.number_input(key="freq_threshold").set_value(365).run()
    assert "Niemand ist 365 Tage oder länger ohne Beitrag." in texts(at)
    at.toggle(key="freq_sort").set_value(True).run()
    assert not at.exception
    assert "Sortiert nach Aktivität (auf Wunsch)." in texts(at)


def test_posts_without_roster(posts_only_db: Path, run_page) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    figures = charts(at)
    assert len(figures[0]["data"][0]["y"]) == 16  # the authors are still shown
    # No roster at all: one sentence where the participation chart would be, no empty frame.
    titles = [figure["layout"]["title"]["text"] for figure in figures]
    assert "Anteil aktiver Personen im Kader pro Monat" not in titles
    assert ("Es ist keine Influencer-Liste (Kader) geladen – Teilnahmequote und Vielfalt brauchen sie."
            in [info.value.split(" Laden Sie")[0] for info in at.info])


def test_english(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    assert not at.exception
    assert at.title[0].value == "Posting frequency"
    assert "Active in the period" in {metric.label for metric in at.metric}
    assert charts(at)[2]["layout"]["title"]["text"] == "Days since the last post (as of 30 Jun 2023)"


def test_pseudonymised_shows_no_name(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"pseudo": "true"})
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = everything(at)
    assert "Person 01" in shown
    for name in roster_names():
        for part in name.split():
            assert part not in shown, part


# ---------------------------------------------------------------- a large cohort: people in pages of 30
PAGE_KEY = "freq_people_page"


def test_large_cohort_in_pages_of_30_and_months(cohort_db: Path, run_page) -> None:
    # the data's whole period, 4 Jan 2021 – 25 Dec 2022, longer than a year (the default is its last 12 months)
    at = run_page(cohort_db, PAGE, params={"from": "2021-01-04", "to": "2022-12-25"})
    assert not at.exception and not at.error, [e.value for e in at.error]
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Aktiv im Zeitraum"] == "80 von 80"  # tiles count everyone, not just the page
    pager = at.selectbox(key=PAGE_KEY)
    assert pager.label == "Angezeigte Personen"
    assert pager.options == ["Personen 1–30 von 80", "Personen 31–60 von 80", "Personen 61–80 von 80"]
    heatmap, target, gaps = charts(at)[:3]
    # months instead of weeks for a long period, said in the title and the note
    assert heatmap["layout"]["title"]["text"] == "Beiträge pro Person und Monat – Personen 1–30 von 80"
    assert len(values(heatmap["data"][0]["x"])) == 24
    assert "Monate statt Wochen" in texts(at) and at.subheader[0].value == "Beiträge pro Monat"
    first = heatmap["data"][0]["y"]
    assert first == cohort_names()[:30]  # alphabetical, not ranked
    assert target["layout"]["yaxis"]["categoryarray"] == first
    assert gaps["layout"]["yaxis"]["categoryarray"] == first
    assert len(at.dataframe[0].value) == 30  # posts per month as a table: this page
    # the quiet people: counted over everyone, named for this page, all of them in a table
    quiet = int(metrics["Pause ≥ 14 Tage"])
    assert quiet == 16
    warning = at.warning[0].value
    assert warning.startswith("16 von 80 Personen seit mindestens 14 Tagen ohne Beitrag. Auf dieser Seite")
    assert len(at.dataframe[1].value) == 16
    assert list(at.dataframe[1].value.columns) == ["Person", "Tage ohne Beitrag", "Letzter Beitrag"]
    pager.set_value(1).run()
    second = charts(at)[0]["data"][0]["y"]
    assert second == cohort_names()[30:60] and not set(first) & set(second)
    assert "Personen 31–60 von 80" in charts(at)[1]["layout"]["title"]["text"]
    at.selectbox(key=PAGE_KEY).set_value(2).run()
    assert len(charts(at)[0]["data"][0]["y"]) == 20
    # ranking is an explicit choice; it starts again on its first page
    at.toggle(key="freq_sort").set_value(True).run()
    assert at.selectbox(key=PAGE_KEY).value == 0
    assert "Sortiert nach Aktivität (auf Wunsch)." in texts(at)


def test_large_cohort_short_period_keeps_weeks(cohort_db: Path, run_page) -> None:
    at = run_page(cohort_db, PAGE, params={"from": "2022-01-03", "to": "2022-06-26"})
    assert not at.exception and not at.error, [e.value for e in at.error]
    heatmap = charts(at)[0]
    assert heatmap["layout"]["title"]["text"] == "Beiträge pro Person und Woche – Personen 1–30 von 80"
    assert len(values(heatmap["data"][0]["x"])) == 25 and len(heatmap["data"][0]["y"]) == 30
    assert at.subheader[0].value == "Beiträge pro Woche"


def test_demo_has_no_pager(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert PAGE_KEY not in [box.key for box in at.selectbox]
    assert "Gezeigt:" not in texts(at)
    assert "Personen 1–" not in charts(at)[0]["layout"]["title"]["text"]

"""A rerun with nothing changed does no work that the last run did: no query reaches DuckDB and
no Plotly figure is built (figures are kept with their data); a switch of language or names does
build the figures anew, in the new words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from apptest_helpers import count_figures, count_queries
from streamlit.testing.v1 import AppTest

from analytics import store
from pages.ui.navigation import PAGES


def count_version_reads(monkeypatch) -> list[int]:
    """From now on, every time the workspace's data version is read."""
    reads: list[int] = []
    real = store.data_version

    def counting(cur) -> int:
        reads.append(real(cur))
        return reads[-1]

    monkeypatch.setattr(store, "data_version", counting)
    return reads


def titles(at: AppTest) -> list[str]:
    """The titles of the charts a run sent, in order."""
    return [json.loads(chart.proto.spec)["layout"]["title"]["text"] for chart in at.get("plotly_chart")]


@pytest.mark.parametrize("page", [page.file for page in PAGES])
def test_a_warm_rerun_builds_no_figure_and_sends_no_query(demo_db: Path, run_page, monkeypatch, page: str) -> None:
    at = run_page(demo_db, page)
    charts_before = titles(at)
    built = count_figures(monkeypatch)
    reached = count_queries(monkeypatch)
    versions = count_version_reads(monkeypatch)
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert built == []
    assert reached == []
    assert len(versions) == 1  # the data version is asked once a run, not once per query
    assert titles(at) == charts_before  # the same charts are still drawn


def test_the_one_person_view_reruns_without_building_a_figure(demo_db: Path, run_page, monkeypatch) -> None:
    at = run_page(demo_db, "pages/8_Begleitung.py")
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        person = cur.execute("SELECT min(influencer_id) FROM influencers").fetchone()[0]
    con.close()
    at.selectbox(key="person_chosen").set_value(person).run()
    drawn = titles(at)
    assert len(drawn) >= 2  # the person's weeks and rate
    built = count_figures(monkeypatch)
    at.run()
    assert built == [] and titles(at) == drawn


def test_language_and_name_switches_build_the_figures_anew(demo_db: Path, run_page) -> None:
    """The language and the name switch are part of a figure's key: no German or named figure is
    handed out after a switch (whether the English one was built now or by an earlier test)."""
    at = run_page(demo_db, "pages/1_Engagement.py")
    german = titles(at)
    assert german[0] == "Interaktionen pro Monat"
    at.segmented_control(key="lang").set_value("en").run()
    english = titles(at)
    assert english[0] == "Engagements per month"
    assert len(english) == len(german) and not set(english) & set(german)
    people_chart = json.loads(at.get("plotly_chart")[2].proto.spec)["layout"]["yaxis"]["categoryarray"]
    at.toggle(key="pseudo").set_value(True).run()
    pseudonymised = json.loads(at.get("plotly_chart")[2].proto.spec)["layout"]["yaxis"]["categoryarray"]
    assert len(pseudonymised) == len(people_chart)
    assert set(pseudonymised).isdisjoint(people_chart)
    assert all(label.startswith("Person ") for label in pseudonymised)


def _people(cur) -> int:
    return cur.execute("SELECT count(*) FROM influencers").fetchone()[0]


def _add_person(cur) -> None:
    cur.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (1, 'Anna Berger', 'anna berger')")


def test_a_run_reads_the_data_version_once_and_again_after_its_own_change(empty_db: Path, monkeypatch) -> None:
    from pages.ui import data

    monkeypatch.setenv("COCKPIT_DB", str(empty_db))
    reads = count_version_reads(monkeypatch)
    with data.one_version_per_run():
        assert data.query(_people) == 0
        assert data.query(_people) == 0
        assert len(reads) == 1  # one round for the whole run, not one per query
        data.write(_add_person)
        assert data.query(_people) == 1  # the run's own change shows at once
        assert len(reads) == 2 and reads[1] == reads[0] + 1
    data.query(_people)
    data.query(_people)
    assert len(reads) == 4  # outside a run of the shell (a callback, a download): read each time

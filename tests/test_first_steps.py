"""Erste Schritte: an empty workspace opens on which files to bring, with a way to the import and
back to the demo; a workspace with data opens on the overview as before."""

from __future__ import annotations

from pathlib import Path

from apptest_helpers import texts

from analytics import store
from analytics.ingest import has_demo, holds_nothing

PAGE = "pages/13_Erste_Schritte.py"


def test_an_empty_workspace_opens_on_first_steps(empty_db: Path, run_page) -> None:
    at = run_page(empty_db)  # the start page, as "/" opens it
    assert not at.exception and not at.error
    assert [title.value for title in at.title] == ["Erste Schritte"]
    shown = texts(at)
    # the files in their order, and where LinkedIn offers each export
    order = [shown.index(part) for part in ("Influencer-Liste (Kader)", "Controlling-Sheet", "LinkedIn-Exporte",
                                            "Ergebnisse")]
    assert order == sorted(order)
    assert "„Impressionen von Beiträgen“ → „Exportieren“" in shown and "SinglePostAnalytics_" in shown
    assert "Shares.csv" in shown
    assert [button.label for button in at.button] == ["Zum Import", "Zurück zur Demo"]


def test_back_to_the_demo(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    at.button(key="first_demo").click().run()
    assert not at.exception and not at.error
    con = store.connect(empty_db)
    with store.cursor(con) as cur:
        assert has_demo(cur) and not holds_nothing(cur)
    con.close()
    assert [title.value for title in at.title] == ["Überblick"]


def test_in_english_and_with_data(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, {"lang": "en"})
    assert not at.exception and not at.error
    assert [title.value for title in at.title] == ["First steps"]
    assert "The files the cockpit reads, best in this order" in texts(at)
    assert "Roster of influencers" in texts(at)
    # a workspace with data opens on the overview, never on the first steps
    assert [title.value for title in run_page(demo_db).title] == ["Überblick"]

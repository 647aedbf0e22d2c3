"""The briefing page in AppTest: demo, English, empty and roster-less workspaces, names hidden by default."""

from __future__ import annotations

import json
from pathlib import Path

from apptest_helpers import as_read, points_to_first_steps, texts
from test_briefing import FIRST_SENTENCE, named, roster_names

PAGE = "pages/6_Briefing.py"


def shown(at) -> str:
    """Text, metrics and chart data of a run."""
    return texts(at) + "\n".join(element.proto.spec for element in at.get("plotly_chart"))


def test_demo(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert as_read(at.subheader[0].value) == "Briefing Corporate-Influencer-Programm"
    assert FIRST_SENTENCE in texts(at)
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics == {"Beiträge": "326", "Aktive Personen": "16", "Reaktionen": "15.496", "Kommentare": "3.692",
                       "Engagement-Rate": "3,1 %", "Ergebnisse": "14"}
    titles = [json.loads(element.proto.spec)["layout"]["title"]["text"] for element in at.get("plotly_chart")]
    assert titles == ["Beiträge und Interaktionen pro Monat", "Vielfalt im Kader",
                      "Anteil aktiver Personen im Kader pro Monat", "Ergebnisse pro Monat nach Art"]
    # the sidebar's switch is off: the footer does not claim pseudonyms, the note says the exports carry names
    assert "Namen pseudonymisiert" not in texts(at)
    assert "Namen: sichtbar – die Datenexporte enthalten echte Namen." in texts(at)
    assert not named(shown(at), roster_names(demo_db))
    assert {button.proto.label for button in at.get("download_button")} >= {
        "HTML (eine Datei, offline lesbar)", "PowerPoint (bearbeitbare Diagramme)", "Beiträge (CSV)"}


def test_one_name_switch_governs_the_briefing(demo_db: Path, run_page) -> None:
    """The briefing's button flips the sidebar's switch (there is no second one); the footer follows it."""
    at = run_page(demo_db, PAGE)
    assert at.toggle(key="pseudo").value is False
    at.button(key="privacy_name_switch").click().run()
    assert not at.exception
    assert at.toggle(key="pseudo").value is True
    assert "Namen pseudonymisiert" in texts(at)
    assert "Namen: pseudonymisiert – auf dem Bildschirm, im Briefing" in texts(at)
    assert not named(texts(at), roster_names(demo_db))
    at.toggle(key="pseudo").set_value(False).run()  # the sidebar switch off: the briefing shows it at once
    assert "Namen pseudonymisiert" not in texts(at)
    link = run_page(demo_db, PAGE, params={"pseudo": "true"})  # a shared link with pseudonyms
    assert "Namen pseudonymisiert" in texts(link) and link.toggle(key="pseudo").value is True


def test_english(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    assert not at.exception
    assert "From January to June 2023, 16 corporate influencers published 326 posts." in texts(at)
    metrics = {metric.label: metric.value for metric in at.metric}
    assert metrics["Reactions"] == "15,496" and metrics["Engagement rate"] == "3.1%"


def test_march_shows_changes(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, PAGE, params={"from": "2023-03-01", "to": "2023-03-31"})
    assert not at.exception
    posts = next(metric for metric in at.metric if metric.label == "Beiträge")
    assert posts.value == "63" and posts.delta.startswith(("+", "-"))


def test_empty_workspace(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, PAGE)
    assert points_to_first_steps(at)


def test_posts_without_roster(posts_only_db: Path, run_page) -> None:
    at = run_page(posts_only_db, PAGE)
    assert not at.exception and not at.error
    assert FIRST_SENTENCE in texts(at)
    assert "Der Kader vereint" not in texts(at)
    assert {metric.label: metric.value for metric in at.metric}["Beiträge"] == "326"

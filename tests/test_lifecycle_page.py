"""The people page's tab "Person löschen (DSGVO)" in AppTest: erasure through the page (the same
function as ``erase``), the right-of-access downloads beside it; the retention setting on the privacy page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from apptest_helpers import open_tab, texts
from lifecycle_helpers import XAVER, build_workspace, file_bytes

from analytics import lifecycle, store
from pages.ui import data

PEOPLE, PRIVACY = "pages/9_Personen.py", "pages/11_Datenschutz.py"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return build_workspace(tmp_path / "w.duckdb", tmp_path)


def button(at, label: str):
    return next(b for b in at.button if b.label == label)


def downloads(at) -> dict[str, object]:
    return {element.proto.label: element for element in at.get("download_button")}


def sql(db: Path, query: str) -> list[tuple]:
    with store.closing(store.connect(db)) as cur:
        return cur.execute(query).fetchall()


def test_erasure_through_the_page_leaves_no_byte(workspace: Path, run_page) -> None:
    at = run_page(workspace, PEOPLE)
    open_tab(at, "people_tab", "Person löschen (DSGVO)")
    at.selectbox(key="imp_delete_who_0").set_value(1).run()
    assert any("Gelöscht werden: Xaver Geheimnisträger, 2 Beiträge, 1 Ergebnisse" in w.value for w in at.warning)
    assert {"Auskunft als Excel", "Auskunft als JSON"} <= set(downloads(at))
    at.text_input(key="imp_delete_typed_0").input("xaver geheimnisträger").run()
    button(at, "Endgültig löschen").click().run()
    assert not at.exception
    shown = texts(at)
    assert "Xaver Geheimnisträger und alle zugehörigen Daten wurden gelöscht." in shown
    assert ("2 Beiträge, 1 Ergebnisse, 0 Follower-Einträge, 1 Bewerbung(en), 1 Rückgängig-Einträge; 2 Dateiname(n) "
            "im Protokoll neutralisiert. Die Datei wurde neu geschrieben.") in shown
    data = file_bytes(workspace)
    assert b"geheimnistr" not in data and b"quellwasserprobe" not in data and b"brunnenbauer" not in data
    assert "müller".encode() in data
    # the page goes on with the rewritten file: the history lists the neutral file names
    at.run()
    assert not at.exception
    assert sql(workspace, "SELECT count(*) FROM influencers") == [(1,)]


def test_retention_set_shown_and_applied(workspace: Path, run_page) -> None:
    at = open_tab(run_page(workspace, PRIVACY), "privacy_tab", "Aufbewahrung")  # the page's tabs: drawn once opened
    assert "Keine Aufbewahrungsfrist gesetzt: Der Arbeitsbereich behält alle Daten." in texts(at)
    at.number_input(key="life_retention_months_0").set_value(12).run()
    button(at, "Aufbewahrung speichern").click().run()
    assert "Gespeichert: 12 Monate" in texts(at)
    # all data is from 2023, more than 12 months ago: 4 posts, 2 outcomes; both people are in the roster
    warning = next(w.value for w in at.warning if w.value.startswith("Älter als 12 Monate"))
    assert warning.endswith("4 Beiträge, 0 Follower-Einträge, 2 Ergebnisse; 0 Person(en) nicht im Kader ohne Daten "
                            "im Zeitraum.")
    assert button(at, "Abgelaufene Daten löschen").disabled
    at.checkbox(key="life_retention_sure_1").check().run()
    button(at, "Abgelaufene Daten löschen").click().run()
    assert not at.exception
    assert ("Gelöscht: 4 Beiträge, 0 Follower-Einträge, 2 Ergebnisse, 0 Person(en). Die Datei wurde neu "
            "geschrieben.") in texts(at)
    assert sql(workspace, "SELECT (SELECT count(*) FROM posts), (SELECT count(*) FROM outcomes)") == [(0, 0)]
    assert b"quellwasserprobe" not in file_bytes(workspace)


def test_the_access_export_is_built_when_its_button_is_clicked(workspace: Path, run_page, monkeypatch) -> None:
    """Choosing a person and working on the page builds no export: the buttons hold a builder."""
    built: list[tuple] = []
    real = lifecycle.access_export

    def counting(cur, person, fmt="xlsx", lang="de"):
        built.append((person, fmt))
        return real(cur, person, fmt, lang)

    monkeypatch.setattr(lifecycle, "access_export", counting)
    at = run_page(workspace, PEOPLE)
    open_tab(at, "people_tab", "Person löschen (DSGVO)")
    at.selectbox(key="imp_delete_who_0").set_value(1).run()
    at.text_input(key="imp_delete_typed_0").input("xaver").run()
    assert {"Auskunft als Excel", "Auskunft als JSON"} <= set(downloads(at))
    assert built == []
    # what a click runs (on Streamlit's download thread): the export of the person shown, as it is then
    build = data.built_on_click(lifecycle.access_file, 1, "json", "de")
    assert built == []
    body = json.loads(build())
    assert built == [(1, "json")]
    assert body["person_name"] == XAVER and len(body["posts"]) == 2

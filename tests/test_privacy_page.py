"""Staff-council mode in the app: closed views, opening with a purpose, the access log, the record."""

from __future__ import annotations

import json
from pathlib import Path

from apptest_helpers import open_filters, open_tab, texts

from analytics import lifecycle, settings, store
from analytics.record import record_html, record_markdown

PRIVACY = "pages/11_Datenschutz.py"
FREQUENCY = "pages/2_Frequenz.py"
ENGAGEMENT = "pages/1_Engagement.py"
BRIEFING = "pages/6_Briefing.py"
COUNCIL_TAB = ("privacy_tab", "Betriebsratsmodus")  # the page's tabs are drawn once opened
CLOSED = "Betriebsratsmodus: „Personen: Beitragshäufigkeit, Ziel, Pausen“ ist geschlossen."


def log_rows(db: Path) -> list[tuple]:
    con = store.connect(db)
    try:
        return con.execute("SELECT user_email, action, view, purpose FROM access_log ORDER BY access_id").fetchall()
    finally:
        con.close()


def roster_names(db: Path) -> list[tuple]:
    con = store.connect(db)
    try:
        return con.execute("SELECT name FROM influencers").fetchall()
    finally:
        con.close()


def council_on(db: Path) -> None:
    con = store.connect(db)
    with store.cursor(con) as cur, store.transaction(cur):
        settings.put(cur, "staff_council_mode", True)
    con.close()


def chart_titles(at) -> str:
    """Every chart's data and layout as text (non-ASCII as itself: 'Petrović', not '\\u0107')."""
    return "\n".join(json.dumps(json.loads(element.proto.spec), ensure_ascii=False) for element in at.get("plotly_chart"))


def test_views_of_named_people_are_open_without_the_mode(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, FREQUENCY)
    assert not at.exception
    assert CLOSED not in texts(at)
    assert len(at.get("plotly_chart")) == 5  # heatmap, target, gaps, participation, weekday × hour
    assert log_rows(demo_db) == []


def test_closed_until_opened_with_a_purpose_which_is_logged_once(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    at = run_page(demo_db, FREQUENCY)
    assert not at.exception
    assert CLOSED in texts(at)
    # only the group views are drawn: participation and weekday × hour
    assert len(at.get("plotly_chart")) == 2
    names = [name for (name,) in roster_names(demo_db)]
    assert len(names) == 16 and not [name for name in names if name in chart_titles(at) + texts(at)]
    # no purpose: stays closed, nothing logged
    at.button(key="FormSubmitter:privacy_open_frequency_people-Für diese Sitzung öffnen").click().run()
    assert "Bitte geben Sie einen Zweck an" in texts(at) and log_rows(demo_db) == []
    at.text_input(key="privacy_purpose_frequency_people").input("Coaching-Gespräch vorbereiten")
    at.button(key="FormSubmitter:privacy_open_frequency_people-Für diese Sitzung öffnen").click().run()
    assert not at.exception
    assert CLOSED not in texts(at) and len(at.get("plotly_chart")) == 5
    assert len([name for name in names if name in chart_titles(at)]) == 16  # open: the heatmap names all 16
    assert log_rows(demo_db) == [(None, "open", "frequency_people", "Coaching-Gespräch vorbereiten")]
    # open for the rest of the session: another run writes no second row
    at.run()
    assert len(at.get("plotly_chart")) == 5 and len(log_rows(demo_db)) == 1
    # another view is a separate opening
    at.switch_page(ENGAGEMENT).run()
    assert "„Personen: Engagement je Person“ ist geschlossen" in texts(at)
    assert "„Top-Beiträge mit Namen“ ist geschlossen" in texts(at)
    assert len(log_rows(demo_db)) == 1


def test_the_briefing_stays_open_and_its_data_exports_are_closed(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    at = run_page(demo_db, BRIEFING)
    assert not at.exception
    # the briefing of the group: screen, HTML and PowerPoint open
    assert len(at.get("plotly_chart")) == 4
    assert [button.proto.label for button in at.get("download_button")] == [
        "HTML (eine Datei, offline lesbar)", "PowerPoint (bearbeitbare Diagramme)"]
    # the exports have a row per post, person, outcome: the only closed view on the page
    closed = [line for line in texts(at).splitlines() if "ist geschlossen" in line]
    assert len(closed) == 1 and "„Datenexporte mit Zeilen einzelner Personen (Beiträge, Personen, Ergebnisse)“" \
        in closed[0]


def test_switching_on_and_off_on_the_privacy_page_is_logged(demo_db: Path, run_page) -> None:
    at = open_tab(run_page(demo_db, PRIVACY), *COUNCIL_TAB)
    assert not at.exception
    assert "§ 87 Abs. 1 Nr. 6 BetrVG" in texts(at)
    assert "Noch keine Einträge" in texts(at)
    at.toggle(key="privacy_staff_council").set_value(True).run()
    assert "Betriebsratsmodus eingeschaltet (protokolliert)." in texts(at)
    at.toggle(key="privacy_staff_council").set_value(False).run()
    assert not at.exception
    assert "Betriebsratsmodus ausgeschaltet (protokolliert)." in texts(at)
    assert log_rows(demo_db) == [(None, "mode_on", None, None), (None, "mode_off", None, None)]
    table = next(frame.value for frame in at.dataframe if "Zweck" in frame.value.columns)
    assert table["Vorgang"].tolist() == ["Modus ausgeschaltet", "Modus eingeschaltet"]  # newest first
    assert table["Benutzer"].tolist() == ["(ohne Anmeldung)", "(ohne Anmeldung)"]
    assert "2 Einträge, neueste zuerst." in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert settings.get(cur, "staff_council_mode") is False
    con.close()


def test_the_log_is_exported_as_csv(demo_db: Path) -> None:
    from analytics import privacy
    from analytics.export import serialise
    from pages.sections.privacy import log_frame

    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        privacy.set_staff_council_mode(cur, True, "lead@muenchen.de")
        privacy.log_access(cur, "open", "lead@muenchen.de", "engagement_people", "  Jahresbericht  ")
    with store.cursor(con) as cur:
        payload = serialise(log_frame(privacy.access_log(cur), "de"), "access_log", "csv", "de")
    con.close()
    lines = payload.decode("utf-8-sig").splitlines()
    assert lines[0] == "Zeit;Benutzer;Vorgang;Ansicht;Zweck"
    assert lines[1].endswith(";lead@muenchen.de;Ansicht geöffnet;Personen: Engagement je Person;Jahresbericht")
    assert lines[2].endswith(";lead@muenchen.de;Modus eingeschaltet;;")
    assert len(lines) == 3


# ---------------------------------------------------------------- the record of processing
def test_the_record_lists_the_stored_fields_and_settings(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        german = record_markdown(cur, "de", login=False, path="/daten/cockpit.duckdb")
        english = record_markdown(cur, "en", login=True)
    con.close()
    assert "| `birth_year` | INTEGER | Geburtsjahr (freiwillig; für Altersgruppen) |" in german
    assert "| `pseudonym_no` | INTEGER | Pseudonym-Nummer (Person 01 … n) |" in german
    assert "Personenbezogene Daten der Teilnehmenden. Zeilen: 16." in german
    assert "Zahlen zu Gruppen unter 3 Personen werden nicht gezeigt" in german
    assert "Keine Aufbewahrungsfrist eingestellt" in german and "(/daten/cockpit.duckdb)" in german
    assert "Keine Anmeldung eingerichtet" in german and "Betriebsratsmodus ausgeschaltet" in german
    assert "# Description of the processing: Influencer Cockpit" in english
    assert "Login is configured" in english and "| `text` | VARCHAR | Text of the post" in english
    assert "(no description" not in english  # every field of the schema is described


def test_a_new_column_and_changed_settings_appear_in_the_record(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("ALTER TABLE influencers ADD COLUMN shoe_size INTEGER")
        settings.put(cur, "min_group", 5)
        settings.put(cur, "retention_months", 24)
        settings.put(cur, "staff_council_mode", True)
        settings.put(cur, "organisation", "Landeshauptstadt München")
    with store.cursor(con) as cur:
        german = record_markdown(cur, "de")
        page = record_html(cur, "en")
    con.close()
    assert "| `shoe_size` | INTEGER | (ohne Beschreibung: ein Feld, das nach dieser Beschreibung hinzukam" in german
    assert "Zahlen zu Gruppen unter 5 Personen" in german
    assert "Daten werden 24 Monate aufbewahrt" in german
    assert "Betriebsratsmodus eingeschaltet: Ansichten einzelner Personen nur mit Zweckangabe" in german
    assert "- **Verantwortliche Stelle:** Landeshauptstadt München" in german
    assert "<td><code>shoe_size</code></td><td>INTEGER</td>" in page and "Data is kept for 24 months" in page
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page


def test_sidebar_offers_pseudonyms_in_number_order(demo_db: Path, run_page) -> None:
    """Pseudonymised, the people filter lists Person 01 … Person 16 (alphabetical order would tell the names)."""
    at = open_filters(run_page(demo_db, FREQUENCY, params={"pseudo": "true"}))
    assert not at.exception
    people = at.sidebar.multiselect(key="people")
    assert list(people.options) == [f"Person {n:02d}" for n in range(1, 17)]
    # choosing one keeps their number (Person 07 stays Person 07 under the filter)
    con = store.connect(demo_db)
    seventh = con.execute("SELECT influencer_id FROM influencers WHERE pseudonym_no = 7").fetchone()[0]
    con.close()
    people.select(seventh).run()
    assert "Person 07" in chart_titles(at) and "Person 01" not in chart_titles(at)


def test_privacy_page_lists_a_pseudonym_changed_by_an_erasure(demo_db: Path, run_page) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        second = cur.execute("SELECT influencer_id FROM influencers WHERE pseudonym_no = 2").fetchone()[0]
        lifecycle.delete_person(cur, second)
    with store.cursor(con) as cur:
        numbers = sorted(n for (n,) in cur.execute("SELECT pseudonym_no FROM influencers").fetchall())
    con.close()
    assert numbers == list(range(1, 16))  # 15 people: 1 … 15 again
    at = open_tab(run_page(demo_db, PRIVACY), *COUNCIL_TAB)
    assert not at.exception
    assert "heißt jetzt Person 02" in texts(at) and ": Person 16 heißt jetzt Person 02" in texts(at)


def test_the_page_draws_only_its_open_tab(demo_db: Path, run_page) -> None:
    """Four tabs, of which only the open one is sent: a visit draws one section's fields, not four."""
    at = run_page(demo_db, PRIVACY)
    assert [tab.label for tab in at.tabs] == [
        "Kleine Gruppen", "Betriebsratsmodus", "Aufbewahrung", "Verarbeitung (Art. 30 DSGVO)"]
    assert [field.key for field in at.number_input] == ["supp_min_group"]
    assert [switch.key for switch in at.toggle] == ["pseudo"]  # the sidebar's only
    open_tab(at, *COUNCIL_TAB)
    assert sorted(switch.key for switch in at.toggle) == ["privacy_staff_council", "pseudo"]
    assert not at.number_input and "§ 87 Abs. 1 Nr. 6 BetrVG" in texts(at)
    open_tab(at, "privacy_tab", "Verarbeitung (Art. 30 DSGVO)")
    assert [button.proto.label for button in at.get("download_button")] == [
        "Deutsch (Markdown)", "Deutsch (HTML)", "Englisch (Markdown)", "Englisch (HTML)"]
    at.segmented_control(key="lang").set_value("en").run()  # the open tab stays open in the other language
    assert [tab.label for tab in at.tabs][3] == "Processing (Art. 30 GDPR)"
    assert len(at.get("download_button")) == 4

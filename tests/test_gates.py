"""Staff-council mode: one gate for every view of named people, whatever the door.

With the mode on and no purpose stated, a selection of individual people (sidebar or link) shows
nothing on any page; the briefing's downloads, the outcome ledger and the right-of-access export
stay closed; every opening and every download writes an access-log row (time, login, view,
purpose); the command line's exports need ``--purpose`` and are logged. Links name people by
pseudonym number only: an old ``?people=<id>`` opens nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from apptest_helpers import open_filters, open_folded, open_tab, texts
from command_line import cli
from streamlit.delta_generator import DeltaGenerator
from test_privacy_page import council_on, log_rows

from analytics import privacy, store
from analytics.errors import CockpitError

OVERVIEW = "pages/0_overview.py"
ENGAGEMENT = "pages/1_Engagement.py"
FREQUENCY = "pages/2_Frequenz.py"
DIVERSITY = "pages/3_Vielfalt.py"
CONTENT = "pages/4_Inhalt.py"
IMPACT = "pages/5_Wirkung.py"
BRIEFING = "pages/6_Briefing.py"
SUPPORT = "pages/8_Begleitung.py"
PEOPLE = "pages/9_Personen.py"
# Renate Feichtmayr: internal id 4, pseudonym number 12, 32 of the demo's 326 posts
RENATE = {"pseudonym": "12"}
SELECTION_CLOSED = "Betriebsratsmodus: „Auswahl einzelner Personen“ ist geschlossen."
OPEN = "Für diese Sitzung öffnen"


def open_view(at, view: str, purpose: str):
    """State a purpose in the closed view's form and submit it."""
    at.text_input(key=f"privacy_purpose_{view}").input(purpose)
    return at.button(key=f"FormSubmitter:privacy_open_{view}-{OPEN}").click().run()


def named_tables(at) -> list:
    """The tables with a column of people (the outcome list, the outcomes with their posts)."""
    return [frame.value for frame in at.dataframe if "Person" in frame.value.columns]


def nothing_shown(at) -> bool:
    """No figure of any kind: tiles, charts, tables, downloads."""
    return not (at.metric or at.get("plotly_chart") or at.dataframe or at.get("download_button"))


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> dict[str, Callable[[], bytes]]:
    """Every download button's ``data`` by its key, as the app hands it to Streamlit (a callable is
    run when the button is clicked; calling it here is the click)."""
    seen: dict[str, Callable[[], bytes]] = {}
    real = DeltaGenerator.download_button

    def recording(self, label, data, *args, **kwargs):
        seen[kwargs["key"]] = data
        return real(self, label, data, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "download_button", recording)
    return seen


# ---------------------------------------------------------------- a selection of people, every page
@pytest.mark.parametrize("page", [OVERVIEW, ENGAGEMENT, FREQUENCY, DIVERSITY, CONTENT, IMPACT, BRIEFING, SUPPORT])
def test_a_link_choosing_a_person_is_closed_on_every_page(demo_db: Path, run_page, page: str) -> None:
    council_on(demo_db)
    at = run_page(demo_db, page, params=RENATE)
    assert not at.exception
    shown = texts(at)
    assert SELECTION_CLOSED in shown
    assert "Eine Auswahl einzelner Personen (Seitenleiste oder Link) zeigt deren Ergebnisse" in shown
    assert nothing_shown(at)
    assert "von 1" not in shown  # the frequency page's "1 von 1 erreicht das Ziel"
    assert log_rows(demo_db) == []


def test_opened_with_a_purpose_the_selection_shows_on_every_page_logged_once(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    at = run_page(demo_db, OVERVIEW, params=RENATE)
    at.button(key=f"FormSubmitter:privacy_open_people_selection-{OPEN}").click().run()
    assert "Bitte geben Sie einen Zweck an" in texts(at) and log_rows(demo_db) == []
    open_view(at, "people_selection", "Coaching-Gespräch mit Person 12 vorbereiten")
    assert not at.exception
    assert SELECTION_CLOSED not in texts(at) and "Beiträge: 32" in texts(at)  # her own posts, not the 326
    assert log_rows(demo_db) == [(None, "open", "people_selection", "Coaching-Gespräch mit Person 12 vorbereiten")]
    at.switch_page(FREQUENCY).run()
    shown = texts(at)
    assert SELECTION_CLOSED not in shown and "Aktiv im Zeitraum: 1 von 1" in shown
    # the person-level views of the page stay a separate opening
    assert "„Personen: Beitragshäufigkeit, Ziel, Pausen“ ist geschlossen" in shown
    assert len(log_rows(demo_db)) == 1


def test_clearing_the_selection_shows_the_group(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    at = run_page(demo_db, OVERVIEW, params=RENATE)
    at.button(key="privacy_selection_clear").click().run()
    assert not at.exception
    assert SELECTION_CLOSED not in texts(at) and "Beiträge: 326" in texts(at)
    assert "pseudonym" not in at.query_params and log_rows(demo_db) == []


def test_without_the_mode_a_selection_is_open_and_nothing_logged(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, OVERVIEW, params=RENATE)
    assert SELECTION_CLOSED not in texts(at) and "Beiträge: 32" in texts(at)
    assert log_rows(demo_db) == []


# ---------------------------------------------------------------- links carry pseudonym numbers
def test_an_old_link_with_an_internal_id_opens_nobody(demo_db: Path, run_page) -> None:
    at = open_filters(run_page(demo_db, OVERVIEW, params={"people": "4"}))
    assert not at.exception
    assert at.sidebar.multiselect(key="people").value == []
    assert "Beiträge: 326" in texts(at)  # everyone, not internal id 4's 32
    assert [warning.value for warning in at.main.warning] == [
        "Dieser Link wählt Personen nach einer alten, internen Nummer aus – die Auswahl wurde nicht übernommen. "
        "Links nennen Personen nur noch über ihre Pseudonym-Nummer."]
    assert "people" not in at.query_params


def test_the_url_names_chosen_people_by_pseudonym_number(demo_db: Path, run_page) -> None:
    at = open_filters(run_page(demo_db, OVERVIEW))
    at.sidebar.multiselect(key="people").set_value([4, 1]).run()  # Renate (Person 12), Maximilian (Person 09)
    assert not at.exception
    assert at.query_params["pseudonym"] == ["12", "9"] and "people" not in at.query_params
    # the link reopens the same two people
    again = run_page(demo_db, OVERVIEW, params={"pseudonym": ["12", "9"]})
    assert again.sidebar.multiselect(key="people").value == [4, 1]


# ---------------------------------------------------------------- the filter expander draws its widgets only when open
def _sidebar_multiselects(at) -> list[str]:
    return [box.key for box in at.sidebar.multiselect]


def test_the_filters_are_drawn_only_while_their_expander_is_open(demo_db: Path, run_page) -> None:
    """Closed (the default), a run sends none of the filter widgets; opened, the people filter and the
    group filters appear (on the demo, departments: its one cohort and its professions are no filter)."""
    at = run_page(demo_db, OVERVIEW)
    assert [box.label for box in at.sidebar.expander] == ["Filter"]
    assert _sidebar_multiselects(at) == [] and "Aktive Filter" not in texts(at)
    open_filters(at)
    assert _sidebar_multiselects(at) == ["people", "department"]  # (every demo person's profession differs)
    assert "Beiträge: 326" in texts(at)


def test_a_person_chosen_stays_chosen_when_the_filters_are_closed(demo_db: Path, run_page) -> None:
    """Closing the expander keeps the choice: the figures, the URL and a line saying a filter is set."""
    at = open_filters(run_page(demo_db, OVERVIEW))
    at.sidebar.multiselect(key="people").set_value([4]).run()  # Renate: 32 posts
    at.session_state["filters_open"] = False
    at.run()
    assert _sidebar_multiselects(at) == []
    assert "Beiträge: 32" in texts(at) and "Aktive Filter: 1" in texts(at)
    assert at.query_params["pseudonym"] == "12"
    at.switch_page(ENGAGEMENT).run()
    assert not at.exception and "Beiträge: 32" in texts(at) and at.query_params["pseudonym"] == "12"


def test_a_link_with_chosen_people_opens_the_filters(demo_db: Path, run_page) -> None:
    """A shared link's chosen people show as the filter's chips, not hidden in a closed expander."""
    at = run_page(demo_db, OVERVIEW, params=RENATE)
    assert at.sidebar.multiselect(key="people").value == [4] and "Beiträge: 32" in texts(at)


def test_a_closed_filter_expander_is_no_way_past_the_gate(demo_db: Path, run_page) -> None:
    """In staff-council mode a person chosen and the expander closed is still a selection of people."""
    council_on(demo_db)
    at = open_filters(run_page(demo_db, OVERVIEW))
    at.sidebar.multiselect(key="people").set_value([4]).run()
    at.session_state["filters_open"] = False
    at.run()
    assert _sidebar_multiselects(at) == []
    assert SELECTION_CLOSED in texts(at) and "Beiträge: 32" not in texts(at) and nothing_shown(at)
    assert log_rows(demo_db) == []


def test_a_department_chosen_stays_chosen_when_the_filters_are_closed(demo_db: Path, run_page) -> None:
    """The group filters' choice is read from their kept state while they are not drawn."""
    at = open_filters(run_page(demo_db, OVERVIEW))
    department = at.sidebar.multiselect(key="department")
    chosen = department.options[0]
    department.set_value([chosen]).run()
    shown = texts(at)
    posts = next(line for line in shown.splitlines() if line.startswith("Beiträge: "))
    at.session_state["filters_open"] = False
    at.run()
    assert _sidebar_multiselects(at) == [] and "Aktive Filter: 1" in texts(at)
    assert posts in texts(at).splitlines() and posts != "Beiträge: 326"
    assert at.query_params["department"] == chosen


# ---------------------------------------------------------------- the outcome ledger
def test_the_outcome_form_is_closed_also_in_a_period_without_outcomes(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    january = {"from": "2023-01-02", "to": "2023-01-31"}  # the demo's first outcome is of 14 February
    at = run_page(demo_db, IMPACT, params=january)
    assert not at.exception
    shown = texts(at)
    assert "Für diese Auswahl sind keine Ergebnisse erfasst." in shown
    assert "„Ergebnisliste mit Personen und Erfassung der Ergebnisse“ ist geschlossen" in shown
    assert not at.get("radio") and not named_tables(at)  # no form listing every outcome with its note
    open_view(at, "impact_outcomes", "Ergebnis der Jobmesse erfassen")
    open_folded(at)  # the form itself is folded until opened
    assert [radio.key for radio in at.get("radio")] == ["ledger_mode"]
    assert log_rows(demo_db) == [(None, "open", "impact_outcomes", "Ergebnis der Jobmesse erfassen")]


def test_the_outcome_list_and_form_are_closed_in_a_period_with_outcomes(demo_db: Path, run_page) -> None:
    council_on(demo_db)
    at = run_page(demo_db, IMPACT)
    shown = texts(at)
    assert "„Ergebnisliste mit Personen und Erfassung der Ergebnisse“ ist geschlossen" in shown
    assert not at.get("radio") and not named_tables(at)
    assert "Schülerin fragt nach Praktikum" not in shown
    open_view(at, "impact_outcomes", "Quartalsbericht")
    open_folded(at)
    assert [radio.key for radio in at.get("radio")] == ["ledger_mode"]
    assert len(named_tables(at)) == 2 and len(named_tables(at)[0]) == 14  # the 14 outcomes of the period


# ---------------------------------------------------------------- downloads
def test_every_download_of_the_briefing_of_a_person_is_logged(demo_db: Path, run_page, downloads) -> None:
    council_on(demo_db)
    at = run_page(demo_db, BRIEFING, params=RENATE)
    assert SELECTION_CLOSED in texts(at) and downloads == {}
    open_view(at, "people_selection", "Jahresgespräch")
    assert set(downloads) == {"briefing_html", "briefing_pptx"}  # the data exports: a view of their own
    open_folded(at)  # opening their expander shows the gate, not the buttons
    assert set(downloads) == {"briefing_html", "briefing_pptx"}
    assert "„Datenexporte mit Zeilen einzelner Personen (Beiträge, Personen, Ergebnisse)“ ist geschlossen" \
        in texts(at)
    open_view(at, "data_exports", "Auswertung für den Betriebsrat")
    assert len(downloads) == 8
    payloads = {key: build() for key, build in sorted(downloads.items())}  # each button clicked once
    assert payloads["briefing_html"].startswith(b"<!DOCTYPE html>")
    assert payloads["export_posts_csv"].decode("utf-8-sig").count("\r\n") == 1 + 326
    rows = log_rows(demo_db)
    assert rows[:2] == [(None, "open", "people_selection", "Jahresgespräch"),
                        (None, "open", "data_exports", "Auswertung für den Betriebsrat")]
    assert sorted(rows[2:]) == sorted(
        [(None, "download", "briefing_html", "Jahresgespräch"), (None, "download", "briefing_pptx", "Jahresgespräch")]
        + [(None, "download", f"export_{table}", "Auswertung für den Betriebsrat")
           for table in ("posts", "influencers", "outcomes") for _ in ("csv", "xlsx")])


def test_the_group_briefing_downloads_without_a_log(demo_db: Path, run_page, downloads) -> None:
    council_on(demo_db)
    at = run_page(demo_db, BRIEFING)
    assert set(downloads) == {"briefing_html", "briefing_pptx"}
    assert downloads["briefing_html"]().startswith(b"<!DOCTYPE html>")
    assert not at.exception and log_rows(demo_db) == []


def test_the_right_of_access_export_is_closed_and_each_download_logged(demo_db: Path, run_page, downloads) -> None:
    council_on(demo_db)
    at = run_page(demo_db, PEOPLE)
    open_tab(at, "people_tab", "Person löschen (DSGVO)")
    at.selectbox(key="imp_delete_who_0").set_value(4).run()
    assert "„Auskunft über eine Person (Art. 15 DSGVO)“ ist geschlossen" in texts(at)
    assert downloads == {}
    open_view(at, "access_export", "Auskunftsersuchen vom 3. März")
    assert set(downloads) == {"life_access_xlsx", "life_access_json"}
    assert b"Feichtmayr" in downloads["life_access_json"]()
    assert log_rows(demo_db) == [(None, "open", "access_export", "Auskunftsersuchen vom 3. März"),
                                 (None, "download", "access_json", "Auskunftsersuchen vom 3. März")]


def test_a_download_without_a_purpose_is_refused_in_the_mode(demo_db: Path) -> None:
    council_on(demo_db)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        with pytest.raises(CockpitError) as refused:
            privacy.logged_download(cur, lambda: b"named rows", "export_posts", None, None)
        assert refused.value.key == "privacy_purpose_missing"
        assert privacy.logged_download(cur, lambda: b"named rows", "export_posts", "lead@example.org",
                                       "Quartalsbericht") == b"named rows"
    con.close()
    assert log_rows(demo_db) == [("lead@example.org", "download", "export_posts", "Quartalsbericht")]


# ---------------------------------------------------------------- the command line
PURPOSE_REFUSED = ("Staff-council mode is on: this export holds data of individual people and needs a purpose "
                   "(--purpose TEXT), which is logged. Nothing was written.\n")
EXPORTS = {
    "export_posts": ("export", "--table", "posts", "--format", "csv"),
    "access_json": ("export", "--person", "Renate Feichtmayr", "--format", "json"),
    "briefing_html": ("briefing", "--format", "html"),
}


@pytest.mark.parametrize("view", EXPORTS)
def test_the_command_line_exports_need_a_purpose_in_the_mode(demo_db: Path, tmp_path: Path, view: str,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "lead")
    council_on(demo_db)
    out = tmp_path / "named.out"
    for purpose in ((), ("--purpose", "   ")):
        refused = cli(*EXPORTS[view], "--db", demo_db, "--out", out, *purpose)
        assert (refused.code, refused.out, refused.err) == (2, "", PURPOSE_REFUSED)
        assert not out.exists() and log_rows(demo_db) == []
    done = cli(*EXPORTS[view], "--db", demo_db, "--out", out, "--purpose", "Bericht an den Personalrat")
    assert done.code == 0, done.err
    assert done.json["out"] == str(out) and out.stat().st_size > 0
    assert log_rows(demo_db) == [("lead", "export", view, "Bericht an den Personalrat")]


def test_without_the_mode_the_command_line_logs_nothing(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "posts.csv"
    assert cli("export", "--db", demo_db, "--table", "posts", "--format", "csv", "--out", out).code == 0
    assert cli("export", "--db", demo_db, "--table", "posts", "--format", "csv", "--out", out,
               "--purpose", "Bericht").code == 0
    assert log_rows(demo_db) == []

"""Folded expanders: a closed one sends its label, not its body (downloads, the outcome form, tables of
every person); opening it draws the body, and a save inside keeps it open with its message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from apptest_helpers import folded_keys, open_folded, texts

from analytics import store

BRIEFING, IMPACT = "pages/6_Briefing.py", "pages/5_Wirkung.py"
DIVERSITY, FREQUENCY = "pages/3_Vielfalt.py", "pages/2_Frequenz.py"


def _labels(at, kind: str) -> list[str]:
    return [element.proto.label for element in at.get(kind)]


def test_the_briefing_sends_its_data_exports_only_once_opened(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, BRIEFING, unfold=False)
    assert folded_keys(at.main) == ["briefing_exports_open"]
    assert [box.label for box in at.main.expander] == ["Daten exportieren"]
    assert _labels(at, "download_button") == ["HTML (eine Datei, offline lesbar)", "PowerPoint (bearbeitbare Diagramme)"]
    open_folded(at, "briefing_exports_open")
    assert folded_keys(at.main) == []
    assert _labels(at, "download_button")[2:] == [
        "Beiträge (CSV)", "Beiträge (XLSX)", "Influencer:innen (CSV)", "Influencer:innen (XLSX)",
        "Ergebnisse (CSV)", "Ergebnisse (XLSX)"]
    at.segmented_control(key="lang").set_value("en").run()  # a new label, the same expander: it stays open
    assert [box.label for box in at.main.expander] == ["Export data"] and folded_keys(at.main) == []
    assert _labels(at, "download_button")[2:4] == ["Posts (CSV)", "Posts (XLSX)"]


def test_the_outcome_form_is_drawn_once_opened_and_stays_open_after_a_save(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, IMPACT, unfold=False)
    assert folded_keys(at.main) == ["ledger_open"]
    assert not at.get("radio") and [date.key for date in at.date_input] == ["from", "to"]  # the sidebar's only
    open_folded(at, "ledger_open")
    assert [radio.key for radio in at.get("radio")] == ["ledger_mode"]
    at.selectbox(key="ledger_type_new_0").set_value("press")
    at.button(key="ledger_add_new_0").click().run()
    assert "Gespeichert: Presse vom" in texts(at)  # the message, inside the form that stays open
    at.run()  # the next run (any click) keeps the form open, without the message
    assert [radio.key for radio in at.get("radio")] == ["ledger_mode"] and folded_keys(at.main) == []
    assert "Gespeichert: Presse vom" not in texts(at)


def test_the_tables_of_every_group_and_person_are_sent_once_opened(demo_db: Path, run_page) -> None:
    at = run_page(demo_db, DIVERSITY, unfold=False)
    assert folded_keys(at.main) == ["diversity_table"]
    tables = len(at.dataframe)
    open_folded(at)
    assert len(at.dataframe) == tables + 1
    by_gender = at.dataframe[-1].value  # the demo's 15.496 reactions: 8.453 + 7.043, written as the page writes numbers
    assert list(by_gender["Reaktionen"]) == ["8.453", "7.043"]
    at.segmented_control(key="diversity_by").set_value("department").run()  # opened, it stays open across groupings
    assert folded_keys(at.main) == [] and at.dataframe[-1].value.columns[0] == "Gruppe"
    assert list(at.dataframe[-1].value["Gruppe"]) != list(by_gender["Gruppe"])
    at = run_page(demo_db, FREQUENCY, unfold=False)
    assert folded_keys(at.main) == ["frequency_table"]
    tables = len(at.dataframe)
    open_folded(at)
    assert len(at.dataframe) == tables + 1
    assert len(at.dataframe[-1].value) == 16  # a row per person of the demo


def _period_box(at):
    boxes = [node for node in at.sidebar.children.values() if node.type == "popover"]
    assert len(boxes) == 1
    return boxes[0]


def test_the_period_sits_in_a_popover_that_names_it(demo_db: Path, run_page) -> None:
    """A browser mounts a popover's content only when it is opened (the two date fields were the most
    expensive elements of every page switch); the button names the period, and the fields stay in the
    popover, where a change keeps working as before (the figures, the URL and the button follow)."""
    at = run_page(demo_db, "pages/1_Engagement.py")
    box = _period_box(at)
    assert box.proto.popover.label == "02.01.2023 – 30.06.2023"  # the demo's default: the covered half-year
    assert [(field.key, field.label) for field in box.children.values()] == [("from", "Von"), ("to", "Bis")]
    assert at.sidebar.markdown[0].value == ":small[Zeitraum]"
    assert at.metric[0].label == "Beiträge" and at.metric[0].value == "326"
    at.date_input(key="from").set_value(date(2023, 4, 1)).run()
    assert _period_box(at).proto.popover.label == "01.04.2023 – 30.06.2023"
    assert at.query_params["from"] == "2023-04-01"
    assert at.metric[0].value == "158"  # the demo's posts published 01.04.–30.06.2023, counted in its posts table
    at.segmented_control(key="lang").set_value("en").run()
    assert _period_box(at).proto.popover.label == "1 Apr 2023 – 30 Jun 2023"
    assert [field.label for field in _period_box(at).children.values()] == ["From", "To"]


def test_an_end_before_the_start_is_said_outside_the_popover_and_read_as_one_day(demo_db: Path, run_page) -> None:
    """The fields sit in a popover now; a period that ends before it starts is still said where it shows
    (under the button, not inside the closed popover), the figures take the start day alone, and the
    workspace keeps every post."""
    at = run_page(demo_db, "pages/1_Engagement.py")
    at.date_input(key="from").set_value(date(2023, 4, 3))
    at.date_input(key="to").set_value(date(2023, 3, 1)).run()
    assert [warning.value for warning in at.sidebar.warning] == [
        "Der Zeitraum endet vor seinem Beginn (03.04.2023 bis 01.03.2023)."]
    assert at.metric[0].label == "Beiträge" and at.metric[0].value == "1"  # the demo has one post on 03.04.2023
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM posts").fetchone() == (326,)
    con.close()

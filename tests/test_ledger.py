"""The outcome ledger: add, edit, delete outcomes in the app, each undoable like an import."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from apptest_helpers import table_as_read, texts

from analytics import ledger, lifecycle, store
from analytics.errors import CockpitError
from analytics.ingest import last_undoable_import, undo_last_import

LINK = "https://www.linkedin.com/feed/update/urn:li:activity:7012345678901234567/"


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(tmp_path / "ledger.duckdb")
    with store.cursor(con) as cursor:
        for influencer_id, name in ((1, "Anna Alt"), (2, "Berta Bach")):
            cursor.execute("INSERT INTO influencers (influencer_id, name, name_key) VALUES (?, ?, ?)",
                           [influencer_id, name, name.lower()])
        cursor.execute(
            "INSERT INTO posts (post_id, post_key, influencer_id, published_at, url, text, impressions, reactions) "
            "VALUES (10, 'li:7012345678901234567', 1, '2023-03-01 09:00', ?, 'Praktikum bei uns?', 1000, 40), "
            "(11, 'h:abc', 2, '2023-03-02 10:00', 'https://example.org/beitrag-11', 'Ohne LinkedIn-Id', 500, 5)",
            [LINK])
        yield cursor
    con.close()


def rows(cur) -> list[tuple]:
    return cur.execute(
        "SELECT occurred_on, type, type_other, influencer_id, post_id, note FROM outcomes ORDER BY outcome_id"
    ).fetchall()


def test_round_trip_add_edit_undo_delete_person(cur) -> None:
    first = ledger.add(cur, ledger.Entry(date(2023, 3, 3), "internship_inquiry", influencer_id=1, post_id=10,
                                         note="  Schülerin fragt nach Praktikum "), "add 1")
    assert rows(cur) == [(date(2023, 3, 3), "internship_inquiry", None, 1, 10, "Schülerin fragt nach Praktikum")]
    # the addition is an import of kind 'ledger' in the history, the newest one to undo
    assert cur.execute("SELECT file_name, format, kind, rows, inserted, updated FROM imports").fetchall() == [
        ("add 1", "ledger", "ledger", 1, 1, 0)]
    second = ledger.add(cur, ledger.Entry(date(2023, 4, 1), "other", type_other="Messe-Einladung",
                                          note=None), "add 2")
    ledger.edit(cur, first, ledger.Entry(date(2023, 3, 5), "job_application", influencer_id=1,
                                         note="wurde eine Bewerbung"), "edit 1")
    assert rows(cur) == [(date(2023, 3, 5), "job_application", None, 1, None, "wurde eine Bewerbung"),
                         (date(2023, 4, 1), "other", "Messe-Einladung", None, None, None)]
    # undo the edit: the outcome is as it was, with its post, under its own id
    assert last_undoable_import(cur)[1] == "edit 1"
    result = undo_last_import(cur)
    assert (result["file"], result["restored"]) == ("edit 1", 1)
    assert cur.execute("SELECT outcome_id, type, post_id, note FROM outcomes WHERE outcome_id = ?",
                       [first]).fetchall() == [(first, "internship_inquiry", 10, "Schülerin fragt nach Praktikum")]
    # delete, then undo the deletion
    ledger.delete(cur, second, "delete 2")
    assert [r[1] for r in rows(cur)] == ["internship_inquiry"]
    undo_last_import(cur)
    assert [r[1:3] for r in rows(cur)] == [("internship_inquiry", None), ("other", "Messe-Einladung")]
    # undo the second addition: it is gone
    assert undo_last_import(cur)["removed"] == 1
    assert [r[1] for r in rows(cur)] == ["internship_inquiry"]
    # deleting the person deletes their outcomes
    ledger.edit(cur, first, ledger.Entry(date(2023, 3, 6), "press", influencer_id=1, post_id=10), "edit again")
    assert lifecycle.delete_person(cur, 1)["outcomes"] == 1
    assert rows(cur) == []
    # and undoing the ledger edit afterwards does not bring the erased person's outcome back
    undo_last_import(cur)
    assert rows(cur) == []
    assert cur.execute("SELECT count(*) FROM imports WHERE kind = 'ledger' AND undone").fetchone()[0] == 4


def test_pasted_link_resolves_to_the_known_post_and_its_author(cur) -> None:
    # the same post in another spelling: URL-encoded URN, tracking parameters
    encoded = "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7012345678901234567?utm_source=share"
    assert ledger.resolve_link(cur, encoded) == 10
    assert ledger.resolve_link(cur, "https://www.linkedin.com/posts/anna-alt_praktikum-activity-7012345678901234567-AbCd")\
        == 10
    assert ledger.resolve_link(cur, "https://example.org/beitrag-11/") == 11  # a post without a LinkedIn id
    assert ledger.resolve_link(cur, "https://www.linkedin.com/feed/update/urn:li:activity:7999999999999999999/") is None
    oid = ledger.add(cur, ledger.Entry(date(2023, 3, 3), "press", post_link=encoded), "link")
    assert cur.execute("SELECT influencer_id, post_id FROM outcomes WHERE outcome_id = ?", [oid]).fetchone() == (1, 10)


@pytest.mark.parametrize(("entry", "key"), [
    (ledger.Entry(None, "press"), "ledger_no_date"),
    (ledger.Entry(date(2023, 1, 1), "lottery"), "ledger_bad_type"),
    (ledger.Entry(date(2023, 1, 1), "other", type_other="  "), "ledger_other_missing"),
    (ledger.Entry(date(2023, 1, 1), "press", influencer_id=99), "person_unknown"),
    (ledger.Entry(date(2023, 1, 1), "press", post_link="https://www.linkedin.com/feed/update/urn:li:activity:7999999999999999999/"),
     "ledger_link_unknown"),
    (ledger.Entry(date(2023, 1, 1), "press", influencer_id=2, post_id=10), "ledger_post_other_person"),
    (ledger.Entry(date(2023, 1, 1), "press", note="x" * 2001), "ledger_note_long"),
])
def test_bad_entries_are_refused_and_nothing_changes(cur, entry, key) -> None:
    before = store.data_version(cur)
    with pytest.raises(CockpitError) as raised:
        ledger.add(cur, entry, "bad")
    assert raised.value.key == key
    assert rows(cur) == []
    assert cur.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert store.data_version(cur) == before


def test_person_posts_newest_first(cur) -> None:
    posts = ledger.person_posts(cur, 1)
    assert posts["post_id"].tolist() == [10]
    assert posts["published_at"].iloc[0] == datetime(2023, 3, 1, 9, 0)


PAGE = "pages/5_Wirkung.py"


def test_app_adds_changes_and_deletes_an_outcome(run_page, demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        before = c.execute("SELECT count(*) FROM outcomes").fetchone()[0]
        person, name = c.execute("SELECT influencer_id, name FROM influencers ORDER BY influencer_id LIMIT 1").fetchone()
        post_id = c.execute("SELECT max(post_id) FROM posts WHERE influencer_id = ?", [person]).fetchone()[0]
    con.close()
    at = run_page(demo_db, PAGE)
    assert not at.exception
    at.date_input(key="ledger_date_new_0").set_value(date(2023, 6, 20))
    at.selectbox(key="ledger_type_new_0").set_value("other")
    at.run()
    at.text_input(key="ledger_other_new_0").input("Einladung Messe")
    at.selectbox(key="ledger_person_new_0").set_value(person)
    at.run()
    at.selectbox(key="ledger_post_new_0").set_value(post_id)
    at.text_area(key="ledger_note_new_0").input("Anruf der Messe München")
    at.button(key="ledger_add_new_0").click()
    at.run()
    assert not at.exception
    assert "Gespeichert: Sonstiges: Einladung Messe vom 20.06.2023 erfasst" in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        assert c.execute("SELECT count(*) FROM outcomes").fetchone()[0] == before + 1
        added = c.execute("SELECT outcome_id, occurred_on, type, type_other, influencer_id, post_id, note FROM outcomes "
                          "WHERE NOT is_demo").fetchall()
        assert [row[1:] for row in added] == [(date(2023, 6, 20), "other", "Einladung Messe", person, post_id,
                                               "Anruf der Messe München")]
        assert c.execute("SELECT file_name, kind FROM imports WHERE kind = 'ledger'").fetchall() == [
            ("Sonstiges: Einladung Messe vom 20.06.2023 erfasst", "ledger")]
    con.close()
    # the list of outcomes with their posts shows it, with the type in its own words
    shown = "\n".join(frame.value.to_csv() for frame in at.dataframe)
    assert "Sonstiges: Einladung Messe" in shown and name in shown
    # change it: a press inquiry
    at.radio(key="ledger_mode").set_value("edit")
    at.run()
    oid = added[0][0]
    at.selectbox(key="ledger_pick_1").set_value(oid)
    at.run()
    at.selectbox(key=f"ledger_type_{oid}_1").set_value("press")
    at.button(key=f"ledger_edit_{oid}_1").click()
    at.run()
    assert not at.exception
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        assert c.execute("SELECT type, type_other, post_id, note FROM outcomes WHERE outcome_id = ?", [oid]).fetchone() \
            == ("press", None, post_id, "Anruf der Messe München")
    con.close()
    # delete it, which needs the tick first
    at.selectbox(key="ledger_pick_2").set_value(oid)
    at.run()
    assert at.button(key=f"ledger_delete_{oid}_2").disabled
    at.checkbox(key=f"ledger_sure_{oid}_2").check()
    at.run()
    at.button(key=f"ledger_delete_{oid}_2").click()
    at.run()
    assert not at.exception
    assert "Presse vom 20.06.2023 gelöscht" in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        assert c.execute("SELECT count(*) FROM outcomes WHERE outcome_id = ?", [oid]).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM imports WHERE kind = 'ledger'").fetchone()[0] == 3
    con.close()


def test_app_says_what_is_wrong_and_keeps_the_data(run_page, demo_db: Path) -> None:
    at = run_page(demo_db, PAGE, params={"lang": "en"})
    at.selectbox(key="ledger_type_new_0").set_value("other")
    at.run()
    at.button(key="ledger_add_new_0").click()
    at.run()
    assert "For “Other”, please say which type of outcome it is." in texts(at)
    at.selectbox(key="ledger_type_new_0").set_value("press")
    at.text_input(key="ledger_link_new_0").input("https://www.linkedin.com/feed/update/urn:li:activity:1234567/")
    at.button(key="ledger_add_new_0").click()
    at.run()
    assert "No post in the workspace has the link" in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        assert c.execute("SELECT count(*) FROM outcomes WHERE NOT is_demo").fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM imports WHERE kind = 'ledger'").fetchone()[0] == 0
    con.close()


def test_import_history_lists_the_ledger_change_and_undoes_it(run_page, demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        oid = ledger.add(c, ledger.Entry(date(2023, 6, 1), "press", note="Anruf BR"), "Presse vom 01.06.2023 erfasst")
    con.close()
    at = run_page(demo_db, "pages/7_Import.py")
    assert not at.exception
    history = table_as_read(at, "Format")
    assert history.iloc[0]["Format"] == "Eingabe in der App" and history.iloc[0]["Datei"] == "Presse vom 01.06.2023 erfasst"
    assert "Presse vom 01.06.2023 erfasst" in texts(at)  # the undo line names the ledger change
    at.checkbox(key="imp_undo_sure_0").check().run()
    at.button(key="imp_undo").click().run()
    assert not at.exception
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        assert c.execute("SELECT count(*) FROM outcomes WHERE outcome_id = ?", [oid]).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM outcomes").fetchone()[0] == 15  # the demo's own
    con.close()

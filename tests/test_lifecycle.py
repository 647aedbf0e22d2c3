"""Erasure that erases, right of access, retention.

The workspace is built from files (see tests/lifecycle_helpers.py): Xaver Geheimnisträger, who
is erased, and Anna Müller, who stays. The proof of erasure reads the workspace file's raw
bytes: before, the name and texts are in it (the test can see them), after they are not, while
Anna's name still is. (Post texts are zstd-compressed in ``posts``; their bytes show where the
file keeps them plainly: in the earlier figures of ``post_history`` and in outcome notes.)
"""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from command_line import cli
from lifecycle_helpers import ANNA, XAVER, build_workspace, file_bytes

from analytics import lifecycle, settings, store
from analytics.errors import CockpitError
from analytics.ingest import import_file, undo_last_import

# what the file shows of Xaver (lower-cased bytes): name in every stored spelling (UTF-8, the
# JSON escape of the snapshots, the file names' ASCII form), his professions, department, the
# text of his post and of his outcome note
XAVER_BYTES = ("xaver", "geheimnistr", "geheimnisträger", "geheimnistr\\u00e4ger", "geheimnistraeger",
               "brunnenbauer", "brunnenmeister", "wasserwerke", "quellwasserprobe", "tiefbrunnen", "abendzeitung")
ANNA_BYTES = ("anna", "müller", "oberjuristin", "juristin", "kreisverwaltungsreferat")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return build_workspace(tmp_path / "w.duckdb", tmp_path)


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    with store.closing(store.connect(path)) as cur:
        return cur.execute(sql, params or []).fetchall()


def present(path: Path, needles: tuple[str, ...]) -> dict[str, bool]:
    data = file_bytes(path)
    return {needle: needle.encode() in data for needle in needles}


def test_erase_leaves_no_byte_of_the_person_in_the_file(workspace: Path) -> None:
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, True)
    assert present(workspace, ANNA_BYTES) == dict.fromkeys(ANNA_BYTES, True)
    # deleting the rows alone (the old erasure) leaves him in the file: snapshot, file names, free blocks
    copy = workspace.with_name("rows_only.duckdb")
    copy.write_bytes(workspace.read_bytes())
    with store.closing(store.connect(copy)) as cur, store.transaction(cur):
        lifecycle.delete_person(cur, 1)
    assert all(present(copy, ("geheimnistr", "brunnenbauer", "quellwasserprobe", "tiefbrunnen")).values())

    erased = cli("erase", "--db", str(workspace), "--person", "  xaver   GEHEIMNISTRÄGER ", lang="de")
    assert erased.code == 0
    assert erased.json == {
        "person": XAVER,
        # 2 posts, the earlier figures of one of them, 1 outcome, 1 application, his entry in the
        # second roster import's undo snapshot
        "removed": {"posts": 2, "post_history": 1, "follower_counts": 0, "outcomes": 1, "applicants": 1,
                    "influencers": 1, "coverage": 0, "import_undo_entries": 1, "audience_windows": 0, "audience_values": 0,
                    "account_days": 0, "post_audience": 0},
        # both controlling sheets carry his name; Anna's post (and its earlier text) and her note name him
        "changed": {"imports_author_cleared": 0, "imports_renamed": 2, "mentions_replaced": 3},
        "file_rewritten": True,
    }
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, False)
    assert present(workspace, ANNA_BYTES) == dict.fromkeys(ANNA_BYTES, True)
    assert not workspace.with_name("w.duckdb.wal").exists()
    assert not workspace.with_name("w.duckdb.compact").exists()
    # the import log keeps its counts, not his name
    assert query(workspace, "SELECT file_name, rows, inserted, updated FROM imports ORDER BY import_id") == [
        ("kader.csv", 2, 2, 0), ("Controlling_2023_[…].csv", 4, 4, 0), ("kader_neu.csv", 2, 0, 2),
        ("Controlling_2023-06_[…].csv", 4, 0, 2), ("ergebnisse.csv", 3, 2, 0), ("bewerbungen.csv", 2, 2, 0)]
    assert query(workspace, "SELECT text FROM posts ORDER BY published_at") == [
        ("Danke an […] für die Führung durchs Wasserwerk!",),
        ("Heute im Kreisverwaltungsreferat: Führerscheinumtausch erklärt.",)]
    assert query(workspace, "SELECT note FROM outcomes") == [("Interview gemeinsam mit […] gegeben",)]
    # Anna's entry in the same snapshot is kept: undoing the roster update still restores her
    snapshot = json.loads(query(workspace, "SELECT snapshot FROM import_undo WHERE import_id = 3")[0][0])
    assert [entry["name"] for entry in snapshot["influencers"]] == [ANNA]


def test_the_rewritten_workspace_works_on(workspace: Path, tmp_path: Path) -> None:
    assert cli("erase", "--db", str(workspace), "--person", XAVER, lang="de").code == 0
    con = store.connect(workspace)
    with store.cursor(con) as cur:
        assert store.schema_version(cur) == store.SCHEMA_VERSION
        assert undo_last_import(cur)["removed"] == 1  # the applications file: Ulla's application
        report = import_file(cur, tmp_path / "kader.csv")  # Xaver new again, Anna back to Juristin
        assert (report.inserted, report.updated) == (1, 1)
        # sequences continue where they were: no id is handed out twice
        assert cur.execute("SELECT max(import_id) FROM imports").fetchone() == (7,)
        assert cur.execute("SELECT influencer_id FROM influencers ORDER BY influencer_id").fetchall() == [(2,), (3,)]
    con.close()


def test_erase_names_nobody_or_several_and_changes_nothing(workspace: Path) -> None:
    before = workspace.read_bytes()
    refused = cli("erase", "--db", str(workspace), "--person", "Max Mustermann", lang="de")
    assert refused.code == 2
    assert refused.err.strip() == ("Niemand im Arbeitsbereich heißt „Max Mustermann“ (weder im Kader noch unter den "
                           "Autor:innen oder Bewerbungen). Nichts wurde geändert.")
    assert workspace.read_bytes() == before
    with store.closing(store.connect(workspace)) as cur, store.transaction(cur):
        cur.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna Schmidt', 'anna schmidt')")
    refused = cli("erase", "--db", str(workspace), "--person", "anna", lang="de")
    assert refused.code == 2
    assert refused.err.strip() == ("„anna“ passt auf mehrere Personen: Anna Müller, Anna Schmidt. Bitte den vollen Namen "
                           "angeben; nichts wurde geändert.")
    assert query(workspace, "SELECT count(*) FROM influencers") == [(3,)]


def test_erase_an_applicant_who_was_never_in_the_roster(workspace: Path) -> None:
    assert present(workspace, ("nurbewerberin", "försterin")) == {"nurbewerberin": True, "försterin": True}
    erased = cli("erase", "--db", str(workspace), "--person", "Ulla", lang="de")  # the only Ulla
    assert erased.code == 0
    assert erased.json["person"] == "Ulla Nurbewerberin"
    assert erased.json["removed"] == {"posts": 0, "post_history": 0, "follower_counts": 0, "outcomes": 0,
                                 "applicants": 1, "influencers": 0, "coverage": 0, "import_undo_entries": 0,
                                 "audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0}
    assert present(workspace, ("nurbewerberin", "försterin")) == {"nurbewerberin": False, "försterin": False}
    assert query(workspace, "SELECT name FROM applicants") == [(XAVER,)]


def test_a_second_session_keeps_working_across_the_file_swap(workspace: Path) -> None:
    """The app's one shared connection: a reader holding a cursor makes the swap wait; after it,
    the same connection (and new cursors) see the rewritten file."""
    con = store.connect(workspace)
    reading, release, swapped = threading.Event(), threading.Event(), threading.Event()
    seen: list = []

    def reader() -> None:
        with store.cursor(con) as cur:
            seen.append(cur.execute("SELECT count(*) FROM posts").fetchone()[0])
            reading.set()
            release.wait()
            seen.append(cur.execute("SELECT count(*) FROM posts").fetchone()[0])

    def eraser() -> None:
        seen.append(lifecycle.erase(con, XAVER)["removed"]["posts"])
        swapped.set()

    first = threading.Thread(target=reader)
    first.start()
    reading.wait()
    second = threading.Thread(target=eraser)
    second.start()
    assert not swapped.wait(0.5)  # the erasure's rows are deleted, but the file swap waits for the open cursor
    release.set()
    first.join()
    second.join()
    # the reader saw four posts, then (the deletion committed) two; the erasure ends after it: 2 erased
    assert seen == [4, 2, 2]
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM posts").fetchone() == (2,)
        assert cur.execute("SELECT name FROM influencers").fetchall() == [(ANNA,)]
    con.close()
    assert present(workspace, ("geheimnistr",)) == {"geheimnistr": False}


# ---------------------------------------------------------------- right of access
def test_access_export_json_holds_everything_about_one_person(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "auskunft.json"
    exported = cli("export", "--db", str(workspace), "--person", "Xaver Geheimnisträger",
                   "--format", "json", "--out", str(out), lang="de")
    assert exported.code == 0
    assert exported.json == {"out": str(out), "person": XAVER, "format": "json", "rows": {
        "person": 1, "applications": 1, "posts": 2, "post_history": 1, "outcomes": 1, "follower_counts": 0,
        "coverage": 0, "audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0,
        "imports": 2, "access_log": 0, "undo_snapshots": 1}}
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["person_name"] == XAVER
    person = body["person"][0]
    assert (person["birth_year"], person["gender"], person["profession"], person["department"]) == (
        1971, "male", "Brunnenmeister", "Wasserwerke")
    assert [(p["published_at"], p["reactions"], p["comments"], p["reposts"], p["impressions"])
            for p in body["posts"]] == [("2023-01-09T07:45:00", 41, 5, 1, 1000), ("2023-02-16T12:10:00", 30, 3, 0, 800)]
    assert body["post_history"][0]["reactions"] == 40  # the figure before the second controlling sheet
    assert [(o["occurred_on"], o["type"], o["note"]) for o in body["outcomes"]] == [
        ("2023-03-01", "press", "Abendzeitung fragt nach dem Tiefbrunnen Sieben")]
    assert body["applications"][0]["selected"] is True
    assert [i["file_name"] for i in body["imports"]] == [
        "Controlling_2023_XaverGeheimnistraeger.csv", "Controlling_2023-06_XaverGeheimnistraeger.csv"]
    assert json.loads(body["undo_snapshots"][0]["values"])["profession"] == "Brunnenbauer"
    # the workspace is unchanged by an export
    assert query(workspace, "SELECT count(*) FROM posts") == [(4,)]


def test_access_export_xlsx_has_a_sheet_per_part(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "access.xlsx"
    exported = cli("export", "--db", str(workspace), "--person", "anna müller", "--out", str(out),
                   "--lang", "en", lang="de")
    assert exported.code == 0
    assert exported.json["format"] == "xlsx"
    book = openpyxl.load_workbook(out, read_only=True)
    rows = {sheet.title: sheet.max_row - 1 for sheet in book.worksheets}  # minus the header
    assert rows == {"Person": 1, "Applications": 0, "Posts": 2, "Earlier figures": 1, "Outcomes": 1,
                    "Followers": 0, "Coverage": 0, "Export windows": 0, "Audience": 0, "Profile activity": 0, "Audience of posts": 0,
                    "Import log": 0, "Access log": 0, "Undo snapshots": 1}


def test_export_keeps_its_table_contract(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "posts.csv"
    exported = cli("export", "--db", str(workspace), "--table", "posts", "--format", "csv",
                   "--out", str(out), lang="de")
    assert (exported.code, exported.json) == (0, {"out": str(out), "table": "posts", "format": "csv", "rows": 4,
                                 "pseudonymised": False})  # the contract extended by one key: whether names are pseudonymised
    refused = cli("export", "--db", str(workspace), "--table", "posts", "--out", str(out), lang="de")
    assert refused.code == 2 and refused.err.startswith("Aufruf fehlerhaft:")
    refused = cli("export", "--db", str(workspace), "--person", "Anna Müller", "--format", "csv",
                  "--out", str(out), lang="de")
    assert (refused.code, refused.err.strip()) == (2, "Unbekanntes Format „csv“ (möglich: xlsx, json).")


# ---------------------------------------------------------------- retention
def test_retention_due_and_applied(workspace: Path) -> None:
    refused = cli("retention", "--db", str(workspace), lang="de")
    assert refused.code == 2
    assert "keine Aufbewahrungsfrist gesetzt" in refused.err
    with store.closing(store.connect(workspace)) as cur, store.transaction(cur):
        settings.put(cur, "retention_months", 5)
        cur.execute("UPDATE influencers SET in_roster = FALSE WHERE name = ?", [XAVER])  # Xaver has left
    # 15 Aug 2023 minus 5 months: kept from 15 Mar 2023. Older: posts of 9 Jan, 16 Feb, 20 Feb (two
    # with earlier figures), the outcome of 1 Mar; Xaver (not in the roster) has nothing left after
    due = cli("retention", "--db", str(workspace), "--today", "2023-08-15", lang="de")
    assert due.code == 0
    assert due.json == {"retention_months": 5, "cutoff": "2023-03-15", "applied": False,
                   # both sheets cover January to June 2023 for the programme: past the cut-off, kept
                   "due": {"posts": 3, "post_history": 2, "follower_counts": 0, "outcomes": 1, "coverage": 0,
                           "people": 1,
                           "audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0}}
    assert query(workspace, "SELECT count(*) FROM posts") == [(4,)]
    assert present(workspace, ("geheimnistr", "quellwasserprobe")) == {"geheimnistr": True, "quellwasserprobe": True}
    done = cli("retention", "--db", str(workspace), "--today", "2023-08-15", "--apply", lang="de")
    assert done.code == 0
    assert done.json["applied"] is True and done.json["file_rewritten"] is True
    assert done.json["removed"] == {"import_undo_entries": 1, "post_history": 2, "posts": 3, "follower_counts": 0,
                               "outcomes": 1, "coverage": 0, "people": 1, "applicants": 1, "audience_windows": 0,
                               "audience_values": 0, "account_days": 0, "post_audience": 0}
    assert query(workspace, "SELECT name FROM influencers") == [(ANNA,)]
    assert query(workspace, "SELECT strftime(published_at, '%Y-%m-%d') FROM posts") == [("2023-06-10",)]
    assert query(workspace, "SELECT occurred_on, note FROM outcomes") == [
        (date(2023, 3, 15), "Interview gemeinsam mit […] gegeben")]
    assert present(workspace, XAVER_BYTES) == dict.fromkeys(XAVER_BYTES, False)
    assert present(workspace, ("müller", "oberjuristin")) == {"müller": True, "oberjuristin": True}


def test_cutoff_counts_back_whole_months() -> None:
    assert lifecycle.cutoff_for(5, date(2023, 8, 15)) == date(2023, 3, 15)
    assert lifecycle.cutoff_for(1, date(2024, 3, 31)) == date(2024, 2, 29)
    assert lifecycle.cutoff_for(12, date(2024, 1, 10)) == date(2023, 1, 10)


def test_find_person_matches_like_the_roster(workspace: Path) -> None:
    with store.closing(store.connect(workspace)) as cur:
        assert lifecycle.find_person(cur, "ANNA  müller 🌻").name == ANNA
        assert lifecycle.find_person(cur, "Geheimnisträger").influencer_id == 1
        with pytest.raises(CockpitError) as info:
            lifecycle.find_person(cur, "  ")
    assert info.value.key == "person_not_found"


def test_mentions_are_replaced_in_every_spelling(workspace: Path) -> None:
    with store.closing(store.connect(workspace)) as cur, store.transaction(cur):
        cur.execute("UPDATE outcomes SET note = ? WHERE influencer_id = 2",
                    ["Mit XAVER  GEHEIMNISTRAEGER, #XaverGeheimnisträger und Xaver.Geheimnistraeger; Xaverius bleibt"])
    assert cli("erase", "--db", str(workspace), "--person", XAVER, lang="de").code == 0
    assert query(workspace, "SELECT note FROM outcomes") == [("Mit […], #[…] und […]; Xaverius bleibt",)]


def test_the_rewritten_file_keeps_its_permissions(workspace: Path) -> None:
    workspace.chmod(0o600)
    con = store.connect(workspace)
    store.compact(con)
    con.close()
    assert workspace.stat().st_mode & 0o777 == 0o600


def test_the_access_log_and_page_posts_name_nobody_after_an_erasure(
        workspace: Path, tmp_path: Path) -> None:
    from analytics import privacy

    with store.closing(store.connect(workspace)) as cur, store.transaction(cur):
        privacy.log_access(cur, "open", "lead@muenchen.de", "frequency_people",
                           "Gespräch mit Xaver Geheimnisträger vorbereiten")
        privacy.log_access(cur, "open", "lead@muenchen.de", "frequency_people", "Quartalsrückblick")
        cur.execute("INSERT INTO page_posts (post_key, published_at, text) VALUES "
                    "('page:1', '2023-03-02 10:00', 'Unser Brunnenmeister Xaver Geheimnisträger erklärt den Tiefbrunnen')")
    out = tmp_path / "x.json"
    exported = cli("export", "--db", str(workspace), "--person", XAVER, "--format", "json", "--out", str(out),
                   lang="de")
    assert exported.code == 0 and exported.json["rows"]["access_log"] == 1
    assert json.loads(out.read_text(encoding="utf-8"))["access_log"][0]["purpose"] == (
        "Gespräch mit Xaver Geheimnisträger vorbereiten")
    erased = cli("erase", "--db", str(workspace), "--person", XAVER, lang="de")
    assert erased.code == 0
    # Anna's post, its earlier text, her note — and the access log's purpose, the company page's post
    assert erased.json["changed"]["mentions_replaced"] == 5
    assert query(workspace, "SELECT text FROM page_posts") == [("Unser Brunnenmeister […] erklärt den Tiefbrunnen",)]
    assert query(workspace, "SELECT purpose FROM access_log ORDER BY access_id") == [
        ("Gespräch mit […] vorbereiten",), ("Quartalsrückblick",)]
    assert present(workspace, ("geheimnistr", "xaver")) == {"geheimnistr": False, "xaver": False}

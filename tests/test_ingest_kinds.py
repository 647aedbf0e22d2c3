"""The import kinds: one registry, each kind's counts in its own words, the demo through the kinds,
and a new kind added as one class and one registry line (its table, undo, erasure and access part)."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES, write_csv

from analytics import lifecycle, store
from analytics.ingest import REGISTRY, import_file, kinds, load_demo, remove_demo, report_lines, undo_last_import
from analytics.ingest.kinds import Kind, Load, Loaded, PersonRows
from analytics.ingest.roster import influencer_for

MEMBER_V1 = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"
MEMBER_V2 = FIXTURES / "Content_2023-01-01_2023-07-31_AnnaMueller.xlsx"
ROOT = Path(__file__).resolve().parent.parent


def test_every_format_loads_into_a_registered_kind_and_every_table_has_one_owner() -> None:
    importable = {fmt.kind for fmt in REGISTRY if not fmt.refusal}
    assert importable == {"posts", "page_posts", "page_followers", "roster", "applicants", "outcomes"}
    assert {kinds.kind(name).name for name in importable} == importable
    owners = [table for kind in kinds.KINDS for table in kind.tables]
    assert sorted(owners) == sorted(set(owners)) == [
        "account_days", "applicants", "audience_values", "audience_windows", "coverage", "follower_counts",
        "influencers", "outcomes", "page_followers", "page_posts", "post_audience", "post_history", "posts"]
    with pytest.raises(KeyError):
        kinds.kind("page_visitors")  # recognised only to be refused


def test_a_member_export_reports_posts_and_follower_days_in_their_own_words(cur) -> None:
    first = import_file(cur, MEMBER_V1, author="Anna Müller")
    # five posts from the two top-post lists, five days of the FOLLOWERS sheet, the window of DISCOVERY with
    # the two values of DEMOGRAPHICS, five days of ENGAGEMENT: the totals add them up
    assert (first.rows, first.inserted, first.updated, first.unchanged) == (16, 16, 0, 0)
    assert first.kinds == [
        {"kind": "posts", "unit": "posts", "rows": 5, "inserted": 5, "updated": 0, "unchanged": 0, "rejected": 0},
        {"kind": "member_followers", "unit": "follower_days", "rows": 5, "inserted": 5, "updated": 0,
         "unchanged": 0, "rejected": 0},
        {"kind": "member_audience", "unit": "audience_windows", "rows": 1, "inserted": 1, "updated": 0,
         "unchanged": 0, "rejected": 0, "demographic_values": 2},
        {"kind": "account_activity", "unit": "activity_days", "rows": 5, "inserted": 5, "updated": 0,
         "unchanged": 0, "rejected": 0},
    ]
    assert first.summary == ("5 Beiträge neu · 5 Follower-Tage neu · 1 Publikums-Zeitraum neu (2 demografische Werte)"
                             " · 5 Aktivitätstage des Profils neu")
    assert report_lines(first, "en") == ["5 new posts · 5 new follower days · 1 new audience window (2 demographic "
                                         "values) · 5 new profile activity days"]
    # the newer export: post 1 has new figures, post 6 and the day 7/1 are new, posts 2, 3, 5 and five days known;
    # the window's impressions (the sum of its impressions list) changed
    second = import_file(cur, MEMBER_V2, author="Anna Müller", lang="en")
    assert [(k["kind"], k["rows"], k["inserted"], k["updated"], k["unchanged"]) for k in second.kinds] == [
        ("posts", 5, 1, 1, 3), ("member_followers", 6, 1, 0, 5), ("member_audience", 1, 0, 1, 0),
        ("account_activity", 6, 1, 0, 5)]
    assert second.summary == ("1 new post, 1 updated, 3 unchanged · 1 new follower day, 5 unchanged · "
                              "1 audience window updated (2 demographic values) · 1 new profile activity day, "
                              "5 unchanged")
    assert json.loads(json.dumps(second.to_dict()))["summary"] == second.summary
    result = undo_last_import(cur)
    # post 6, the day 7/1 of followers and of activity, the new window; post 1's figures and the earlier window
    assert (result["removed"], result["restored"]) == (4, 2)
    assert cur.execute("SELECT count(*) FROM follower_counts").fetchone() == (5,)
    assert cur.execute("SELECT impressions FROM audience_windows").fetchall() == [(11642,)]


def test_a_roster_names_the_people_it_completes(cur, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "controlling.csv", [
        ["Datum", "Autor:in", "Reaktionen"],
        ["02.01.2023", "Anna Müller", "12"], ["03.01.2023", "Jonas Weber", "7"], ["04.01.2023", "Leyla Demir", "3"],
    ])
    roster = write_csv(tmp_path / "kader.csv", [
        ["Name", "Geburtsjahr", "Geschlecht"],
        ["Anna Müller", "1985", "w"], ["Jonas Weber", "1979", "m"], ["Leyla Demir", "1990", "d"],
        ["Petra Huber", "1987", "w"], ["Max Bauer", "1991", "m"],
    ])
    import_file(cur, sheet)
    report = import_file(cur, roster)
    # the three authors join the roster with their attributes; two people are new
    assert (report.inserted, report.updated, report.unchanged) == (2, 3, 0)
    assert report.kinds == [{"kind": "roster", "unit": "people", "rows": 5, "inserted": 2, "updated": 3,
                             "unchanged": 0, "rejected": 0, "known_as_author": 3}]
    assert report.summary == "2 Personen neu, 3 bereits als Autor:in bekannt und ergänzt"
    assert report_lines(report, "en")[0] == "2 new people, 3 already known as authors and completed"
    again = import_file(cur, roster, lang="en")
    assert again.summary == "5 people unchanged"
    assert cur.execute("SELECT count(*) FROM influencers WHERE in_roster").fetchone() == (5,)


def test_a_posts_file_alone_needs_no_line_beyond_the_totals(cur, tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "controlling.csv", [["Datum", "Autor:in", "Reaktionen"], ["02.01.2023", "Anna", "1"]])
    report = import_file(cur, sheet)
    assert report.summary == "1 Beitrag neu"
    assert report_lines(report, "de") == []  # the tiles say it: 1 new


# ---------------------------------------------------------------- the demo goes through the kinds
def test_the_demo_leaves_real_rows_as_they_are(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "w.duckdb")
    with store.cursor(con) as cur:
        with store.transaction(cur):  # a real company-page follower day on a day the demo has too
            cur.execute("INSERT INTO page_followers (day, followers, new_followers) VALUES ('2023-01-02', 7, 1)")
        counts = load_demo(cur)
        assert counts["page_followers"] == 179  # 180 demo days, one of them already known
        assert cur.execute("SELECT followers, import_id FROM page_followers WHERE day = '2023-01-02'"
                           ).fetchone() == (7, None)
        kinds_rows = {table: cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                      for table in ("influencers", "posts", "applicants", "outcomes", "follower_counts", "page_posts")}
        assert kinds_rows == {"influencers": 16, "posts": 326, "applicants": 73, "outcomes": 15,
                              "follower_counts": 96, "page_posts": 73}
        # the four outcomes whose row in outcomes.csv names a post are linked to it, by its author
        assert cur.execute("SELECT count(*) FROM outcomes o JOIN posts p USING (post_id) "
                           "WHERE o.influencer_id = p.influencer_id").fetchone()[0] == 4
        with store.transaction(cur):
            remove_demo(cur)
        left = {table: cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                for table in lifecycle.data_tables()}
    con.close()
    assert left == {table: 0 for table in lifecycle.data_tables()} | {"page_followers": 1}


# ---------------------------------------------------------------- a new kind: one class, one registry line
class ExportWindows(Kind):
    """What a member export covers: its person and its first and last follower day (a table of its own)."""

    name = "export_windows"
    tables = ("export_windows",)
    unit = "windows"
    unit_words = ("unit_follower_day", "unit_follower_days")
    alongside = True
    people_refs = ("export_windows",)
    person_rows = (PersonRows("export_windows", "influencer_id = {id}", order="first_day",
                              older_than="last_day < $cut"),)

    def stage(self, cur, det, author, step):
        days = [day for _line, day, *_ in det.extra.get("followers") or []]
        return (min(days), max(days)) if days and author else None

    def load(self, cur, staged, load: Load) -> Loaded:
        person = influencer_for(cur, load.author or "", load.import_id)
        cur.execute("INSERT INTO export_windows VALUES (?, ?, ?, ?)", [person, *staged, load.import_id])
        return Loaded(self.name, rows=1, inserted=1)


@pytest.fixture
def with_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with the new kind's table (its migration) and the kind in the registry."""
    path = tmp_path / "w.duckdb"
    with store.closing(store.connect(path)) as cur:
        cur.execute("CREATE TABLE export_windows (influencer_id INTEGER, first_day DATE, last_day DATE, "
                    "import_id INTEGER)")
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, ExportWindows()))
    return path


def test_a_new_kind_is_loaded_undone_exported_and_erased_without_a_change_elsewhere(with_windows: Path) -> None:
    con = store.connect(with_windows)
    with store.cursor(con) as cur:
        report = import_file(cur, MEMBER_V1, author="Anna Müller")
        assert [k["kind"] for k in report.kinds] == ["posts", "member_followers", "member_audience",
                                                     "account_activity", "export_windows"]
        assert report.rows == 17  # five posts, five follower days, the audience window, five activity days, one window
        assert cur.execute("SELECT first_day, last_day FROM export_windows").fetchall() == [
            (date(2023, 6, 26), date(2023, 6, 30))]
        # posts, follower days, the audience window, activity days, the window, Anna
        assert undo_last_import(cur)["removed"] == 5 + 5 + 1 + 5 + 1 + 1
        assert cur.execute("SELECT count(*) FROM export_windows").fetchone() == (0,)
        import_file(cur, MEMBER_V1, author="Anna Müller")
        anna = lifecycle.find_person(cur, "Anna Müller")
        parts = lifecycle.access_parts(cur, anna)
        assert list(parts)[:12] == ["person", "applications", "posts", "post_history", "outcomes", "follower_counts",
                                    "coverage", "audience_windows", "audience_values", "account_days", "post_audience",
                                    "export_windows"]
        assert parts["export_windows"]["last_day"].tolist() == [date(2023, 6, 30)]
        assert lifecycle.erasure_counts(cur, anna.influencer_id)["export_windows"] == 1
    result = lifecycle.erase(con, "Anna Müller")
    assert result["removed"]["export_windows"] == 1
    with store.cursor(con) as cur:
        assert cur.execute("SELECT count(*) FROM export_windows").fetchone() == (0,)
    con.close()


# ---------------------------------------------------------------- the storage layer knows no domain
def _imports(path: Path) -> tuple[set[str], list[int]]:
    """The analytics modules a file imports, and the lines of imports inside functions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names, nested = set(), []
    top = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("analytics"):
            names.update(f"{node.module}.{alias.name}" if node.module == "analytics" else node.module
                         for alias in node.names)
        if isinstance(node, (ast.Import, ast.ImportFrom)) and id(node) not in top:
            nested.append(node.lineno)
    return names, nested


def test_the_storage_layer_imports_nothing_of_the_domain() -> None:
    names, nested = _imports(ROOT / "analytics" / "store.py")
    assert names == {"analytics.errors"}
    assert nested == []


@pytest.mark.parametrize("module", ["store", "lifecycle", "privacy", "errors", "export", "ingest/core.py"])
def test_no_import_hides_in_a_function(module: str) -> None:
    path = ROOT / "analytics" / (module if module.endswith(".py") else module + ".py")
    assert _imports(path)[1] == []

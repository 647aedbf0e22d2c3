"""``python -m analytics import`` as scripts call it (the first case as a real process), and the progress steps."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from command_line import cli, cli_process
from ingest_helpers import FIXTURES, write_csv

from analytics.i18n import LANGUAGES
from analytics.ingest import STEPS, import_file, step_label

REPORT_KEYS = {"file", "format", "kind", "rows", "inserted", "updated", "unchanged", "rejected", "warnings",
               "unmapped_columns", "possible_duplicates", "kinds", "summary"}
MEMBER = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"


def controlling(path: Path) -> Path:
    return write_csv(path, [
        ["Datum", "Autor:in", "Text", "Likes"],
        ["02.01.2023", "Anna Müller", "Erster Beitrag", "12"],
        ["31.02.2023", "Anna Müller", "unmöglich", "1"],
        ["03.01.2023", "Jonas Weber", "Feuerwache 5", "7"],
    ])


def post_count(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        con.close()


def test_json_contract_exit_codes_and_refusals(tmp_path: Path) -> None:
    db, good = tmp_path / "ws.duckdb", controlling(tmp_path / "good.csv")
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    run = cli_process("import", "--db", db, good, empty)
    assert run.code == 2
    data = json.loads(run.out)
    assert set(data) == {"files"} and len(data["files"]) == 1
    report = data["files"][0]
    assert set(report) == REPORT_KEYS
    assert (report["file"], report["format"], report["kind"], report["rows"], report["inserted"]) == (
        "good.csv", "controlling_csv", "posts", 3, 2)
    assert report["rejected"] == [{"line": 3, "reason": "date “31.02.2023” is not a valid date"}]
    assert run.err.strip().splitlines() == ["empty.csv: “empty.csv” is empty: the file contains no data."]
    # rejected rows alone are no failure
    again = cli("import", "--db", db, good)
    assert again.code == 0 and again.err == ""
    assert json.loads(again.out)["files"][0]["unchanged"] == 2


def test_strict_refuses_the_whole_file(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    run = cli("import", "--db", db, "--strict", controlling(tmp_path / "good.csv"))
    assert run.code == 2
    assert json.loads(run.out) == {"files": []}
    assert len(run.err.strip().splitlines()) == 1 and "strict mode" in run.err
    assert post_count(db) == 0


def test_author_option_for_a_member_export(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    refused = cli("import", "--db", db, MEMBER)
    assert refused.code == 2 and "--author" in refused.err
    run = cli("import", "--db", db, "--author", "Anna Müller", MEMBER)
    assert run.code == 0, run.err
    report = json.loads(run.out)["files"][0]
    # 5 posts, 5 follower days, the audience window and 5 days of the profile's activity
    assert (report["format"], report["inserted"], report["rejected"]) == ("linkedin_member_analytics", 16, [])
    assert post_count(db) == 5


def test_progress_steps_are_reported_in_order_and_translated(tmp_path: Path) -> None:
    from analytics import store

    seen: list[tuple[float, str]] = []
    con = store.connect(tmp_path / "ws.duckdb")
    try:
        with store.cursor(con) as cur:
            import_file(cur, controlling(tmp_path / "good.csv"), progress=lambda f, what: seen.append((f, what)))
    finally:
        con.close()
    assert [what for _f, what in seen] == list(STEPS)
    assert [f for f, _what in seen] == sorted(f for f, _what in seen)
    for step in STEPS:
        labels = {lang: step_label(step, lang) for lang in LANGUAGES}
        assert all(labels.values()) and labels["de"] != labels["en"], labels
        assert not any(label.startswith("ingest_step_") for label in labels.values())


def test_hr_list_monthly_workbook_and_a_file_of_only_bad_rows_as_a_script(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    bad = write_csv(tmp_path / "bad.csv", [["Datum", "Autor:in", "Likes"], ["gestern", "Anna", "1"]])
    run = cli("import", "--db", db, FIXTURES / "hr_roster.xlsx", FIXTURES / "monthly_sheets.xlsx", bad)
    assert run.code == 2
    files = json.loads(run.out)["files"]
    assert [(f["file"], f["kind"], f["inserted"], len(f["rejected"])) for f in files] == [
        ("hr_roster.xlsx", "roster", 16, 0), ("monthly_sheets.xlsx", "posts", 6, 1)]
    assert files[0]["warnings"][0] == ("social-media experience: 4 values not understood: „k. A.“ (4×). "
                                       "These stay unknown.")
    assert [s["rows"] for s in files[1]["sheets"]] == [3, 2, 2]
    assert run.err.strip() == ("bad.csv: “bad.csv” is not imported: none of its 1 data rows could be read. "
                                  "First reasons: line 2: date “gestern” is not a valid date")
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM influencers WHERE in_roster").fetchone()[0] == 16
        assert con.execute("SELECT count(*), sum(reactions) FROM posts").fetchone() == (6, 412)


def test_batch_flag_and_summary_keys_through_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    single = FIXTURES / "SinglePostAnalytics_SelinKaya_7378000000000000001.xlsx"
    run = cli("import", "--db", db, "--author-from-file-name", MEMBER, single)
    assert run.code == 0, run.err
    files = json.loads(run.out)["files"]
    # the single post and its audience (the demographics block below its figures)
    assert [(f["file"], f["inserted"]) for f in files] == [(MEMBER.name, 16), (single.name, 2)]
    summary = cli("summary", "--db", str(db))
    assert summary.code == 0, summary.err
    figures = json.loads(summary.out)
    # only the single post knows them: 3,163 reached, 15 saves, 6 sends, 12 followers gained
    assert [figures[k] for k in ("members_reached", "saves", "sends", "followers_gained")] == [3163, 15, 6, 12]
    assert figures["posts"] == 6

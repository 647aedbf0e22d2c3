"""``python -m analytics``, command by command: exact JSON, exit codes and messages.

Every case runs the command line in this process through ``tests/command_line.py`` (as scripts
call it: arguments in, JSON on stdout, one line on stderr for an error). Most cases use a
workspace of three people and four posts whose figures can be checked by hand:

======================  ==========  =====  ========  =======  ===========
post                    author      likes  comments  reposts  impressions
======================  ==========  =====  ========  =======  ===========
02.03.2023              Anna          12        3        1          400
31.03.2023              Jonas          7        2        0          300
01.04.2023              Anna           5        0        0            –
15.04.2023              Selin         20        4        2         1000
======================  ==========  =====  ========  =======  ===========

Anna (1990) and Selin (1995) are women, Jonas (1985) a man. The end of the file runs a few
cases as a real process: what only the script itself shows.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from command_line import cli, cli_process
from ingest_helpers import write_csv

from analytics import settings, store

ROSTER = [["Name", "Geburtsjahr", "Geschlecht", "Beruf", "Referat"],
          ["Anna Müller", "1990", "w", "Juristin", "Kreisverwaltungsreferat"],
          ["Jonas Weber", "1985", "m", "Feuerwehrmann", "Branddirektion"],
          ["Selin Kaya", "1995", "w", "Ingenieurin", "Baureferat"]]
POSTS = [["Datum", "Autor:in", "Text", "Likes", "Kommentare", "Reposts", "Impressionen"],
         ["02.03.2023", "Anna Müller", "Erster Beitrag", "12", "3", "1", "400"],
         ["31.03.2023", "Jonas Weber", "Feuerwache 5", "7", "2", "0", "300"],
         ["01.04.2023", "Anna Müller", "April", "5", "0", "0", ""],
         ["15.04.2023", "Selin Kaya", "Brücke", "20", "4", "2", "1000"]]
NOT_FROM_LINKEDIN = {"members_reached": None, "saves": None, "sends": None, "followers_gained": None}
EMPTY_REPORT = {"updated": 0, "unchanged": 0, "rejected": [], "warnings": [], "possible_duplicates": [],
                "unmapped_columns": []}


def kind_counts(rows: int, *, inserted: int = 0, updated: int = 0, unchanged: int = 0, rejected: int = 0) -> dict:
    """One entry of an import report's ``kinds``: what the file did to one kind of rows."""
    return {"rows": rows, "inserted": inserted, "updated": updated, "unchanged": unchanged, "rejected": rejected}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("files")
    return {"roster": write_csv(folder / "kader.csv", ROSTER), "posts": write_csv(folder / "posts.csv", POSTS)}


@pytest.fixture(scope="module")
def built(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("built") / "w.duckdb"
    assert cli("import", "--db", db, files["roster"], files["posts"]).code == 0
    return db


@pytest.fixture
def db(built: Path, tmp_path: Path) -> Path:
    """A private copy of the four-post workspace."""
    return Path(shutil.copy(built, tmp_path / "w.duckdb"))


def summary_of(db: Path, *args: str) -> dict:
    result = cli("summary", "--db", db, *args)
    assert (result.code, result.err) == (0, "")
    return result.json


# ---------------------------------------------------------------- import
def test_import_reports_each_file(files: dict[str, Path], tmp_path: Path) -> None:
    result = cli("import", "--db", tmp_path / "w.duckdb", files["roster"], files["posts"])
    assert (result.code, result.err) == (0, "")
    known = {"column_found": True, "known": 3, "total": 3, "not_understood": {}}
    assert result.json == {"files": [
        {"file": "kader.csv", "format": "roster", "kind": "roster", "rows": 3, "inserted": 3, **EMPTY_REPORT,
         "warnings": ["social-media experience is unknown for 3 of 3 people: no column for it was recognised. "
                      "Map a column if the file has one."],
         "attributes": {"people": 3, "experience_scale": None, "attributes": [
             {"attribute": "gender", **known}, {"attribute": "age_band", **known},
             {"attribute": "profession", **known}, {"attribute": "department", **known},
             {"attribute": "experience", "column_found": False, "known": 0, "total": 3, "not_understood": {}}]},
         "kinds": [{"kind": "roster", "unit": "people", **kind_counts(3, inserted=3), "known_as_author": 0}],
         "summary": "3 new people"},
        {"file": "posts.csv", "format": "controlling_csv", "kind": "posts", "rows": 4, "inserted": 4,
         **EMPTY_REPORT, "kinds": [{"kind": "posts", "unit": "posts", **kind_counts(4, inserted=4)}],
         "summary": "4 new posts"},
    ]}


def test_import_again_changes_nothing_and_says_so(files: dict[str, Path], db: Path) -> None:
    result = cli("import", "--db", db, files["posts"])
    assert (result.code, result.err) == (0, "")
    assert result.json == {"files": [{"file": "posts.csv", "format": "controlling_csv", "kind": "posts", "rows": 4,
                                      "inserted": 0, **EMPTY_REPORT, "unchanged": 4,
                                      "kinds": [{"kind": "posts", "unit": "posts", **kind_counts(4, unchanged=4)}],
                                      "summary": "4 posts unchanged"}]}


def test_import_in_german(files: dict[str, Path], tmp_path: Path) -> None:
    result = cli("import", "--db", tmp_path / "w.duckdb", files["roster"], lang="de")
    assert result.json["files"][0]["warnings"] == [
        "Social-Media-Erfahrung ist für 3 von 3 Personen unbekannt: Keine Spalte dafür erkannt. "
        "Ordnen Sie eine Spalte zu, wenn die Datei sie enthält."]


def test_import_of_a_file_that_is_not_there(tmp_path: Path) -> None:
    result = cli("import", "--db", tmp_path / "w.duckdb", tmp_path / "fehlt.csv")
    assert result.code == 2
    assert result.json == {"files": []}
    missing = tmp_path / "fehlt.csv"
    assert result.err == f"fehlt.csv: “fehlt.csv” cannot be read ([Errno 2] No such file or directory: '{missing}').\n"


def test_import_needs_a_file() -> None:
    result = cli("import", "--db", "w.duckdb")
    assert (result.code, result.out) == (2, "")
    assert result.err == "Invalid call: the following arguments are required: files\n"


# ---------------------------------------------------------------- summary
def test_summary_of_four_posts(db: Path) -> None:
    # (12+3+1) + (7+2+0) + (20+4+2) = 51 engagements over 400 + 300 + 1000 impressions: the April
    # post without impressions is left out of the rate, never counted as zero
    assert summary_of(db) == {
        "posts": 4, "reactions": 44, "comments": 9, "reposts": 3, "impressions": 1700, "influencers": 3,
        "cohort_size": 3, "applicants": 0, "first_post": "2023-03-02", "last_post": "2023-04-15",
        "engagement_rate": round(51 / 1700, 6), **NOT_FROM_LINKEDIN, "goals": [],
        "cohort_in_period": 3,
        # the April post without impressions has engagements all the same: 51 + (5 + 0 + 0)
        "engagements": 56, "known": {"reactions": 4, "comments": 4, "reposts": 4, "impressions": 3, "engagements": 4},
    }


def test_summary_from_and_to_are_inclusive(db: Path) -> None:
    assert summary_of(db, "--from", "2023-03-02", "--to", "2023-03-31") == {
        "posts": 2, "reactions": 19, "comments": 5, "reposts": 1, "impressions": 700, "influencers": 2,
        "cohort_size": 3, "applicants": 0, "first_post": "2023-03-02", "last_post": "2023-03-31",
        "engagement_rate": round(25 / 700, 6), **NOT_FROM_LINKEDIN, "goals": [],
        "cohort_in_period": 3,
        "engagements": 25, "known": {"reactions": 2, "comments": 2, "reposts": 2, "impressions": 2, "engagements": 2},
    }


def test_summary_of_a_day_whose_post_has_no_impressions(db: Path) -> None:
    # unknown is not zero: the day's only post has no impressions, so neither has the day
    assert summary_of(db, "--from", "2023-04-01", "--to", "2023-04-01") == {
        "posts": 1, "reactions": 5, "comments": 0, "reposts": 0, "impressions": None, "influencers": 1,
        "cohort_size": 3, "applicants": 0, "first_post": "2023-04-01", "last_post": "2023-04-01",
        "engagement_rate": None, **NOT_FROM_LINKEDIN, "goals": [],
        "cohort_in_period": 3,
        "engagements": 5, "known": {"reactions": 1, "comments": 1, "reposts": 1, "impressions": 0, "engagements": 1},
    }


def test_summary_of_a_period_without_posts(db: Path) -> None:
    assert summary_of(db, "--from", "2024-01-01") == {
        "posts": 0, "reactions": 0, "comments": 0, "reposts": 0, "impressions": 0, "influencers": 0,
        "cohort_size": 3, "applicants": 0, "first_post": None, "last_post": None,
        "engagement_rate": None, **NOT_FROM_LINKEDIN, "goals": [],
        "cohort_in_period": 3,
        "engagements": 0, "known": dict.fromkeys(("reactions", "comments", "reposts", "impressions", "engagements"), 0),
    }


def test_summary_of_the_demo(demo_db: Path) -> None:
    result = cli("summary", "--db", str(demo_db))
    assert result.code == 0, result.err
    summary = json.loads(result.out)
    assert set(summary) == {"posts", "reactions", "comments", "reposts", "impressions", "influencers",
                            "cohort_size", "applicants", "first_post", "last_post", "engagement_rate",
                            "members_reached", "saves", "sends", "followers_gained", "goals", "company_page",
                            "cohort_in_period", "engagements", "known"}
    # the demo cohort comes from controlling sheets: LinkedIn-only figures are unknown, not zero
    assert [summary[k] for k in ("members_reached", "saves", "sends", "followers_gained")] == [None] * 4
    assert summary["posts"] == 326
    assert summary["reactions"] == 15496
    assert summary["comments"] == 3692
    assert summary["influencers"] == 16
    assert summary["cohort_size"] == 16
    assert summary["applicants"] == 73
    assert summary["first_post"] >= "2023-01-01" and summary["last_post"] <= "2023-06-30"
    pooled = (summary["reactions"] + summary["comments"] + summary["reposts"]) / summary["impressions"]
    assert summary["engagement_rate"] == round(pooled, 6)


def test_summary_of_the_demo_whole(demo_db: Path) -> None:
    # 15,496 likes, 3,692 comments and 592 reposts: 19,780 engagements over 633,853 impressions
    half_year = {"period_start": "2023-01-01", "period_end": "2023-06-30", "as_of": "2023-06-30"}
    assert summary_of(demo_db) == {
        "posts": 326, "reactions": 15496, "comments": 3692, "reposts": 592, "impressions": 633853,
        "influencers": 16, "cohort_size": 16, "applicants": 73, "first_post": "2023-01-02",
        "last_post": "2023-06-30", "engagement_rate": round(19780 / 633853, 6), **NOT_FROM_LINKEDIN,
        "engagements": 19780, "known": dict.fromkeys(("reactions", "comments", "reposts", "impressions", "engagements"),
                                                     326),
        "goals": [
            {"goal": "posts_per_month", "target": 50.0, "value": round(326 / 6, 6), "status": "achieved",
             "goal_id": 1, **half_year},
            {"goal": "engagement_rate", "target": 0.03, "value": round(19780 / 633853, 6), "status": "achieved",
             "goal_id": 2, **half_year},
            {"goal": "outcomes_per_quarter", "target": 10.0, "value": 7.0, "status": "behind", "goal_id": 3,
             **half_year},
            {"goal": "follower_growth", "target": 8000.0, "value": 5042.0, "status": "on_track", "goal_id": 4,
             "period_start": "2023-01-01", "period_end": "2023-12-31", "as_of": "2023-07-05"},
        ],
        "company_page": {"posts": 73, "impressions": 257528, "engagements": 4436,
                         "engagement_rate": round(4436 / 257528, 6)},
        "cohort_in_period": 16,
    }


def test_summary_of_march_counts_march_only(demo_db: Path) -> None:
    result = cli("summary", "--db", str(demo_db), "--from", "2023-03-01", "--to", "2023-03-31")
    summary = json.loads(result.out)
    con = store.connect(demo_db)
    expected = con.execute(
        "SELECT count(*), sum(reactions), min(published_at)::DATE::VARCHAR, max(published_at)::DATE::VARCHAR "
        "FROM posts WHERE published_at >= '2023-03-01' AND published_at < '2023-04-01'"
    ).fetchone()
    con.close()
    assert (summary["posts"], summary["reactions"], summary["first_post"], summary["last_post"]) == expected
    assert summary["first_post"].startswith("2023-03") and summary["last_post"].startswith("2023-03")
    assert 0 < summary["posts"] < 326


def test_summary_of_an_empty_period(demo_db: Path) -> None:
    summary = json.loads(cli("summary", "--db", str(demo_db), "--from", "2024-01-01").out)
    assert summary["posts"] == 0 and summary["reactions"] == 0 and summary["impressions"] == 0
    assert summary["first_post"] is None and summary["engagement_rate"] is None
    assert summary["cohort_size"] == 16


def test_summary_errors_are_one_line_with_exit_2(demo_db: Path, tmp_path: Path) -> None:
    cases = [
        (("summary", "--db", str(demo_db), "--from", "2023-02-30"),
         "“2023-02-30” is not a valid date (expected YYYY-MM-DD)."),
        (("summary", "--db", str(demo_db), "--from", "2023-04-01", "--to", "2023-03-01"),
         "The period ends before it starts (2023-04-01 to 2023-03-01)."),
        (("summary", "--db", str(tmp_path / "missing.duckdb")), f"The file {tmp_path / 'missing.duckdb'} does not exist."),
        (("summary",), "Invalid call: the following arguments are required: --db"),
    ]
    for args, message in cases:
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.strip() == message
        assert result.out == ""


@pytest.mark.parametrize(("args", "message"), [
    (("--from", "01.03.2023"), "„01.03.2023“ ist kein gültiges Datum (erwartet JJJJ-MM-TT)."),
    (("--by", "name"), "Aufruf fehlerhaft: argument --by: invalid choice: 'name' "
                       "(choose from 'gender', 'age_band', 'profession', 'department', 'experience')"),
    (("--min-group", "drei"), "Aufruf fehlerhaft: argument --min-group: invalid int value: 'drei'"),
])
def test_summary_errors_in_german(db: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("summary", "--db", db, *args, lang="de")
    assert (result.code, result.out, result.err) == (2, "", message + "\n")


# ---------------------------------------------------------------- summary --by
def test_summary_by_gender_for_groups_of_one(db: Path) -> None:
    assert summary_of(db, "--by", "gender", "--min-group", "1") == {
        "groups": [
            {"group": "female", "influencers": 2, "posts": 3, "reactions": 37, "comments": 7, "reposts": 3,
             "impressions": 1400, "engagement_rate": round(42 / 1400, 6), "members": ["female"], "contributors": 2},
            {"group": "male", "influencers": 1, "posts": 1, "reactions": 7, "comments": 2, "reposts": 0,
             "impressions": 300, "engagement_rate": round(9 / 300, 6), "members": ["male"], "contributors": 1},
        ],
        "suppressed": 0, "min_group": 1, "suppressed_groups": [],
    }


# All three people pooled: 4 posts, 44 reactions, 9 comments, 3 reposts; the rate over the three posts
# with impressions: (16 + 9 + 26) / (400 + 300 + 1000).
EVERYONE = {"group": "female + male", "influencers": 3, "posts": 4, "reactions": 44, "comments": 9, "reposts": 3,
            "impressions": 1700, "engagement_rate": 0.03, "members": ["female", "male"], "contributors": 3}


def test_summary_by_gender_pools_the_one_man_with_the_women(db: Path) -> None:
    # the man alone is below 2, and the women (2) differ from the programme by him alone: pooled, the
    # group is the programme, and the report says which groups it holds
    assert summary_of(db, "--by", "gender", "--min-group", "2") == {
        "groups": [EVERYONE], "suppressed": 0, "min_group": 2, "suppressed_groups": [],
    }


def test_summary_by_uses_the_workspace_threshold(db: Path) -> None:
    assert summary_of(db, "--by", "gender") == {
        "groups": [EVERYONE], "suppressed": 0, "min_group": 3, "suppressed_groups": [],
    }


def test_summary_by_age_band_at_the_end_of_the_period(db: Path) -> None:
    # on 15 April 2023 Anna (1990) is 33, Jonas (1985) 38, Selin (1995) 28
    assert summary_of(db, "--by", "age_band", "--min-group", "1") == {
        "groups": [
            {"group": "30-39", "influencers": 2, "posts": 3, "reactions": 24, "comments": 5, "reposts": 1,
             "impressions": 700, "engagement_rate": round(25 / 700, 6), "members": ["30-39"], "contributors": 2},
            {"group": "<30", "influencers": 1, "posts": 1, "reactions": 20, "comments": 4, "reposts": 2,
             "impressions": 1000, "engagement_rate": round(26 / 1000, 6), "members": ["<30"], "contributors": 1},
        ],
        "suppressed": 0, "min_group": 1, "suppressed_groups": [],
    }


def test_summary_by_within_a_period(db: Path) -> None:
    # March: Anna's and Jonas's posts only; Selin is counted in no group
    assert summary_of(db, "--by", "profession", "--min-group", "1", "--to", "2023-03-31")["groups"] == [
        {"group": "Feuerwehrmann", "influencers": 1, "posts": 1, "reactions": 7, "comments": 2, "reposts": 0,
         "impressions": 300, "engagement_rate": round(9 / 300, 6), "members": ["Feuerwehrmann"], "contributors": 1},
        {"group": "Ingenieurin", "influencers": 1, "posts": 0, "reactions": 0, "comments": 0, "reposts": 0,
         "impressions": None, "engagement_rate": None, "members": ["Ingenieurin"], "contributors": 0},
        {"group": "Juristin", "influencers": 1, "posts": 1, "reactions": 12, "comments": 3, "reposts": 1,
         "impressions": 400, "engagement_rate": round(16 / 400, 6), "members": ["Juristin"], "contributors": 1},
    ]


# ---------------------------------------------------------------- demo
def test_demo_prints_what_it_loaded(tmp_path: Path) -> None:
    result = cli("demo", "--db", tmp_path / "w.duckdb")
    assert (result.code, result.err) == (0, "")
    assert result.json == {"influencers": 16, "posts": 326, "applicants": 73, "outcomes": 15, "follower_counts": 96,
                           "page_posts": 73, "page_followers": 180, "goals": 4}


def test_demo_command_replaces_demo_data(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        result = cli("demo", "--db", str(db))
        assert result.code == 0, result.err
    assert json.loads(cli("summary", "--db", str(db)).out)["posts"] == 326


def test_demo_beside_own_data_keeps_it(db: Path) -> None:
    assert cli("demo", "--db", db).json["posts"] == 326
    assert summary_of(db)["posts"] == 330


# ---------------------------------------------------------------- briefing
@pytest.mark.parametrize("fmt", ["html", "pptx"])
def test_briefing_names_what_it_wrote(db: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"b.{fmt}"
    result = cli("briefing", "--db", db, "--format", fmt, "--out", target)
    assert (result.code, result.err) == (0, "")
    assert result.json == {"out": str(target), "format": fmt, "bytes": target.stat().st_size}
    assert target.read_bytes().startswith(b"<!DOCTYPE html>" if fmt == "html" else b"PK")


def test_briefing_errors_are_one_line(demo_db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "b.html")
    cases = [
        (("briefing", "--db", str(demo_db), "--format", "pdf", "--out", out),
         "Invalid call: argument --format: invalid choice: 'pdf' (choose from 'html', 'pptx')"),
        (("briefing", "--db", str(tmp_path / "none.duckdb"), "--format", "html", "--out", out),
         f"The file {tmp_path / 'none.duckdb'} does not exist."),
        (("briefing", "--db", str(demo_db), "--format", "html", "--out", out, "--from", "2023-13-01"),
         "“2023-13-01” is not a valid date (expected YYYY-MM-DD)."),
        (("briefing", "--db", str(demo_db), "--format", "html", "--out", str(tmp_path / "no" / "b.html")),
         f"The file {tmp_path / 'no' / 'b.html'} cannot be written (No such file or directory)."),
    ]
    for args, message in cases:
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.strip() == message
        assert result.out == ""


def test_briefing_needs_a_format_and_a_file(db: Path) -> None:
    result = cli("briefing", "--db", db)
    assert (result.code, result.out) == (2, "")
    assert result.err == "Invalid call: the following arguments are required: --format, --out\n"


# ---------------------------------------------------------------- export
def test_export_posts_as_english_csv(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "posts.csv"
    result = cli("export", "--db", db, "--table", "posts", "--format", "csv", "--out", target, "--lang", "en")
    assert (result.code, result.err) == (0, "")
    assert result.json == {"out": str(target), "table": "posts", "format": "csv", "rows": 4, "pseudonymised": False}
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ("Post ID,Person,Published,URL,Text,Characters,Question at the end,Media type,Reactions,"
                        "Comments,Reposts,Impressions,Clicks,Topic")
    assert [line.split(",")[1:] for line in lines[1:]] == [
        ["Anna Müller", "2023-03-02 00:00:00", "", "Erster Beitrag", "14", "no", "", "12", "3", "1", "400", "", ""],
        ["Jonas Weber", "2023-03-31 00:00:00", "", "Feuerwache 5", "12", "no", "", "7", "2", "0", "300", "", ""],
        ["Anna Müller", "2023-04-01 00:00:00", "", "April", "5", "no", "", "5", "0", "0", "", "", ""],
        ["Selin Kaya", "2023-04-15 00:00:00", "", "Brücke", "6", "no", "", "20", "4", "2", "1000", "", ""],
    ]


def test_export_of_the_roster_in_german_with_pseudonyms(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "people.csv"
    result = cli("export", "--db", db, "--table", "influencers", "--format", "csv", "--out", target,
                 "--pseudonymise")
    assert result.json == {"out": str(target), "table": "influencers", "format": "csv", "rows": 3,
                           "pseudonymised": True}
    rows = [line.split(";") for line in target.read_text(encoding="utf-8-sig").splitlines()]
    assert rows[0] == ["Name", "Geburtsjahr", "Altersgruppe", "Geschlecht", "Beruf", "Referat",
                       "Social-Media-Erfahrung", "Dabei seit", "Ausgeschieden am", "Kohorte/Welle", "Im Kader"]
    assert [(row[0], row[1], row[4]) for row in rows[1:]] == [
        ("Person 01", "1990", "Juristin"), ("Person 02", "1985", "Feuerwehrmann"), ("Person 03", "1995", "Ingenieurin")]


def test_right_of_access_as_json(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "anna.json"
    result = cli("export", "--db", db, "--person", "anna müller", "--format", "json", "--out", target)
    assert (result.code, result.err) == (0, "")
    assert result.json == {"out": str(target), "person": "Anna Müller", "format": "json", "rows": {
        "person": 1, "applications": 0, "posts": 2, "post_history": 0, "outcomes": 0, "follower_counts": 0,
        "coverage": 0, "audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0,
        "imports": 0, "access_log": 0, "undo_snapshots": 0}}
    everything = json.loads(target.read_text(encoding="utf-8"))
    assert [post["text"] for post in everything["posts"]] == ["Erster Beitrag", "April"]


@pytest.mark.parametrize(("args", "message"), [
    (("--table", "secrets", "--format", "csv"), "Invalid call: argument --table: invalid choice: 'secrets' "
                                                "(choose from 'posts', 'influencers', 'outcomes')"),
    (("--table", "posts",), "Invalid call: --table and --format csv|xlsx are required (or --person NAME)"),
    (("--table", "posts", "--format", "json"), "Invalid call: --table and --format csv|xlsx are required "
                                               "(or --person NAME)"),
    (("--person", "Anna Müller", "--table", "posts"), "Invalid call: --person and --table exclude each other"),
    (("--person", "Anna Müller", "--format", "csv"), "Unknown format “csv” (possible: xlsx, json)."),
    (("--person", "Max Mustermann",), "Nobody in the workspace is called “Max Mustermann” (neither in the roster "
                                      "nor among the authors or applications). Nothing was changed."),
])
def test_export_errors(db: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = cli("export", "--db", db, "--out", tmp_path / "out", *args)
    assert (result.code, result.out, result.err) == (2, "", message + "\n")
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- erase
def test_erase_one_person(db: Path) -> None:
    result = cli("erase", "--db", db, "--person", "Jonas")  # the only person whose name holds the word
    assert (result.code, result.err) == (0, "")
    assert result.json == {
        "person": "Jonas Weber",
        "removed": {"posts": 1, "post_history": 0, "follower_counts": 0, "outcomes": 0, "applicants": 0,
                    "influencers": 1, "coverage": 0, "import_undo_entries": 0, "audience_windows": 0,
                    "audience_values": 0, "account_days": 0, "post_audience": 0},
        "changed": {"imports_author_cleared": 0, "imports_renamed": 0, "mentions_replaced": 0},
        "file_rewritten": True,
    }
    assert (summary_of(db)["posts"], summary_of(db)["cohort_size"]) == (3, 2)


@pytest.mark.parametrize(("person", "message"), [
    ("Max Mustermann", "Nobody in the workspace is called “Max Mustermann” (neither in the roster nor among the "
                       "authors or applications). Nothing was changed."),
    # a name is matched by whole words, never by letters
    ("a", "Nobody in the workspace is called “a” (neither in the roster nor among the authors or applications). "
          "Nothing was changed."),
])
def test_erase_refuses_a_name_that_fits_nobody(db: Path, person: str, message: str) -> None:
    result = cli("erase", "--db", db, "--person", person)
    assert (result.code, result.out, result.err) == (2, "", message + "\n")
    assert summary_of(db)["cohort_size"] == 3


# ---------------------------------------------------------------- retention
def test_retention_needs_a_setting(db: Path) -> None:
    result = cli("retention", "--db", db)
    assert (result.code, result.out) == (2, "")
    assert result.err == ("No retention period is set for this workspace (setting “retention_months”, on the "
                          "“Privacy” page under “Retention”).\n")


def test_retention_shows_then_deletes_what_is_due(db: Path) -> None:
    with store.closing(store.connect(db)) as cur, store.transaction(cur):
        settings.put(cur, "retention_months", 12)
    # twelve months before 10 April 2024: the three posts before 10 April 2023 are due, Selin's stays; the
    # sheet covers March and April 2023, which reach past the cut-off: it stays
    audience = {"audience_windows": 0, "audience_values": 0, "account_days": 0, "post_audience": 0}
    due = {"posts": 3, "post_history": 0, "follower_counts": 0, "outcomes": 0, "coverage": 0, "people": 0, **audience}
    shown = cli("retention", "--db", db, "--today", "2024-04-10")
    assert shown.json == {"retention_months": 12, "cutoff": "2023-04-10", "due": due, "applied": False}
    assert summary_of(db)["posts"] == 4
    applied = cli("retention", "--db", db, "--today", "2024-04-10", "--apply")
    assert applied.json == {"retention_months": 12, "cutoff": "2023-04-10", "due": due, "applied": True,
                            "removed": {"import_undo_entries": 0, "post_history": 0, "posts": 3,
                                        "follower_counts": 0, "outcomes": 0, "coverage": 0, "people": 0,
                                        **audience},
                            "file_rewritten": True}
    assert (summary_of(db)["posts"], summary_of(db)["reactions"]) == (1, 20)


# ---------------------------------------------------------------- bench
@pytest.mark.parametrize(("args", "message"), [
    (("--posts", "0"), "Invalid call: --posts must be at least 1"),
    (("--json",), "Invalid call: --posts is required (or --browser)"),
])
def test_bench_refuses_nothing_to_measure(args: tuple[str, ...], message: str) -> None:
    result = cli("bench", *args)
    assert (result.code, result.out, result.err) == (2, "", message + "\n")


def test_runs_must_be_at_least_one() -> None:
    run = cli("bench", "--posts", "100", "--runs", "0")
    assert run.code == 2 and run.out == ""
    assert len(run.err.strip().splitlines()) == 1 and "--runs" in run.err


# ---------------------------------------------------------------- the script itself (real processes)
def test_the_script_prints_the_same_summary(db: Path) -> None:
    result = cli_process("summary", "--db", db)
    assert (result.code, result.err) == (0, "")
    assert result.json == summary_of(db)


def test_the_script_exits_2_with_one_line_and_no_traceback(tmp_path: Path) -> None:
    result = cli_process("summary", "--db", tmp_path / "none.duckdb", lang="de")
    assert (result.code, result.out) == (2, "")
    assert result.err == f"Die Datei {tmp_path / 'none.duckdb'} gibt es nicht.\n"
    unknown = cli_process("nonsense")
    assert unknown.code == 2 and len(unknown.err.splitlines()) == 1 and "Traceback" not in unknown.err

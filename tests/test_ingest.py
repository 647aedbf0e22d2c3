"""Importing controlling sheets (CSV dialects), identity, upsert, atomicity, refusals, CLI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from command_line import cli
from ingest_helpers import FIXTURES, posts, snapshot, write_csv

from analytics import store
from analytics.errors import CockpitError
from analytics.ingest import detect, import_file
from analytics.ingest import posts as ingest_posts
from analytics.ingest.columns import normalise_header, propose_mapping

HEADER_DE = ["Datum", "Autor:in", "Link", "Text", "Likes", "Kommentare", "Reposts", "Impressionen"]
A1 = "https://www.linkedin.com/feed/update/urn:li:activity:7015000000000000001"
A2 = "https://www.linkedin.com/posts/anna-mueller_wirfuermuenchen-activity-7015000000000000002-AbCd"


def five_rows() -> list[list[object]]:
    return [
        HEADER_DE,
        ["02.01.2023", "Anna Müller", A1, "Erster Beitrag – Grüße aus dem KVR. Was meint ihr?", "1.234", "12", "3",
         "10.500"],
        ["03.01.2023", "Jonas Weber", "", "Feuerwache 5 #wirfuermuenchen", "87", "9", "1", ""],
        ["31.02.2023", "Anna Müller", "", "unmöglich", "1", "1", "1", "1"],
        ["05.01.2023", "Selin Kaya", A2, "„Zitat“ und € Zeichen", "45", "2", "0", "900"],
        ["06.01.2023", "Peter Gruber", "", "Gärtnermeister", "0", "0", "0", "120"],
    ]


def test_windows_1252_semicolon_file_rejects_impossible_date(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "controlling.csv", five_rows(), encoding="cp1252")
    report = import_file(cur, path)
    assert report.format == "controlling_csv" and report.kind == "posts"
    assert (report.rows, report.inserted, report.updated, report.unchanged) == (5, 4, 0, 0)
    assert [r["line"] for r in report.rejected] == [4]
    assert "31.02.2023" in report.rejected[0]["reason"] and "Datum" in report.rejected[0]["reason"]
    rows = {r[0]: r for r in posts(cur)}
    first = rows["li:7015000000000000001"]
    assert first[1:4] == ("Anna Müller", datetime(2023, 1, 2), False)
    assert first[6:10] == (1234, 12, 3, 10500)
    assert rows["li:7015000000000000002"][5] == "„Zitat“ und € Zeichen"
    jonas = [r for r in rows.values() if r[1] == "Jonas Weber"][0]
    assert jonas[0].startswith("h:") and jonas[9] is None  # impressions unknown, not zero


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding,bom", [("utf-8", False), ("utf-8", True), ("cp1252", False)])
def test_dialects_read_the_same(cur, tmp_path: Path, delimiter: str, encoding: str, bom: bool) -> None:
    rows = five_rows()
    rows[1][3] = 'Zeile 1; mit "Zitat", Komma\nZeile 2\r\nZeile 3?'
    path = write_csv(tmp_path / "f.csv", rows, delimiter=delimiter, encoding=encoding, bom=bom)
    det = detect(path)
    assert det.delimiter == delimiter
    assert det.encoding == {("utf-8", False): "utf-8", ("utf-8", True): "utf-8-sig"}.get((encoding, bom), "cp1252")
    report = import_file(cur, path)
    assert (report.inserted, [r["line"] for r in report.rejected]) == (4, [4])
    text = cur.execute("SELECT text, ends_with_question FROM posts WHERE post_key = 'li:7015000000000000001'").fetchone()
    assert text == ('Zeile 1; mit "Zitat", Komma\nZeile 2\r\nZeile 3?', True)


def test_two_digit_years_iso_dates_and_separate_time_column(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [
        ["Veröffentlicht (am)", "Uhrzeit", "Mitarbeiter/-in", "Beitragstext", "Gefällt mir"],
        ["03.01.23", "07:45", "Anna", "a", "1"],
        ["2023-01-04", "", "Anna", "b", "2"],
        ["2023-01-05 18:30:00", "", "Anna", "c", "3"],
        ["2023-01-06T09:15:00", "", "Anna", "d", "4"],
        ["07.01.2023 12:00", "", "Anna", "e", "5"],
        ["08.01.2023", "25:99", "Anna", "f", "6"],
    ])
    report = import_file(cur, path)
    assert report.inserted == 5
    assert [(r["line"], "25:99" in r["reason"]) for r in report.rejected] == [(7, True)]
    got = cur.execute("SELECT text, published_at, has_time FROM posts ORDER BY text").fetchall()
    assert got == [
        ("a", datetime(2023, 1, 3, 7, 45), True),
        ("b", datetime(2023, 1, 4), False),
        ("c", datetime(2023, 1, 5, 18, 30), True),
        ("d", datetime(2023, 1, 6, 9, 15), True),
        ("e", datetime(2023, 1, 7, 12, 0), True),
    ]


def test_counts_with_thousands_and_decimal_separators(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [
        ["Datum", "Autor", "Text", "Impressionen"],
        ["01.01.2023", "A", "1", "1.234"],
        ["01.01.2023", "A", "2", "1.234.567"],
        ["01.01.2023", "A", "3", "1234,00"],
        ["01.01.2023", "A", "4", "12 345"],
        ["01.01.2023", "A", "5", "-"],
        ["01.01.2023", "A", "6", "12,5"],
        ["01.01.2023", "A", "7", "-4"],
        ["01.01.2023", "A", "8", "viele"],
        ["01.01.2023", "A", "9", "99999999999"],
    ])
    report = import_file(cur, path, lang="en")
    got = dict(cur.execute("SELECT text, impressions FROM posts").fetchall())
    assert got == {"1": 1234, "2": 1234567, "3": 1234, "4": 12345, "5": None}
    assert [(r["line"], r["reason"]) for r in report.rejected] == [
        (7, "impressions: “12,5” is not a whole number"),
        (8, "impressions: “-4” is negative"),
        (9, "impressions: “viele” is not a whole number"),
        (10, "impressions: “99999999999” is too large"),
    ]


def test_missing_author_is_rejected_and_author_option_fills_it(cur, tmp_path: Path) -> None:
    rows = [["Datum", "Autor", "Text"], ["01.01.2023", "", "a"], ["02.01.2023", "🚒", "b"], ["03.01.2023", "Eva", "c"]]
    path = write_csv(tmp_path / "f.csv", rows)
    report = import_file(cur, path, lang="en")
    assert [(r["line"], r["reason"]) for r in report.rejected] == [(2, "author is missing"), (3, "author is missing")]
    report = import_file(cur, path, author="Eva")
    assert (report.inserted, report.unchanged, len(report.rejected)) == (1, 1, 1)


def test_gender_inclusive_headers_match_plain_ones() -> None:
    for header in ("Autor:in", "Autor*in", "Autor_in", "AutorIn", "Autor/-in", "Autor(in)", "Autor:innen",
                   "Autor*innen", "AutorInnen", "Autor/in", " AUTOR "):
        assert normalise_header(header) == "autor", header
    assert normalise_header("Verfasser*in") == "verfasser"
    assert normalise_header("Mitarbeiter:in") == "mitarbeiter"
    assert normalise_header("LinkedIn-Link") == "linkedin link"
    assert normalise_header("linkedIn URL") == "linkedin url"  # not the Binnen-I of "AutorIn"
    mapping = propose_mapping(["Veröffentlicht (am)", "Verfasser:innen", "Link zum Beitrag", "Gefällt mir",
                               "Impressions", "Views", "Post title"], "posts")
    assert mapping == {"Veröffentlicht (am)": "date", "Verfasser:innen": "author", "Link zum Beitrag": "link",
                       "Gefällt mir": "reactions", "Impressions": "impressions", "Post title": "text"}


def test_identity_across_url_forms(cur, tmp_path: Path) -> None:
    n = "7020000000000000009"
    links = [
        f"https://www.linkedin.com/feed/update/urn:li:activity:{n}/",
        f"https://www.linkedin.com/posts/anna_wirfuermuenchen-activity-{n}-xY9z?utm_source=share",
        f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{n}",
        f"urn:li:activity:{n}",
        f"https://www.linkedin.com/feed/update/urn:li:ugcPost:{n}",
        f"https://www.linkedin.com/feed/update/urn%253Ali%253Ashare%253A{n}",
    ]
    for i, link in enumerate(links):
        write_csv(tmp_path / f"f{i}.csv", [["Datum", "Autor", "Link", "Likes"], ["01.02.2023", "Anna", link, str(i)]])
        import_file(cur, tmp_path / f"f{i}.csv")
    assert cur.execute("SELECT post_key, reactions FROM posts").fetchall() == [(f"li:{n}", 5)]


def test_reimport_changes_nothing_and_newer_export_updates(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v1.csv", five_rows())
    first = import_file(cur, path)
    before = posts(cur)
    again = import_file(cur, path)
    assert (again.inserted, again.updated, again.unchanged, again.rows) == (0, 0, 4, 5)
    assert posts(cur) == before
    newer = five_rows()
    newer[1][4] = "1.300"  # more likes on the first post
    newer[2][7] = "2.000"  # impressions now known
    newer.append(["10.01.2023", "Anna Müller", "https://www.linkedin.com/feed/update/urn:li:share:7016000000000000099",
                  "Neu", "5", "0", "0", "50"])
    report = import_file(cur, write_csv(tmp_path / "v2.csv", newer))
    assert (report.inserted, report.updated, report.unchanged) == (1, 2, 2)
    assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == first.inserted + 1
    assert cur.execute("SELECT reactions FROM posts WHERE post_key = 'li:7015000000000000001'").fetchone() == (1300,)
    history = cur.execute("SELECT reactions, impressions FROM post_history ORDER BY post_id").fetchall()
    assert history == [(1234, 10500), (87, None)]


def test_generated_export_reimported_unchanged_then_newer_export_updates(cur, tmp_path: Path) -> None:
    import csv

    from analytics.bench import generate

    _roster, path = generate(tmp_path, 5000)
    first = import_file(cur, path)
    assert (first.rows, first.inserted, first.updated, first.unchanged, first.rejected) == (5000, 5000, 0, 0, [])
    again = import_file(cur, path)
    assert (again.rows, again.inserted, again.updated, again.unchanged) == (5000, 0, 0, 5000)
    # a newer export of the same posts: every 100th has more reactions, every 250th more impressions
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, data = rows[0], rows[1:]
    likes, views = header.index("Reaktionen"), header.index("Impressionen")
    for number, row in enumerate(data):
        if number % 100 == 0:
            row[likes] = str(int(row[likes]) + 1)
        if number % 250 == 0:
            row[views] = "1.000.000"
    newer = import_file(cur, write_csv(tmp_path / "newer.csv", [header, *data]))
    # 50 + 20 posts changed, 10 of them twice over
    assert (newer.rows, newer.inserted, newer.updated, newer.unchanged, newer.rejected) == (5000, 0, 60, 4940, [])
    assert cur.execute("SELECT count(*), count(DISTINCT post_id) FROM post_history").fetchone() == (60, 60)
    assert cur.execute("SELECT count(*) FROM posts WHERE impressions = 1000000").fetchone() == (20,)
    assert cur.execute("SELECT count(*) FROM posts").fetchone() == (5000,)


def test_unknown_values_do_not_overwrite_known_ones(cur, tmp_path: Path) -> None:
    import_file(cur, write_csv(tmp_path / "a.csv", [["Datum", "Autor", "Link", "Likes", "Impressionen"],
                                                     ["01.02.2023", "Anna", A1, "10", "500"]]))
    report = import_file(cur, write_csv(tmp_path / "b.csv", [["Datum", "Autor", "Link", "Likes", "Impressionen"],
                                                              ["01.02.2023", "Anna", A1, "12", ""]]))
    assert report.updated == 1
    assert cur.execute("SELECT reactions, impressions FROM posts").fetchall() == [(12, 500)]


def test_duplicate_rows_in_one_file_count_once(cur, tmp_path: Path) -> None:
    rows = [["Datum", "Autor", "Link", "Likes"], ["01.02.2023", "Anna", A1, "1"], ["01.02.2023", "Anna", A1, "2"]]
    report = import_file(cur, write_csv(tmp_path / "f.csv", rows))
    assert (report.rows, report.inserted) == (2, 1)
    assert cur.execute("SELECT reactions FROM posts").fetchall() == [(2,)]


def test_unknown_authors_join_flagged_and_match_roster_names(cur, tmp_path: Path) -> None:
    with store.transaction(cur):
        cur.execute("INSERT INTO influencers (name, name_key) VALUES ('Anna Müller', 'anna müller')")
    rows = [["Datum", "Name", "Text"], ["01.02.2023", "  ANNA   müller 🚀", "a"], ["02.02.2023", "Neue Person", "b"]]
    import_file(cur, write_csv(tmp_path / "f.csv", rows))
    got = cur.execute(
        "SELECT i.name, i.in_roster, count(p.post_id) FROM influencers i LEFT JOIN posts p USING (influencer_id) "
        "GROUP BY ALL ORDER BY 1"
    ).fetchall()
    assert got == [("Anna Müller", True, 1), ("Neue Person", False, 1)]


def test_failure_mid_file_leaves_workspace_unchanged(cur, tmp_path: Path, monkeypatch) -> None:
    import_file(cur, write_csv(tmp_path / "a.csv", five_rows()))
    before, version = snapshot(cur), store.data_version(cur)
    rows = five_rows()
    rows[1][4] = "9.999"
    rows.append(["11.01.2023", "Neu", "", "neu", "1", "1", "1", "1"])
    original = ingest_posts.upsert_posts

    def explode(cursor, import_id):
        original(cursor, import_id)  # posts inserted and updated, then the disk fails
        raise OSError("disk full")

    monkeypatch.setattr(ingest_posts, "upsert_posts", explode)
    with pytest.raises(OSError):
        import_file(cur, write_csv(tmp_path / "b.csv", rows))
    assert snapshot(cur) == before
    assert store.data_version(cur) == version


def test_dry_run_reports_and_rolls_back(cur, tmp_path: Path) -> None:
    before, version = snapshot(cur), store.data_version(cur)
    report = import_file(cur, write_csv(tmp_path / "a.csv", five_rows()), dry_run=True)
    assert (report.inserted, len(report.rejected), report.import_id) == (4, 1, None)
    assert snapshot(cur) == before and store.data_version(cur) == version


def test_strict_refuses_a_file_with_rejected_rows(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", five_rows())
    before = snapshot(cur)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path, strict=True)
    assert info.value.key == "import_strict_rejected"
    assert "Zeile 4" in info.value.message("de")
    assert snapshot(cur) == before


@pytest.mark.parametrize(
    "content,key",
    [
        (b"", "import_empty"),
        (b"\xef\xbb\xbf\r\n\r\n", "import_empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "import_not_a_table"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "import_not_a_table"),
        (b"Spalte A;Spalte B;Spalte C\nx;y;z\n", "import_no_date_column"),
        (b"Autor;Likes;Kommentare\nAnna;1;2\n", "import_no_date_column"),
        (b"Datum;Autor;Likes\n", "import_no_rows"),
        (b"just one line of prose, nothing else\n", "import_not_a_table"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "import_not_a_table"),  # OLE2 without a workbook
    ],
)
def test_refusals_leave_workspace_unchanged(cur, tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "upload.csv"
    path.write_bytes(content)
    before, version = snapshot(cur), store.data_version(cur)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == key
    assert "upload.csv" in info.value.message("de") or key == "import_nothing_to_undo"
    assert snapshot(cur) == before and store.data_version(cur) == version


def test_no_date_column_message_in_both_languages(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Autor", "Likes"], ["Anna", "1"]])
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.message("de").startswith("„f.csv“ hat keine Datumsspalte")
    assert info.value.message("en").startswith("“f.csv” has no date column")


def test_too_large_file_is_refused(cur, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("COCKPIT_MAX_UPLOAD_MB", "0.001")
    path = write_csv(tmp_path / "big.csv", [HEADER_DE] + five_rows()[1:] * 10)
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_too_large"
    assert "0.001 MB" in info.value.message("en")


@pytest.mark.parametrize("name,key", [("macro.xlsm", "import_macros"), ("bomb.xlsx", "import_unsafe_xlsx")])
def test_unsafe_workbooks_are_refused(cur, name: str, key: str) -> None:
    with pytest.raises(CockpitError) as info:
        import_file(cur, FIXTURES / name)
    assert info.value.key == key


def test_cli_prints_the_json_contract(tmp_path: Path) -> None:
    good = write_csv(tmp_path / "good.csv", five_rows())
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = cli("import", "--db", tmp_path / "cli.duckdb", good, empty)
    assert result.code == 2
    data = json.loads(result.out)
    assert list(data) == ["files"]
    assert data["files"] == [{
        "file": "good.csv", "format": "controlling_csv", "kind": "posts", "rows": 5, "inserted": 4,
        "updated": 0, "unchanged": 0,
        "rejected": [{"line": 4, "reason": "date “31.02.2023” is not a valid date"}],
        "warnings": [], "unmapped_columns": [], "possible_duplicates": [],
        # added keys: what each kind of rows did, with its unit, and that in the user's words
        "kinds": [{"kind": "posts", "unit": "posts", "rows": 5, "inserted": 4, "updated": 0, "unchanged": 0,
                   "rejected": 1}],
        "summary": "4 new posts",
    }]
    assert result.err.strip() == "empty.csv: “empty.csv” is empty: the file contains no data."
    again = cli("import", "--db", tmp_path / "cli.duckdb", good, lang="de")
    assert again.code == 0 and json.loads(again.out)["files"][0]["unchanged"] == 4


def test_cli_strict_exit_code(tmp_path: Path) -> None:
    good = write_csv(tmp_path / "good.csv", five_rows())
    result = cli("import", "--db", tmp_path / "cli.duckdb", "--strict", good, lang="de")
    assert result.code == 2
    assert json.loads(result.out) == {"files": []}
    assert "strenger Modus" in result.err

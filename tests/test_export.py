"""Data export (CSV for German Excel, XLSX) with formulas defused, and its command line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from command_line import cli

from analytics import store
from analytics.export import TABLES, defuse, export_table

FORMULA = '=HYPERLINK("http://example.com","klick")'


@pytest.fixture
def injected_db(demo_db: Path) -> Path:
    """The demo with a post, a person's profession and an outcome note that look like formulas."""
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("UPDATE posts SET text = ? WHERE post_id = (SELECT min(post_id) FROM posts)", [FORMULA])
        cur.execute("UPDATE influencers SET profession = '+49 89 123' WHERE influencer_id = 1")
        cur.execute("UPDATE outcomes SET note = '@SUM(A1:A3)' WHERE outcome_id = (SELECT min(outcome_id) FROM outcomes)")
    con.close()
    return demo_db


def rows_of_csv(payload: bytes) -> list[dict[str, str]]:
    assert payload.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads umlauts
    return list(csv.DictReader(io.StringIO(payload.decode("utf-8-sig")), delimiter=";"))


def test_defuse() -> None:
    assert defuse("=1+1") == "'=1+1"
    assert [defuse(v) for v in ("+1", "-1", "@x", "\tx", "\rx")] == ["'+1", "'-1", "'@x", "'\tx", "'\rx"]
    assert defuse("Hallo = Welt") == "Hallo = Welt" and defuse(-5) == -5 and defuse(None) is None


def test_defuse_after_invisible_and_full_width_starts() -> None:
    # a spreadsheet skips these before it looks for a formula
    for value in (" =1+1", "\u00a0+1", "\n-1", "\u200b@SUM(A1)", "\ufeff=1", " \u2060 \n=1"):
        assert defuse(value) == "'" + value, repr(value)
    for value in ("\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20x", " \uff1dA1"):  # ＝ ＋ － ＠
        assert defuse(value) == "'" + value, repr(value)
    assert [defuse(v) for v in ("a =1", "  ", "", "\u200b")] == ["a =1", "  ", "", "\u200b"]


def test_csv_exports(injected_db: Path) -> None:
    con = store.connect(injected_db)
    with store.cursor(con) as cur:
        posts = rows_of_csv(export_table(cur, "posts", "csv"))
        people = rows_of_csv(export_table(cur, "influencers", "csv"))
        outcomes = rows_of_csv(export_table(cur, "outcomes", "csv"))
    con.close()
    assert len(posts) == 326 and len(people) == 16 and len(outcomes) == 15
    assert sum(int(row["Reaktionen"]) for row in posts) == 15496
    assert posts[0]["Text"] == "'" + FORMULA
    assert "'+49 89 123" in {row["Beruf"] for row in people}
    assert outcomes[0]["Notiz"] == "'@SUM(A1:A3)" and outcomes[0]["Datum"] == "2023-02-14"
    assert {row["Im Kader"] for row in people} == {"ja"}


def test_xlsx_exports_hold_text_not_formulas(injected_db: Path, tmp_path: Path) -> None:
    con = store.connect(injected_db)
    with store.cursor(con) as cur:
        for table in TABLES:
            (tmp_path / f"{table}.xlsx").write_bytes(export_table(cur, table, "xlsx", "en"))
    con.close()
    sheet = openpyxl.load_workbook(tmp_path / "posts.xlsx").active
    header = [cell.value for cell in sheet[1]]
    text = sheet.cell(row=2, column=header.index("Text") + 1)
    assert text.value == FORMULA and text.data_type == "s"  # a text cell: no formula, no apostrophe
    assert sheet.max_row == 327
    assert sum(row[header.index("Reactions")] for row in sheet.iter_rows(min_row=2, values_only=True)) == 15496
    people = openpyxl.load_workbook(tmp_path / "influencers.xlsx").active
    assert people.title == "Influencers" and people.max_row == 17
    outcomes = openpyxl.load_workbook(tmp_path / "outcomes.xlsx").active
    assert outcomes.cell(row=2, column=4).value == "@SUM(A1:A3)"
    assert outcomes.cell(row=2, column=4).data_type == "s"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_entirely_empty_columns_export(posts_only_db: Path, tmp_path: Path, fmt: str) -> None:
    """People without roster data and posts without links or impressions: whole columns empty."""
    con = store.connect(posts_only_db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("UPDATE posts SET url = NULL, impressions = NULL, clicks = NULL")
    with store.cursor(con) as cur:
        people, posts = export_table(cur, "influencers", fmt), export_table(cur, "posts", fmt)
    con.close()
    if fmt == "csv":
        rows = rows_of_csv(people)
        assert len(rows) == 16 and {row["Beruf"] for row in rows} == {""} and {row["Im Kader"] for row in rows} == {"nein"}
        assert len(rows_of_csv(posts)) == 326
        return
    (tmp_path / "people.xlsx").write_bytes(people)
    (tmp_path / "posts.xlsx").write_bytes(posts)
    sheet = openpyxl.load_workbook(tmp_path / "people.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert sheet.max_row == 17
    assert {row[header.index("Beruf")] for row in sheet.iter_rows(min_row=2, values_only=True)} == {None}
    sheet = openpyxl.load_workbook(tmp_path / "posts.xlsx").active
    header = [cell.value for cell in sheet[1]]
    assert sheet.max_row == 327
    assert sum(row[header.index("Reaktionen")] for row in sheet.iter_rows(min_row=2, values_only=True)) == 15496
    assert {row[header.index("Impressionen")] for row in sheet.iter_rows(min_row=2, values_only=True)} == {None}


def test_export_command(injected_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "posts.csv"
    result = cli("export", "--db", str(injected_db), "--table", "posts", "--format", "csv", "--out", str(out))
    assert result.code == 0, result.err
    assert '"rows": 326' in result.out
    assert rows_of_csv(out.read_bytes())[0]["Text"] == "'" + FORMULA
    bad = cli("export", "--db", str(injected_db), "--table", "secrets", "--format", "csv", "--out", str(out))
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1
    assert "invalid choice: 'secrets'" in bad.err

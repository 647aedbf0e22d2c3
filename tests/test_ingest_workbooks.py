"""Workbooks as teams keep them: one sheet per month, totals rows, notes sheets; cells in German forms.

Expected totals are added up by hand from tests/fixtures/ingest/make_fixtures.py (monthly_sheets).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import openpyxl
from command_line import cli
from ingest_helpers import FIXTURES, write_csv

from analytics.ingest import import_file, report_lines
from analytics.ingest.sources import cell_text, find_header_row
from analytics.ingest.workbook import LINE_BLOCK, plan_workbook, sheet_line

MONTHLY = FIXTURES / "monthly_sheets.xlsx"


def test_every_month_sheet_is_imported_with_its_count(cur) -> None:
    report = import_file(cur, MONTHLY, author="Team")
    # Januar 3 posts, Februar 2 (serial dates), März 2 of which one impossible date
    assert (report.rows, report.inserted, report.updated) == (7, 6, 0)
    assert report.sheets == [{"sheet": "Januar", "rows": 3, "rejected": 0},
                             {"sheet": "Februar", "rows": 2, "rejected": 0},
                             {"sheet": "März", "rows": 2, "rejected": 1}]
    assert [(r["sheet"], r["line"], r["reason"]) for r in report.rejected] == [
        ("März", 3, "Datum „31.02.2023“ ist kein gültiges Datum")]
    # 120 + 87 + 45 (Januar) + 60 + 30 (Februar, columns in another order) + 70 (März)
    assert cur.execute("SELECT count(*), sum(reactions), sum(comments), sum(impressions) FROM posts").fetchone() == (
        6, 412, 35, 11700)
    # 44958 and 44970 are Excel's serial numbers of 1 and 13 February 2023
    assert cur.execute("SELECT CAST(published_at AS DATE)::VARCHAR FROM posts WHERE text IN ('Februar eins', "
                       "'Gartenbau') ORDER BY 1").fetchall() == [("2023-02-01",), ("2023-02-13",)]
    assert cur.execute("SELECT i.name, count(*) FROM posts JOIN influencers i USING (influencer_id) "
                       "GROUP BY ALL ORDER BY 1").fetchall() == [
        ("Anna Müller", 2), ("Jonas Weber", 2), ("Peter Gruber", 1), ("Selin Kaya", 1)]


def test_skipped_sheets_and_totals_rows_are_named(cur) -> None:
    report = import_file(cur, MONTHLY, author="Team", dry_run=True)
    assert report.warnings == [
        "Blatt „Notizen“ übersprungen: keine Tabelle mit den Spalten von „Januar“.",
        "Blatt „Auswertung“ übersprungen: keine Tabelle mit den Spalten von „Januar“.",
        "3 Summenzeilen (Summe, Gesamt, Durchschnitt …) nicht importiert („Januar“ Zeile 6, „Februar“ Zeile 5, "
        "„März“ Zeile 4).",
    ]
    assert report_lines(report, "de") == [
        "Blatt „Januar“: 3 Zeilen, davon 0 abgelehnt",
        "Blatt „Februar“: 2 Zeilen, davon 0 abgelehnt",
        "Blatt „März“: 2 Zeilen, davon 1 abgelehnt",
    ]


def test_cli_json_of_a_monthly_workbook(tmp_path: Path) -> None:
    result = cli("import", "--db", tmp_path / "ws.duckdb", "--author", "Team", MONTHLY)
    data = json.loads(result.out)
    assert result.code == 0
    report = data["files"][0]
    assert report["sheets"] == [{"sheet": "Januar", "rows": 3, "rejected": 0},
                                {"sheet": "Februar", "rows": 2, "rejected": 0},
                                {"sheet": "März", "rows": 2, "rejected": 1}]
    assert report["rejected"] == [{"line": 3, "reason": "date “31.02.2023” is not a valid date", "sheet": "März"}]
    assert report["warnings"][0] == "Sheet “Notizen” skipped: no table with the columns of “Januar”."


def test_plan_is_pure_and_lines_map_back() -> None:
    sheets = {
        "Q1": [("Datum", "Likes"), ("01.01.2023", 1), ("Summe", 1)],
        "Leer": [],
        "Q2": [("Likes", "Datum"), (2, "01.04.2023")],
        "Info": [("Nur ein Satz",)],
    }
    plan = plan_workbook(sheets, find_header_row, cell_text)
    assert [t.title for t in plan.tables] == ["Q1", "Q2"]
    assert plan.skipped == ["Info"]  # an empty sheet loses nothing and is not named
    assert plan.rows == [(2, ["01.01.2023", 1]), (LINE_BLOCK + 2, ["01.04.2023", 2])]  # Q2 in Q1's order
    assert plan.totals_rows == [3]
    assert sheet_line(LINE_BLOCK + 2, ["Q1", "Q2"]) == ("Q2", 2)


def test_csv_totals_row_is_not_a_bad_date(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ["Datum", "Autor:in", "Likes"], ["02.01.2023", "Anna", "3"], ["03.01.2023", "Ben", "4"], ["Summe", "", "7"]])
    report = import_file(cur, path)
    assert (report.rows, report.inserted, report.rejected) == (2, 2, [])
    assert report.warnings == ["1 Summenzeilen (Summe, Gesamt, Durchschnitt …) nicht importiert (Zeile 4)."]


def test_german_cells_in_a_csv(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ["Datum", "Uhrzeit", "Autor:in", "Likes", "Impressionen"],
        ["3. März 2024", "", "Anna", "1,2 Tsd.", "3,4 Mio."],
        ["03. Mrz. 2024", "0,3125", "Ben", "1.2K", "12.0"],
        ["45019,5", "", "Cleo", "2", "2"],
        ["Sep 30, 2025", "", "Dan", "3", "1.234 Tsd."],
        ["März 2024", "", "Eva", "1", "1"],
    ])
    report = import_file(cur, path)
    assert [(r["line"], r["reason"]) for r in report.rejected] == [
        (5, "Impressionen: „1.234 Tsd.“ ist mehrdeutig (Tausenderpunkt oder Komma?) und wird nicht geraten"),
        (6, "Datum „März 2024“ nennt nur einen Monat, keinen Tag"),
    ]
    got = cur.execute("SELECT i.name, p.published_at, p.has_time, p.reactions, p.impressions FROM posts p "
                      "JOIN influencers i USING (influencer_id) ORDER BY i.name").fetchall()
    assert got == [
        ("Anna", datetime(2024, 3, 3), False, 1200, 3400000),
        ("Ben", datetime(2024, 3, 3, 7, 30), True, 1200, 12),  # 0.3125 of a day is 07:30
        ("Cleo", datetime(2023, 4, 3, 12, 0), True, 2, 2),  # serial 45019 = 3 April 2023, .5 = noon
    ]


def test_excel_date_cells_serials_and_day_fractions_in_a_workbook(cur, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Datum", "Uhrzeit", "Autor:in", "Likes"])
    ws.append([datetime(2023, 5, 2), 0.75, "Anna", 12.0])
    ws.append([45049, None, "Ben", "1,2 Tsd."])
    ws.append(["4. Mai 2023", None, "Cleo", 3])
    wb.save(tmp_path / "w.xlsx")
    report = import_file(cur, tmp_path / "w.xlsx")
    assert (report.inserted, report.rejected) == (3, [])
    assert cur.execute("SELECT i.name, p.published_at, p.reactions FROM posts p JOIN influencers i "
                       "USING (influencer_id) ORDER BY i.name").fetchall() == [
        ("Anna", datetime(2023, 5, 2, 18, 0), 12), ("Ben", datetime(2023, 5, 3), 1200),
        ("Cleo", datetime(2023, 5, 4), 3)]


def test_month_separator_rows_are_skipped_and_named(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ["Datum", "Autor:in", "Likes"], ["Januar 2023", "", ""], ["02.01.2023", "Anna", "3"], ["Februar", "", ""],
        ["01.02.2023", "Ben", "4"], ["März 2023", "Cleo", "5"], ["Gesamt 2023", "", "12"]])
    report = import_file(cur, path)
    assert (report.rows, report.inserted) == (3, 2)
    # a month with an author and a count is a post without a day: rejected, not skipped
    assert [(r["line"], r["reason"]) for r in report.rejected] == [
        (6, "Datum „März 2023“ nennt nur einen Monat, keinen Tag")]
    assert report.warnings == [
        "1 Summenzeilen (Summe, Gesamt, Durchschnitt …) nicht importiert (Zeile 7).",
        "2 Trennzeilen mit nur einem Monat (z. B. „März 2023“) übersprungen (Zeile 2, Zeile 4).",
    ]


def test_one_sheet_per_person_takes_the_author_from_the_sheet_name(cur, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    anna = wb.active
    anna.title = "Anna Müller"
    anna.append(["Datum", "Likes", "Kommentare"])
    anna.append(["02.01.2023", 10, 1])
    anna.append(["09.01.2023", 20, 2])
    jonas = wb.create_sheet("Jonas Weber")
    jonas.append(["Kommentare", "Datum", "Likes"])
    jonas.append([3, "03.01.2023", 30])
    wb.save(tmp_path / "team.xlsx")
    report = import_file(cur, tmp_path / "team.xlsx")
    assert (report.inserted, report.rejected) == (3, [])
    assert report.warnings == ["Keine Spalte mit der Person: Jedes Blatt gilt als Beiträge der Person, nach der es "
                               "heißt („Anna Müller“, „Jonas Weber“)."]
    assert cur.execute("SELECT i.name, count(*), sum(reactions), sum(comments) FROM posts JOIN influencers i "
                       "USING (influencer_id) GROUP BY ALL ORDER BY 1").fetchall() == [
        ("Anna Müller", 2, 30, 3), ("Jonas Weber", 1, 30, 3)]


def test_sheets_named_for_periods_still_need_the_author(cur, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    q1 = wb.active
    q1.title = "Q1 2023"
    q1.append(["Datum", "Likes"])
    q1.append(["02.01.2023", 10])
    q2 = wb.create_sheet("Q2 2023")
    q2.append(["Datum", "Likes"])
    q2.append(["03.04.2023", 20])
    wb.save(tmp_path / "anna.xlsx")
    report = import_file(cur, tmp_path / "anna.xlsx", author="Anna Müller")
    assert (report.inserted, [s["rows"] for s in report.sheets]) == (2, [1, 1])
    assert cur.execute("SELECT DISTINCT i.name FROM posts JOIN influencers i USING (influencer_id)").fetchall() == [
        ("Anna Müller",)]

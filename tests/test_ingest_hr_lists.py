"""HR lists as German administrations keep them: stems, values by meaning, applicants, warnings.

Expected figures are counted by hand from tests/fixtures/ingest/make_fixtures.py (HR_PEOPLE and
applicants_ja_nein).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from command_line import cli
from ingest_helpers import FIXTURES, write_csv

from analytics.errors import CockpitError
from analytics.ingest import attribute_lines, import_file
from analytics.ingest import values as V


def _group(cur, column: str, table: str = "influencers") -> dict:
    rows = cur.execute(f"SELECT {column}, count(*) FROM {table} GROUP BY ALL ORDER BY 1 NULLS LAST").fetchall()  # noqa: S608
    return dict(rows)


def test_hr_roster_imports_sixteen_people_with_their_attributes(cur) -> None:
    report = import_file(cur, FIXTURES / "hr_roster.xlsx")
    assert (report.kind, report.rows, report.inserted, report.rejected) == ("roster", 16, 16, [])
    assert report.unmapped_columns == ["Personalnummer"]
    # w: Müller, Huber, Schmid, Becker, Koch, Klein, Neumann; m: Weber, Gruber, Wagner, Schulz, Richter, Braun;
    # d: Kaya, Wolf; x: Hoffmann
    assert _group(cur, "gender") == {"diverse": 3, "female": 7, "male": 6}
    # 1–5: 1 -> none (Weber, Koch), 2 -> low (Gruber, Wagner, Neumann), 3 -> medium (Müller, Becker, Richter),
    # 4, 5 -> high (Schmid, Wolf; Kaya, Hoffmann); 'k. A.' (Huber, Schulz, Klein, Braun) unknown
    assert _group(cur, "experience") == {"high": 4, "low": 3, "medium": 3, "none": 2, None: 4}
    assert _group(cur, "department") == {"Baureferat": 3, "Branddirektion": 2, "KVR": 3, "RBS": 2, "RIT": 4,
                                         "Sozialreferat": 2}
    assert cur.execute("SELECT name FROM influencers WHERE birth_year = 1990").fetchall() == [("Anna Müller",)]
    assert cur.execute("SELECT count(*) FROM influencers WHERE profession IS NOT NULL").fetchone()[0] == 16


def test_hr_roster_report_names_what_was_not_understood(cur) -> None:
    report = import_file(cur, FIXTURES / "hr_roster.xlsx", dry_run=True)
    assert report.warnings == [
        "Social-Media-Erfahrung: 4 Werte nicht erkannt: „k. A.“ (4×). Diese Angaben bleiben unbekannt.",
        "Erfahrung als Zahl auf der Skala 1–5 gelesen: 1 = keine, 2 = gering, 3 = mittel, 4 und 5 = hoch.",
    ]
    assert attribute_lines(report.attributes, "de") == [
        "Geschlecht: 16 von 16 erkannt",
        "Altersgruppe: 16 von 16 erkannt",
        "Beruf: 16 von 16 erkannt",
        "Referat: 16 von 16 erkannt",
        "Social-Media-Erfahrung: 12 von 16 erkannt — 4 Werte nicht erkannt: „k. A.“ (4×)",
    ]
    assert cur.execute("SELECT count(*) FROM influencers").fetchone()[0] == 0  # a dry run changes nothing


def test_applicants_with_ja_nein_never_join_the_cohort(cur) -> None:
    report = import_file(cur, FIXTURES / "applicants_ja_nein.xlsx")
    assert (report.kind, report.inserted, report.rejected) == ("applicants", 8, [])
    # ja, x, ✓, 1 are selected; nein, Nein, 0 and an empty cell are not
    assert cur.execute("SELECT name FROM applicants WHERE selected ORDER BY name").fetchall() == [
        ("Anna Müller",), ("Jonas Weber",), ("Peter Gruber",), ("Selin Kaya",)]
    assert cur.execute("SELECT count(*) FROM applicants WHERE NOT selected").fetchone()[0] == 4
    assert cur.execute("SELECT count(*) FROM influencers").fetchone()[0] == 0  # the cohort is the roster
    # 'keine Angabe' is understood: Tom Bauer's gender stays unknown, nothing is listed as not understood
    assert _group(cur, "gender", "applicants") == {"diverse": 1, "female": 3, "male": 3, None: 1}
    assert not any("nicht erkannt" in w for w in report.warnings)


def test_unknown_attribute_for_most_people_is_a_warning(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "team.csv", [
        ["Name", "Geschlecht", "Referat"],
        ["Anna", "weiblich", "KVR"], ["Ben", "?", "KVR"], ["Cleo", "Frau Dr.", "RBS"], ["Dan", "", "RBS"],
    ])
    report = import_file(cur, path)
    assert report.inserted == 4 and report.rejected == []
    assert report.warnings[:2] == [
        "Geschlecht: 2 Werte nicht erkannt: „?“ (1×), „Frau Dr.“ (1×). Diese Angaben bleiben unbekannt.",
        "Geschlecht ist für 3 von 4 Personen unbekannt.",
    ]
    assert "Altersgruppe ist für 4 von 4 Personen unbekannt: Keine Spalte dafür erkannt. Ordnen Sie eine Spalte " \
           "zu, wenn die Datei sie enthält." in report.warnings


def test_english_warnings(cur) -> None:
    report = import_file(cur, FIXTURES / "hr_roster.xlsx", dry_run=True, lang="en")
    assert report.warnings[0] == ("social-media experience: 4 values not understood: „k. A.“ (4×). "
                                  "These stay unknown.")


def test_header_tie_is_a_warning(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "team.csv", [
        ["Name", "Berufsgruppe", "Beruf / Tätigkeit"], ["Anna", "Verwaltung", "Juristin"]])
    report = import_file(cur, path)
    assert report.unmapped_columns == ["Berufsgruppe"]
    assert report.warnings[0] == ("Für Beruf passen mehrere Spalten: verwendet wird „Beruf / Tätigkeit“, nicht "
                                  "„Berufsgruppe“. Bitte prüfen Sie die Zuordnung.")
    assert cur.execute("SELECT profession FROM influencers").fetchall() == [("Juristin",)]


def test_a_file_of_only_bad_rows_is_refused_and_nothing_written(cur, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [
        ["Datum", "Autor:in", "Likes"], ["31.02.2023", "Anna", "3"], ["gestern", "Ben", "4"], ["", "Cleo", "1"]])
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_all_rejected"
    assert info.value.message("de") == (
        "„bad.csv“ wird nicht importiert: Keine der 3 Datenzeilen konnte gelesen werden. Erste Gründe: "
        "Zeile 2: Datum „31.02.2023“ ist kein gültiges Datum; Zeile 3: Datum „gestern“ ist kein gültiges Datum; "
        "Zeile 4: Datum fehlt")
    assert cur.execute("SELECT count(*) FROM posts").fetchone()[0] == 0
    assert cur.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


def test_cli_refuses_a_file_of_only_bad_rows_with_exit_2(tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [["Name", "Geburtsjahr"], ["Anna", "neunzehnhundert"], ["", "1990"]])
    result = cli("import", "--db", tmp_path / "ws.duckdb", bad)
    assert result.code == 2
    assert json.loads(result.out) == {"files": []}
    assert result.err.strip() == ("bad.csv: “bad.csv” is not imported: none of its 2 data rows could be read. First "
                           "reasons: line 2: birth year: “neunzehnhundert” is not a plausible year or age; "
                           "line 3: name is missing")


def test_cli_json_of_an_hr_roster(tmp_path: Path) -> None:
    result = cli("import", "--db", tmp_path / "ws.duckdb", FIXTURES / "hr_roster.xlsx", lang="de")
    data = json.loads(result.out)
    assert result.code == 0
    report = data["files"][0]
    assert (report["kind"], report["inserted"], report["unmapped_columns"]) == ("roster", 16, ["Personalnummer"])
    experience = report["attributes"]["attributes"][-1]
    assert experience == {"attribute": "experience", "column_found": True, "known": 12, "total": 16,
                          "not_understood": {"k. A.": 4}}
    assert report["attributes"]["experience_scale"] == "1–5"


@pytest.mark.parametrize("text,code,understood", [
    ("m", "male", True), ("W", "female", True), ("d", "diverse", True), ("x", "diverse", True),
    ("männlich", "male", True), ("weiblich", "female", True), ("divers", "diverse", True),
    ("Female", "female", True), ("non-binary", "diverse", True), ("keine Angabe", None, True),
    ("k. A.", None, True), ("Frau Dr.", None, False),
])
def test_gender_values(text: str, code: str | None, understood: bool) -> None:
    assert V.gender(text) == (code, understood)


@pytest.mark.parametrize("header,values,scale", [
    ("Social-Media-Erfahrung (1–5)", [1, 2], "1–5"), ("Erfahrung 0-10", ["3"], "0–10"),
    ("Erfahrung", [0, 3, 2], "0–3"), ("Erfahrung", [1, 5], "1–5"), ("Erfahrung", ["7"], "0–10"),
    ("Erfahrung", ["viel"], None), ("Erfahrung", [42], None),
])
def test_experience_scale(header: str, values: list, scale: str | None) -> None:
    assert V.experience_scale(header, values) == scale


@pytest.mark.parametrize("value,scale,band", [
    (1, "1–5", "none"), (2, "1–5", "low"), (3, "1–5", "medium"), (4, "1–5", "high"), (5, "1–5", "high"),
    (0, "0–10", "none"), (3, "0–10", "low"), (4, "0–10", "medium"), (6, "0–10", "medium"), (7, "0–10", "high"),
    ("2,0", "0–3", "medium"), (6, "1–5", None), ("keine", None, "none"), ("wenig", None, "low"),
    ("gering", None, "low"), ("mittel", None, "medium"), ("viel", None, "high"), ("sehr hoch", None, "high"),
    ("Hoch", None, "high"), ("k. A.", None, None),
])
def test_experience_values(value, scale: str | None, band: str | None) -> None:
    assert V.experience(value, scale) == (band, band is not None)


@pytest.mark.parametrize("value,selected", [
    ("ja", True), ("Ja", True), ("x", True), ("X", True), ("✓", True), ("✔", True), (1, True), ("1", True),
    ("yes", True), ("true", True), (True, True), ("nein", False), ("0", False), (0, False), ("no", False),
    ("false", False), (None, False), ("", False), ("-", False), ("vielleicht", None),
])
def test_yes_no_values(value, selected: bool | None) -> None:
    assert V.yes_no(value) == selected


def test_joined_dates_with_month_names_and_serials(cur, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Vorname", "Nachname", "Dabei seit"])
    ws.append(["Anna", "Müller", "3. März 2023"])
    ws.append(["Jonas", "Weber", "März 2023"])  # a month: its first day
    ws.append(["Selin", "Kaya", 44958])  # Excel's serial number of 1 February 2023
    ws.append(["Peter", "Gruber", "03. Mrz. 2023"])
    wb.save(tmp_path / "kader.xlsx")
    report = import_file(cur, tmp_path / "kader.xlsx")
    assert (report.kind, report.inserted, report.rejected) == ("roster", 4, [])
    assert cur.execute("SELECT name, joined_on::VARCHAR FROM influencers ORDER BY name").fetchall() == [
        ("Anna Müller", "2023-03-03"), ("Jonas Weber", "2023-03-01"), ("Peter Gruber", "2023-03-03"),
        ("Selin Kaya", "2023-02-01")]


def test_hr_csv_with_first_and_last_name_and_checkmarks(cur, tmp_path: Path) -> None:
    roster_csv = write_csv(tmp_path / "hr.csv", [
        ["Nachname", "Vorname", "Geschlecht (m/w/d)", "Social-Media-Erfahrung (0-10)"],
        ["Müller", "Anna", "w", "8"], ["Weber", "Jonas", "m", "0"], ["Kaya", "Selin", "d", "5"]])
    report = import_file(cur, roster_csv)
    assert (report.kind, report.inserted, report.rejected) == ("roster", 3, [])
    assert cur.execute("SELECT name, gender, experience FROM influencers ORDER BY name").fetchall() == [
        ("Anna Müller", "female", "high"), ("Jonas Weber", "male", "none"), ("Selin Kaya", "diverse", "medium")]
    applicants_csv = write_csv(tmp_path / "bewerbungen.csv", [
        ["Name", "Auswahl (ja/nein)"], ["Anna Müller", "✓"], ["Lena Fischer", ""], ["Tom Bauer", "vielleicht"]])
    report = import_file(cur, applicants_csv)
    assert (report.kind, report.inserted) == ("applicants", 2)
    assert [(r["line"], r["reason"]) for r in report.rejected] == [
        (4, "Ausgewählt: „vielleicht“ ist kein bekannter Wert (erlaubt: ja, nein, x, ✓, 1, 0)")]
    assert cur.execute("SELECT name, selected FROM applicants ORDER BY name").fetchall() == [
        ("Anna Müller", True), ("Lena Fischer", False)]
    assert cur.execute("SELECT count(*) FROM influencers").fetchone()[0] == 3  # still the roster only


def test_hr_roster_and_monthly_workbook_give_the_groups(cur) -> None:
    from analytics.queries.groups import summary_by

    import_file(cur, FIXTURES / "hr_roster.xlsx")
    import_file(cur, FIXTURES / "monthly_sheets.xlsx")

    def groups(by: str) -> dict:
        result = summary_by(cur, by, min_group=1, start=None, end=None)
        return {g["group"]: (g["influencers"], g["posts"], g["reactions"], g["impressions"]) for g in result["groups"]}

    # female: Anna Müller (120 + 60); male: Jonas Weber (87 + 70) and Peter Gruber (30); diverse: Selin Kaya (45)
    assert groups("gender") == {"female": (7, 2, 180, 6200), "male": (6, 3, 187, 5500), "diverse": (3, 1, 45, None)}
    # 1–5 scale: Anna 3 = medium, Jonas 1 = none, Peter 2 = low, Selin 5 = high; four 'k. A.' stay unknown
    assert groups("experience") == {"high": (4, 1, 45, None), "unknown": (4, 0, 0, None), "low": (3, 1, 30, 900),
                                    "medium": (3, 2, 180, 6200), "none": (2, 2, 157, 4600)}

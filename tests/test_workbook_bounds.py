"""Hard bounds for reading a workbook: refused from a streamed scan, before any reader allocates."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from analytics.errors import CockpitError
from analytics.ingest import detect, guards, import_file
from analytics.ingest.sources import check_xlsx

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "linkedin-page-content-export.xlsx"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"


def one_far_cell(path: Path) -> Path:
    """A real workbook (as Excel or openpyxl save it) whose one cell sits at XFD1048576."""
    workbook = openpyxl.Workbook()
    workbook.active.cell(row=1_048_576, column=16_384, value="x")
    workbook.save(path)
    return path


def many_sheets(path: Path, sheets: int = 600, size: int = 1024 * 1024) -> Path:
    """``sheets`` worksheets of exactly ``size`` bytes each (1 MiB is not above the 1 MiB from which
    the compression ratio is checked), packed tightly."""
    head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>')
    foot = b"</t></is></c></row></sheetData></worksheet>"
    sheet = head + b"x" * (size - len(head) - len(foot)) + foot
    assert len(sheet) == size
    entries = "".join(f'<sheet name="S{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, sheets + 1))
    rels = "".join(f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   f'relationships/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in range(1, sheets + 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                         + entries + "</sheets></workbook>")
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships">' + rels + "</Relationships>")
        for n in range(1, sheets + 1):
            archive.writestr(f"xl/worksheets/sheet{n}.xml", sheet)
    return path


@pytest.fixture
def no_reader(monkeypatch):
    """Fail the test if a reader is ever asked to open the workbook."""
    def refused(*args, **kwargs):
        raise AssertionError("a reader opened a workbook the bounds should have refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refused)


def test_one_cell_at_xfd1048576_is_refused_before_reading(tmp_path: Path, no_reader) -> None:
    path = one_far_cell(tmp_path / "klein.xlsx")
    assert path.stat().st_size < 8 * 1024
    with pytest.raises(CockpitError) as info:
        check_xlsx(path)
    assert info.value.key == "import_xlsx_cells"
    assert info.value.params == {"file": "klein.xlsx", "sheet": "sheet1", "millions": 17_179, "max_millions": 20}
    assert info.value.message("en") == (
        "“klein.xlsx” is not read: the sheet “sheet1” spans over 17179 million cells (up to its last used cell), "
        "at most 20 million are allowed. Please save only the range with data.")


def test_six_hundred_sheets_of_one_mebibyte_are_refused(tmp_path: Path, no_reader) -> None:
    path = many_sheets(tmp_path / "viele.xlsx")
    assert path.stat().st_size < 4 * 1024 * 1024  # a small upload
    with pytest.raises(CockpitError) as info:
        check_xlsx(path)
    assert (info.value.key, info.value.params["n"], info.value.params["max"]) == ("import_xlsx_sheets", 600, 100)


def test_the_unpacked_size_is_bounded_by_the_bytes_really_read(tmp_path: Path) -> None:
    path = many_sheets(tmp_path / "gross.xlsx", sheets=5, size=3 * 1024 * 1024)
    with zipfile.ZipFile(path) as archive, pytest.raises(CockpitError) as info:
        guards.check_workbook_bounds(archive, path.name, max_unpacked=10 * 1024 * 1024)
    assert (info.value.key, info.value.params["max_mb"]) == ("import_xlsx_unpacked", 10)


def test_a_reference_split_between_chunks_is_seen(tmp_path: Path, monkeypatch) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in range(1, 2001):
        sheet.append([f"Zeile {row}", row, row * 2])
    sheet.cell(row=5000, column=200, value="weit unten")  # GR5000: 200 columns × 5000 rows = 1 million cells
    workbook.save(tmp_path / "w.xlsx")
    monkeypatch.setattr(guards, "CHUNK", 97)  # references cut at every possible place
    with zipfile.ZipFile(tmp_path / "w.xlsx") as archive:
        guards.check_workbook_bounds(archive, "w.xlsx", max_cells=1_000_000)
        with pytest.raises(CockpitError) as info:
            guards.check_workbook_bounds(archive, "w.xlsx", max_cells=999_999)
    assert info.value.key == "import_xlsx_cells"


def test_the_refusal_reaches_the_import(tmp_path: Path, cur, no_reader) -> None:
    path = one_far_cell(tmp_path / "klein.xlsx")
    with pytest.raises(CockpitError) as info:
        import_file(cur, path)
    assert info.value.key == "import_xlsx_cells"
    assert cur.execute("SELECT count(*) FROM imports").fetchone()[0] == 0


@pytest.mark.parametrize("name", ["controlling.xlsx", "roster.xlsx", "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"])
def test_real_workbooks_pass(name: str, cur) -> None:
    assert detect(FIXTURES / name, cur).format


@pytest.mark.skipif(not SHARED.exists(), reason="the shared LinkedIn export is not in this checkout")
def test_the_real_linkedin_company_export_passes() -> None:
    with zipfile.ZipFile(SHARED) as archive:
        guards.check_workbook_bounds(archive, SHARED.name)

"""Reading workbooks as LinkedIn writes them: wrong dimension tags, old binary .xls, macros refused."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
import xlwt
from ingest_helpers import FIXTURES

from analytics.errors import CockpitError
from analytics.ingest.sources import read_workbook

MEMBER = FIXTURES / "Content_2023-01-01_2023-06-30_AnnaMueller.xlsx"


def test_the_fixture_declares_a1_and_a_reader_trusting_it_sees_one_cell() -> None:
    workbook = openpyxl.load_workbook(MEMBER, read_only=True, data_only=True)
    try:
        seen = list(workbook["TOP POSTS"].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert seen == [("Maximum of 50 posts available to include in this list",)]


def test_read_workbook_ignores_the_declared_dimension() -> None:
    sheets = read_workbook(MEMBER)
    assert list(sheets) == ["DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "DEMOGRAPHICS"]
    top = sheets["TOP POSTS"]
    # note, blank row, header, four rows (the engagements list has 4 posts, the impressions list 4)
    assert len(top) == 7
    assert top[1] == (None,) * 7
    assert top[2] == ("Post URL", "Post publish date", "Engagements", None, "Post URL", "Post publish date",
                      "Impressions")
    assert top[3][2] == 137 and top[3][6] == "4,512"  # a number and a number stored as text


def test_old_binary_xls_is_read(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    sheet = book.add_sheet("All posts")
    sheet.write(0, 0, "All posts for Example page")
    for col, value in enumerate(["Post title", "Impressions"]):
        sheet.write(1, col, value)
    sheet.write(2, 0, "Hallo")
    sheet.write(2, 1, 1200)
    path = tmp_path / "example_content_1700000000000.xls"
    book.save(str(path))
    assert read_workbook(path) == {"All posts": [("All posts for Example page", None), ("Post title", "Impressions"),
                                                 ("Hallo", 1200)]}


def test_xls_with_a_vba_project_is_refused(tmp_path: Path) -> None:
    book = xlwt.Workbook()
    book.add_sheet("Sheet1").write(0, 0, "x")
    path = tmp_path / "macro.xls"
    book.save(str(path))
    # an OLE2 directory entry named _VBA_PROJECT_CUR (names are UTF-16LE) marks a macro workbook
    path.write_bytes(path.read_bytes() + "_VBA_PROJECT_CUR".encode("utf-16-le"))
    with pytest.raises(CockpitError) as info:
        read_workbook(path)
    assert info.value.key == "import_macros"


def test_xlsx_macros_and_bombs_are_still_refused_before_reading() -> None:
    for name, key in (("macro.xlsm", "import_macros"), ("bomb.xlsx", "import_unsafe_xlsx")):
        with pytest.raises(CockpitError) as info:
            read_workbook(FIXTURES / name)
        assert info.value.key == key

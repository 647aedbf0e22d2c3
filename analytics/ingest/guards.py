"""Hard bounds for reading a workbook, checked before any reader allocates anything.

A reader (openpyxl, python-calamine) sizes its work by the sheet's dimension and its cell
references: a 1.5 KB workbook whose one cell sits at ``XFD1048576`` makes it walk 17 billion
cells, and 600 sheets of 1 MiB each pass a compression-ratio check. So every worksheet part is
scanned as a stream of bytes (never parsed into a tree, never held whole) for its ``<dimension
ref=…>``, its row numbers and cell references, and the workbook is refused when its sheets,
cells, unpacked size or the time the scan takes go beyond what any real export reaches.
"""

from __future__ import annotations

import re
import time
import zipfile

from analytics.errors import CockpitError

MAX_SHEETS = 100  # a team workbook with one sheet per month for eight years
MAX_CELLS = 20_000_000  # rows × columns a reader may walk, over all sheets (200,000 posts × 100 columns)
MAX_UNPACKED = 512 * 1024 * 1024  # bytes of all parts together, unpacked
MAX_SECONDS = 20.0  # for the scan itself
CHUNK = 1024 * 1024
_OVERLAP = 256  # bytes kept from the chunk before, so that a reference split between chunks is seen

_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"')
_ROW_REF = re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="(\d{1,7})"')
_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")


def column_number(letters: bytes) -> int:
    """b'A' -> 1, b'XFD' -> 16384."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_workbook_bounds(archive: zipfile.ZipFile, file_name: str, *, max_sheets: int = MAX_SHEETS,
                          max_cells: int = MAX_CELLS, max_unpacked: int = MAX_UNPACKED,
                          max_seconds: float = MAX_SECONDS) -> None:
    """Refuse a workbook beyond the bounds (:class:`CockpitError` naming which bound and by how much)."""
    infos = archive.infolist()
    sheets = [info for info in infos if _WORKSHEET.fullmatch(info.filename)]
    if len(sheets) > max_sheets:
        raise CockpitError("import_xlsx_sheets", file=file_name, n=len(sheets), max=max_sheets)
    declared = sum(info.file_size for info in infos)
    if declared > max_unpacked:
        raise CockpitError("import_xlsx_unpacked", file=file_name, mb=declared // 2**20, max_mb=max_unpacked // 2**20)
    deadline = time.monotonic() + max_seconds
    budget = {"cells": max_cells, "bytes": max_unpacked}
    for info in sheets:
        _scan_sheet(archive, info, file_name, budget, deadline, max_cells, max_unpacked, max_seconds)


def _scan_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str, budget: dict[str, int],
                deadline: float, max_cells: int, max_unpacked: int, max_seconds: float) -> None:
    """One worksheet streamed: the largest area its dimension or references span, and its cells."""
    sheet = info.filename.rsplit("/", 1)[-1].removesuffix(".xml")
    last_row = last_column = cells = rows = 0
    tail = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            budget["bytes"] -= len(chunk)  # the real bytes, whatever the archive declares
            if budget["bytes"] < 0:
                raise CockpitError("import_xlsx_unpacked", file=file_name, mb=max_unpacked // 2**20 + 1,
                                   max_mb=max_unpacked // 2**20)
            data = tail + chunk
            for match in _DIMENSION.finditer(data):
                column, row = match.group(3) or match.group(1), match.group(4) or match.group(2)
                last_column, last_row = max(last_column, column_number(column)), max(last_row, int(row))
            for match in _CELL_REF.finditer(data):
                last_column = max(last_column, column_number(match.group(1)))
                last_row = max(last_row, int(match.group(2)))
            for match in _ROW_REF.finditer(data):
                last_row = max(last_row, int(match.group(1)))
            # elements ending in the new bytes are counted once (those ending in the tail already were)
            cells += sum(1 for match in _CELL.finditer(data) if match.end() > len(tail))
            rows += sum(1 for match in _ROW.finditer(data) if match.end() > len(tail))
            area = max(last_row, rows) * max(last_column, 1)
            if max(area, cells) > budget["cells"]:
                raise CockpitError("import_xlsx_cells", file=file_name, sheet=sheet,
                                   millions=max(area, cells) // 1_000_000, max_millions=max_cells // 1_000_000)
            if time.monotonic() > deadline:
                raise CockpitError("import_xlsx_slow", file=file_name, seconds=int(max_seconds))
            tail = data[-_OVERLAP:]
    budget["cells"] -= max(max(last_row, rows) * max(last_column, 1), cells)

"""A file's rows as the kinds read them: ``(line, {canonical column: raw value})``.

A workbook's rows (and a LinkedIn layout's) are read into Python when the file is recognised
(:mod:`analytics.ingest.sources`); a CSV is read by DuckDB only when it is imported, into the
importer's temporary tables (:mod:`analytics.ingest.posts`). A file whose first bytes looked
like UTF-8 but whose rest is not is read again as Windows-1252.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from analytics.errors import CockpitError
from analytics.ingest import posts
from analytics.ingest.sources import Detected, filled, utf8_copy

Record = tuple[int, dict[str, Any]]
# a row the report names as not imported: (line, message key, the values the message shows)
Rejection = tuple[int, str, dict[str, Any]]


def records(det: Detected, columns: Iterable[str]) -> list[Record]:
    """The Python-read rows of a table as records of the mapped ``columns`` (empty rows left out)."""
    wanted = set(columns)
    positions = {}
    for index, header in enumerate(det.headers):
        canonical = det.mapping.get(header)
        if canonical in wanted and canonical not in positions:
            positions[canonical] = index
    out = []
    for line, row in det.rows:
        record = {c: (row[i] if i < len(row) else None) for c, i in positions.items()}
        if any(filled(v) for v in record.values()):
            out.append((line, record))
    return out


def read_csv(det: Detected, read: Callable[[Path], None]) -> None:
    """``read(UTF-8 path)``; a file whose start looked like UTF-8 but whose rest is not is read as Windows-1252."""
    try:
        try:
            read(utf8_copy(det))
        except posts.NotUtf8:
            if det.encoding != "utf-8":
                raise
            det.cleanup()
            det.encoding, det.utf8_path = "cp1252", None
            read(utf8_copy(det))
    except posts.NotUtf8:
        raise CockpitError("import_unreadable", file=det.file_name, detail="not UTF-8") from None
    except CockpitError as exc:
        exc.params["file"] = det.file_name  # not the name of a temporary (transcoded) copy
        raise


def table_records(cur, det: Detected, columns: tuple[str, ...]) -> list[Record]:
    """Every row of a small table (people, outcomes) as a record of the mapped ``columns``.

    A CSV is read by DuckDB (quoting, notes over several lines), the few rows then handled in Python.
    """
    if det.delimiter is None:
        return records(det, columns)
    read_csv(det, lambda path: posts.stage_csv(cur, path, det.delimiter or ";", det.skip_lines, det.headers,
                                               det.mapping, det.header_line + 1, columns=columns))
    used = [c for c in columns if c in det.mapping.values()]
    rows = cur.execute(f"SELECT line, {', '.join(used)} FROM _ic_stage ORDER BY line").fetchall()  # noqa: S608
    out = []
    for line, *values in rows:
        record = dict(zip(used, values, strict=True))
        if any(filled(v) for v in record.values()):
            out.append((line, record))
    return out

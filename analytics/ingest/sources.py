"""Opening an uploaded file safely and recognising what it is, by content.

Text files: size limit, encoding (UTF-8 with or without BOM, UTF-16, else Windows-1252),
delimiter and header row are sniffed in Python from the first bytes; the rows themselves are
read later by DuckDB (see :mod:`analytics.ingest.posts`), which also checks that a file that
starts as UTF-8 is UTF-8 throughout (else it is read as Windows-1252). Files that are not
UTF-8 are transcoded to a temporary UTF-8 file for DuckDB. The checksum is computed in a
background thread while DuckDB reads.

Workbooks (``.xlsx`` and old ``.xls``): macros, zip bombs and XML entity tricks are refused
before a reader sees the file; python-calamine then reads values as stored, never evaluating a
formula (see docs/BENCHMARK.md for why calamine and not openpyxl).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from analytics.errors import CockpitError
from analytics.ingest import columns as C
from analytics.ingest import guards, workbook

DEFAULT_MAX_UPLOAD_MB = 64  # = server.maxUploadSize in .streamlit/config.toml
SNIFF_BYTES = 256 * 1024
# an XLSX may unpack to at most this much, and no part may be compressed more than 200:1
XLSX_MAX_UNPACKED = 1024 * 1024 * 1024
XLSX_MAX_RATIO = 200
CHUNK = 1024 * 1024
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old binary Excel workbook (.xls)
DELIMITERS = (";", ",", "\t", "|")


def max_upload_mb() -> float:
    """The upload size limit in MB: ``$COCKPIT_MAX_UPLOAD_MB``, default 64."""
    try:
        return float(os.environ.get("COCKPIT_MAX_UPLOAD_MB", DEFAULT_MAX_UPLOAD_MB))
    except ValueError:
        return float(DEFAULT_MAX_UPLOAD_MB)


MAX_UPLOAD_MB = max_upload_mb()


@dataclass
class Detected:
    """What a file is, as far as can be told before importing it (shown on the import page)."""

    path: Path
    file_name: str
    format: str
    kind: str
    headers: list[str]
    mapping: dict[str, str]  # header -> canonical column
    unmapped: list[str]
    preview: Any = None  # pandas DataFrame of the first rows, columns named canonically
    proposed_author: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    header_line: int = 1  # 1-based line (record) of the header row
    sheet: str | None = None
    size: int = 0
    checksum: str = ""
    # internal: how to read the rows
    skip_lines: int = 0
    utf8_path: Path | None = None
    rows: list[tuple[int, list[Any]]] = field(default_factory=list, repr=False)
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    checksum_job: Any = field(default=None, repr=False, compare=False)

    def wait_checksum(self) -> str:
        """The SHA-256 of the file (computed in the background since the file was recognised)."""
        if self.checksum_job is not None:
            self.checksum_job.join()
            self.checksum = self.checksum_job.digest
            self.checksum_job = None
        return self.checksum

    def cleanup(self) -> None:
        """Remove a temporary transcoded copy, if any."""
        if self.utf8_path is not None and self.utf8_path != self.path:
            try:
                self.utf8_path.unlink()
            except OSError:
                pass
            self.utf8_path = None


# ---- whole-file checks ----------------------------------------------------------------------


def check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CockpitError("import_unreadable", file=path.name, detail=str(exc)) from None
    limit = max_upload_mb()
    if size > limit * 1024 * 1024:
        raise CockpitError("import_too_large", file=path.name, size_mb=round(size / 1048576, 1), limit_mb=limit)
    if size == 0:
        raise CockpitError("import_empty", file=path.name)
    return size


def sample_encoding(path: Path) -> str:
    """The encoding as far as the first bytes tell: 'utf-8-sig', 'utf-16', 'utf-8' or 'cp1252'.

    A file that starts as UTF-8 but is not UTF-8 further on is caught by DuckDB when it reads
    the rows, and then read as Windows-1252.
    """
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
        more = bool(handle.read(1))
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # a character cut off at the end of the sample is not an error
        codecs.getincrementaldecoder("utf-8")().decode(head, final=not more)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


class ChecksumJob(threading.Thread):
    """SHA-256 of a file, in the background (hashlib releases the GIL for large blocks)."""

    def __init__(self, path: Path) -> None:
        super().__init__(daemon=True, name="cockpit-checksum")
        self.path, self.digest = path, ""
        self.start()

    def run(self) -> None:
        digest = hashlib.sha256()
        try:
            with self.path.open("rb") as handle:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    digest.update(chunk)
        except OSError:
            return
        self.digest = digest.hexdigest()


def _transcode(path: Path, encoding: str) -> Path:
    """A UTF-8 copy of a text file in another encoding (bytes cp1252 lacks map as Latin-1)."""
    errors = "strict"
    if encoding == "cp1252":
        errors = "cp1252_fallback"
    fd, name = tempfile.mkstemp(suffix=".csv", prefix="cockpit-import-")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out, path.open(
        "r", encoding=encoding, errors=errors, newline=""
    ) as src:
        for chunk in iter(lambda: src.read(CHUNK), ""):
            out.write(chunk)
    return Path(name)


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    # the five bytes Windows-1252 leaves undefined: take them as Latin-1 (C1 controls)
    bad = exc.object[exc.start:exc.end]  # type: ignore[attr-defined]
    return bad.decode("latin-1"), exc.end  # type: ignore[attr-defined]


codecs.register_error("cp1252_fallback", _cp1252_fallback)


# ---- CSV sniffing -----------------------------------------------------------------------------


def _records(sample: str, delimiter: str, limit: int) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    out = []
    try:
        for record in reader:
            out.append(record)
            if len(out) >= limit:
                break
    except csv.Error:
        pass
    return out


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits a header row into the most known headers, then the first records
    into the most rows of equal width."""
    best_score, best = None, ";"
    for delimiter in DELIMITERS:
        records = [r for r in _records(sample, delimiter, 40) if any(cell.strip() for cell in r)]
        counts = [len(r) for r in records if len(r) > 1]
        if not counts:
            continue
        mode = max(set(counts), key=lambda n: (counts.count(n), n))
        # a header row that splits into known headers decides first ('1,000' in a ';' file)
        headers = max(C.header_score(r) for r in records[:15])
        score = (headers, counts.count(mode), mode)
        if best_score is None or score > best_score:
            best_score, best = score, delimiter
    return best


def _find_header(records: list[list[str]]) -> int:
    """Index of the header record among the first records (the one most like known headers)."""
    best_index, best_score = 0, 0
    for index, record in enumerate(records[:15]):
        score = C.header_score(record)
        if score > best_score:
            best_index, best_score = index, score
    if best_score == 0:
        # no known header: the first record with more than one filled cell
        for index, record in enumerate(records[:15]):
            if sum(1 for cell in record if cell.strip()) > 1:
                return index
    return best_index


def _read_sample(path: Path, encoding: str) -> tuple[str, bool]:
    with path.open("rb") as handle:
        raw = handle.read(SNIFF_BYTES + 4)
    truncated = len(raw) > SNIFF_BYTES
    raw = raw[:SNIFF_BYTES] if truncated else raw
    errors = "cp1252_fallback" if encoding == "cp1252" else "replace"
    text = raw.decode(encoding, errors=errors)
    return text.lstrip("\ufeff"), truncated


def _looks_binary(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(8192)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 100)


def detect_csv(path: Path, size: int, digest: str, encoding: str,
               classify: Callable[[list[str], str], tuple[str, str]]) -> Detected:
    """A text table: encoding, delimiter, header row; ``classify(headers, file name)`` gives (format, kind)."""
    if _looks_binary(path):
        raise CockpitError("import_not_a_table", file=path.name)
    sample, truncated = _read_sample(path, encoding)
    if not sample.strip():
        raise CockpitError("import_empty", file=path.name)
    if truncated and "\n" not in sample and "\r" not in sample:
        # not a header without rows: no line ends where a table's first rows would
        raise CockpitError("import_one_line", file=path.name, size_mb=max(1, round(size / 1048576)),
                           sample_kb=SNIFF_BYTES // 1024)
    delimiter = sniff_delimiter(sample)
    records = _records(sample, delimiter, 60)
    if truncated and len(records) > 1:
        records = records[:-1]
    header_index = _find_header(records)
    if header_index >= len(records):
        raise CockpitError("import_empty", file=path.name)
    headers = [cell.strip() for cell in records[header_index]]
    filled = [h for h in headers if h]
    if C.header_score(headers) == 0:
        width = len(records[header_index])
        same_width = sum(1 for r in records[header_index:] if len(r) == width)
        if len(filled) < 2 or same_width < 2:
            raise CockpitError("import_not_a_table", file=path.name)
    # physical lines up to and including the header (DuckDB's ``skip``)
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar='"')
    for _ in range(header_index + 1):
        next(reader)
    skip = reader.line_num
    data = [r for r in records[header_index + 1:] if any(cell.strip() for cell in r)]
    fmt, kind = classify(headers, path.name)
    det = Detected(
        path=path, file_name=path.name, format=fmt, kind=kind, headers=headers, mapping={},
        unmapped=[], encoding=encoding, delimiter=delimiter, header_line=header_index + 1,
        size=size, checksum=digest, skip_lines=skip,
    )
    det.rows = [(header_index + 2 + i, r) for i, r in enumerate(data[:20])]
    det.extra["sample_has_data"] = bool(data)
    return det


# ---- XLSX -------------------------------------------------------------------------------------


def check_xlsx(path: Path) -> None:
    """Refuse macro workbooks, zip bombs and anything that is not an Excel workbook.

    The first call of every workbook read. Office Open XML (``.xlsx``) is checked as a zip
    archive; an old binary workbook (``.xls``, the company-page export as LinkedIn serves
    it) as an OLE2 compound file, which is not compressed and so cannot be a bomb.
    """
    with path.open("rb") as handle:
        magic = handle.read(8)
    if magic == OLE2_MAGIC:
        _check_xls(path)
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise CockpitError("import_not_a_table", file=path.name) from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise CockpitError("import_macros", file=path.name)
        if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            raise CockpitError("import_not_a_table", file=path.name)
        if "xl/workbook.bin" in names:
            raise CockpitError("import_unsupported_excel", file=path.name)
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > 1024 * 1024 and info.file_size > XLSX_MAX_RATIO * max(info.compress_size, 1):
                raise CockpitError("import_unsafe_xlsx", file=path.name)
        if total > XLSX_MAX_UNPACKED:
            raise CockpitError("import_unsafe_xlsx", file=path.name)
        try:
            content_types = archive.read("[Content_Types].xml")[:200000].decode("utf-8", "replace")
        except KeyError:
            raise CockpitError("import_not_a_table", file=path.name) from None
        if "macroEnabled" in content_types:
            raise CockpitError("import_macros", file=path.name)
        if "<!ENTITY" in content_types or "<!DOCTYPE" in content_types:
            raise CockpitError("import_unsafe_xlsx", file=path.name)
        guards.check_workbook_bounds(archive, path.name)


def _check_xls(path: Path) -> None:
    """An OLE2 file must hold a workbook stream and no VBA project (names are UTF-16LE)."""
    data = path.read_bytes()
    if "_VBA_PROJECT".encode("utf-16-le") in data or "Macros".encode("utf-16-le") in data:
        raise CockpitError("import_macros", file=path.name)
    if "Workbook".encode("utf-16-le") not in data and "Book".encode("utf-16-le") not in data:
        raise CockpitError("import_not_a_table", file=path.name)


def read_workbook(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows as stored values (formulas are never evaluated), ``.xlsx`` or ``.xls``.

    Read by python-calamine, which never trusts a sheet's declared dimensions (LinkedIn
    declares ``<dimension ref="A1"/>`` whatever a sheet holds) and parses no XML entities.
    Empty cells are None, whole numbers int, date cells datetime — as openpyxl gave them.
    Row i of a sheet (0-based) is worksheet row i + 1: leading empty rows are kept.
    """
    check_xlsx(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # noqa: BLE001 - any parser failure means the file is unreadable
        raise CockpitError("import_unreadable", file=path.name, detail=type(exc).__name__) from None
    try:
        sheets = {}
        for title in workbook.sheet_names:
            rows = [tuple(_cell(v) for v in row)
                    for row in workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)]
            while rows and not any(filled(v) for v in rows[-1]):
                rows.pop()
            sheets[title] = rows
        return sheets
    except Exception as exc:  # noqa: BLE001
        raise CockpitError("import_unreadable", file=path.name, detail=type(exc).__name__) from None
    finally:
        workbook.close()


def _cell(value: Any) -> Any:
    if value == "" and isinstance(value, str):
        return None
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if type(value) is date:
        return datetime(value.year, value.month, value.day)
    return value


def filled(value: Any) -> bool:
    """Whether a cell holds something (not empty, not only spaces)."""
    return value is not None and not (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str | None:
    """A cell as the text the SQL parsers expect (ISO dates, plain integers)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%Y-%m-%d")
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


def find_header_row(rows: list[tuple[Any, ...]]) -> int:
    records = [[cell_text(v) or "" for v in row] for row in rows[:15]]
    return _find_header(records)


def detect_xlsx(path: Path, size: int, digest: str,
                recognise: Callable[[Path, dict[str, list[tuple[Any, ...]]]], Detected | None],
                table_format: Callable[[str], str]) -> Detected:
    """A workbook: a layout ``recognise(path, sheets)`` knows, else the sheet that looks most like a
    table, its format ``table_format(kind of its rows)``."""
    sheets = read_workbook(path)
    if not any(rows for rows in sheets.values()):
        raise CockpitError("import_empty", file=path.name)
    special = recognise(path, sheets)
    if special is not None:
        special.size, special.checksum = size, digest
        return special
    # a plain table: the sheets whose header rows name the columns best (see ingest/workbook.py)
    plan = workbook.plan_workbook(sheets, find_header_row, cell_text)
    if plan is None:
        raise CockpitError("import_not_a_table", file=path.name)
    first = plan.tables[0]
    det = Detected(
        path=path, file_name=path.name, format=table_format(first.kind), kind=first.kind, headers=first.headers,
        mapping={}, unmapped=[], sheet=first.title, header_line=first.header_index + 1, size=size, checksum=digest,
    )
    det.rows = plan.rows
    det.extra.update(workbook.report_extra(plan))
    return det


def utf8_copy(det: Detected) -> Path:
    """A path DuckDB can read as UTF-8 (the file itself, or a transcoded temporary copy)."""
    if det.utf8_path is None:
        if det.encoding in ("utf-8", "utf-8-sig"):
            det.utf8_path = det.path
        else:
            det.utf8_path = _transcode(det.path, det.encoding or "cp1252")
    return det.utf8_path


_AUTHOR_FROM_NAME = re.compile(
    r"^(?:content|aggregate ?analytics|(?:single ?)?post ?analytics|post|posts|inhalt|analytics)[_ -]+"
    r"(?:\d{4}-\d{2}-\d{2}[_ -]+){0,2}(.+?)(?:[_ -]+\d{6,}|(?:[_ -]+\d{4}-\d{2}-\d{2}){1,2})?$",
    re.I,
)


def author_from_file_name(name: str) -> str | None:
    """'Content_2023-01-01_2023-06-30_AnnaMueller.xlsx' -> 'Anna Mueller'.

    Also ``AggregateAnalytics_<Name>_<start>_<end>`` (since 2026), ``PostAnalytics_<Name>_<id>``
    and ``SinglePostAnalytics_<Name>_<id>``.
    """
    stem = re.sub(r"\s*\(\d+\)$", "", Path(name).stem)  # a browser's "(1)" for a second download
    match = _AUTHOR_FROM_NAME.match(stem)
    if not match:
        return None
    raw = match.group(1)
    raw = re.sub(r"[_]+", " ", raw)
    raw = re.sub(r"(?<=[a-zäöüß])(?=[A-ZÄÖÜ])", " ", raw)
    raw = re.sub(r"\s+", " ", raw).strip()
    if not raw or raw.replace(" ", "").isdigit():
        return None
    return raw


def dates_in_file_name(name: str) -> list[date]:
    """The ISO dates a file's name holds, in order ('Content_2023-01-01_2023-06-30_X' -> two days)."""
    out = []
    for year, month, day in re.findall(r"(\d{4})-(\d{2})-(\d{2})", Path(name).stem):
        try:
            out.append(date(int(year), int(month), int(day)))
        except ValueError:
            continue
    return out


def export_end_from_file_name(name: str) -> date | None:
    """The last day a member export covers, from its name (the later of the two dates in it)."""
    days = dates_in_file_name(name)
    return max(days) if days else None


def window_from_file_name(name: str) -> tuple[date, date] | None:
    """The first and last day a member export covers, from its name ('…_2026-01-01_2026-03-31'); None
    unless the name holds two dates."""
    days = dates_in_file_name(name)
    return (min(days), max(days)) if len(days) == 2 else None

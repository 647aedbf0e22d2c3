"""The registry of file formats: what each format is, how it is recognised, what it needs.

Each :class:`Format` declares its kind, whether it needs an author, whether it has a column
mapping the user may change, the columns a mapping must give, and — for LinkedIn's layouts —
a recogniser that scores a workbook's or a CSV's content. :func:`sniff` asks every recogniser
and takes the highest score; formats with a ``refusal`` are recognised only to be refused with
a message that says what the file is and which file to take instead. Decisions about formats
(needs an author? mapped? which columns are required?) are asked of the registry, never made
by comparing format names.

Imports: this module uses :mod:`analytics.ingest.sources` (reading files safely) and
:mod:`analytics.ingest.linkedin` (LinkedIn's layouts); neither imports this one or the other's
importer, so there is no import cycle.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analytics.errors import CockpitError
from analytics.ingest import columns as C
from analytics.ingest import linkedin
from analytics.ingest.sources import (
    OLE2_MAGIC,
    ChecksumJob,
    Detected,
    check_size,
    detect_csv,
    detect_xlsx,
    sample_encoding,
)
from analytics.literal import escaped_controls

Sheets = dict[str, list[tuple[Any, ...]]]
# the columns a file of each kind must give (a mapping the user chooses may change the kind)
REQUIRED = {"posts": ("date",), "roster": ("name",), "applicants": ("name",), "outcomes": ("date", "type")}


@dataclass(frozen=True)
class Format:
    """One kind of file the importer knows."""

    name: str
    kind: str
    container: str  # "workbook" or "csv"
    author: str = "never"  # "always", "unless_column" (no author column mapped) or "never"
    mapped: bool = False  # has a column mapping the user may change
    required: bool = True  # the kind's REQUIRED columns must be mapped (LinkedIn layouts have fixed columns)
    recognise_workbook: Callable[[Path, Sheets], linkedin.Match | None] | None = None
    recognise_csv: Callable[[set[str]], int] | None = None  # normalised headers -> score (0: not this format)
    refusal: str | None = None  # a message key: recognised, never imported
    columns: tuple[str, ...] | None = None  # the only canonical columns a proposed mapping may use
    utc_times: bool = False  # times are UTC (shown in Munich time)
    quoted_paragraphs: bool = False  # texts carry stray quote marks around paragraphs (cleaned)
    window_in_name: bool = False  # the file name ends with the period it covers ("…_2025-04-01_2026-03-31")
    # what an import of it covers (analytics.ingest.kinds.coverage): "window" (its person for the export's
    # window), "posts" (its person from the first to the last post), "months" (the calendar months from the
    # first to the last post), "post" (one post, no days), "page" (the company page); None: no time at all
    covers: str | None = None


def _headers_are(*names: str) -> Callable[[set[str]], int]:
    wanted = {C.normalise_header(n) for n in names}
    return lambda norms: len(wanted) if norms == wanted else 0


def _headers_include(*names: str) -> Callable[[set[str]], int]:
    wanted = {C.normalise_header(n) for n in names}
    return lambda norms: len(wanted) if wanted <= norms else 0


REGISTRY: tuple[Format, ...] = (
    Format("linkedin_member_analytics", "posts", "workbook", author="always",
           recognise_workbook=linkedin.recognise_member, required=False, window_in_name=True, covers="window"),
    Format("linkedin_single_post", "posts", "workbook", author="always",
           recognise_workbook=linkedin.recognise_single_post, required=False, covers="post"),
    Format("linkedin_page_export", "page_posts", "workbook", recognise_workbook=linkedin.recognise_page_export,
           required=False, covers="page"),
    Format("linkedin_page_followers", "page_followers", "workbook",
           recognise_workbook=linkedin.recognise_page_followers, required=False, covers="page"),
    Format("linkedin_page_visitors", "page_visitors", "workbook", recognise_workbook=linkedin.recognise_visitors,
           refusal="import_linkedin_visitors"),
    # the archive's Shares.csv: the member's own posts, without figures
    Format("linkedin_shares", "posts", "csv", author="always", mapped=True,
           recognise_csv=_headers_include("ShareLink", "ShareCommentary"),
           columns=("date", "link", "text", "media_type"), utc_times=True, quoted_paragraphs=True, covers="posts"),
    Format("linkedin_reactions", "reactions", "csv", recognise_csv=_headers_are("Date", "Type", "Link"),
           refusal="import_linkedin_reactions"),
    Format("linkedin_comments", "comments", "csv", recognise_csv=_headers_are("Date", "Link", "Message"),
           refusal="import_linkedin_comments"),
    # plain tables: recognised by their headers (columns.guess_kind), after LinkedIn's layouts
    Format("controlling_csv", "posts", "csv", author="unless_column", mapped=True, covers="months"),
    Format("controlling_xlsx", "posts", "workbook", author="unless_column", mapped=True, covers="months"),
    Format("roster", "roster", "table", mapped=True),
    Format("applicants", "applicants", "table", mapped=True),
    Format("outcomes", "outcomes", "table", mapped=True),
)
BY_NAME = {fmt.name: fmt for fmt in REGISTRY}
AUTHOR_FORMATS = tuple(f.name for f in REGISTRY if f.author == "always")
TABLE_FORMATS = tuple(f.name for f in REGISTRY if f.mapped)
# each format's and kind's name for people (import page, history, messages); refused formats have none
FORMAT_TEXT_KEYS = {
    "linkedin_member_analytics": "format_linkedin_member_analytics",
    "linkedin_single_post": "format_linkedin_single_post",
    "linkedin_page_export": "format_linkedin_page_export",
    "linkedin_page_followers": "format_linkedin_page_followers",
    "linkedin_shares": "format_linkedin_shares",
    "controlling_csv": "format_controlling_csv",
    "controlling_xlsx": "format_controlling_xlsx",
    "roster": "format_roster",
    "applicants": "format_applicants",
    "outcomes": "format_outcomes",
    "ledger": "format_ledger",  # an outcome entered on the impact page
}
KIND_TEXT_KEYS = {
    "posts": "kind_posts", "page_posts": "kind_page_posts", "page_followers": "kind_page_followers",
    "roster": "kind_roster", "applicants": "kind_applicants", "outcomes": "kind_outcomes", "ledger": "kind_ledger",
}


def format_of(name: str) -> Format:
    """The registered format of this name."""
    return BY_NAME[name]


def table_format(kind: str, *, csv: bool) -> str:
    """The plain-table format for a kind of rows (a controlling sheet is CSV or workbook)."""
    if kind == "posts":
        return "controlling_csv" if csv else "controlling_xlsx"
    return kind


def required_missing(det: Detected) -> list[str]:
    """The columns this file must give and its mapping does not (empty for fixed LinkedIn layouts)."""
    if not format_of(det.format).required:
        return []
    used = set(det.mapping.values())
    if used & {"first_name", "last_name"}:  # separate first and last names make the name
        used.add("name")
    return [c for c in REQUIRED.get(det.kind, ()) if c not in used]


def needs_author(det: Detected) -> bool:
    """Whether importing this file needs the name of the person whose posts it holds."""
    rule = format_of(det.format).author
    return rule == "always" or (rule == "unless_column" and "author" not in det.mapping.values())


def _refuse(fmt: Format, path: Path) -> None:
    raise CockpitError(fmt.refusal or "import_not_a_table", file=path.name)


def recognise_workbook(path: Path, sheets: Sheets) -> Detected | None:
    """The LinkedIn layout with the highest score, or None for a plain table."""
    best: tuple[int, Format, Callable[[], Detected]] | None = None
    for fmt in REGISTRY:
        if fmt.recognise_workbook is None:
            continue
        match = fmt.recognise_workbook(path, sheets)
        if match is not None and (best is None or match[0] > best[0]):
            best = (match[0], fmt, match[1])
    if best is None:
        return None
    if best[1].refusal:
        _refuse(best[1], path)
    det = best[2]()
    # nothing a file holds is dropped without the report saying so: the sheets not read
    read = {det.sheet} | det.extra.get("sheets_read", set())
    det.extra["unused_sheets"] = [title for title, rows in sheets.items()
                                  if title not in read and any(any(v is not None for v in row) for row in rows)]
    return det


def classify_csv(headers: list[str], file_name: str) -> tuple[str, str]:
    """(format, kind) of a CSV from its header row; refuses the archive's files that are not posts."""
    norms = {C.normalise_header(h) for h in headers if h.strip()}
    scored = [(fmt.recognise_csv(norms), fmt) for fmt in REGISTRY if fmt.recognise_csv is not None]
    score, fmt = max(scored, key=lambda item: item[0])
    if score:
        if fmt.refusal:
            _refuse(fmt, Path(file_name))
        return fmt.name, fmt.kind
    kind = C.guess_kind(headers)
    return table_format(kind, csv=True), kind


def sniff(path: str | os.PathLike[str], display_name: str | None = None) -> Detected:
    """Recognise a file by its content (format, kind, headers, rows or how to read them)."""
    path = Path(path)
    shown = escaped_controls(display_name or path.name)  # what the file is called wherever it is named
    try:
        size = check_size(path)
        with path.open("rb") as handle:
            magic = handle.read(8)
        if magic.startswith(b"PK\x03\x04") or magic == OLE2_MAGIC:
            det = detect_xlsx(path, size, "", recognise_workbook, lambda kind: table_format(kind, csv=False))
        else:
            det = detect_csv(path, size, "", sample_encoding(path), classify_csv)
    except CockpitError as exc:
        # refusals name the file as the user knows it, not the temporary copy of an upload
        if "file" in exc.params:
            exc.params["file"] = shown
        raise
    det.file_name = shown
    det.checksum_job = ChecksumJob(path)
    return det

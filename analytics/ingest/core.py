"""Importing one file: detect → plan → stage → load → report, in one transaction.

- **detect** (:func:`detect`): what the file is — format, kind, headers, column mapping;
- **plan**: the kinds it feeds (:func:`analytics.ingest.kinds.of_file`), once the columns a
  kind needs and the author are there;
- **stage**: each kind reads its rows, outside the transaction (DuckDB reads a CSV into
  temporary tables, and a failed read must not abort a transaction);
- **load**: each kind writes its rows inside one transaction, keeping what it changes for undo;
- **report** (:class:`FileReport`): the totals, each kind's counts in its own words, the
  rejected rows and everything the file held that was not used.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from analytics import store
from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.ingest import columns as C
from analytics.ingest import demo, formats, kinds, notices, posts
from analytics.ingest.formats import AUTHOR_FORMATS, FORMAT_TEXT_KEYS, TABLE_FORMATS, format_of, sniff
from analytics.ingest.kinds.base import Progress
from analytics.ingest.sources import Detected, author_from_file_name, cell_text, export_end_from_file_name
from analytics.ingest.workbook import sheet_line
from analytics.people import normalise_name

# the steps import_file reports to ``progress``, in order, and their words for people (step_label())
STEP_TEXT_KEYS = {"detect": "ingest_step_detect", "read": "ingest_step_read", "parse": "ingest_step_parse",
                  "upsert": "ingest_step_upsert", "done": "ingest_step_done"}
STEPS = tuple(STEP_TEXT_KEYS)

__all__ = [
    "AUTHOR_FORMATS", "TABLE_FORMATS", "FileReport", "detect", "import_file", "save_mapping", "saved_mapping",
    "step_label", "STEPS",
]


@dataclass
class FileReport:
    """What importing one file did (or would do, for a dry run)."""

    file: str
    format: str
    kind: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)  # {"line", "reason"}
    warnings: list[str] = field(default_factory=list)  # texts in the user's language
    # posts that may be one post under two LinkedIn ids: {"line", "post_key", "candidates": [post_key, …]}
    possible_duplicates: list[dict[str, Any]] = field(default_factory=list)
    import_id: int | None = None
    checksum: str = ""
    dry_run: bool = False
    unmapped_columns: list[str] = field(default_factory=list)  # headers of columns that were not used
    # roster and applicants: how many people have each attribute known (see roster.PeopleBatch.summary)
    attributes: dict[str, Any] | None = None
    # a workbook of several sheets: [{"sheet", "rows", "rejected"}] in the order imported
    sheets: list[dict[str, Any]] | None = None
    # each kind of rows the file fed, with its own counts: [{"kind", "unit", "rows", "inserted", "updated",
    # "unchanged", "rejected", …}] ("known_as_author" for a roster), and what they say in the user's words
    kinds: list[dict[str, Any]] = field(default_factory=list)
    summary: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``python -m analytics import``."""
        data = asdict(self)
        data["rejected"] = [{key: r[key] for key in ("line", "reason", "sheet") if key in r} for r in self.rejected]
        for key in ("import_id", "checksum", "dry_run"):
            data.pop(key)
        for key in ("attributes", "sheets"):
            if data[key] is None:
                data.pop(key)
        return data


class _DryRun(Exception):
    pass


def step_label(step: str, lang: str = "de") -> str:
    """The text shown for a progress step (one of :data:`STEPS`) in the user's language."""
    return t(STEP_TEXT_KEYS[step], lang)


# ---- column mappings ------------------------------------------------------------------------------


def saved_mapping(cur, headers: list[str]) -> dict[str, str] | None:
    """A mapping the user chose before for a file with the same headers."""
    row = cur.execute(
        "SELECT mapping FROM column_mappings WHERE header_signature = ?", [C.header_signature(headers)]
    ).fetchone()
    return json.loads(row[0]) if row else None


def save_mapping(cur, headers: list[str], mapping: dict[str, str | None]) -> None:
    """Remember a column mapping (header -> canonical column, or None to ignore) for these headers."""
    _check_mapping(mapping)
    with store.transaction(cur):
        cur.execute(
            "INSERT OR REPLACE INTO column_mappings (header_signature, mapping) VALUES (?, ?)",
            [C.header_signature(headers), C.mapping_json(mapping)],
        )


def _check_mapping(mapping: dict[str, str | None]) -> None:
    for column in mapping.values():
        if column is not None and column not in C.ALL_COLUMNS:
            raise CockpitError("import_bad_mapping", column=column)


def _kind_from_mapping(mapping: dict[str, str | None], default: str) -> str:
    used = {c for c in mapping.values() if c}
    if used & {"link", "text", "reactions", "comments", "reposts", "impressions", "clicks", "author"}:
        return "posts"
    if "selected" in used:
        return "applicants"
    if "type" in used and "date" in used:
        return "outcomes"
    attributes = {"birth_year", "age", "age_band", "gender", "profession", "department", "experience", "cohort",
                  "joined_on", "left_on"}
    if used & {"name", "first_name", "last_name"} and used & attributes:
        return "roster"
    return default


# ---- detection --------------------------------------------------------------------------------------


def detect(path: str | os.PathLike[str], cur=None, *, mapping: dict[str, str | None] | None = None,
           display_name: str | None = None) -> Detected:
    """Recognise a file: format, kind, headers, proposed mapping, unmapped headers, preview.

    Refusals (empty, not a table, too large, macros …) raise :class:`CockpitError`. With a
    cursor, a mapping saved for the same headers is used, and the author proposed from the
    file name is matched to the roster.
    """
    det = sniff(path, display_name)
    if det.format in TABLE_FORMATS:
        chosen = mapping
        if chosen is None and cur is not None:
            chosen = saved_mapping(cur, det.headers)
        if chosen is not None:
            _check_mapping(chosen)
            det.kind = _kind_from_mapping(chosen, det.kind)
            if format_of(det.format).recognise_csv is None:  # a plain table: the mapping decides its kind
                det.format = formats.table_format(det.kind, csv=det.delimiter is not None)
            det.mapping = {h: chosen[h] for h in det.headers if chosen.get(h)}
        else:
            match = C.match(det.headers, det.kind)
            det.mapping = {h: match.mapping[h] for h in det.headers if h in match.mapping}
            det.extra["header_ties"] = match.ties
            allowed = format_of(det.format).columns
            if allowed is not None:
                det.mapping = {h: c for h, c in det.mapping.items() if c in allowed}
        det.unmapped = [h for h in det.headers if h and h not in det.mapping]
        columns = list(det.mapping.values())
        det.preview = pd.DataFrame(
            [[_preview_value(row, det.headers.index(h)) for h in det.mapping] for _line, row in det.rows[:20]],
            columns=columns, dtype=object,
        )
    else:
        names = det.extra.get("preview_columns", [])
        det.preview = pd.DataFrame([[cell_text(v) for v in row] for _l, row in det.rows[:20]],
                                   columns=names, dtype=object)
    if det.proposed_author is None and det.format in AUTHOR_FORMATS:
        det.proposed_author = author_from_file_name(det.file_name)
    if det.proposed_author and cur is not None:
        det.proposed_author = match_roster_name(cur, det.proposed_author)
    return det


def _preview_value(row: list[Any], index: int) -> Any:
    return cell_text(row[index]) if index < len(row) else None


def _fold(name: str) -> str:
    return C.fold_umlauts(normalise_name(name)).replace(" ", "").replace("-", "")


def match_roster_name(cur, proposed: str) -> str:
    """The roster's spelling of a name guessed from a file name ('AnnaMueller' -> 'Anna Müller')."""
    wanted = _fold(proposed)
    for (name,) in cur.execute("SELECT name FROM influencers ORDER BY in_roster DESC, influencer_id").fetchall():
        if _fold(name) == wanted:
            return name
    return proposed


# ---- importing -------------------------------------------------------------------------------------


def import_file(cur, path: str | os.PathLike[str], *, author: str | None = None,
                mapping: dict[str, str | None] | None = None, strict: bool = False,
                display_name: str | None = None, dry_run: bool = False,
                progress: Progress | None = None, lang: str = "de", clear_demo: bool = False) -> FileReport:
    """Import one file in one transaction and report what happened.

    ``clear_demo`` removes the demo data in the same transaction, so a killed server leaves
    either the demo or the imported file, never neither.

    ``author`` names whose posts a LinkedIn member export (or a sheet without an author
    column) holds. ``mapping`` (header -> canonical column) overrides the recognised one.
    ``strict`` refuses the file when any row is rejected. ``dry_run`` computes the report and
    rolls everything back. Refusals raise :class:`CockpitError`; the workspace is unchanged.
    """
    step = progress or (lambda fraction, what: None)
    step(0.0, "detect")
    det = detect(path, cur, mapping=mapping, display_name=display_name)
    try:
        planned = _plan(det, author)
        report = FileReport(file=det.file_name, format=det.format, kind=det.kind, dry_run=dry_run)
        try:
            step(0.1, "read")
            staged = _stage(cur, det, planned, author, step)
            report.checksum = det.wait_checksum()
            with store.transaction(cur):
                if clear_demo:
                    demo.remove_demo(cur)
                load = kinds.Load(_record_import(cur, det, report.checksum, author), det.file_name, author,
                                  lang=lang)
                report.import_id = load.import_id
                step(0.6, "upsert")
                loaded = [(kind, kind.load(cur, rows, load)) for kind, rows in staged]
                _report(report, det, loaded, lang, strict)
                _finish_import(cur, report, load.snapshot)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            report.import_id = None
        finally:
            _drop_temp(cur)
        step(1.0, "done")
        return report
    finally:
        det.cleanup()


def _plan(det: Detected, author: str | None) -> list[kinds.Kind]:
    """The kinds the file feeds; refused when its mapping lacks a required column, or when it
    needs an author and has none."""
    missing = formats.required_missing(det)
    if missing:
        used = set(det.mapping.values())
        if missing[0] == "date":
            raise CockpitError("import_no_date_column", file=det.file_name, columns=", ".join(sorted(used)) or "–")
        if missing[0] == "type":
            raise CockpitError("import_no_type_column", file=det.file_name)
        raise CockpitError("import_no_name_column", file=det.file_name)
    if formats.needs_author(det) and not author:
        if det.proposed_author:
            raise CockpitError("import_author_required_suggested", file=det.file_name,
                               format=t(FORMAT_TEXT_KEYS[det.format], "en"), author=det.proposed_author)
        raise CockpitError("import_author_required", file=det.file_name,
                           format=t(FORMAT_TEXT_KEYS[det.format], "en"))
    return kinds.of_file(det)


def _stage(cur, det: Detected, planned: list[kinds.Kind], author: str | None,
           step: Progress) -> list[tuple[kinds.Kind, Any]]:
    """Each kind's rows of the file, read outside the transaction; kinds the file has no rows of drop out."""
    staged = []
    for kind in planned:
        rows = kind.stage(cur, det, author, step)
        if rows is not None:
            staged.append((kind, rows))
    return staged


def _record_import(cur, det: Detected, checksum: str, author: str | None) -> int:
    """The file's entry in the import history (its counts follow when it is loaded); its id."""
    covers = export_end_from_file_name(det.file_name) if format_of(det.format).window_in_name else None
    return cur.execute(
        "INSERT INTO imports (file_name, checksum, format, kind, author, covers_until) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING import_id",
        [det.file_name, checksum, det.format, det.kind, author, covers],
    ).fetchone()[0]


def _report(report: FileReport, det: Detected, loaded: list[tuple[kinds.Kind, kinds.Loaded]], lang: str,
            strict: bool) -> None:
    """What the kinds did, as one report: totals, each kind's counts, rejections, warnings.

    Refuses (rolling the import back) a file none of whose rows could be read, and in
    ``strict`` mode a file with any rejected row.
    """
    report.warnings += _unused_warnings(det, lang)
    rejected = []
    for kind, result in loaded:
        if not kind.reported:
            continue
        report.rows += result.rows
        report.inserted += result.inserted
        report.updated += result.updated
        report.unchanged += result.unchanged
        report.warnings += result.warnings
        report.possible_duplicates += result.possible_duplicates
        if result.attributes is not None:
            report.attributes = result.attributes
        for key, lines in result.lines.items():
            det.extra.setdefault(key, []).extend(lines)
        rejected += result.rejected
        report.kinds.append(result.entry(kind.unit))
    report.summary = notices.summary(report, lang)
    report.rejected = [
        {"line": line, "reason": _reason(key, params, lang), "key": key, "params": params}
        for line, key, params in sorted(rejected, key=lambda r: r[0])
    ]
    _sheet_lines(det, report)
    report.unmapped_columns = list(det.unmapped)
    report.warnings += notices.for_file(det, report, lang)
    _refuse_all_rejected(det, report, lang)
    if strict and report.rejected:
        first = report.rejected[0]
        raise CockpitError("import_strict_rejected", file=det.file_name, count=len(report.rejected),
                           line=first["line"], reason=first["reason"])


def _finish_import(cur, report: FileReport, snapshot: dict[str, list]) -> None:
    """The import's counts into the history, and what it changed into its undo snapshot."""
    cur.execute(
        "UPDATE imports SET rows = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, kinds = ? "
        "WHERE import_id = ?",
        [report.rows, report.inserted, report.updated, report.unchanged, len(report.rejected),
         json.dumps(report.kinds), report.import_id],
    )
    if snapshot:
        cur.execute("INSERT OR REPLACE INTO import_undo (import_id, snapshot) VALUES (?, ?)",
                    [report.import_id, json.dumps(snapshot, default=str)])


def _reason(key: str, params: dict[str, Any], lang: str) -> str:
    params = dict(params)
    if "column" in params:
        params["column"] = t(C.COLUMN_TEXT_KEYS[params["column"]], lang)
    return t(key, lang, **params)


def _sheet_lines(det: Detected, report: FileReport) -> None:
    """A workbook of several sheets: each rejected row names its sheet and line there; rows per sheet."""
    titles = det.extra.get("sheet_titles", [])
    if len(titles) < 2:
        return
    for entry in report.rejected:
        entry["sheet"], entry["line"] = sheet_line(entry["line"], titles)
    rejected = {title: 0 for title in titles}
    for entry in report.rejected:
        rejected[entry["sheet"]] += 1
    report.sheets = [{"sheet": title, "rows": rows, "rejected": rejected[title]}
                     for title, rows in det.extra["sheet_rows"]]


def _refuse_all_rejected(det: Detected, report: FileReport, lang: str) -> None:
    """A file none of whose data rows could be read is refused, naming the first reasons."""
    lines = {r["line"] for r in report.rejected}
    if not report.rows or len(lines) < report.rows:
        return
    reasons = "; ".join(t("import_reason_at", lang, line=r["line"], reason=r["reason"]) for r in report.rejected[:3])
    raise CockpitError("import_all_rejected", file=det.file_name, count=len(lines), reasons=reasons)


def _unused_warnings(det: Detected, lang: str) -> list[str]:
    """What a LinkedIn export holds that the cockpit does not keep: sheets, and rows of the sheet read."""
    out = []
    if det.extra.get("unused_sheets"):
        quote = "„{}“" if lang == "de" else "“{}”"
        out.append(t("import_warn_unused_sheets", lang,
                     sheets=", ".join(quote.format(name) for name in det.extra["unused_sheets"])))
    lines = det.extra.get("unused_lines")
    if lines:
        ranges, start = [], lines[0]
        for previous, line in zip(lines, [*lines[1:], None], strict=True):
            if line != previous + 1:
                ranges.append(str(start) if start == previous else f"{start}–{previous}")
                start = line
        out.append(t("import_warn_unused_lines", lang, sheet=det.sheet or "", lines=", ".join(ranges)))
    return out


def _drop_temp(cur) -> None:
    try:
        posts.drop_temp(cur)
    except Exception:  # noqa: BLE001, S110 - best effort; temp tables die with the connection anyway
        pass

"""Importing one file: detect, stage, validate, upsert — in one transaction, with a report."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analytics import store
from analytics.errors import CockpitError
from analytics.i18n import t
from analytics.ingest import columns as C
from analytics.ingest import formats, notices, page, posts, roster
from analytics.ingest.formats import AUTHOR_FORMATS, FORMAT_TEXT_KEYS, TABLE_FORMATS, format_of, sniff
from analytics.ingest.sources import (
    Detected,
    _filled,
    author_from_file_name,
    cell_text,
    export_end_from_file_name,
    utf8_copy,
)
from analytics.ingest.workbook import is_totals_row, sheet_line
from analytics.people import normalise_name

Progress = Callable[[float, str], None]
# the steps import_file reports to ``progress``, in order, and their words for people (step_label())
STEP_TEXT_KEYS = {"detect": "ingest_step_detect", "read": "ingest_step_read", "parse": "ingest_step_parse",
                  "upsert": "ingest_step_upsert", "done": "ingest_step_done"}
STEPS = tuple(STEP_TEXT_KEYS)

__all__ = [
    "AUTHOR_FORMATS", "TABLE_FORMATS", "FileReport", "detect", "import_file", "undo_last_import",
    "last_undoable_import", "save_mapping", "saved_mapping", "step_label", "STEPS",
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
                  "joined_on"}
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


def _reason(key: str, params: dict[str, Any], lang: str) -> str:
    params = dict(params)
    if "column" in params:
        params["column"] = t(C.COLUMN_TEXT_KEYS[params["column"]], lang)
    return t(key, lang, **params)


def _count_problem(value: str) -> str:
    text = value.strip()
    if text[:1] in ("-", "−"):
        return "reject_negative"
    if re.fullmatch(r"[0-9]+[.,][0-9]{3} ?(?:[Tt]sd\.?|[Kk]|[Mm]io\.?|[Mm])", text):
        return "reject_ambiguous_number"  # '1.234 Tsd.': a thousand and a quarter, or 1.234 million?
    digits = text.replace(".", "").replace(",", "").replace(" ", "")
    if digits.isdigit() and len(digits) >= 10:
        return "reject_too_large"
    return "reject_not_a_number"


def _records(det: Detected, columns: Iterable[str]) -> list[tuple[int, dict[str, Any]]]:
    """Rows of a Python-read table as (line, {canonical: raw value}) for the mapped columns."""
    wanted = set(columns)
    positions = {}
    for index, header in enumerate(det.headers):
        canonical = det.mapping.get(header)
        if canonical in wanted and canonical not in positions:
            positions[canonical] = index
    out = []
    for line, row in det.rows:
        record = {c: (row[i] if i < len(row) else None) for c, i in positions.items()}
        if any(_filled(v) for v in record.values()):
            out.append((line, record))
    return out


def _require(det: Detected, author: str | None) -> None:
    """Refuse a file whose mapping lacks a required column, or that needs an author and has none."""
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
        _require(det, author)
        report = FileReport(file=det.file_name, format=det.format, kind=det.kind, dry_run=dry_run)
        report.warnings += _unused_warnings(det, lang)
        try:
            # DuckDB reads CSV files into temporary tables first, outside the transaction: a
            # failed read (retried with the lenient reader) must not abort the transaction
            step(0.1, "read")
            staged = _stage(cur, det)
            report.checksum = det.wait_checksum()
            with store.transaction(cur):
                if clear_demo:
                    store.remove_demo(cur)
                covers = export_end_from_file_name(det.file_name) if format_of(det.format).window_in_name else None
                import_id = cur.execute(
                    "INSERT INTO imports (file_name, checksum, format, kind, author, covers_until) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING import_id",
                    [det.file_name, report.checksum, det.format, det.kind, author, covers],
                ).fetchone()[0]
                report.import_id = import_id
                snapshot: dict[str, list] = {}
                rejected = _run(cur, det, staged, import_id, author, report, snapshot, step, lang)
                if det.kind == "posts" and (told_apart := posts.told_apart_by_position(cur)):
                    report.warnings.append(t("import_told_apart", lang, n=told_apart))
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
                cur.execute(
                    "UPDATE imports SET rows = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ? "
                    "WHERE import_id = ?",
                    [report.rows, report.inserted, report.updated, report.unchanged, len(report.rejected), import_id],
                )
                if snapshot:
                    cur.execute("INSERT OR REPLACE INTO import_undo (import_id, snapshot) VALUES (?, ?)",
                                [import_id, json.dumps(snapshot, default=str)])
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


def _stage(cur, det: Detected) -> list[tuple[int, dict[str, Any]]] | None:
    """Read a CSV: posts straight into ``_ic_parsed``, people into Python records."""
    if det.kind in ("roster", "applicants", "outcomes"):
        return _people_records(cur, det)
    if det.delimiter is not None:  # a CSV of posts
        posts.define_macros(cur)
        _read_csv(det, lambda path: posts.parse_csv(
            cur, path, det.delimiter or ";", det.skip_lines, det.headers, det.mapping, det.header_line + 1,
            utc=format_of(det.format).utc_times))
    return None


def _read_csv(det: Detected, read: Callable[[Path], None]) -> None:
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


def _run(cur, det: Detected, staged, import_id: int, author: str | None, report: FileReport,
         snapshot: dict[str, list], step: Progress, lang: str) -> list[tuple[int, str, dict[str, Any]]]:
    if det.kind == "page_followers":
        days = det.extra["page_followers"]
        report.rows = len(days)
        if not days:
            raise CockpitError("import_no_rows", file=det.file_name)
        step(0.5, "upsert")
        _add(report, roster.load_page_followers(cur, import_id, days, snapshot))
        return []
    if det.kind in ("roster", "applicants", "outcomes"):
        records = staged
        report.rows = len(records)
        if not records:
            raise CockpitError("import_no_rows", file=det.file_name)
        step(0.5, "upsert")
        if det.kind in ("roster", "applicants"):
            experience_header = next((h for h, c in det.mapping.items() if c == "experience"), None)
            batch = roster.read_people(records, det.kind, experience_header)
            load = roster.load_roster if det.kind == "roster" else roster.load_applicants
            counts = load(cur, import_id, batch, snapshot)
            report.attributes = batch.summary()
            rejected = batch.rejected
        else:
            counts, rejected = roster.load_outcomes(cur, import_id, records)
        _add(report, counts)
        return rejected
    if det.kind == "page_posts":
        return _run_page_posts(cur, det, import_id, report, snapshot, step)
    # posts: a CSV was read and parsed by _stage
    fmt = format_of(det.format)
    step(0.4, "parse")
    if det.delimiter is None:
        posts.define_macros(cur)
        if fmt.mapped:  # a plain workbook table
            posts.stage_rows(cur, [(line, {k: cell_text(v) for k, v in rec.items()})
                                   for line, rec in _records(det, C.POST_COLUMNS)])
            posts.parse_staged(cur)
        else:  # LinkedIn's layouts: records read by analytics.ingest.linkedin, dates M/D/Y
            posts.stage_rows(cur, det.extra["records"])
            posts.parse_staged(cur, slash_dmy=False)
    if fmt.quoted_paragraphs:
        posts.clean_share_quotes(cur)
    posts.finish_parse(cur, default_author=author)
    report.rows = det.extra.get("data_rows") or posts.staged_row_count(cur)
    if report.rows == 0:
        raise CockpitError("import_no_rows", file=det.file_name)
    step(0.6, "upsert")
    counts = posts.upsert_posts(cur, import_id)
    _add(report, counts)
    report.possible_duplicates = counts["possible_duplicates"]
    report.warnings += [t("import_warn_possible_duplicate", lang, line=item["line"], post_key=item["post_key"],
                          candidates=", ".join(item["candidates"])) for item in report.possible_duplicates]
    if det.extra.get("metrics"):
        posts.store_extra_metrics(cur, import_id, det.extra["metrics"], snapshot)
    rejected = []
    separators = posts.month_separator_lines(cur)
    if separators:
        det.extra["separator_rows"] = sorted(separators)
        report.rows -= len(separators)
    for line, reason, value in posts.rejected_rows(cur):
        if line in separators:
            continue
        if reason in ("reject_bad_date", "reject_month_only") and is_totals_row([value], cell_text):
            # a totals row of a CSV ('Summe;;;1.234'): named in the warnings, not a bad date
            det.extra.setdefault("totals_rows", []).append(line)
            report.rows -= 1
            continue
        rejected.append(_rejection(line, reason, value))
    followers = det.extra.get("followers")
    if followers and author:
        influencer_id = roster.influencer_for(cur, author, import_id)
        report.rows += len(followers)
        _add(report, roster.load_followers(cur, import_id, influencer_id, followers, snapshot))
    return rejected


def _rejection(line: int, reason: str, value: str | None) -> tuple[int, str, dict[str, Any]]:
    """A rejected row as the report names it: the line, the message key, the values it shows."""
    if reason.startswith("count:"):
        column = reason.split(":", 1)[1]
        return line, _count_problem(value or ""), {"column": column, "value": value}
    if reason in ("reject_bad_date", "reject_bad_time", "reject_month_only"):
        return line, reason, {"value": value}
    return line, reason, {}


def _run_page_posts(cur, det: Detected, import_id: int, report: FileReport, snapshot: dict[str, list],
                    step: Progress) -> list[tuple[int, str, dict[str, Any]]]:
    """The company page's content export: parsed like posts, kept in ``page_posts`` (see ingest.page)."""
    step(0.4, "parse")
    posts.define_macros(cur)
    posts.stage_rows(cur, page.page_records(det.extra["records"]))
    posts.parse_staged(cur, slash_dmy=False)
    posts.finish_parse(cur, default_author=page.PAGE_AUTHOR)
    report.rows = det.extra.get("data_rows") or posts.staged_row_count(cur)
    if report.rows == 0:
        raise CockpitError("import_no_rows", file=det.file_name)
    step(0.6, "upsert")
    _add(report, page.upsert_page_posts(cur, import_id, snapshot))
    rejected = []
    for line, reason, value in posts.rejected_rows(cur):
        rejected.append(_rejection(line, reason, value))
    return rejected


def _people_records(cur, det: Detected) -> list[tuple[int, dict[str, Any]]]:
    wanted = C.OUTCOME_COLUMNS if det.kind == "outcomes" else C.PEOPLE_COLUMNS
    if det.delimiter is None:
        return _records(det, wanted)
    # a CSV: let DuckDB read it (quoting, multi-line notes), then handle the few rows in Python
    _read_csv(det, lambda path: posts.stage_csv(cur, path, det.delimiter or ";", det.skip_lines, det.headers,
                                                det.mapping, det.header_line + 1, columns=tuple(wanted)))
    used = [c for c in wanted if c in det.mapping.values()]
    rows = cur.execute(f"SELECT line, {', '.join(used)} FROM _ic_stage ORDER BY line").fetchall()  # noqa: S608
    out = []
    for line, *values in rows:
        record = dict(zip(used, values, strict=True))
        if any(_filled(v) for v in record.values()):
            out.append((line, record))
    return out


def _add(report: FileReport, counts: dict[str, int]) -> None:
    report.inserted += counts["inserted"]
    report.updated += counts["updated"]
    report.unchanged += counts["unchanged"]


# ---- undo --------------------------------------------------------------------------------------------


def last_undoable_import(cur) -> tuple[int, str, str, Any] | None:
    """(import_id, file name, kind, time) of the newest import that can be undone, else None."""
    return cur.execute(
        "SELECT import_id, file_name, kind, imported_at FROM imports WHERE NOT undone AND kind <> 'demo' "
        "ORDER BY import_id DESC LIMIT 1"
    ).fetchone()


def undo_last_import(cur, import_id: int | None = None) -> dict[str, Any]:
    """Take back the last import that is not undone yet: remove what it added, restore what it changed.

    ``import_id`` names the import the user was shown: when another one is newer by now (another
    session imported meanwhile), nothing is undone and ``import_undo_newer`` says which.
    """
    with store.transaction(cur):
        row = last_undoable_import(cur)  # inside the writers' turn: no import can slip in between
        if row is None:
            raise CockpitError("import_nothing_to_undo")
        if import_id is not None and row[0] != import_id:
            shown = cur.execute("SELECT file_name FROM imports WHERE import_id = ?", [import_id]).fetchone()
            raise CockpitError("import_undo_newer", file=shown[0] if shown else "?", newer=row[1])
        import_id, file_name, kind, _ = row
        result = {"import_id": import_id, "file": file_name, "kind": kind, "removed": 0, "restored": 0}
        snap_row = cur.execute("SELECT snapshot FROM import_undo WHERE import_id = ?", [import_id]).fetchone()
        legacy_key = f"import_undo:{import_id}"  # where workspaces before schema 3 kept snapshots
        if snap_row is None:
            snap_row = cur.execute("SELECT value FROM meta WHERE key = ?", [legacy_key]).fetchone()
        snapshot = json.loads(snap_row[0]) if snap_row else {}
        result["restored"] += cur.execute(
            """
            UPDATE posts SET reactions = h.reactions, comments = h.comments, reposts = h.reposts,
                   impressions = h.impressions, clicks = h.clicks, text = h.text,
                   text_length = length(h.text), media_type = h.media_type,
                   engagements_total = h.engagements_total, updated_import_id = h.updated_import_id,
                   topic = h.topic,
                   published_at = coalesce(h.published_at, posts.published_at),
                   has_time = coalesce(h.has_time, posts.has_time)
            FROM post_history h WHERE h.import_id = ? AND posts.post_id = h.post_id
            """,
            [import_id],
        ).fetchone()[0]
        # ends_with_question follows the restored text
        posts.define_macros(cur)
        cur.execute(
            "UPDATE posts SET ends_with_question = _ic_question(text) "
            "WHERE post_id IN (SELECT post_id FROM post_history WHERE import_id = ?)",
            [import_id],
        )
        cur.execute("DELETE FROM post_history WHERE import_id = ?", [import_id])
        cur.execute(
            "DELETE FROM post_history WHERE post_id IN (SELECT post_id FROM posts WHERE import_id = ?)", [import_id]
        )
        for table in ("posts", "follower_counts", "page_followers", "outcomes", "applicants"):
            result["removed"] += cur.execute(
                f"DELETE FROM {table} WHERE import_id = ?", [import_id]  # noqa: S608 - fixed names
            ).fetchone()[0]
        if snapshot.get("outcomes"):  # an outcome the ledger changed or deleted (analytics.ledger)
            from analytics import ledger

            result["restored"] += ledger.restore(cur, snapshot["outcomes"])
        removed, restored = page.undo_page_posts(cur, import_id, snapshot)
        result["removed"] += removed
        result["restored"] += restored
        for old in snapshot.get("follower_counts", []):
            cur.execute(
                "INSERT INTO follower_counts (influencer_id, day, followers, new_followers, import_id) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (influencer_id, day) DO UPDATE SET "
                "followers = excluded.followers, new_followers = excluded.new_followers, "
                "import_id = excluded.import_id",
                [old["influencer_id"], date.fromisoformat(old["day"]), old["followers"], old["new_followers"],
                 old["import_id"]],
            )
            result["restored"] += 1
        for old in snapshot.get("post_metrics", []):
            names = [name for name in old if name != "post_key"]
            cur.execute(f"UPDATE posts SET {', '.join(n + ' = ?' for n in names)} WHERE post_key = ?",  # noqa: S608
                        [old[n] for n in names] + [old["post_key"]])
        for old in snapshot.get("page_followers", []):
            cur.execute(
                "INSERT OR REPLACE INTO page_followers (day, followers, new_followers, import_id) VALUES (?, ?, ?, ?)",
                [date.fromisoformat(old["day"]), old["followers"], old["new_followers"], old["import_id"]],
            )
            result["restored"] += 1
        for old in snapshot.get("applicants", []):
            fields = [f for f in roster.APPLICANT_FIELDS]
            cur.execute(
                f"UPDATE applicants SET {', '.join(f + ' = ?' for f in fields)} WHERE applicant_id = ?",  # noqa: S608
                [old[f] for f in fields] + [old["applicant_id"]],
            )
            result["restored"] += 1
        for old in snapshot.get("influencers", []):
            fields = [*roster.ROSTER_FIELDS, "in_roster"]
            cur.execute(
                f"UPDATE influencers SET {', '.join(f + ' = ?' for f in fields)} WHERE influencer_id = ?",  # noqa: S608
                [old[f] for f in fields] + [old["influencer_id"]],
            )
            result["restored"] += 1
        result["removed"] += cur.execute(
            """
            DELETE FROM influencers WHERE import_id = ?
              AND influencer_id NOT IN (SELECT influencer_id FROM posts)
              AND influencer_id NOT IN (SELECT influencer_id FROM follower_counts)
              AND influencer_id NOT IN (SELECT influencer_id FROM outcomes WHERE influencer_id IS NOT NULL)
            """,
            [import_id],
        ).fetchone()[0]
        cur.execute("DELETE FROM import_undo WHERE import_id = ?", [import_id])
        cur.execute("DELETE FROM meta WHERE key = ?", [legacy_key])
        cur.execute("UPDATE imports SET undone = TRUE WHERE import_id = ?", [import_id])
    return result

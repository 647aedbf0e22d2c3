"""Importing one file: detect, stage, validate, upsert — in one transaction, with a report."""

from __future__ import annotations

import json
import os
import sys
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
from analytics.ingest import posts, roster
from analytics.ingest.sources import Detected, _filled, cell_text, sniff, utf8_copy
from analytics.people import normalise_name

AUTHOR_FORMATS = ("linkedin_member_analytics", "linkedin_single_post", "linkedin_shares")
TABLE_FORMATS = ("controlling_csv", "controlling_xlsx", "linkedin_shares", "roster", "applicants", "outcomes")
Progress = Callable[[float, str], None]
# the steps import_file reports to ``progress``, in order; step_label() translates them
STEPS = ("detect", "read", "parse", "upsert", "done")

__all__ = [
    "AUTHOR_FORMATS", "TABLE_FORMATS", "FileReport", "detect", "import_file", "import_paths", "undo_last_import",
    "save_mapping", "run_import_cli", "saved_mapping", "step_label", "STEPS",
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
    import_id: int | None = None
    checksum: str = ""
    dry_run: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ``python -m analytics import``."""
        data = asdict(self)
        data["rejected"] = [{"line": r["line"], "reason": r["reason"]} for r in self.rejected]
        for key in ("import_id", "checksum", "dry_run"):
            data.pop(key)
        return data


class _DryRun(Exception):
    pass


def step_label(step: str, lang: str = "de") -> str:
    """The text shown for a progress step (one of :data:`STEPS`) in the user's language."""
    return t("ingest_step_" + step, lang)


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
    if "name" in used and used & {"birth_year", "age", "age_band", "gender", "profession", "department",
                                  "experience", "cohort", "joined_on"}:
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
            if det.format not in ("linkedin_shares",):
                det.format = _format_for(det)
            det.mapping = {h: chosen[h] for h in det.headers if chosen.get(h)}
        else:
            proposed = C.propose_mapping(det.headers, det.kind)
            det.mapping = {h: proposed[h] for h in det.headers if h in proposed}
            if det.format == "linkedin_shares":
                det.mapping = {h: c for h, c in det.mapping.items() if c in ("date", "link", "text", "media_type")}
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
        from analytics.ingest.sources import author_from_file_name

        det.proposed_author = author_from_file_name(det.file_name)
    if det.proposed_author and cur is not None:
        det.proposed_author = match_roster_name(cur, det.proposed_author)
    return det


def _preview_value(row: list[Any], index: int) -> Any:
    return cell_text(row[index]) if index < len(row) else None


def _format_for(det: Detected) -> str:
    if det.kind == "posts":
        return "controlling_csv" if det.delimiter is not None else "controlling_xlsx"
    return det.kind


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
        params["column"] = t("col_" + params["column"], lang)
    return t(key, lang, **params)


def _count_problem(value: str) -> str:
    text = value.strip()
    if text[:1] in ("-", "−"):
        return "reject_negative"
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
    used = set(det.mapping.values())
    if det.kind == "posts" and det.format in ("controlling_csv", "controlling_xlsx", "linkedin_shares"):
        if "date" not in used:
            recognised = ", ".join(sorted(used)) or "–"
            raise CockpitError("import_no_date_column", file=det.file_name, columns=recognised)
    if det.kind == "outcomes":
        if "date" not in used:
            raise CockpitError("import_no_date_column", file=det.file_name, columns=", ".join(sorted(used)) or "–")
        if "type" not in used:
            raise CockpitError("import_no_type_column", file=det.file_name)
    if det.kind in ("roster", "applicants") and "name" not in used:
        raise CockpitError("import_no_name_column", file=det.file_name)
    needs_author = det.format in AUTHOR_FORMATS or (
        det.format in ("controlling_csv", "controlling_xlsx") and "author" not in used
    )
    if needs_author and not author:
        if det.proposed_author:
            raise CockpitError("import_author_required_suggested", file=det.file_name,
                               format=t("format_" + det.format, "en"), author=det.proposed_author)
        raise CockpitError("import_author_required", file=det.file_name, format=t("format_" + det.format, "en"))


def import_file(cur, path: str | os.PathLike[str], *, author: str | None = None,
                mapping: dict[str, str | None] | None = None, strict: bool = False,
                display_name: str | None = None, dry_run: bool = False,
                progress: Progress | None = None, lang: str = "de") -> FileReport:
    """Import one file in one transaction and report what happened.

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
        try:
            # DuckDB reads CSV files into temporary tables first, outside the transaction: a
            # failed read (retried with the lenient reader) must not abort the transaction
            step(0.1, "read")
            staged = _stage(cur, det)
            report.checksum = det.wait_checksum()
            with store.transaction(cur):
                import_id = cur.execute(
                    "INSERT INTO imports (file_name, checksum, format, kind) VALUES (?, ?, ?, ?) RETURNING import_id",
                    [det.file_name, report.checksum, det.format, det.kind],
                ).fetchone()[0]
                report.import_id = import_id
                snapshot: dict[str, list] = {}
                rejected = _run(cur, det, staged, import_id, author, report, snapshot, step)
                report.rejected = [
                    {"line": line, "reason": _reason(key, params, lang), "key": key, "params": params}
                    for line, key, params in sorted(rejected, key=lambda r: r[0])
                ]
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


def _drop_temp(cur) -> None:
    try:
        posts.drop_temp(cur)
    except Exception:  # noqa: BLE001, S110 - best effort; temp tables die with the connection anyway
        pass


def _stage(cur, det: Detected) -> list[tuple[int, dict[str, Any]]] | None:
    """Read a CSV: posts straight into ``_ic_parsed``, people into Python records."""
    if det.kind in ("roster", "applicants", "outcomes"):
        return _people_records(cur, det)
    if det.format in ("controlling_csv", "linkedin_shares"):
        posts.define_macros(cur)
        _read_csv(det, lambda path: posts.parse_csv(
            cur, path, det.delimiter or ";", det.skip_lines, det.headers, det.mapping, det.header_line + 1,
            utc=det.format == "linkedin_shares"))
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
         snapshot: dict[str, list], step: Progress) -> list[tuple[int, str, dict[str, Any]]]:
    if det.kind in ("roster", "applicants", "outcomes"):
        records = staged
        report.rows = len(records)
        if not records:
            raise CockpitError("import_no_rows", file=det.file_name)
        step(0.5, "upsert")
        if det.kind == "roster":
            counts, rejected = roster.load_roster(cur, import_id, records, snapshot)
        elif det.kind == "applicants":
            counts, rejected = roster.load_applicants(cur, import_id, records, snapshot)
        else:
            counts, rejected = roster.load_outcomes(cur, import_id, records)
        _add(report, counts)
        return rejected
    # posts
    if det.format not in ("controlling_csv", "linkedin_shares"):
        posts.define_macros(cur)  # a CSV's were defined to parse it in _stage
    step(0.4, "parse")
    if det.format in ("controlling_csv", "linkedin_shares"):
        pass  # read and parsed by _stage
    elif det.format == "controlling_xlsx":
        posts.stage_rows(cur, [(line, {k: cell_text(v) for k, v in rec.items()})
                               for line, rec in _records(det, C.POST_COLUMNS)])
        posts.parse_staged(cur)
    else:
        posts.stage_rows(cur, det.extra["records"])
        posts.parse_staged(cur, slash_dmy=False)
    posts.finish_parse(cur, default_author=author)
    report.rows = det.extra.get("data_rows") or posts.staged_row_count(cur)
    if report.rows == 0:
        raise CockpitError("import_no_rows", file=det.file_name)
    step(0.6, "upsert")
    _add(report, posts.upsert_posts(cur, import_id))
    rejected = []
    for line, reason, value in posts.rejected_rows(cur):
        if reason.startswith("count:"):
            column = reason.split(":", 1)[1]
            rejected.append((line, _count_problem(value or ""), {"column": column, "value": value}))
        elif reason in ("reject_bad_date", "reject_bad_time"):
            rejected.append((line, reason, {"value": value}))
        else:
            rejected.append((line, reason, {}))
    followers = det.extra.get("followers")
    if followers and author:
        influencer_id = roster.influencer_for(cur, author, import_id)
        report.rows += len(followers)
        _add(report, roster.load_followers(cur, import_id, influencer_id, followers, snapshot))
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


def import_paths(cur, paths: Iterable[str | os.PathLike[str]], author: str | None = None,
                 strict: bool = False, lang: str = "de") -> tuple[list[FileReport], list[tuple[str, CockpitError]]]:
    """Import several files, each on its own: (reports of imported files, (file, error) of refused ones)."""
    reports, refusals = [], []
    for path in paths:
        try:
            reports.append(import_file(cur, path, author=author, strict=strict, lang=lang))
        except CockpitError as exc:
            refusals.append((str(path), exc))
    return reports, refusals


# ---- undo --------------------------------------------------------------------------------------------


def undo_last_import(cur) -> dict[str, Any]:
    """Take back the last import that is not undone yet: remove what it added, restore what it changed."""
    row = cur.execute(
        "SELECT import_id, file_name, kind FROM imports WHERE NOT undone AND kind <> 'demo' "
        "ORDER BY import_id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        raise CockpitError("import_nothing_to_undo")
    import_id, file_name, kind = row
    result = {"import_id": import_id, "file": file_name, "kind": kind, "removed": 0, "restored": 0}
    with store.transaction(cur):
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
                   engagements_total = h.engagements_total, updated_import_id = h.updated_import_id
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
        for table in ("posts", "follower_counts", "outcomes", "applicants"):
            result["removed"] += cur.execute(
                f"DELETE FROM {table} WHERE import_id = ?", [import_id]  # noqa: S608 - fixed names
            ).fetchone()[0]
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


# ---- command line -------------------------------------------------------------------------------------


def run_import_cli(db: str | os.PathLike[str] | None, paths: list[str], author: str | None = None,
                   strict: bool = False, lang: str = "de") -> int:
    """``python -m analytics import``: JSON report on stdout, one line per refused file on stderr.

    Returns 0 when every file was imported (rejected rows or not), 2 when any was refused.
    """
    try:
        con = store.connect(db)
    except CockpitError as exc:
        print(exc.message(lang), file=sys.stderr)
        print(json.dumps({"files": []}))
        return 2
    with store.closing(con) as cur:
        reports, refusals = import_paths(cur, paths, author=author, strict=strict, lang=lang)
    print(json.dumps({"files": [r.to_dict() for r in reports]}, ensure_ascii=False))
    for path, exc in refusals:
        text = message(exc, lang)
        if exc.key in ("import_author_required", "import_author_required_suggested"):
            text += " " + t("import_author_cli_hint", lang)
        print(f"{Path(path).name}: {text}", file=sys.stderr)
    return 2 if refusals else 0


def message(exc: CockpitError, lang: str = "de") -> str:
    """A refusal in the user's language."""
    return exc.message(lang)

"""Import & data: upload exports, check each file and confirm it; import history with undo;
roster editing, GDPR erasure of one person, backup and reset of the workspace."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analytics import lifecycle, roster, store
from analytics.errors import CockpitError
from analytics.i18n import fmt_date, fmt_number, localised_preview, t
from analytics.ingest import (
    ALL_COLUMNS,
    OUTCOME_COLUMNS,
    PEOPLE_COLUMNS,
    POST_COLUMNS,
    TABLE_FORMATS,
    Detected,
    FileReport,
    ImportPlan,
    detect,
    has_demo,
    import_history,
    last_undoable_import,
    latest_member_exports,
    load_demo,
    max_upload_mb,
    needs_author,
    report_lines,
    required_missing,
    save_mapping,
    step_label,
    undo_last_import,
)
from analytics.ingest.columns import COLUMN_TEXT_KEYS
from analytics.ingest.formats import FORMAT_TEXT_KEYS, KIND_TEXT_KEYS
from analytics.literal import md_literal, t_md
from analytics.people import EXPERIENCE_TEXT_KEYS, GENDER_TEXT_KEYS
from analytics.uploads import UploadFolder
from pages import ui
from pages.sections import company_page as company_page_section
from pages.sections import goals as goals_section
from pages.sections import lifecycle as lifecycle_section
from pages.sections import privacy as privacy_section
from pages.sections import programme as programme_section
from pages.sections import suppression as suppression_section

UPLOAD_TYPES = ["csv", "xlsx", "xls", "txt", "tsv"]
TARGETS = {
    "posts": POST_COLUMNS,
    "roster": tuple(c for c in PEOPLE_COLUMNS if c != "selected"),
    "applicants": PEOPLE_COLUMNS,
    "outcomes": OUTCOME_COLUMNS,
}
# the widget rounds and messages the import page's sections share (pages/ui.py)
_round, _next_round, _flash, _show_flash = ui.widget_round, ui.next_widget_round, ui.flash, ui.show_flash


def _format_label(fmt: str, lang: str) -> str:
    return t("imp_format_demo", lang) if fmt == "demo" else t(FORMAT_TEXT_KEYS[fmt], lang)


def _column_label(column: str | None, lang: str) -> str:
    return t("imp_ignore", lang) if column is None else t(COLUMN_TEXT_KEYS[column], lang)


def _time_label(moment: datetime, lang: str) -> str:
    return f"{fmt_date(moment, lang)} {moment:%H:%M}"


def _counts_text(report: FileReport, lang: str) -> str:
    counts = t("imp_counts", lang, inserted=fmt_number(report.inserted, lang), updated=fmt_number(report.updated, lang),
               unchanged=fmt_number(report.unchanged, lang), rejected=fmt_number(len(report.rejected), lang))
    return counts + company_page_section.kind_note(report.kind, lang)


def _progress(lang: str) -> tuple[Callable[[float, str], None], Any]:
    """A progress bar fed by the importer's callback, and its placeholder (emptied afterwards)."""
    slot = st.empty()
    bar = slot.progress(0.0, text=step_label("detect", lang))

    def step(fraction: float, what: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=step_label(what, lang))

    return step, slot


# ---------------------------------------------------------------- uploads
UPLOAD_FOLDER = "_imp_uploads"
STAGED = "_imp_staged"


def _upload_dir() -> Path:
    """This session's upload folder; it goes when the session ends (see analytics.uploads)."""
    folder = st.session_state.get(UPLOAD_FOLDER)
    if folder is None or not folder.exists():
        folder = st.session_state[UPLOAD_FOLDER] = UploadFolder()
    return folder.path


def _stage(uploaded: list[Any]) -> None:
    """Each uploaded file saved once to this session's folder; its original name is kept for display."""
    staged = st.session_state.setdefault(STAGED, {})
    for upload in uploaded:
        if upload.file_id not in staged:
            suffix = Path(upload.name).suffix.lower()
            suffix = suffix if suffix.lstrip(".") in UPLOAD_TYPES else ".upload"
            path = _upload_dir() / f"{upload.file_id}{suffix}"
            with path.open("wb") as handle:
                shutil.copyfileobj(upload, handle)
            staged[upload.file_id] = {"id": upload.file_id, "name": upload.name, "path": str(path)}


def _finish(file: dict[str, Any]) -> None:
    """A file is imported or discarded: forget it and its state."""
    st.session_state.get(STAGED, {}).pop(file["id"], None)
    Path(file["path"]).unlink(missing_ok=True)
    for cache in ("_imp_detected", "_imp_dry"):
        st.session_state.get(cache, {}).pop(file["id"], None)


def _upload_limit_mb() -> int:
    """The limit per file in whole MB: the smaller of the server's (server.maxUploadSize) and the
    importer's (COCKPIT_MAX_UPLOAD_MB); the upload box enforces it and the caption names it."""
    return max(1, int(min(float(st.get_option("server.maxUploadSize")), max_upload_mb())))


def _uploads(lang: str) -> None:
    st.header(t("imp_upload_header", lang))
    _show_flash("upload")
    uploaded = st.file_uploader(
        t("imp_upload", lang), type=UPLOAD_TYPES, accept_multiple_files=True,
        key=f"imp_uploader_{_round('uploader')}", help=t("imp_upload_help", lang),
        max_upload_size=_upload_limit_mb(),
    )
    # The box's own words ("Upload", "… per file") are Streamlit's and English only: the limits
    # in the user's language stand under it.
    st.caption(t("imp_upload_limits", lang, mb=fmt_number(_upload_limit_mb(), lang),
                 types=", ".join(kind.upper() for kind in UPLOAD_TYPES)))
    if uploaded:
        _stage(uploaded)
        _next_round("uploader")  # a new, empty uploader: Streamlit lets go of the bytes it holds
        st.rerun()
    open_files = list(st.session_state.get(STAGED, {}).values())
    if not open_files:
        return
    with store.cursor(ui.workspace()) as cur:
        demo = has_demo(cur)
    if demo:
        st.checkbox(t("imp_remove_demo", lang), value=True, key="imp_remove_demo", help=t("imp_remove_demo_help", lang))
    ready: list[tuple[dict[str, Any], Detected, dict[str, str | None] | None, str | None]] = []
    for file in open_files:
        with st.container(border=True):
            ui.guarded(lambda file=file: _file_card(file, lang, ready))
    if len(ready) > 1 and st.button(t("imp_import_all", lang, n=len(ready)), key="imp_import_all", type="primary",
                                    icon=":material/done_all:"):
        for file, det, mapping, author in ready:
            if not _confirm(file, det, mapping, author, lang, rerun=False):
                break
        st.rerun()


# ---------------------------------------------------------------- one file
def _named(exc: CockpitError, file: dict[str, Any]) -> CockpitError:
    """A refusal that names the uploaded file, not its temporary copy (some refusals come
    before the importer applies ``display_name``)."""
    if exc.params.get("file") == Path(file["path"]).name:
        exc.params["file"] = file["name"]
    return exc


def _detected(file: dict[str, Any], mapping: dict[str, str | None] | None) -> Detected:
    """detect(), remembered per file and mapping (an XLSX is read only once per choice)."""
    cache = st.session_state.setdefault("_imp_detected", {}).setdefault(file["id"], {})
    key = json.dumps(mapping, sort_keys=True)
    if key not in cache:
        try:
            with store.cursor(ui.workspace()) as cur:
                cache[key] = detect(file["path"], cur, mapping=mapping, display_name=file["name"])
        except CockpitError as exc:
            raise _named(exc, file) from None
    return cache[key]


def _file_card(file: dict[str, Any], lang: str, ready: list) -> None:
    st.subheader(md_literal(file["name"]))
    try:
        proposal = _detected(file, None)
    except CockpitError as exc:
        st.error(exc.markdown(lang))
        if st.button(t("imp_dismiss", lang), key=f"imp_dismiss_{file['id']}"):
            _finish(file)
            st.rerun()
        return
    # what the file is and its preview come first on screen, but depend on the mapping chosen below
    summary = st.container()
    mapping = _mapping_editor(file, proposal, lang) if proposal.format in TABLE_FORMATS else None
    det = _detected(file, mapping) if mapping is not None else proposal
    with summary:
        _describe(det, lang)
        if det.unmapped:  # after the user's mapping: a column mapped on the page is not ignored
            st.caption(t("imp_unmapped", lang, headers=", ".join(f"„{md_literal(h)}“" for h in det.unmapped)))
        _preview(det, lang)
    missing = required_missing(det)
    if missing:
        st.warning(t("imp_required_missing", lang, columns=", ".join(_column_label(c, lang) for c in missing)))
        if st.button(t("imp_discard", lang), key=f"imp_discard_{file['id']}"):
            _finish(file)
            st.rerun()
        return
    author = _author_choice(file, det, lang)
    if author is False:
        return
    dry = _dry_run(file, det, mapping, author, lang)
    if isinstance(dry, CockpitError):
        st.error(dry.markdown(lang))
        if st.button(t("imp_discard", lang), key=f"imp_discard_{file['id']}"):
            _finish(file)
            st.rerun()
        return
    _report(dry, lang)
    ready.append((file, det, mapping, author))
    confirm_col, discard_col, _ = st.columns([2, 1, 3])
    if confirm_col.button(t("imp_confirm", lang), key=f"imp_confirm_{file['id']}", type="primary",
                          icon=":material/check:"):
        _confirm(file, det, mapping, author, lang)
    if discard_col.button(t("imp_discard", lang), key=f"imp_discard_{file['id']}"):
        _flash("upload", "info", t_md("imp_discarded", lang, file=file["name"]))
        _finish(file)
        st.rerun()


def _describe(det: Detected, lang: str) -> None:
    fmt, kind = _format_label(det.format, lang), t(KIND_TEXT_KEYS[det.kind], lang)
    parts = [t("imp_detected", lang, format=fmt) if fmt == kind else
             t("imp_detected_kind", lang, format=fmt, kind=kind)]
    if det.sheet:
        parts.append(t("imp_sheet", lang, sheet=md_literal(det.sheet)))
    if det.header_line > 1:
        parts.append(t("imp_header_line", lang, line=det.header_line))
    st.markdown(" · ".join(parts))


def _preview(det: Detected, lang: str) -> None:
    if det.preview is None or det.preview.empty:
        return
    preview = det.preview.copy()
    preview.columns = [_column_label(c, lang) for c in preview.columns]
    st.caption(t("imp_preview", lang, n=len(preview)))
    # Plain text cells: a post's text is shown as written, never rendered as markdown or HTML.
    st.dataframe(localised_preview(preview, lang).astype("string").fillna(""), hide_index=True,
                 height=min(38 + 35 * len(preview), 250))


def _mapping_editor(file: dict[str, Any], proposal: Detected, lang: str) -> dict[str, str | None] | None:
    """One choice per header; returns the chosen mapping when it differs from the proposal."""
    targets = TARGETS.get(proposal.kind, POST_COLUMNS)
    options: list[str | None] = [None, *targets, *(c for c in ALL_COLUMNS if c not in targets)]
    headers = list(dict.fromkeys(h for h in proposal.headers if h))
    missing = required_missing(proposal)
    with st.expander(t("imp_mapping", lang), expanded=bool(missing), icon=":material/table_edit:"):
        st.caption(t("imp_mapping_help", lang))
        chosen: dict[str, str | None] = {}
        columns = st.columns(3)
        for index, header in enumerate(headers):
            current = proposal.mapping.get(header)
            chosen[header] = columns[index % 3].selectbox(
                md_literal(header), options, index=options.index(current) if current in options else 0,
                format_func=lambda c: _column_label(c, lang), key=f"imp_map_{file['id']}_{index}",
            )
        used = [c for c in chosen.values() if c]
        twice = sorted({c for c in used if used.count(c) > 1})
        if twice:
            st.warning(t("imp_mapping_twice", lang, columns=", ".join(_column_label(c, lang) for c in twice)))
    if {h: c for h, c in chosen.items() if c} == proposal.mapping:
        return None
    return chosen


def _author_choice(file: dict[str, Any], det: Detected, lang: str) -> str | None | bool:
    """The author for a member export (or a sheet without an author column); False while unchosen."""
    if not needs_author(det):
        return None
    with store.cursor(ui.workspace()) as cur:
        names = [row[0] for row in cur.execute(
            "SELECT name FROM influencers ORDER BY in_roster DESC, name_key").fetchall()]
    proposed = det.proposed_author
    if proposed and proposed not in names:
        names.insert(0, proposed)
    help_text = t_md("imp_author_proposed", lang, name=proposed) if proposed else t("imp_author_help", lang)
    author = st.selectbox(
        t("imp_author", lang), names, index=names.index(proposed) if proposed else None,
        accept_new_options=True, placeholder=t("imp_author_placeholder", lang), help=help_text,
        key=f"imp_author_{file['id']}",
    )
    if not author or not str(author).strip():
        st.info(t("imp_author_needed", lang))
        return False
    return str(author).strip()


def _plan(file: dict[str, Any], det: Detected, mapping: dict[str, str | None] | None,
          author: str | None) -> ImportPlan:
    """The import plan of an uploaded file, as recognised and chosen on its card."""
    return ImportPlan(Path(file["path"]), det, display_name=file["name"], mapping=mapping, author=author)


def _dry_run(file: dict[str, Any], det: Detected, mapping: dict[str, str | None] | None, author: str | None,
             lang: str) -> FileReport | CockpitError:
    """What importing would do, computed once per file, mapping, author and language."""
    cache = st.session_state.setdefault("_imp_dry", {})
    key = json.dumps([mapping, author, lang, ui.data_version()], sort_keys=True)
    if cache.get(file["id"], (None,))[0] != key:
        step, slot = _progress(lang)
        try:
            with store.cursor(ui.workspace()) as cur:
                result: FileReport | CockpitError = _plan(file, det, mapping, author).dry_run(
                    cur, progress=step, lang=lang)
        except CockpitError as exc:
            result = _named(exc, file)
        slot.empty()
        cache[file["id"]] = (key, result)
    return cache[file["id"]][1]


def _report(report: FileReport, lang: str) -> None:
    st.markdown(t("imp_report_title", lang, rows=fmt_number(report.rows, lang)))
    ui.tiles([
        {"label": t("imp_new", lang), "value": fmt_number(report.inserted, lang)},
        {"label": t("imp_updated", lang), "value": fmt_number(report.updated, lang)},
        {"label": t("imp_unchanged", lang), "value": fmt_number(report.unchanged, lang)},
        {"label": t("imp_rejected", lang), "value": fmt_number(len(report.rejected), lang)},
    ])
    for line in report_lines(report, lang):
        st.markdown("- " + md_literal(line))
    for warning in report.warnings:
        st.warning(md_literal(warning), icon=":material/warning:")
    if report.rejected:
        st.warning(t("imp_rejected_note", lang, n=fmt_number(len(report.rejected), lang)))
        st.dataframe(pd.DataFrame({
            t("imp_col_line", lang): [r["line"] for r in report.rejected],
            t("imp_col_reason", lang): [str(r["reason"]) for r in report.rejected],
        }), hide_index=True, height=min(38 + 35 * len(report.rejected), 250))
    st.caption(t("imp_dry_note", lang) + (" " + t("imp_dry_note_posts", lang) if report.kind == "posts" else ""))


def _confirm(file: dict[str, Any], det: Detected,
             mapping: dict[str, str | None] | None, author: str | None, lang: str, *, rerun: bool = True) -> bool:
    step, slot = _progress(lang)
    try:
        with store.cursor(ui.workspace()) as cur:
            clear_demo = bool(st.session_state.get("imp_remove_demo", True)) and has_demo(cur)
            report = _plan(file, det, mapping, author).commit(cur, progress=step, lang=lang, clear_demo=clear_demo)
            if clear_demo:
                _flash("upload", "info", t("demo_cleared", lang))
            if mapping is not None:
                save_mapping(cur, det.headers, mapping)
    except CockpitError as exc:
        slot.empty()
        st.error(_named(exc, file).markdown(lang))
        return False
    _flash("upload", "success", t("imp_done", lang, file=md_literal(file["name"]), counts=_counts_text(report, lang)))
    _finish(file)
    if rerun:
        st.rerun()
    return True


def _member_exports(lang: str) -> None:
    """Each person's newest member export, so that the lead sees whose export is missing."""
    with store.cursor(ui.workspace()) as cur:
        exports = latest_member_exports(cur)
    # real names only where this admin page shows them (see _names_hidden)
    if not exports or (ui.filters().pseudonymise and not st.session_state.get("_imp_show_names")):
        return
    st.caption(t("imp_member_exports", lang))
    st.table(pd.DataFrame({
        t("imp_col_person", lang): [name for name, _day in exports],
        t("imp_col_export_until", lang): [t("imp_export_until", lang, date=fmt_date(day, lang)) for _n, day in exports],
    }).set_index(t("imp_col_person", lang)))


# ---------------------------------------------------------------- history and undo
UNDO_SHOWN = "_imp_undo_shown"


def _history(lang: str) -> None:
    _show_flash("history")
    with store.cursor(ui.workspace()) as cur:
        imports = import_history(cur)
        last = last_undoable_import(cur)
    if imports.empty:
        st.info(t("imp_history_empty", lang))
        st.session_state.pop(UNDO_SHOWN, None)
        return
    table = pd.DataFrame({
        t("imp_col_time", lang): [_time_label(m, lang) for m in imports["imported_at"]],
        t("imp_col_file", lang): imports["file_name"],
        t("imp_col_format", lang): [_format_label(f, lang) for f in imports["format"]],
        t("imp_col_kind", lang): [t("imp_format_demo", lang) if k == "demo" else t(KIND_TEXT_KEYS[k], lang)
                                  for k in imports["kind"]],
        t("imp_col_rows", lang): imports["rows"],
        t("imp_new", lang): imports["inserted"],
        t("imp_updated", lang): imports["updated"],
        t("imp_unchanged", lang): imports["unchanged"],
        t("imp_rejected", lang): imports["rejected"],
        t("imp_col_checksum", lang): [c[:12] for c in imports["checksum"]],
        t("imp_col_undone", lang): [t("imp_yes", lang) if u else "" for u in imports["undone"]],
    })
    # Sized to fit a laptop's width: the row count (the sum of the four counts) and the kind
    # (which the format names) stay in the table's download only; empty columns are left out.
    shown = ui.filled_columns(table, [t(key, lang) for key in (
        "imp_col_time", "imp_col_file", "imp_col_format", "imp_new", "imp_updated", "imp_unchanged",
        "imp_rejected", "imp_col_checksum", "imp_col_undone")])
    count = st.column_config.NumberColumn(width="small")
    st.dataframe(table, hide_index=True, column_order=shown, column_config={
        t("imp_col_file", lang): st.column_config.TextColumn(width="medium"),
        **{t(key, lang): count for key in ("imp_new", "imp_updated", "imp_unchanged", "imp_rejected")},
    })
    st.caption(t("imp_checksum_note", lang))
    if last is None:
        st.session_state.pop(UNDO_SHOWN, None)
        return
    # the click arrives in a new run, which may already see another session's newer import:
    # what is undone is the import the user saw when clicking (shown in the run before)
    shown = st.session_state.get(UNDO_SHOWN)
    import_id, file_name, _, imported_at = last
    st.markdown(t("imp_undo_what", lang, file=md_literal(file_name), time=_time_label(imported_at, lang)))
    sure = st.checkbox(t("imp_undo_sure", lang), key=f"imp_undo_sure_{_round('undo')}")
    clicked = st.button(t("imp_undo", lang), disabled=not sure, icon=":material/undo:", key="imp_undo")
    st.session_state[UNDO_SHOWN] = import_id
    if clicked:
        try:  # exactly the import shown; refused when another session imported meanwhile
            with store.cursor(ui.workspace()) as cur:
                result = undo_last_import(cur, shown if shown is not None else import_id)
            _flash("history", "success", t_md("imp_undone", lang, file=result["file"]))
        except CockpitError as exc:
            _flash("history", "error", exc.markdown(lang))
        _next_round("undo")
        st.rerun()


# ---------------------------------------------------------------- roster
def _names_hidden(lang: str, where: str) -> bool:
    """With pseudonymised names, this admin page shows real names only when asked to."""
    if not ui.filters().pseudonymise or st.session_state.get("_imp_show_names"):
        return False
    st.info(t("imp_pseudo_note", lang))
    if st.button(t("imp_show_names", lang), key=f"imp_show_names_{where}", icon=":material/visibility:"):
        st.session_state["_imp_show_names"] = True
        st.rerun()
    return True


def _roster_editor(lang: str) -> None:
    _show_flash("roster")
    if _names_hidden(lang, "roster"):
        return
    with store.cursor(ui.workspace()) as cur:
        people = roster.roster(cur).set_index("influencer_id")
    if people.empty:
        st.info(t("imp_roster_empty", lang))
        return
    st.caption(t("imp_roster_help", lang))
    key = f"imp_roster_{_round('roster')}"
    date_format = "DD.MM.YYYY" if lang == "de" else "YYYY-MM-DD"
    st.data_editor(
        people, key=key, hide_index=True, num_rows="fixed", placeholder="–",
        column_order=("name", "in_roster", *(c for c in roster.EDITABLE if c not in ("name", "in_roster"))),
        column_config={
            "name": st.column_config.TextColumn(t("col_name", lang), required=True, width="medium"),
            "birth_year": st.column_config.NumberColumn(
                t("col_birth_year", lang), min_value=1900, max_value=date.today().year, step=1, format="%d"),
            "gender": st.column_config.SelectboxColumn(
                t("col_gender", lang), options=list(GENDER_TEXT_KEYS),
                format_func=lambda g: t(GENDER_TEXT_KEYS[g], lang)),
            "profession": st.column_config.TextColumn(t("col_profession", lang), width="medium"),
            "department": st.column_config.TextColumn(t("col_department", lang), width="medium"),
            "experience": st.column_config.SelectboxColumn(
                t("col_experience", lang), options=list(EXPERIENCE_TEXT_KEYS),
                format_func=lambda e: t(EXPERIENCE_TEXT_KEYS[e], lang)),
            "joined_on": st.column_config.DateColumn(t("col_joined_on", lang), format=date_format),
            "cohort": st.column_config.TextColumn(t("col_cohort", lang)),
            "in_roster": st.column_config.CheckboxColumn(t("imp_col_in_roster", lang),
                                                         help=t("imp_in_roster_help", lang)),
        },
    )
    edited = (st.session_state.get(key) or {}).get("edited_rows") or {}
    ids = list(people.index)
    changes = {int(ids[int(row)]): dict(fields) for row, fields in edited.items() if int(row) < len(ids)}
    if st.button(t("imp_roster_save", lang), disabled=not changes, type="primary", key="imp_roster_save",
                 icon=":material/save:"):
        try:
            changed = ui.write(roster.update_people, changes)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
            return
        _flash("roster", "success", t("imp_roster_saved", lang, n=changed))
        _next_round("roster")
        st.rerun()


# ---------------------------------------------------------------- backup and reset
BACKUP = "_imp_backup"


def backup_bytes(con) -> bytes:
    """A consistent copy of the workspace as the bytes of a DuckDB file."""
    folder = Path(tempfile.mkdtemp(prefix="cockpit-backup-"))
    try:
        return store.backup(con, folder / "backup.duckdb").read_bytes()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _reset(cur) -> None:
    lifecycle.reset(cur)
    store.set_meta(cur, "demo_dismissed", "1")


def _backup_and_reset(lang: str) -> None:
    _show_flash("backup")
    st.subheader(t("imp_backup", lang))
    st.caption(t("imp_backup_help", lang))
    con = ui.workspace()
    # made on request (not inside the download, whose failure the browser would not show)
    if st.button(t("imp_backup_make", lang), icon=":material/save:", key="imp_backup_make"):
        st.session_state.pop(BACKUP, None)
        try:
            st.session_state[BACKUP] = backup_bytes(con)
        except CockpitError as exc:
            st.error(exc.markdown(lang))
    if st.session_state.get(BACKUP) is not None:
        st.download_button(
            t("imp_backup_download", lang), data=st.session_state[BACKUP],
            file_name=f"cockpit-backup-{date.today():%Y-%m-%d}.duckdb", mime="application/octet-stream",
            on_click="ignore", icon=":material/download:", key="imp_backup", type="primary",
        )
    st.subheader(t("imp_reset", lang))
    st.caption(t("imp_reset_help", lang))
    sure = st.checkbox(t("imp_reset_sure", lang), key=f"imp_reset_sure_{_round('reset')}")
    if st.button(t("imp_reset_button", lang), disabled=not sure, icon=":material/restart_alt:", key="imp_reset"):
        ui.write(_reset)
        _flash("backup", "success", t("imp_reset_done", lang))
        _next_round("reset")
        st.rerun()
    with store.cursor(con) as cur:
        demo = has_demo(cur)
    if not demo:
        st.subheader(t("imp_demo", lang))
        st.caption(t("imp_demo_help", lang))
        if st.button(t("demo_load", lang), icon=":material/science:", key="imp_demo_load"):
            with store.cursor(con) as cur:
                load_demo(cur)
            _flash("backup", "success", t("imp_demo_loaded", lang))
            st.rerun()


# ---------------------------------------------------------------- page
def render() -> None:
    """Uploads with a check per file first; below, history, roster, erasure, backup."""
    lang = ui.current_lang()
    st.title(t("imp_title", lang))
    st.caption(t("imp_caption", lang))
    _uploads(lang)
    ui.guarded(lambda: _member_exports(lang))
    st.divider()
    history, edit, erase, backup = st.tabs([
        t("imp_tab_history", lang), t("imp_tab_roster", lang), t("imp_tab_delete", lang), t("imp_tab_backup", lang),
    ])
    with history:
        ui.guarded(lambda: _history(lang))
    with edit:
        ui.guarded(lambda: _roster_editor(lang))
    with erase:
        ui.guarded(lambda: lifecycle_section.render(lang))  # erasure, right of access, retention
    with backup:
        ui.guarded(lambda: _backup_and_reset(lang))
    st.divider()
    ui.guarded(lambda: programme_section.render(lang))
    st.divider()
    ui.guarded(lambda: goals_section.goals_editor(lang))
    st.divider()
    ui.guarded(lambda: suppression_section.render(lang))
    st.divider()
    ui.guarded(lambda: privacy_section.render(lang))


ui.run_page(render)

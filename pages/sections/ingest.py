"""The import page's uploads: files dropped on the uploader, one card per file with what was
recognised, its column mapping and author, the check (a dry run) and the confirmation.

Each uploaded file is saved once to this session's upload folder; the check and the import
read it from there (:mod:`analytics.uploads`, :mod:`pages.ui.uploads`), never from Streamlit's
copy in memory, which the page then has the browser delete (see :data:`RELEASE_SCRIPT`).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from analytics import roster
from analytics.errors import CockpitError
from analytics.i18n import fmt_number, localised_preview, t
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
    kinds,
    max_upload_mb,
    needs_author,
    report_lines,
    required_missing,
    save_mapping,
    step_label,
)
from analytics.ingest.columns import COLUMN_TEXT_KEYS
from analytics.ingest.formats import FORMAT_TEXT_KEYS, KIND_TEXT_KEYS
from analytics.ingest.notices import rejected_words
from analytics.literal import escaped_controls, md_literal, t_md
from pages.sections import company_page as company_page_section
from pages.ui import data, flash, shell, widgets
from pages.ui import uploads as upload_folder

UPLOAD_TYPES = ["csv", "xlsx", "xls", "txt", "tsv"]
TARGETS = {
    "posts": POST_COLUMNS,
    "roster": tuple(c for c in PEOPLE_COLUMNS if c != "selected"),
    "applicants": PEOPLE_COLUMNS,
    "outcomes": OUTCOME_COLUMNS,
}
STAGED = "_imp_staged"
SEEN = "_imp_seen"  # every upload saved in this session: none is saved twice
Mapping = dict[str, str | None]
# a kind's part of what an import does (analytics.ingest.kinds.Kind.parts) as a tile's label
PART_TILE_TEXT_KEYS = {"count_new": "imp_tile_new", "count_updated": "imp_tile_updated",
                       "count_unchanged": "imp_tile_unchanged", "count_known_as_author": "imp_tile_known_as_author"}
ALWAYS_SHOWN = ("count_new", "count_updated", "count_unchanged")  # the others only when they count something
# Streamlit keeps an uploaded file's bytes in the server's memory until the browser deletes the
# file (the ✕ beside it in the uploader) or the session is closed, and it never closes the
# session of a closed tab. So once the files are saved, the page presses each saved file's ✕
# itself: the browser asks the server to drop the bytes, and the uploader is empty for the next
# files. A file still uploading (its chip spins) is left alone; it is saved, and released, in
# the run its upload ends. Fixed text: only the uploader's key is filled in.
RELEASE_SCRIPT = """<script>
(() => {
  let tries = 0, pressed = false;
  const press = () => {
    const box = document.querySelector(".st-key-%(key)s");
    const chips = box ? [...box.querySelectorAll("[data-testid='stFileChip']")] : [];
    const done = chips.filter((chip) => !chip.querySelector("[data-testid='stFileChipIconSpinner']"));
    const button = done.map((chip) => chip.querySelector("[data-testid='stFileChipDeleteBtn'] button"))
      .find((found) => found && !found.disabled);
    if (button) { button.click(); pressed = true; }
    if ((button || !pressed) && ++tries < 100) { setTimeout(press, 100); }
  };
  press();
})();
</script>"""


def format_label(fmt: str, lang: str) -> str:
    """A format in words ('Controlling-Tabelle (CSV)'); the demo's own import as the demo."""
    return t("imp_format_demo", lang) if fmt == "demo" else t(FORMAT_TEXT_KEYS[fmt], lang)


def column_label(column: str | None, lang: str) -> str:
    return t("imp_ignore", lang) if column is None else t(COLUMN_TEXT_KEYS[column], lang)


def counts_text(report: FileReport, lang: str) -> str:
    """What an import did in its kinds' own words ('5 Beiträge neu · 90 Follower-Tage neu'), its
    rejected rows apart; never one number adding posts to follower days."""
    counts = report.summary
    if report.rejected:
        counts += " · " + rejected_words(len(report.rejected), lang)
    return counts + company_page_section.kind_note(report.kind, lang)


def kind_tiles(entry: dict[str, Any], lang: str) -> list[dict[str, str]]:
    """One kind's counts of a report as tiles named in its unit ('Neue Beiträge', 'Neue
    Follower-Tage', 'Abgelehnte Zeilen')."""
    kind = kinds.kind(entry["kind"])
    unit = t(kind.unit_words[1], lang)
    tiles = [{"label": t(PART_TILE_TEXT_KEYS[key], lang, unit=unit), "value": fmt_number(n, lang)}
             for key, _with_unit, n in kind.parts(entry) if n or key in ALWAYS_SHOWN]
    return tiles + [{"label": t("imp_tile_rejected", lang), "value": fmt_number(entry["rejected"], lang)}]


def _progress(lang: str) -> tuple[Callable[[float, str], None], Any]:
    """A progress bar fed by the importer's callback, and its placeholder (emptied afterwards)."""
    slot = st.empty()
    bar = slot.progress(0.0, text=step_label("detect", lang))

    def step(fraction: float, what: str) -> None:
        bar.progress(min(max(fraction, 0.0), 1.0), text=step_label(what, lang))

    return step, slot


# ---------------------------------------------------------------- uploads
def _stage(uploaded: list[Any]) -> bool:
    """Each uploaded file saved once to this session's folder; its original name is kept for
    display. True when a file was saved in this run."""
    staged = st.session_state.setdefault(STAGED, {})
    seen = st.session_state.setdefault(SEEN, set())
    saved = False
    for upload in uploaded:
        if upload.file_id in seen:
            continue
        suffix = Path(upload.name).suffix.lower()
        suffix = suffix if suffix.lstrip(".") in UPLOAD_TYPES else ".upload"
        path = upload_folder.folder().path / f"{upload.file_id}{suffix}"
        with path.open("wb") as handle:
            shutil.copyfileobj(upload, handle)
        staged[upload.file_id] = {"id": upload.file_id, "name": escaped_controls(upload.name), "path": str(path)}
        seen.add(upload.file_id)
        saved = True
    return saved


def _waiting_files(lang: str) -> list[dict[str, Any]]:
    """The saved files waiting for a check or an import. One whose copy is gone (its folder was
    swept: the session had been away longer than a closed tab's session lives) is forgotten,
    and the page says so."""
    waiting = []
    for file in list(st.session_state.get(STAGED, {}).values()):
        if Path(file["path"]).exists():
            waiting.append(file)
        else:
            _finish(file)
            st.info(t_md("imp_upload_expired", lang, file=file["name"]))
    return waiting


def _finish(file: dict[str, Any]) -> None:
    """A file is imported or discarded: forget it and its state, delete its saved copy. With the
    last file, the uploader starts anew (empty, should the browser not have emptied it)."""
    staged = st.session_state.get(STAGED, {})
    staged.pop(file["id"], None)
    Path(file["path"]).unlink(missing_ok=True)
    for cache in ("_imp_detected", "_imp_dry"):
        st.session_state.get(cache, {}).pop(file["id"], None)
    if not staged:
        widgets.next_widget_round("uploader")


def _upload_limit_mb() -> int:
    """The limit per file in whole MB: the smaller of the server's (server.maxUploadSize) and the
    importer's (COCKPIT_MAX_UPLOAD_MB); the upload box enforces it and the caption names it."""
    return max(1, int(min(float(st.get_option("server.maxUploadSize")), max_upload_mb())))


def uploads(lang: str) -> None:
    """The uploader, then a card per uploaded file; with several ready, one button imports them all."""
    st.header(t("imp_upload_header", lang))
    flash.show("upload")
    key = f"imp_uploader_{widgets.widget_round('uploader')}"
    uploaded = st.file_uploader(
        t("imp_upload", lang), type=UPLOAD_TYPES, accept_multiple_files=True, key=key,
        help=t("imp_upload_help", lang), max_upload_size=_upload_limit_mb(),
    )
    # The box's own words ("Upload", "… per file") are Streamlit's and English only: the limits
    # in the user's language stand under it.
    st.caption(t("imp_upload_limits", lang, mb=fmt_number(_upload_limit_mb(), lang),
                 types=", ".join(kind.upper() for kind in UPLOAD_TYPES)))
    if uploaded and _stage(uploaded):
        st.html(RELEASE_SCRIPT % {"key": key}, unsafe_allow_javascript=True)
    open_files = _waiting_files(lang)
    if not open_files:
        return
    if data.query(has_demo):
        st.checkbox(t("imp_remove_demo", lang), value=True, key="imp_remove_demo", help=t("imp_remove_demo_help", lang))
    ready: list[tuple[dict[str, Any], Detected, Mapping | None, str | None]] = []
    for file in open_files:
        with st.container(border=True):
            shell.guarded(lambda file=file: _file_card(file, lang, ready))
    if len(ready) > 1 and st.button(t("imp_import_all", lang, n=len(ready)), key="imp_import_all", type="primary",
                                    icon=":material/done_all:"):
        _confirm_all(ready, lang)


# ---------------------------------------------------------------- one file
def _named(exc: CockpitError, file: dict[str, Any]) -> CockpitError:
    """A refusal that names the uploaded file, not its temporary copy (some refusals come
    before the importer applies ``display_name``)."""
    if exc.params.get("file") == Path(file["path"]).name:
        exc.params["file"] = file["name"]
    return exc


def _detected(file: dict[str, Any], mapping: Mapping | None) -> Detected:
    """detect(), remembered per file and mapping (an XLSX is read only once per choice)."""
    cache = st.session_state.setdefault("_imp_detected", {}).setdefault(file["id"], {})
    key = json.dumps(mapping, sort_keys=True)
    if key not in cache:
        try:
            with upload_folder.folder().in_use():
                cache[key] = data.run(lambda cur: detect(file["path"], cur, mapping=mapping,
                                                         display_name=file["name"]))
        except CockpitError as exc:
            raise _named(exc, file) from None
    return cache[key]


def _discard_button(file: dict[str, Any], lang: str, label_key: str = "imp_discard") -> None:
    if st.button(t(label_key, lang), key=f"{label_key}_{file['id']}"):
        _finish(file)
        st.rerun()


def _file_card(file: dict[str, Any], lang: str, ready: list) -> None:
    st.subheader(md_literal(file["name"]))
    try:
        proposal = _detected(file, None)
    except CockpitError as exc:
        st.error(exc.markdown(lang))
        _discard_button(file, lang, "imp_dismiss")
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
        st.warning(t("imp_required_missing", lang, columns=", ".join(column_label(c, lang) for c in missing)))
        _discard_button(file, lang)
        return
    author = _author_choice(file, det, lang)
    if author is False:
        return
    dry = _dry_run(file, det, mapping, author, lang)
    if isinstance(dry, CockpitError):
        st.error(dry.markdown(lang))
        _discard_button(file, lang)
        return
    _report(dry, lang)
    ready.append((file, det, mapping, author))
    confirm_col, discard_col, _ = st.columns([2, 1, 3])
    if confirm_col.button(t("imp_confirm", lang), key=f"imp_confirm_{file['id']}", type="primary",
                          icon=":material/check:"):
        try:
            report = _commit(file, det, mapping, author, lang)
        except CockpitError as exc:
            st.error(_named(exc, file).markdown(lang))
        else:
            flash.leave("upload", "success", t("imp_done", lang, file=md_literal(file["name"]),
                                               counts=counts_text(report, lang)))
            st.rerun()
    if discard_col.button(t("imp_discard", lang), key=f"imp_discard_{file['id']}"):
        flash.leave("upload", "info", t_md("imp_discarded", lang, file=file["name"]))
        _finish(file)
        st.rerun()


def _describe(det: Detected, lang: str) -> None:
    fmt, kind = format_label(det.format, lang), t(KIND_TEXT_KEYS[det.kind], lang)
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
    preview.columns = [column_label(c, lang) for c in preview.columns]
    st.caption(t("imp_preview", lang, n=len(preview)))
    # Plain text cells: a post's text is shown as written, never rendered as markdown or HTML.
    st.dataframe(localised_preview(preview, lang).astype("string").fillna(""), hide_index=True,
                 height=min(38 + 35 * len(preview), 250))


def _mapping_editor(file: dict[str, Any], proposal: Detected, lang: str) -> Mapping | None:
    """One choice per header; returns the chosen mapping when it differs from the proposal."""
    targets = TARGETS.get(proposal.kind, POST_COLUMNS)
    options: list[str | None] = [None, *targets, *(c for c in ALL_COLUMNS if c not in targets)]
    headers = list(dict.fromkeys(h for h in proposal.headers if h))
    missing = required_missing(proposal)
    with st.expander(t("imp_mapping", lang), expanded=bool(missing), icon=":material/table_edit:"):
        st.caption(t("imp_mapping_help", lang))
        chosen: Mapping = {}
        columns = st.columns(3)
        for index, header in enumerate(headers):
            current = proposal.mapping.get(header)
            chosen[header] = columns[index % 3].selectbox(
                md_literal(header), options, index=options.index(current) if current in options else 0,
                format_func=lambda c: column_label(c, lang), key=f"imp_map_{file['id']}_{index}",
            )
        used = [c for c in chosen.values() if c]
        twice = sorted({c for c in used if used.count(c) > 1})
        if twice:
            st.warning(t("imp_mapping_twice", lang, columns=", ".join(column_label(c, lang) for c in twice)))
    if {h: c for h, c in chosen.items() if c} == proposal.mapping:
        return None
    return chosen


def _author_choice(file: dict[str, Any], det: Detected, lang: str) -> str | None | bool:
    """The author for a member export (or a sheet without an author column); False while unchosen."""
    if not needs_author(det):
        return None
    names = data.query(roster.roster)["name"].tolist()
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


def _plan(file: dict[str, Any], det: Detected, mapping: Mapping | None, author: str | None) -> ImportPlan:
    """The import plan of an uploaded file, as recognised and chosen on its card."""
    return ImportPlan(Path(file["path"]), det, display_name=file["name"], mapping=mapping, author=author)


def _dry_run(file: dict[str, Any], det: Detected, mapping: Mapping | None, author: str | None,
             lang: str) -> FileReport | CockpitError:
    """What importing would do, computed once per file, mapping, author, language and data version."""
    cache = st.session_state.setdefault("_imp_dry", {})
    key = json.dumps([mapping, author, lang, data.data_version()], sort_keys=True)
    if cache.get(file["id"], (None,))[0] != key:
        step, slot = _progress(lang)
        try:
            with upload_folder.folder().in_use():
                result: FileReport | CockpitError = data.run(_plan(file, det, mapping, author).dry_run,
                                                             progress=step, lang=lang)
        except CockpitError as exc:
            result = _named(exc, file)
        slot.empty()
        cache[file["id"]] = (key, result)
    return cache[file["id"]][1]


def _report(report: FileReport, lang: str) -> None:
    st.markdown(t("imp_report_title", lang, rows=fmt_number(report.rows, lang)))
    for entry in report.kinds:  # each kind in its own unit: posts are never added to follower days
        widgets.tiles(kind_tiles(entry, lang))
    for line in report_lines(report, lang, with_summary=False):
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


def _commit(file: dict[str, Any], det: Detected, mapping: Mapping | None, author: str | None,
            lang: str) -> FileReport:
    """Import the file (its own transaction, the demo removed in the same one when asked) and
    forget it; a refusal (:class:`CockpitError`) leaves the workspace and the file's card as they were."""
    step, slot = _progress(lang)
    try:
        clear_demo = bool(st.session_state.get("imp_remove_demo", True)) and data.now(has_demo)
        with upload_folder.folder().in_use():
            report = data.run(_plan(file, det, mapping, author).commit, progress=step, lang=lang,
                              clear_demo=clear_demo)
        if clear_demo:
            flash.leave("upload", "info", t("demo_cleared", lang))
        if mapping is not None:
            data.run(save_mapping, det.headers, mapping)
    finally:
        slot.empty()
    _finish(file)
    return report


def _confirm_all(ready: list[tuple[dict[str, Any], Detected, Mapping | None, str | None]], lang: str) -> None:
    """Import every checked file in turn (each its own transaction); one message says what each
    did in its own words, and which file was refused (the files after it stay to be checked)."""
    done: list[str] = []
    for file, det, mapping, author in ready:
        try:
            report = _commit(file, det, mapping, author, lang)
        except CockpitError as exc:
            flash.leave("upload", "error", _named(exc, file).markdown(lang))
            break
        done.append(t("imp_batch_line", lang, file=md_literal(file["name"]), counts=counts_text(report, lang)))
    if done:
        flash.leave("upload", "success", t("imp_batch_done", lang, n=fmt_number(len(done), lang)) + "\n\n"
                    + "\n".join(done))
    st.rerun()

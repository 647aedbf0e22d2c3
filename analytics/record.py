"""The record of processing (Art. 30 GDPR): a description generated from the workspace.

The fields listed are read from the workspace's own schema (``information_schema.columns``)
and the settings from its settings table, so the description cannot drift from what is
stored: a column added by a later version appears in the record (described as such when no
description is known for it). German and English; Markdown (to paste into the record of
processing activities) and a self-contained HTML file (opens in any browser and in Word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

import duckdb

from analytics import settings
from analytics.i18n import fmt_date, fmt_number, t

# What each stored table holds, in reading order: (table, category of people or None for
# technical tables). Tables the schema has beyond these appear at the end, as they are.
TABLE_ORDER = (
    ("influencers", "people"), ("applicants", "applicants"), ("posts", "people"), ("post_history", "people"),
    ("follower_counts", "people"), ("outcomes", "people"), ("coverage", "people"), ("audience_windows", "people"),
    ("audience_values", "people"), ("account_days", "people"), ("post_audience", "people"),
    ("page_followers", None), ("page_posts", None),
    ("goals", None), ("imports", None),
    ("import_undo", "people"), ("column_mappings", None), ("access_log", "users"), ("meta", None),
)
TABLE_TEXT_KEYS = {
    "influencers": "record_table_influencers", "applicants": "record_table_applicants", "posts": "record_table_posts",
    "post_history": "record_table_post_history", "follower_counts": "record_table_follower_counts",
    "outcomes": "record_table_outcomes", "coverage": "record_table_coverage",
    "page_followers": "record_table_page_followers",
    "page_posts": "record_table_page_posts", "goals": "record_table_goals", "imports": "record_table_imports",
    "import_undo": "record_table_import_undo", "column_mappings": "record_table_column_mappings",
    "access_log": "record_table_access_log", "meta": "record_table_meta",
    "audience_windows": "record_table_audience_windows", "audience_values": "record_table_audience_values",
    "account_days": "record_table_account_days", "post_audience": "record_table_post_audience",
}
# a table's category of people (None: technical, "unknown": a table this description does not know)
CATEGORY_TEXT_KEYS = {
    "people": "record_category_people", "applicants": "record_category_applicants", "users": "record_category_users",
    None: "record_category_none", "unknown": "record_category_unknown",
}
# one meaning per field name, wherever it is stored
FIELD_TEXT_KEYS = {
    "access_id": "record_col_access_id", "action": "record_col_action", "age_band": "record_col_age_band",
    "applicant_id": "record_col_applicant_id", "author": "record_col_author", "birth_year": "record_col_birth_year",
    "checksum": "record_col_checksum", "clicks": "record_col_clicks", "cohort": "record_col_cohort",
    "comments": "record_col_comments", "covers_until": "record_col_covers_until", "day": "record_col_day",
    "department": "record_col_department", "ends_with_question": "record_col_ends_with_question",
    "engagements_total": "record_col_engagements_total", "experience": "record_col_experience",
    "file_name": "record_col_file_name", "followers": "record_col_followers",
    "followers_gained": "record_col_followers_gained", "format": "record_col_format", "gender": "record_col_gender",
    "has_time": "record_col_has_time", "header_signature": "record_col_header_signature",
    "import_id": "record_col_import_id", "imported_at": "record_col_imported_at",
    "impressions": "record_col_impressions", "in_roster": "record_col_in_roster",
    "influencer_id": "record_col_influencer_id", "inserted": "record_col_inserted", "is_demo": "record_col_is_demo",
    "joined_on": "record_col_joined_on", "key": "record_col_key", "kind": "record_col_kind",
    "kinds": "record_col_kinds",
    "link_engagements": "record_col_link_engagements", "logged_at": "record_col_logged_at",
    "mapping": "record_col_mapping", "media_type": "record_col_media_type",
    "members_reached": "record_col_members_reached", "name": "record_col_name", "name_key": "record_col_name_key",
    "new_followers": "record_col_new_followers", "note": "record_col_note", "occurred_on": "record_col_occurred_on",
    "outcome_id": "record_col_outcome_id", "post_id": "record_col_post_id", "post_key": "record_col_post_key",
    "profession": "record_col_profession", "profile_viewers": "record_col_profile_viewers",
    "pseudonym_no": "record_col_pseudonym_no", "published_at": "record_col_published_at",
    "purpose": "record_col_purpose", "reactions": "record_col_reactions", "rejected": "record_col_rejected",
    "reposts": "record_col_reposts", "rows": "record_col_rows", "saved_at": "record_col_saved_at",
    "saves": "record_col_saves", "selected": "record_col_selected", "sends": "record_col_sends",
    "snapshot": "record_col_snapshot", "text": "record_col_text", "text_length": "record_col_text_length",
    "type": "record_col_type", "unchanged": "record_col_unchanged", "undone": "record_col_undone",
    "updated": "record_col_updated", "updated_import_id": "record_col_updated_import_id", "url": "record_col_url",
    "user_email": "record_col_user_email", "value": "record_col_value", "view": "record_col_view",
    "topic": "record_col_topic", "type_other": "record_col_type_other", "page_post_id": "record_col_page_post_id",
    "goal_id": "record_col_goal_id", "metric": "record_col_metric", "target": "record_col_target",
    "period_start": "record_col_period_start", "period_end": "record_col_period_end",
    "created_at": "record_col_created_at", "left_on": "record_col_left_on", "scope": "record_col_scope",
    "first_day": "record_col_first_day", "last_day": "record_col_last_day", "figures": "record_col_figures",
    "window_start": "record_col_window_start", "window_end": "record_col_window_end",
    "position": "record_col_position", "category": "record_col_category", "share": "record_col_share",
    "below_one_percent": "record_col_below_one_percent", "engagements": "record_col_engagements",
}
SCHEMA_COLUMNS = """
SELECT table_name, column_name, data_type
FROM information_schema.columns
WHERE table_catalog = current_database() AND table_schema = 'main'
ORDER BY table_name, ordinal_position
"""


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    data_type: str


def stored_columns(cur: duckdb.DuckDBPyConnection) -> dict[str, list[Column]]:
    """Every table of the workspace with its columns, as the schema says."""
    tables: dict[str, list[Column]] = {}
    for table, column, data_type in cur.execute(SCHEMA_COLUMNS).fetchall():
        tables.setdefault(table, []).append(Column(table, column, data_type))
    return tables


def _ordered(tables: dict[str, list[Column]]) -> list[str]:
    known = [table for table, _ in TABLE_ORDER if table in tables]
    return known + sorted(set(tables) - set(known))


def _column_text(column: Column, lang: str) -> str:
    return t(FIELD_TEXT_KEYS.get(column.name, "record_col_unknown"), lang)


def _rows(cur: duckdb.DuckDBPyConnection, table: str) -> int:
    return int(cur.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # noqa: S608 - a schema table name


def record_markdown(cur: duckdb.DuckDBPyConnection, lang: str = "de", *, login: bool = False,
                    path: str | None = None, today: date | None = None) -> str:
    """The record of processing as Markdown, in ``lang``; ``login``: whether sign-in is configured."""
    today = today or date.today()
    values = settings.all_settings(cur)
    tables = stored_columns(cur)
    programme = values.get("programme_name") or t("record_programme_default", lang)
    organisation = values.get("organisation") or t("record_organisation_unset", lang)
    lines = [
        f"# {t('record_title', lang)}",
        "",
        t("record_intro", lang, date=fmt_date(today, lang)),
        "",
        f"- **{t('record_programme', lang)}:** {programme}",
        f"- **{t('record_organisation', lang)}:** {organisation}",
        "",
        f"## 1. {t('record_purpose_h', lang)}",
        "",
        t("record_purpose", lang),
        "",
        f"## 2. {t('record_people_h', lang)}",
        "",
        f"- {t('record_people_people', lang)}",
        f"- {t('record_people_applicants', lang)}",
        f"- {t('record_people_users', lang)}",
        f"- {t('record_people_third', lang)}",
        "",
        f"## 3. {t('record_data_h', lang)}",
        "",
        t("record_data_intro", lang),
        "",
    ]
    categories = dict(TABLE_ORDER)
    for table in _ordered(tables):
        category = categories.get(table, "unknown")
        heading = t(TABLE_TEXT_KEYS[table], lang) if table in categories else table
        lines.append(f"### {heading} (`{table}`)")
        lines.append("")
        lines.append(t(CATEGORY_TEXT_KEYS[category], lang, rows=fmt_number(_rows(cur, table), lang)))
        lines.append("")
        lines.append(f"| {t('record_field', lang)} | {t('record_type', lang)} | {t('record_meaning', lang)} |")
        lines.append("|---|---|---|")
        for column in tables[table]:
            lines.append(f"| `{column.name}` | {column.data_type} | {_column_text(column, lang)} |")
        lines.append("")
    retention = values.get("retention_months")
    council = "record_measure_council_on" if values.get("staff_council_mode") else "record_measure_council_off"
    lines += [
        f"## 4. {t('record_recipients_h', lang)}",
        "",
        t("record_recipients", lang),
        "",
        f"## 5. {t('record_retention_h', lang)}",
        "",
        t("record_retention_set", lang, months=retention) if retention else t("record_retention_unset", lang),
        "",
        f"## 6. {t('record_measures_h', lang)}",
        "",
        f"- {t('record_measure_local', lang, path=path or t('record_path_unknown', lang))}",
        f"- {t('record_measure_pseudonyms', lang)}",
        f"- {t('record_measure_suppression', lang, n=values.get('min_group'))}",
        f"- {t('record_measure_login_on' if login else 'record_measure_login_off', lang)}",
        f"- {t(council, lang)}",
        f"- {t('record_measure_erasure', lang)}",
        "",
        f"_{t('record_generated', lang)}_",
        "",
    ]
    return "\n".join(lines)


def record_html(cur: duckdb.DuckDBPyConnection, lang: str = "de", **options) -> str:
    """The same record as one self-contained HTML file (headings, lists, tables; nothing loaded from outside)."""
    body: list[str] = []
    table_open = False
    listing = False
    for line in record_markdown(cur, lang, **options).splitlines():
        if listing and not line.startswith("- "):
            body.append("</ul>")
            listing = False
        if table_open and not line.startswith("|"):
            body.append("</table>")
            table_open = False
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            body.append(f"<h{level}>{_inline(line[level:].strip())}</h{level}>")
        elif line.startswith("- "):
            if not listing:
                body.append("<ul>")
                listing = True
            body.append(f"<li>{_inline(line[2:])}</li>")
        elif line.startswith("|---"):
            continue
        elif line.startswith("|"):
            cells = [cell.strip() for cell in line.strip("|").split(" | ")]
            tag = "th" if not table_open else "td"
            if not table_open:
                body.append("<table>")
                table_open = True
            body.append("<tr>" + "".join(f"<{tag}>{_inline(cell)}</{tag}>" for cell in cells) + "</tr>")
        elif line.strip():
            body.append(f"<p>{_inline(line)}</p>")
    if listing:
        body.append("</ul>")
    if table_open:
        body.append("</table>")
    style = ("body{font-family:Arial,sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
             "table{border-collapse:collapse;margin-bottom:1em}td,th{border:1px solid #999;padding:.2em .5em;"
             "text-align:left;vertical-align:top}code{font-size:.95em}")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>'
            f"{escape(t('record_title', lang))}</title><style>{style}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _inline(text: str) -> str:
    """Markdown's **bold**, _italic_ and `code` as HTML, everything else escaped."""
    html = escape(text)
    html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
    html = re.sub(r"`(.+?)`", r"<code>\1</code>", html)
    return re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"<em>\1</em>", html)


def record_file(cur: duckdb.DuckDBPyConnection, fmt: str, lang: str = "de", **options) -> bytes:
    """The record as the bytes of a file to download: ``fmt`` ``md`` (Markdown) or ``html``."""
    render = record_html if fmt == "html" else record_markdown
    return render(cur, lang, **options).encode("utf-8")

"""Export the cleaned data (posts, influencers, outcomes) as CSV or XLSX.

``python -m analytics export --db PATH --table posts|influencers|outcomes --format csv|xlsx --out FILE
[--pseudonymise] [--purpose TEXT]``
``python -m analytics export --db PATH --person NAME [--format xlsx|json] --out FILE [--purpose TEXT]``
(right of access, see :mod:`analytics.lifecycle`)

In staff-council mode both need ``--purpose`` (exit 2 without it, nothing written) and are written
to the access log before the file (:func:`analytics.privacy.log_export`).

In the CSV, a text cell whose first visible character is ``=``, ``+``, ``-``, ``@`` (or their
full-width forms ``＝＋－＠``), also after leading spaces, non-breaking spaces, line breaks or
zero-width characters, or that starts with tab or carriage return, gets a leading apostrophe,
so a spreadsheet never runs it as a formula (OWASP CSV injection). XLSX cells are written as
text cells, which no spreadsheet runs, so they keep the value as it is. The German CSV uses
``;`` and UTF-8 with BOM, so Excel opens it with umlauts; the English one uses ``,``.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import unicodedata

import duckdb
import pandas as pd

from analytics import lifecycle, privacy, store
from analytics.briefing.cli import write_file
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import LANGUAGES, t
from analytics.privacy import pseudonymous_link, roster_redactor

# each table's name and its columns' headings, by the names the queries below give them
TABLE_TEXT_KEYS = {"posts": "export_table_posts", "influencers": "export_table_influencers",
                   "outcomes": "export_table_outcomes"}
TABLES = tuple(TABLE_TEXT_KEYS)
COLUMN_TEXT_KEYS = {
    "post_key": "export_col_post_key", "author": "export_col_author", "published_at": "export_col_published_at",
    "url": "export_col_url", "text": "export_col_text", "text_length": "export_col_text_length",
    "ends_with_question": "export_col_ends_with_question", "media_type": "export_col_media_type",
    "reactions": "export_col_reactions", "comments": "export_col_comments", "reposts": "export_col_reposts",
    "impressions": "export_col_impressions", "clicks": "export_col_clicks", "topic": "export_col_topic",
    "name": "export_col_name", "birth_year": "export_col_birth_year", "age_band": "export_col_age_band",
    "gender": "export_col_gender", "profession": "export_col_profession", "department": "export_col_department",
    "experience": "export_col_experience", "joined_on": "export_col_joined_on", "left_on": "export_col_left_on",
    "cohort": "export_col_cohort",
    "in_roster": "export_col_in_roster", "occurred_on": "export_col_occurred_on", "type": "export_col_type",
    "note": "export_col_note", "type_other": "export_col_type_other", "post": "export_col_post",
}
FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
CONTROL_STARTS = ("\t", "\r")

# Named queries: the cleaned columns of each table, in reading order (no internal ids or flags).
QUERIES = {
    "posts": """
        SELECT p.post_key, {name} AS author, p.published_at, p.url, p.text, p.text_length,
               p.ends_with_question, p.media_type, p.reactions, p.comments, p.reposts, p.impressions, p.clicks,
               p.topic
        FROM posts p JOIN influencers i USING (influencer_id)
        ORDER BY p.published_at, p.post_id
    """,
    "influencers": """
        SELECT {name} AS name, i.birth_year, i.age_band, i.gender, i.profession, i.department, i.experience,
               i.joined_on, i.left_on, i.cohort, i.in_roster
        FROM influencers i
        ORDER BY {sort_key}
    """,
    "outcomes": """
        SELECT o.occurred_on, o.type, {name} AS author, o.note, o.type_other, p.post_key AS post
        FROM outcomes o LEFT JOIN influencers i USING (influencer_id) LEFT JOIN posts p ON p.post_id = o.post_id
        ORDER BY o.occurred_on, o.outcome_id
    """,
}
DATE_COLUMNS = ("joined_on", "left_on", "occurred_on")  # calendar days, written without a time
# free text that may name people: pseudonymised, every roster name in it is replaced (analytics.privacy);
# a link becomes LinkedIn's link by the post's id (a profile link names its author in the slug)
FREE_TEXT_COLUMNS = ("post_key", "text", "note", "type_other", "topic", "post")
MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def defuse(value: object) -> object:
    """'=HYPERLINK(...)' -> "'=HYPERLINK(...)", also ' =…', '\\u200b=…' and '＝…'; anything else unchanged."""
    if isinstance(value, str) and (value.startswith(CONTROL_STARTS) or _visible(value).startswith(FORMULA_STARTS)):
        return "'" + value
    return value


def _visible(text: str) -> str:
    """``text`` from its first character that is neither white space nor invisible (zero-width, BOM)."""
    for index, char in enumerate(text):
        if not (char.isspace() or unicodedata.category(char) == "Cf"):
            return text[index:]
    return ""


def table_frame(cur: duckdb.DuckDBPyConnection, table: str, lang: str = "de",
                pseudonymise: bool = False) -> pd.DataFrame:
    """The cleaned table with headers and yes/no in ``lang`` (text as stored; the CSV defuses it).

    ``pseudonymise``: people appear under their pseudonyms (in pseudonym order), and every
    roster name inside free text (post texts, topics, notes) is replaced in every spelling
    :class:`analytics.privacy.NameRedactor` recognises, and a post's link is LinkedIn's link by
    the post's id (:func:`analytics.privacy.pseudonymous_link`; none when the link has no id).
    """
    if table not in TABLES:
        raise CockpitError("export_unknown_table", table=table, choices=", ".join(TABLES))
    selection = Filters(pseudonymise=pseudonymise)
    data = cur.execute(QUERIES[table].format(name=selection.name_sql("i"), sort_key=selection.sort_sql("i"))).df()
    if pseudonymise:
        redact = roster_redactor(cur)
        for column in FREE_TEXT_COLUMNS:
            if column in data.columns:
                data[column] = data[column].astype(object).map(redact)
        if "url" in data.columns:
            data["url"] = data["url"].astype(object).map(pseudonymous_link)
    yes, no = t("export_yes", lang), t("export_no", lang)
    for column in data.columns:
        if data[column].dtype == bool or str(data[column].dtype) == "boolean":
            data[column] = data[column].map(lambda v: None if pd.isna(v) else (yes if v else no))
        elif pd.api.types.is_object_dtype(data[column]) or pd.api.types.is_string_dtype(data[column]):
            data[column] = data[column].astype(object)
        elif column in DATE_COLUMNS:
            data[column] = data[column].map(lambda v: None if pd.isna(v) else v.date())
    return data.rename(columns=lambda column: t(COLUMN_TEXT_KEYS[column], lang))


def _csv(data: pd.DataFrame, lang: str) -> bytes:
    data = data.apply(lambda column: column.map(defuse) if column.dtype == object else column)
    text = data.to_csv(index=False, sep=";" if lang == "de" else ",", lineterminator="\r\n",
                       date_format="%Y-%m-%d %H:%M:%S")
    return text.encode("utf-8-sig")


def _xlsx(data: pd.DataFrame, title: str) -> bytes:
    sheet = re.sub(r"[\[\]:*?/\\]", "", title)[:31]
    out = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(out, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        data.to_excel(writer, sheet_name=sheet, index=False)
        worksheet = writer.sheets[sheet]
        worksheet.freeze_panes(1, 0)
        worksheet.autofilter(0, 0, len(data), max(len(data.columns) - 1, 0))
        for index, column in enumerate(data.columns):
            filled = data[column].dropna()
            longest = int(filled.astype(str).str.len().max()) if len(filled) else 0  # an empty column: its header
            worksheet.set_column(index, index, min(max(len(str(column)), longest) + 2, 60))
    return out.getvalue()


def serialise(data: pd.DataFrame, table: str, fmt: str, lang: str = "de") -> bytes:
    """A frame from :func:`table_frame` as CSV or XLSX bytes."""
    if fmt not in FORMATS:
        raise CockpitError("export_unknown_format", fmt=fmt, choices=", ".join(FORMATS))
    if fmt == "csv":
        return _csv(data, lang)
    return _xlsx(data, t(TABLE_TEXT_KEYS[table], lang))


def export_table(cur: duckdb.DuckDBPyConnection, table: str, fmt: str, lang: str = "de",
                 pseudonymise: bool = False) -> bytes:
    """The cleaned ``table`` (posts, influencers, outcomes) as CSV or XLSX bytes (names pseudonymised on request)."""
    return serialise(table_frame(cur, table, lang, pseudonymise), table, fmt, lang)


def cmd_export(args: argparse.Namespace) -> int:
    """Write one table to a file (``--table``), or everything about one person (``--person``)."""
    if args.person is not None:
        return _cmd_export_person(args)
    if args.table is None or args.format is None or args.format not in FORMATS:
        raise CockpitError("cli_usage", detail="--table and --format csv|xlsx are required (or --person NAME)")
    with store.closing(store.open_existing(args.db)) as cur:
        privacy.require_purpose(cur, args.purpose)
        data = table_frame(cur, args.table, args.lang, args.pseudonymise)
        privacy.log_export(cur, f"export_{args.table}", args.purpose)
    target = write_file(args.out, serialise(data, args.table, args.format, args.lang))
    json.dump({"out": str(target), "table": args.table, "format": args.format, "rows": len(data),
               "pseudonymised": bool(args.pseudonymise)}, sys.stdout)
    sys.stdout.write("\n")
    return 0


def _cmd_export_person(args: argparse.Namespace) -> int:
    """Right of access (GDPR Art. 15): everything about one person as one XLSX or JSON."""
    if args.table is not None:
        raise CockpitError("cli_usage", detail="--person and --table exclude each other")
    fmt = args.format or "xlsx"
    if fmt not in PERSON_FORMATS:
        raise CockpitError("export_unknown_format", fmt=fmt, choices=", ".join(PERSON_FORMATS))
    with store.closing(store.open_existing(args.db)) as cur:
        privacy.require_purpose(cur, args.purpose)
        person, rows, data = lifecycle.access_export(cur, args.person, fmt, args.lang)
        privacy.log_export(cur, f"access_{fmt}", args.purpose)
    target = write_file(args.out, data)
    json.dump({"out": str(target), "person": person.name, "format": fmt, "rows": rows}, sys.stdout,
              ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


PERSON_FORMATS = ("xlsx", "json")
PURPOSE_HELP = "why the named data is exported: required in staff-council mode, written to the access log"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser("export", help="export cleaned data as CSV or XLSX")
    parser.add_argument("--db", required=True)
    parser.add_argument("--table", choices=TABLES, help="required unless --person")
    parser.add_argument("--format", choices=tuple(dict.fromkeys(FORMATS + PERSON_FORMATS)),
                        help="csv|xlsx for --table (required); xlsx|json for --person (default xlsx)")
    parser.add_argument("--person", help="everything about one person (right of access), instead of --table")
    parser.add_argument("--out", required=True)
    parser.add_argument("--lang", choices=LANGUAGES, default="de")
    parser.add_argument("--pseudonymise", action="store_true",
                        help="people as pseudonyms, their names replaced inside texts and notes")
    parser.add_argument("--purpose", help=PURPOSE_HELP)
    parser.set_defaults(func=cmd_export)

"""Posts: stage raw text cells, parse and validate them in SQL, upsert into ``posts``.

Every post format ends up in the temporary relation ``_ic_stage`` (one VARCHAR column per
canonical post column plus the file line). CSV files are staged by DuckDB's ``read_csv``
directly; XLSX and LinkedIn formats are staged from Python rows. Everything after that —
dates, counts, identity, rejection reasons, the upsert and the undo history — is SQL, so
that a million-row CSV never passes through a Python loop.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from analytics.errors import CockpitError
from analytics.ingest.columns import COUNT_COLUMNS, POST_COLUMNS
from analytics.people import normalise_name

STAGE_COLUMNS = (*POST_COLUMNS, "engagements")
LOCAL_TZ = "Europe/Berlin"

# Python's str.isspace() and \w as RE2 classes, to mirror analytics.textstats in SQL
_S = r"[\s\p{Z}\x{85}\x{0B}\x{1C}-\x{1F}]"
_W = r"[\p{L}\p{N}_]"
_NW = r"[^\p{L}\p{N}_\s\p{Z}\x{85}\x{0B}\x{1C}-\x{1F}?.!]"
# a question mark followed only by hashtags, symbols and spaces (the same rule as analytics.textstats)
QUESTION_RE = rf"\?({_S}*(#{_W}[\p{{L}}\p{{N}}_-]*|{_NW}))*{_S}*$"
_POST_ID_RE = "(?i)(?:activity|share|ugcpost)[:-]([0-9]{6,})"
BLANK = " \t\r\n\u00a0\u202f"
UNKNOWN_TOKENS = ("-", "–", "—", "n/a", "na", "k.a.", "k. a.", "?")

_DATE_FORMATS_DMY = [
    # two-digit years first: '%Y' would read '23' as the year 23
    "%d.%m.%y %H:%M:%S", "%d.%m.%y %H:%M", "%d.%m.%y",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d",
]
_SLASH_MDY = ["%m/%d/%y", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %I:%M:%S %p",
              "%m/%d/%Y"]
_SLASH_DMY = ["%d/%m/%y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y"]
_TIME_FORMATS = ["%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M:%S %p", "%H.%M"]


def _sql_list(items: list[str]) -> str:
    return "[" + ", ".join("'" + i.replace("'", "''") + "'" for i in items) + "]"


def _blank_trim(expr: str) -> str:
    # trimming a set of characters is slow; most values have nothing to trim
    return (f"CASE WHEN regexp_matches({expr}, '^[{BLANK}]|[{BLANK}]$') THEN trim({expr}, '{BLANK}') "
            f"ELSE {expr} END")


def _dominant_format(cur, column: str, formats: list[str]) -> str | None:
    """The format that reads most of a sample of the column's values (None when none does).

    Trying one format that fits is far cheaper than trying a list in turn (each miss costs);
    the values it cannot read still go through the whole list.
    """
    counts = ", ".join(f"count(*) FILTER (WHERE try_strptime(v, '{f}') IS NOT NULL)" for f in formats)
    row = cur.execute(
        f"SELECT {counts} FROM (SELECT {_blank_trim(column)} AS v FROM _ic_stage "  # noqa: S608 - fixed names
        f"WHERE {column} IS NOT NULL LIMIT 2000)"
    ).fetchone()
    best = max(range(len(formats)), key=lambda i: (row[i] or 0, -i))
    return formats[best] if row[best] else None


def define_macros(cur) -> None:
    """SQL helpers used by the parsers (temporary, per connection)."""
    # a string search, not an IN list: DuckDB turns IN lists into joins that read every value
    tokens = "|" + "|".join(UNKNOWN_TOKENS) + "|"
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP MACRO _ic_unknown(tv) AS (
            CASE WHEN strlen(tv) > 6 THEN false WHEN tv = '' THEN true WHEN strpos(tv, '|') > 0 THEN false
                 ELSE contains('{tokens}', '|' || lower(tv) || '|') END);
        CREATE OR REPLACE TEMP MACRO _ic_clean(v) AS (
            CASE WHEN v IS NULL THEN NULL
                 WHEN _ic_unknown({_blank_trim('v')}) THEN NULL ELSE {_blank_trim('v')} END);
        CREATE OR REPLACE TEMP MACRO _ic_count(v) AS (
            CASE WHEN v IS NULL THEN NULL
                 WHEN regexp_full_match(v, '[0-9]{{1,10}}') THEN try_cast(v AS INTEGER)
                 WHEN regexp_full_match(v, '[0-9]{{1,3}}([.,\\x{{a0}}\\x{{202f}}'' ][0-9]{{3}})+')
                     THEN try_cast(regexp_replace(v, '[^0-9]', '', 'g') AS INTEGER)
                 WHEN regexp_full_match(
                          v, '[0-9]{{1,3}}(\\.[0-9]{{3}})*,0+|[0-9]{{1,3}}(,[0-9]{{3}})*\\.0+|[0-9]+[.,]0+')
                     THEN try_cast(regexp_replace(regexp_replace(v, '[.,]0+$', ''), '[^0-9]', '', 'g') AS INTEGER)
                 WHEN regexp_full_match(v, '[0-9]+(\\.[0-9]+)?[eE]\\+?[0-9]+')
                      AND try_cast(v AS DOUBLE) = floor(try_cast(v AS DOUBLE))
                      AND try_cast(v AS DOUBLE) < 2147483648
                     THEN CAST(try_cast(v AS DOUBLE) AS INTEGER)
                 ELSE NULL END);
        CREATE OR REPLACE TEMP MACRO _ic_question(t) AS (
            CASE WHEN t IS NULL OR regexp_full_match(t, '{_S}*') THEN NULL
                 ELSE regexp_matches(t, '{QUESTION_RE}') END);
        CREATE OR REPLACE TEMP MACRO _ic_post_id(link) AS (
            CASE WHEN strpos(link, '%') = 0 THEN regexp_extract(link, '{_POST_ID_RE}', 1)
                 ELSE regexp_extract(url_decode(url_decode(link)), '{_POST_ID_RE}', 1) END);
        """
    )


def _drop_stage(cur) -> None:
    """Remove ``_ic_stage``: a table (Python rows) or a view over ``_ic_stage_raw`` (a CSV)."""
    if cur.execute("SELECT count(*) FROM duckdb_views() WHERE view_name = '_ic_stage' AND temporary").fetchone()[0]:
        cur.execute("DROP VIEW temp._ic_stage")
    cur.execute("DROP TABLE IF EXISTS temp._ic_stage")
    cur.execute("DROP TABLE IF EXISTS temp._ic_stage_raw")


def create_stage(cur) -> None:
    _drop_stage(cur)
    cols = ", ".join(f'"{c}" VARCHAR' for c in STAGE_COLUMNS)
    cur.execute(f"CREATE TEMP TABLE _ic_stage (line BIGINT, {cols})")


def stage_rows(cur, records: list[tuple[int, dict[str, Any]]]) -> None:
    """Stage Python rows: (line, {canonical column: text or None})."""
    create_stage(cur)
    if not records:
        return
    data: dict[str, list[Any]] = {"line": [line for line, _ in records]}
    for column in STAGE_COLUMNS:
        data[column] = [None if rec.get(column) is None else str(rec.get(column)) for _, rec in records]
    frame = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data.items()})
    cur.register("_ic_frame", frame)
    try:
        select = ", ".join(f'CAST("{c}" AS VARCHAR)' for c in STAGE_COLUMNS)
        cur.execute(f"INSERT INTO _ic_stage SELECT CAST(line AS BIGINT), {select} FROM _ic_frame")  # noqa: S608
    finally:
        cur.unregister("_ic_frame")


def _read_csv_sql(path: Path, delimiter: str, skip: int, ncols: int, *, safe: bool) -> str:
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(ncols)) + "}"
    delim = delimiter.replace("'", "''")
    options = (
        f"delim='{delim}', quote='\"', escape='\"', header=false, skip={skip}, columns={columns}, "
        "auto_detect=false, strict_mode=false, max_line_size=16777216"
    )
    if safe:
        options += ", null_padding=true, parallel=false"
    return f"read_csv('{str(path).replace(chr(39), chr(39) * 2)}', {options})"


def stage_csv(cur, path: Path, delimiter: str, skip: int, headers: list[str], mapping: dict[str, str],
              first_line: int, columns: tuple[str, ...] = STAGE_COLUMNS) -> None:
    """Stage a CSV with DuckDB: column ``c{i}`` of the file goes to ``mapping[headers[i]]``.

    ``first_line`` is the line number of the first data record (header line + 1).
    """
    _drop_stage(cur)
    position: dict[str, int] = {}
    for index, header in enumerate(headers):
        canonical = mapping.get(header)
        if canonical in columns and canonical not in position:
            position[canonical] = index
    select = ", ".join(
        (f'c{position[c]} AS "{c}"' if c in position else f'NULL::VARCHAR AS "{c}"') for c in columns
    )
    last_error = None
    for safe in (False, True):
        source = _read_csv_sql(path, delimiter, skip, len(headers), safe=safe)
        try:
            # column names are fixed and the path is quoted. The table keeps the file's order
            # (insertion order is preserved), so a row's rowid is its record number: no
            # single-threaded row_number() window over the whole file
            cur.execute(f"CREATE OR REPLACE TEMP TABLE _ic_stage_raw AS SELECT {select} FROM {source}")  # noqa: S608
            cur.execute(
                f"CREATE TEMP VIEW _ic_stage AS SELECT rowid + {int(first_line)} AS line, * FROM _ic_stage_raw"  # noqa: S608
            )
            return
        except Exception as exc:  # noqa: BLE001 - DuckDB's CSV errors: retry with the lenient reader
            last_error = exc
            if not _is_csv_error(exc):
                raise
    detail = str(last_error).splitlines()[0][:300] if last_error else ""
    raise CockpitError("import_unreadable", file=path.name, detail=detail)


def _is_csv_error(exc: Exception) -> bool:
    text = str(exc)
    return "CSV" in text or "Invalid Input Error" in text or "Conversion Error" in text


def slash_day_first(cur) -> bool:
    """Whether the file's d/m/y dates are day-first (a first part above 12 and no second part above 12)."""
    row = cur.execute(
        """
        SELECT bool_or(try_cast(split_part(d, '/', 1) AS INTEGER) > 12),
               bool_or(try_cast(split_part(d, '/', 2) AS INTEGER) > 12)
        FROM (SELECT trim(date) AS d FROM _ic_stage WHERE date LIKE '%/%/%')
        """
    ).fetchone()
    return bool(row[0]) and not bool(row[1])


def resolve_authors(cur, default_author: str | None = None) -> None:
    """``_ic_authors``: each distinct author cell, cleaned, and its name key (Python's normalise_name).

    Only the few distinct spellings pass through Python, never the rows; the parser joins on
    the raw cell, so that cleaning runs once per spelling.
    """
    rows = cur.execute(
        "SELECT raw, _ic_clean(raw) FROM (SELECT DISTINCT author AS raw FROM _ic_stage)"
    ).fetchall()
    raws = [raw for raw, _ in rows]
    cleaned = [clean for _, clean in rows]
    authors = [clean if clean is not None else default_author for clean in cleaned]
    keys = [normalise_name(a) if a is not None else None for a in authors]
    frame = pd.DataFrame({name: pd.Series(values, dtype=object) for name, values in
                          (("raw", raws), ("cleaned", cleaned), ("author", authors), ("name_key", keys))})
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE _ic_authors (raw VARCHAR, cleaned VARCHAR, author VARCHAR, name_key VARCHAR)"
    )
    if rows:
        cur.register("_ic_author_frame", frame)
        try:
            cur.execute(
                "INSERT INTO _ic_authors SELECT CAST(raw AS VARCHAR), CAST(cleaned AS VARCHAR), "
                "CAST(author AS VARCHAR), CAST(name_key AS VARCHAR) FROM _ic_author_frame"
            )
        finally:
            cur.unregister("_ic_author_frame")


_SHORT = ("date", "time", "link", "media_type", *COUNT_COLUMNS, "engagements")
_COUNTS = (*COUNT_COLUMNS, "engagements")


def parse_posts(cur, *, default_author: str | None, slash_dmy: bool | None = None, utc: bool = False) -> None:
    """``_ic_stage`` -> ``_ic_parsed``: typed values, author key, post key, a rejection reason per bad row.

    One pass over the staged rows. The common cell (a plain number, a date in the file's usual
    format) is read by one cheap call; trimming, unknown-value tokens, regular expressions and
    format lists only see the cells that call cannot read.
    """
    if slash_dmy is None:
        slash_dmy = slash_day_first(cur)
    resolve_authors(cur, default_author)
    formats = _DATE_FORMATS_DMY + (_SLASH_DMY if slash_dmy else _SLASH_MDY)
    fast_date = _dominant_format(cur, "date", formats)
    fast_time = _dominant_format(cur, "time", _TIME_FORMATS)
    # a format that reads the value gives the list's answer unless an earlier format also reads
    # it; that happens only for '%Y' reading a two-digit year, which the year check sends on
    fast = [f"CASE WHEN regexp_full_match({c}, '[0-9]{{1,10}}') THEN try_cast({c} AS INTEGER) END AS {c}_f"
            for c in _COUNTS]
    fast.append(f"CASE WHEN year(try_strptime(date, '{fast_date}')) BETWEEN 1990 AND 2100 "
                f"THEN try_strptime(date, '{fast_date}') END AS date_f" if fast_date else "NULL::TIMESTAMP AS date_f")
    fast.append(f"try_strptime(time, '{fast_time}') AS time_f" if fast_time else "NULL::TIMESTAMP AS time_f")
    fast += ["NULL AS link_f", "NULL AS media_type_f"]
    trimmed = ",\n".join(f"CASE WHEN {c}_f IS NOT NULL THEN {c} ELSE {_blank_trim(c)} END AS {c}_t" for c in _SHORT)
    cleaned = ",\n".join(
        f"CASE WHEN {c}_f IS NOT NULL THEN {c}_t WHEN _ic_unknown({c}_t) THEN NULL ELSE {c}_t END AS {c}_c"
        for c in _SHORT
    )
    counts = ",\n".join(f"coalesce({c}_f, _ic_count({c}_c)) AS {c}" for c in _COUNTS)
    bad_counts = "\n".join(f"WHEN {c}_c IS NOT NULL AND {c} IS NULL THEN 'count:{c}'" for c in _COUNTS)
    bad_values = "\n".join(f"WHEN {c}_c IS NOT NULL AND {c} IS NULL THEN {c}_c" for c in _COUNTS)
    # a row counts when any cell holds something; the text is checked last, and only then
    anything = ", ".join(f"{c}_c" for c in _SHORT) + ", a.cleaned, _ic_clean(text)"
    cleaned_date = "regexp_replace(regexp_replace(d_raw, '(:[0-9]{2})[.,][0-9]+', '\\1'), '(Z| ?UTC| ?GMT)$', '')"
    d_ts = f"coalesce(date_f, try_strptime({cleaned_date}, {_sql_list(formats)}))"
    t_ts = f"coalesce(time_f, try_strptime(t_raw, {_sql_list(_TIME_FORMATS)}))"
    ts = "CASE WHEN t_ts IS NOT NULL THEN CAST(d_ts AS DATE) + CAST(t_ts AS TIME) ELSE d_ts END"
    if utc:
        ts = f"(({ts}) AT TIME ZONE 'UTC') AT TIME ZONE '{LOCAL_TZ}'"
    # fixed column names and format lists; no values are spliced in
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ic_parsed AS
        SELECT line, author, name_key, link, text, length(text) AS text_length,
               _ic_question(text) AS ends_with_question, media_type,
               reactions, comments, reposts, impressions, clicks, engagements, published_at, has_time,
               reason, bad_value,
               CASE WHEN reason IS NOT NULL THEN NULL
                    WHEN coalesce(li_id, '') <> '' THEN 'li:' || li_id
                    ELSE 'h:' || sha1(name_key || '|' || strftime(published_at, '%Y-%m-%dT%H:%M:%S')
                                      || '|' || coalesce(text, '')) END AS post_key
        FROM (
            SELECT *,
                   {ts} AS published_at,
                   (t_ts IS NOT NULL OR (d_ts IS NOT NULL AND strpos(d_raw, ':') > 0)) AS has_time,
                   CASE WHEN d_raw IS NULL THEN 'reject_missing_date'
                        WHEN d_ts IS NULL OR year(d_ts) < 1990 OR year(d_ts) > 2100 THEN 'reject_bad_date'
                        WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN 'reject_bad_time'
                        WHEN author IS NULL THEN 'reject_missing_author'
                        {bad_counts}
                        WHEN name_key = '' THEN 'reject_missing_author'
                   END AS reason,
                   CASE WHEN d_ts IS NULL THEN d_raw
                        WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN t_raw
                        {bad_values}
                   END AS bad_value,
                   CASE WHEN link IS NOT NULL THEN _ic_post_id(link) END AS li_id
            FROM (
                SELECT *, {d_ts} AS d_ts, {t_ts} AS t_ts, {counts}
                FROM (
                    SELECT s.line, s.date_c AS d_raw, s.time_c AS t_raw, s.date_f, s.time_f,
                           a.author, a.name_key, s.link_c AS link, s.media_type_c AS media_type,
                           CASE WHEN s.text IS NULL OR regexp_full_match(s.text, '{_S}*') THEN NULL
                                ELSE s.text END AS text,
                           {", ".join(f"s.{c}_c, s.{c}_f" for c in _COUNTS)}
                    FROM (
                        SELECT line, text, author, date_f, time_f, {", ".join(f"{c}_f" for c in _COUNTS)}, {cleaned}
                        FROM (
                            SELECT line, text, author, {", ".join(f"{c}_f" for c in _SHORT)}, {trimmed}
                            FROM (SELECT *, {", ".join(fast)} FROM _ic_stage)
                        )
                    ) s
                    LEFT JOIN _ic_authors a ON s.author IS NOT DISTINCT FROM a.raw
                    WHERE coalesce({anything}) IS NOT NULL
                )
            )
        )
        """  # noqa: S608
    )


def rejected_rows(cur) -> list[tuple[int, str, str | None]]:
    return cur.execute(
        "SELECT line, reason, bad_value FROM _ic_parsed WHERE reason IS NOT NULL ORDER BY line"
    ).fetchall()


_METRICS = ("reactions", "comments", "reposts", "impressions", "clicks", "text", "media_type")


def upsert_posts(cur, import_id: int) -> dict[str, int]:
    """Insert new posts, update changed ones (keeping their old values for undo).

    New and known posts are told apart by joins on the post key, never row by row; the
    LinkedIn member analytics' engagements go to ``engagements_total``.
    """
    # the last row of a post wins when a file lists it twice
    if cur.execute(
        "SELECT count(*) > count(DISTINCT post_key) FROM _ic_parsed WHERE reason IS NULL"
    ).fetchone()[0]:
        cur.execute(
            """
            DELETE FROM _ic_parsed WHERE reason IS NULL AND line NOT IN (
                SELECT max(line) FROM _ic_parsed WHERE reason IS NULL GROUP BY post_key)
            """
        )
    cur.execute(
        """
        INSERT INTO influencers (name, name_key, in_roster, import_id)
        SELECT arg_min(author, line), name_key, FALSE, ? FROM _ic_parsed
        WHERE reason IS NULL AND name_key NOT IN (SELECT name_key FROM influencers)
        GROUP BY name_key ORDER BY min(line)
        """,
        [import_id],
    )
    new_values = ", ".join(f"coalesce(g.{c}, p.{c}) AS {c}" for c in _METRICS)
    old_values = ", ".join(f"p.{c} AS o_{c}" for c in _METRICS)
    differs = " OR ".join(f"{c} IS DISTINCT FROM o_{c}" for c in (*_METRICS, "engagements_total"))
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ic_changed AS
        SELECT * FROM (
            SELECT p.post_id, {new_values},
                   coalesce(g.engagements, p.engagements_total) AS engagements_total,
                   {old_values}, p.engagements_total AS o_engagements_total
            FROM _ic_parsed g JOIN posts p USING (post_key)
            WHERE g.reason IS NULL
        )
        WHERE {differs}
        """  # noqa: S608 - fixed column names
    )
    good = cur.execute("SELECT count(*) FROM _ic_parsed WHERE reason IS NULL").fetchone()[0]
    inserted = cur.execute(
        """
        INSERT INTO posts (post_key, influencer_id, published_at, has_time, url, text, text_length,
                           ends_with_question, media_type, reactions, comments, reposts, impressions,
                           clicks, engagements_total, import_id)
        SELECT g.post_key, i.influencer_id, g.published_at, g.has_time, g.link, g.text, g.text_length,
               g.ends_with_question, g.media_type, g.reactions, g.comments, g.reposts, g.impressions,
               g.clicks, g.engagements, ?
        FROM _ic_parsed g JOIN influencers i USING (name_key)
        WHERE g.reason IS NULL AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.post_key = g.post_key)
        """,
        [import_id],
    ).fetchone()[0]
    cur.execute(
        """
        INSERT INTO post_history (import_id, post_id, reactions, comments, reposts, impressions, clicks,
                                  text, media_type, updated_import_id, engagements_total)
        SELECT ?, p.post_id, p.reactions, p.comments, p.reposts, p.impressions, p.clicks, p.text,
               p.media_type, p.updated_import_id, p.engagements_total
        FROM posts p JOIN _ic_changed c USING (post_id)
        """,
        [import_id],
    )
    updated = cur.execute(
        """
        UPDATE posts SET reactions = c.reactions, comments = c.comments, reposts = c.reposts,
               impressions = c.impressions, clicks = c.clicks, text = c.text,
               text_length = length(c.text), ends_with_question = _ic_question(c.text),
               media_type = c.media_type, engagements_total = c.engagements_total, updated_import_id = ?
        FROM _ic_changed c WHERE posts.post_id = c.post_id
        """,
        [import_id],
    ).fetchone()[0]
    return {"inserted": int(inserted), "updated": int(updated), "unchanged": int(good - inserted - updated)}


def staged_row_count(cur) -> int:
    return cur.execute("SELECT count(*) FROM _ic_parsed").fetchone()[0]


def drop_temp(cur) -> None:
    _drop_stage(cur)
    for table in ("_ic_parsed", "_ic_authors", "_ic_changed"):
        cur.execute(f"DROP TABLE IF EXISTS temp.{table}")

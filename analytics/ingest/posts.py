"""Posts: stage raw text cells, parse and validate them in SQL, upsert into ``posts``.

Every post format ends up in the temporary table ``_ic_stage`` (one VARCHAR column per
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
TRAILING_TAGS_RE = rf"({_S}*(#{_W}[\p{{L}}\p{{N}}_-]*|{_NW}))+{_S}*$"
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
    return f"trim({expr}, '{BLANK}')"


def define_macros(cur) -> None:
    """SQL helpers used by the parsers (temporary, per connection)."""
    unknown = _sql_list(list(UNKNOWN_TOKENS))
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP MACRO _ic_clean(v) AS (
            CASE WHEN v IS NULL THEN NULL
                 WHEN lower({_blank_trim('v')}) IN ({unknown[1:-1]}) OR {_blank_trim('v')} = ''
                 THEN NULL ELSE {_blank_trim('v')} END);
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
                 ELSE ends_with(regexp_replace(regexp_replace(regexp_replace(t, '{_S}+$', ''),
                      '{TRAILING_TAGS_RE}', ''), '{_S}+$', ''), '?') END);
        CREATE OR REPLACE TEMP MACRO _ic_post_id(link) AS (
            regexp_extract(url_decode(url_decode(link)), '(?i)(?:activity|share|ugcpost)[:-]([0-9]{{6,}})', 1));
        """
    )


def create_stage(cur) -> None:
    cols = ", ".join(f'"{c}" VARCHAR' for c in STAGE_COLUMNS)
    cur.execute(f"CREATE OR REPLACE TEMP TABLE _ic_stage (line BIGINT, {cols})")


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
    cols = ", ".join(f'"{c}" VARCHAR' for c in columns)
    cur.execute(f"CREATE OR REPLACE TEMP TABLE _ic_stage (line BIGINT, {cols})")
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
            # column names are fixed and the path is quoted
            sql = f"INSERT INTO _ic_stage SELECT row_number() OVER () + {first_line - 1}, {select} FROM {source}"  # noqa: S608,E501
            cur.execute(sql)
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


def parse_posts(cur, *, default_author: str | None, slash_dmy: bool | None = None, utc: bool = False) -> None:
    """``_ic_stage`` -> ``_ic_parsed`` with typed values and a rejection reason per bad row."""
    if slash_dmy is None:
        slash_dmy = slash_day_first(cur)
    formats = _DATE_FORMATS_DMY + (_SLASH_DMY if slash_dmy else _SLASH_MDY)
    counts = ",\n".join(f"_ic_clean({c}) AS {c}_raw" for c in (*COUNT_COLUMNS, "engagements"))
    parsed_counts = ",\n".join(f"_ic_count({c}_raw) AS {c}" for c in (*COUNT_COLUMNS, "engagements"))
    bad_counts = "\n".join(
        f"WHEN {c}_raw IS NOT NULL AND {c} IS NULL THEN '{c}'" for c in (*COUNT_COLUMNS, "engagements")
    )
    bad_values = "\n".join(
        f"WHEN {c}_raw IS NOT NULL AND {c} IS NULL THEN {c}_raw" for c in (*COUNT_COLUMNS, "engagements")
    )
    author = "coalesce(_ic_clean(author), ?)" if default_author else "_ic_clean(author)"
    params = [default_author] if default_author else []
    ts = "CASE WHEN t_ts IS NOT NULL THEN CAST(d_ts AS DATE) + CAST(t_ts AS TIME) ELSE d_ts END"
    if utc:
        ts = f"(({ts}) AT TIME ZONE 'UTC') AT TIME ZONE '{LOCAL_TZ}'"
    # fixed column names and format lists; values are parameters
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ic_parsed AS
        WITH s AS (
            SELECT line,
                   _ic_clean(date) AS d_raw,
                   _ic_clean(time) AS t_raw,
                   {author} AS author,
                   _ic_clean(link) AS link,
                   CASE WHEN regexp_full_match(text, '{_S}*') THEN NULL ELSE text END AS text,
                   _ic_clean(media_type) AS media_type,
                   {counts}
            FROM _ic_stage
            WHERE coalesce(_ic_clean(date), _ic_clean(time), _ic_clean(author), _ic_clean(link),
                           _ic_clean(text), _ic_clean(reactions), _ic_clean(comments),
                           _ic_clean(reposts), _ic_clean(impressions), _ic_clean(clicks),
                           _ic_clean(engagements)) IS NOT NULL
        ), p AS (
            SELECT *,
                   try_strptime(regexp_replace(regexp_replace(d_raw, '(:[0-9]{{2}})[.,][0-9]+', '\\1'),
                                               '(Z| ?UTC| ?GMT)$', ''), {_sql_list(formats)}) AS d_ts,
                   CASE WHEN t_raw IS NULL THEN NULL ELSE try_strptime(t_raw, {_sql_list(_TIME_FORMATS)}) END AS t_ts,
                   {parsed_counts}
            FROM s
        )
        SELECT line, author, link, text, media_type,
               reactions, comments, reposts, impressions, clicks, engagements,
               {ts} AS published_at,
               (t_ts IS NOT NULL OR (d_ts IS NOT NULL AND d_raw LIKE '%:%')) AS has_time,
               CASE WHEN d_raw IS NULL THEN 'reject_missing_date'
                    WHEN d_ts IS NULL OR year(d_ts) < 1990 OR year(d_ts) > 2100 THEN 'reject_bad_date'
                    WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN 'reject_bad_time'
                    WHEN author IS NULL THEN 'reject_missing_author'
                    {bad_counts.replace("THEN '", "THEN 'count:")}
               END AS reason,
               CASE WHEN d_ts IS NULL THEN d_raw
                    WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN t_raw
                    {bad_values}
               END AS bad_value
        FROM p
        """,  # noqa: S608
        params,
    )


def resolve_authors(cur) -> None:
    """Name keys of the authors (Python's normalise_name on the few distinct spellings)."""
    authors = [row[0] for row in cur.execute(
        "SELECT DISTINCT author FROM _ic_parsed WHERE reason IS NULL"
    ).fetchall()]
    keys = [(a, normalise_name(a)) for a in authors]
    frame = pd.DataFrame({"author": pd.Series([a for a, _ in keys], dtype=object),
                          "name_key": pd.Series([k for _, k in keys], dtype=object)})
    cur.execute("CREATE OR REPLACE TEMP TABLE _ic_authors (author VARCHAR, name_key VARCHAR)")
    if keys:
        cur.register("_ic_author_frame", frame)
        try:
            cur.execute(
                "INSERT INTO _ic_authors SELECT CAST(author AS VARCHAR), CAST(name_key AS VARCHAR) "
                "FROM _ic_author_frame"
            )
        finally:
            cur.unregister("_ic_author_frame")
    # an author that is nothing but emoji or symbols counts as missing
    cur.execute(
        """
        UPDATE _ic_parsed SET reason = 'reject_missing_author'
        WHERE reason IS NULL AND author IN (SELECT author FROM _ic_authors WHERE name_key = '')
        """
    )


def rejected_rows(cur) -> list[tuple[int, str, str | None]]:
    return cur.execute(
        "SELECT line, reason, bad_value FROM _ic_parsed WHERE reason IS NOT NULL ORDER BY line"
    ).fetchall()


def upsert_posts(cur, import_id: int) -> dict[str, int]:
    """Insert new posts, update changed ones (keeping their old values for undo)."""
    cur.execute(
        """
        CREATE OR REPLACE TEMP TABLE _ic_good AS
        SELECT q.* FROM (
            SELECT p.*, a.name_key,
                   CASE WHEN coalesce(p.li_id, '') <> '' THEN 'li:' || p.li_id
                        ELSE 'h:' || sha1(a.name_key || '|' || strftime(p.published_at, '%Y-%m-%dT%H:%M:%S')
                                          || '|' || coalesce(p.text, '')) END AS post_key
            FROM (SELECT *, CASE WHEN link IS NOT NULL THEN _ic_post_id(link) END AS li_id
                  FROM _ic_parsed WHERE reason IS NULL) p
            JOIN _ic_authors a USING (author)
        ) q
        QUALIFY row_number() OVER (PARTITION BY post_key ORDER BY line DESC) = 1
        """
    )
    cur.execute(
        """
        INSERT INTO influencers (name, name_key, in_roster, import_id)
        SELECT arg_min(author, line), name_key, FALSE, ? FROM _ic_good
        WHERE name_key NOT IN (SELECT name_key FROM influencers)
        GROUP BY name_key ORDER BY min(line)
        """,
        [import_id],
    )
    cur.execute(
        """
        CREATE OR REPLACE TEMP TABLE _ic_match AS
        SELECT g.*, i.influencer_id, p.post_id AS old_id,
               p.reactions AS o_reactions, p.comments AS o_comments, p.reposts AS o_reposts,
               p.impressions AS o_impressions, p.clicks AS o_clicks, p.text AS o_text,
               p.media_type AS o_media_type
        FROM _ic_good g JOIN influencers i USING (name_key) LEFT JOIN posts p USING (post_key)
        """
    )
    # LinkedIn's member analytics give engagements only: they stand in for reactions while
    # the breakdown into reactions, comments and reposts is unknown
    cur.execute(
        """
        UPDATE _ic_match SET reactions = engagements
        WHERE engagements IS NOT NULL AND reactions IS NULL AND comments IS NULL AND reposts IS NULL
          AND (old_id IS NULL OR (o_comments IS NULL AND o_reposts IS NULL))
        """
    )
    inserted = cur.execute(
        """
        INSERT INTO posts (post_key, influencer_id, published_at, has_time, url, text, text_length,
                           ends_with_question, media_type, reactions, comments, reposts, impressions,
                           clicks, import_id)
        SELECT post_key, influencer_id, published_at, has_time, link, text, length(text),
               _ic_question(text), media_type, reactions, comments, reposts, impressions, clicks, ?
        FROM _ic_match WHERE old_id IS NULL ORDER BY line
        """,
        [import_id],
    ).fetchone()[0]
    cur.execute(
        """
        CREATE OR REPLACE TEMP TABLE _ic_changed AS
        SELECT * FROM (
            SELECT old_id AS post_id,
                   coalesce(reactions, o_reactions) AS reactions, coalesce(comments, o_comments) AS comments,
                   coalesce(reposts, o_reposts) AS reposts, coalesce(impressions, o_impressions) AS impressions,
                   coalesce(clicks, o_clicks) AS clicks, coalesce(text, o_text) AS text,
                   coalesce(media_type, o_media_type) AS media_type,
                   o_reactions, o_comments, o_reposts, o_impressions, o_clicks, o_text, o_media_type
            FROM _ic_match WHERE old_id IS NOT NULL
        )
        WHERE reactions IS DISTINCT FROM o_reactions OR comments IS DISTINCT FROM o_comments
           OR reposts IS DISTINCT FROM o_reposts OR impressions IS DISTINCT FROM o_impressions
           OR clicks IS DISTINCT FROM o_clicks OR text IS DISTINCT FROM o_text
           OR media_type IS DISTINCT FROM o_media_type
        """
    )
    matched = cur.execute("SELECT count(*) FROM _ic_match WHERE old_id IS NOT NULL").fetchone()[0]
    cur.execute(
        """
        INSERT INTO post_history (import_id, post_id, reactions, comments, reposts, impressions, clicks,
                                  text, media_type, updated_import_id)
        SELECT ?, p.post_id, p.reactions, p.comments, p.reposts, p.impressions, p.clicks, p.text,
               p.media_type, p.updated_import_id
        FROM posts p JOIN _ic_changed c USING (post_id)
        """,
        [import_id],
    )
    updated = cur.execute(
        """
        UPDATE posts SET reactions = c.reactions, comments = c.comments, reposts = c.reposts,
               impressions = c.impressions, clicks = c.clicks, text = c.text,
               text_length = length(c.text), ends_with_question = _ic_question(c.text),
               media_type = c.media_type, updated_import_id = ?
        FROM _ic_changed c WHERE posts.post_id = c.post_id
        """,
        [import_id],
    ).fetchone()[0]
    return {"inserted": int(inserted), "updated": int(updated), "unchanged": int(matched - updated)}


def staged_row_count(cur) -> int:
    return cur.execute("SELECT count(*) FROM _ic_parsed").fetchone()[0]


def drop_temp(cur) -> None:
    for table in ("_ic_stage", "_ic_parsed", "_ic_authors", "_ic_good", "_ic_match", "_ic_changed"):
        cur.execute(f"DROP TABLE IF EXISTS temp.{table}")

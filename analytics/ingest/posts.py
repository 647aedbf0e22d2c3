"""Posts: stage raw text cells, parse and validate them in SQL, upsert into ``posts``.

Every post format ends up in the temporary relation ``_ic_stage`` (one VARCHAR column per
canonical post column plus the file line). CSV files are staged by DuckDB's ``read_csv``
directly; XLSX and LinkedIn formats are staged from Python rows. Everything after that —
dates, counts, identity, rejection reasons, the upsert and the undo history — is SQL, so
that a million-row CSV never passes through a Python loop.
"""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

from analytics.errors import CockpitError
from analytics.ingest.columns import COUNT_COLUMNS, POST_COLUMNS
from analytics.people import normalise_name

STAGE_COLUMNS = (*POST_COLUMNS, "engagements")
LOCAL_TZ = "Europe/Berlin"

# Python's str.isspace() and \w as RE2 classes (the property tests hold the rule in Python)
_S = r"[\s\p{Z}\x{85}\x{0B}\x{1C}-\x{1F}]"
_W = r"[\p{L}\p{N}_]"
_NW = r"[^\p{L}\p{N}_\s\p{Z}\x{85}\x{0B}\x{1C}-\x{1F}?.!]"
# A text ends with a question when its last sentence, before closing hashtags and emoji, is one:
# its last '?' is followed only by hashtags, symbols and spaces. Neither a hashtag nor the
# symbols contain '?', so matching what follows the last '?' is that test, at a fraction of the
# cost of a search for the '?'.
QUESTION_TAIL_RE = rf"({_S}*(#{_W}[\p{{L}}\p{{N}}_-]*|{_NW}))*{_S}*"
# the same for a tail of ASCII characters only: compiling the Unicode classes costs a tenth of a
# second per query, so the bulk parse uses this and leaves other tails to _ic_question
_AS = r"[\t\n\x0B\f\r \x1C-\x1F]"
QUESTION_ASCII_TAIL_RE = rf"({_AS}*(#[A-Za-z0-9_][A-Za-z0-9_-]*|[^A-Za-z0-9_\t\n\x0B\f\r \x1C-\x1F?.!]))*{_AS}*"
_POST_ID_RE = "(?i)(?:activity|share|ugcpost)[:-]([0-9]{6,})"
# the usual post links: the id is the digits up to the next '/', which is what _POST_ID_RE finds
# (nothing before them matches it), read without a regular expression when they are plain digits
_FEED_PREFIXES = tuple(f"https://www.linkedin.com/feed/update/urn:li:{kind}:"
                       for kind in ("activity", "share", "ugcPost"))
BLANK = " \t\r\n\u00a0\u202f"
UNKNOWN_TOKENS = ("-", "–", "—", "n/a", "na", "k.a.", "k. a.", "?")

# counts with a unit ('1,2 Tsd.', '3,4 Mio.', '1.2K') and German dates with a month name
# ('3. März 2024', '03. Mrz. 2024'): only the full parse reads them (unusual rows go there)
_SCALED_RE = r"[0-9]+([.,][0-9]+)? ?([Tt]sd\.?|[Kk]|[Mm]io\.?|[Mm])"
_MONTH_DATE_RE = r"[0-9]{1,2}\.? ?\p{L}{3,9}\.? ?[0-9]{4}"
_MONTH_ONLY_RE = r"\p{L}{3,9}\.?( ?[0-9]{4})?"  # 'März 2024', 'Januar': a month, no day
_DATE_FORMATS_DMY = [
    # two-digit years first: '%Y' would read '23' as the year 23
    "%d.%m.%y %H:%M:%S", "%d.%m.%y %H:%M", "%d.%m.%y",
    "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d",
    "%b %d, %Y", "%B %d, %Y",  # LinkedIn's 'Sep 30, 2025'
]
_SLASH_MDY = ["%m/%d/%y", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %I:%M:%S %p",
              "%m/%d/%Y"]
_SLASH_DMY = ["%d/%m/%y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y"]
_TIME_FORMATS = ["%H:%M:%S", "%H:%M", "%I:%M %p", "%I:%M:%S %p", "%H.%M"]


def _sql_list(items: list[str]) -> str:
    return "[" + ", ".join("'" + i.replace("'", "''") + "'" for i in items) + "]"


# the first character's codes that may start a blank: ASCII controls and space, and the two
# Unicode blanks. Comparisons, not an IN list (DuckDB plans an IN list as a join per use)
_BLANK_START = " OR ".join(
    ["ascii({e}) <= 32"] + [f"ascii({{e}}) = {ord(c)}" for c in BLANK if ord(c) > 32]
)


# the first character is printable ASCII ('!' to '~'): two string comparisons, which stop at the
# first byte, where ascii() of a long text costs as much as reading it
_PRINTABLE_START = "({t} >= '!' AND {t} < chr(127))"


def _blank_edge(expr: str) -> str:
    """Whether a value may start or end with a blank (a control character first passes too)."""
    ends = " OR ".join(f"suffix({expr}, chr({ord(c)}))" for c in BLANK)
    return f"{_BLANK_START.format(e=expr)} OR {ends}"


def _blank_trim(expr: str) -> str:
    # trimming a set of characters is slow; most values have nothing to trim. The first
    # character's code and a suffix test per blank character are far cheaper than a regex.
    # The test may let through a value with nothing to trim (a control character first):
    # trim leaves that value as it is
    return f"CASE WHEN {_blank_edge(expr)} THEN trim({expr}, '{BLANK}') ELSE {expr} END"


def _plain_count(cell: str) -> str:
    """A count written plainly or with thousands dots, as an INTEGER (NULL for any other form).

    A plain number is one that reads back the same (no sign, spaces or leading zeros).
    """
    return (f"CASE WHEN CAST(try_cast({cell} AS UINTEGER) AS VARCHAR) = {cell} THEN try_cast({cell} AS INTEGER) "
            f"WHEN regexp_full_match({cell}, '[0-9]{{1,3}}(\\.[0-9]{{3}})+') "
            f"THEN try_cast(replace({cell}, '.', '') AS INTEGER) END")


def _usual_date(fmt: str | None) -> str:
    """The date cell read in the file's usual format, within 1990-2100 (else NULL).

    Any format of the list gives the list's answer for the values it reads, but for '%Y'
    reading a two-digit year, which the year check sends on to the whole list.
    """
    if not fmt:
        return "NULL::TIMESTAMP"
    return f"CASE WHEN year(try_strptime(date, '{fmt}')) BETWEEN 1990 AND 2100 THEN try_strptime(date, '{fmt}') END"


def _usual_time(fmt: str | None) -> str:
    return f"try_strptime(time, '{fmt}')" if fmt else "NULL::TIMESTAMP"


def _timestamp(date: str, time: str, *, utc: bool) -> str:
    """Date and (if any) time as local time; LinkedIn's Shares.csv gives UTC."""
    ts = f"CASE WHEN {time} IS NOT NULL THEN CAST({date} AS DATE) + CAST({time} AS TIME) ELSE {date} END"
    return f"(({ts}) AT TIME ZONE 'UTC') AT TIME ZONE '{LOCAL_TZ}'" if utc else ts


def _feed_id(tail: str) -> str:
    """The tail of a usual post link when it is a LinkedIn id (six or more plain digits), else NULL."""
    return f"CASE WHEN strlen({tail}) >= 6 AND CAST(try_cast({tail} AS UBIGINT) AS VARCHAR) = {tail} THEN {tail} END"


def _dominant_formats(cur, table: str, date_formats: list[str]) -> tuple[str | None, str | None]:
    """The formats that read most of a sample of the date and of the time column (None when none does).

    Trying one format that fits is far cheaper than trying a list in turn (each miss costs);
    the values it cannot read still go through the whole list. Any format of the list gives
    the list's answer for the values it reads (see :func:`_parse_select`), so the choice only
    decides speed: it is made in Python on the first values (a query trying every format on
    them cost more to plan than Python takes).
    """
    first = "(SELECT list({c}) FROM (SELECT {c} FROM {t} WHERE {c} IS NOT NULL LIMIT {n}))"
    query = "SELECT " + ", ".join(first.format(c=c, t=table, n=FORMAT_ROWS) for c in ("date", "time"))
    dates, times = cur.execute(query).fetchone()  # a fixed table name and fixed columns
    return _most_read(dates or [], date_formats), _most_read(times or [], _TIME_FORMATS)


def _most_read(values: list[str], formats: list[str]) -> str | None:
    """The format reading most of the values (the earlier one on a tie); None when none reads any."""
    values = [v.strip(BLANK) for v in values]
    best, best_count = None, 0
    for fmt in formats:
        count = 0
        for value in values:
            try:
                datetime.strptime(value, fmt)  # noqa: DTZ007 - only whether the format fits
            except ValueError:
                continue
            count += 1
        if count > best_count:
            best, best_count = fmt, count
            if count == len(values):
                break
    return best


def _question_tail(text: str) -> str:
    """What follows the last question mark of a text (NULL without one)."""
    return f"CASE WHEN contains({text}, '?') THEN split_part({text}, '?', -1) END"


def _feed_tail(link: str) -> str:
    """What follows a usual post link's prefix, but a last '/' (NULL for other links).

    Only a tail of plain digits is used (:func:`define_macros`): the link is then ASCII, and
    its byte length is its length in characters.
    """
    cases = []
    for prefix in _FEED_PREFIXES:
        start = len(prefix) + 1
        cases.append(f"WHEN starts_with({link}, '{prefix}') THEN "
                     f"CASE WHEN suffix({link}, '/') THEN substr({link}, {start}, strlen({link}) - {start}) "
                     f"ELSE substr({link}, {start}) END")
    return f"CASE {' '.join(cases)} END"


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
                 ELSE _ic_count_words(v) END);
        CREATE OR REPLACE TEMP MACRO _ic_scaled_count(v, number, unit) AS (
            CASE WHEN regexp_full_match(number, '[0-9]+[.,][0-9]{{3}}') THEN NULL  -- '1.234 Tsd.': ambiguous
                 WHEN abs(try_cast(replace(number, ',', '.') AS DOUBLE) * unit
                          - round(try_cast(replace(number, ',', '.') AS DOUBLE) * unit)) < 1e-6
                      AND try_cast(replace(number, ',', '.') AS DOUBLE) * unit < 2147483648
                     THEN CAST(round(try_cast(replace(number, ',', '.') AS DOUBLE) * unit) AS INTEGER)
                 END);
        CREATE OR REPLACE TEMP MACRO _ic_count_words(v) AS (
            CASE WHEN NOT regexp_full_match(v, '{_SCALED_RE}') THEN NULL
                 ELSE _ic_scaled_count(v, regexp_extract(v, '^[0-9]+([.,][0-9]+)?', 0),
                      CASE lower(left(regexp_extract(v, '[A-Za-z]+', 0), 1))
                           WHEN 'k' THEN 1000 WHEN 't' THEN 1000 ELSE 1000000 END) END);
        CREATE OR REPLACE TEMP MACRO _ic_month_number(m) AS (
            CASE WHEN left(m, 3) IN ('mrz', 'mae', 'mär') THEN 3
                 ELSE list_position(['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov',
                                     'dez'], CASE left(m, 3) WHEN 'may' THEN 'mai' WHEN 'oct' THEN 'okt'
                                                             WHEN 'dec' THEN 'dez' ELSE left(m, 3) END) END);
        CREATE OR REPLACE TEMP MACRO _ic_month_date(d) AS (
            CASE WHEN regexp_full_match(d, '{_MONTH_DATE_RE}') THEN
                try_strptime(regexp_extract(d, '[0-9]{{4}}$', 0) || '-' ||
                             CAST(_ic_month_number(lower(regexp_extract(d, '\\p{{L}}+', 0))) AS VARCHAR) || '-' ||
                             regexp_extract(d, '^[0-9]{{1,2}}', 0), '%Y-%m-%d')
            END);
        CREATE OR REPLACE TEMP MACRO _ic_serial_date(d) AS (
            CASE WHEN regexp_full_match(d, '[0-9]{{5}}([.,][0-9]+)?') THEN
                TIMESTAMP '1899-12-30' + to_microseconds(
                    CAST(round(try_cast(replace(d, ',', '.') AS DOUBLE) * 86400) AS BIGINT) * 1000000)
            END);
        CREATE OR REPLACE TEMP MACRO _ic_day_fraction(t) AS (
            CASE WHEN regexp_full_match(t, '0?[.,][0-9]+') THEN
                TIMESTAMP '2000-01-01' + to_microseconds(
                    CAST(round(try_cast(replace(t, ',', '.') AS DOUBLE) * 86400) AS BIGINT) * 1000000)
            END);
        CREATE OR REPLACE TEMP MACRO _ic_question(t) AS (
            CASE WHEN t IS NULL THEN NULL
                 WHEN NOT ({_PRINTABLE_START.format(t='t')}) AND regexp_full_match(t, '{_S}*') THEN NULL
                 WHEN strpos(t, '?') = 0 THEN false
                 ELSE regexp_full_match(split_part(t, '?', -1), '{QUESTION_TAIL_RE}') END);
        CREATE OR REPLACE TEMP MACRO _ic_question_tail(t, tail) AS (
            CASE WHEN t IS NULL THEN NULL
                 WHEN tail IS NULL THEN false
                 WHEN strlen(tail) = length(tail) THEN regexp_full_match(tail, '{QUESTION_ASCII_TAIL_RE}')
                 ELSE NULL END);
        CREATE OR REPLACE TEMP MACRO _ic_post_id_tail(link, tail) AS (
            CASE WHEN {_feed_id('tail')} IS NOT NULL THEN tail
                 WHEN strpos(link, '%') = 0 THEN regexp_extract(link, '{_POST_ID_RE}', 1)
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
    records = sorted(records, key=lambda r: r[0])  # rowid order is line order (the last row of a post wins)
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


# a record (a post with a long text) may be 16 MB long. DuckDB's buffer defaults to 16 times
# that, which put a whole 200,000-post file into one buffer read by one thread. Files are
# read with 4 MB buffers first (records up to 2 MB): many buffers spread the work evenly over
# both cores (a 200,000-post file parses about 15 % faster than with two 32 MB buffers). A
# file with a longer record fails that read and is read again with buffers for 16 MB records
CHUNK_BYTES = 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024
CSV_BUFFER_BYTES = 2 * MAX_LINE_BYTES
FIRST_BUFFER_BYTES = 4 * 1024 * 1024
SAMPLE_ROWS = 2000  # the d/m/y order of slash dates is guessed from these (and checked on the whole file)
FORMAT_ROWS = 50  # the usual date and time formats are those reading most of these


def _read_csv_sql(path: Path, delimiter: str, skip: int, ncols: int, *, safe: bool,
                  buffer_bytes: int = CSV_BUFFER_BYTES) -> str:
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(ncols)) + "}"
    delim = delimiter.replace("'", "''")
    options = (
        f"delim='{delim}', quote='\"', escape='\"', header=false, skip={skip}, columns={columns}, "
        f"auto_detect=false, strict_mode=false, max_line_size={buffer_bytes // 2}, buffer_size={buffer_bytes}"
    )
    if safe:
        options += ", null_padding=true, parallel=false"
    return f"read_csv('{str(path).replace(chr(39), chr(39) * 2)}', {options})"


class NotUtf8(Exception):
    """DuckDB found bytes that are not UTF-8 (the encoding was guessed from the file's start)."""


def _source_select(headers: list[str], mapping: dict[str, str], columns: tuple[str, ...]) -> str:
    position: dict[str, int] = {}
    for index, header in enumerate(headers):
        canonical = mapping.get(header)
        if canonical in columns and canonical not in position:
            position[canonical] = index
    return ", ".join(
        (f'c{position[c]} AS "{c}"' if c in position else f'NULL::VARCHAR AS "{c}"') for c in columns
    )


def _csv_statement(cur, path: Path, delimiter: str, skip: int, ncols: int, build) -> None:
    """Run ``build(read_csv source)``; on DuckDB's CSV errors again with buffers for 16 MB records,
    then with the lenient reader.

    DuckDB's small buffers skip a line longer than they hold without an error (a file whose one
    record is a 10 MB post read as no rows), so a file with such a line is read with the large
    buffers from the start.
    """
    last_error = None
    attempts = [(False, FIRST_BUFFER_BYTES), (False, CSV_BUFFER_BYTES), (True, CSV_BUFFER_BYTES)]
    if has_long_line(path, FIRST_BUFFER_BYTES // 2 - 1024):
        attempts = attempts[1:]
    for safe, buffer_bytes in attempts:
        source = _read_csv_sql(path, delimiter, skip, ncols, safe=safe, buffer_bytes=buffer_bytes)
        try:
            for statement in build(source):
                cur.execute(statement)
            return
        except Exception as exc:  # noqa: BLE001 - DuckDB's CSV errors: retry with the lenient reader
            last_error = exc
            if "Invalid unicode" in str(exc):
                raise NotUtf8 from None
            if not _is_csv_error(exc):
                raise
    detail = str(last_error).splitlines()[0][:300] if last_error else ""
    raise CockpitError("import_unreadable", file=path.name, detail=detail)


def stage_csv(cur, path: Path, delimiter: str, skip: int, headers: list[str], mapping: dict[str, str],
              first_line: int, columns: tuple[str, ...] = STAGE_COLUMNS) -> None:
    """Stage a CSV with DuckDB: column ``c{i}`` of the file goes to ``mapping[headers[i]]``.

    ``first_line`` is the line number of the first data record (header line + 1).
    """
    refuse_unclosed_quote(path, delimiter)
    _drop_stage(cur)
    select = _source_select(headers, mapping, columns)
    # column names are fixed and the path is quoted. The table keeps the file's order
    # (insertion order is preserved), so a row's rowid is its record number: no
    # single-threaded row_number() window over the whole file
    _csv_statement(cur, path, delimiter, skip, len(headers), lambda source: [
        f"CREATE OR REPLACE TEMP TABLE _ic_stage_raw AS SELECT {select} FROM {source}",  # noqa: S608
        f"CREATE TEMP VIEW _ic_stage AS SELECT rowid + {int(first_line)} AS line, * FROM _ic_stage_raw",  # noqa: S608
    ])


def has_long_line(path: Path, limit: int, chunk_bytes: int = 1024 * 1024) -> bool:
    """True when a line of the file (bytes between line feeds) is longer than ``limit``; read in
    chunks smaller than ``limit``, so only the run of bytes across chunks needs counting."""
    run = 0
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_bytes):
            first = chunk.find(b"\n")
            if first == -1:
                run += len(chunk)
            else:
                if run + first > limit:
                    return True
                run = len(chunk) - chunk.rfind(b"\n") - 1
            if run > limit:
                return True
    return False


def refuse_unclosed_quote(path: Path, delimiter: str) -> None:
    """Refuse a file in which a field opens with a quote mark that never closes.

    DuckDB's lenient reader would read everything after it, to the end of the file, as that one
    field: the following rows vanish without a word. Every quoted field that closes holds an
    even number of quote marks, so only a file with an odd number is read again (in Python,
    whose reader reports the end of the file inside a quoted field) to find the line where the
    field opens. ``import_unclosed_quote`` names it and the file's last line.
    """
    marks = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            marks += chunk.count(b'"')
    if marks % 2 == 0:
        return
    with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
        while True:
            start = reader.line_num + 1
            try:
                next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if "unexpected end of data" in str(exc):
                    raise CockpitError("import_unclosed_quote", file=path.name, line=start,
                                       last=max(reader.line_num, start)) from None
                # another quoting slip (a quote mark inside a field): DuckDB reads that record as
                # it can; look on from the next line


def _is_csv_error(exc: Exception) -> bool:
    text = str(exc)
    return "CSV" in text or "Invalid Input Error" in text or "Conversion Error" in text


_SLASH_CHECK = """
    SELECT count(*), bool_or(try_cast(split_part(d, '/', 1) AS INTEGER) > 12),
           bool_or(try_cast(split_part(d, '/', 2) AS INTEGER) > 12)
    FROM (SELECT trim({column}) AS d FROM {table} WHERE {column} LIKE '%/%/%')
"""


def _slash_decision(cur, table: str, column: str) -> tuple[int, bool]:
    """(how many d/m/y dates, whether they are day-first: a first part above 12, no second part above 12)."""
    count, first, second = cur.execute(_SLASH_CHECK.format(table=table, column=column)).fetchone()
    return count, bool(first) and not bool(second)


def slash_day_first(cur) -> bool:
    """Whether the staged file's d/m/y dates are day-first."""
    return _slash_decision(cur, "_ic_stage", "date")[1]


def resolve_authors(cur, default_author: str | None = None) -> None:
    """``_ic_authors``: each distinct author cell, cleaned, and its name key (Python's normalise_name).

    Only the few distinct spellings pass through Python, never the rows.
    """
    rows = cur.execute(
        "SELECT raw, _ic_clean(raw) FROM (SELECT DISTINCT author AS raw FROM _ic_rows)"
    ).fetchall()
    raws = [raw for raw, _ in rows]
    cleaned = [clean for _, clean in rows]
    authors = [clean if clean is not None else default_author for clean in cleaned]
    keys = [normalise_name(a) if a is not None else None for a in authors]
    cur.execute(
        "CREATE OR REPLACE TEMP TABLE _ic_authors (raw VARCHAR, cleaned VARCHAR, author VARCHAR, name_key VARCHAR)"
    )
    if rows:
        # four parallel lists, unnested side by side (cheaper than a registered data frame)
        cur.execute("INSERT INTO _ic_authors SELECT " + ", ".join(["unnest(?::VARCHAR[])"] * 4),
                    [raws, cleaned, authors, keys])


_SHORT = ("date", "time", "link", "media_type", *COUNT_COLUMNS, "engagements")
# a post's topic (the controlling sheet's category): the cell as written, blank edges trimmed,
# NULL when empty or an unknown-value token ('-', 'n/a')
_TOPIC = "_ic_clean(topic)"
_COUNTS = (*COUNT_COLUMNS, "engagements")


def _parse_select(source: str, *, line: bool, slash_dmy: bool, fast_date: str | None, fast_time: str | None,
                  utc: bool) -> str:
    """One pass over staged text cells: typed values, rejection reasons, LinkedIn keys.

    No join and no filter, so that the result keeps the rows' order (its rowid is the record
    number of a CSV). The author cell stays raw: the few distinct spellings are resolved
    afterwards (:func:`finish_parse`). The common cell (a plain number, a date in the file's
    usual format) is read by one cheap call; trimming, unknown-value tokens, regular
    expressions and format lists only see the cells that call cannot read.
    """
    formats = _DATE_FORMATS_DMY + (_SLASH_DMY if slash_dmy else _SLASH_MDY)
    fast = [f"{_plain_count(c)} AS {c}_f" for c in _COUNTS]
    fast += [f"{_usual_date(fast_date)} AS date_f", f"{_usual_time(fast_time)} AS time_f"]
    fast += ["NULL AS link_f", "NULL AS media_type_f",
             # computed once here: a macro's argument is evaluated wherever the macro uses it
             f"{_feed_tail('link')} AS link_tail", f"{_question_tail('text')} AS q_tail"]
    trimmed = ",\n".join(f"CASE WHEN {c}_f IS NOT NULL THEN {c} ELSE {_blank_trim(c)} END AS {c}_t" for c in _SHORT)
    cleaned = ",\n".join(
        f"CASE WHEN {c}_f IS NOT NULL THEN {c}_t WHEN _ic_unknown({c}_t) THEN NULL ELSE {c}_t END AS {c}_c"
        for c in _SHORT
    )
    counts = ",\n".join(f"coalesce({c}_f, _ic_count({c}_c)) AS {c}" for c in _COUNTS)
    bad_counts = "\n".join(f"WHEN {c}_c IS NOT NULL AND {c} IS NULL THEN 'count:{c}'" for c in _COUNTS)
    bad_values = "\n".join(f"WHEN {c}_c IS NOT NULL AND {c} IS NULL THEN {c}_c" for c in _COUNTS)
    # a row counts when any cell holds something. Rows with none of these may still have an
    # author or a text: finish_parse looks at those few (cleaning them here would cost more to
    # compile than to run)
    anything = ", ".join(f"{c}_c" for c in _SHORT)
    cleaned_date = "regexp_replace(regexp_replace(d_raw, '(:[0-9]{2})[.,][0-9]+', '\\1'), '(Z| ?UTC| ?GMT)$', '')"
    d_ts = (f"coalesce(date_f, try_strptime({cleaned_date}, {_sql_list(formats)}), _ic_serial_date(d_raw), "
            "_ic_month_date(d_raw))")
    t_ts = f"coalesce(time_f, try_strptime(t_raw, {_sql_list(_TIME_FORMATS)}), _ic_day_fraction(t_raw))"
    ts = _timestamp("d_ts", "t_ts", utc=utc)
    keep_line = "line, " if line else ""
    # fixed column names and format lists; no values are spliced in
    return f"""
        SELECT {keep_line}author, link, text, length(text) AS text_length,
               _ic_question_tail(text, q_tail) AS ends_with_question, media_type, topic,
               reactions, comments, reposts, impressions, clicks, engagements, published_at, has_time,
               reason, bad_value,
               CASE WHEN reason IS NULL AND coalesce(li_id, '') <> '' THEN 'li:' || li_id END AS post_key,
               CASE WHEN strpos(date_raw, '/') > 0 THEN date_raw END AS slash_date,
               blank
        FROM (
            SELECT *,
                   {ts} AS published_at,
                   (t_ts IS NOT NULL OR (d_ts IS NOT NULL AND (strpos(d_raw, ':') > 0
                                          OR (strlen(d_raw) > 6 AND _ic_serial_date(d_raw) IS NOT NULL)))
                   ) AS has_time,
                   CASE WHEN d_raw IS NULL THEN 'reject_missing_date'
                        WHEN d_ts IS NULL AND regexp_full_match(d_raw, '{_MONTH_ONLY_RE}')
                             AND _ic_month_number(lower(regexp_extract(d_raw, '\\p{{L}}+', 0))) IS NOT NULL
                             THEN 'reject_month_only'
                        WHEN d_ts IS NULL OR year(d_ts) < 1990 OR year(d_ts) > 2100 THEN 'reject_bad_date'
                        WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN 'reject_bad_time'
                        {bad_counts}
                   END AS reason,
                   CASE WHEN d_ts IS NULL THEN d_raw
                        WHEN t_raw IS NOT NULL AND t_ts IS NULL THEN t_raw
                        {bad_values}
                   END AS bad_value,
                   CASE WHEN link IS NOT NULL THEN _ic_post_id_tail(link, link_tail) END AS li_id
            FROM (
                SELECT *, {d_ts} AS d_ts, {t_ts} AS t_ts, {counts}
                FROM (
                    SELECT {keep_line}date AS date_raw, date_c AS d_raw, time_c AS t_raw, date_f, time_f,
                           author, link_c AS link, media_type_c AS media_type, {_TOPIC} AS topic,
                           CASE WHEN text IS NULL THEN NULL
                                WHEN {_PRINTABLE_START.format(t='text')} THEN text
                                WHEN regexp_full_match(text, '{_S}*') THEN NULL
                                ELSE text END AS text,
                           coalesce({anything}) IS NULL AS blank, link_tail, q_tail,
                           {", ".join(f"{c}_c, {c}_f" for c in _COUNTS)}
                    FROM (
                        SELECT {keep_line}date, text, author, topic, date_f, time_f, link_tail, q_tail,
                               {", ".join(f"{c}_f" for c in _COUNTS)}, {cleaned}
                        FROM (
                            SELECT {keep_line}date, text, author, topic, link_tail, q_tail,
                                   {", ".join(f"{c}_f" for c in _SHORT)}, {trimmed}
                            FROM (SELECT *, {", ".join(fast)} FROM {source})
                        )
                    )
                )
            )
        )
        """  # noqa: S608


# Unicode spaces above U+00A0 (Python's str.isspace() and \p{Z}): a text whose first character
# is none of these, nor an ASCII control or space, is not blank
# (comparisons, not IN lists: DuckDB plans an IN list as a join)
_WIDE_SPACES = " OR ".join(["ascii({t}) BETWEEN 8192 AND 8202"]
                           + [f"ascii({{t}}) = {code}" for code in (5760, 8232, 8233, 8239, 8287, 12288)])
_RAW = ("date", "time", "link", "media_type", *_COUNTS)
SLOW_SHARE = 0.2  # above this share of rows needing the full parse, the file is parsed in full at once


# what the cheap parse leaves out when it is constant (NULL, false) and adds afterwards, with
# the type: writing constant columns row by row costs as much as computing a real one
_FAST_LATER = {"reason": "VARCHAR", "bad_value": "VARCHAR", "blank": "BOOLEAN DEFAULT false",
               "slash_date": "VARCHAR", "media_type": "VARCHAR", **dict.fromkeys(_COUNTS, "INTEGER")}


def _fast_columns(present: set[str], fast_date: str) -> set[str]:
    """The optional columns the cheap parse computes: the file's media type and counts, slash dates."""
    return {c for c in ("media_type", *_COUNTS) if c in present} | ({"slash_date"} if "/" in fast_date else set())


def _fast_select(source: str, *, fast_date: str, fast_time: str | None, utc: bool, present: set[str]) -> str:
    """The parse of rows whose every cell is in its usual form; the others are marked ``slow``.

    A row is usual when its date reads in the file's usual format (and year), its time (if
    any) in the usual time format, its counts are plain or dotted numbers, its link (if any)
    is a usual post link, its media type needs no cleaning and its text does not start with a
    space. Such a row gets exactly what :func:`_parse_select` gives it, at a fraction of the
    cost; a ``slow`` row keeps its raw cells (``r_cells``, in the order of ``_RAW``) for
    :func:`_parse_slow_rows`. Columns that are constant for usual rows (no rejection reason,
    a column the file does not have, slash dates when the usual format has none) are left
    out: :func:`_add_fast_constants` adds them.
    """
    computed = _fast_columns(present, fast_date)
    counts = ",\n".join(f"{_plain_count(c)} AS {c}_f" for c in _COUNTS)
    wide = _WIDE_SPACES.format(t="text")
    # a cell is unread when its value is NULL but the cell is not: the sum counts those (one
    # sum of casts costs far less than an OR of ANDs); no date is unread too
    read = (("date", "date_f"), ("time", "time_f"), *((c, f"{c}_f") for c in _COUNTS), ("link", "li_fast"))
    unread = " + ".join(f"CAST({parsed} IS NULL AS INTEGER) - CAST({cell} IS NULL AS INTEGER)"
                        for cell, parsed in read)
    # CASE, not OR and AND: in a projection DuckDB evaluates every operand of OR and AND for
    # every row, while a CASE stops at the first WHEN that holds (measured: the test of a text's
    # first character inside OR/AND cost a tenth of the parse, inside CASE next to nothing)
    slow = f"""CASE WHEN date IS NULL OR ({unread}) <> 0 THEN true
                    WHEN text IS NULL OR {_PRINTABLE_START.format(t='text')} THEN false
                    WHEN ascii(text) > 160 AND NOT ({wide}) THEN false
                    ELSE true END
               OR CASE WHEN media_type IS NULL THEN false
                       WHEN {_blank_edge('media_type')} THEN true
                       ELSE _ic_unknown(media_type) END"""
    optional = [f"{c}_f AS {c}" for c in _COUNTS if c in computed]
    if "media_type" in computed:
        optional.append("media_type")
    if "slash_date" in computed:
        optional.append("CASE WHEN strpos(date, '/') > 0 THEN date END AS slash_date")
    return f"""
        SELECT author, link, text, length(text) AS text_length,
               _ic_question_tail(text, q_tail) AS ends_with_question, {_TOPIC} AS topic,
               {"".join(f"{column}, " for column in optional)}
               {_timestamp("date_f", "time_f", utc=utc)} AS published_at,
               (time_f IS NOT NULL OR strpos(date, ':') > 0) AS has_time,
               CASE WHEN li_fast IS NOT NULL THEN 'li:' || li_fast END AS post_key,
               slow, CASE WHEN slow THEN [{", ".join(_RAW)}] END AS r_cells
        FROM (
            SELECT *, ({slow}) AS slow
            FROM (
                SELECT *,
                       {_usual_date(fast_date)} AS date_f, {_usual_time(fast_time)} AS time_f,
                       {_feed_id('link_tail')} AS li_fast,
                       {counts}
                FROM (SELECT *, {_feed_tail('link')} AS link_tail, {_question_tail('text')} AS q_tail FROM {source})
            )
        )
        """  # noqa: S608 - fixed column names and formats


def _add_fast_constants(cur, present: set[str], fast_date: str) -> None:
    """Add to ``_ic_parsed_t`` the columns the cheap parse left out (NULL, or false for ``blank``)."""
    computed = _fast_columns(present, fast_date)
    for column, kind in _FAST_LATER.items():
        if column not in computed:
            cur.execute(f"ALTER TABLE _ic_parsed_t ADD COLUMN {column} {kind}")


def _parse_slow_rows(cur, *, slash_dmy: bool, fast_date: str | None, fast_time: str | None, utc: bool) -> None:
    """Give the ``slow`` rows of ``_ic_parsed_t`` the full parse (trimming, unknown values, format lists)."""
    cells = ", ".join(f"r_cells[{_RAW.index(c) + 1}] AS {c}" if c in _RAW else c for c in STAGE_COLUMNS)
    source = f"(SELECT rowid AS line, {cells} FROM _ic_parsed_t WHERE slow)"  # noqa: S608 - fixed column names
    query = _parse_select(source, line=True, slash_dmy=slash_dmy, fast_date=fast_date, fast_time=fast_time, utc=utc)
    columns = ("link", "text", "text_length", "ends_with_question", "media_type", *_COUNTS, "published_at",
               "has_time", "reason", "bad_value", "post_key", "slash_date", "blank")
    cur.execute(
        f"UPDATE _ic_parsed_t SET {', '.join(f'{c} = s.{c}' for c in columns)}, slow = false "  # noqa: S608
        f"FROM ({query}) s WHERE _ic_parsed_t.rowid = s.line"
    )


def parse_csv(cur, path: Path, delimiter: str, skip: int, headers: list[str], mapping: dict[str, str],
              first_line: int, *, utc: bool = False) -> None:
    """Read and parse a CSV of posts in one pass into ``_ic_parsed`` (no staged copy of the file).

    The table keeps the file's order (insertion order is preserved and the parse has no join
    or filter), so a row's rowid is its record number: line = rowid + ``first_line``. The
    usual date and time formats and the order of d/m/y dates come from the first rows; the
    d/m/y order is checked on the whole file afterwards and the file parsed again in the
    rare case the first rows misled.
    """
    refuse_unclosed_quote(path, delimiter)
    drop_temp(cur)
    select = _source_select(headers, mapping, STAGE_COLUMNS)
    present = {mapping.get(header) for header in headers} & set(STAGE_COLUMNS)

    def sample(source: str) -> list[str]:
        return [f"CREATE OR REPLACE TEMP TABLE _ic_sample AS SELECT {select} FROM {source} "  # noqa: S608
                f"LIMIT {SAMPLE_ROWS}"]

    _csv_statement(cur, path, delimiter, skip, len(headers), sample)
    slash_dmy = _slash_decision(cur, "_ic_sample", "date")[1]

    def parse(dmy: bool) -> None:
        # the fast format follows the d/m/y order ('%m/%d/%Y' must not read a day-first file)
        formats = _DATE_FORMATS_DMY + (_SLASH_DMY if dmy else _SLASH_MDY)
        fast_date, fast_time = _dominant_formats(cur, "_ic_sample", formats)

        def build(source: str, full: bool) -> list[str]:
            rows = f"(SELECT {select} FROM {source})"  # noqa: S608
            if full or not fast_date:
                query = _parse_select(rows, line=False, slash_dmy=dmy, fast_date=fast_date, fast_time=fast_time,
                                      utc=utc)
            else:
                query = _fast_select(rows, fast_date=fast_date, fast_time=fast_time, utc=utc, present=present)
            return [f"CREATE OR REPLACE TEMP TABLE _ic_parsed_t AS {query}"]

        # rows in their usual form are parsed cheaply, the others afterwards in full; when many
        # rows are unusual, the whole file is parsed in full instead
        _csv_statement(cur, path, delimiter, skip, len(headers), lambda source: build(source, False))
        if fast_date:
            slow, rows = cur.execute("SELECT count(*) FILTER (WHERE slow), count(*) FROM _ic_parsed_t").fetchone()
            if slow > SLOW_SHARE * rows:
                _csv_statement(cur, path, delimiter, skip, len(headers), lambda source: build(source, True))
                return
            _add_fast_constants(cur, present, fast_date)
            if slow:
                _parse_slow_rows(cur, slash_dmy=dmy, fast_date=fast_date, fast_time=fast_time, utc=utc)

    parse(slash_dmy)
    count, whole_file_dmy = _slash_decision(cur, "_ic_parsed_t", "slash_date")
    if count and whole_file_dmy != slash_dmy:
        parse(whole_file_dmy)
    cur.execute("DROP TABLE IF EXISTS temp._ic_sample")
    cur.execute(f"CREATE OR REPLACE TEMP VIEW _ic_parsed AS SELECT rowid + {int(first_line)} AS line, * "  # noqa: S608
                "FROM _ic_parsed_t")


def parse_staged(cur, *, slash_dmy: bool | None = None, utc: bool = False) -> None:
    """Parse rows staged from Python (``_ic_stage``, with their line numbers) into ``_ic_parsed``."""
    if slash_dmy is None:
        slash_dmy = slash_day_first(cur)
    formats = _DATE_FORMATS_DMY + (_SLASH_DMY if slash_dmy else _SLASH_MDY)
    fast_date, fast_time = _dominant_formats(cur, "_ic_stage", formats)
    query = _parse_select("_ic_stage", line=True, slash_dmy=slash_dmy, fast_date=fast_date,
                          fast_time=fast_time, utc=utc)
    cur.execute(f"CREATE OR REPLACE TEMP TABLE _ic_parsed_t AS {query}")
    cur.execute("CREATE OR REPLACE TEMP VIEW _ic_parsed AS SELECT * FROM _ic_parsed_t")


def finish_parse(cur, *, default_author: str | None) -> None:
    """Authors, author rejections, keys of posts without a LinkedIn id; blank rows dropped.

    Touches only the rows concerned (usually none): an UPDATE keeps a row's rowid, and a
    DELETE leaves the other rows' rowids as they are, so line numbers stay right.
    """
    if cur.execute("SELECT count(*) FROM _ic_parsed_t WHERE blank").fetchone()[0]:
        cur.execute("UPDATE _ic_parsed_t SET blank = false "
                    "WHERE blank AND coalesce(_ic_clean(author), _ic_clean(text)) IS NOT NULL")
    cur.execute("CREATE OR REPLACE TEMP VIEW _ic_rows AS SELECT author FROM _ic_parsed_t WHERE NOT blank")
    resolve_authors(cur, default_author)
    if cur.execute("SELECT count(*) FROM _ic_authors WHERE author IS NULL OR name_key = ''").fetchone()[0]:
        # the order of reasons: date and time, a missing author, counts, an author without a name
        cur.execute(
            """
            UPDATE _ic_parsed_t SET reason = 'reject_missing_author', post_key = NULL
            FROM _ic_authors a
            WHERE _ic_parsed_t.author IS NOT DISTINCT FROM a.raw AND NOT _ic_parsed_t.blank
              AND ((a.author IS NULL AND (reason IS NULL OR reason LIKE 'count:%'))
                   OR (a.name_key = '' AND reason IS NULL))
            """
        )
    if cur.execute("SELECT count(*) FROM _ic_parsed_t WHERE reason IS NULL AND post_key IS NULL AND NOT blank"
                   ).fetchone()[0]:
        cur.execute(
            """
            UPDATE _ic_parsed_t
            SET post_key = 'h:' || sha1(a.name_key || '|' || strftime(published_at, '%Y-%m-%dT%H:%M:%S')
                                        || '|' || coalesce(text, ''))
            FROM _ic_authors a
            WHERE _ic_parsed_t.author IS NOT DISTINCT FROM a.raw AND reason IS NULL AND post_key IS NULL
              AND NOT blank
            """
        )
        _key_by_position(cur)
    # texts whose part after the last '?' is not plain ASCII: the full (Unicode) question test
    if cur.execute("SELECT count(*) FROM _ic_parsed_t WHERE text IS NOT NULL AND ends_with_question IS NULL"
                   ).fetchone()[0]:
        cur.execute("UPDATE _ic_parsed_t SET ends_with_question = _ic_question(text) "
                    "WHERE text IS NOT NULL AND ends_with_question IS NULL")
    if cur.execute("SELECT count(*) FROM _ic_parsed_t WHERE blank").fetchone()[0]:
        cur.execute("DELETE FROM _ic_parsed_t WHERE blank")


def month_separator_lines(cur) -> set[int]:
    """Rows holding nothing but a month ('März 2023'): a sheet's separators between months, not posts."""
    empty = " AND ".join(f"{c} IS NULL" for c in ("author", "link", "text", *_COUNTS))
    return {line for (line,) in cur.execute(
        f"SELECT line FROM _ic_parsed WHERE reason = 'reject_month_only' AND {empty}"  # noqa: S608 - fixed names
    ).fetchall()}
# Posts with neither a LinkedIn id, nor a text, nor a time have the same key when one person
# posted twice that day. They keep their own identity by their place among that person's such
# posts of the day in the file: the first keeps the plain key (as before), the second gets
# '|2', and so on, so that importing the same file again finds the same posts.
_AMBIGUOUS = ("reason IS NULL AND post_key LIKE 'h:%' AND NOT has_time AND coalesce(text, '') = '' "
              "AND coalesce(link, '') = ''")


def _key_by_position(cur) -> None:
    if cur.execute(f"SELECT count(*) - count(DISTINCT post_key) FROM _ic_parsed_t WHERE {_AMBIGUOUS}"  # noqa: S608
                   ).fetchone()[0]:
        cur.execute(
            f"""
            UPDATE _ic_parsed_t SET post_key = post_key || '|' || d.n
            FROM (SELECT rowid AS r, row_number() OVER (PARTITION BY post_key ORDER BY rowid) AS n
                  FROM _ic_parsed_t WHERE {_AMBIGUOUS}) d
            WHERE _ic_parsed_t.rowid = d.r AND d.n > 1
            """  # noqa: S608 - a fixed condition
        )


def told_apart_by_position(cur) -> int:
    """How many posts of the parsed file were told apart by their place in it (see above)."""
    return cur.execute(
        "SELECT count(*) FROM _ic_parsed_t WHERE reason IS NULL AND post_key LIKE 'h:%' "
        "AND split_part(post_key, '|', 1) IN (SELECT split_part(post_key, '|', 1) FROM _ic_parsed_t "
        "WHERE reason IS NULL AND post_key LIKE 'h:%|%')"
    ).fetchone()[0]


def rejected_rows(cur) -> list[tuple[int, str, str | None]]:
    return cur.execute(
        "SELECT line, reason, bad_value FROM _ic_parsed WHERE reason IS NOT NULL ORDER BY line"
    ).fetchall()


_METRICS = ("reactions", "comments", "reposts", "impressions", "clicks", "text", "media_type", "topic")


def upsert_posts(cur, import_id: int) -> dict[str, int]:
    """Insert new posts, update changed ones (keeping their old values for undo).

    New and known posts are told apart by joins on the post key, never row by row; when no
    post of the file is in the workspace yet (a first import), there is nothing to compare and
    every post is inserted. The LinkedIn member analytics' engagements go to
    ``engagements_total``. When the file touched known posts, ends with a check that no post key is in
    the workspace twice.
    """
    order = "rowid"  # the rows' file order: a CSV's rowid is its record, staged rows are sorted by line
    # the last row of a post wins when a file lists it twice
    good, distinct = cur.execute(
        "SELECT count(*), count(DISTINCT post_key) FROM _ic_parsed_t WHERE reason IS NULL"
    ).fetchone()
    if good > distinct:
        cur.execute(
            f"""
            DELETE FROM _ic_parsed_t WHERE reason IS NULL AND {order} NOT IN (
                SELECT max({order}) FROM _ic_parsed_t WHERE reason IS NULL GROUP BY post_key)
            """  # noqa: S608 - rowid or line
        )
        good = distinct
    # a new author is rare (the roster names them): a look at the few distinct names first
    if cur.execute(
        "SELECT count(*) FROM _ic_authors a WHERE a.name_key IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM influencers i WHERE i.name_key = a.name_key)"
    ).fetchone()[0]:
        cur.execute(
            f"""
            INSERT INTO influencers (name, name_key, in_roster, import_id)
            SELECT arg_min(a.author, p.{order}), a.name_key, FALSE, ?
            FROM _ic_parsed_t p JOIN _ic_authors a ON p.author IS NOT DISTINCT FROM a.raw
            WHERE p.reason IS NULL AND a.name_key NOT IN (SELECT name_key FROM influencers)
            GROUP BY a.name_key ORDER BY min(p.{order})
            """,  # noqa: S608 - rowid or line
            [import_id],
        )
    # a cheap semi-join first: on a first import no post of the file is known
    known = 0
    possible: list[dict[str, Any]] = []
    if cur.execute("SELECT EXISTS (SELECT 1 FROM posts)").fetchone()[0]:
        possible = match_id_forms(cur)
        known = cur.execute(
            "SELECT count(*) FROM posts WHERE post_key IN (SELECT post_key FROM _ic_parsed_t WHERE reason IS NULL)"
        ).fetchone()[0]
    first_id = claim_post_ids(cur)
    post_id = "nextval('seq_post')" if first_id is None else "CAST(CAST(? AS BIGINT) + g.rowid AS INTEGER)"
    insert = f"""
        INSERT INTO posts (post_id, post_key, influencer_id, published_at, has_time, url, text, text_length,
                           ends_with_question, media_type, reactions, comments, reposts, impressions,
                           clicks, engagements_total, topic, import_id)
        SELECT {post_id}, g.post_key, i.influencer_id, g.published_at, g.has_time, g.link,
               g.text, g.text_length, g.ends_with_question, g.media_type, g.reactions, g.comments, g.reposts,
               g.impressions, g.clicks, g.engagements, g.topic, ?
        FROM _ic_parsed_t g
        JOIN _ic_authors a ON g.author IS NOT DISTINCT FROM a.raw
        JOIN influencers i ON i.name_key = a.name_key
        WHERE g.reason IS NULL {"AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.post_key = g.post_key)" if known else ""}
    """  # noqa: S608 - fixed text
    updated = 0
    if known:
        new_values = ", ".join(f"coalesce(g.{c}, p.{c}) AS {c}" for c in _METRICS)
        old_values = ", ".join(f"p.{c} AS o_{c}" for c in _METRICS)
        differs = " OR ".join(f"{c} IS DISTINCT FROM o_{c}" for c in (*_METRICS, "engagements_total", "published_at"))
        # a post known by its date only takes the time a later file gives for that same day
        timed = "NOT p.has_time AND g.has_time AND CAST(g.published_at AS DATE) = CAST(p.published_at AS DATE)"
        cur.execute(
            f"""
            CREATE OR REPLACE TEMP TABLE _ic_changed AS
            SELECT * FROM (
                SELECT p.post_id, {new_values},
                       coalesce(g.engagements, p.engagements_total) AS engagements_total,
                       CASE WHEN {timed} THEN g.published_at ELSE p.published_at END AS published_at,
                       p.has_time OR ({timed}) AS has_time,
                       {old_values}, p.engagements_total AS o_engagements_total, p.published_at AS o_published_at
                FROM _ic_parsed_t g JOIN posts p USING (post_key)
                WHERE g.reason IS NULL
            )
            WHERE {differs}
            """  # noqa: S608 - fixed column names
        )
    params = [import_id] if first_id is None else [first_id, import_id]
    inserted = cur.execute(insert, params).fetchone()[0]
    if known:
        cur.execute(
            """
            INSERT INTO post_history (import_id, post_id, reactions, comments, reposts, impressions, clicks,
                                      text, media_type, updated_import_id, engagements_total, published_at, has_time,
                                      topic)
            SELECT ?, p.post_id, p.reactions, p.comments, p.reposts, p.impressions, p.clicks, p.text,
                   p.media_type, p.updated_import_id, p.engagements_total, p.published_at, p.has_time, p.topic
            FROM posts p JOIN _ic_changed c USING (post_id)
            """,
            [import_id],
        )
        updated = cur.execute(
            """
            UPDATE posts SET reactions = c.reactions, comments = c.comments, reposts = c.reposts,
                   impressions = c.impressions, clicks = c.clicks, text = c.text,
                   text_length = length(c.text), ends_with_question = _ic_question(c.text),
                   media_type = c.media_type, engagements_total = c.engagements_total, topic = c.topic,
                   published_at = c.published_at, has_time = c.has_time, updated_import_id = ?
            FROM _ic_changed c WHERE posts.post_id = c.post_id
            """,
            [import_id],
        ).fetchone()[0]
    if known:
        check_unique(cur)
    return {"inserted": int(inserted), "updated": int(updated), "unchanged": int(good - inserted - updated),
            "possible_duplicates": possible}


# which of LinkedIn's id forms a post link carries: the member export's ``activity`` or the
# archive's and single-post export's ``share`` / ``ugcPost`` (also URL-encoded)
_ID_FORM = """CASE WHEN contains(lower({link}), 'activity') THEN 'activity'
                   WHEN contains(lower({link}), 'share') OR contains(lower({link}), 'ugcpost') THEN 'share' END"""


def match_id_forms(cur) -> list[dict[str, Any]]:
    """One post, one row, whatever id it came with: give a file's post the key of its known twin.

    A post of the file whose LinkedIn id is not in the workspace takes the key of a known post
    with the other id form when the author and the publish date are the same, that author has
    exactly one post that day in the file and exactly one in the workspace, and their texts
    agree where both have one; the upsert then merges their figures (a figure one side lacks is
    kept). Where the author has several posts that day on either side, the posts stay apart
    and are returned as possible duplicates: ``{"line", "post_key", "candidates": [keys]}``.
    """
    in_form, ws_form = _ID_FORM.format(link="g.link"), _ID_FORM.format(link="p.url")
    cur.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _ic_twins AS
        WITH file_posts AS (
            SELECT g.post_key, g.link, g.text, i.influencer_id, CAST(g.published_at AS DATE) AS day,
                   {in_form} AS form, count(*) OVER (PARTITION BY i.influencer_id, CAST(g.published_at AS DATE)) AS n
            FROM _ic_parsed_t g
            JOIN _ic_authors a ON g.author IS NOT DISTINCT FROM a.raw
            JOIN influencers i ON i.name_key = a.name_key
            WHERE g.reason IS NULL
        ),
        day_posts AS (
            SELECT p.post_key, p.url, p.text, p.influencer_id, CAST(p.published_at AS DATE) AS day, {ws_form} AS form,
                   count(*) OVER (PARTITION BY p.influencer_id, CAST(p.published_at AS DATE)) AS n
            FROM posts p
            WHERE (p.influencer_id, CAST(p.published_at AS DATE)) IN (SELECT influencer_id, day FROM file_posts)
        )
        SELECT f.post_key, f.n AS n_file, d.post_key AS twin, d.n AS n_ws,
               f.text IS NULL OR d.text IS NULL OR trim(f.text) = trim(d.text) AS texts_agree
        FROM file_posts f JOIN day_posts d ON d.influencer_id = f.influencer_id AND d.day = f.day
        WHERE starts_with(f.post_key, 'li:') AND starts_with(d.post_key, 'li:') AND f.form IS NOT NULL
          AND d.form IS NOT NULL AND f.form <> d.form
          AND NOT EXISTS (SELECT 1 FROM posts k WHERE k.post_key = f.post_key)
          AND NOT EXISTS (SELECT 1 FROM file_posts o WHERE o.post_key = d.post_key)
        """  # noqa: S608 - fixed text
    )
    cur.execute(
        """
        UPDATE _ic_parsed_t SET post_key = t.twin
        FROM _ic_twins t
        WHERE _ic_parsed_t.post_key = t.post_key AND _ic_parsed_t.reason IS NULL
          AND t.n_file = 1 AND t.n_ws = 1 AND t.texts_agree
        """
    )
    rows = cur.execute(
        """
        SELECT g.line, t.post_key, list(t.twin ORDER BY t.twin)
        FROM _ic_twins t JOIN _ic_parsed g ON g.post_key = t.post_key AND g.reason IS NULL
        WHERE (t.n_file > 1 OR t.n_ws > 1) AND t.texts_agree
        GROUP BY g.line, t.post_key ORDER BY g.line
        """
    ).fetchall()
    cur.execute("DROP TABLE IF EXISTS temp._ic_twins")
    return [{"line": int(line), "post_key": key, "candidates": list(twins)} for line, key, twins in rows]


def claim_post_ids(cur) -> int | None:
    """Take ids for the rows of ``_ic_parsed_t`` from ``seq_post`` at once: a row's id is the result + its rowid.

    Numbering rows with nextval() while inserting makes DuckDB write them with one thread;
    numbered beforehand, both cores compress and write. The rows that are not inserted
    (rejected, known or repeated posts) leave gaps, as a rolled-back import does. Writers take
    turns (``store.transaction``), so the ids one statement takes are consecutive. None (the
    insert then numbers row by row) should they not be, or should the rowids be far apart
    (they start at 2^55 in a table made inside the transaction: only their span counts).
    """
    first, last, rows = cur.execute("SELECT min(rowid), max(rowid), count(*) FROM _ic_parsed_t").fetchone()
    if not rows or last - first + 1 > 2 * rows + 1000:
        return None
    span = last - first + 1
    low, high = cur.execute(
        "SELECT min(v), max(v) FROM (SELECT nextval('seq_post') AS v FROM range(?))", [span]
    ).fetchone()
    return int(low - first) if high - low + 1 == span else None


def check_unique(cur) -> None:
    """Refuse (roll back) when a post key of this import is in the workspace twice.

    ``posts`` has no UNIQUE index (its maintenance made bulk imports slow), so the importer
    checks when the file touched known posts. A first import needs no check: the file's keys
    were made distinct (the last row of a post wins), none of them was in the workspace, and
    the insert writes each once; reading 200,000 keys back would only prove that again.
    """
    row = cur.execute(
        """
        SELECT post_key FROM posts
        WHERE post_key IN (SELECT post_key FROM _ic_parsed_t WHERE reason IS NULL)
        GROUP BY post_key HAVING count(*) > 1 LIMIT 1
        """
    ).fetchone()
    if row is not None:
        raise CockpitError("import_duplicate_key", post_key=row[0])


def staged_row_count(cur) -> int:
    return cur.execute("SELECT count(*) FROM _ic_parsed_t").fetchone()[0]


def drop_temp(cur) -> None:
    """Remove the importer's temporary tables and views (one catalog query, not one per name)."""
    names = {"_ic_stage", "_ic_stage_raw", "_ic_parsed", "_ic_parsed_t", "_ic_rows", "_ic_authors", "_ic_changed",
             "_ic_sample"}
    rows = cur.execute(
        "SELECT view_name, 'VIEW' FROM duckdb_views() WHERE temporary AND starts_with(view_name, '_ic_') "
        "UNION ALL SELECT table_name, 'TABLE' FROM duckdb_tables() WHERE temporary AND starts_with(table_name, '_ic_')"
    ).fetchall()
    # views first: they may read the tables
    for name, kind in sorted(rows, key=lambda r: r[1] != "VIEW"):
        if name in names:
            cur.execute(f"DROP {kind} IF EXISTS temp.{name}")


def clean_share_quotes(cur) -> None:
    """Shares.csv: drop the stray quote marks LinkedIn puts around whole paragraphs of a text.

    A line that is one quoted paragraph (``"Absatz"``, no single quote mark inside) loses the
    pair; a doubled quote mark left inside a text becomes one. Other quotes stay.
    """
    cleaned = """replace(regexp_replace(text, '(?m)^"((?:[^"\\n]|"")*)"$', '\\1', 'g'), '""', '"')"""
    cur.execute(
        f"UPDATE _ic_parsed_t SET text = {cleaned}, text_length = length({cleaned}), ends_with_question = NULL "  # noqa: S608
        f"WHERE contains(text, '\"') AND text <> {cleaned}"
    )


def store_extra_metrics(cur, import_id: int, metrics: dict[int, dict[str, int | None]],
                        snapshot: dict[str, list]) -> None:
    """Members reached, saves, sends … of the posts just upserted (by staged line); known values win.

    The values a known post had before go into the import's undo ``snapshot`` ("post_metrics").
    """
    for line, figures in metrics.items():
        known = {name: value for name, value in figures.items() if value is not None}
        if not known:
            continue
        row = cur.execute("SELECT post_key FROM _ic_parsed WHERE line = ? AND reason IS NULL", [line]).fetchone()
        if row is None:
            continue
        names = list(known)
        old = cur.execute(f"SELECT import_id, {', '.join(names)} FROM posts WHERE post_key = ?",  # noqa: S608
                          [row[0]]).fetchone()
        if old is None or list(old[1:]) == list(known.values()):
            continue
        if old[0] != import_id:
            snapshot.setdefault("post_metrics", []).append({"post_key": row[0], **dict(zip(names, old[1:],
                                                                                          strict=True))})
        assignments = ", ".join(f"{name} = ?" for name in names)
        cur.execute(f"UPDATE posts SET {assignments} WHERE post_key = ?",  # noqa: S608 - fixed column names
                    [*known.values(), row[0]])

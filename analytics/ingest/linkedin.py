"""LinkedIn's own XLSX exports: member content analytics, single-post analytics, page export.

Each reader turns a workbook (already read safely by :mod:`analytics.ingest.sources`) into
post records ``(line, {canonical column: text})`` for the common SQL pipeline, plus follower
rows for the member analytics. Line numbers are the worksheet's row numbers. Which reader
reads a file is decided by the registry (:mod:`analytics.ingest.formats`) from the scores of
the ``recognise_*`` functions; this module imports only :mod:`analytics.ingest.sources`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from analytics.ingest import columns as C
from analytics.ingest.sources import Detected, author_from_file_name, cell_text, dates_in_file_name, filled

SINGLE_LABELS = {
    "post url": "link", "post link": "link", "url": "link",
    "post date": "date", "post publish date": "date", "publish date": "date", "datum": "date",
    "post publish time": "time", "post time": "time", "uhrzeit": "time",
    "impressions": "impressions", "impressionen": "impressions",
    "reactions": "reactions", "reaktionen": "reactions", "likes": "reactions",
    "comments": "comments", "kommentare": "comments",
    "reposts": "reposts", "shares": "reposts",
    "clicks": "clicks", "klicks": "clicks",
    # figures only LinkedIn's single-post export has (kept in the posts table, schema 6)
    "members reached": "members_reached", "profile viewers from this post": "profile_viewers",
    "followers gained from this post": "followers_gained", "saves": "saves", "sends on linkedin": "sends",
    "sends": "sends", "link engagements": "link_engagements",
}
# the post figures that only LinkedIn's exports have; unknown (NULL) unless an export gives them
EXTRA_METRICS = ("members_reached", "saves", "sends", "profile_viewers", "followers_gained", "link_engagements")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_MONTHS.update({"mär": 3, "mai": 5, "okt": 10, "dez": 12})
_WORD_DATE = re.compile(r"^\s*([A-Za-zä]{3})[a-zä]*\.?\s+(\d{1,2}),?\s+(\d{4})\s*$")


def _norm(value: Any) -> str:
    return C.normalise_header(cell_text(value) or "")


# Recognisers for the registry (analytics.ingest.formats): each looks at a workbook's sheets
# and returns (score, build) when it knows the layout, where the score grows with how much of
# the layout was found and build() reads the rows into a Detected; None otherwise.
Match = tuple[int, Callable[[], Detected]]


def recognise_visitors(path: Path, sheets: dict[str, list[tuple[Any, ...]]]) -> Match | None:
    """The company page's visitors export (page views, unique visitors): recognised to be refused."""
    found = sum(1 for rows in sheets.values() if _visitor_header(rows) is not None)
    return (10 + found, lambda: None) if found else None  # type: ignore[return-value]


def recognise_page_followers(path: Path, sheets: dict[str, list[tuple[Any, ...]]]) -> Match | None:
    for title, rows in sheets.items():
        header = _page_followers_header(rows)
        if header is not None:
            known = sum(_norm(v) in _FOLLOWER_KINDS for v in rows[header])
            return 4 + known, lambda title=title, rows=rows, header=header: _page_followers_detected(
                path, title, rows, header)
    return None


def recognise_member(path: Path, sheets: dict[str, list[tuple[Any, ...]]]) -> Match | None:
    upper = {title.strip().upper(): title for title in sheets}
    top = upper.get("TOP POSTS") or _sheet_with_two_link_headers(sheets)
    if top is None or _top_posts_header(sheets[top]) is None:
        return None
    followers = upper.get("FOLLOWERS") or _followers_sheet(sheets)
    score = 6 + len(_top_posts_header(sheets[top])[1]) + (followers is not None)  # type: ignore[index]
    return score, lambda: _member_detected(path, sheets, top, followers)


def recognise_page_export(path: Path, sheets: dict[str, list[tuple[Any, ...]]]) -> Match | None:
    for title, rows in sheets.items():
        header = _page_header(rows)
        if header is not None:
            known = sum(_norm(v) in _PAGE_HEADERS for v in rows[header])
            return 4 + known, lambda title=title, rows=rows, header=header: _page_detected(path, title, rows, header)
    return None


def recognise_single_post(path: Path, sheets: dict[str, list[tuple[Any, ...]]]) -> Match | None:
    for title, rows in sheets.items():
        labels = _single_labels(rows)
        if "link" in labels.values() and ({"impressions", "reactions"} & set(labels.values())):
            return 2 + len(labels), lambda title=title, rows=rows, labels=labels: _single_detected(
                path, sheets, title, rows, labels)
    return None


# ---- member content analytics -----------------------------------------------------------------


def _followers_sheet(sheets: dict[str, list[tuple[Any, ...]]]) -> str | None:
    for title, rows in sheets.items():
        if _followers(rows):
            return title
    return None


def _sheet_with_two_link_headers(sheets: dict[str, list[tuple[Any, ...]]]) -> str | None:
    for title, rows in sheets.items():
        if _top_posts_header(rows) is not None:
            return title
    return None


def _top_posts_header(rows: list[tuple[Any, ...]]) -> tuple[int, list[tuple[int, int, str]]] | None:
    """(header row index, [(link col, date col, metric col, metric)]) for the side-by-side lists."""
    for index, row in enumerate(rows[:6]):
        norms = [_norm(v) for v in row]
        link_cols = [i for i, n in enumerate(norms) if n in C.POST_SYNONYMS["link"]]
        if len(link_cols) < 2:
            continue
        blocks = []
        for number, start in enumerate(link_cols):
            end = link_cols[number + 1] if number + 1 < len(link_cols) else len(norms)
            date_col = metric_col = None
            metric = None
            for col in range(start + 1, end):
                if norms[col] in C.POST_SYNONYMS["date"] and date_col is None:
                    date_col = col
                elif norms[col] in ("engagements", "interaktionen", "engagement") and metric_col is None:
                    metric_col, metric = col, "engagements"
                elif norms[col] in C.POST_SYNONYMS["impressions"] and metric_col is None:
                    metric_col, metric = col, "impressions"
            if date_col is not None and metric_col is not None:
                blocks.append((start, date_col, metric_col, metric))
        if blocks:
            return index, blocks
    return _top_posts_by_structure(rows)


def _is_post_link(value: Any) -> bool:
    return isinstance(value, str) and "linkedin.com/" in value and ("urn:li:" in value or "/posts/" in value)


def _top_posts_by_structure(rows: list[tuple[Any, ...]]) -> tuple[int, list[tuple[int, int, int, str]]] | None:
    """The side-by-side lists recognised by their cells, whatever the UI language of the headers.

    The header row is the one above the first row with post links in two columns; each list
    is link, publish date, figure. Headers that name the figure decide it; otherwise the left
    list is by engagements and the right one by impressions, as LinkedIn lays them out.
    """
    for index, row in enumerate(rows[1:9], start=1):
        link_cols = [i for i, v in enumerate(row) if _is_post_link(v)]
        if len(link_cols) != 2 or link_cols[1] - link_cols[0] < 3:
            continue
        header = [_norm(v) for v in rows[index - 1]] + [""] * 8
        blocks = []
        for number, start in enumerate(link_cols):
            name = header[start + 2]
            if name in C.POST_SYNONYMS["impressions"] or name.startswith("impression"):
                metric = "impressions"
            elif name.startswith(("engagement", "interaktion")):
                metric = "engagements"
            else:
                metric = ("engagements", "impressions")[number]
            blocks.append((start, start + 1, start + 2, metric))
        return index - 1, blocks
    return None


def _member_detected(path: Path, sheets, top: str, followers_sheet: str | None) -> Detected:
    rows = sheets[top]
    header_index, blocks = _top_posts_header(rows)  # type: ignore[misc]
    merged: dict[str, tuple[int, dict[str, Any]]] = {}
    order: list[str] = []
    for link_col, date_col, metric_col, metric in blocks:
        for offset, row in enumerate(rows[header_index + 1:]):
            line = header_index + 2 + offset
            cells = list(row) + [None] * (max(link_col, date_col, metric_col) + 1 - len(row))
            link, day, value = cells[link_col], cells[date_col], cells[metric_col]
            if not (filled(link) or filled(day) or filled(value)):
                continue
            key = str(link).strip() if filled(link) else f"row:{line}:{link_col}"
            if key not in merged:
                merged[key] = (line, {"link": cell_text(link), "date": cell_text(day)})
                order.append(key)
            record = merged[key][1]
            record[metric] = cell_text(value)
            if record.get("date") is None:
                record["date"] = cell_text(day)
    records = [merged[key] for key in order]
    followers = _followers(sheets[followers_sheet]) if followers_sheet else []
    headers = [cell_text(v) or "" for v in rows[header_index]]
    det = Detected(
        path=path, file_name=path.name, format="linkedin_member_analytics", kind="posts",
        headers=headers, mapping={}, unmapped=[], sheet=top, header_line=header_index + 1,
        proposed_author=author_from_file_name(path.name),
    )
    det.extra["records"] = records
    det.extra["followers"] = followers
    det.extra["window"] = discovery_window(sheets)
    det.extra["sheets_read"] = {top, followers_sheet} - {None}
    _member_audience(det, {title: rows for title, rows in sheets.items() if title not in (top, followers_sheet)})
    shown = ["date", "link", "engagements", "impressions"]
    det.rows = [(line, [rec.get(c) for c in shown]) for line, rec in records[:20]]
    det.extra["preview_columns"] = shown
    return det


# the sheet of a member export that names the window it covers, in LinkedIn's interface languages
_DISCOVERY_SHEETS = ("discovery", "auffindbarkeit")


def discovery_window(sheets: dict[str, list[tuple[Any, ...]]]) -> tuple[date, date] | None:
    """The days a member export covers, as its DISCOVERY (AUFFINDBARKEIT) sheet names them in its
    first rows ("Overall Performance | 1/1/2026 - 3/31/2026"); None without such a sheet or window."""
    for title, rows in sheets.items():
        if title.strip().casefold() not in _DISCOVERY_SHEETS:
            continue
        for row in rows[:10]:
            for value in row:
                found = [_date_from(part) for part in re.split(r"\s+[-–—]\s+|\s+(?:to|bis)\s+", str(value or ""))]
                days = [day for day in found if day is not None]
                if len(found) == 2 and len(days) == 2 and days[0] <= days[1]:
                    return days[0], days[1]
    return None


_DATE_IN_TEXT = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date_from(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE_IN_TEXT.search(str(value or ""))
    if not match:
        return None
    g = match.groups()
    try:
        if g[0]:
            return date(int(g[2]), int(g[0]), int(g[1]))
        if g[3]:
            return date(int(g[3]), int(g[4]), int(g[5]))
        return date(int(g[8]), int(g[7]), int(g[6]))
    except ValueError:
        return None


def _int_from(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if float(value).is_integer() and value >= 0 else None
    text = re.sub(r"[\s.,'\u00a0\u202f]", "", str(value))
    return int(text) if text.isdigit() else None


def _followers(rows: list[tuple[Any, ...]]) -> list[tuple[int, date, int | None, int | None]]:
    """(line, day, followers at the end of the day, new followers) from the FOLLOWERS sheet."""
    total = total_day = None
    header = None
    for index, row in enumerate(rows[:10]):
        cells = list(row)
        norms = [_norm(v) for v in cells]
        if header is None and any(n in C.POST_SYNONYMS["date"] for n in norms) and any("follower" in n for n in norms):
            header = index
            break
        for i, value in enumerate(cells):
            if isinstance(value, str) and "follower" in value.lower() and _date_from(value):
                total_day = _date_from(value)
                for rest in cells[i + 1:]:
                    if _int_from(rest) is not None:
                        total = _int_from(rest)
                        break
    if header is None:
        return []
    norms = [_norm(v) for v in rows[header]]
    day_col = next(i for i, n in enumerate(norms) if n in C.POST_SYNONYMS["date"])
    new_col = next((i for i, n in enumerate(norms) if "follower" in n), None)
    daily = []
    for offset, row in enumerate(rows[header + 1:]):
        cells = list(row) + [None] * 4
        day = _date_from(cells[day_col])
        if day is None:
            continue
        daily.append((header + 2 + offset, day, _int_from(cells[new_col]) if new_col is not None else None))
    daily.sort(key=lambda item: item[1])
    out = []
    later = 0
    for line, day, new in reversed(daily):
        followers = None
        if total is not None and total_day is not None and day <= total_day:
            followers = total - later
        out.append((line, day, followers, new))
        later += new or 0
    out.reverse()
    return out


# ---- who is reached: the member export's window, the account's days, the demographics ----------

AUDIENCE_CATEGORIES = ("location", "job_title", "industry", "seniority", "company_size", "company")
# LinkedIn's names of the demographic categories, singular and plural, in an English or German interface
# (normalised); a category not named here is kept under its own label
_CATEGORY_NAMES = {
    "location": ("location", "locations", "standort", "standorte", "ort", "orte"),
    "job_title": ("job title", "job titles", "jobtitel", "berufsbezeichnung", "berufsbezeichnungen",
                  "jobbezeichnung", "jobbezeichnungen", "position", "positionen"),
    "industry": ("industry", "industries", "branche", "branchen"),
    "seniority": ("seniority", "senioritaet", "senioritaetsstufe", "karrierestufe", "karrierestufen",
                  "berufserfahrung", "hierarchieebene", "hierarchiestufe"),
    "company_size": ("company size", "company sizes", "unternehmensgroesse", "unternehmensgroessen",
                     "firmengroesse", "firmengroessen"),
    "company": ("company", "companies", "unternehmen", "firma", "firmen", "arbeitgeber"),
}
_CATEGORY_OF = {name: category for category, names in _CATEGORY_NAMES.items() for name in names}
_REACHED_LABELS = ("members reached", "erreichte mitglieder", "mitglieder erreicht", "unique members")
_ENGAGEMENT_LABELS = ("engagements", "engagement", "interaktionen", "interaktion")
_SHARE = re.compile(r"^\s*(<\s*)?(\d+(?:[.,]\d+)?)\s*(%)?\s*$")


@dataclass(frozen=True)
class Window:
    """A member export's window ("Overall Performance": 3/1/2025 - 6/30/2025) with the impressions
    and members reached in it (None: not in the file)."""

    start: date
    end: date
    impressions: int | None
    members_reached: int | None


@dataclass(frozen=True)
class Demographic:
    """One row of a demographics block: the category (``AUDIENCE_CATEGORIES`` or the file's own label),
    the value, its share of the viewers as a fraction, and whether LinkedIn wrote it as "< 1%"."""

    line: int
    category: str
    value: str
    share: float
    below_one_percent: bool


@dataclass(frozen=True)
class Demographics:
    """A demographics block: its rows, and the lines inside it that could not be read."""

    values: list[Demographic]
    problems: list[int]
    first: int  # 0-based index of its first row (the heading or the header above the values)


def audience_category(label: str) -> str:
    """'Locations' / 'Standorte' -> 'location'; a category LinkedIn may add later keeps its label."""
    return _CATEGORY_OF.get(_norm(label), str(label).strip())


def share_from(value: Any) -> tuple[float, bool] | None:
    """A demographic percentage as (fraction, below one percent): '38%' and 0.38 -> (0.38, False);
    '< 1%' -> (0.005, True), half the bound LinkedIn gives; None when it is no percentage.

    A number without a percent sign above 1 is read as percent ('38' -> 0.38).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        below, number, percent = False, float(value), False
    else:
        match = _SHARE.match(str(value))
        if not match:
            return None
        below, number, percent = bool(match[1]), float(match[2].replace(",", ".")), bool(match[3])
    fraction = number / 100 if percent or number > 1 else number
    if not 0 <= fraction <= 1:
        return None
    return (fraction / 2, True) if below else (fraction, False)


def _date_range(value: Any) -> tuple[date, date] | None:
    """'3/1/2025 - 6/30/2025' -> (start, end): a cell holding exactly two dates, the first not after the second."""
    if not isinstance(value, str):
        return None
    days = [_date_from(match.group(0)) for match in _DATE_IN_TEXT.finditer(value)]
    if len(days) != 2 or None in days or days[0] > days[1]:  # type: ignore[operator]
        return None
    return days[0], days[1]  # type: ignore[return-value]


def member_window(sheets: dict[str, list[tuple[Any, ...]]]) -> tuple[str, Window] | None:
    """(sheet, window) from a member export's DISCOVERY sheet (AUFFINDBARKEIT in a German interface).

    Recognised by its structure: a cell with the window's two dates near the top, then label
    rows; impressions and members reached by their labels, else in LinkedIn's order (impressions
    first). None when no sheet holds a window.
    """
    for title, rows in sheets.items():
        for index, row in enumerate(rows[:6]):
            window = next((days for days in map(_date_range, row) if days), None)
            if window is None:
                continue
            labelled: dict[str, int] = {}
            in_order: list[int] = []
            for later in rows[index + 1:index + 12]:
                cells = [*later, None, None]
                number = next((_int_from(v) for v in cells[1:] if _int_from(v) is not None), None)
                if number is None:
                    continue
                label = _norm(cells[0])
                if label in C.POST_SYNONYMS["impressions"]:
                    labelled.setdefault("impressions", number)
                elif label in _REACHED_LABELS:
                    labelled.setdefault("members_reached", number)
                in_order.append(number)
            if not labelled:
                labelled = dict(zip(("impressions", "members_reached"), in_order, strict=False))
            return title, Window(window[0], window[1], labelled.get("impressions"), labelled.get("members_reached"))
    return None


def window_from_file_name(name: str) -> tuple[date, date] | None:
    """The window a member export's file name gives ('AggregateAnalytics_X_2026-01-01_2026-03-31.xlsx')."""
    days = dates_in_file_name(name)
    return (days[0], days[1]) if len(days) == 2 and days[0] <= days[1] else None


def _account_days(rows: list[tuple[Any, ...]]) -> list[tuple[int, date, int | None, int | None]] | None:
    """(line, day, impressions, engagements) of the ENGAGEMENT sheet: the account's figures per day.

    Recognised by its structure: a header row above rows of a date and two numbers; the columns by
    their headers, else impressions then engagements (LinkedIn's order). None for another sheet.
    """
    for index, row in enumerate(rows[:5]):
        norms = [_norm(v) for v in row]
        if len(norms) < 3 or norms[0] not in C.POST_SYNONYMS["date"] or any("follower" in n for n in norms):
            continue
        impressions = next((i for i, n in enumerate(norms) if n in C.POST_SYNONYMS["impressions"]), 1)
        engagements = next((i for i, n in enumerate(norms) if n in _ENGAGEMENT_LABELS), 2)
        days = []
        for offset, later in enumerate(rows[index + 1:]):
            cells = [*later, None, None, None]
            day = _date_from(cells[0])
            if day is not None:
                days.append((index + 2 + offset, day, _int_from(cells[impressions]), _int_from(cells[engagements])))
        return days if days else None
    return None


def _demographic(row: tuple[Any, ...], line: int) -> Demographic | None:
    cells = [*row, None, None, None]
    label, value = cells[0], cells[1]
    if not (isinstance(label, str) and filled(label) and filled(value)) or _date_from(label) is not None:
        return None
    if not any(ch.isalpha() for ch in label):
        return None
    share = share_from(cells[2])
    if share is None:
        return None
    return Demographic(line, audience_category(label), str(cell_text(value)).strip(), share[0], share[1])


def _demographics(rows: list[tuple[Any, ...]], start: int = 0) -> Demographics | None:
    """A demographics block at or below row ``start``: rows of category, value and percentage
    (LinkedIn's "Top Demographics" / "Top demographics", whatever the interface's language), the
    heading and header rows just above them, and the lines inside it that could not be read."""
    first = next((i for i in range(start, len(rows)) if _demographic(rows[i], i + 1)), None)
    if first is None:
        return None
    top = first
    while top > start and first - top < 2 and any(filled(v) for v in rows[top - 1]) and \
            _int_from(([*rows[top - 1], None, None])[1]) is None:
        top -= 1
    values, problems = [], []
    for index in range(first, len(rows)):
        row = _demographic(rows[index], index + 1)
        if row is not None:
            values.append(row)
        elif any(filled(v) for v in rows[index]):
            problems.append(index + 1)
    return Demographics(values, problems, top)


def _demographics_sheet(sheets: dict[str, list[tuple[Any, ...]]], det: Detected) -> Demographics | None:
    """The first sheet that is a demographics block (its header in the first row): read, and named as read."""
    for title, rows in sheets.items():
        block = _demographics(rows, 1)
        if block is not None and block.first <= 1 and len(block.values) >= len(block.problems):
            det.extra["sheets_read"] = det.extra.get("sheets_read", set()) | {title}
            det.extra["audience_sheet"] = title
            return block
    return None


def _member_audience(det: Detected, sheets: dict[str, list[tuple[Any, ...]]]) -> None:
    """The window, the account's days and the demographics of a member export, from the sheets
    beside TOP POSTS and FOLLOWERS (whatever their names: the interface's language decides them)."""
    found = member_window(sheets)
    if found is not None:
        title, window = found
        det.extra["sheets_read"] |= {title}
        det.extra["audience_window"] = window
        sheets = {name: rows for name, rows in sheets.items() if name != title}
    elif (named := window_from_file_name(det.file_name)) is not None:
        det.extra["audience_window"] = Window(named[0], named[1], None, None)
    else:  # demographics without the window they describe are not kept (their sheet is named as unused)
        return
    for title, rows in sheets.items():
        days = _account_days(rows)
        if days is not None:
            det.extra["sheets_read"] |= {title}
            det.extra["account_days"] = days
            sheets = {name: rows for name, rows in sheets.items() if name != title}
            break
    block = _demographics_sheet(sheets, det)
    if block is not None:
        det.extra["demographics"] = block.values
        det.extra["demographic_problems"] = block.problems


# ---- single-post analytics --------------------------------------------------------------------


def _single_labels(rows: list[tuple[Any, ...]]) -> dict[int, str]:
    labels = {}
    for index, row in enumerate(rows[:60]):
        if not row:
            continue
        norm = _norm(row[0])
        if norm in SINGLE_LABELS and len(row) > 1 and filled(row[1]):
            canonical = SINGLE_LABELS[norm]
            if canonical not in labels.values():
                labels[index] = canonical
    return labels


def _single_detected(path: Path, sheets, title: str, rows, labels: dict[int, str]) -> Detected:
    record = {canonical: cell_text(rows[index][1]) for index, canonical in labels.items()}
    if record.get("date"):
        record["date"] = _iso_date(record["date"])
    metrics = {name: _int_from(record.pop(name)) for name in EXTRA_METRICS if name in record}
    line = min(labels)
    det = Detected(
        path=path, file_name=path.name, format="linkedin_single_post", kind="posts",
        headers=[cell_text(rows[i][0]) or "" for i in sorted(labels)], mapping={}, unmapped=[],
        sheet=title, header_line=line + 1, proposed_author=author_from_file_name(path.name),
    )
    det.extra["records"] = [(line + 1, record)]
    det.extra["metrics"] = {line + 1: metrics}
    # the post's audience: a "Top demographics" block below the figures, or (older layout) a sheet of its own
    read: set[int] = set()
    block = _demographics(rows, max(labels) + 1)
    if block is None:
        block = _demographics_sheet({name: sheet for name, sheet in sheets.items() if name != title}, det)
    else:
        det.extra["audience_sheet"] = title
        read = set(range(block.first, len(rows)))  # its lines that could not be read are named on their own
    if block is not None:
        det.extra["post_demographics"] = (line + 1, block.values)
        det.extra["demographic_problems"] = block.problems
    # label rows the cockpit does not keep (social engagements, premium button …)
    det.extra["unused_lines"] = [i + 1 for i, row in enumerate(rows)
                                 if i not in labels and i not in read and any(filled(v) for v in row)]
    det.extra["preview_columns"] = [*record, *metrics]
    det.rows = [(line + 1, [*record.values(), *metrics.values()])]
    return det


def _iso_date(text: str) -> str:
    """'Sep 30, 2025' -> '2025-09-30'; other forms are left to the SQL parser (4/3/2026 is M/D/Y)."""
    match = _WORD_DATE.match(text)
    if match and match.group(1).lower() in _MONTHS:
        try:
            return date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2))).isoformat()
        except ValueError:
            return text
    return text


# ---- company-page content export ----------------------------------------------------------------


_PAGE_HEADERS = {C.normalise_header(h) for h in (
    "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date", "Audience", "Impressions",
    "Views", "Clicks", "CTR", "Likes", "Comments", "Reposts", "Follows", "Engagement rate", "Content Type")}


def _page_header(rows: list[tuple[Any, ...]]) -> int | None:
    for index, row in enumerate(rows[:4]):
        norms = {_norm(v) for v in row}
        if {"post link", "post type"} <= norms or ({"post link", "posted by"} <= norms and "created date" in norms):
            return index
    return None


def _page_detected(path: Path, title: str, rows, header: int) -> Detected:
    headers = [cell_text(v) or "" for v in rows[header]]
    mapping = C.propose_mapping(headers, "posts")
    type_col = next((i for i, h in enumerate(headers) if _norm(h) == "post type"), None)
    by_column = {canonical: headers.index(h) for h, canonical in mapping.items()}
    groups: dict[str, list[tuple[int, tuple[Any, ...]]]] = {}
    order: list[str] = []
    data_rows = 0
    for offset, row in enumerate(rows[header + 1:]):
        if not any(filled(v) for v in row):
            continue
        data_rows += 1
        line = header + 2 + offset
        link_index = by_column.get("link")
        link = row[link_index] if link_index is not None and link_index < len(row) else None
        key = str(link).strip() if filled(link) else f"row:{line}"
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((line, row))
    records = []
    for key in order:
        members = groups[key]
        chosen = _choose_page_row(members, type_col, by_column)
        records.append(chosen)
    det = Detected(
        path=path, file_name=path.name, format="linkedin_page_export", kind="page_posts", headers=headers,
        mapping=mapping, unmapped=[h for h in headers if h and h not in mapping], sheet=title,
        header_line=header + 1,
    )
    det.extra["records"] = records
    det.extra["data_rows"] = data_rows
    det.extra["preview_columns"] = list(C.POST_COLUMNS)
    det.rows = [(line, [rec.get(c) for c in C.POST_COLUMNS]) for line, rec in records[:20]]
    return det


def _choose_page_row(members, type_col, by_column) -> tuple[int, dict[str, Any]]:
    """One record per post: the Total row of a boosted post, else its only (or organic) row."""

    def record(row) -> dict[str, Any]:
        cells = list(row) + [None] * (len(by_column) + 30)
        return {canonical: cell_text(cells[index]) for canonical, index in by_column.items()}

    def kind_of(row) -> str:
        return _norm(row[type_col]) if type_col is not None and type_col < len(row) else ""

    for line, row in members:
        if kind_of(row) in ("total", "gesamt", "insgesamt"):
            return line, record(row)
    if len(members) == 1:
        return members[0][0], record(members[0][1])
    # organic and sponsored rows without a total: add them up
    line, first = members[0]
    combined = record(first)
    for column in C.COUNT_COLUMNS:
        values = [_int_from(record(row).get(column)) for _line, row in members]
        known = [v for v in values if v is not None]
        if known:
            combined[column] = str(sum(known))
    return line, combined


# ---- company-page followers and visitors ------------------------------------------------------------

_FOLLOWER_KINDS = tuple(C.normalise_header(h) for h in (
    "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"))


def _page_followers_header(rows: list[tuple[Any, ...]]) -> int | None:
    for index, row in enumerate(rows[:4]):
        norms = [_norm(v) for v in row]
        if any(n in C.POST_SYNONYMS["date"] for n in norms) and sum(n in _FOLLOWER_KINDS for n in norms) >= 2:
            return index
    return None


def _visitor_header(rows: list[tuple[Any, ...]]) -> int | None:
    for index, row in enumerate(rows[:4]):
        norms = " | ".join(_norm(v) for v in row)
        if "page views" in norms and "unique visitors" in norms:
            return index
    return None


def _page_followers_detected(path: Path, title: str, rows, header: int) -> Detected:
    """The page's new followers per day (organic + sponsored + auto-invited) and its total."""
    norms = [_norm(v) for v in rows[header]]
    day_col = next(i for i, n in enumerate(norms) if n in C.POST_SYNONYMS["date"])
    parts = [i for i, n in enumerate(norms) if n in _FOLLOWER_KINDS[:3]]
    total_col = norms.index(_FOLLOWER_KINDS[3]) if _FOLLOWER_KINDS[3] in norms else None
    days = []
    for offset, row in enumerate(rows[header + 1:]):
        cells = list(row) + [None] * len(norms)
        day = _date_from(cells[day_col])
        if day is None:
            continue
        known = [_int_from(cells[i]) for i in parts if _int_from(cells[i]) is not None]
        total = _int_from(cells[total_col]) if total_col is not None else None
        days.append((header + 2 + offset, day, total, sum(known) if known else None))
    det = Detected(
        path=path, file_name=path.name, format="linkedin_page_followers", kind="page_followers",
        headers=[cell_text(v) or "" for v in rows[header]], mapping={}, unmapped=[], sheet=title,
        header_line=header + 1,
    )
    det.extra["page_followers"] = days
    det.extra["preview_columns"] = ["date", "followers", "new_followers"]
    det.rows = [(line, [day.isoformat(), total, new]) for line, day, total, new in days[:20]]
    return det

"""Which days the data speaks for: the programme's covered stretches, its gaps, each person's
covered days, the default period and who has to export.

Every import keeps what it covers (table ``coverage``, :mod:`analytics.ingest.kinds.coverage`).
From those rows:

- a person is **covered** on a day some import covers for them (a member export, Shares.csv, a
  controlling sheet of theirs) or for everyone in the programme then (a controlling sheet, the
  demo) — and only while they are in the programme (from ``joined_on`` to ``left_on``, where known);
- the **programme** is covered on a day any import covers for anyone; a **gap** is a stretch of
  whole calendar months inside the programme's covered span that no import covers (unknown, not
  months without posts);
- the **default period** is the latest continuous stretch (no gap inside), at most its last 12
  calendar months;
- posts written without a record of what their file covered (before coverage was recorded, or
  written by hand) cover the programme from each import's first to its last post, as the data
  was read before.

Single-post exports (one post, no days) and the company page's exports cover no cohort time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import duckdb
import pandas as pd

from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, t

# LinkedIn's member analytics reach back this many days: what is older can no longer be exported
ANALYTICS_WINDOW_DAYS = 365
EXPORT_DUE_DAYS = 30  # a person's data ending longer ago than this: their next export is due
WARN_DAYS = 30  # uncovered days that leave LinkedIn's window within this many days are warned about
DEFAULT_MONTHS = 12  # the default period is at most this many calendar months
MEMBER_EXPORT = "linkedin_member_analytics"

# The covered days as SQL: ``covered`` (influencer_id, first_day, last_day), each person's days
# merged into stretches and cut to their membership; ``programme_covered`` (first_day, last_day),
# every import's days merged. Fixed text (no parameters), used in a WITH clause.
COVERED = """
cov_recorded AS (
    SELECT influencer_id, first_day, last_day, import_id FROM coverage
    WHERE scope IN ('programme', 'person') AND first_day IS NOT NULL AND last_day IS NOT NULL
    UNION ALL
    SELECT NULL, CAST(min(p.published_at) AS DATE), CAST(max(p.published_at) AS DATE), p.import_id
    FROM posts p
    WHERE p.import_id IS NULL OR p.import_id NOT IN (SELECT import_id FROM coverage)
    GROUP BY p.import_id
),
cov_person AS (
    SELECT * FROM (
        SELECT i.influencer_id,
               greatest(r.first_day, coalesce(i.joined_on, r.first_day)) AS first_day,
               least(r.last_day, coalesce(i.left_on, r.last_day)) AS last_day, r.import_id
        FROM cov_recorded r JOIN influencers i ON r.influencer_id IS NULL OR r.influencer_id = i.influencer_id
    ) WHERE first_day <= last_day
),
cov_reach AS (
    SELECT influencer_id, first_day, last_day,
           max(last_day) OVER (PARTITION BY influencer_id ORDER BY first_day, last_day
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM cov_person
),
cov_islands AS (
    SELECT *, sum(CASE WHEN reach IS NULL OR first_day > reach + 1 THEN 1 ELSE 0 END)
                  OVER (PARTITION BY influencer_id ORDER BY first_day, last_day ROWS UNBOUNDED PRECEDING) AS island
    FROM cov_reach
),
covered AS (
    SELECT influencer_id, min(first_day) AS first_day, max(last_day) AS last_day
    FROM cov_islands GROUP BY influencer_id, island
),
prog_reach AS (
    SELECT first_day, last_day,
           max(last_day) OVER (ORDER BY first_day, last_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS reach
    FROM cov_recorded
),
prog_islands AS (
    SELECT *, sum(CASE WHEN reach IS NULL OR first_day > reach + 1 THEN 1 ELSE 0 END)
                  OVER (ORDER BY first_day, last_day ROWS UNBOUNDED PRECEDING) AS island
    FROM prog_reach
),
programme_covered AS (
    SELECT min(first_day) AS first_day, max(last_day) AS last_day FROM prog_islands GROUP BY island
)"""

Span = tuple[date, date]


# ---------------------------------------------------------------- stretches and gaps
def _merged(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for first, last in sorted(spans):
        if out and first <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def month_start(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return (pd.Timestamp(day) + pd.offsets.MonthEnd(0)).date()


def _months(first: date, last: date) -> list[date]:
    return [m.date() for m in pd.date_range(month_start(first), last, freq="MS")]


def month_gaps(spans: list[Span], within: Span | None = None) -> list[Span]:
    """Stretches of whole calendar months that no span covers, inside the spans' own first and last
    day (or inside ``within``): each from a month's first to a month's last day."""
    spans = _merged(spans)
    if not spans and within is None:
        return []
    first, last = within or (spans[0][0], spans[-1][1])
    gaps: list[Span] = []
    for month in _months(first, last):
        end = month_end(month)
        if month < first or end > last:  # a month cut by the edge is no whole month
            continue
        if any(a <= end and b >= month for a, b in spans):
            continue
        if gaps and gaps[-1][1] + timedelta(days=1) == month:
            gaps[-1] = (gaps[-1][0], end)
        else:
            gaps.append((month, end))
    return gaps


def stretches(spans: list[Span]) -> list[Span]:
    """The covered span cut at its gaps: each stretch from its first to its last covered day."""
    spans = _merged(spans)
    out: list[Span] = []
    for first, last in spans:
        if out and not month_gaps([out[-1], (first, last)]):
            out[-1] = (out[-1][0], last)
        else:
            out.append((first, last))
    return out


def latest_months(stretch: Span, months: int = DEFAULT_MONTHS) -> Span:
    """The last ``months`` calendar months of a stretch (all of it when shorter)."""
    first, last = stretch
    start = (pd.Timestamp(month_start(last)) - pd.DateOffset(months=months - 1)).date()
    return max(first, start), last


# ---------------------------------------------------------------- from the workspace
def programme(cur: duckdb.DuckDBPyConnection) -> list[Span]:
    """The days any import covers for the cohort, merged into stretches of consecutive days."""
    rows = cur.execute(f"WITH {COVERED} SELECT first_day, last_day FROM programme_covered "  # noqa: S608
                       "ORDER BY first_day").fetchall()
    return [(first, last) for first, last in rows]


def covered_until(cur: duckdb.DuckDBPyConnection) -> date | None:
    """The last day any import covers for the cohort (None in a workspace without posts or imports)."""
    spans = programme(cur)
    return spans[-1][1] if spans else None


def default_period(cur: duckdb.DuckDBPyConnection) -> Span | None:
    """The latest continuous covered stretch, at most its last 12 calendar months; None without data."""
    found = stretches(programme(cur))
    return latest_months(found[-1]) if found else None


@dataclass(frozen=True)
class Stretches:
    """The programme's covered stretches, its gaps and the default period, for the sidebar and notes."""

    covered: tuple[Span, ...]
    gaps: tuple[Span, ...]
    default: Span | None

    def older(self) -> tuple[Span, ...]:
        """The covered stretches before the default period (the data it leaves out)."""
        if self.default is None:
            return ()
        return tuple((a, min(b, self.default[0] - timedelta(days=1)))
                     for a, b in stretches(list(self.covered)) if a < self.default[0])


@dataclass(frozen=True)
class ExportView:
    """The import page's "who has to export": the months shown, each person's row of :func:`months_grid`,
    and the people of :func:`soon_lost`. Kept as it is and shared (never changed by a page)."""

    months: list[date]
    people: list[dict[str, Any]]
    lost: list[dict[str, Any]]


def overview(cur: duckdb.DuckDBPyConnection) -> Stretches:
    """The programme's covered stretches, gaps and default period in one read."""
    spans = programme(cur)
    found = stretches(spans)
    return Stretches(tuple(spans), tuple(month_gaps(spans)), latest_months(found[-1]) if found else None)


def month_range(span: Span, lang: str) -> str:
    """'01/2024–03/2024' (one month: '01/2024')."""
    first, last = (f"{day.month:02d}/{day.year}" for day in span)
    return first if first == last else t("cov_month_range", lang, first=first, last=last)


def people_spans(cur: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Each person's covered stretches (influencer_id, first_day, last_day), cut to their membership;
    with ``filters``, the selection's people only."""
    where, params = (filters or Filters()).people_where("i")
    return cur.execute(
        f"WITH {COVERED} SELECT c.influencer_id, c.first_day, c.last_day "  # noqa: S608 - fixed text
        f"FROM covered c JOIN influencers i USING (influencer_id) WHERE {where} ORDER BY c.influencer_id, c.first_day",
        params).df()


def selection_spans(cur: duckdb.DuckDBPyConnection, filters: Filters) -> list[Span]:
    """The days some person of the selection is covered, merged."""
    frame = people_spans(cur, filters)
    return _merged([(pd.Timestamp(a).date(), pd.Timestamp(b).date())
                    for a, b in zip(frame["first_day"], frame["last_day"], strict=True)])


def uncovered(cur: duckdb.DuckDBPyConnection, filters: Filters) -> bool:
    """True when no import covers anyone selected on any day of the selected period: a period without
    data, not one without posts."""
    if not (filters.start and filters.end):
        return False
    return not any(a <= filters.end and b >= filters.start for a, b in selection_spans(cur, filters))


def period_gaps(cur: duckdb.DuckDBPyConnection, filters: Filters) -> list[Span]:
    """The whole calendar months of the selected period for which no import covers anyone selected."""
    if not (filters.start and filters.end):
        return []
    return month_gaps(selection_spans(cur, filters), (filters.start, filters.end))


def gap_note(gaps: list[Span], lang: str) -> str:
    """'Keine Daten für 04/2024–12/2025: …' ('' without a gap)."""
    if not gaps:
        return ""
    return t("cov_gap_note", lang, months=", ".join(month_range(gap, lang) for gap in gaps))


# ---------------------------------------------------------------- periods of a chart
def period_end(start: date, unit: str) -> date:
    """The last day of the week or month starting on ``start``."""
    return start + timedelta(days=6) if unit == "week" else month_end(start)


def timeline(cur: duckdb.DuckDBPyConnection, filters: Filters, unit: str = "month") -> pd.DataFrame:
    """Every week (from Monday) or month of the selected period with ``covered``: whether some
    selected person is covered on at least one of its days inside the period."""
    if not (filters.start and filters.end):
        return pd.DataFrame({"period": [], "covered": []})
    spans = selection_spans(cur, filters)
    first = filters.start - timedelta(days=filters.start.weekday()) if unit == "week" else month_start(filters.start)
    starts = [d.date() for d in pd.date_range(first, filters.end, freq="7D" if unit == "week" else "MS")]
    flags = []
    for start in starts:
        a, b = max(start, filters.start), min(period_end(start, unit), filters.end)
        flags.append(any(x <= b and y >= a for x, y in spans))
    return pd.DataFrame({"period": pd.to_datetime(starts), "covered": flags})


def on_timeline(frame: pd.DataFrame, column: str, periods: pd.DataFrame, counts: tuple[str, ...]) -> pd.DataFrame:
    """``frame`` (one row per period with data, the period in ``column``) with a row for every period of
    ``periods`` (:func:`timeline`) and its ``covered`` flag: a covered period without a row counts 0 in
    ``counts``; a period no import covers and without posts stays unknown (NaN), a gap in the chart."""
    if periods.empty:
        return frame.assign(covered=True) if "covered" not in frame else frame
    keyed = frame.assign(**{column: pd.to_datetime(frame[column])}).set_index(column)
    merged = periods.rename(columns={"period": column}).set_index(column).join(keyed, how="outer")
    merged["covered"] = merged["covered"].astype("boolean").fillna(True).astype(bool)
    with_rows = merged.index.isin(keyed.index)
    for name in counts:
        if name in merged:
            merged[name] = pd.to_numeric(merged[name], errors="coerce").astype(float)
            merged.loc[~with_rows & merged["covered"], name] = 0.0
    merged["covered"] = merged["covered"] | with_rows  # a period with posts is drawn as it is
    return merged.reset_index()


# ---------------------------------------------------------------- who has to export
PEOPLE = """
WITH {covered},
sources AS (
    SELECT c.influencer_id, c.first_day, c.last_day, coalesce(im.format, 'posts') AS source
    FROM cov_person c LEFT JOIN imports im USING (import_id)
)
SELECT i.influencer_id, {name} AS person, i.joined_on, i.left_on, i.is_demo,
       (SELECT list({{'first_day': s.first_day, 'last_day': s.last_day, 'source': s.source}}
                    ORDER BY s.first_day, s.source)
        FROM sources s WHERE s.influencer_id = i.influencer_id) AS sources,
       (SELECT max(s.last_day) FROM sources s
        WHERE s.influencer_id = i.influencer_id AND s.source = '{member}') AS newest_export_to,
       (SELECT max(c.last_day) FROM covered c WHERE c.influencer_id = i.influencer_id) AS data_to
FROM influencers i
WHERE (i.in_roster OR EXISTS (SELECT 1 FROM posts p WHERE p.influencer_id = i.influencer_id)
       OR EXISTS (SELECT 1 FROM coverage c WHERE c.influencer_id = i.influencer_id)) AND {where}
ORDER BY {sort_key}, i.influencer_id
"""


def _merged_by_source(sources: Any) -> list[dict[str, Any]]:
    """A person's covered stretches per kind of file, overlapping and adjoining ones of a kind merged."""
    by_source: dict[str, list[Span]] = {}
    for entry in sources if sources is not None else []:
        by_source.setdefault(entry["source"], []).append((entry["first_day"], entry["last_day"]))
    out = [{"from": first, "to": last, "source": source}
           for source, spans in by_source.items() for first, last in _merged(spans)]
    return sorted(out, key=lambda entry: (entry["from"], entry["source"]))


def in_programme(joined: date | None, left: date | None, day: date) -> bool:
    """Whether someone is in the programme on ``day`` (an unknown start or end does not exclude)."""
    return (joined is None or joined <= day) and (left is None or left >= day)


def people(cur: duckdb.DuckDBPyConnection, today: date, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Everyone in the roster or with posts: their covered stretches by kind of file (``source``: the
    format of the import), the last day of their newest member export, the last day any import covers
    for them (``data_to``) and whether an export is due: the person is in the programme ``today`` and
    their data ends more than :data:`EXPORT_DUE_DAYS` before it (or there is none)."""
    filters = filters or Filters()
    where, params = filters.people_where("i")
    sql = PEOPLE.format(covered=COVERED, name=filters.name_sql("i"), sort_key=filters.sort_sql("i"), where=where,
                        member=MEMBER_EXPORT)
    out = []
    for row in cur.execute(sql, params).fetchall():
        influencer_id, person, joined, left, is_demo, sources, newest, data_to = row
        due = in_programme(joined, left, today) and (data_to is None or (today - data_to).days > EXPORT_DUE_DAYS)
        out.append({"influencer_id": influencer_id, "person": person, "joined_on": joined, "left_on": left,
                    "is_demo": bool(is_demo), "covered": _merged_by_source(sources),
                    "newest_export_to": newest, "data_to": data_to, "export_due": bool(due)})
    return out


def report(cur: duckdb.DuckDBPyConnection, today: date) -> dict[str, Any]:
    """The command line's ``coverage``: the programme's covered stretches and gaps, the default period
    and every person's covered stretches with their newest member export (ISO dates)."""
    found = overview(cur)

    def iso(span: Span) -> dict[str, str]:
        return {"from": span[0].isoformat(), "to": span[1].isoformat()}

    return {
        "programme": {"covered": [iso(span) for span in found.covered], "gaps": [iso(span) for span in found.gaps]},
        "default_period": iso(found.default) if found.default else None,
        "people": [{
            "person": entry["person"],
            "covered": [{**iso((part["from"], part["to"])), "source": part["source"]} for part in entry["covered"]],
            "newest_export_to": entry["newest_export_to"].isoformat() if entry["newest_export_to"] else None,
            "export_due": entry["export_due"],
        } for entry in people(cur, today)],
    }


def months_grid(cur: duckdb.DuckDBPyConnection, today: date, months: int = 12,
                filters: Filters | None = None) -> tuple[list[date], list[dict[str, Any]]]:
    """The last ``months`` calendar months up to ``today`` and, per person, the kind of file that covers
    each month (the format of the import covering most of its days; None: no data; "" : not in the programme)."""
    shown = _months((pd.Timestamp(month_start(today)) - pd.DateOffset(months=months - 1)).date(), today)
    rows = []
    for entry in people(cur, today, filters):
        cells = []
        for month in shown:
            end = month_end(month)
            if not ((entry["joined_on"] or month) <= end and (entry["left_on"] or end) >= month):
                cells.append("")  # not in the programme that month
                continue
            best, most = None, 0
            for part in entry["covered"]:
                days = (min(part["to"], end) - max(part["from"], month)).days + 1
                if days > most:
                    best, most = part["source"], days
            cells.append(best)
        rows.append({**entry, "months": cells})
    return shown, rows


def soon_lost(entries: list[dict[str, Any]], today: date, warn_days: int = WARN_DAYS) -> list[dict[str, Any]]:
    """Per person in the programme: the first day LinkedIn's 365-day window still holds that no import
    covers for them, when it leaves the window within ``warn_days`` (then no export brings it back)."""
    window_start = today - timedelta(days=ANALYTICS_WINDOW_DAYS - 1)
    out = []
    for entry in entries:
        if not in_programme(entry["joined_on"], entry["left_on"], today):
            continue
        start = max(window_start, entry["joined_on"] or window_start)
        spans = _merged([(part["from"], part["to"]) for part in entry["covered"]])
        day = start
        for first, last in spans:
            if first <= day <= last:
                day = last + timedelta(days=1)
        if day > today or (day - window_start).days >= warn_days:
            continue
        out.append({"person": entry["person"], "first_uncovered": day,
                    "lost_on": day + timedelta(days=ANALYTICS_WINDOW_DAYS)})
    return out


def export_view(cur: duckdb.DuckDBPyConnection, today: date, months: int = 12) -> ExportView:
    """What the import page's "who has to export" shows, computed once per data version and day: the last
    ``months`` months, each person's cells (:func:`months_grid`; the demo's people left out, nobody exports
    for them) and who is about to lose a month for good (:func:`soon_lost`)."""
    shown, rows = months_grid(cur, today, months)
    rows = [entry for entry in rows if not entry["is_demo"]]
    return ExportView(shown, rows, soon_lost(rows, today))


LOST_NAMES = 10  # people named in the warning; the rest counted (the table below lists everyone)


def lost_text(entries: list[dict[str, Any]], lang: str, most: int = LOST_NAMES) -> str:
    """The people of :func:`soon_lost`, soonest loss first, those with the same days on one line:
    'Lena Berger, Paul Hoffmann (ab 16.06.2025, verloren ab 16.06.2026); …'; after ``most`` names
    '… und 990 weitere' (a programme of 1,000 made this a 65 KB warning nobody reads)."""
    ordered = sorted(entries, key=lambda entry: (entry["lost_on"], entry["first_uncovered"]))
    groups: dict[tuple[date, date], list[str]] = {}
    for entry in ordered[:most]:
        groups.setdefault((entry["first_uncovered"], entry["lost_on"]), []).append(entry["person"])
    text = "; ".join(t("cov_lost_entry", lang, person=", ".join(names), day=fmt_date(first, lang),
                       lost=fmt_date(lost, lang)) for (first, lost), names in groups.items())
    rest = len(ordered) - most
    return text + (" " + t("cov_lost_more", lang, n=fmt_number(rest, lang)) if rest > 0 else "")


def cohort_in_period(cur: duckdb.DuckDBPyConnection, start: date | None, end: date | None) -> int:
    """Roster people whose participation (``joined_on`` to ``left_on``, an unknown end open) overlaps
    the period (an open period: everyone in the roster)."""
    return int(cur.execute(
        "SELECT count(*) FROM influencers WHERE in_roster "
        "AND (CAST(? AS DATE) IS NULL OR joined_on IS NULL OR joined_on <= CAST(? AS DATE)) "
        "AND (CAST(? AS DATE) IS NULL OR left_on IS NULL OR left_on >= CAST(? AS DATE))",
        [end, end, start, start]).fetchone()[0])

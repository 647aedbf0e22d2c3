"""The briefing's content, built once for the page, the HTML and the PowerPoint file.

Numbers come from the named queries of the other pages; the text is generated only from those
numbers and never names a person. Each key chart carries both a Plotly figure (page, HTML) and
its plain data (categories and series) for native PowerPoint charts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go

from analytics import coverage, covered, goals, periods, programme, suppression, theme
from analytics.audience import briefing_sentence as audience_sentence
from analytics.charts import is_empty
from analytics.charts.axes import PANEL_WIDTH
from analytics.charts.content import THIN_POSTS
from analytics.charts.diversity import attribute_label, composition_chart
from analytics.charts.frequency import participation_chart
from analytics.charts.impact import outcome_label, outcomes_chart
from analytics.charts.marks import drawn_phases, nice_step, partial_flags, partial_label, partial_note, phases_note
from analytics.charts.overview import posts_and_engagement_by_month, top
from analytics.filters import Filters
from analytics.i18n import first_upper, fmt_date, fmt_month, fmt_number, fmt_percent, t
from analytics.kpis import Tile, engagement_note, known_posts, kpi_tiles, partial
from analytics.periods import Coverage, full_periods
from analytics.queries import audience as audience_queries
from analytics.queries import company_page, overview
from analytics.queries import content as content_queries
from analytics.queries.diversity import composition
from analytics.queries.frequency import participation
from analytics.queries.impact import outcome_counts, outcomes_by_month

NUMBER_FORMAT = "#,##0"  # Excel/PowerPoint formats; PowerPoint shows them in the reader's locale
PERCENT_FORMAT = "0%"
CHART_HEIGHT = 260  # small enough for a 2 × 2 grid on one 16:9 screen
LEGEND_WIDTH = 150  # px a legend at the right of a panel takes from its plot
DIVERSITY_BY = ("gender", "age_band")  # one panel each


@dataclass(frozen=True)
class Series:
    """One data series of a key chart, with the categories its values belong to."""

    name: str
    categories: tuple[str, ...]
    values: tuple[float | None, ...]  # None: unknown (a blank, never a zero)
    colour: str
    partial: tuple[bool, ...] = ()  # per category: a period the data covers only in part (hatched)


@dataclass(frozen=True)
class KeyChart:
    """A key chart: its figure and the same data as series of values per category.

    ``kind`` is the PowerPoint chart type (column, column_stacked, bar, line); ``split`` draws
    each series as its own chart (different scales or different categories); otherwise all
    series share the first one's categories.
    """

    key: str
    title: str
    figure: go.Figure
    series: tuple[Series, ...]
    kind: str
    split: bool = False
    number_format: str = NUMBER_FORMAT

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories of a chart whose series share them."""
        return self.series[0].categories if self.series else ()

    @property
    def has_data(self) -> bool:
        """True when at least one value is not zero."""
        return any(value for series in self.series for value in series.values)


@dataclass(frozen=True)
class Briefing:
    """Everything a briefing shows, in one language."""

    lang: str
    organisation: str
    title: str
    period: str
    start: date | None
    end: date | None
    tiles: tuple[Tile, ...]
    text: tuple[str, ...]
    charts: tuple[KeyChart, ...]
    source: str
    footer: str
    notes: tuple[str, ...] = ()
    pseudonymised: bool = False
    # the goals as texts (goal, period, target, value, expected, status, code) and their rule;
    # the programme against the company page (sentences, table rows); empty when there is none
    goals: tuple[dict[str, str], ...] = ()
    goals_rule: str = ""
    company_page: tuple[str, ...] = ()
    company_table: tuple[dict[str, str], ...] = ()
    # One line per part left out because the data lacks it (no outcomes recorded, no roster …):
    # the page, the HTML and the PowerPoint show what the data has and say what it lacks.
    lacking: tuple[str, ...] = ()

    @property
    def paragraph(self) -> str:
        """The generated text as one paragraph."""
        return " ".join(self.text)

    def file_stem(self) -> str:
        """'briefing_2023-01_2023-06': what and when, for downloaded files."""
        parts = ["briefing"]
        parts += [day.strftime("%Y-%m") for day in (self.start, self.end) if day]
        return "_".join(parts)


# ---------------------------------------------------------------- numbers and words
# the singular and plural of what the generated text counts, and of each outcome type
COUNT_TEXT_KEYS = {
    "people": ("briefing_people_one", "briefing_people_other"),
    "posts": ("briefing_posts_one", "briefing_posts_other"),
    "roster": ("briefing_roster_one", "briefing_roster_other"),
    "outcomes": ("briefing_text_outcome_one", "briefing_text_outcome_other"),
}
OUTCOME_COUNT_TEXT_KEYS = {
    "internship_inquiry": ("briefing_outcome_internship_inquiry_one", "briefing_outcome_internship_inquiry_other"),
    "job_application": ("briefing_outcome_job_application_one", "briefing_outcome_job_application_other"),
    "speaker_request": ("briefing_outcome_speaker_request_one", "briefing_outcome_speaker_request_other"),
    "podcast_request": ("briefing_outcome_podcast_request_one", "briefing_outcome_podcast_request_other"),
    "press": ("briefing_outcome_press_one", "briefing_outcome_press_other"),
}


def plural(keys: tuple[str, str], n: int, lang: str) -> str:
    """'1 Beitrag' / '326 Beiträge' from the keys of the singular and the plural."""
    one, other = keys
    return t(one if n == 1 else other, lang, n=fmt_number(n, lang))


def join_words(items: list[str], lang: str) -> str:
    """'a, b und c' / 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('briefing_and', lang)} " + items[-1]


def period_label(start: date | None, end: date | None, lang: str) -> str:
    """'02.01.2023 – 30.06.2023' or 'Gesamter Zeitraum'."""
    if not start or not end:
        return t("briefing_period_all", lang)
    return f"{fmt_date(start, lang)} – {fmt_date(end, lang)}"


def period_words(start: date | None, end: date | None, lang: str) -> str:
    """'Von Januar bis Juni 2023', 'Von Dezember 2022 bis Juni 2023', 'Im März 2023'."""
    if not start or not end:
        return t("briefing_text_period_all", lang)
    if (start.year, start.month) == (end.year, end.month):
        return t("briefing_text_period_month", lang, month=fmt_month(start, lang))
    first = fmt_month(start, lang)
    if start.year == end.year:
        first = first.rsplit(" ", 1)[0]
    return t("briefing_text_period_range", lang, start=first, end=fmt_month(end, lang))


def outcome_words(kind: str, n: int, lang: str) -> str:
    """'3 Praktikumsanfragen'; an unknown type as '2 × type'."""
    if kind in OUTCOME_COUNT_TEXT_KEYS:
        return plural(OUTCOME_COUNT_TEXT_KEYS[kind], n, lang)
    return f"{fmt_number(n, lang)} × {outcome_label(kind, lang)}"


def _known_for(figures: dict[str, Any], key: str, lang: str) -> str:
    """' (bei 20 von 27 Beiträgen bekannt)' when ``key`` rests on fewer than all posts, else ''."""
    if not partial(figures, key):
        return ""
    return t("briefing_text_known", lang, known=fmt_number(known_posts(figures, key), lang),
             posts=fmt_number(int(figures["posts"]), lang))


def received_words(current: dict[str, Any], lang: str) -> str:
    """What the posts received, saying on how many posts each figure rests (no final stop).

    Every post with reactions and comments known: 'Sie erhielten 15.496 Reaktionen und 3.692
    Kommentare; die Engagement-Rate lag bei 3,1 %'. Where some posts' engagements are LinkedIn's
    total without a breakdown, the engagements lead and the breakdown says for how many posts it
    is known: 'Sie erhielten 2.210 Interaktionen (bei 26 von 27 Beiträgen bekannt); für 20 von 27
    Beiträgen aufgeschlüsselt: 1.219 Reaktionen und 173 Kommentare; …'. '' when nothing is known.
    """
    posts = int(current["posts"])
    reactions = t("briefing_text_n_reactions", lang, n=fmt_number(current["reactions"], lang))
    comments = t("briefing_text_n_comments", lang, n=fmt_number(current["comments"], lang))
    known_reactions, known_comments = known_posts(current, "reactions"), known_posts(current, "comments")
    same = known_reactions == known_comments
    breakdown = [f"{reactions}{'' if same else _known_for(current, 'reactions', lang)}" if known_reactions else "",
                 f"{comments}{'' if same else _known_for(current, 'comments', lang)}" if known_comments else ""]
    breakdown_words = join_words([part for part in breakdown if part], lang)
    totals_only = int(current["known_engagements"]) - int(current["posts_with_breakdown"])
    if totals_only > 0:
        words = t("briefing_text_received", lang, items=t(
            "briefing_text_n_engagements", lang, n=fmt_number(current["engagements"], lang))
            + _known_for(current, "engagements", lang))
        if breakdown_words:
            words += t("briefing_text_breakdown", lang, known=fmt_number(known_reactions, lang),
                       posts=fmt_number(posts, lang), items=breakdown_words) if same else \
                t("briefing_text_breakdown_each", lang, items=breakdown_words)
    elif breakdown_words:
        words = t("briefing_text_received", lang,
                  items=breakdown_words + (_known_for(current, "reactions", lang) if same else ""))
    else:
        words = ""
    if current["engagement_rate"] is not None:
        rate = fmt_percent(current["engagement_rate"], lang)
        words += (t("briefing_text_rate", lang, rate=rate) if not partial(current, "engagement_rate") else
                  t("briefing_text_rate_known", lang, rate=rate, n=fmt_number(current["posts_with_rate"], lang),
                    posts=fmt_number(posts, lang)))
    words = words.removeprefix("; ")  # only the rate is known
    return first_upper(words)


def generate_text(numbers: dict[str, Any], lang: str) -> tuple[str, ...]:
    """Plain sentences built only from the numbers (never from names or free text)."""
    current, previous = numbers["current"], numbers["previous"]
    when = period_words(numbers["start"], numbers["end"], lang)
    posts = int(current["posts"])
    if posts == 0:
        sentences = [t("briefing_text_none", lang, period=when)]
    else:
        sentences = [
            t("briefing_text_posts", lang, period=when,
              people=plural(COUNT_TEXT_KEYS["people"], int(current["influencers"]), lang),
              posts=plural(COUNT_TEXT_KEYS["posts"], posts, lang)),
        ]
        if received := received_words(current, lang):
            sentences.append(received + ".")
        if previous and previous["posts"]:
            difference = posts - int(previous["posts"])
            if difference > 0:
                change = t("briefing_more_posts", lang, n=plural(COUNT_TEXT_KEYS["posts"], difference, lang))
            elif difference < 0:
                change = t("briefing_fewer_posts", lang, n=plural(COUNT_TEXT_KEYS["posts"], -difference, lang))
            else:
                change = t("briefing_same_posts", lang)
            sentences.append(t("briefing_text_change", lang, change=change,
                               previous=fmt_number(previous["posts"], lang)))
    months = numbers["participation"]
    cover = numbers.get("cover")
    with_roster = months[months["roster"] > 0] if not months.empty else months
    partial_months = len(with_roster) - len(full_periods(with_roster, "month", cover)) if cover else 0
    if cover and not with_roster.empty and partial_months < len(with_roster):
        # a month the data covers only in part is not averaged with full ones (it would read as a drop)
        with_roster = full_periods(with_roster, "month", cover)
    if posts and not with_roster.empty:
        active = float(with_roster["active"].mean())
        roster = float(with_roster["roster"].mean())  # months with data only: denominators may change
        sentences.append(t(
            "briefing_text_participation", lang,
            active=fmt_number(active, lang, 0 if active.is_integer() else 1),
            roster=fmt_number(roster, lang, 0 if roster.is_integer() else 1),
            share=fmt_percent(float(with_roster["active"].sum() / with_roster["roster"].sum()), lang, 0),
        ))
        if partial_months and cover and cover.until:
            sentences.append(t("prog_briefing_partial", lang, date=fmt_date(cover.until, lang)))
        if "no_data" in with_roster and int(with_roster["no_data"].iloc[-1]):  # never counted as inactive
            sentences.append(t("cov_briefing_without_data", lang, n=fmt_number(int(with_roster["no_data"].iloc[-1]),
                                                                                 lang)))
    cohort = numbers["cohort"]
    if cohort["size"]:
        sentences.append(t("briefing_text_cohort", lang, people=plural(COUNT_TEXT_KEYS["roster"], cohort["size"], lang),
                           professions=fmt_number(cohort["professions"], lang),
                           ages=fmt_number(cohort["age_bands"], lang)))
    outcomes = {kind: n for kind, n in numbers["outcomes"].items() if n}
    total = sum(outcomes.values())
    if total:
        items = [outcome_words(kind, n, lang) for kind, n in outcomes.items()]
        sentence = t("briefing_text_outcomes", lang, total=plural(COUNT_TEXT_KEYS["outcomes"], total, lang),
                     items=join_words(items, lang))
        sentences.append(first_upper(sentence))
    elif posts and numbers.get("outcomes_recorded", True):
        # (None ever recorded: the briefing's line on what the data lacks says it once.)
        sentences.append(t("briefing_text_outcomes_none", lang))
    return tuple(sentences)


# ---------------------------------------------------------------- queries
def _period(cur: duckdb.DuckDBPyConnection, filters: Filters) -> Filters:
    """An open period becomes the default period (:func:`analytics.covered.default_period`: the latest
    continuous covered stretch, at most 12 months), one open end the data's first or last day, so
    that a previous period exists."""
    if filters.start and filters.end:
        return filters
    default = covered.default_period(cur)
    if default and not filters.start and not filters.end:
        return filters.with_period(*default)
    first, last = overview.data_range(cur)
    spans = covered.programme(cur)
    if spans:
        first, last = min(d for d in (first, spans[0][0]) if d), max(d for d in (last, spans[-1][1]) if d)
    return filters.with_period(filters.start or first, filters.end or last)


def collect(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """All numbers of a briefing: KPIs now and before, monthly series, cohort, outcomes."""
    filters = _period(cur, filters)
    before = filters.previous()
    groups = composition(cur, filters)
    known = groups[groups["group"] != "unknown"]
    outcomes_now = outcome_counts(cur, filters)
    previous = overview.kpis(cur, before) if before else None
    return {
        "filters": filters,
        "start": filters.start,
        "end": filters.end,
        "current": overview.kpis(cur, filters),
        "previous": previous,
        "previous_period": (before.start, before.end) if before else None,
        # asked only where it matters: a previous period without posts may be one without data
        "previous_uncovered": bool(previous is not None and not previous["posts"] and covered.uncovered(cur, before)),
        "outcomes": outcomes_now,
        "previous_outcomes": outcome_counts(cur, before) if before else None,
        "monthly": overview.monthly(cur, filters),
        "participation": participation(cur, filters),
        "composition": groups,
        "outcomes_by_month": outcomes_by_month(cur, filters),
        "cohort": {
            "size": int(groups[groups["attribute"] == "gender"]["influencers"].sum()),
            "professions": int((known["attribute"] == "profession").sum()),
            "age_bands": int((known["attribute"] == "age_band").sum()),
        },
        "phases": overview.phases(cur),
        "cover": periods.coverage(cur, filters),
        "timeline": covered.timeline(cur, filters, "month"),
        "gaps": covered.period_gaps(cur, filters),
        "programme": programme.header(cur),
    }


# ---------------------------------------------------------------- tiles and charts
def _tiles(numbers: dict[str, Any], lang: str, outcomes: bool = True) -> tuple[Tile, ...]:
    """The KPI tiles; without ``outcomes`` (none ever recorded) no tile "Ergebnisse 0"."""
    current = {**numbers["current"], "outcomes": sum(numbers["outcomes"].values())}
    previous = numbers["previous"]
    if previous:
        previous = {**previous, "outcomes": sum(numbers["previous_outcomes"].values())}
    rows = (
        ("posts", "kpi_posts", "int", None),
        ("influencers", "briefing_kpi_active", "int", None),
        ("reactions", "kpi_reactions", "int", None),
        ("comments", "kpi_comments", "int", None),
        ("engagement_rate", "kpi_engagement_rate", "percent", None),
        ("outcomes", "briefing_kpi_outcomes", "int", None),
    )
    if not outcomes:
        rows = rows[:-1]
    return kpi_tiles(current, previous, rows, lang)


def _month_labels(months: pd.Series, lang: str, cover: Coverage | None = None) -> tuple[str, ...]:
    """'Jan 2023' …, a partial month as 'Jul 2024 (bis 02.07.)' (PowerPoint's categories)."""
    return tuple(partial_label(fmt_month(month, lang, short=True), month, cover, "month", lang, " ")
                 for month in pd.to_datetime(months))


def _gaps_folded(months: pd.Series, known: list[bool], columns: list[pd.Series], lang: str,
                 cover: Coverage | None) -> tuple[tuple[str, ...], list[tuple], tuple[bool, ...]]:
    """PowerPoint's categories and values with each run of months no import covers as one category
    ('04/2024–12/2025: keine Daten') without a value: a gap, not a zero. Also the partial flags."""
    labels, values, partial = [], [], []
    months = list(pd.to_datetime(months))
    flags = partial_flags(months, cover)
    index = 0
    while index < len(months):
        if known[index]:
            labels.append(_month_labels(pd.Series([months[index]]), lang, cover)[0])
            values.append(tuple(column.iloc[index] for column in columns))
            partial.append(flags[index])
            index += 1
            continue
        end = index
        while end + 1 < len(months) and not known[end + 1]:
            end += 1
        span = (months[index].date(), covered.month_end(months[end].date()))
        labels.append(t("cov_category_gap", lang, months=covered.month_range(span, lang)))
        values.append(tuple(None for _ in columns))
        partial.append(False)
        index = end + 1
    return tuple(labels), values, tuple(partial)


def _activity(numbers: dict[str, Any], lang: str, source: str) -> KeyChart:
    timeline = numbers.get("timeline")
    monthly = numbers["monthly"]
    # small panel: the bands carry no name over the bar values; the briefing's notes name them
    figure = posts_and_engagement_by_month(monthly, lang, phases=numbers.get("phases", ()), source=source,
                                           cover=numbers.get("cover"), phase_labels=False, timeline=timeline,
                                           width=PANEL_WIDTH)
    if timeline is not None and not timeline.empty:
        monthly = covered.on_timeline(monthly, "month", timeline, ("posts", "engagements"))
    # Small panels: where the values stand on the bars the value axes would only crowd them; where they do
    # not fit (12 months of 200,000 posts' interactions) each panel keeps one round value with its grid
    # line ("2.000", "200.000"): three ticks a panel crowded two panels 90 px high.
    figure.update_layout(title={"text": t("briefing_chart_activity", lang)})
    numbered = all(trace.text is not None and len(trace.text) for trace in figure.data if trace.type == "bar")
    if numbered:
        figure.update_yaxes(showticklabels=False, showgrid=False)
    elif not monthly.empty:
        for row, column in ((1, "posts"), (2, "engagements")):
            highest = top(monthly[column])
            step = nice_step(highest, 2)
            figure.update_yaxes(tickmode="array", tickvals=[step * n for n in range(1, int(highest // step) + 1)]
                                or [highest], row=row, col=1)
    known = list(monthly["covered"]) if "covered" in monthly else [True] * len(monthly)
    labels, values, partial = _gaps_folded(monthly["month"], known, [monthly["posts"], monthly["engagements"]],
                                           lang, numbers.get("cover")) if not monthly.empty else ((), [], ())
    if labels and not is_empty(figure):  # room above the tallest bars for their numbers at this small height
        figure.update_yaxes(range=[0, top(monthly["posts"]) * 1.5], row=1, col=1)
        figure.update_yaxes(range=[0, top(monthly["engagements"]) * 1.5], row=2, col=1)
    return KeyChart(
        key="activity", title=t("briefing_chart_activity", lang), figure=figure,
        series=(
            Series(t("briefing_chart_posts", lang), labels, tuple(_count(v[0]) for v in values),
                   theme.primary_colour(), partial),
            Series(t("briefing_chart_engagements", lang), labels, tuple(_count(v[1]) for v in values),
                   theme.CATEGORICAL[1], partial),
        ),
        kind="column", split=True,
    )


def _count(value: Any) -> int | None:
    """A count for PowerPoint: None for a month without data (no bar), else the whole number."""
    return None if value is None or pd.isna(value) else int(value)


def _bars(figure: go.Figure, names: list[str] | None = None, horizontal: bool = False) -> tuple[Series, ...]:
    """The series read back from a bar figure, so PowerPoint shows exactly its data."""
    return tuple(
        Series(
            names[index] if names else trace.name,
            tuple(str(c) for c in (trace.y if horizontal else trace.x)),
            tuple(_count(v) for v in (trace.x if horizontal else trace.y)),
            trace.marker.color,
        )
        for index, trace in enumerate(figure.data)
    )


def _diversity(numbers: dict[str, Any], lang: str, source: str) -> KeyChart:
    groups = numbers["composition"]
    figure = composition_chart(groups[groups["influencers"] > 0], DIVERSITY_BY, lang, source)
    title = t("briefing_chart_diversity", lang)
    figure.update_layout(title={"text": title})
    series = _bars(figure, [attribute_label(by, lang) for by in DIVERSITY_BY], horizontal=True)
    return KeyChart("diversity", title, figure, series, "bar", split=True)


def _regularity(numbers: dict[str, Any], lang: str, source: str) -> KeyChart:
    months = numbers["participation"]
    figure = participation_chart(months, lang, source, numbers.get("cover"), width=PANEL_WIDTH)
    title = t("freq_chart_participation", lang)
    if not figure.data:
        return KeyChart("regularity", title, figure, (), "column", number_format=PERCENT_FORMAT)
    trace = figure.data[0]
    # a month in which nobody in the programme has data is a gap; NaN otherwise: nobody in the roster
    no_data = months["no_data"] if "no_data" in months else pd.Series(0, index=months.index)
    known = [bool(roster) or not unknown for roster, unknown in zip(months["roster"], no_data, strict=True)]
    labels, values, partial = _gaps_folded(months["month"], known, [pd.Series(list(trace.y))], lang,
                                           numbers.get("cover"))
    shares = tuple(None if value[0] is None else (float(value[0]) if value[0] == value[0] else 0.0)
                   for value in values)
    series = Series(trace.name, labels, shares, trace.marker.color, partial)
    return KeyChart("regularity", title, figure, (series,), "column", number_format=PERCENT_FORMAT)


def _outcomes(numbers: dict[str, Any], lang: str, source: str) -> KeyChart:
    figure = outcomes_chart(numbers["outcomes_by_month"], lang, source, numbers.get("timeline"),
                            width=PANEL_WIDTH - LEGEND_WIDTH)
    # Five types do not fit one legend row in half the screen: the legend goes to the right.
    figure.update_layout(title={"text": t("briefing_chart_outcomes", lang)},
                         legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1, "yanchor": "top",
                                 "font": {"size": 12}})
    return KeyChart("outcomes", t("briefing_chart_outcomes", lang), figure, _bars(figure), "column_stacked")


def _fit(figure: go.Figure) -> go.Figure:
    """Small and legible for a 2 × 2 grid: fixed height, legend below the title."""
    figure.update_layout(height=CHART_HEIGHT, margin={"b": 40, "l": 10, "r": 10}, title={"font": {"size": 16}})
    return figure


# ---------------------------------------------------------------- the briefing
def build(cur: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> Briefing:
    """The briefing for the selection in one language.

    A selection narrowed below the threshold (:func:`analytics.suppression.narrowing`; the
    briefing shows the cohort's composition, so it is a group view) has no briefing.
    """
    if refusal := suppression.refusal(cur, filters, group_view=True):
        raise refusal
    numbers = collect(cur, filters)
    start, end = numbers["start"], numbers["end"]
    period = period_label(start, end, lang)
    source = t("briefing_source", lang, period=period)
    held = coverage.workspace(cur)
    numbers["outcomes_recorded"] = not held.lacks("outcomes")
    drawn = (_activity(numbers, lang, source), _diversity(numbers, lang, source),
             _regularity(numbers, lang, source), _outcomes(numbers, lang, source))
    charts = tuple(replace(chart, figure=_fit(chart.figure)) for chart in drawn if chart.has_data)
    lacking = _lacking([chart for chart in drawn if not chart.has_data], held, lang)
    previous = numbers["previous"]
    notes = ()
    if numbers["current"]["posts"] and previous is not None and not previous["posts"]:
        # a previous period no file covers has no data, which is not the same as no posts
        before = numbers["previous_period"]
        notes = (t("kpi_no_previous_cover", lang, start=fmt_date(before[0], lang), end=fmt_date(before[1], lang))
                 if numbers["previous_uncovered"] else t("briefing_no_previous", lang),)
    monthly = numbers["monthly"]
    if numbers["gaps"]:
        notes = (*notes, covered.gap_note(numbers["gaps"], lang))
    if not monthly.empty and (partial := partial_note(monthly["month"], numbers["cover"], "month", lang)):
        notes = (*notes, partial)
    if not monthly.empty and (shown := drawn_phases(numbers["phases"], pd.Timestamp(monthly["month"].min()).date(),
                                                    pd.Timestamp(monthly["month"].max()).date())):
        notes = (*notes, phases_note(shown, lang))
    if topic_line := _topics(cur, numbers["filters"], lang):
        notes = (*notes, topic_line)
    reached = audience_sentence(audience_queries.audience(cur, numbers["filters"]), lang)
    if reached:
        notes = (*notes, t("aud_briefing_note", lang))
    return Briefing(
        lang=lang,
        organisation=numbers["programme"]["organisation"],
        title=(t("prog_briefing_title", lang, name=numbers["programme"]["programme_name"],
                 title=t("briefing_title", lang))
               if numbers["programme"]["programme_name"] else t("briefing_title", lang)),
        period=t("briefing_period", lang, start=fmt_date(start, lang), end=fmt_date(end, lang))
        if start and end else period,
        start=start,
        end=end,
        tiles=_tiles(numbers, lang, outcomes=not held.lacks("outcomes")),
        text=generate_text(numbers, lang) + ((reached,) if reached else ()),
        charts=charts,
        source=source,
        footer=f"{engagement_note(numbers['current'], lang)} {t('briefing_footer', lang)}",
        notes=notes,
        pseudonymised=numbers["filters"].pseudonymise,
        lacking=lacking,
        **_goals_and_page(cur, numbers["filters"], lang),
    )


def _goals_and_page(cur: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> dict[str, Any]:
    """The goals with their status and the programme against the company page, as texts."""
    out: dict[str, Any] = {}
    current = goals.goal_status(cur)
    if current:
        out["goals"] = tuple(goals.lines(current, lang))
        out["goals_rule"] = goals.rule_text(current, lang).replace("**", "")
    numbers = company_page.comparison(cur, filters)
    if numbers is not None:
        out["company_page"] = tuple(company_page.sentences(numbers, lang))
        if numbers["page"]["posts"]:
            out["company_table"] = tuple(company_page.table(numbers, lang))
    return out


def _topics(cur: duckdb.DuckDBPyConnection, filters: Filters, lang: str) -> str | None:
    """The strongest topics by median engagement rate, among topics with at least THIN_POSTS posts:
    'Themen mit mindestens 10 Beiträgen, nach Median-Engagement-Rate: „A“ 4,2 % (n = 34), …'.
    None when the posts carry no topic or no topic has enough posts."""
    topics = content_queries.by_topic(cur, filters, "")
    topics = topics[(topics["posts_with_rate"] >= THIN_POSTS) & topics["median_rate"].notna()]
    if topics.empty:
        return None
    best = topics.sort_values(["median_rate", "topic"], ascending=[False, True]).head(3)
    parts = [t("briefing_topic_item", lang, topic=row.topic, rate=fmt_percent(row.median_rate, lang),
               n=fmt_number(int(row.posts_with_rate), lang)) for row in best.itertuples()]
    return t("briefing_topics", lang, min=THIN_POSTS, topics=", ".join(parts))


# Why a key chart has nothing to draw when the workspace lacks a kind of data altogether.
_NEEDS = {"diversity": "roster", "regularity": "roster", "outcomes": "outcomes"}
LACKS_TEXT_KEYS = {"roster": "briefing_lacks_roster", "outcomes": "briefing_lacks_outcomes"}


def _lacking(empty: list[KeyChart], held: coverage.Coverage, lang: str) -> tuple[str, ...]:
    """One line per chart left out: what the data lacks (once per kind), or that the period has none."""
    lines: list[str] = []
    for chart in empty:
        kind = _NEEDS.get(chart.key)
        if kind and held.lacks(kind):
            line = t(LACKS_TEXT_KEYS[kind], lang)
        else:
            line = t("briefing_lacks_period", lang, chart=chart.title)
        if line not in lines:
            lines.append(line)
    return tuple(lines)

"""Engagement queries and charts on a small hand-made workspace with hand-computed values.

The workspace (period 2 Jan – 31 Mar 2023):

    post  person  published            reactions comments reposts  impressions  engagements  rate
    p1    Anna    Mon 02.01. 09:30     10        5        5        1000         20           0.02
    p2    Anna    Wed 04.01. 09:10     8         2        0        500          10           0.02
    p3    Anna    Mon 06.02. 18:00     20        10       0        –            30           –
    p4    Bernd   Mon 20.02. 09:45     5         0        0        100          5            0.05
    p5    Bernd   Fri 10.03. (no time) –         –        –        200          –            –
    p6    Anna    Mon 20.03. 09:00     30        0        0        1500         30           0.02
    p7    Anna    Wed 05.04. 10:00     80        10       10       1000         100          (after the period)
"""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fixtures import build_small_workspace

from analytics.charts import engagement as charts
from analytics.charts import is_empty
from analytics.filters import Filters
from analytics.queries import engagement

PERIOD = Filters(start=date(2023, 1, 2), end=date(2023, 3, 31))


@pytest.fixture
def cur(tmp_path: Path):
    con = build_small_workspace(tmp_path / "small.duckdb")
    yield con
    con.close()


# ---------------------------------------------------------------- queries
def test_totals_pool_the_rate_and_take_medians(cur) -> None:
    totals = engagement.totals(cur, PERIOD)
    assert totals["posts"] == 6
    assert totals["posts_with_impressions"] == 5
    assert totals["posts_without_time"] == 1
    assert totals["influencers"] == 2
    assert totals["engagements"] == 95
    # p3 has no impressions and p5 no engagements: both are left out of the rate, not counted as 0
    assert totals["engagement_rate"] == pytest.approx(65 / 3100)
    assert totals["median_rate"] == pytest.approx(0.02)
    assert totals["median_engagements"] == 20


def test_totals_of_an_empty_period(cur) -> None:
    totals = engagement.totals(cur, Filters(start=date(2024, 1, 1), end=date(2024, 1, 31)))
    assert totals["posts"] == 0
    assert totals["engagement_rate"] is None


def test_monthly_over_time(cur) -> None:
    months = engagement.over_time(cur, PERIOD, "month")
    assert [d.month for d in pd.to_datetime(months["period"])] == [1, 2, 3]
    assert months["posts"].tolist() == [2, 2, 2]
    assert months["reactions"].tolist() == [18, 25, 30]
    assert months["comments"].tolist() == [7, 10, 0]
    assert months["reposts"].tolist() == [5, 0, 0]
    assert months["impressions"].tolist() == [1500, 100, 1700]
    assert months["engagements"].tolist() == [30, 35, 30]
    assert months["engagement_rate"].tolist() == pytest.approx([30 / 1500, 5 / 100, 30 / 1500])
    assert months["posts_with_impressions"].tolist() == [2, 1, 2]


def test_weekly_over_time_starts_on_monday(cur) -> None:
    weeks = engagement.over_time(cur, PERIOD, "week")
    first = weeks.iloc[0]
    assert pd.Timestamp(first["period"]) == pd.Timestamp("2023-01-02")
    assert first["posts"] == 2 and first["engagements"] == 30
    assert len(weeks) == 5
    with pytest.raises(ValueError):
        engagement.over_time(cur, PERIOD, "day; DROP TABLE posts")


def test_per_person_five_numbers_in_alphabetical_order(cur) -> None:
    people = engagement.per_person(cur, PERIOD)
    assert people["name"].tolist() == ["Anna Alpha", "Bernd Beta"]
    anna, bernd = people.iloc[0], people.iloc[1]
    assert (anna["posts"], anna["posts_with_rate"], anna["posts_with_engagements"]) == (4, 3, 4)
    assert anna["rate_median"] == pytest.approx(0.02)
    # engagements 10, 20, 30, 30: quartiles by linear interpolation
    assert (anna["engagements_min"], anna["engagements_q1"], anna["engagements_median"],
            anna["engagements_q3"], anna["engagements_max"]) == (10, 17.5, 25, 30, 30)
    assert (bernd["posts"], bernd["posts_with_rate"], bernd["rate_median"]) == (2, 1, pytest.approx(0.05))


def test_per_person_pseudonymised_and_filtered(cur) -> None:
    people = engagement.per_person(cur, Filters(start=PERIOD.start, end=PERIOD.end, pseudonymise=True))
    # by pseudonym number (Bernd Beta 4, Anna Alpha 5: see build_small_workspace), not alphabetical
    assert people["name"].tolist() == ["Person 04", "Person 05"]
    only_b = engagement.per_person(cur, Filters(start=PERIOD.start, end=PERIOD.end, cohorts=("B",)))
    assert only_b["name"].tolist() == ["Bernd Beta"]


def test_top_posts_by_engagements_with_preview(cur) -> None:
    top = engagement.top_posts(cur, PERIOD, "engagements", 3)
    # p3 and p6 tie at 30: the newer first; p7 lies after the period
    assert top["engagements"].tolist() == [30, 30, 20]
    assert top["url"].tolist() == ["https://example.org/p6", "https://example.org/p3", "https://example.org/p1"]
    assert top["preview"].iloc[0] == "Ich bin Anna Alpha, und ANNA mag Fragen?"
    assert top["preview"].iloc[1] == "Dritter Beitrag"
    assert top["preview"].iloc[2] == "A" * 119 + "…" and len(top["preview"].iloc[2]) == 120
    assert "author" not in top.columns


def test_top_posts_by_rate_skip_posts_without_rate(cur) -> None:
    top = engagement.top_posts(cur, PERIOD, "engagement_rate", 10)
    assert top["url"].tolist() == ["https://example.org/p4", "https://example.org/p6", "https://example.org/p2",
                                   "https://example.org/p1"]
    assert top["engagement_rate"].iloc[0] == pytest.approx(0.05)
    with pytest.raises(ValueError):
        engagement.top_posts(cur, PERIOD, "text", 10)


def test_top_posts_pseudonymised_hide_the_name_in_the_preview(cur) -> None:
    top = engagement.top_posts(cur, Filters(start=PERIOD.start, end=PERIOD.end, pseudonymise=True), limit=1)
    assert top["name"].iloc[0] == "Person 05"  # Anna Alpha
    assert top["preview"].iloc[0] == "Ich bin Person 05, und Person 05 mag Fragen?"


def test_weekday_hour_medians_without_untimed_posts(cur) -> None:
    cells = engagement.weekday_hour(cur, PERIOD)
    assert cells["posts"].sum() == 5  # p5 has no time of day
    monday_nine = cells[(cells["weekday"] == 1) & (cells["hour"] == 9)].iloc[0]
    assert monday_nine["posts"] == 3  # p1, p4, p6
    assert monday_nine["median_rate"] == pytest.approx(0.02)
    assert monday_nine["median_engagements"] == 20
    assert cells[(cells["weekday"] == 3)]["hour"].tolist() == [9]


# ---------------------------------------------------------------- charts
def test_interactions_chart_data_and_german_months(cur) -> None:
    months = engagement.over_time(cur, PERIOD, "month")
    fig = charts.interactions_over_time(months, "month", "de")
    reactions, comments, reposts = fig.data
    assert list(reactions.y) == [18, 25, 30] and list(comments.y) == [7, 10, 0] and list(reposts.y) == [5, 0, 0]
    assert reactions.name == "Reaktionen"
    assert list(fig.layout.xaxis.ticktext) == ["Jan 2023", "Feb 2023", "Mär 2023"]
    # March: p5 has no engagements, so the total rests on one of its two posts
    assert reactions.hovertext[2] == ("März 2023<br>Reaktionen: 30<br>Interaktionen gesamt: 30<br>"
                                      "Interaktionen bekannt für 1 von 2 Beiträgen")
    assert reactions.hovertext[0] == "Januar 2023<br>Reaktionen: 18<br>Interaktionen gesamt: 30<br>2 Beiträge"
    assert fig.layout.barmode == "stack"
    assert fig.layout.title.text == "Interaktionen pro Monat"


def test_weekly_hover_names_the_calendar_week(cur) -> None:
    weeks = engagement.over_time(cur, PERIOD, "week")
    fig = charts.interactions_over_time(weeks, "week", "en")
    assert fig.data[0].hovertext[0].startswith("Week 1 (from 2 Jan 2023)")
    assert fig.layout.title.text == "Engagements per week"


def test_reach_chart_rate_line_flags_thin_periods(cur) -> None:
    months = engagement.over_time(cur, PERIOD, "month")
    fig = charts.reach_over_time(months, "month", "de")
    impressions, rate = fig.data
    assert list(impressions.y) == [1500, 100, 1700]
    assert list(rate.y) == pytest.approx([0.02, 0.05, 0.02])
    assert list(rate.marker.symbol) == ["circle-open"] * 3  # fewer than 5 posts each
    assert "Engagement-Rate: 5,0 %" in rate.hovertext[1] and "wenig Daten" in rate.hovertext[1]
    assert fig.layout.separators == ",."


def test_person_chart_pseudonymised_hover_and_labels(cur) -> None:
    people = engagement.per_person(cur, Filters(start=PERIOD.start, end=PERIOD.end, pseudonymise=True))
    fig = charts.person_distribution(people, "engagements", "de", overall_median=20)
    box, medians = fig.data  # both people have fewer than 5 posts: one thin group
    assert list(box.y) == ["Person 04 (n = 1)", "Person 05 (n = 4)"]  # Bernd Beta, Anna Alpha
    assert list(box.median) == [5, 25] and list(box.q1) == [5, 17.5]
    assert list(medians.x) == [5, 25]
    assert "Person 05" in medians.hovertext[1] and "Median: 25" in medians.hovertext[1]
    assert "Mittlere Hälfte: 17,5 – 30" in medians.hovertext[1]
    text = fig.to_json()
    assert "Anna" not in text and "Bernd" not in text
    assert list(fig.layout.yaxis.categoryarray) == ["Person 04 (n = 1)", "Person 05 (n = 4)"]


def test_person_chart_rate_ranked_on_request(cur) -> None:
    people = engagement.per_person(cur, PERIOD)
    alphabetical = charts.person_distribution(people, "rate", "en")
    ranked = charts.person_distribution(people, "rate", "en", ranked=True)
    assert list(alphabetical.layout.yaxis.categoryarray) == ["Anna Alpha (n = 3)", "Bernd Beta (n = 1)"]
    assert list(ranked.layout.yaxis.categoryarray) == ["Bernd Beta (n = 1)", "Anna Alpha (n = 3)"]
    assert "Median: 2.0%" in alphabetical.data[1].hovertext[0]


def test_weekday_hour_heatmap_cells(cur) -> None:
    cells = engagement.weekday_hour(cur, PERIOD)
    fig = charts.weekday_hour_heatmap(cells, "median_rate", "de", "Titel")
    thin, heat = fig.data  # thin cells (fewer than 3 posts) in a grey layer underneath
    assert list(heat.x) == list(range(9, 19))
    assert list(fig.layout.xaxis.ticktext)[:2] == ["09:00", "10:00"]
    assert list(heat.y)[:3] == ["Montag", "Dienstag", "Mittwoch"]
    assert heat.z[0][0] == pytest.approx(0.02)  # Monday, 9 o'clock: three posts, enough
    assert heat.text[0][0] == "2,0 %"
    assert heat.z[2][0] is None and thin.z[2][0] == 0  # Wednesday 9: one post, thin
    assert heat.text[2][0] == "(2,0 %)"
    assert heat.z[1][0] is None and thin.z[1][0] is None  # Tuesday: nothing
    assert heat.customdata[0][0] == "Montag, 09:00–09:59 Uhr<br>Median Engagement-Rate: 2,0 %<br>n = 3 Beiträge"
    assert heat.customdata[2][0].endswith("n = 1 Beiträge – wenig Daten")
    counts = charts.weekday_hour_heatmap(cells, "posts", "en", "Title")
    assert counts.data[0].z[0][0] == 3 and counts.data[0].text[0][0] == "3"
    assert list(counts.data[0].y)[0] == "Monday"


def test_top_posts_table_in_german_formats(cur) -> None:
    table = charts.top_posts_table(engagement.top_posts(cur, PERIOD), "de")
    assert list(table.columns) == ["Datum", "Person", "Erste Zeile", "Interaktionen", "Reaktionen", "Kommentare",
                                   "Reposts", "Impressionen", "Engagement-Rate", "Link"]
    first = table.iloc[0]
    assert (first["Datum"], first["Impressionen"], first["Engagement-Rate"]) == ("20.03.2023", "1.500", "2,0 %")
    assert table.iloc[1]["Impressionen"] == "–"  # p3: unknown, not zero
    assert table.iloc[4]["Erste Zeile"] == "<b>fett</b>"  # plain text, shown as is


@pytest.mark.parametrize(("query", "builder"), [
    (engagement.over_time, lambda frame: charts.interactions_over_time(frame, "month", "de")),
    (engagement.over_time, lambda frame: charts.reach_over_time(frame, "month", "de")),
    (engagement.per_person, lambda frame: charts.person_distribution(frame, "rate", "de")),
    (engagement.weekday_hour, lambda frame: charts.weekday_hour_heatmap(frame, "median_rate", "de", "Titel")),
])
def test_charts_of_an_empty_period_say_so(cur, query, builder) -> None:
    fig = builder(query(cur, Filters(start=date(2024, 1, 1), end=date(2024, 1, 31))))
    assert is_empty(fig)
    assert fig.layout.annotations[0].text == "Keine Daten für diese Auswahl."


def test_fmt_value_keeps_half_medians() -> None:
    assert charts.fmt_value(28.5, "count", "de") == "28,5"
    assert charts.fmt_value(28.0, "count", "de") == "28"
    assert charts.fmt_value(math.nan, "rate", "de") == "–"

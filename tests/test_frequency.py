"""Frequency queries and charts on the hand-made workspace of ``test_engagement``.

People: Anna (roster, joined 01.01.), Bernd (roster, joined 15.02.), Carla (roster, no joined
date, never posts), Dora (not in the roster, no posts), Emil (roster, joins 01.05., after the
period). Posts in the period 2 Jan – 31 Mar 2023 (Monday to Friday):
Anna 02.01., 04.01., 06.02., 20.03. (and 05.04., after the period); Bernd 20.02., 10.03.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fixtures import build_small_workspace
from test_engagement import PERIOD

from analytics.charts import frequency as charts
from analytics.charts import is_empty
from analytics.filters import Filters
from analytics.queries import frequency

DAYS_PER_MONTH = 30.4375


def person_week(cur, filters: Filters) -> pd.DataFrame:
    """Posts per person and week, the period column named ``week``."""
    return frequency.person_period(cur, filters, "week").rename(columns={"period": "week"})


def person_week_heatmap(weeks: pd.DataFrame, lang: str, ranked: bool = False):
    return charts.person_period_heatmap(weeks.rename(columns={"week": "period"}), lang, "week", ranked)


@pytest.fixture
def cur(tmp_path: Path):
    con = build_small_workspace(tmp_path / "small.duckdb")
    yield con
    con.close()


# ---------------------------------------------------------------- queries
def test_person_week_fills_quiet_weeks(cur) -> None:
    weeks = person_week(cur, PERIOD)
    # Dora (no roster, no posts) and Emil (joins after the period) are not shown
    assert weeks["name"].unique().tolist() == ["Anna Alpha", "Bernd Beta", "Carla Gamma"]
    assert len(weeks) == 3 * 13  # 13 weeks from Monday 2 Jan to Sunday 2 Apr
    assert weeks["posts"].sum() == 6
    anna = weeks[weeks["name"] == "Anna Alpha"].set_index("week")["posts"]
    assert anna[pd.Timestamp("2023-01-02")] == 2
    assert anna[pd.Timestamp("2023-01-09")] == 0
    bernd = weeks[weeks["name"] == "Bernd Beta"].set_index("week")["member"]
    # joined Wednesday 15 Feb: the week of 13 Feb counts, the week before does not
    assert not bernd[pd.Timestamp("2023-02-06")] and bernd[pd.Timestamp("2023-02-13")]


def test_person_week_pseudonymised(cur) -> None:
    weeks = person_week(cur, Filters(start=PERIOD.start, end=PERIOD.end, pseudonymise=True))
    # in pseudonym order (Carla Gamma 3, Bernd Beta 4, Anna Alpha 5: see build_small_workspace), not alphabetical
    assert weeks["name"].unique().tolist() == ["Person 03", "Person 04", "Person 05"]


def test_monthly_target_counts_months_of_membership(cur) -> None:
    people = frequency.monthly_target(cur, PERIOD, 1).set_index("name")
    anna, bernd, carla = people.loc["Anna Alpha"], people.loc["Bernd Beta"], people.loc["Carla Gamma"]
    # Anna: 2 Jan – 31 Mar = 30 + 28 + 31 days; Bernd: 15 Feb – 31 Mar = 14 + 31 days
    assert (anna["posts"], anna["days"], anna["months"], anna["months_met"]) == (4, 89, 3, 3)
    assert anna["posts_per_month"] == pytest.approx(4 / (89 / DAYS_PER_MONTH))
    assert (bernd["posts"], bernd["days"], bernd["months"], bernd["months_met"]) == (2, 45, 2, 2)
    assert bernd["posts_per_month"] == pytest.approx(2 / (45 / DAYS_PER_MONTH))
    assert (carla["posts"], carla["posts_per_month"], carla["months_met"]) == (0, 0, 0)
    assert people["meets_target"].tolist() == [True, True, False]
    assert list(anna["posts_list"]) == [2, 1, 1] and list(bernd["posts_list"]) == [1, 1]
    stricter = frequency.monthly_target(cur, PERIOD, 2).set_index("name")
    assert stricter["meets_target"].tolist() == [False, False, False]
    assert stricter.loc["Anna Alpha", "months_met"] == 1  # January: 2 posts


def test_gaps_measured_to_the_end_of_the_period(cur) -> None:
    gaps = frequency.gaps(cur, PERIOD).set_index("name")
    assert gaps.loc["Anna Alpha", "days_quiet"] == 11  # 20 Mar -> 31 Mar; the April post does not count
    assert gaps.loc["Bernd Beta", "days_quiet"] == 21  # 10 Mar -> 31 Mar
    assert gaps.loc["Carla Gamma", "days_quiet"] == 88  # never posted: since the period began
    assert gaps["never_posted"].tolist() == [False, False, True]
    assert pd.Timestamp(gaps.loc["Anna Alpha", "last_post"]) == pd.Timestamp("2023-03-20")
    earlier = frequency.gaps(cur, Filters(start=PERIOD.start, end=date(2023, 2, 28))).set_index("name")
    assert earlier.loc["Anna Alpha", "days_quiet"] == 22  # 6 Feb -> 28 Feb
    assert earlier.loc["Bernd Beta", "days_quiet"] == 8  # 20 Feb -> 28 Feb


def test_participation_counts_joined_roster_people(cur) -> None:
    months = frequency.participation(cur, PERIOD)
    # January: Anna and Carla had joined (Bernd joins in February, Emil in May; Dora is no roster)
    assert months["roster"].tolist() == [2, 3, 3]
    assert months["active"].tolist() == [1, 2, 2]
    assert months["participation"].tolist() == pytest.approx([1 / 2, 2 / 3, 2 / 3])
    assert months["authors"].tolist() == [1, 2, 2]
    cohort_a = frequency.participation(cur, Filters(start=PERIOD.start, end=PERIOD.end, cohorts=("A",)))
    assert cohort_a["roster"].tolist() == [2, 2, 2] and cohort_a["active"].tolist() == [1, 1, 1]


def test_participation_without_roster(cur) -> None:
    cur.execute("UPDATE influencers SET in_roster = FALSE, joined_on = NULL")
    months = frequency.participation(cur, PERIOD)
    assert months["roster"].tolist() == [0, 0, 0]
    assert months["participation"].isna().all()
    assert months["authors"].tolist() == [1, 2, 2]
    # without a roster, only the people who posted are shown
    assert person_week(cur, PERIOD)["name"].unique().tolist() == ["Anna Alpha", "Bernd Beta"]


# ---------------------------------------------------------------- charts
def test_person_week_heatmap_cells_and_month_ticks(cur) -> None:
    fig = person_week_heatmap(person_week(cur, PERIOD), "de")
    heat = fig.data[0]
    assert list(heat.y) == ["Anna Alpha", "Bernd Beta", "Carla Gamma"]
    assert heat.z[0][0] == 2 and heat.text[0][0] == "2"
    assert heat.z[0][1] == 0 and heat.text[0][1] == ""
    assert heat.z[1][0] is None  # Bernd had not joined yet
    assert heat.customdata[0][0] == "Anna Alpha<br>KW 1 (ab 02.01.2023)<br>2 Beiträge"
    assert list(fig.layout.xaxis.ticktext) == ["Jan 2023", "Feb 2023", "Mär 2023"]
    ranked = person_week_heatmap(person_week(cur, PERIOD), "de", ranked=True)
    assert list(ranked.data[0].y) == ["Anna Alpha", "Bernd Beta", "Carla Gamma"]  # 4, 2, 0 posts


def test_person_week_heatmap_pseudonymised_hover(cur) -> None:
    weeks = person_week(cur, Filters(start=PERIOD.start, end=PERIOD.end, pseudonymise=True))
    fig = person_week_heatmap(weeks, "en")
    assert list(fig.data[0].y) == ["Person 03", "Person 04", "Person 05"]
    assert fig.data[0].customdata[2][0] == "Person 05<br>Week 1 (from 2 Jan 2023)<br>2 posts"  # Anna Alpha
    assert "Anna" not in fig.to_json()


def test_target_chart_colours_and_line(cur) -> None:
    people = frequency.monthly_target(cur, PERIOD, 2)
    fig = charts.target_chart(people, 2, "de")
    (below,) = fig.data  # nobody meets 2 per month
    assert below.name == "unter dem Ziel"
    assert list(below.y) == ["Anna Alpha", "Bernd Beta", "Carla Gamma"]
    assert list(below.x) == pytest.approx([4 / (89 / DAYS_PER_MONTH), 2 / (45 / DAYS_PER_MONTH), 0])
    assert "Ziel erreicht in 1 von 3 Monaten" in below.hovertext[0]
    assert "Jan 2 · Feb 1 · Mär 1" in below.hovertext[0]
    assert fig.layout.shapes[0].x0 == 2
    assert fig.layout.shapes[0].layer == "below"  # under the bars' numbers ("3,9" beside a goal of 4 was crossed)
    met = charts.target_chart(frequency.monthly_target(cur, PERIOD, 1), 1, "de", ranked=True)
    assert [trace.name for trace in met.data] == ["Ziel erreicht", "unter dem Ziel"]
    assert list(met.layout.yaxis.categoryarray) == ["Anna Alpha", "Bernd Beta", "Carla Gamma"]


def test_gap_chart_highlights_from_the_threshold(cur) -> None:
    fig = charts.gap_chart(frequency.gaps(cur, PERIOD), 14, "de")
    quiet, recent = fig.data
    assert list(quiet.y) == ["Bernd Beta", "Carla Gamma"] and list(quiet.x) == [21, 88]
    assert list(recent.y) == ["Anna Alpha"] and list(recent.x) == [11]
    assert quiet.hovertext[0] == "Bernd Beta<br>kein Beitrag seit 21 Tagen<br>letzter Beitrag: 10.03.2023"
    assert quiet.hovertext[1] == "Carla Gamma<br>noch kein Beitrag (88 Tage)"
    assert fig.layout.title.text == "Tage seit dem letzten Beitrag (Stand 31.03.2023)"
    assert fig.layout.shapes[0].x0 == 14 and fig.layout.shapes[0].layer == "below"
    ranked = charts.gap_chart(frequency.gaps(cur, PERIOD), 14, "de", ranked=True)
    assert list(ranked.layout.yaxis.categoryarray) == ["Carla Gamma", "Bernd Beta", "Anna Alpha"]


def test_participation_chart(cur) -> None:
    fig = charts.participation_chart(frequency.participation(cur, PERIOD), "de")
    bars = fig.data[0]
    assert list(bars.y) == pytest.approx([0.5, 2 / 3, 2 / 3])
    assert list(bars.text) == ["50 %", "67 %", "67 %"]
    assert bars.hovertext[1] == "Februar 2023<br>2 von 3 aktiv (66,7 %)"
    assert list(fig.layout.xaxis.ticktext) == ["Jan 2023", "Feb 2023", "Mär 2023"]


def test_participation_chart_without_roster_asks_for_one(cur) -> None:
    cur.execute("UPDATE influencers SET in_roster = FALSE")
    fig = charts.participation_chart(frequency.participation(cur, PERIOD), "en")
    assert is_empty(fig)
    assert "roster" in fig.layout.annotations[0].text


def test_monthly_table(cur) -> None:
    table = charts.monthly_table(frequency.monthly_target(cur, PERIOD, 1), "de")
    assert list(table.columns) == ["Person", "Jan 2023", "Feb 2023", "Mär 2023", "Ø pro Monat", "Ziel erreicht"]
    assert table.iloc[1].tolist() == ["Bernd Beta", "", "1", "1", "1,4", "✓"]


@pytest.mark.parametrize(("query", "builder"), [
    (person_week, lambda frame: person_week_heatmap(frame, "de")),
    (frequency.monthly_target, lambda frame: charts.target_chart(frame, 4, "de")),
    (frequency.gaps, lambda frame: charts.gap_chart(frame, 14, "de")),
    (frequency.participation, lambda frame: charts.participation_chart(frame, "de")),
])
def test_charts_of_an_empty_workspace_say_so(cur, query, builder) -> None:
    cur.execute("DELETE FROM posts; DELETE FROM influencers")
    fig = builder(query(cur, Filters()))
    assert is_empty(fig)
    assert fig.layout.annotations[0].text == "Keine Daten für diese Auswahl."

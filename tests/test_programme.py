"""Programme settings, phases, partial periods, ages at the end of the period, percent axes.

The "lead's 2024" workspace below has six roster people and twelve posts, by hand:

    person  birth year  stored band  May 2024  Jun 2024  Jul 2024 (data ends 02.07.)
    1       1994        40-49 (old)  10.05.    12.06.    02.07.
    2       1993        –            10.05.    12.06.
    3       1980        –            10.05.    12.06.
    4       –           50-59        10.05.    12.06.
    5       1964        –            10.05.    12.06.
    6       1990        –            10.05.

Participation: May 6 of 6 (100 %), June 5 of 6 (83 %), July 1 of 6 (17 %, but only two days).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from apptest_helpers import texts

from analytics import lifecycle, periods, programme, settings, store
from analytics.briefing import content
from analytics.charts.engagement import reach_over_time
from analytics.charts.frequency import participation_chart
from analytics.charts.marks import nice_step, percent_axis
from analytics.charts.overview import posts_and_engagement_by_month
from analytics.errors import CockpitError
from analytics.filters import Filters
from analytics.i18n import local_date_text, localised_preview, t
from analytics.ingest import remove_demo
from analytics.queries import diversity, engagement, frequency, groups, overview

PEOPLE = [(1, "Ada Eins", 1994, "40-49"), (2, "Bea Zwei", 1993, None), (3, "Cem Drei", 1980, None),
          (4, "Dana Vier", None, "50-59"), (5, "Eva Fünf", 1964, None), (6, "Finn Sechs", 1990, None)]
POSTS = [(person, "2024-05-10 09:00") for person in range(1, 7)] + \
        [(person, "2024-06-12 09:00") for person in range(1, 6)] + [(1, "2024-07-02 09:00")]


def build_lead_2024(path: Path) -> Path:
    con = store.connect(path)
    with store.cursor(con) as cur, store.transaction(cur):
        for pid, name, year, band in PEOPLE:
            cur.execute("INSERT INTO influencers (influencer_id, name, name_key, birth_year, age_band, in_roster) "
                        "VALUES (?, ?, ?, ?, ?, TRUE)", [pid, name, name.lower(), year, band])
        for number, (person, moment) in enumerate(POSTS, start=1):
            cur.execute("INSERT INTO posts (post_key, influencer_id, published_at, has_time, reactions, comments, "
                        "reposts, impressions) VALUES (?, ?, ?, TRUE, 10, 2, 0, 1000)",
                        [f"k{number}", person, moment])
        store.set_meta(cur, "demo_dismissed", "1")
    con.close()
    return path


@pytest.fixture
def lead_db(tmp_path: Path) -> Path:
    return build_lead_2024(tmp_path / "lead.duckdb")


@pytest.fixture
def lead(lead_db: Path):
    con = store.connect(lead_db)
    with store.cursor(con) as cur:
        yield cur
    con.close()


# ---------------------------------------------------------------- settings and phases
def test_programme_texts_round_trip_and_clear(cur) -> None:
    with store.transaction(cur):
        programme.put_text(cur, "programme_name", "  Amtfluencer ")
        programme.put_text(cur, "organisation", "Stadtwerke Musterstadt")
        programme.put_text(cur, "programme_hashtag", "wirfuermuenchen")
    header = programme.header(cur)
    assert header["programme_name"] == "Amtfluencer"
    assert header["organisation"] == "Stadtwerke Musterstadt"
    assert header["programme_hashtag"] == "#wirfuermuenchen"
    with store.transaction(cur):
        programme.put_text(cur, "programme_name", "")
        programme.put_text(cur, "organisation", None)
    assert programme.programme_name(cur) is None
    assert programme.organisation(cur) == ""  # none is built in (COCKPIT_ORG is not set here)
    with pytest.raises(CockpitError) as refused:
        programme.put_text(cur, "programme_hashtag", "wir für münchen")
    assert refused.value.key == "prog_hashtag_invalid"
    assert programme.hashtag(cur) == "#wirfuermuenchen"  # left as it was


def test_phases_are_checked_sorted_and_replaced(cur) -> None:
    with store.transaction(cur):
        saved = programme.set_phases(cur, [
            {"name": "Zweite Welle", "start": "2024-09-01", "end": "2024-12-31"},
            {"name": "Pilot", "start": date(2024, 1, 8), "end": date(2024, 6, 30)},
        ])
    assert [p["name"] for p in saved] == ["Pilot", "Zweite Welle"]
    assert programme.phase_periods(cur) == [("Pilot", date(2024, 1, 8), date(2024, 6, 30), False),
                                            ("Zweite Welle", date(2024, 9, 1), date(2024, 12, 31), False)]
    bad = [
        ([{"name": "Pilot", "start": "2024-06-30", "end": "2024-01-08"}], "prog_phase_end_before_start"),
        ([{"name": "A", "start": "2024-01-01", "end": "2024-03-31"},
          {"name": "B", "start": "2024-03-31", "end": "2024-05-31"}], "prog_phase_overlap"),
        ([{"name": "A", "start": "2024-01-01", "end": "2024-01-31"},
          {"name": "a", "start": "2024-03-01", "end": "2024-03-31"}], "prog_phase_name_taken"),
        ([{"name": " ", "start": "2024-01-01", "end": "2024-01-31"}], "prog_phase_bad_name"),
        ([{"name": "A", "start": "01.01.2024", "end": "2024-01-31"}], "prog_phase_bad_date"),
    ]
    for phases, key in bad:
        with pytest.raises(CockpitError) as refused, store.transaction(cur):
            programme.set_phases(cur, phases)
        assert refused.value.key == key
        assert "Nichts wurde gespeichert" in refused.value.message("de")
    assert [p["name"] for p in programme.phases(cur)] == ["Pilot", "Zweite Welle"]  # unchanged
    with store.transaction(cur):
        programme.set_phases(cur, [])
    assert programme.phases(cur) == [] and settings.get(cur, "phases") == ()


def test_a_new_workspace_has_no_phase_and_the_demo_brings_and_takes_its_own(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert programme.phase_periods(cur) == [("Pilotphase", date(2023, 1, 2), date(2023, 6, 30), True)]
        with store.transaction(cur):
            own = [p for p in programme.phases(cur) if not p.get("demo")]
            programme.set_phases(cur, [*own, {"name": "Zweite Welle", "start": "2024-01-01", "end": "2024-06-30"},
                                       *[p for p in programme.phases(cur) if p.get("demo")]])
        with store.transaction(cur):
            remove_demo(cur)
        assert programme.phase_periods(cur) == [("Zweite Welle", date(2024, 1, 1), date(2024, 6, 30), False)]
    con.close()


def test_old_pilot_keys_are_read_as_the_demo_phase_and_go_with_the_demo(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        with store.transaction(cur):  # a workspace written before phases were a setting: the pilot in meta keys
            settings.put(cur, "phases", None)
            store.set_meta(cur, "pilot_start", "2023-01-02")
            store.set_meta(cur, "pilot_end", "2023-06-30")
        assert programme.phase_periods(cur) == [("Pilotphase", date(2023, 1, 2), date(2023, 6, 30), True)]
        with store.transaction(cur):
            remove_demo(cur)
        assert programme.phases(cur) == []
        assert store.get_meta(cur, "pilot_start") is None and store.get_meta(cur, "pilot_end") is None
    con.close()


def test_old_pilot_keys_of_the_demo_without_demo_rows_are_not_drawn(lead) -> None:
    with store.transaction(lead):
        store.set_meta(lead, "pilot_start", "2023-01-02")
        store.set_meta(lead, "pilot_end", "2023-06-30")
    assert programme.phases(lead) == []


# ---------------------------------------------------------------- phases on the chart
def test_a_phase_outside_the_data_is_not_drawn_and_one_inside_is_cut_to_the_months(lead) -> None:
    monthly = overview.monthly(lead, Filters())
    phases = [("Pilotphase", date(2023, 1, 2), date(2023, 6, 30), True),
              ("Zweite Welle", date(2024, 6, 1), date(2024, 12, 31), False)]
    fig = posts_and_engagement_by_month(monthly, "de", phases=phases)
    assert len(fig.layout.shapes) == 2  # one band per panel, only for the second wave
    band = fig.layout.shapes[0]
    # June bar minus half a month to the July bar plus half a month (the data ends in July)
    assert str(band.x0)[:10] == "2024-05-17" and str(band.x1)[:10] == "2024-07-16"
    assert [a.text for a in fig.layout.annotations if a.text == "Zweite Welle"] == ["Zweite Welle"]
    assert not [a for a in fig.layout.annotations if a.text in ("Pilotphase", "Pilot period")]


def test_two_phases_sharing_a_month_split_its_bar_by_the_days(lead) -> None:
    monthly = overview.monthly(lead, Filters())
    phases = [("Pilot", date(2024, 5, 1), date(2024, 6, 15), False),
              ("Zweite Welle", date(2024, 6, 16), date(2024, 12, 31), False)]
    fig = posts_and_engagement_by_month(monthly, "de", phases=phases)
    pilot, _, wave, _ = fig.layout.shapes  # two panels each
    # May's bar slot starts 15 days before 01.05.; 15 of June's 30 days end in the middle of its slot
    assert str(pilot.x0)[:10] == "2024-04-16" and str(pilot.x1)[:10] == "2024-06-01"
    assert str(wave.x0)[:10] == "2024-06-01" and str(wave.x1)[:10] == "2024-07-16"


# ---------------------------------------------------------------- partial periods
def test_covered_until_is_the_last_post_or_a_later_export_end(lead) -> None:
    assert periods.coverage(lead, Filters()).until == date(2024, 7, 2)
    cover = periods.coverage(lead, Filters())
    assert cover.partial(date(2024, 7, 1)) == (None, date(2024, 7, 2))
    assert cover.partial(date(2024, 6, 1)) == (None, None)
    assert cover.label(date(2024, 7, 1), "month", "de") == "bis 02.07."
    assert cover.label(date(2024, 7, 1), "month", "en") == "to 2 Jul"
    assert cover.is_partial(date(2024, 7, 1), "week")  # the week of Monday 01.07. ends on 07.07.
    assert cover.is_partial(date(2024, 7, 1), "quarter")
    with store.transaction(lead):
        lead.execute("INSERT INTO imports (file_name, format, kind, covers_until) "
                     "VALUES ('export.xlsx', 'linkedin_member_analytics', 'posts', DATE '2024-07-31')")
    assert periods.coverage(lead, Filters()).until == date(2024, 7, 31)
    assert not periods.coverage(lead, Filters()).is_partial(date(2024, 7, 1))


def test_a_selection_cut_inside_the_data_is_partial_at_both_ends(lead) -> None:
    cover = periods.coverage(lead, Filters(start=date(2024, 5, 15), end=date(2024, 6, 20)))
    assert cover.label(date(2024, 5, 1), "month", "de") == "ab 15.05."
    assert cover.label(date(2024, 6, 1), "month", "de") == "bis 20.06."
    # the data's own first month (the programme began there) is not a cut month
    assert periods.coverage(lead, Filters(start=date(2024, 5, 10))).label(date(2024, 5, 1), "month", "de") == ""


def test_partial_month_is_hatched_and_labelled_on_the_overview_and_participation_charts(lead) -> None:
    selection = Filters()
    cover = periods.coverage(lead, selection)
    monthly = overview.monthly(lead, selection)
    fig = posts_and_engagement_by_month(monthly, "de", cover=cover)
    assert list(fig.layout.xaxis.ticktext) == ["Mai 2024", "Jun 2024", "Jul 2024<br>(bis 02.07.)"]
    for trace in fig.data:
        assert list(trace.marker.pattern.shape) == ["", "", "/"]
        assert list(trace.marker.opacity) == [1.0, 1.0, 0.55]
    months = frequency.participation(lead, selection)
    assert [round(v, 4) for v in months["participation"]] == [1.0, round(5 / 6, 4), round(1 / 6, 4)]
    chart = participation_chart(months, "de", cover=cover)
    assert list(chart.data[0].text) == ["100 %", "83 %", "17 %"]
    assert list(chart.layout.xaxis.ticktext)[-1] == "Jul 2024<br>(bis 02.07.)"
    assert list(chart.data[0].marker.pattern.shape) == ["", "", "/"]
    assert list(chart.layout.yaxis.ticktext) == ["0 %", "20 %", "40 %", "60 %", "80 %", "100 %"]
    english = participation_chart(months, "en", cover=cover)
    assert list(english.layout.xaxis.ticktext)[-1] == "Jul 2024<br>(to 2 Jul)"
    assert list(english.layout.yaxis.ticktext)[-1] == "100%"


def test_the_briefing_does_not_average_the_partial_month_with_full_ones(lead) -> None:
    briefing = content.build(lead, Filters(), "de")
    # May and June only: (6 + 5) / 2 = 5,5 active of 6; 11 of 12 person-months = 92 %
    assert "Pro Monat waren im Schnitt 5,5 von 6 Personen im Kader aktiv (92 %)." in briefing.text
    assert ("Monate, die die Daten nur zum Teil abdecken (Daten bis 02.07.2024), fließen nicht in diesen Schnitt "
            "ein.") in briefing.text
    assert ("„(bis …)“, schraffiert: Zeiträume, die die Daten nur zum Teil abdecken (Daten bis 02.07.2024) – nicht "
            "mit vollen vergleichen.") in briefing.notes
    activity = next(chart for chart in briefing.charts if chart.key == "activity")
    assert activity.series[0].categories == ("Mai 2024", "Jun 2024", "Jul 2024 (bis 02.07.)")
    regularity = next(chart for chart in briefing.charts if chart.key == "regularity")
    assert regularity.series[0].categories[-1] == "Jul 2024 (bis 02.07.)"


def test_the_briefing_carries_the_programme_name_and_organisation(lead) -> None:
    with store.transaction(lead):
        programme.put_text(lead, "programme_name", "Amtfluencer")
        programme.put_text(lead, "organisation", "Stadtwerke Musterstadt")
        programme.set_phases(lead, [{"name": "Pilot", "start": "2024-05-01", "end": "2024-06-15"},
                                    {"name": "Later", "start": "2024-09-01", "end": "2024-12-31"}])
    briefing = content.build(lead, Filters(), "en")
    assert briefing.title == "Amtfluencer – Briefing: corporate influencer programme"
    assert briefing.organisation == "Stadtwerke Musterstadt"
    # the phase inside the data is drawn (without a label in the small panel) and named in the notes;
    # the one after the data's last month is neither
    assert "Shaded grey: Pilot 1 May 2024 – 15 Jun 2024." in briefing.notes
    activity = next(chart for chart in briefing.charts if chart.key == "activity")
    assert len(activity.figure.layout.shapes) == 2 and not activity.figure.layout.annotations[2:]


# ---------------------------------------------------------------- ages
def test_age_bands_are_those_at_the_end_of_the_period(lead) -> None:
    def bands(filters: Filters) -> dict[str, int]:
        rows = diversity.composition(lead, filters)
        rows = rows[rows["attribute"] == "age_band"]
        return dict(zip(rows["group"], rows["influencers"].astype(int), strict=True))

    # end of the data, 02.07.2024: 30, 31, 44, (stored 50-59), 60, 34
    assert bands(Filters()) == {"30-39": 3, "40-49": 1, "50-59": 1, "60+": 1}
    # a period ending 31.12.2023: 29, 30, 43, (stored 50-59), 59, 33
    assert bands(Filters(end=date(2023, 12, 31))) == {"<30": 1, "30-39": 2, "40-49": 1, "50-59": 2}
    assert groups.age_reference(lead, Filters()) == date(2024, 7, 2)
    shown = groups.group_breakdown(lead, Filters(end=date(2023, 12, 31), min_group=1), "age_band").shown
    assert dict(zip(shown["group"], shown["influencers"], strict=True)) == {"30-39": 2, "50-59": 2, "<30": 1,
                                                                             "40-49": 1}


def test_the_age_rule_is_stated_on_the_diversity_page(run_page, lead_db: Path) -> None:
    at = run_page(lead_db, "pages/3_Vielfalt.py")
    assert not at.exception
    assert "Altersgruppen: Alter am Ende des Zeitraums (02.07.2024), aus dem Geburtsjahr (2024 minus Geburtsjahr)" \
        in texts(at)


# ---------------------------------------------------------------- smaller: percent axes, dates, N
def test_percent_axes_have_nice_steps_and_the_locale_format() -> None:
    assert nice_step(0.017) == 0.005 and nice_step(0.026) == 0.01 and nice_step(1.0) == 0.2
    axis = percent_axis([0.009, 0.017, None], "de")
    assert axis["tickvals"] == [0, 0.005, 0.01, 0.015, 0.02]
    assert axis["ticktext"] == ["0 %", "0,5 %", "1 %", "1,5 %", "2 %"]
    assert percent_axis([0.009, 0.017], "en")["ticktext"] == ["0%", "0.5%", "1%", "1.5%", "2%"]


def test_the_engagement_rate_axis_ticks_at_nice_values(lead) -> None:
    periods_frame = engagement.over_time(lead, Filters(), "month")
    # every post: (10 + 2 + 0) / 1000 = 1,2 %
    fig = reach_over_time(periods_frame, "month", "de")
    assert list(fig.layout.yaxis2.ticktext) == ["0 %", "0,5 %", "1 %", "1,5 %"]
    assert list(fig.layout.yaxis2.tickvals) == [0, 0.005, 0.01, 0.015]
    assert fig.layout.yaxis2.range[1] >= 0.015


def test_preview_dates_in_the_users_language() -> None:
    assert local_date_text("2024-01-08", "de") == "08.01.2024"
    assert local_date_text("2024-01-08", "en") == "8 Jan 2024"
    assert local_date_text("2024-01-08T14:05:00", "de") == "08.01.2024 14:05"
    assert local_date_text("Mein Beitrag vom 2024-01-08", "de") == "Mein Beitrag vom 2024-01-08"
    assert local_date_text("2024-02-30", "de") == "2024-02-30"  # not a date: shown as written
    import pandas as pd

    frame = localised_preview(pd.DataFrame({"published_at": ["2024-01-08"], "reactions": ["12"]}, dtype=object), "de")
    assert frame.to_dict("records") == [{"published_at": "08.01.2024", "reactions": "12"}]


def test_the_gap_note_names_the_threshold_not_n() -> None:
    note = t("freq_note_gaps", "de", date="02.07.2024", people="6", days="14", quiet="2", order="")
    assert "Kein Beitrag seit 14 Tagen oder länger: 2 von 6 Personen." in note
    assert " N " not in note and " N " not in t("freq_note_gaps", "en", date="", people="6", days="14", quiet="2",
                                                order="")


def test_overview_page_marks_the_partial_month_and_shows_the_programme(run_page, lead_db: Path) -> None:
    con = store.connect(lead_db)
    with store.cursor(con) as cur, store.transaction(cur):
        programme.put_text(cur, "programme_name", "Amtfluencer")
        programme.set_phases(cur, [{"name": "Pilot", "start": "2024-05-01", "end": "2024-06-30"}])
    con.close()
    at = run_page(lead_db)
    assert not at.exception
    shown = texts(at)
    assert "Amtfluencer" in shown.splitlines()  # the name alone: no organisation is set, none is built in
    assert "Landeshauptstadt München" not in shown
    assert "„(bis …)“, schraffiert: Zeiträume, die die Daten nur zum Teil abdecken (Daten bis 02.07.2024)" in shown
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["xaxis"]["ticktext"][-1] == "Jul 2024<br>(bis 02.07.)"
    assert [a["text"] for a in spec["layout"]["annotations"] if a["text"] == "Pilot"] == ["Pilot"]


def test_content_page_defaults_to_the_programme_hashtag(run_page, demo_db: Path) -> None:
    # a workspace with post texts (without texts the content page has no hashtag analysis)
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        programme.put_text(cur, "programme_hashtag", "#stadtwerkestark")
    con.close()
    at = run_page(demo_db, "pages/4_Inhalt.py")
    assert not at.exception
    assert at.text_input(key="hashtag").value == "#stadtwerkestark"


# ---------------------------------------------------------------- the programme page's section
def test_programme_section_saves_refuses_and_clears(run_page, lead_db: Path) -> None:
    at = run_page(lead_db, "pages/10_Programm.py")
    assert not at.exception
    assert "Programm" in [s.value for s in at.subheader]
    at.text_input(key="prog_name").input("Amtfluencer")
    at.text_input(key="prog_org").input("Stadtwerke Musterstadt")
    at.text_input(key="prog_tag").input("wir für alle")
    [b for b in at.button if b.label == "Programm speichern"][0].click().run()
    assert "„wir für alle“ ist kein Hashtag" in texts(at)
    con = store.connect(lead_db)
    with store.cursor(con) as cur:
        assert programme.programme_name(cur) is None  # nothing saved on the error
    con.close()
    at.text_input(key="prog_tag").input("#wirfueralle")
    [b for b in at.button if b.label == "Programm speichern"][0].click().run()
    assert "Programmangaben gespeichert." in texts(at)
    con = store.connect(lead_db)
    with store.cursor(con) as cur:
        assert programme.header(cur) | {"phases": None} == {
            "programme_name": "Amtfluencer", "organisation": "Stadtwerke Musterstadt",
            "programme_hashtag": "#wirfueralle", "phases": None}
    con.close()
    at.text_input(key="prog_name").input("")
    [b for b in at.button if b.label == "Programm speichern"][0].click().run()
    con = store.connect(lead_db)
    with store.cursor(con) as cur:
        assert programme.programme_name(cur) is None
    con.close()


def test_phase_rows_from_the_editor_keep_half_filled_rows_for_the_check() -> None:
    import pandas as pd

    from pages.sections.programme import phase_rows

    editor = pd.DataFrame({"name": ["Pilot", None, "Welle 2"],
                           "start": pd.to_datetime(["2024-01-08", None, "2024-09-01"]),
                           "end": pd.to_datetime(["2024-06-30", None, None])})
    rows = phase_rows(editor)
    assert rows == [{"name": "Pilot", "start": date(2024, 1, 8), "end": date(2024, 6, 30)},
                    {"name": "Welle 2", "start": date(2024, 9, 1), "end": ""}]
    with pytest.raises(CockpitError) as refused:
        programme.check_phases(rows)
    assert refused.value.message("de") == "Phase „Welle 2“: bitte Von und Bis angeben. Nichts wurde gespeichert."
    assert refused.value.message("en") == "Phase “Welle 2”: please give from and to. Nothing was saved."


def test_the_person_heatmap_names_the_partial_month(lead) -> None:
    from analytics.charts.frequency import person_period_heatmap

    selection = Filters()
    cells = frequency.person_period(lead, selection, "month")
    fig = person_period_heatmap(cells, "de", "month", cover=periods.coverage(lead, selection))
    assert list(fig.layout.xaxis.ticktext) == ["Mai 2024", "Jun 2024", "Jul 2024<br>(bis 02.07.)"]
    hover = fig.data[0].customdata[0]  # Ada Eins: one post in each month
    assert hover[-1].startswith("Ada Eins") and "(bis 02.07.)" in hover[-1]


def test_content_hover_percent_in_the_german_format() -> None:
    import pandas as pd

    from analytics.charts.content import question_chart

    groups_frame = pd.DataFrame({"question": [True, False], "posts": [10, 20], "posts_with_rate": [10, 20],
                                 "median_rate": [0.031, 0.025], "median_engagements": [12.0, 10.0]})
    fig = question_chart(groups_frame, "de")
    assert [row[2] for row in fig.data[0].customdata] == ["3,1 %", "2,5 %"]
    assert "%{customdata[2]}" in fig.data[0].hovertemplate and ".1%" not in fig.data[0].hovertemplate


def test_saving_the_phase_table_keeps_the_users_and_the_demos_phases(run_page, demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        programme.set_phases(cur, [*programme.phases(cur), {"name": "Zweite Welle", "start": "2024-01-01",
                                                            "end": "2024-06-30"}])
    con.close()
    at = run_page(demo_db, "pages/10_Programm.py")
    assert "Pilotphase 02.01.2023 – 30.06.2023 gehört zu den Demodaten und verschwindet mit ihnen." in texts(at)
    at.button(key="prog_phases_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "Phasen gespeichert (1)." in texts(at)
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        assert programme.phase_periods(cur) == [("Pilotphase", date(2023, 1, 2), date(2023, 6, 30), True),
                                                ("Zweite Welle", date(2024, 1, 1), date(2024, 6, 30), False)]
    con.close()


def test_weekly_and_monthly_engagement_charts_mark_the_partial_period(lead) -> None:
    from analytics.charts.engagement import interactions_over_time

    selection = Filters()
    cover = periods.coverage(lead, selection)
    weeks = engagement.over_time(lead, selection, "week")
    # weeks of 06.05., 10.06. and 01.07.; the last one ends on 07.07., the data on 02.07.
    assert [str(day)[:10] for day in weeks["period"]] == ["2024-05-06", "2024-06-10", "2024-07-01"]
    fig = interactions_over_time(weeks, "week", "de", cover=cover)
    assert list(fig.data[0].marker.pattern.shape) == ["", "", "/"]
    assert fig.data[0].hovertext[-1].startswith("KW 27 (ab 01.07.2024) (bis 02.07.)")
    months = engagement.over_time(lead, selection, "month")
    monthly = interactions_over_time(months, "month", "en", cover=cover)
    assert list(monthly.layout.xaxis.ticktext) == ["May 2024", "Jun 2024", "Jul 2024<br>(to 2 Jul)"]


def test_reset_removes_the_demos_phase_and_keeps_the_users(demo_db: Path) -> None:
    con = store.connect(demo_db)
    with store.cursor(con) as cur:
        with store.transaction(cur):
            programme.set_phases(cur, [*programme.phases(cur), {"name": "Welle 2", "start": "2024-01-01",
                                                                "end": "2024-03-31"}])
        with store.transaction(cur):
            lifecycle.reset(cur)
        assert programme.phase_periods(cur) == [("Welle 2", date(2024, 1, 1), date(2024, 3, 31), False)]
    con.close()


@pytest.mark.parametrize(("lang", "shown"), [("de", "08.01.2024"), ("en", "8 Jan 2024")])
def test_the_import_preview_shows_dates_in_the_users_language(run_page, empty_db: Path, lang: str,
                                                              shown: str) -> None:
    at = run_page(empty_db, "pages/7_Import.py", params={"lang": lang})
    sheet = "Datum;Autor:in;Reaktionen;Kommentare\n2024-01-08;Anna Test;5;1\n2024-02-12;Anna Test;7;0\n"
    at.file_uploader[0].set_value([("controlling_2024.csv", sheet.encode(), "text/csv")])
    at.run()
    assert not at.exception
    previews = [frame.value for frame in at.dataframe if len(frame.value) == 2]
    cells = [str(value) for frame in previews for value in frame.to_numpy().ravel()]
    assert shown in cells and "2024-01-08" not in cells


def test_the_powerpoint_hatches_the_partial_month(lead) -> None:
    import io

    from pptx import Presentation
    from pptx.enum.dml import MSO_FILL_TYPE

    from analytics.briefing import pptx as briefing_pptx

    deck = Presentation(io.BytesIO(briefing_pptx.render(content.build(lead, Filters(), "de"))))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    posts = charts[0]  # posts per month: Mai, Jun, Jul (bis 02.07.)
    assert list(posts.plots[0].categories) == ["Mai 2024", "Jun 2024", "Jul 2024 (bis 02.07.)"]
    fills = [posts.plots[0].series[0].points[index].format.fill.type for index in range(3)]
    assert fills[2] == MSO_FILL_TYPE.PATTERNED and MSO_FILL_TYPE.PATTERNED not in fills[:2]


def test_a_badly_written_phase_is_left_out(cur) -> None:
    with store.transaction(cur):
        settings.put(cur, "phases", [{"name": "Gut", "start": "2024-01-01", "end": "2024-02-01"},
                                     {"name": "Kaputt", "start": "gestern"}, "kein Objekt"])
    assert programme.phase_periods(cur) == [("Gut", date(2024, 1, 1), date(2024, 2, 1), False)]

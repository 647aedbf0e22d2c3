"""One person, for the support conversation: values for one person, computed for that person
only; no other person's name anywhere in the page (chart JSON included); no name in the URL."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from apptest_helpers import everything, texts, values

from analytics import store
from analytics.filters import Filters
from analytics.privacy import number_pseudonyms
from analytics.queries import support as q

PAGE = "pages/8_Begleitung.py"
JANUARY = Filters(start=date(2023, 1, 2), end=date(2023, 1, 29))  # four ISO weeks, Monday to Sunday
# post_id, person, published_at, text length, question, impressions, reactions, comments, topic
POSTS = [
    (1, 1, "2023-01-02 09:30", 1600, True, 1000, 50, 0, "Ausbildung"),   # rate 0.05, Monday, 9–12
    (2, 1, "2023-01-04 13:00", 300, False, 1000, 20, 10, "Ausbildung"),  # 0.03, Wednesday, 12–15
    (3, 1, "2023-01-05 19:00", 2000, True, 500, 40, 0, "Stadtleben"),    # 0.08, Thursday, 18–24
    (4, 1, "2023-01-17 10:00", 100, False, None, 5, 0, None),            # no impressions: no rate
    (5, 2, "2023-01-20 10:00", 900, False, 100, 90, 0, "Ausbildung"),    # Berta's: never counted
    (6, 1, "2022-12-20 10:00", 900, False, 100, 90, 0, None),            # before the period
]


@pytest.fixture
def cur(tmp_path: Path):
    con = store.connect(tmp_path / "person.duckdb")
    with store.cursor(con) as cursor:
        cursor.execute("INSERT INTO influencers (influencer_id, name, name_key, joined_on) VALUES "
                       "(1, 'Anna Alt', 'anna alt', '2022-10-01'), (2, 'Berta Bach', 'berta bach', NULL)")
        for post_id, who, at, length, question, impressions, reactions, comments, topic in POSTS:
            text = ("Mit Berta Bach unterwegs " + "x" * length)[:length - 1] + ("?" if question else ".")
            cursor.execute(
                "INSERT INTO posts (post_id, post_key, influencer_id, published_at, text, text_length, "
                "ends_with_question, impressions, reactions, comments, reposts, topic, url) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",  # no reposts: engagements = reactions + comments
                [post_id, f"k{post_id}", who, at, text, length, question, impressions, reactions, comments, topic,
                 f"https://www.linkedin.com/feed/update/urn:li:activity:70000000000000000{post_id}/"])
        # the posts come from the team's controlling sheet, which covers October to January
        cursor.execute("UPDATE posts SET import_id = 99")
        cursor.execute("INSERT INTO coverage (import_id, scope, first_day, last_day) "
                       "VALUES (99, 'programme', '2022-10-01', '2023-01-31')")
        cursor.execute("INSERT INTO outcomes (occurred_on, type, influencer_id, post_id, note) VALUES "
                       "('2023-01-10', 'internship_inquiry', 1, 3, 'vermittelt von Berta Bach'), "
                       "('2023-01-11', 'press', 2, 5, 'Bertas Anfrage')")
        number_pseudonyms(cursor)  # as every transaction does
        numbers = dict(cursor.execute("SELECT name, pseudonym_no FROM influencers").fetchall())
        assert sorted(numbers.values()) == [1, 2]
        yield cursor
    con.close()


def test_values_for_one_person(cur) -> None:
    assert q.person(cur, JANUARY, 1)["name"] == "Anna Alt"
    anna = cur.execute("SELECT pseudonym_no FROM influencers WHERE influencer_id = 1").fetchone()[0]
    assert q.person(cur, Filters(pseudonymise=True), 1)["name"] == f"Person {anna:02d}"
    weeks = q.weekly(cur, JANUARY, 1)
    assert [(w.date(), n) for w, n in zip(weeks["week"], weeks["posts"], strict=True)] == [
        (date(2023, 1, 2), 3), (date(2023, 1, 9), 0), (date(2023, 1, 16), 1), (date(2023, 1, 23), 0)]
    assert q.pause(cur, JANUARY, 1) == {"last_post": date(2023, 1, 17), "days": 12, "measured_to": date(2023, 1, 29),
                                        "at_least": False, "no_data": False}
    assert weeks["covered"].tolist() == [True, True, True, True]
    posts = q.posts(cur, JANUARY, 1)
    assert posts["post_id"].tolist() == [1, 2, 3, 4]
    own = q.rate_over_time(posts)
    assert own == {"median": pytest.approx(0.05), "n": 3}
    worked = {(row.factor, row.group): (row.n, round(row.median_rate, 4)) for row in q.what_worked(posts).itertuples()}
    assert worked == {
        ("length", "long"): (2, 0.065), ("length", "short"): (1, 0.03),
        ("question", "yes"): (2, 0.065), ("question", "no"): (1, 0.03),
        ("weekday", 0): (1, 0.05), ("weekday", 2): (1, 0.03), ("weekday", 3): (1, 0.08),
        ("hour", 1): (1, 0.05), ("hour", 2): (1, 0.03), ("hour", 4): (1, 0.08),
        ("topic", "Ausbildung"): (2, 0.04), ("topic", "Stadtleben"): (1, 0.08),
    }
    assert q.strongest(posts)["post_id"].tolist() == [3, 1, 2]
    outcomes = q.outcomes(cur, JANUARY, 1)
    assert [(d.date(), k) for d, k in zip(outcomes["occurred_on"], outcomes["type"], strict=True)] == [
        (date(2023, 1, 10), "internship_inquiry")]
    assert outcomes["post_published_at"].iloc[0] == datetime(2023, 1, 5, 19, 0)
    # a colleague named in a note or a post is shown by pseudonym
    assert outcomes["note"].iloc[0] == "vermittelt von Person 02"
    assert posts["text"].str.contains("Berta").sum() == 0 and posts["text"].str.contains("Person 02").all()


def test_pause_without_posts_counts_from_joining(cur) -> None:
    cur.execute("INSERT INTO influencers (influencer_id, name, name_key, joined_on) VALUES (3, 'Cem Cil', 'cem cil', "
                "'2023-01-16')")
    assert q.pause(cur, JANUARY, 3) == {"last_post": None, "days": 13, "measured_to": date(2023, 1, 29),
                                        "at_least": False, "no_data": False}
    assert q.weekly(cur, JANUARY, 3)["posts"].tolist() == [0, 0, 0, 0]
    assert q.what_worked(q.posts(cur, JANUARY, 3)).empty


def test_a_pause_ends_where_the_data_ends(cur) -> None:
    # the sheet covers only up to 15 January: Anna's last post (17 Jan) is the last known day, Berta's
    # post of 20 Jan is all that is known of that week; the weeks after are unknown, not without posts
    cur.execute("UPDATE coverage SET last_day = '2023-01-15'")
    assert q.pause(cur, JANUARY, 1) == {"last_post": date(2023, 1, 17), "days": 0, "measured_to": date(2023, 1, 17),
                                        "at_least": True, "no_data": False}
    weeks = q.weekly(cur, JANUARY, 1)
    assert weeks["covered"].tolist() == [True, True, True, False]  # the week of 16 Jan: her post is known
    # Berta: covered until 15 Jan, her post of 20 Jan is after it: measured to that post
    assert q.pause(cur, JANUARY, 2)["days"] == 0
    # nothing covers anyone in January any more: no pause at all, "keine Daten"
    cur.execute("UPDATE coverage SET first_day = '2022-10-01', last_day = '2022-12-31'")
    cur.execute("DELETE FROM posts WHERE published_at >= '2023-01-01'")
    assert q.pause(cur, JANUARY, 1) == {"last_post": None, "days": None, "measured_to": None, "at_least": False,
                                        "no_data": True}


@pytest.mark.parametrize("many", [(1, 2), [1], None, True])
def test_never_computed_for_more_than_one_person(cur, many) -> None:
    with pytest.raises(TypeError):
        q.posts(cur, JANUARY, many)


def test_goal_per_week() -> None:
    assert q.week_goal(4) == pytest.approx(4 * 12 / 52)
    assert q.week_goal(None) is None


# ------------------------------------------------------------------ the page
def _people(db: Path) -> dict[int, str]:
    con = store.connect(db)
    with store.cursor(con) as c:
        people = dict(c.execute("SELECT influencer_id, name FROM influencers").fetchall())
    con.close()
    return people


def _view(at) -> str:
    """What the view shows: texts, tables and chart JSON (the chooser's own list is not the view)."""
    return everything(at)


def test_page_shows_one_person_and_no_colleague(run_page, demo_db: Path) -> None:
    people = _people(demo_db)
    chosen = next(pid for pid, name in people.items() if name == "Renate Feichtmayr")
    at = run_page(demo_db, PAGE)
    assert not at.exception
    assert "Bitte eine Person wählen" in texts(at)
    assert not at.get("plotly_chart")  # nothing is computed before a person is chosen
    assert not at.number_input  # nor asked: the goal belongs to the person's view
    at.selectbox(key="person_chosen").set_value(chosen)
    at.run()
    assert not at.exception
    assert [(box.key, box.value) for box in at.number_input] == [("person_goal", 4)]
    shown = texts(at)
    view = _view(at)
    assert "Renate Feichtmayr" in shown
    for other_id, name in people.items():
        if other_id != chosen:
            assert name not in view, name
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    titles = [spec["layout"]["title"]["text"] for spec in specs]
    assert titles == ["Beiträge pro Woche", "Engagement-Rate je Beitrag"]
    # the demo person's 32 posts: the tile, the weekly bars, the posts of the rate chart
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        posts, last = c.execute("SELECT count(*), CAST(max(published_at) AS DATE) FROM posts WHERE influencer_id = ?",
                                [chosen]).fetchone()
        median = c.execute("SELECT median((reactions + comments + reposts) / impressions) FROM posts "
                           "WHERE influencer_id = ?", [chosen]).fetchone()[0]
    con.close()
    assert posts == 32
    assert "Beiträge im Zeitraum: 32" in shown
    assert sum(values(specs[0]["data"][0]["y"])) == 32 and len(values(specs[0]["data"][0]["y"])) == 26  # weeks
    assert len(specs[1]["data"][0]["x"]) == 32
    assert f"Aktuelle Pause: {(date(2023, 6, 30) - last).days} Tage" in shown
    rate = f"{median * 100:.1f}".replace(".", ",") + " %"
    assert f"Eigener Median: {rate}" in shown
    assert "Die drei stärksten Beiträge" in shown
    assert len(at.dataframe[1].value) == 3  # three strongest posts
    outcomes = at.dataframe[2].value
    assert outcomes["Art"].tolist() == ["Bewerbung", "Praktikumsanfrage"]  # her two outcomes, newest first
    # the URL names nobody, nor carries the choice
    url = json.dumps({key: at.query_params[key] for key in at.query_params}, ensure_ascii=False)
    assert "Feichtmayr" not in url and "person" not in url
    assert set(at.query_params) <= {"lang", "pseudo", "from", "to", "pseudonym", "cohort", "profession", "department"}


def test_page_pseudonymised_in_english(run_page, demo_db: Path) -> None:
    people = _people(demo_db)
    chosen = next(pid for pid, name in people.items() if name == "Mira Petrović")
    at = run_page(demo_db, PAGE, params={"pseudo": "true", "lang": "en"})
    at.selectbox(key="person_chosen").set_value(chosen)
    at.run()
    assert not at.exception
    view = _view(at)
    for name in people.values():
        assert name not in view
    con = store.connect(demo_db)
    with store.cursor(con) as c:
        number = c.execute("SELECT pseudonym_no FROM influencers WHERE influencer_id = ?", [chosen]).fetchone()[0]
    con.close()
    assert f"Person {number:02d}" in texts(at)
    assert "What worked for them" in texts(at) and "Posts per week" in view
    worked = at.dataframe[0].value
    assert set(worked["Factor"]) >= {"Length", "Question at the end", "Topic"}
    # groups of fewer than 10 posts are no row of their own: one sentence counts them
    assert "Note" not in worked.columns and all(int(n) >= 10 for n in worked["n"])
    assert re.search(r"Not shown: \d+ more groups of fewer than 10 posts", texts(at))


def test_too_little_data_is_one_sentence(run_page, patchwork_db: Path) -> None:
    """A person whose every group has fewer than 10 posts (Lena Berger: 7 posts with impressions in
    all): one sentence, no table of "thin data" rows."""
    chosen = next(pid for pid, name in _people(patchwork_db).items() if name == "Lena Berger")
    at = run_page(patchwork_db, PAGE, params={"from": "2024-01-01", "to": "2026-03-31"})
    at.selectbox(key="person_chosen").set_value(chosen).run()
    assert not at.exception and not at.error
    assert "Noch zu wenig Daten, um zu sagen, was bei dieser Person funktioniert hat" in texts(at)
    assert "wenig Daten" not in " ".join(str(frame.value) for frame in at.dataframe)

"""The demo cohort: exact totals, plausibility, replace-not-duplicate and a deterministic generator."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime

import pytest

from analytics import demo, store
from analytics.errors import CockpitError

GENERATOR = demo.DEMO_DIR / "generate.py"
CSV_FILES = ("influencers.csv", "applicants.csv", "posts.csv", "outcomes.csv", "followers.csv")


@pytest.fixture()
def con(tmp_path):
    connection = store.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


@pytest.fixture()
def loaded(con):
    with store.cursor(con) as cur:
        counts = demo.load_demo(cur)
    return con, counts


def one(con, sql, params=None):
    return con.execute(sql, params or []).fetchone()[0]


def test_counts_returned(loaded):
    _, counts = loaded
    assert counts == {
        "influencers": 16, "posts": 326, "applicants": 73, "outcomes": 15, "follower_counts": 96,
        # the company page (posts Monday, Wednesday, Friday but holidays; followers daily) and goals
        "page_posts": 73, "page_followers": 180, "goals": 4,
    }


def test_exact_programme_totals(loaded):
    con, _ = loaded
    assert one(con, "SELECT count(*) FROM posts") == 326
    assert one(con, "SELECT sum(reactions) FROM posts") == 15496
    assert one(con, "SELECT sum(comments) FROM posts") == 3692
    assert one(con, "SELECT count(*) FROM influencers WHERE in_roster AND is_demo") == 16
    assert one(con, "SELECT count(*) FROM applicants") == 73
    assert one(con, "SELECT count(*) FILTER (WHERE selected) FROM applicants") == 16
    assert one(con, "SELECT count(*) FROM posts WHERE NOT is_demo") == 0


def test_dates_and_identity(loaded):
    con, _ = loaded
    first, last = con.execute("SELECT min(published_at), max(published_at) FROM posts").fetchone()
    assert first >= datetime(2023, 1, 2) and first.date() == date(2023, 1, 2)
    assert last < datetime(2023, 7, 1)
    assert one(con, "SELECT count(*) FROM posts WHERE post_key NOT SIMILAR TO 'li:70[0-9]{17}'") == 0
    assert one(con, "SELECT count(*) FROM posts WHERE NOT contains(url, substr(post_key, 4))") == 0
    assert one(con, "SELECT count(*) FROM posts WHERE NOT has_time") == 0
    outcome_first, outcome_last = con.execute(
        "SELECT min(occurred_on), max(occurred_on) FROM outcomes"
    ).fetchone()
    assert outcome_first >= date(2023, 2, 1) and outcome_last <= date(2023, 7, 31)


def test_every_post_author_in_roster(loaded):
    con, _ = loaded
    orphans = one(
        con,
        "SELECT count(*) FROM posts p LEFT JOIN influencers i USING (influencer_id) "
        "WHERE i.influencer_id IS NULL OR NOT i.in_roster",
    )
    assert orphans == 0
    assert one(con, "SELECT count(DISTINCT influencer_id) FROM posts") == 16
    # the selected applicants are exactly the roster
    assert one(
        con,
        "SELECT count(*) FROM applicants a JOIN influencers i USING (name_key) "
        "WHERE a.selected AND a.profession = i.profession AND a.birth_year = i.birth_year",
    ) == 16


def test_content_shares(loaded):
    con, _ = loaded
    wfm = one(con, "SELECT count(*) FROM posts WHERE contains(lower(text), '#wirfuermuenchen')")
    assert wfm == 277
    assert 0.80 <= wfm / 326 <= 0.90
    questions = one(con, "SELECT count(*) FROM posts WHERE ends_with_question")
    assert questions == 130
    assert 0.35 <= questions / 326 <= 0.45
    assert one(con, "SELECT count(*) FROM posts WHERE ends_with_question IS NULL") == 0
    median = one(con, "SELECT median(text_length) FROM posts")
    assert 1200 <= median <= 1800
    low, high = con.execute("SELECT min(text_length), max(text_length) FROM posts").fetchone()
    assert low >= 400 and high <= 2800
    assert one(con, "SELECT count(*) FROM posts WHERE text_length <> length(text)") == 0
    assert one(con, "SELECT count(DISTINCT text) FROM posts") == 326
    assert one(con, "SELECT count(*) FILTER (WHERE media_type = 'image') * 2 > count(*) FROM posts")


def test_cohort_diversity(loaded):
    con, _ = loaded
    for fragment in ("Feuerwehr", "Gärtner", "Jurist", "ngenieur", "Erzieher", "Berater"):
        assert one(con, "SELECT count(*) FROM influencers WHERE contains(profession, ?)", [fragment]) >= 1
    genders = {row[0] for row in con.execute("SELECT DISTINCT gender FROM influencers").fetchall()}
    assert genders == {"female", "male", "diverse"}
    bands = {row[0] for row in con.execute("SELECT DISTINCT age_band FROM influencers").fetchall()}
    assert {"<30", "60+"} <= bands
    levels = {row[0] for row in con.execute("SELECT DISTINCT experience FROM influencers").fetchall()}
    assert levels == {"none", "low", "medium", "high"}
    assert one(con, "SELECT count(DISTINCT department) FROM influencers") >= 6
    assert one(con, "SELECT count(*) FROM influencers WHERE name_key <> lower(name)") == 0


def test_engagement_has_a_signal(loaded):
    con, _ = loaded
    with_q, without_q = con.execute(
        "SELECT median(reactions) FILTER (WHERE ends_with_question), "
        "median(reactions) FILTER (WHERE NOT ends_with_question) FROM posts"
    ).fetchone()
    assert with_q > without_q
    video, text = con.execute(
        "SELECT median(reactions) FILTER (WHERE media_type = 'video'), "
        "median(reactions) FILTER (WHERE media_type = 'text') FROM posts"
    ).fetchone()
    assert video > text
    ratio_low, ratio_high = con.execute(
        "SELECT min(impressions / reactions), max(impressions / reactions) FROM posts"
    ).fetchone()
    assert 20 <= ratio_low and ratio_high <= 62
    assert one(con, "SELECT max(reposts) FROM posts") <= 10


def test_followers_and_outcomes(loaded):
    con, _ = loaded
    assert one(con, "SELECT count(*) FROM follower_counts") == 96
    assert one(
        con,
        "SELECT count(*) FROM follower_counts WHERE new_followers IS NOT NULL AND new_followers <= 0",
    ) == 0
    assert one(con, "SELECT count(*) FROM outcomes WHERE influencer_id IS NULL") == 3
    kinds = {row[0] for row in con.execute("SELECT DISTINCT type FROM outcomes").fetchall()}
    assert kinds == {"internship_inquiry", "job_application", "speaker_request", "podcast_request", "press"}
    assert con.execute(
        "SELECT kind, format, file_name, rows FROM imports"
    ).fetchall() == [("demo", "demo", "data/demo", 16 + 326 + 73 + 15 + 96 + 73 + 180 + 4)]


def test_reload_replaces(loaded):
    con, _ = loaded
    with store.cursor(con) as cur:
        demo.load_demo(cur)
    assert one(con, "SELECT count(*) FROM posts") == 326
    assert one(con, "SELECT sum(reactions) FROM posts") == 15496
    assert one(con, "SELECT count(*) FROM influencers") == 16
    assert one(con, "SELECT count(*) FROM applicants") == 73
    assert one(con, "SELECT count(*) FROM imports") == 1


def _add_real_person(con, name: str) -> None:
    from analytics.people import normalise_name

    con.execute(
        "INSERT INTO influencers (influencer_id, name, name_key) VALUES (9001, ?, ?)",
        [name, normalise_name(name)],
    )
    con.execute(
        "INSERT INTO posts (post_key, influencer_id, published_at, reactions) "
        "VALUES ('li:7099999999999999999', 9001, TIMESTAMP '2024-03-01 08:00:00', 5)"
    )
    con.execute("INSERT INTO applicants (name, name_key, selected) VALUES (?, ?, TRUE)",
                [name, normalise_name(name)])


def test_non_demo_rows_survive_reload(loaded):
    con, _ = loaded
    _add_real_person(con, "Erika Echtperson")
    with store.cursor(con) as cur:
        counts = demo.load_demo(cur)
    assert counts["posts"] == 326
    assert one(con, "SELECT count(*) FROM posts") == 327
    assert one(con, "SELECT count(*) FROM posts WHERE NOT is_demo") == 1
    assert one(con, "SELECT count(*) FROM influencers WHERE NOT is_demo") == 1
    assert one(con, "SELECT count(*) FROM applicants WHERE NOT is_demo") == 1
    assert one(con, "SELECT sum(reactions) FROM posts WHERE is_demo") == 15496


def test_name_conflict_rolls_back(con):
    _add_real_person(con, "  maximilian OBERMAIER ")
    with store.cursor(con) as cur, pytest.raises(CockpitError) as caught:
        demo.load_demo(cur)
    assert caught.value.key == "demo_conflict"
    assert "OBERMAIER" in caught.value.message("de")
    # all-or-nothing: nothing of the demo arrived, the real rows are untouched
    assert one(con, "SELECT count(*) FROM influencers") == 1
    assert one(con, "SELECT count(*) FROM posts") == 1
    assert one(con, "SELECT count(*) FROM applicants") == 1
    assert one(con, "SELECT count(*) FROM imports") == 0
    assert not store.has_demo(con)


def test_ensure_demo_if_empty(con):
    assert demo.ensure_demo_if_empty(con) is True
    assert demo.ensure_demo_if_empty(con) is False
    assert one(con, "SELECT count(*) FROM posts") == 326


def test_missing_directory(con, tmp_path):
    with store.cursor(con) as cur, pytest.raises(CockpitError) as caught:
        demo.load_demo(cur, tmp_path / "nowhere")
    assert caught.value.key == "demo_missing"
    assert store.is_empty(con)


def test_generator_is_deterministic(tmp_path):
    spec = importlib.util.spec_from_file_location("demo_generate", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    first, second = tmp_path / "a", tmp_path / "b"
    module.generate(first)
    module.generate(second)
    for name in CSV_FILES:
        committed = (demo.DEMO_DIR / name).read_bytes()
        assert (first / name).read_bytes() == committed, name
        assert (second / name).read_bytes() == committed, name

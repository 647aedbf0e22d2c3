"""With names pseudonymised, no name gets through a side door: hashtags, topics, links, the
outcome form's post list, other outcomes' own words, chart hover data, the briefing (screen, text,
HTML, PowerPoint), on every page.

The demo gets names planted where leads' data has them: a topic "Serie: Ein Tag mit Sina Lechner"
on twelve of Maximilian Obermaier's best posts, ``#katharinabrunnhuber`` on sixty posts, every post
linked by its author's profile slug (``maximilian-obermaier-4711_…-activity-<id>-AbCd``), an
outcome of another kind "Einladung von Sina Lechner".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from apptest_helpers import everything
from test_briefing import pptx_texts

from analytics import ledger, privacy, store
from analytics.briefing import html, pptx
from analytics.briefing.content import build
from analytics.export import export_table
from analytics.filters import Filters
from analytics.queries import content, engagement, impact
from analytics.queries import support as person_queries

PAGES = [None, "pages/1_Engagement.py", "pages/2_Frequenz.py", "pages/3_Vielfalt.py", "pages/4_Inhalt.py",
         "pages/5_Wirkung.py", "pages/6_Briefing.py", "pages/8_Begleitung.py"]
MAXIMILIAN, MIRA = 1, 3  # internal ids; Maximilian is Person 09, Sina Lechner Person 15, Katharina Brunnhuber Person 02
TOPIC = "Serie: Ein Tag mit Sina Lechner"
SLUG = re.compile(r"linkedin\.com/posts/", re.IGNORECASE)


@pytest.fixture
def planted_db(demo_db: Path) -> Path:
    con = store.connect(demo_db)
    with store.cursor(con) as cur, store.transaction(cur):
        cur.execute("UPDATE posts SET topic = ? WHERE post_id IN (SELECT post_id FROM posts WHERE influencer_id = ? "
                    "AND impressions > 0 ORDER BY (reactions + comments + reposts) / impressions DESC LIMIT 12)",
                    [TOPIC, MAXIMILIAN])
        cur.execute("UPDATE posts SET text = text || ' #katharinabrunnhuber' WHERE post_id IN "
                    "(SELECT post_id FROM posts WHERE text IS NOT NULL ORDER BY post_id LIMIT 60)")
        cur.execute("UPDATE posts SET url = 'https://www.linkedin.com/posts/' || lower(replace(i.name, ' ', '-')) "
                    "|| '-4711_wirfuermuenchen-activity-' || split_part(posts.post_key, ':', 2) || '-AbCd' "
                    "FROM influencers i WHERE i.influencer_id = posts.influencer_id")
        cur.execute("UPDATE outcomes SET type = 'other', type_other = 'Einladung von Sina Lechner' "
                    "WHERE outcome_id = 2")
    con.close()
    return demo_db


def name_words(db: Path) -> list[str]:
    """Every first name and surname of the roster, and each full name written without a space."""
    con = store.connect(db)
    names = [name for (name,) in con.execute("SELECT name FROM influencers").fetchall()]
    con.close()
    parts = {part for name in names for part in name.split() if len(part) >= 3}
    return sorted(parts | {name.replace(" ", "").lower() for name in names})


def leaks(text: str, words: list[str]) -> list[str]:
    """The names in ``text`` as whole words, in any case; and profile links (their slug is a name)."""
    found = [word for word in words if re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text, re.IGNORECASE)]
    return found + (["profile link"] if SLUG.search(text) else [])


def options(at) -> str:
    """The labels of every choice a page offers (select boxes, multiselects)."""
    return "\n".join(str(option) for kind in ("selectbox", "multiselect") for box in at.get(kind)
                     for option in box.proto.options)


def test_the_planted_names_are_there_without_pseudonyms(planted_db: Path) -> None:
    con = store.connect(planted_db)
    with store.cursor(con) as cur:
        tags = content.top_hashtags(cur, Filters())["hashtag"].tolist()
        topics = content.by_topic(cur, Filters(), "")["topic"].tolist()
        links = engagement.top_posts(cur, Filters())["url"].tolist()
    con.close()
    assert "#katharinabrunnhuber" in tags and TOPIC in topics
    assert all(SLUG.search(link) for link in links)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page or "overview")
def test_no_page_shows_a_name_with_pseudonyms_on(planted_db: Path, run_page, page: str | None) -> None:
    words = name_words(planted_db)
    at = run_page(planted_db, page, params={"pseudo": "true"})
    assert not at.exception
    if page == "pages/5_Wirkung.py":  # the outcome form: a person chosen, their posts offered
        at.selectbox(key="ledger_person_new_0").set_value(MAXIMILIAN).run()
    if page == "pages/8_Begleitung.py":
        at.selectbox(key="person_chosen").set_value(MAXIMILIAN).run()
    shown = everything(at) + "\n" + options(at)
    assert leaks(shown, words) == []
    if page == "pages/4_Inhalt.py":
        assert "#Person 02" in shown and "Serie: Ein Tag mit Person 15" in shown
    if page == "pages/5_Wirkung.py":
        assert "Sonstiges: Einladung von Person 15" in shown
        assert len(at.selectbox(key="ledger_post_new_0").options) == 1 + 40  # his 40 posts offered, names replaced
    if page == "pages/8_Begleitung.py":
        assert "Serie: Ein Tag mit Person 15" in shown  # what worked for him, by topic
        assert "https://www.linkedin.com/feed/update/urn:li:activity:" in shown  # his strongest posts' links


def test_the_briefing_text_html_and_powerpoint_name_nobody(planted_db: Path, tmp_path: Path) -> None:
    words = name_words(planted_db)
    con = store.connect(planted_db)
    with store.cursor(con) as cur:
        briefing = build(cur, Filters(pseudonymise=True), "de")
    con.close()
    assert any("„Serie: Ein Tag mit Person 15“" in note for note in briefing.notes)
    page = html.render(briefing)
    deck = tmp_path / "briefing.pptx"
    deck.write_bytes(pptx.render(briefing))
    slides = "\n".join(pptx_texts(deck))
    assert "Serie: Ein Tag mit Person 15" in page and "Serie: Ein Tag mit Person 15" in slides
    assert leaks(page, words) == [] and leaks(slides, words) == []


def test_pseudonymised_exports_link_posts_by_their_id(planted_db: Path) -> None:
    con = store.connect(planted_db)
    with store.cursor(con) as cur:
        posts = export_table(cur, "posts", "csv", pseudonymise=True).decode("utf-8-sig")
        key = cur.execute("SELECT post_key FROM posts WHERE influencer_id = ? ORDER BY published_at LIMIT 1",
                          [MAXIMILIAN]).fetchone()[0]
    con.close()
    assert not SLUG.search(posts) and "maximilian" not in posts.lower()
    assert f"https://www.linkedin.com/feed/update/urn:li:activity:{key.split(':')[1]}/" in posts


def test_links_without_an_author_name() -> None:
    link = privacy.pseudonymous_link
    assert link("https://www.linkedin.com/posts/maximilian-obermaier-4711_wirfuermuenchen-activity-7015728920861437252"
                "-AbCd?utm_source=share") == "https://www.linkedin.com/feed/update/urn:li:activity:7015728920861437252/"
    assert link("https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7123456789012345678/") == (
        "https://www.linkedin.com/feed/update/urn:li:ugcPost:7123456789012345678/")
    assert link("https://www.linkedin.com/feed/update/urn:li:share:7000000000000000001") == (
        "https://www.linkedin.com/feed/update/urn:li:share:7000000000000000001/")
    # no id: no link (the slug is all there is)
    assert link("https://www.linkedin.com/posts/maximilian-obermaier-4711_wirfuermuenchen") is None
    assert link(None) is None and link(float("nan")) is None


def test_a_name_is_replaced_before_an_opening_is_cut(planted_db: Path) -> None:
    con = store.connect(planted_db)
    with store.cursor(con) as cur, store.transaction(cur):
        # 'Katharina Brunnhuber' across the 80th character: cut first, 'Brunnh' would be left
        cur.execute("UPDATE posts SET text = ? WHERE post_id = (SELECT min(post_id) FROM posts WHERE influencer_id = ?)",
                    ["x" * 62 + " Katharina Brunnhuber und das Team", MAXIMILIAN])
    with store.cursor(con) as cur:
        offered = ledger.person_posts(cur, MAXIMILIAN, pseudonymise=True)
        plain = ledger.person_posts(cur, MAXIMILIAN)
        redact = privacy.roster_redactor(cur)
    con.close()
    assert ("x" * 62 + " Person 02 und das Team")[:80] in offered["opening"].tolist()
    assert "x" * 62 + " Katharina Brunnhu" in plain["opening"].tolist()  # 80 characters, names shown
    assert not offered["url"].astype(str).str.contains("maximilian").any()
    assert privacy.shortened("Ein Beitrag von Katharina Brunnhuber", 30, redact, "…") == "Ein Beitrag von Person 02"
    assert privacy.shortened("Ein Beitrag von Katharina Brunnhuber", 20, redact, "…") == "Ein Beitrag von Per…"


def test_queries_group_a_topic_and_a_hashtag_under_their_pseudonym(planted_db: Path) -> None:
    con = store.connect(planted_db)
    with store.cursor(con) as cur, store.transaction(cur):
        # the same name in two spellings: one group under one pseudonym
        cur.execute("UPDATE posts SET topic = 'Serie: Ein Tag mit SINA LECHNER' WHERE post_id = "
                    "(SELECT min(post_id) FROM posts WHERE topic <> ?)", [TOPIC])
    with store.cursor(con) as cur:
        shown = Filters(pseudonymise=True)
        topics = content.by_topic(cur, shown, "")
        tags = content.top_hashtags(cur, shown, 30)
        named_topics = content.by_topic(cur, Filters(), "")
        outcomes = impact.outcome_list(cur, shown)
        others = person_queries.outcomes(cur, Filters(), MIRA)
    con.close()
    assert topics.loc[topics["topic"] == "Serie: Ein Tag mit Person 15", "posts"].tolist() == [13]
    assert named_topics.loc[named_topics["topic"].str.startswith("Serie"), "posts"].sort_values().tolist() == [1, 12]
    assert tags.loc[tags["hashtag"] == "#Person 02", "posts"].tolist() == [60]
    assert "Einladung von Person 15" in outcomes["type_other"].tolist()
    # in the one-person view an outcome's own words name no colleague, pseudonyms on or off
    assert "Einladung von Person 15" in others["type_other"].tolist()

"""Imported text, URL parameters and the environment are shown literally on every page.

Markdown and HTML are planted in every imported field (names, professions, departments,
cohorts, media types, outcome types, post texts and links, file names), in ``?hashtag=`` and in
``COCKPIT_ORG``; every page is walked in AppTest. Elements that render Markdown must carry the
planted text escaped (it reads as written), charts must carry it as entities, and the top-posts
table must offer no link that is not ``https://``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from apptest_helpers import open_tab, texts

from analytics import store
from analytics.charts.content import media_chart
from analytics.charts.engagement import top_posts_table
from analytics.errors import CockpitError
from analytics.literal import md_literal, plotly_literal, web_link


def planted(beacon: str) -> str:
    """Every construct that would reach ``beacon`` (or elsewhere) or restyle the page if rendered."""
    return (f'![i]({beacon}/markdown.png) [l](http://evil.example) <a href="http://evil.example">a</a> '
            f'<span style="color:red">s</span> <img src="{beacon}/html.png"> $x^2$ :red[r] '
            ':material/home: &#47;&#58; www.evil.example a@evil.example')


PLANT = planted("http://127.0.0.1:9")
# Fragments that must never reach a Markdown element unescaped.
ACTIVE = ["![i](", "](http", "<a href", "<span", "<img", "$x^2$", ":red[", ":material/home:", "&#47;",
          "www.evil", "a@evil", "http://"]
PAGES = [None, "pages/1_Engagement.py", "pages/2_Frequenz.py", "pages/3_Vielfalt.py", "pages/4_Inhalt.py",
         "pages/5_Wirkung.py", "pages/6_Briefing.py", "pages/7_Import.py", "pages/8_Begleitung.py",
         "pages/9_Personen.py", "pages/10_Programm.py", "pages/11_Datenschutz.py"]
# Tabs whose content is drawn only while open (the first one shows on arrival).
LAZY_TABS = {"pages/7_Import.py": [("import_tab", "Sicherung & Zurücksetzen")],
             "pages/9_Personen.py": [("people_tab", "Person löschen (DSGVO)")],
             "pages/10_Programm.py": [("programme_tab", "Publikum"), ("programme_tab", "Ziele")],
             "pages/11_Datenschutz.py": [("privacy_tab", "Betriebsratsmodus"), ("privacy_tab", "Aufbewahrung"),
                                         ("privacy_tab", "Verarbeitung (Art. 30 DSGVO)")]}
IMPORT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import_page"


def plant(db: Path, text: str = PLANT) -> None:
    """Planted ``text`` in every field of the demo workspace (names stay unique by a number)."""
    con = store.connect(db)
    try:
        cur = con.cursor()
        cur.execute(f"USE {store.CATALOG}")
        cur.execute("UPDATE influencers SET name = ? || ' ' || influencer_id, name_key = 'k' || influencer_id, "
                    "profession = ?, department = ?, cohort = ?, is_demo = FALSE", [text] * 4)
        cur.execute("UPDATE applicants SET name = ? || ' ' || applicant_id, profession = ?, department = ?, "
                    "cohort = ?, is_demo = FALSE", [text] * 4)
        cur.execute("UPDATE posts SET media_type = ?, text = ? || ' #wirfuermuenchen', topic = ?, "
                    "url = 'javascript:alert(1)', is_demo = FALSE", [text, text, text])
        cur.execute("UPDATE outcomes SET type = ?, is_demo = FALSE", [text])
        cur.execute("UPDATE follower_counts SET is_demo = FALSE")
        cur.execute("INSERT INTO imports (file_name, format, kind, rows) VALUES (?, 'controlling_csv', 'posts', 1)",
                    [text + ".csv"])
        store.set_meta(cur, "demo_dismissed", "1")
    finally:
        con.close()


def markdown_sources(at) -> list[str]:
    """The Markdown source of every element that renders Markdown: bodies, labels, help texts."""
    sources: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success",
                 "toast", "metric", "button", "download_button", "checkbox", "toggle", "selectbox", "multiselect",
                 "text_input", "number_input", "date_input", "segmented_control", "expander", "tab"):
        for element in at.get(kind):
            for field in ("body", "label", "help"):
                value = getattr(element.proto, field, None)
                if value:
                    sources.append(str(value))
    return sources


def chart_strings(at) -> list[str]:
    """Every string inside every Plotly figure of a run."""
    found: list[str] = []

    def walk(node) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for chart in at.get("plotly_chart"):
        walk(json.loads(chart.proto.spec))
    return found


def unescaped(fragment: str) -> re.Pattern:
    """``fragment`` as it would be active in Markdown: none of its punctuation backslash-escaped."""
    return re.compile("".join(("(?<!\\\\)" if re.match(r"[!-/:-@\[-`{-~]", c) else "") + re.escape(c)
                              for c in fragment))


ACTIVE_PATTERNS = [unescaped(fragment) for fragment in ACTIVE]


def assert_nothing_active(at, where: str) -> None:
    assert not at.exception, where
    for source in markdown_sources(at):
        for pattern in ACTIVE_PATTERNS:
            assert not pattern.search(source), (where, pattern.pattern, source[:200])
    for text in chart_strings(at):
        for tag in ("<a ", "<span", "<img"):
            assert tag not in text.lower(), (where, text[:200])


@pytest.fixture
def planted_db(demo_db: Path) -> Path:
    plant(demo_db)
    return demo_db


def test_helpers_escape_markdown_html_and_links() -> None:
    assert md_literal("a*b* [l](x)\n# h") == r"a\*b\* \[l\]\(x\) \# h"
    assert md_literal("&#47; $1$ :red[r]") == "\\&\\#47\\; \\$1\\$ \\:\u2060red\\[r\\]"
    # GFM turns plain text into links after parsing: an invisible word joiner breaks the patterns
    assert md_literal("http://a.b www.c.d e@f.g") == "http\\:\u2060\\/\\/a\\.b www\u2060\\.c\\.d e\\@\u2060f\\.g"
    # a colon or @ before a space starts no link or emoji: the text stays findable as it reads
    assert md_literal("Geschlecht: 16 @ home") == "Geschlecht\\: 16 \\@ home"
    assert plotly_literal('<a href="x">&</a>') == '&lt;a href="x"&gt;&amp;&lt;/a&gt;'
    assert plotly_literal(3) == 3
    assert web_link(" https://www.linkedin.com/feed/update/urn:li:activity:1 ") == \
        "https://www.linkedin.com/feed/update/urn:li:activity:1"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "//evil.example", "http://x.example",
                "https://", "https://a b", None, 3):
        assert web_link(bad) is None, bad
    assert CockpitError("import_empty", file="![i](x)").markdown("de").count(r"\!\[i\]\(x\)") == 1


def test_chart_builders_escape_labels_and_tables_drop_unsafe_links() -> None:
    groups = pd.DataFrame({"media_type": ['<a href="http://evil.example">x</a>'], "posts": [12],
                           "posts_with_rate": [12], "median_rate": [0.04], "median_engagements": [10.0],
                           "engagement_rate": [0.05]})
    fig = media_chart(groups, "de")
    shown = json.dumps(fig.to_plotly_json())
    assert "<a href" not in shown
    assert "&lt;a href=" in shown
    posts = pd.DataFrame({"published_on": [pd.Timestamp("2023-01-02")] * 3, "name": ["A", "B", "C"],
                          "preview": ["x", "y", "z"], "engagements": [1, 2, 3], "reactions": [1, 2, 3], "comments": [0, 0, 0],
                          "reposts": [0, 0, 0], "impressions": [10, 20, 30], "engagement_rate": [0.1, 0.1, 0.1],
                          "url": ["javascript:alert(1)", "https://www.linkedin.com/feed/update/1", "http://x.example"]})
    table = top_posts_table(posts, "de")
    assert [None if pd.isna(link) else link for link in table["Link"]] == \
        [None, "https://www.linkedin.com/feed/update/1", None]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "overview")
def test_every_page_shows_planted_text_literally(planted_db: Path, run_page, monkeypatch, page) -> None:
    monkeypatch.setenv("COCKPIT_ORG", PLANT)
    at = run_page(planted_db, page)
    if page == "pages/4_Inhalt.py":  # the field is bound to ?hashtag= (AppTest does not read it from the URL)
        at.text_input(key="hashtag").input(PLANT).run()
    assert_nothing_active(at, page)
    shown = texts(at)
    if page == "pages/2_Frequenz.py":
        assert f"{PLANT} 1" in shown  # the "no post for N days" list names people literally
    if page == "pages/4_Inhalt.py":
        assert f"#{PLANT}" in shown  # the hashtag from the URL, in the adoption note
        assert any("&lt;img src=" in text for text in chart_strings(at))
    if page == "pages/6_Briefing.py":
        assert PLANT in shown  # COCKPIT_ORG
    if page == "pages/1_Engagement.py":
        table = next(frame.value for frame in at.dataframe if "Link" in frame.value.columns)
        assert len(table) > 0
        assert table["Link"].isna().all()  # javascript: links are not offered
    if page in ("pages/1_Engagement.py", "pages/3_Vielfalt.py"):
        assert any('&lt;a href="http://evil.example"&gt;' in text for text in chart_strings(at))
    if page == "pages/8_Begleitung.py":  # the one-person view: its name, topics, outcome types literally
        con = store.connect(planted_db)
        with store.cursor(con) as cur:
            person = cur.execute("SELECT min(influencer_id) FROM influencers").fetchone()[0]
        con.close()
        at.selectbox(key="person_chosen").set_value(person).run()
        assert_nothing_active(at, "person")
        assert f"{PLANT} {person}" in texts(at)
    if page == "pages/7_Import.py":
        assert f"„{PLANT}.csv“" in shown  # the undo line names the file literally
    for key, label in LAZY_TABS.get(page, ()):  # tabs drawn only once opened: each one looked at too
        assert_nothing_active(open_tab(at, key, label), f"{page} {label}")
    if page == "pages/9_Personen.py":
        con = store.connect(planted_db)
        with store.cursor(con) as cur:
            person = cur.execute("SELECT min(influencer_id) FROM influencers").fetchone()[0]
        open_tab(at, "people_tab", "Person löschen (DSGVO)")
        at.selectbox(key="imp_delete_who_0").set_value(person).run()
        assert_nothing_active(at, "delete")
        assert f"{PLANT} {person}" in texts(at)


def test_uploaded_file_names_are_shown_literally(empty_db: Path, run_page) -> None:
    at = run_page(empty_db, "pages/7_Import.py")
    refused, accepted = PLANT + " leer.csv", PLANT + " controlling.csv"
    at.file_uploader[0].set_value([
        (refused, (IMPORT_FIXTURES / "leer.csv").read_bytes(), "text/csv"),
        (accepted, (IMPORT_FIXTURES / "controlling_2023.csv").read_bytes(), "text/csv"),
    ]).run()
    assert_nothing_active(at, "uploaded")
    shown = texts(at)
    assert f"„{refused}“ ist leer" in shown
    assert shown.count(accepted) >= 1  # the card's heading
    next(b for b in at.button if b.label == "Importieren bestätigen").click().run()
    assert_nothing_active(at, "imported")
    assert re.search(re.escape(f"„{accepted}“ importiert: 3 Beiträge neu"), texts(at))

"""The content page's topics: median engagement and n per topic, the programme hashtag's
adoption per topic, thin comparisons flagged. Nothing is shown where no post has a topic."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analytics import settings
from analytics.charts.content import THIN_POSTS, hashtag_display, is_thin, thin_note, topic_chart
from analytics.filters import Filters
from analytics.i18n import fmt_number, fmt_percent, t
from analytics.literal import t_md
from analytics.queries import content
from pages.ui import data, widgets


def programme_hashtag(cur) -> str | None:
    """The workspace's programme hashtag (None when unset)."""
    return settings.get(cur, "programme_hashtag")


def render(selection: Filters, lang: str, source: str, typed_tag: str, with_texts: bool = True) -> None:
    """The topics section, when posts of the selection have a topic; the share of posts with the
    programme hashtag per topic only ``with_texts`` (a hashtag is found in the text)."""
    counts = data.query(content.topic_counts, filters=selection)
    if counts["with_topic"] == 0:
        return
    stored = data.query(programme_hashtag) if with_texts else None
    tag = stored if stored and stored.strip("# ") else typed_tag
    tag_source = t("topics_tag_setting" if stored and stored.strip("# ") else "topics_tag_input", lang)
    st.header(t("topics_header", lang))
    st.caption(t("topics_intro", lang, with_topic=fmt_number(counts["with_topic"], lang),
                 posts=fmt_number(counts["posts"], lang)))
    groups = data.query(content.by_topic, tag or "", filters=selection)
    fig, thin = data.kept(_figure, lang, source, tag or "", filters=selection)
    widgets.chart(fig, "content_topics", selection, note=" ".join(p for p in (t("topics_note", lang), thin) if p))
    shown = hashtag_display(tag) if tag else None
    tag_column = t("topics_col_tag", lang, tag=shown) if shown else None
    table = {
        t("topics_col_topic", lang): groups["topic"],
        t("topics_col_posts", lang): [fmt_number(n, lang) for n in groups["posts"]],
        t("topics_col_n", lang): [fmt_number(n, lang) for n in groups["posts_with_rate"]],
        t("topics_col_rate", lang): [fmt_percent(r, lang, 1) if pd.notna(r) else "–" for r in groups["median_rate"]],
    }
    if tag_column:
        table[tag_column] = [
            f"{fmt_percent(share, lang, 0)} ({fmt_number(w, lang)}/{fmt_number(n, lang)})" if n else "–"
            for share, w, n in zip(groups["tag_share"], groups["with_tag"], groups["posts_with_text"], strict=True)]
    table[t("topics_col_thin", lang)] = [t("topics_thin", lang, thin=THIN_POSTS) if is_thin(n) else ""
                                         for n in groups["posts_with_rate"]]
    st.dataframe(pd.DataFrame(table), hide_index=True)  # topics are the team's own words: plain text cells
    if tag_column:
        st.caption(t_md("topics_tag_note", lang, tag=shown, source=tag_source))  # the hashtag as typed
    elif with_texts:
        st.caption(t("topics_no_tag", lang))


def _figure(cur, selection: Filters, lang: str, source: str, tag: str) -> tuple[go.Figure, str]:
    groups = content.by_topic(cur, selection, tag)
    return topic_chart(groups, lang, source), thin_note(groups, [str(v) for v in groups["topic"]], lang)

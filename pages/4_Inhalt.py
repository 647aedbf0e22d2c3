"""Content: what kind of post works – length, question, hashtag, media type."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from analytics.charts import content as charts
from analytics.i18n import fmt_number, t
from analytics.queries import content
from pages import ui


def render() -> None:
    """Median engagement per group of posts, each chart with its n and thin groups flagged."""
    lang = ui.current_lang()
    selection = ui.filters()
    st.title(t("content_title", lang))
    st.caption(t("content_caption", lang))
    tag_column, _ = st.columns([1, 3])
    tag = tag_column.text_input(
        t("content_hashtag_input", lang), value=content.DEFAULT_HASHTAG, key="hashtag",
        help=t("content_hashtag_help", lang), bind="query-params",
    )
    tag = tag.strip() if tag and tag.strip("# ") else ""
    totals = ui.query(content.counts, filters=selection)
    if totals["posts"] == 0:
        st.info(t("no_data_period", lang))
        return
    source = ui.source_line(selection, lang)

    def note(groups: pd.DataFrame, labels: Sequence[str], lead: str = "") -> str:
        parts = [lead, t("content_rate_note", lang, n=fmt_number(totals["posts_with_rate"], lang),
                         posts=fmt_number(totals["posts"], lang)),
                 charts.thin_note(groups, labels, lang)]
        return " ".join(part for part in parts if part)

    lengths = ui.query(content.by_length, filters=selection)
    ui.chart(charts.length_chart(lengths, lang, source), "content_length", selection,
             note=note(charts.all_length_bins(lengths), charts.length_labels(lang),
                       t("content_length_note_extra", lang)))

    left, right = st.columns(2)
    with left:
        question = ui.query(content.by_question, filters=selection)
        ui.chart(charts.question_chart(question, lang, source), "content_question", selection,
                 note=note(question, charts.question_labels(question, lang)))
    with right:
        if tag:
            with_tag = ui.query(content.by_hashtag, tag, filters=selection)
            ui.chart(charts.hashtag_chart(with_tag, tag, lang, source), "content_hashtag", selection,
                     note=note(with_tag, charts.hashtag_labels(with_tag, tag, lang)))
        else:
            st.info(t("content_hashtag_missing", lang))

    left, right = st.columns(2)
    with left:
        if tag:
            adoption = ui.query(content.hashtag_adoption, tag, filters=selection)
            ui.chart(charts.adoption_chart(adoption, tag, lang, source), "content_adoption", selection,
                     note=t("content_adoption_note", lang, tag=charts.hashtag_display(tag),
                            n=fmt_number(totals["posts_with_text"], lang)))
    with right:
        media = ui.query(content.by_media, filters=selection)
        ui.chart(charts.media_chart(media, lang, source), "content_media", selection,
                 note=note(media, charts.media_labels(media, lang)))

    top = ui.query(content.top_hashtags, filters=selection)
    ui.chart(charts.top_hashtags_chart(top, lang, tag, source), "content_top_hashtags", selection,
             note=t("content_top_note", lang, n=fmt_number(totals["posts_with_text"], lang)))


render()

"""Content: what kind of post works – length, question, hashtag, media type, topic."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from analytics import programme
from analytics.charts import content as charts
from analytics.filters import Filters
from analytics.i18n import fmt_number, t
from analytics.ingest import has_demo
from analytics.queries import content
from pages.sections import content as content_section
from pages.ui import data, shell, sidebar, widgets

# what this page compares, by the data each comparison needs: texts (length, question, hashtags),
# media types, topics; each view appears when its data does
CONTENT_KINDS = ("texts", "media", "topics")


def render() -> None:
    """Median engagement per group of posts, each chart with its n and thin groups flagged."""
    lang = sidebar.current_lang()
    selection = sidebar.filters()
    st.title(t("content_title", lang))
    st.caption(t("content_caption", lang))
    held = widgets.coverage_now()
    missing = [kind for kind in CONTENT_KINDS if held.lacks(kind)]
    if len(missing) == len(CONTENT_KINDS):  # nothing this page compares: one sentence for the page
        st.info(t("content_nothing_to_compare", lang), icon=":material/info:")
        return
    widgets.lacking_all(missing, lang)
    tag = _hashtag_input(lang) if "texts" not in missing else ""
    totals = data.query(content.counts, filters=selection)
    if totals["posts"] == 0:
        st.info(t("no_data_period", lang))
        return
    source = widgets.source_line(selection, lang)
    rate_note = t("content_rate_note", lang, n=fmt_number(totals["posts_with_rate"], lang),
                  posts=fmt_number(totals["posts"], lang))

    def show(kind: str, *args: str, lead: str = "") -> None:
        fig, thin = data.kept(_figure, kind, lang, source, *args, filters=selection)
        widgets.chart(fig, f"content_{kind}", selection,
                      note=" ".join(part for part in (lead, rate_note, thin) if part))

    def adoption() -> None:
        fig, _ = data.kept(_figure, "adoption", lang, source, tag, filters=selection)
        widgets.chart(fig, "content_adoption", selection,
                      note=t("content_adoption_note", lang, tag=charts.hashtag_display(tag),
                             n=fmt_number(totals["posts_with_text"], lang)))

    # half-width views, two to a row (an odd last one takes the row alone: no empty panel)
    halves: list = []
    if "texts" not in missing:
        show("length", lead=t("content_length_note_extra", lang))
        halves.append(lambda: show("question"))
        halves.append((lambda: show("hashtag", tag)) if tag else
                      (lambda: st.info(t("content_hashtag_missing", lang))))
        if tag:
            halves.append(adoption)
    if "media" not in missing:
        halves.append(lambda: show("media"))
    for first in range(0, len(halves), 2):
        row = halves[first:first + 2]
        for column, view in zip(st.columns(2) if len(row) == 2 else [st.container()], row, strict=True):
            with column:
                view()
    if "texts" not in missing:
        fig, _ = data.kept(_figure, "top_hashtags", lang, source, tag, filters=selection)
        widgets.chart(fig, "content_top_hashtags", selection,
                      note=t("content_top_note", lang, n=fmt_number(totals["posts_with_text"], lang)))
    content_section.render(selection, lang, source, tag, with_texts="texts" not in missing)


def _hashtag_input(lang: str) -> str:
    """The programme hashtag to compare with and without (the setting's, else the demo's), as typed."""
    tag = st.text_input(
        t("content_hashtag_input", lang), value=data.query(_default_hashtag), key="hashtag",
        help=t("content_hashtag_help", lang), bind="query-params", width=widgets.CONTROL_WIDTH,
    )
    return tag.strip() if tag and tag.strip("# ") else ""


def _default_hashtag(cur) -> str:
    """The programme hashtag of the workspace; with none set, the demo's while the demo is loaded."""
    return programme.hashtag(cur) or (content.DEFAULT_HASHTAG if has_demo(cur) else "")


def _figure(cur, selection: Filters, kind: str, lang: str, source: str, tag: str = "") -> tuple[go.Figure, str]:
    """Query and chart in one cached call: a rerun with the same data and selection rebuilds nothing.

    Returns the figure and the note on thin groups ('' when none).
    """
    if kind == "length":
        groups = content.by_length(cur, selection)
        return (charts.length_chart(groups, lang, source),
                charts.thin_note(charts.all_length_bins(groups), charts.length_labels(lang), lang))
    if kind == "question":
        groups = content.by_question(cur, selection)
        return charts.question_chart(groups, lang, source), charts.thin_note(
            groups, charts.question_labels(groups, lang), lang)
    if kind == "hashtag":
        groups = content.by_hashtag(cur, selection, tag)
        return charts.hashtag_chart(groups, tag, lang, source), charts.thin_note(
            groups, charts.hashtag_labels(groups, tag, lang), lang)
    if kind == "media":
        groups = content.by_media(cur, selection)
        return charts.media_chart(groups, lang, source), charts.thin_note(
            groups, charts.media_labels(groups, lang), lang)
    if kind == "adoption":
        return charts.adoption_chart(content.hashtag_adoption(cur, selection, tag), tag, lang, source), ""
    return charts.top_hashtags_chart(content.top_hashtags(cur, selection), lang, tag, source), ""


shell.run_page(render)

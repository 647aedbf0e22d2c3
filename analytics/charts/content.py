"""Charts of the content page: medians per group of posts, thin groups flagged."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.charts import empty, finish, literal_labels
from analytics.charts.axes import HALF_WIDTH, PLOT_WIDTH, bar_labels, bar_text_style, category_ticks, fits, wrapped
from analytics.charts.marks import percent_axis
from analytics.i18n import fmt_month, fmt_number, fmt_percent, t
from analytics.queries.content import GUIDELINE_LENGTH, LENGTH_BINS

THIN_POSTS = 10  # a comparison resting on fewer posts is flagged
THIN_COLOUR = "#B8C2CC"
THIN_PATTERN = "/"


def thin_marker(thin: list[bool]) -> dict:
    """Bar colours: thin-data bars grey and hatched, the others in the primary colour."""
    return {
        "color": [THIN_COLOUR if flag else theme.primary_colour() for flag in thin],
        "pattern": {"shape": [THIN_PATTERN if flag else "" for flag in thin], "fgcolor": theme.MUTED},
    }


def is_thin(posts: int | float | None) -> bool:
    """True when a group has too few posts to compare with confidence."""
    return posts is None or pd.isna(posts) or posts < THIN_POSTS


def length_labels(lang: str) -> list[str]:
    """'unter 500', '500–999', ..., 'ab 2.500' (numbers in the user's locale)."""
    labels = [t("content_length_under", lang, n=fmt_number(LENGTH_BINS[1], lang))]
    for low, high in zip(LENGTH_BINS[1:-1], LENGTH_BINS[2:], strict=True):
        labels.append(f"{fmt_number(low, lang)}–{fmt_number(high - 1, lang)}")
    labels.append(t("content_length_from", lang, n=fmt_number(LENGTH_BINS[-1], lang)))
    return labels


MEDIA_TEXT_KEYS = {
    "text": "media_text", "image": "media_image", "video": "media_video", "document": "media_document",
    "article": "media_article", "poll": "media_poll", "carousel": "media_carousel", "link": "media_link",
    "unknown": "media_unknown",
}


def media_label(media_type: str, lang: str) -> str:
    """A media type's display name; unknown codes as they come."""
    key = MEDIA_TEXT_KEYS.get(media_type)
    return t(key, lang) if key else media_type


def hashtag_display(tag: str) -> str:
    """'#wirfuermuenchen' however the user typed it (spaces trimmed, one '#')."""
    return "#" + tag.strip().lstrip("#")


def thin_note(groups: pd.DataFrame, labels: Sequence[str], lang: str) -> str:
    """'Grau schraffiert = wenig Daten …: „ab 2.500“.' for the hatched groups and 'Ohne Beiträge: …' for those
    without a post (they have no bar to hatch), or ''."""
    if groups.empty:
        return ""
    hatched, empty_ones = [], []
    for label, n, posts in zip(labels, groups["posts_with_rate"], groups["posts"], strict=True):
        if is_thin(n):
            (empty_ones if pd.isna(posts) or posts == 0 else hatched).append(label)

    def quoted(names: list[str]) -> str:
        return ", ".join((f"„{name}“" if lang == "de" else f"“{name}”") for name in names)

    parts = [t("content_thin_warning", lang, groups=quoted(hatched), thin=THIN_POSTS)] if hatched else []
    if empty_ones:
        parts.append(t("content_empty_groups", lang, groups=quoted(empty_ones)))
    return " ".join(parts)


def all_length_bins(groups: pd.DataFrame) -> pd.DataFrame:
    """Every length bin in order, empty ones with 0 posts."""
    return (
        groups.set_index("length_bin")
        .reindex(range(len(LENGTH_BINS)))
        .rename_axis("length_bin")
        .fillna({"posts": 0, "posts_with_rate": 0})
        .reset_index()
    )


def question_labels(groups: pd.DataFrame, lang: str) -> list[str]:
    """'mit Frage am Ende' / 'ohne Frage am Ende' per row."""
    return [t("content_question_yes" if flag else "content_question_no", lang) for flag in groups["question"]]


def hashtag_labels(groups: pd.DataFrame, tag: str, lang: str) -> list[str]:
    """'mit #tag' / 'ohne #tag' per row."""
    shown = hashtag_display(tag)
    return [
        t("content_hashtag_with" if flag else "content_hashtag_without", lang, tag=shown) for flag in groups["with_tag"]
    ]


def media_labels(groups: pd.DataFrame, lang: str) -> list[str]:
    """Translated media types per row."""
    return [media_label(value, lang) for value in groups["media_type"]]


def median_bars(
    groups: pd.DataFrame,
    labels: Sequence[str],
    title: str,
    lang: str,
    source: str | None = None,
    guideline_at: float | None = None,
    width: float = PLOT_WIDTH,
) -> go.Figure:
    """Bars of the median per-post engagement rate per group, n on each bar, thin groups hatched grey;
    the group labels broken into lines where they do not fit ``width`` px of plot side by side.

    ``groups``: posts, posts_with_rate, median_rate, median_engagements, one row per label.
    """
    if groups.empty or groups["posts"].sum() == 0:
        return empty(title, lang)
    counts = groups["posts_with_rate"].fillna(0).astype(int).tolist()
    thin = [is_thin(n) for n in counts]
    rates = groups["median_rate"].astype(float)
    texts = [
        (fmt_percent(rate, lang, 1) + "<br>" if not pd.isna(rate) else "")
        + t("content_n", lang, n=fmt_number(n, lang))
        for rate, n in zip(rates, counts, strict=True)
    ]
    hover_extra = [
        f"{t('content_hover_median_engagements', lang)}: {fmt_number(engagements, lang, 1)}"
        f"<br>{t('content_hover_posts', lang)}: {fmt_number(n, lang)}"
        + (f"<br><b>{t('content_hover_thin', lang, thin=THIN_POSTS)}</b>" if is_thin_group else "")
        for engagements, n, is_thin_group in zip(groups["median_engagements"], counts, thin, strict=True)
    ]
    positions = list(range(len(labels)))
    fig = go.Figure()
    fig.add_bar(
        x=positions,
        y=rates,
        marker=thin_marker(thin),
        text=texts,
        textposition="outside",
        cliponaxis=False,
        customdata=list(zip(labels, hover_extra, [fmt_percent(None if pd.isna(r) else r, lang, 1) for r in rates],
                            strict=True)),
        hovertemplate=(
            f"%{{customdata[0]}}<br>{t('content_hover_median', lang)}: %{{customdata[2]}}<br>%{{customdata[1]}}"
            "<extra></extra>"
        ),
    )
    top = rates.max()
    ticks = wrapped(labels, width)
    level = fits(ticks, width)  # else single words are too wide for their bars: Plotly tilts them, whole
    fig.update_layout(
        xaxis={"tickvals": positions, "ticktext": ticks if level else list(labels), "tickangle": 0 if level else None,
               "title": None, "range": [-0.6, len(labels) - 0.4]},
        yaxis={
            "title": t("content_axis_median_rate_lines", lang),
            **percent_axis([top if not pd.isna(top) and top > 0 else 0.01], lang),
            "range": [0, (top if not pd.isna(top) and top > 0 else 0.01) * 1.3],
        },
        showlegend=False,
        bargap=0.35,
    )
    if guideline_at is not None:
        fig.add_vline(
            x=guideline_at,
            line={"color": theme.HIGHLIGHT, "dash": "dash", "width": 2},
            annotation_text=t("content_guideline", lang),
            annotation_position="top right",
            annotation_font={"color": theme.HIGHLIGHT},
        )
    return finish(fig, title, lang, source)


@literal_labels
def length_chart(groups: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """Median engagement rate per length bin, every bin shown, the 1,500-character guideline marked."""
    title = t("content_chart_length", lang)
    if groups.empty:
        return empty(title, lang)
    guideline_at = LENGTH_BINS.index(GUIDELINE_LENGTH) - 0.5
    return median_bars(all_length_bins(groups), length_labels(lang), title, lang, source, guideline_at=guideline_at)


@literal_labels
def question_chart(groups: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """Posts ending with a question vs not (rows: question True/False)."""
    return median_bars(groups, question_labels(groups, lang), t("content_chart_question", lang), lang, source,
                       width=HALF_WIDTH)


@literal_labels
def hashtag_chart(groups: pd.DataFrame, tag: str, lang: str, source: str | None = None) -> go.Figure:
    """Posts with the programme hashtag vs without (rows: with_tag True/False)."""
    title = t("content_chart_hashtag", lang, tag=hashtag_display(tag))
    return median_bars(groups, hashtag_labels(groups, tag, lang), title, lang, source, width=HALF_WIDTH)


@literal_labels
def media_chart(groups: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """Median engagement rate per media type."""
    return median_bars(groups, media_labels(groups, lang), t("content_chart_media", lang), lang, source,
                       width=HALF_WIDTH)


@literal_labels
def adoption_chart(monthly: pd.DataFrame, tag: str, lang: str, source: str | None = None) -> go.Figure:
    """Share of each month's posts carrying the hashtag (with the month's posts on the bar where that
    fits); months with few posts hatched grey."""
    shown = hashtag_display(tag)
    title = t("content_chart_adoption", lang, tag=shown)
    if monthly.empty or monthly["posts"].sum() == 0:
        return empty(title, lang)
    months = [fmt_month(pd.Timestamp(m), lang, short=True) for m in monthly["month"]]
    thin = [is_thin(n) for n in monthly["posts"]]
    shares = monthly["share"].astype(float)
    hover = [
        f"{t('content_axis_share', lang)}: {fmt_percent(share, lang, 0)}<br>"
        f"{t('content_hover_all_posts', lang)}: {fmt_number(posts, lang)}<br>"
        f"{t('content_hover_with_tag', lang)}: {fmt_number(with_tag, lang)}"
        + (f"<br><b>{t('content_hover_thin', lang, thin=THIN_POSTS)}</b>" if flag else "")
        for share, posts, with_tag, flag in zip(shares, monthly["posts"], monthly["with_tag"], thin, strict=True)
    ]
    fig = go.Figure()
    numbers = bar_labels([
        fmt_percent(share, lang, 0) + "<br>" + t("content_n", lang, n=fmt_number(posts, lang))
        for share, posts in zip(shares, monthly["posts"], strict=True)
    ])
    fig.add_bar(
        x=months,
        y=shares,
        marker=thin_marker(thin),
        text=numbers,
        **(bar_text_style() if numbers else {}),
        customdata=hover,
        hovertemplate="%{x}<br>%{customdata}<extra></extra>",
    )
    fig.update_layout(
        xaxis=category_ticks(months, HALF_WIDTH),  # beside another chart: 'Jan 2023Feb 2023' ran together
        yaxis={"title": t("content_axis_share", lang), "range": [0, 1.25], "tickmode": "array",
               "tickvals": [0, 0.25, 0.5, 0.75, 1],
               "ticktext": [fmt_percent(v, lang, 0) for v in (0, 0.25, 0.5, 0.75, 1)]},
        showlegend=False,
        bargap=0.35,
    )
    return finish(fig, title, lang, source)


@literal_labels
def top_hashtags_chart(tags: pd.DataFrame, lang: str, programme_tag: str | None = None,
                       source: str | None = None) -> go.Figure:
    """Horizontal bars: posts per hashtag, most used on top; the programme hashtag highlighted."""
    title = t("content_chart_top", lang)
    if tags.empty:
        return empty(title, lang)
    programme = hashtag_display(programme_tag).casefold() if programme_tag and programme_tag.strip("# ") else None
    colours = [theme.primary_colour() if tag == programme else theme.CATEGORICAL[4] for tag in tags["hashtag"]]
    hover = [
        f"{t('content_hover_median', lang)}: {fmt_percent(None if pd.isna(rate) else rate, lang, 1)}"
        f" ({t('content_n', lang, n=fmt_number(n, lang))})"
        for rate, n in zip(tags["median_rate"], tags["posts_with_rate"], strict=True)
    ]
    fig = go.Figure()
    fig.add_bar(
        x=tags["posts"],
        y=tags["hashtag"],
        orientation="h",
        marker_color=colours,
        text=[fmt_number(n, lang) for n in tags["posts"]],
        textposition="outside",
        cliponaxis=False,
        customdata=hover,
        hovertemplate=f"%{{y}}<br>{t('content_axis_posts', lang)}: %{{x:,d}}<br>%{{customdata}}<extra></extra>",
    )
    most = float(tags["posts"].max()) if len(tags) else 1.0
    fig.update_layout(
        # room right of the longest bar for its number ("34.618" stood cut at the edge)
        xaxis={"rangemode": "tozero", "tickformat": ",d", "range": [0, max(most, 1.0) * 1.15]},
        yaxis={"autorange": "reversed", "title": None},
        showlegend=False,
        bargap=0.3,
    )
    return finish(fig, title, lang, source, height=max(320, 140 + 28 * len(tags)))


@literal_labels
def topic_chart(groups: pd.DataFrame, lang: str, source: str | None = None) -> go.Figure:
    """Horizontal bars: median engagement rate per topic (most posts on top), n on each bar,
    topics resting on fewer than THIN_POSTS posts with a rate hatched grey."""
    title = t("topics_chart", lang)
    if groups.empty:
        return empty(title, lang)
    counts = groups["posts_with_rate"].fillna(0).astype(int).tolist()
    thin = [is_thin(n) for n in counts]
    rates = groups["median_rate"].astype(float)
    labels = [str(topic) for topic in groups["topic"]]
    texts = [(fmt_percent(rate, lang, 1) + " · " if not pd.isna(rate) else "")
             + t("content_n", lang, n=fmt_number(n, lang)) for rate, n in zip(rates, counts, strict=True)]
    hover = [t("content_hover_posts", lang) + ": " + fmt_number(n, lang)
             + (f"<br><b>{t('content_hover_thin', lang, thin=THIN_POSTS)}</b>" if flag else "")
             for n, flag in zip(counts, thin, strict=True)]
    fig = go.Figure()
    fig.add_bar(
        x=rates.fillna(0), y=labels, orientation="h", marker=thin_marker(thin), text=texts,
        textposition="outside", cliponaxis=False, customdata=hover,
        hovertemplate=f"%{{y}}<br>{t('content_hover_median', lang)}: %{{x:.1%}}<br>%{{customdata}}<extra></extra>",
    )
    top = rates.max()
    top = top if not pd.isna(top) and top > 0 else 0.01
    fig.update_layout(
        xaxis={"title": t("content_axis_median_rate", lang), **percent_axis([top], lang), "range": [0, top * 1.35]},
        yaxis={"autorange": "reversed", "title": None, "automargin": True},
        showlegend=False, bargap=0.3,
    )
    return finish(fig, title, lang, source, height=max(320, 150 + 34 * len(labels)))

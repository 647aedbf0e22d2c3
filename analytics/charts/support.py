"""Charts of the support work (#16): engagement per topic, and one person's view."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.charts import empty, finish, literal_labels
from analytics.charts.content import THIN_POSTS, is_thin, thin_marker
from analytics.i18n import fmt_number, fmt_percent, t


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
    fig.update_layout(
        xaxis={"title": t("content_axis_median_rate", lang), "tickformat": ".1%", "rangemode": "tozero",
               "range": [0, (top if not pd.isna(top) and top > 0 else 0.01) * 1.35]},
        yaxis={"autorange": "reversed", "title": None, "automargin": True},
        showlegend=False, bargap=0.3,
    )
    return finish(fig, title, lang, source, height=max(320, 150 + 34 * len(labels)))

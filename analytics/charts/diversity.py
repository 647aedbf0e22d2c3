"""Charts of the diversity page: composition, applicants vs selected, performance by group."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from analytics import theme
from analytics.charts import empty, finish, literal_labels, two_lines
from analytics.charts.marks import percent_axis
from analytics.i18n import fmt_number, fmt_percent, t
from analytics.people import (
    AGE_BAND_TEXT_KEYS,
    AGE_BANDS,
    EXPERIENCE_LEVELS,
    EXPERIENCE_TEXT_KEYS,
    GENDER_TEXT_KEYS,
    GENDERS,
)

# Canonical order of the coded attributes; free-text ones (profession, department) go by size.
CANONICAL = {"gender": GENDERS, "age_band": AGE_BANDS, "experience": EXPERIENCE_LEVELS}
_VALUE_TEXT_KEYS = {"gender": GENDER_TEXT_KEYS, "age_band": AGE_BAND_TEXT_KEYS, "experience": EXPERIENCE_TEXT_KEYS}
ATTRIBUTE_TEXT_KEYS = {"gender": "attr_gender", "age_band": "attr_age_band", "profession": "attr_profession",
                       "department": "attr_department", "experience": "attr_experience"}
UNKNOWN = "unknown"
OTHER = "\x00other"  # cannot clash with a real group value
PANEL_TITLE_CHARS = 16  # a longer panel title ("Social-Media-Erfahrung") takes two lines in a third of the width
MAX_GROUPS = 12  # applicants' professions are many; the rest becomes "other"


def attribute_label(by: str, lang: str) -> str:
    """'Geschlecht' for 'gender'."""
    return t(ATTRIBUTE_TEXT_KEYS[by], lang)


def group_label(by: str, value: str, lang: str) -> str:
    """A group's display name: coded values translated, free text as entered."""
    if value == UNKNOWN:
        return t("group_unknown", lang)
    if value == OTHER:
        return t("group_other", lang)
    key = _VALUE_TEXT_KEYS.get(by, {}).get(value)
    return t(key, lang) if key else value


# A pool of more values than this is named for what it is ("weitere Referate (9)"), its values
# listed in the page's note.
NAMED_MEMBERS = 3
_POOL_TEXT_KEYS = {"cohort": "group_pool_cohort", "profession": "group_pool_profession",
                   "department": "group_pool_department"}


def pool_label(by: str, count: int, lang: str) -> str:
    """'weitere Referate (9)': the pooled option of a filter, or a breakdown's pool of free-text values."""
    key = _POOL_TEXT_KEYS.get(by)
    return t(key, lang, n=count) if key else t("group_pool_other", lang, n=count)


def group_name(by: str, members: Sequence[str], lang: str) -> str:
    """The name of a breakdown's group: its value, the values it pools joined by " + " (up to
    NAMED_MEMBERS), an ordered attribute's range ("unter 30 bis 50–59"), else the pool's name."""
    if len(members) <= NAMED_MEMBERS:
        return " + ".join(group_label(by, value, lang) for value in members)
    if by in CANONICAL and UNKNOWN not in members:
        return t("group_pool_range", lang, first=group_label(by, members[0], lang),
                 last=group_label(by, members[-1], lang))
    return pool_label(by, len(members), lang)


def ordered(frame: pd.DataFrame, by: str, size_column: str) -> pd.DataFrame:
    """Rows in reading order: canonical codes in their order, else largest first, pools after
    single values; unknown last. A pooled group (column ``members``) goes by its first value."""
    canonical = CANONICAL.get(by)

    def rank(row: pd.Series) -> tuple:
        members = row["members"] if "members" in row else (row["group"],)
        value = members[0]
        if value in (UNKNOWN, OTHER):
            return (2, 0, value == UNKNOWN, "")
        if canonical and value in canonical:
            return (0, canonical.index(value), False, "")
        return (1, len(members) > 1, -row[size_column], str(value))

    keys = frame.apply(rank, axis=1) if not frame.empty else pd.Series(dtype=object)
    return frame.assign(_rank=keys).sort_values("_rank").drop(columns="_rank").reset_index(drop=True)


def _bar_height(rows: int) -> int:
    return max(300, 150 + 34 * rows)


@literal_labels
def composition_chart(counts: pd.DataFrame, attributes: Sequence[str], lang: str,
                      source: str | None = None) -> go.Figure:
    """One panel per attribute, horizontal bars of roster people per group.

    ``counts``: attribute, group, influencers (as from ``queries.diversity.composition``).
    """
    title = t("div_chart_composition_title", lang, attributes=", ".join(attribute_label(by, lang) for by in attributes))
    if counts.empty or counts["influencers"].sum() == 0:
        return empty(title, lang)
    panels = [ordered(counts[counts["attribute"] == by], by, "influencers") for by in attributes]
    labels = [[group_label(by, value, lang) for value in panel["group"]] for by, panel in zip(attributes, panels,
                                                                                                 strict=True)]
    # Room for the longest group names of the panels to the right (about 1.2 % of the width per character,
    # enough in the briefing's half-width panel at 1280 px) and for the value beside the longest bar.
    longest = max((len(label) for panel_labels in labels[1:] for label in panel_labels), default=0)
    fig = make_subplots(rows=1, cols=len(attributes), horizontal_spacing=min(0.4, 0.08 + 0.012 * longest),
                        subplot_titles=[two_lines(attribute_label(by, lang), PANEL_TITLE_CHARS) for by in attributes])
    for column, (panel, panel_labels) in enumerate(zip(panels, labels, strict=True), start=1):
        total = int(panel["influencers"].sum())
        hover = [
            t("div_chart_hover_of", lang, count=fmt_number(n, lang), total=fmt_number(total, lang))
            + f" ({fmt_percent(n / total, lang, 0)})"
            for n in panel["influencers"]
        ]
        fig.add_bar(
            x=panel["influencers"],
            y=panel_labels,
            orientation="h",
            marker_color=theme.primary_colour(),
            text=[fmt_number(n, lang) for n in panel["influencers"]],
            textposition="outside",
            cliponaxis=False,
            customdata=hover,
            hovertemplate="%{y}: %{customdata}<extra></extra>",
            name=t("div_chart_people", lang),
            row=1,
            col=column,
        )
        most = int(panel["influencers"].max())
        fig.update_xaxes(range=[0, most * 1.3], tickformat=",d", dtick=1 if most <= 6 else None, row=1, col=column)
        fig.update_yaxes(autorange="reversed", row=1, col=column)
    fig.update_layout(showlegend=False, bargap=0.3)
    rows = max(len(panel) for panel in panels)
    return finish(fig, title, lang, source, height=_bar_height(rows) + 30)


def _top_with_other(groups: pd.DataFrame) -> pd.DataFrame:
    """At most MAX_GROUPS groups by applicants; the rest summed into one 'other' row."""
    if len(groups) <= MAX_GROUPS:
        return groups
    groups = groups.sort_values(["applicants", "group"], ascending=[False, True])
    head, tail = groups.iloc[: MAX_GROUPS - 1], groups.iloc[MAX_GROUPS - 1:]
    other = pd.DataFrame([{
        "group": OTHER,
        "applicants": tail["applicants"].sum(),
        "selected": tail["selected"].sum(),
        "applicant_share": tail["applicant_share"].sum(),
        "selected_share": tail["selected_share"].sum(min_count=1),
    }])
    return pd.concat([head, other], ignore_index=True)


@literal_labels
def applicants_chart(groups: pd.DataFrame, by: str, lang: str, source: str | None = None) -> go.Figure:
    """Side-by-side shares per group: among applicants and among those selected.

    ``groups``: group, applicants, selected, applicant_share, selected_share (one attribute).
    """
    title = t("div_chart_applicants_title", lang, attribute=attribute_label(by, lang))
    if groups.empty or groups["applicants"].sum() == 0:
        return empty(title, lang)
    groups = ordered(_top_with_other(groups), by, "applicants")
    labels = [group_label(by, value, lang) for value in groups["group"]]
    total_applicants, total_selected = int(groups["applicants"].sum()), int(groups["selected"].sum())
    fig = go.Figure()
    for count_column, share_column, name_key, total, colour in (
        ("applicants", "applicant_share", "div_chart_applicants", total_applicants, theme.CATEGORICAL[1]),
        ("selected", "selected_share", "div_chart_selected", total_selected, theme.primary_colour()),
    ):
        name = t(name_key, lang, n=fmt_number(total, lang))
        shares = groups[share_column].fillna(0)
        hover = [
            t("div_chart_hover_of", lang, count=fmt_number(count, lang), total=fmt_number(total, lang))
            for count in groups[count_column]
        ]
        fig.add_bar(
            x=shares,
            y=labels,
            orientation="h",
            name=name,
            marker_color=colour,
            text=[fmt_percent(share, lang, 0) for share in shares],
            textposition="outside",
            cliponaxis=False,
            customdata=hover,
            hovertemplate=f"%{{y}}<br>{name}: %{{text}} (%{{customdata}})<extra></extra>",
        )
    fig.update_layout(
        barmode="group",
        xaxis=percent_axis([share for trace in fig.data for share in trace.x], lang),
        yaxis={"autorange": "reversed", "title": None},
        bargap=0.25,
        bargroupgap=0.05,
    )
    return finish(fig, title, lang, source, height=_bar_height(2 * len(groups)))


@literal_labels
def group_performance_chart(groups: pd.DataFrame, by: str, lang: str, source: str | None = None) -> go.Figure:
    """Two panels per group: median posts per person, and the pooled engagement rate.

    ``groups`` are the groups already cleared by the minimum group size, each with the values it
    pools (column ``members``, see :func:`analytics.queries.groups.group_breakdown`).
    """
    title = t("div_chart_performance_title", lang, attribute=attribute_label(by, lang))
    if groups.empty:
        return empty(title, lang)
    groups = ordered(groups, by, "influencers")
    labels = [
        f"{group_name(by, members, lang)} ({t('div_chart_n_people', lang, n=int(n))})"
        for members, n in zip(groups["members"], groups["influencers"], strict=True)
    ]
    posts_title, rate_title = t("div_chart_posts_per_person", lang), t("div_chart_rate", lang)
    fig = make_subplots(rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.06,
                        subplot_titles=(posts_title, rate_title))
    people_posts = [
        t("div_chart_hover_people", lang, n=fmt_number(people, lang))
        + ", " + t("div_chart_hover_posts", lang, n=fmt_number(posts, lang))
        for people, posts in zip(groups["influencers"], groups["posts"], strict=True)
    ]
    medians = groups["median_posts_per_person"].astype(float)
    fig.add_bar(
        x=medians,
        y=labels,
        orientation="h",
        name=posts_title,
        marker_color=theme.primary_colour(),
        text=[fmt_number(value, lang, 1) for value in medians],
        textposition="outside",
        cliponaxis=False,
        customdata=people_posts,
        hovertemplate=f"%{{y}}<br>{posts_title}: %{{text}}<br>%{{customdata}}<extra></extra>",
        row=1,
        col=1,
    )
    rates = groups["engagement_rate"].astype(float)
    fig.add_bar(
        x=rates.fillna(0),
        y=labels,
        orientation="h",
        name=rate_title,
        marker_color=theme.CATEGORICAL[2],
        text=[fmt_percent(None if pd.isna(rate) else rate, lang, 1) for rate in rates],
        textposition="outside",
        cliponaxis=False,
        customdata=people_posts,
        hovertemplate=f"%{{y}}<br>{rate_title}: %{{text}}<br>%{{customdata}}<extra></extra>",
        row=1,
        col=2,
    )
    top_rate = rates.max()
    top_rate = 0.001 if pd.isna(top_rate) or top_rate <= 0 else top_rate
    fig.update_xaxes(range=[0, max(medians.max(), 1) * 1.2], row=1, col=1)
    rate_axis = percent_axis([top_rate], lang)
    fig.update_xaxes(tickvals=rate_axis["tickvals"], ticktext=rate_axis["ticktext"], tickmode="array",
                     range=[0, max(top_rate * 1.25, rate_axis["tickvals"][-1] * 1.02)], row=1, col=2)
    fig.update_yaxes(autorange="reversed", row=1, col=1)
    fig.update_layout(showlegend=False, bargap=0.3)
    return finish(fig, title, lang, source, height=_bar_height(len(groups)) + 40)

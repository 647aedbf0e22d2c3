"""DataFrame -> Plotly figure, pure. One module per area; shared finishing touches here.

Every figure carries its title and a source line inside it, so a downloaded PNG or a
screenshot says what it shows and where it comes from; numbers follow the user's locale.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, ParamSpec

import pandas as pd
import plotly.graph_objects as go

from analytics import theme
from analytics.i18n import plotly_separators, t
from analytics.literal import plotly_literal
from analytics.people import AGE_BANDS, EXPERIENCE_LEVELS, GENDERS

P = ParamSpec("P")
_ESCAPED: ContextVar[bool] = ContextVar("chart_inputs_escaped", default=False)
# Coded values ("<30") that builders translate before showing them: kept as codes.
_CODES = frozenset((*AGE_BANDS, *GENDERS, *EXPERIENCE_LEVELS))


def literal_labels(builder: Callable[P, go.Figure]) -> Callable[P, go.Figure]:
    """Every chart builder's inputs with their texts escaped for Plotly, so that a name,
    profession, department, media type or hashtag holding ``<a href=…>``, ``<span style=…>`` or
    ``<br>`` is shown as written, while the builder's own ``<br>`` and ``<b>`` still format."""

    @functools.wraps(builder)
    def build(*args: P.args, **kwargs: P.kwargs) -> go.Figure:
        if _ESCAPED.get():  # called by another builder: its inputs are escaped already
            return builder(*args, **kwargs)
        literal_args = [_literal(value) for value in args]
        literal_kwargs = {key: value if key == "lang" else _literal(value) for key, value in kwargs.items()}
        token = _ESCAPED.set(True)
        try:
            return builder(*literal_args, **literal_kwargs)  # type: ignore[arg-type]
        finally:
            _ESCAPED.reset(token)

    return build


def _literal(value: Any) -> Any:
    if isinstance(value, pd.DataFrame):
        texts = [column for column in value.columns if pd.api.types.is_string_dtype(value[column].dtype)]
        if not texts:
            return value
        value = value.copy()
        for column in texts:
            value[column] = value[column].map(_literal_text)
        return value
    if isinstance(value, list | tuple):
        return type(value)(_literal_text(item) for item in value)
    return _literal_text(value)


def _literal_text(value: Any) -> Any:
    return value if isinstance(value, str) and value in _CODES else plotly_literal(value)


def finish(fig: go.Figure, title: str, lang: str, source: str | None = None, height: int = 420) -> go.Figure:
    """Apply the cockpit template, title, locale separators and the source line.

    The source line sits under the title as its subtitle, so it is inside every exported
    image and never collides with axis titles or tick labels.
    """
    # Pinned to the top edge, so a legend or subplot titles fit between it and the plot.
    title_spec: dict = {"text": title, "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 12}}
    if source:
        title_spec["subtitle"] = {"text": source, "font": {"size": 12, "color": theme.MUTED}}
    margin = top_margin(fig, source is not None)
    fig.update_layout(
        template=theme.register(),
        title=title_spec,
        separators=plotly_separators(lang),
        height=height,
        margin_t=margin,
    )
    if _legend_on_top(fig) and fig.layout.legend.y is None:
        # The template's y = 1.02 is 2 % of the plot's height above it: 18 px over a chart of 30 people,
        # which lifted the legend into the source line. At most LEGEND_GAP px, whatever the height.
        plot = max(height - margin - BELOW_PLOT, 1)
        fig.update_layout(legend_y=1 + min(0.02, LEGEND_GAP / plot))
    return fig


LEGEND_GAP = 6  # px between a legend above the plot and the plot
BELOW_PLOT = 70  # px under the plot: the template's bottom margin and a line of tick labels


def top_margin(fig: go.Figure, subtitle: bool) -> int:
    """Room above the plot for the title, the source line, subplot titles and a legend row (a subplot
    title broken by :func:`two_lines` takes a line more)."""
    above = [note for note in fig.layout.annotations
             if note.yref == "paper" and note.y is not None and note.y >= 1 and note.yanchor == "bottom"]
    panel_lines = max(((note.text or "").count("<br>") for note in above), default=0)
    return (48 + (22 if subtitle else 0) + (24 + 18 * panel_lines if above else 0)
            + (26 if _legend_on_top(fig) else 0))


def two_lines(text: str, longer_than: int) -> str:
    """A subplot title longer than ``longer_than`` characters broken into two lines at the space or hyphen nearest
    its middle ("Social-Media-<br>Erfahrung"), so that it is not cut in a narrow panel; shorter ones as they are."""
    if len(text) <= longer_than:
        return text
    breaks = [index for index, char in enumerate(text) if char in " -"]
    if not breaks:
        return text
    at = min(breaks, key=lambda index: abs(index - len(text) / 2))
    return f"{text[:at + 1].rstrip()}<br>{text[at + 1:]}" if text[at] == "-" else f"{text[:at]}<br>{text[at + 1:]}"


def _legend_on_top(fig: go.Figure) -> bool:
    """True when a horizontal legend sits above the plot (the template's place for it)."""
    if fig.layout.showlegend is False:
        return False
    named = [trace for trace in fig.data if trace.showlegend is not False and trace.name]
    if len(named) < 2 and fig.layout.showlegend is not True:
        return False
    legend = fig.layout.legend
    return legend.orientation in (None, "h") and (legend.y is None or legend.y >= 1)
def empty(title: str, lang: str, message: str | None = None) -> go.Figure:
    """A figure that says there is nothing to show, instead of blank axes."""
    fig = go.Figure()
    fig.add_annotation(
        text=message or t("chart_empty", lang),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": 16, "color": theme.MUTED},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return finish(fig, title, lang, height=300)


def is_empty(fig: go.Figure) -> bool:
    """True for a figure made by :func:`empty`."""
    return not fig.data

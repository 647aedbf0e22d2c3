"""One palette and one Plotly template for the whole cockpit.

``.streamlit/config.toml`` carries the same colours; ``tests/test_theme.py`` keeps them in sync.
The categorical colours are Okabe & Ito's colour-blind-safe set.
"""

from __future__ import annotations

import os
import re

import plotly.graph_objects as go
import plotly.io as pio

from analytics.errors import CockpitError

PRIMARY = "#0072B2"
BACKGROUND = "#FFFFFF"
SECONDARY_BACKGROUND = "#F2F5F8"
TEXT = "#1F2933"
GRID = "#E3E8EE"
MUTED = "#6B7785"
FONT = "Source Sans Pro, Arial, sans-serif"

# Okabe-Ito, reordered so the first colours read well on white; black last.
CATEGORICAL = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# Sequential scale for heatmaps: white to primary blue.
SEQUENTIAL = ["#FFFFFF", "#DCEAF5", "#A6CBE6", "#5B9FD0", "#0072B2", "#00457A"]
HIGHLIGHT = "#D55E00"  # reference lines and guidelines (vermillion)
NO_DATA = "#F3ECDF"  # a heatmap cell no import covers: unknown, neither zero nor blank

TEMPLATE_NAME = "cockpit"


def primary_colour() -> str:
    """The primary colour (``$COCKPIT_PRIMARY`` as ``#RRGGBB``, else the theme's); anything else
    is refused with one line (charts, the HTML briefing and PowerPoint all need a hex colour)."""
    colour = os.environ.get("COCKPIT_PRIMARY", PRIMARY).strip()
    if not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        raise CockpitError("bad_primary", value=colour[:40], default=PRIMARY)
    return colour


def _template() -> go.layout.Template:
    colours = [primary_colour(), *CATEGORICAL[1:]]
    return go.layout.Template(
        layout={
            "font": {"family": FONT, "size": 14, "color": TEXT},
            "title": {"font": {"size": 18, "color": TEXT}, "x": 0, "xanchor": "left"},
            "colorway": colours,
            "paper_bgcolor": BACKGROUND,
            "plot_bgcolor": BACKGROUND,
            "xaxis": {"gridcolor": GRID, "linecolor": GRID, "zerolinecolor": GRID, "automargin": True},
            "yaxis": {"gridcolor": GRID, "linecolor": GRID, "zerolinecolor": GRID, "automargin": True},
            "legend": {"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
            "hoverlabel": {"font": {"family": FONT, "size": 13}},
            "margin": {"l": 10, "r": 10, "t": 70, "b": 40},
            "colorscale": {"sequential": [[i / (len(SEQUENTIAL) - 1), c] for i, c in enumerate(SEQUENTIAL)]},
        }
    )


def register() -> str:
    """Register the cockpit template with Plotly and return its name."""
    pio.templates[TEMPLATE_NAME] = _template()
    return TEMPLATE_NAME

"""The briefing as one self-contained HTML file: opens offline, plotly.js inlined once.

Its first screen is the screenshot view's: text and tiles on the left, the key charts 2 × 2 on the right,
filling the window's height, one line of source below; goals, the company page and the notes follow."""

from __future__ import annotations

import re
from datetime import date
from html import escape

import plotly.graph_objects as go

from analytics import theme
from analytics.briefing.content import Briefing, KeyChart
from analytics.i18n import fmt_date, no_change, t

STYLE = """
*{box-sizing:border-box}
body{margin:0;background:%(bg2)s;color:%(text)s;font-family:%(font)s;font-size:16px;line-height:1.45}
main{max-width:1920px;margin:0 auto;padding:12px 24px;background:%(bg)s}
.screen{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,7fr);grid-template-rows:minmax(0,1fr) auto;
  gap:6px 20px;height:calc(100vh - 24px);min-height:600px}
header{border-left:6px solid %(primary)s;padding:2px 0 2px 12px;margin-bottom:8px}
.org{font-size:13px;color:%(muted)s;text-transform:uppercase;letter-spacing:.04em}
h1{font-size:22px;margin:2px 0;line-height:1.2}
.period{font-size:14px;color:%(muted)s}
.text{font-size:14px;margin:0 0 8px}
.tiles{display:grid;grid-template-columns:1fr 1fr;gap:8px}
.tile{border:1px solid %(grid)s;border-radius:8px;padding:6px 10px}
.tile .label{font-size:13px;color:%(muted)s}
.tile .value{font-size:26px;font-weight:600;line-height:1.2}
.tile .delta{font-size:13px}
.tile .known{font-size:12px;color:%(muted)s}
.up{color:#007A4D}.down{color:#B3261E}.flat{color:%(muted)s}
.charts{display:grid;grid-template-columns:1fr 1fr;grid-auto-rows:minmax(0,1fr);gap:8px;min-height:0}
.chart{border:1px solid %(grid)s;border-radius:8px;padding:4px;min-width:0;min-height:0}
.chart:last-child:nth-child(odd){grid-column:1/-1}
.line{grid-column:1/-1;font-size:13px;color:%(muted)s;margin:0}
.notes,footer{font-size:13px;color:%(muted)s;margin-top:10px}
.extra{display:grid;grid-template-columns:1fr 1fr;gap:12px;margin-top:12px}
.extra table{border-collapse:collapse;width:100%%;font-size:14px}
.extra th,.extra td{border-bottom:1px solid %(grid)s;padding:4px 6px;text-align:left}
.extra h2{font-size:18px;margin:4px 0 6px}.extra .rule{font-size:12px;color:%(muted)s}
@media print{body{background:#fff}main{padding:0}}
@media (max-width:900px){.screen{display:block;height:auto}.chart{height:320px;margin-bottom:8px}}
"""


def _style() -> str:
    return STYLE % {
        "bg": theme.BACKGROUND, "bg2": theme.SECONDARY_BACKGROUND, "text": theme.TEXT,
        "font": theme.FONT, "primary": theme.primary_colour(), "muted": theme.MUTED, "grid": theme.GRID,
    }


def _together(text: str) -> str:
    """A number and its unit ("1,7 %") on one line."""
    return re.sub(r"(\d) (%|×)", "\\1&nbsp;\\2", text)


def _tile(label: str, value: str, delta: str | None, previous: str, known: str | None = None) -> str:
    change = ""
    if delta:
        direction = "flat" if no_change(delta) else "down" if delta.startswith("-") else "up"
        arrow = {"down": "▼ ", "up": "▲ ", "flat": ""}[direction]
        change = f'<div class="delta {direction}">{arrow}{escape(delta)} {escape(previous)}</div>'
    basis = f'<div class="known">{escape(known)}</div>' if known else ""
    return (f'<div class="tile"><div class="label">{escape(label)}</div>'
            f'<div class="value">{escape(value)}</div>{change}{basis}</div>')


def _chart(chart: KeyChart, briefing: Briefing, first: bool) -> str:
    config = {
        "displaylogo": False,
        "responsive": True,
        "toImageButtonOptions": {"format": "png", "scale": 2,
                                 "filename": f"{chart.key}_{briefing.file_stem().removeprefix('briefing_')}"},
    }
    # The chart fills its cell of the first screen (the window's height shared by two rows of charts).
    figure = go.Figure(chart.figure).update_layout(autosize=True)
    figure.layout.height = None
    div = figure.to_html(
        full_html=False, include_plotlyjs=first, config=config, default_width="100%", default_height="100%",
        div_id=f"chart-{chart.key}",
    )
    return f'<section class="chart">{div}</section>'


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _extra(briefing: Briefing) -> str:
    """Goals with their status and the programme against the company page; empty without them."""
    lang, parts = briefing.lang, []
    if briefing.goals:
        rows = [[g["goal"], g["period"], g["target"], g["value"], g["status"]] for g in briefing.goals]
        headers = [t(k, lang) for k in ("goals_col_goal", "goals_col_period", "goals_col_target", "goals_col_value",
                                        "goals_col_status")]
        parts.append(f'<section id="goals"><h2>{escape(t("goals_title", lang))}</h2>{_table(headers, rows)}'
                     f'<p class="rule">{escape(briefing.goals_rule)}</p></section>')
    if briefing.company_page:
        table = ""
        if briefing.company_table:
            headers = [t(k, lang) for k in ("page_col_measure", "page_col_programme", "page_col_page",
                                            "page_col_ratio")]
            table = _table(headers, [[r["measure"], r["programme"], r["page"], r["ratio"]]
                                     for r in briefing.company_table])
        parts.append(f'<section id="company-page"><h2>{escape(t("page_title", lang))}</h2>'
                     f'<p>{escape(" ".join(briefing.company_page))}</p>{table}</section>')
    return f'<div class="extra">{"".join(parts)}</div>' if parts else ""


def render(briefing: Briefing, today: date | None = None) -> str:
    """The whole HTML document; every text is escaped."""
    lang = briefing.lang
    previous = t("briefing_kpi_previous", lang)
    tiles = "".join(_tile(tile.label, tile.text, tile.delta, previous, tile.known) for tile in briefing.tiles)
    charts = "".join(_chart(chart, briefing, index == 0) for index, chart in enumerate(briefing.charts))
    notes = "".join(f"<p>{escape(note)}</p>" for note in (*briefing.notes, *briefing.lacking))
    pseudonymised = f" · {escape(t('briefing_pseudonymised', lang))}" if briefing.pseudonymised else ""
    if briefing.pseudonymised:
        notes += f"<p>{escape(t('briefing_pseudonymised', lang))}</p>"
    generated = t("briefing_generated", lang, date=fmt_date(today or date.today(), lang))
    # the organisation only when one is set: none is built in
    title = " – ".join(escape(part) for part in (briefing.organisation, briefing.title) if part)
    organisation = f'<div class="org">{escape(briefing.organisation)}</div>' if briefing.organisation else ""
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{_style()}</style>
</head>
<body>
<main>
<div class="screen">
<div class="side">
<header>
{organisation}
<h1>{escape(briefing.title)}</h1>
<div class="period">{escape(briefing.period)}</div>
</header>
<p class="text">{_together(escape(briefing.paragraph))}</p>
<div class="tiles">{tiles}</div>
</div>
<div class="charts">{charts}</div>
<p class="line">{escape(briefing.source)}{pseudonymised} · {escape(t("briefing_notes_below", lang))}</p>
</div>
{_extra(briefing)}
<div class="notes">{notes}</div>
<footer><p>{escape(briefing.footer)}</p><p>{escape(briefing.source)} · {escape(generated)}</p></footer>
</main>
<script>window.addEventListener("load", () => document.querySelectorAll(".js-plotly-plot")
  .forEach(div => Plotly.Plots.resize(div)));</script>
</body>
</html>
"""

"""The briefing as a PowerPoint file with native, editable charts (python-pptx, no browser).

Slides: title (organisation, period), key figures (tiles and the generated text), one slide per
key chart with the chart's title and source line.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from datetime import date

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_PATTERN_TYPE
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.oxml.xmlchemy import OxmlElement
from pptx.util import Emu, Inches, Pt

from analytics import theme
from analytics.briefing.content import PERCENT_FORMAT, Briefing, KeyChart, Series
from analytics.charts.axes import bar_labels, label_every
from analytics.i18n import fmt_date, no_change, t

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.6)
EMU_PER_PX = 9525  # at 96 px per inch
VALUE_AXIS_PX = 70  # the value axis' labels beside a chart's plot
CATEGORY_FONT_PX = 16  # 12 pt category labels
LABEL_FONT_PX = 15  # 11 pt data labels
INSET_X, INSET_Y = Inches(0.1), Inches(0.05)  # a text box's default insets
SUMMARY_SIZES = (17, 16, 15, 14, 13, 12)
NOTE_SIZES = (11, 10)
PARAGRAPH_GAP = 6  # points after each sentence of the summary
CHART_TYPES = {
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "column_stacked": XL_CHART_TYPE.COLUMN_STACKED,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "line": XL_CHART_TYPE.LINE_MARKERS,
}


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def text_height(texts: Sequence[str], size: int, width: int, paragraph_gap: int = 0) -> int:
    """The height (EMU) that paragraphs of Arial at ``size`` points need in a box ``width`` wide, with
    the box's insets: an estimate on the safe side (a character is taken as 0.55 of the size wide)."""
    per_line = max(1, int((width - 2 * INSET_X) / Pt(size * 0.55)))
    lines = sum(max(1, math.ceil(len(text) / per_line)) for text in texts)
    return int(Pt(lines * size * 1.2 + paragraph_gap * len(texts))) + 2 * INSET_Y


def fitted_size(texts: Sequence[str], width: int, height: int, sizes: Sequence[int], paragraph_gap: int = 0) -> int:
    """The largest of ``sizes`` at which the paragraphs fit the box; the smallest when none does."""
    return next((size for size in sizes if text_height(texts, size, width, paragraph_gap) <= height), sizes[-1])


def _text(slide, left: Emu, top: Emu, width: Emu, height: Emu, text: str, size: int,
          bold: bool = False, colour: str = theme.TEXT, align: PP_ALIGN = PP_ALIGN.LEFT, shrink: bool = False) -> None:
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    if shrink:  # a text longer than the box at its smallest size: the viewer shrinks it to fit
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = _rgb(colour)
    run.font.name = "Arial"


def _band(slide) -> None:
    """A thin bar in the organisation's colour along the left edge."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Inches(0.18), HEIGHT)
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(theme.primary_colour())
    shape.line.fill.background()


def _footer(slide, briefing: Briefing) -> None:
    _text(slide, MARGIN, HEIGHT - Inches(0.55), WIDTH - 2 * MARGIN, Inches(0.4),
          " · ".join(part for part in (briefing.organisation, briefing.source) if part), 11, colour=theme.MUTED)


def _title_slide(prs: Presentation, briefing: Briefing, today: date) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _band(slide)
    if briefing.organisation:  # none is built in: without one, no line for it
        _text(slide, MARGIN, Inches(2.0), WIDTH - 2 * MARGIN, Inches(0.6), briefing.organisation, 22,
              colour=theme.MUTED)
    _text(slide, MARGIN, Inches(2.7), WIDTH - 2 * MARGIN, Inches(1.2), briefing.title, 40, bold=True)
    _text(slide, MARGIN, Inches(3.9), WIDTH - 2 * MARGIN, Inches(0.6), briefing.period, 24)
    generated = t("briefing_generated", briefing.lang, date=fmt_date(today, briefing.lang))
    note = generated + (f" · {t('briefing_pseudonymised', briefing.lang)}" if briefing.pseudonymised else "")
    _text(slide, MARGIN, Inches(6.4), WIDTH - 2 * MARGIN, Inches(0.5), note, 12, colour=theme.MUTED)


def _kpi_slide(prs: Presentation, briefing: Briefing) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _band(slide)
    _text(slide, MARGIN, Inches(0.4), WIDTH - 2 * MARGIN, Inches(0.7), t("briefing_slide_kpis", briefing.lang),
          28, bold=True)
    count = len(briefing.tiles)
    gap = Inches(0.2)
    width = int((WIDTH - 2 * MARGIN - gap * (count - 1)) / count)
    previous = t("briefing_kpi_previous", briefing.lang)
    for index, tile in enumerate(briefing.tiles):
        left = MARGIN + index * (width + gap)
        box = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, left, Inches(1.35), width, Inches(1.8))
        box.fill.solid()
        box.fill.fore_color.rgb = _rgb(theme.SECONDARY_BACKGROUND)
        box.line.color.rgb = _rgb(theme.GRID)
        box.adjustments[0] = 0.08
        _text(slide, left + Inches(0.1), Inches(1.45), width - Inches(0.2), Inches(0.45), tile.label, 13,
              colour=theme.MUTED)
        # label, value, change and basis one below the other, inside the tile (1.35"–3.15")
        _text(slide, left + Inches(0.1), Inches(1.95), width - Inches(0.2), Inches(0.65), tile.text, 30, bold=True)
        if tile.delta:
            colour = theme.MUTED if no_change(tile.delta) else "#B3261E" if tile.delta.startswith("-") else "#007A4D"
            _text(slide, left + Inches(0.1), Inches(2.6), width - Inches(0.2), Inches(0.28),
                  f"{tile.delta} {previous}", 12, colour=colour, shrink=True)
        if tile.known:  # the posts a total rests on, under the change (or in its place)
            _text(slide, left + Inches(0.1), Inches(2.88 if tile.delta else 2.6), width - Inches(0.2),
                  Inches(0.25), tile.known, 11, colour=theme.MUTED, shrink=True)
    # The notes take the height their text needs above the footer; the summary the room left above
    # them, at the largest size that fits it: the boxes never overlap, whatever the texts' length.
    width = WIDTH - 2 * MARGIN
    notes = (*briefing.notes, *briefing.lacking)
    footer_top = HEIGHT - Inches(0.55)
    notes_top = footer_top
    if notes:
        notes_size = fitted_size([" ".join(notes)], width, Inches(1.6), NOTE_SIZES)
        notes_height = min(Inches(1.6), text_height([" ".join(notes)], notes_size, width))
        notes_top = footer_top - notes_height
        _text(slide, MARGIN, notes_top, width, notes_height, " ".join(notes), notes_size, colour=theme.MUTED,
              shrink=True)
    summary_top = Inches(3.45)
    summary_height = notes_top - Inches(0.1) - summary_top
    size = fitted_size(briefing.text, width, summary_height, SUMMARY_SIZES, PARAGRAPH_GAP)
    box = slide.shapes.add_textbox(MARGIN, summary_top, width, summary_height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # beyond the smallest size, the viewer shrinks it
    for index, sentence in enumerate(briefing.text):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.space_after = Pt(PARAGRAPH_GAP)
        run = paragraph.add_run()
        run.text = sentence
        run.font.size = Pt(size)
        run.font.name = "Arial"
        run.font.color.rgb = _rgb(theme.TEXT)
    _footer(slide, briefing)


def _add_chart(slide, chart: KeyChart, series: tuple[Series, ...], title: str | None,
               left: Emu, top: Emu, width: Emu, height: Emu) -> None:
    # A bar chart draws its first category at the bottom: reversed, the first group is on top, as on screen.
    order = slice(None, None, -1) if chart.kind == "bar" else slice(None)
    data = CategoryChartData(number_format=chart.number_format)
    data.categories = list(series[0].categories)[order]
    for one in series:
        data.add_series(one.name, list(one.values)[order], number_format=chart.number_format)
    graphic = slide.shapes.add_chart(CHART_TYPES[chart.kind], left, top, width, height, data).chart
    graphic.font.size = Pt(12)
    graphic.font.name = "Arial"
    graphic.has_title = bool(title)
    if title:
        graphic.chart_title.text_frame.text = title
        graphic.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(16)
        graphic.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
    graphic.has_legend = len(series) > 1
    if graphic.has_legend:
        graphic.legend.position = XL_LEGEND_POSITION.BOTTOM
        graphic.legend.include_in_layout = False
    graphic.value_axis.has_major_gridlines = True
    graphic.value_axis.major_gridlines.format.line.color.rgb = _rgb(theme.GRID)
    graphic.value_axis.tick_labels.number_format = chart.number_format
    graphic.value_axis.tick_labels.number_format_is_linked = False
    if chart.number_format == PERCENT_FORMAT:
        graphic.value_axis.maximum_scale = 1.0
    plot = graphic.plots[0]
    if chart.kind in ("column", "column_stacked", "bar"):
        plot.gap_width = 60
        plot.overlap = 100 if chart.kind == "column_stacked" else 0
    upright = chart.kind != "bar"  # categories along the bottom: as many named as fit the width
    plot_px = int(width) / EMU_PER_PX - VALUE_AXIS_PX
    if upright:
        _name_every(graphic, label_every(data.categories, plot_px, CATEGORY_FONT_PX))
    numbers = [_label_text(value, chart.number_format) for one in series for value in one.values]
    plot.has_data_labels = chart.kind != "column_stacked" and (
        not upright or bar_labels(numbers, plot_px, bars=len(data.categories), size=LABEL_FONT_PX) is not None)
    if plot.has_data_labels:
        labels = plot.data_labels
        labels.number_format = chart.number_format
        labels.number_format_is_linked = False
        labels.font.size = Pt(11)
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    for drawn, one in zip(plot.series, series, strict=True):
        drawn.format.fill.solid()
        drawn.format.fill.fore_color.rgb = _rgb(one.colour)
        for index, partial in enumerate(list(one.partial)[order]):  # a partial period, hatched as on screen
            if partial:
                fill = drawn.points[index].format.fill
                fill.patterned()
                fill.pattern = MSO_PATTERN_TYPE.WIDE_UPWARD_DIAGONAL
                fill.fore_color.rgb = _rgb(one.colour)
                fill.back_color.rgb = _rgb(theme.BACKGROUND)


def _name_every(graphic, every: int) -> None:
    """Name every ``every``-th category on the category axis (PowerPoint's own choice turns long
    labels sideways or lets them run together)."""
    if every <= 1:
        return
    for axis in graphic.element.xpath(".//c:catAx"):
        skip = OxmlElement("c:tickLblSkip")
        skip.set("val", str(every))
        following = [child for child in axis if child.tag in (qn("c:tickMarkSkip"), qn("c:noMultiLvlLbl"),
                                                               qn("c:extLst"))]
        if following:
            following[0].addprevious(skip)
        else:
            axis.append(skip)


def _label_text(value: float | None, number_format: str) -> str:
    """A data label as PowerPoint writes it, for measuring: '1.234', '45%'."""
    if value is None:
        return ""
    if number_format == PERCENT_FORMAT:
        return f"{round(value * 100)}%"
    return f"{round(value):,}"


def _chart_slide(prs: Presentation, briefing: Briefing, chart: KeyChart) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _band(slide)
    _text(slide, MARGIN, Inches(0.4), WIDTH - 2 * MARGIN, Inches(0.7), chart.title, 28, bold=True)
    top, height = Inches(1.3), HEIGHT - Inches(2.1)
    if chart.split:
        gap = Inches(0.3)
        width = int((WIDTH - 2 * MARGIN - gap) / len(chart.series))
        for index, one in enumerate(chart.series):
            _add_chart(slide, chart, (one,), one.name, MARGIN + index * (width + gap), top, width, height)
    else:
        # The slide title names the chart; a second title inside it would repeat it.
        _add_chart(slide, chart, chart.series, None, MARGIN, top, WIDTH - 2 * MARGIN, height)
    _footer(slide, briefing)


def _table(slide, rows: list[list[str]], left: Emu, top: Emu, width: Emu) -> None:
    height = Inches(0.32) * len(rows)
    shape = slide.shapes.add_table(len(rows), len(rows[0]), left, top, width, height)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(12)
                    run.font.name = "Arial"
                    run.font.bold = r == 0


def _goals_page_slide(prs: Presentation, briefing: Briefing) -> None:
    """Goals with their status (left) and the programme against the company page (right)."""
    lang = briefing.lang
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    _band(slide)
    _text(slide, MARGIN, Inches(0.4), WIDTH - 2 * MARGIN, Inches(0.7), t("briefing_slide_goals_page", lang), 28,
          bold=True)
    half = int((WIDTH - 2 * MARGIN - Inches(0.4)) / 2)
    columns = [MARGIN, MARGIN + half + Inches(0.4)] if briefing.goals and briefing.company_page else [MARGIN]
    width = half if len(columns) == 2 else WIDTH - 2 * MARGIN
    column = iter(columns)
    if briefing.goals:
        left = next(column)
        _text(slide, left, Inches(1.2), width, Inches(0.5), t("goals_title", lang), 18, bold=True)
        headers = [t(k, lang) for k in ("goals_col_goal", "goals_col_target", "goals_col_value", "goals_col_status")]
        _table(slide, [headers] + [[g["goal"], g["target"], g["value"], g["status"]] for g in briefing.goals],
               left, Inches(1.75), width)
        # below the table even when its cells wrap (PowerPoint grows the rows): room for six goals
        top = max(Inches(4.5), Inches(1.95) + Inches(0.5) * (len(briefing.goals) + 1))
        _text(slide, left, top, width, Inches(1.9), briefing.goals_rule, 9, colour=theme.MUTED)
    if briefing.company_page:
        left = next(column)
        _text(slide, left, Inches(1.2), width, Inches(0.5), t("page_title", lang), 18, bold=True)
        _text(slide, left, Inches(1.7), width, Inches(1.6), " ".join(briefing.company_page), 13)
        if briefing.company_table:
            headers = [t(k, lang) for k in ("page_col_measure", "page_col_programme", "page_col_page",
                                            "page_col_ratio")]
            _table(slide, [headers] + [[r["measure"], r["programme"], r["page"], r["ratio"]]
                                       for r in briefing.company_table], left, Inches(3.5), width)
    _footer(slide, briefing)


def render(briefing: Briefing, today: date | None = None) -> bytes:
    """The .pptx file as bytes."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    prs.core_properties.title = " – ".join(part for part in (briefing.organisation, briefing.title) if part)
    prs.core_properties.language = "de-DE" if briefing.lang == "de" else "en-GB"
    _title_slide(prs, briefing, today or date.today())
    _kpi_slide(prs, briefing)
    # Only charts with data (content.build leaves the others out and says why on the key-figure slide).
    for chart in briefing.charts:
        if chart.has_data:
            _chart_slide(prs, briefing, chart)
    if briefing.goals or briefing.company_page:
        _goals_page_slide(prs, briefing)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()

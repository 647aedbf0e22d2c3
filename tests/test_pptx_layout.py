"""The PowerPoint's text boxes never overlap, whatever the length of the texts: on every slide, for
the demo's briefing, one with a single short sentence and one with a very long summary and notes."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import MSO_AUTO_SIZE
from test_briefing import briefing_of

from analytics.briefing import pptx
from analytics.filters import Filters

SENTENCE = "Von Januar bis Juni 2023 haben 16 Corporate Influencer 326 Beiträge veröffentlicht. "
NOTE = "Keine Daten für 04/2024–12/2025: kein Import deckt diese Monate ab. "


def _boxes(slide) -> list[tuple[str, int, int, int, int]]:
    """Every text box and tile of a slide: its text and its rectangle (left, top, right, bottom)."""
    return [(shape.text_frame.text[:30], shape.left, shape.top, shape.left + shape.width, shape.top + shape.height)
            for shape in slide.shapes if shape.has_text_frame and shape.text_frame.text.strip()]


def _overlaps(slide) -> list[tuple[str, str]]:
    """Pairs of text boxes whose rectangles overlap, leaving out a text inside its tile."""
    boxes, found = _boxes(slide), []
    for index, (text_a, *a) in enumerate(boxes):
        for text_b, *b in boxes[index + 1:]:
            inside = (a[0] <= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] >= b[3]) or \
                     (b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3])
            if not inside and min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1]):
                found.append((text_a, text_b))
    return found


@pytest.mark.parametrize(("summary", "notes"), [
    ((SENTENCE,), ()),                              # one short sentence, no notes
    (None, None),                                   # the demo as it is
    ((SENTENCE * 4,) * 3, (NOTE * 6,)),             # a long summary (1,000 characters) and long notes
])
def test_text_boxes_never_overlap(demo_db: Path, summary, notes) -> None:
    briefing = briefing_of(demo_db, Filters())
    if summary is not None:  # and every tile with a change and the posts it rests on
        tiles = tuple(replace(tile, delta="+12,5 %", known="20 von 27 Beiträgen") for tile in briefing.tiles)
        briefing = replace(briefing, text=summary, notes=notes, tiles=tiles)
    deck = Presentation(io.BytesIO(pptx.render(briefing)))
    for number, slide in enumerate(deck.slides, start=1):
        assert _overlaps(slide) == [], number
    # the summary's text fits its box at the size chosen for it, from 17 pt down to 12 pt
    summary_box = next(shape for shape in deck.slides[1].shapes
                       if shape.has_text_frame and shape.text_frame.text.startswith(briefing.text[0][:20]))
    size = summary_box.text_frame.paragraphs[0].runs[0].font.size.pt
    assert pptx.text_height(briefing.text, int(size), summary_box.width, pptx.PARAGRAPH_GAP) <= summary_box.height
    assert (size == 17) == (len(" ".join(briefing.text)) < 600)  # smaller only when the text is long


def test_a_summary_beyond_any_size_is_shrunk_by_the_viewer(demo_db: Path) -> None:
    briefing = replace(briefing_of(demo_db, Filters()), text=(SENTENCE * 40,), notes=(NOTE * 30,))
    slide = Presentation(io.BytesIO(pptx.render(briefing))).slides[1]
    assert _overlaps(slide) == []
    shrunk = [shape.text_frame.auto_size for shape in slide.shapes if shape.has_text_frame
              and shape.text_frame.text.startswith((SENTENCE[:20], NOTE[:20]))]
    assert shrunk == [MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE] * 2


def test_text_height_estimate() -> None:
    """100 characters of 10 pt Arial in a 5-inch box: 0.55 × 10 pt a character, 4.8 inch of room,
    62 characters a line, 2 lines of 12 pt, plus the insets (0.1 inch)."""
    assert pptx.text_height(["x" * 100], 10, 5 * 914400) == int(24 * 12700) + 91440

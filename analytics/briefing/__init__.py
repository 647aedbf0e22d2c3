"""The management briefing: content built once (:mod:`.content`), rendered as HTML and PowerPoint."""

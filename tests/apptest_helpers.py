"""Helpers for reading what an AppTest run shows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def texts(at: AppTest) -> str:
    """Everything an AppTest run shows as text (markdown, captions, titles, alerts, metrics)."""
    parts: list[str] = []
    for group in (at.title, at.header, at.subheader, at.markdown, at.caption, at.info, at.warning,
                  at.error, at.success):
        parts.extend(str(element.value) for element in group)
    for metric in at.metric:
        parts.append(f"{metric.label}: {metric.value}")
    return "\n".join(parts)

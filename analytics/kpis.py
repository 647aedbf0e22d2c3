"""KPI tiles with their change against the previous period, for the overview page and the briefing.

A total is a sum over the posts where its figure is known: a member export gives engagements
without reactions, comments and reposts, a controlling sheet may lack impressions. Each tile of
a total therefore says how many of the period's posts it rests on when that is fewer than all
("1.219 · 20 von 27 Beiträgen"), and the notes beside the figures (:func:`engagement_note`) say
what the engagements are made of for exactly these posts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from analytics.i18n import fmt_change, fmt_number, fmt_percent, t

# the figures of :func:`analytics.queries.overview.kpis` that count the posts each value rests on
KNOWN_COUNTS = {
    "reactions": "known_reactions", "comments": "known_comments", "reposts": "known_reposts",
    "impressions": "known_impressions", "engagements": "known_engagements", "engagement_rate": "posts_with_rate",
}


@dataclass(frozen=True)
class Tile:
    """One KPI: label, value in the locale, change against the previous period ('+12', '-0,4 Pp.')
    and, for a value resting on only some of the period's posts, how many ('20 von 27 Beiträgen')."""

    key: str
    label: str
    value: float | int | None
    text: str
    delta: str | None
    help: str | None = None
    known: str | None = None


def format_value(value: float | None, lang: str, kind: str = "int") -> str:
    """A tile value in the user's locale ('1.234', '4,1 %')."""
    if kind == "percent":
        return fmt_percent(value, lang, 1)
    return fmt_number(value, lang)


def known_posts(figures: Mapping[str, Any], key: str) -> int | None:
    """How many of the period's posts ``key`` rests on; None for a figure every post has (posts, people)."""
    column = KNOWN_COUNTS.get(key)
    return None if column is None or figures.get(column) is None else int(figures[column])


def partial(figures: Mapping[str, Any], key: str) -> bool:
    """True when ``key`` is known for fewer than all of the period's posts."""
    known = known_posts(figures, key)
    return known is not None and known < int(figures["posts"] or 0)


def known_text(figures: Mapping[str, Any], key: str, lang: str) -> str | None:
    """'20 von 27 Beiträgen' when ``key`` rests on fewer than all posts, else None."""
    if not partial(figures, key):
        return None
    return t("kpi_known", lang, known=fmt_number(known_posts(figures, key), lang),
             posts=fmt_number(int(figures["posts"]), lang))


def with_known(text: str, figures: Mapping[str, Any], key: str, lang: str) -> str:
    """A value as a table or a sentence writes it: '2.210' or '2.210 · 26 von 27 Beiträgen'."""
    known = known_text(figures, key, lang)
    return f"{text} · {known}" if known else text


def _change(key: str, kind: str, current: Mapping[str, Any], compare: Mapping[str, Any] | None,
            lang: str) -> tuple[str | None, str | None]:
    """The change and, when none is shown although there is a previous period, why not.

    Two sums over different shares of their posts are no change: "+300 reactions" may only
    mean that more posts came with reactions. Rates compare as they are: each is pooled over
    the posts that have both of its figures.
    """
    if compare is None:
        return None, None
    if kind != "percent" and (partial(current, key) or partial(compare, key)):
        return None, t("kpi_no_change_partial", lang,
                       now=fmt_number(known_posts(current, key), lang), posts=fmt_number(current["posts"], lang),
                       before=fmt_number(known_posts(compare, key), lang),
                       before_posts=fmt_number(compare["posts"], lang))
    return fmt_change(current[key], compare[key], lang, percent=kind == "percent"), None


def kpi_tiles(current: Mapping[str, Any], previous: Mapping[str, Any] | None,
              rows: Sequence[tuple[str, str, str, str | None]], lang: str) -> tuple[Tile, ...]:
    """One tile per row ``(key, label key, kind, help)``; ``kind`` is 'int' or 'percent'.

    No change is shown against a previous period without any posts: "+326" would mislead; nor
    for a total known for only part of the posts in either period (the help says why).
    """
    compare = previous if previous and previous["posts"] else None
    tiles = []
    for key, label, kind, help_text in rows:
        value = current[key]
        delta, why_not = _change(key, kind, current, compare, lang)
        help_text = " ".join(part for part in (help_text, why_not) if part) or None
        tiles.append(Tile(key=key, label=t(label, lang), value=value, text=format_value(value, lang, kind),
                          delta=delta, help=help_text, known=known_text(current, key, lang)))
    return tuple(tiles)


def engagements_definition(figures: Mapping[str, Any], lang: str) -> str:
    """What the engagements beside it are made of, true of exactly these posts.

    ``figures`` are :func:`analytics.queries.overview.kpis` (or any mapping with ``posts``,
    ``known_engagements`` and ``posts_with_breakdown``): where some posts' engagements are
    LinkedIn's total without a breakdown, it says so and for how many; where some posts have
    none, that they are not in the total.
    """
    posts = int(figures["posts"] or 0)
    known = int(figures["known_engagements"] or 0)
    totals_only = known - int(figures["posts_with_breakdown"] or 0)
    parts = [t("def_engagements_mixed", lang, n=fmt_number(totals_only, lang)) if totals_only > 0
             else t("def_engagements", lang)]
    if known < posts:
        parts.append(t("def_engagements_unknown", lang, n=fmt_number(posts - known, lang),
                       posts=fmt_number(posts, lang)))
    return " ".join(parts)


def engagement_note(figures: Mapping[str, Any], lang: str) -> str:
    """The engagements' definition (:func:`engagements_definition`) and the engagement rate's,
    with the posts it rests on (``posts_with_rate``: both figures known)."""
    posts, with_rate = int(figures["posts"] or 0), int(figures["posts_with_rate"] or 0)
    rate = (t("def_rate_all", lang, n=fmt_number(with_rate, lang)) if with_rate == posts else
            t("def_rate", lang, n=fmt_number(with_rate, lang), posts=fmt_number(posts, lang)))
    return f"{engagements_definition(figures, lang)} {rate}"

"""The programme against the company page, for the same period (posts, impressions, engagements, rate).

The page's posts are in ``page_posts`` (its content export), never in ``posts``; the programme's
figures are the overview's (:func:`analytics.queries.overview.kpis`) for the same selection.
Engagements and the pooled engagement rate are computed the same way on both sides.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import duckdb

from analytics.filters import Filters
from analytics.i18n import fmt_date, fmt_number, fmt_percent, t
from analytics.kpis import engagements_definition, partial, with_known
from analytics.queries import ENGAGEMENTS, HAS_RATE, POOLED_RATE, impact, one, overview

HAS_PAGE_POSTS = "SELECT count(*) AS n, CAST(min(published_at) AS DATE) AS first, " \
                 "CAST(max(published_at) AS DATE) AS last FROM page_posts"

PAGE_KPIS = f"""
SELECT count(*) AS posts,
       sum(p.impressions) AS impressions,
       sum({ENGAGEMENTS}) AS engagements,
       {POOLED_RATE} AS engagement_rate,
       count(*) FILTER (WHERE p.impressions > 0) AS posts_with_impressions,
       count(*) FILTER (WHERE {HAS_RATE}) AS posts_with_rate,
       count(p.impressions) AS known_impressions,
       count({ENGAGEMENTS}) AS known_engagements
FROM (SELECT *, NULL::INTEGER AS engagements_total FROM page_posts) p
WHERE {{where}}
"""  # noqa: S608 - fixed fragments

PROGRAMME_WITH_IMPRESSIONS = """
SELECT count(*) FILTER (WHERE p.impressions > 0) AS n
FROM posts p JOIN influencers i USING (influencer_id) WHERE {where}
"""


def page_range(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """How many page posts the workspace holds, and their first and last day."""
    return one(cur, HAS_PAGE_POSTS)


def has_page_posts(cur: duckdb.DuckDBPyConnection) -> bool:
    """True when the company page's content export is in the workspace."""
    return bool(page_range(cur)["n"])


def page_kpis(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any]:
    """The page's posts, impressions, engagements and pooled rate in the selection's period."""
    where, params = filters.period_where("p.published_at")
    row = one(cur, PAGE_KPIS.format(where=where), params)
    for key in ("impressions", "engagements"):
        if row[key] is None and not row["posts"]:
            row[key] = 0
        elif row[key] is not None:
            row[key] = int(row[key])
    for key in ("posts", "posts_with_impressions", "posts_with_rate", "known_impressions", "known_engagements"):
        row[key] = int(row[key] or 0)
    if row["engagement_rate"] is not None:
        row["engagement_rate"] = float(row["engagement_rate"])
    return row


def comparison(cur: duckdb.DuckDBPyConnection, filters: Filters) -> dict[str, Any] | None:
    """Programme and page side by side for the selection's period; None without page posts."""
    held = page_range(cur)
    if not held["n"]:
        return None
    filters = same_period(cur, filters, held)
    programme = overview.kpis(cur, filters)
    where, params = filters.post_where()
    programme_known = int(one(cur, PROGRAMME_WITH_IMPRESSIONS.format(where=where), params)["n"] or 0)
    return {
        "programme": {
            "posts": int(programme["posts"]), "impressions": programme["impressions"],
            "engagements": programme["engagements"],
            "engagement_rate": None if programme["engagement_rate"] is None else float(programme["engagement_rate"]),
            "posts_with_impressions": programme_known, "influencers": int(programme["influencers"]),
            **{key: int(programme[key]) for key in ("known_impressions", "known_engagements", "posts_with_rate",
                                                    "posts_with_breakdown")},
            "follower_growth": impact.follower_growth(cur, filters)["growth"],
        },
        "page": {**page_kpis(cur, filters), "follower_growth": impact.page_follower_growth(cur, filters)["growth"]},
        "first": held["first"], "last": held["last"], "start": filters.start, "end": filters.end,
    }


def same_period(cur: duckdb.DuckDBPyConnection, filters: Filters, held: dict[str, Any]) -> Filters:
    """The selection's period; an open end closed to where both the programme's and the page's posts are."""
    if filters.start and filters.end:
        return filters
    first, last = overview.data_range(cur)
    starts = [day for day in (first, held["first"]) if day]
    ends = [day for day in (last, held["last"]) if day]
    return filters.with_period(filters.start or max(starts), filters.end or min(ends))


def summary(cur: duckdb.DuckDBPyConnection, start: date | None, end: date | None) -> dict[str, Any] | None:
    """``company_page`` of the command-line summary: posts, impressions, engagements, engagement_rate."""
    if not has_page_posts(cur):
        return None
    row = page_kpis(cur, Filters(start=start, end=end))
    rate = row["engagement_rate"]
    return {"posts": row["posts"], "impressions": row["impressions"], "engagements": row["engagements"],
            "engagement_rate": None if rate is None else round(rate, 6)}


# ---------------------------------------------------------------- words
def ratio_text(programme: float, page: float, lang: str) -> tuple[str, float]:
    """('2,4', 2.4): how many times the page's figure the programme's is, one decimal."""
    ratio = programme / page
    return fmt_number(ratio, lang, 1), ratio


def sentences(numbers: dict[str, Any], lang: str) -> list[str]:
    """The comparison in words, built only from the numbers (impressions where both sides know them)."""
    programme, page = numbers["programme"], numbers["page"]
    if not page["posts"]:
        return [t("page_none_in_period", lang, first=fmt_date(numbers["first"], lang),
                  last=fmt_date(numbers["last"], lang))]
    n = programme["influencers"]
    who = t("page_who_one", lang) if n == 1 else t("page_who_other", lang, n=fmt_number(n, lang))
    out = [t("page_posts_sentence", lang, programme=fmt_number(programme["posts"], lang),
             page=fmt_number(page["posts"], lang))]
    both_known = (programme["posts_with_impressions"] and page["posts_with_impressions"]
                  and programme["impressions"] and page["impressions"])
    what, words_key = ("impressions", "page_what_impressions") if both_known else (
        "engagements", "page_what_engagements")
    note = None
    if not both_known:
        note = t("page_no_impressions", lang, programme=fmt_number(programme["posts_with_impressions"], lang),
                 programme_posts=fmt_number(programme["posts"], lang),
                 page=fmt_number(page["posts_with_impressions"], lang), page_posts=fmt_number(page["posts"], lang))
    elif programme["posts_with_impressions"] < programme["posts"] or page["posts_with_impressions"] < page["posts"]:
        note = t("page_partial_impressions", lang, programme=fmt_number(programme["posts_with_impressions"], lang),
                 programme_posts=fmt_number(programme["posts"], lang),
                 page=fmt_number(page["posts_with_impressions"], lang), page_posts=fmt_number(page["posts"], lang))
    mine, theirs = programme[what], page[what]
    if mine and theirs:
        words = t(words_key, lang)
        text, ratio = ratio_text(mine, theirs, lang)
        if ratio >= 1:
            out.append(t("page_times_one" if n == 1 else "page_times", lang, who=who, ratio=text, what=words))
        else:
            out.append(t("page_share_one" if n == 1 else "page_share", lang, who=who,
                         share=fmt_percent(mine / theirs, lang, 0), what=words))
    if note:
        out.append(note)
    if what == "engagements" and (partial(programme, "engagements") or partial(page, "engagements")):
        out.append(t("page_partial_engagements", lang, programme=fmt_number(programme["known_engagements"], lang),
                     programme_posts=fmt_number(programme["posts"], lang),
                     page=fmt_number(page["known_engagements"], lang), page_posts=fmt_number(page["posts"], lang)))
    out.append(t("page_rates_sentence", lang, programme=fmt_percent(programme["engagement_rate"], lang, 1),
                 page=fmt_percent(page["engagement_rate"], lang, 1)))
    if page["follower_growth"] is not None:
        out.append(t("page_followers_sentence", lang, programme=_signed(programme["follower_growth"], lang),
                     page=_signed(page["follower_growth"], lang)))
    return out


def notes(numbers: dict[str, Any], lang: str) -> str:
    """What the compared figures are: the programme's engagements as they are made up in the
    period (:func:`analytics.kpis.engagements_definition`) and the rate's rule for both sides."""
    return f"{engagements_definition(numbers['programme'], lang)} {t('page_rate_rule', lang)}"


def _signed(value: int | None, lang: str) -> str:
    if value is None:
        return t("page_unknown", lang)
    return ("+" if value > 0 else "") + fmt_number(value, lang)


# the table's rows: each figure with its name for people
ROW_TEXT_KEYS = {"posts": "page_row_posts", "impressions": "page_row_impressions",
                 "engagements": "page_row_engagements", "engagement_rate": "page_row_engagement_rate",
                 "follower_growth": "page_row_follower_growth"}


def table(numbers: dict[str, Any], lang: str) -> list[dict[str, str]]:
    """Rows measure / programme / page / programme ÷ page, as texts; a figure known for only some
    of a side's posts says for how many ('2.210 · 26 von 27 Beiträgen')."""
    programme, page = numbers["programme"], numbers["page"]
    rows = []
    for key, measure in ROW_TEXT_KEYS.items():
        mine, theirs = programme.get(key), page.get(key)
        if key == "follower_growth" and page.get(key) is None:
            continue
        if key == "engagement_rate":
            shown = (fmt_percent(mine, lang, 1), fmt_percent(theirs, lang, 1))
        elif key == "follower_growth":
            shown = (_signed(mine, lang), _signed(theirs, lang))
        else:
            shown = (fmt_number(mine, lang), fmt_number(theirs, lang))
        shown = (with_known(shown[0], programme, key, lang), with_known(shown[1], page, key, lang))
        ratio = "–"
        if mine is not None and theirs and key != "follower_growth":
            ratio = fmt_number(mine / theirs, lang, 1) + "×"
        rows.append({"measure": t(measure, lang), "programme": shown[0], "page": shown[1], "ratio": ratio})
    return rows

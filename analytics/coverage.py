"""What kinds of data the workspace holds at all.

A chart that is empty can be empty for two reasons: the selection (period, people) holds
nothing, or the workspace has no data of that kind at all – a controlling sheet without post
texts, a file with dates but no times, no outcomes ever recorded. The first is "Keine Daten für
diese Auswahl"; the second needs one sentence saying what is missing and which file brings it,
instead of an empty frame. :func:`workspace` answers the second question for every page, and
:func:`missing` gives that sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from analytics.i18n import t

# each kind of data, with the sentence saying what is missing and which file brings it
MISSING_TEXT_KEYS = {
    "texts": "coverage_no_texts", "times": "coverage_no_times", "media": "coverage_no_media",
    "topics": "coverage_no_topics", "impressions": "coverage_no_impressions", "roster": "coverage_no_roster",
    "outcomes": "coverage_no_outcomes",
}
KINDS = tuple(MISSING_TEXT_KEYS)

COVERAGE = """
SELECT
    (SELECT count(*) FROM posts)                                                       AS posts,
    (SELECT count(*) FROM posts WHERE text IS NOT NULL OR text_length IS NOT NULL)     AS texts,
    (SELECT count(*) FROM posts WHERE has_time)                                        AS times,
    (SELECT count(*) FROM posts WHERE media_type IS NOT NULL)                          AS media,
    (SELECT count(*) FROM posts WHERE topic IS NOT NULL)                               AS topics,
    (SELECT count(*) FROM posts WHERE impressions IS NOT NULL)                         AS impressions,
    (SELECT count(*) FROM influencers WHERE in_roster)                                 AS roster,
    (SELECT count(*) FROM outcomes)                                                    AS outcomes
"""


@dataclass(frozen=True)
class Coverage:
    """How many rows of each kind the workspace holds (posts with a text, with a time …)."""

    posts: int
    texts: int
    times: int
    media: int
    topics: int
    impressions: int
    roster: int
    outcomes: int

    def lacks(self, kind: str) -> bool:
        """True when the workspace has posts but none of them (or no row at all) of ``kind``.

        An empty workspace lacks nothing in particular: it lacks everything, and the pages say so.
        """
        counts = {"texts": self.texts, "times": self.times, "media": self.media, "topics": self.topics,
                  "impressions": self.impressions, "roster": self.roster, "outcomes": self.outcomes}
        if kind not in counts:
            raise ValueError(f"unknown kind of data: {kind}")
        return self.posts > 0 and counts[kind] == 0


def workspace(cur: duckdb.DuckDBPyConnection) -> Coverage:
    """The counts over the whole workspace, whatever the selection."""
    row = cur.execute(COVERAGE).fetchone()
    return Coverage(*(int(value) for value in row))


def missing(kind: str, lang: str) -> str:
    """One sentence: what is missing, what it is needed for, which file brings it (only files
    that do: a member export brings impressions and engagements, never a text, media type or topic)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of data: {kind}")
    return t(MISSING_TEXT_KEYS[kind], lang)

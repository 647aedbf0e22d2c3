"""The demo cohort: load the committed CSVs in data/demo/ into a workspace (no Streamlit here).

Demo rows carry ``is_demo = TRUE`` and are replaced as a whole on every load; rows from real
imports are never touched.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from analytics import programme, store
from analytics.errors import CockpitError
from analytics.people import age_band_from_birth_year, normalise_name
from analytics.post_text import ends_with_question, text_length

DEMO_DIR = store.ROOT / "data" / "demo"
REFERENCE_YEAR = 2023  # ages of the demo cohort are those during the pilot

FILES = {
    "influencers": {
        "name": "VARCHAR", "birth_year": "INTEGER", "gender": "VARCHAR", "profession": "VARCHAR",
        "department": "VARCHAR", "experience": "VARCHAR", "joined_on": "DATE", "cohort": "VARCHAR",
    },
    "applicants": {
        "name": "VARCHAR", "birth_year": "INTEGER", "gender": "VARCHAR", "profession": "VARCHAR",
        "department": "VARCHAR", "experience": "VARCHAR", "cohort": "VARCHAR", "selected": "VARCHAR",
    },
    "posts": {
        "activity_id": "VARCHAR", "author": "VARCHAR", "published_at": "TIMESTAMP", "url": "VARCHAR",
        "text": "VARCHAR", "media_type": "VARCHAR", "reactions": "INTEGER", "comments": "INTEGER",
        "reposts": "INTEGER", "impressions": "INTEGER", "clicks": "INTEGER", "topic": "VARCHAR",
    },
    "outcomes": {"occurred_on": "DATE", "type": "VARCHAR", "person": "VARCHAR", "note": "VARCHAR",
                 "post_activity_id": "VARCHAR"},
    "followers": {"author": "VARCHAR", "day": "DATE", "followers": "INTEGER"},
    # #16: the city's company page (content and followers exports) and the programme's goals
    "page_posts": {
        "activity_id": "VARCHAR", "published_at": "TIMESTAMP", "url": "VARCHAR", "text": "VARCHAR",
        "reactions": "INTEGER", "comments": "INTEGER", "reposts": "INTEGER", "impressions": "INTEGER",
        "clicks": "INTEGER",
    },
    "page_followers": {"day": "DATE", "followers": "INTEGER", "new_followers": "INTEGER"},
    "goals": {"metric": "VARCHAR", "target": "DOUBLE", "period_start": "DATE", "period_end": "DATE"},
}


def _read(cur: duckdb.DuckDBPyConnection, directory: Path, name: str) -> pd.DataFrame:
    """One demo CSV with explicit column types (the file path goes in as a parameter)."""
    path = directory / f"{name}.csv"
    if not path.is_file():
        raise CockpitError("demo_missing", path=str(directory))
    return cur.execute(
        "SELECT * FROM read_csv(?, header = true, delim = ',', quote = '\"', escape = '\"', "
        "auto_detect = false, columns = ?)",
        [str(path), FILES[name]],
    ).df()


def _key_of(names: pd.Series) -> pd.Series:
    return names.map(lambda value: normalise_name(value) if isinstance(value, str) else None)


def _age_bands(birth_years: pd.Series) -> pd.Series:
    return birth_years.map(
        lambda year: None if pd.isna(year) else age_band_from_birth_year(int(year), REFERENCE_YEAR)
    )


def _insert(cur: duckdb.DuckDBPyConnection, frame: pd.DataFrame, sql: str, import_id: int) -> int:
    """Run ``sql`` (selecting from ``demo_frame``, with ``?`` for the import id) over ``frame``."""
    cur.register("demo_frame", frame)
    try:
        cur.execute(sql, [import_id])
    finally:
        cur.unregister("demo_frame")
    return len(frame)


# The Munich pilot ran January to June 2023: the demo brings it as a phase (analytics.programme).


def load_demo(cur: duckdb.DuckDBPyConnection, directory: Path | None = None) -> dict[str, int]:
    """Replace the demo data with the CSVs in ``directory`` (default :data:`DEMO_DIR`).

    All-or-nothing: on any error (for example a real roster person with a demo person's name,
    ``demo_conflict``) the workspace stays as it was. Returns the rows inserted per table.
    """
    directory = Path(directory) if directory is not None else DEMO_DIR
    frames = {name: _read(cur, directory, name) for name in FILES}
    counts: dict[str, int] = {}
    with store.transaction(cur):
        store.clear_demo(cur)
        import_id = cur.execute(
            "INSERT INTO imports (file_name, format, kind) VALUES ('data/demo', 'demo', 'demo') "
            "RETURNING import_id"
        ).fetchone()[0]

        people = frames["influencers"].copy()
        people["name_key"] = _key_of(people["name"])
        people["age_band"] = _age_bands(people["birth_year"])
        clashes = cur.execute(
            "SELECT name FROM influencers WHERE name_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY name",
            [people["name_key"].tolist()],
        ).fetchall()
        if clashes:
            raise CockpitError("demo_conflict", names=", ".join(row[0] for row in clashes))
        counts["influencers"] = _insert(
            cur, people,
            """
            INSERT INTO influencers (name, name_key, birth_year, age_band, gender, profession,
                department, experience, joined_on, cohort, in_roster, is_demo, import_id)
            SELECT name, name_key, birth_year, age_band, gender, profession, department, experience,
                CAST(joined_on AS DATE), cohort, TRUE, TRUE, ?
            FROM demo_frame
            """,
            import_id,
        )
        ids = dict(
            cur.execute("SELECT name_key, influencer_id FROM influencers WHERE is_demo").fetchall()
        )

        def person_ids(names: pd.Series, *, required: bool) -> pd.Series:
            found = _key_of(names).map(ids)
            missing = names[found.isna() & names.notna() & (names.fillna("") != "")]
            if required and not missing.empty:
                raise ValueError(f"demo data names people not in the demo roster: {sorted(set(missing))}")
            return found.astype("Int64")

        posts = frames["posts"].copy()
        posts["influencer_id"] = person_ids(posts["author"], required=True)
        posts["text_length"] = posts["text"].map(text_length).astype("Int64")
        posts["ends_with_question"] = posts["text"].map(ends_with_question).astype("boolean")
        counts["posts"] = _insert(
            cur, posts,
            """
            INSERT INTO posts (post_key, influencer_id, published_at, has_time, url, text,
                text_length, ends_with_question, media_type, reactions, comments, reposts,
                impressions, clicks, topic, is_demo, import_id)
            SELECT 'li:' || activity_id, influencer_id, CAST(published_at AS TIMESTAMP), TRUE, url,
                text, text_length, ends_with_question, media_type, reactions, comments, reposts,
                impressions, clicks, topic, TRUE, ?
            FROM demo_frame
            """,
            import_id,
        )

        applicants = frames["applicants"].copy()
        applicants["name_key"] = _key_of(applicants["name"])
        applicants["age_band"] = _age_bands(applicants["birth_year"])
        applicants["is_selected"] = applicants["selected"].str.strip().str.lower().isin(["yes", "ja", "true", "1"])
        counts["applicants"] = _insert(
            cur, applicants,
            """
            INSERT INTO applicants (name, name_key, birth_year, age_band, gender, profession,
                department, experience, cohort, selected, is_demo, import_id)
            SELECT name, name_key, birth_year, age_band, gender, profession, department, experience,
                cohort, is_selected, TRUE, ?
            FROM demo_frame
            """,
            import_id,
        )

        outcomes = frames["outcomes"].copy()
        outcomes["influencer_id"] = person_ids(outcomes["person"], required=True)
        counts["outcomes"] = _insert(
            cur, outcomes,
            """
            INSERT INTO outcomes (occurred_on, type, influencer_id, note, post_id, is_demo, import_id)
            SELECT CAST(occurred_on AS DATE), type, influencer_id, note,
                (SELECT p.post_id FROM posts p WHERE p.is_demo AND p.post_key = 'li:' || post_activity_id), TRUE, ?
            FROM demo_frame
            """,
            import_id,
        )

        followers = frames["followers"].copy()
        followers["influencer_id"] = person_ids(followers["author"], required=True)
        counts["follower_counts"] = _insert(
            cur, followers,
            """
            INSERT INTO follower_counts (influencer_id, day, followers, new_followers, is_demo,
                import_id)
            SELECT influencer_id, CAST(day AS DATE), followers,
                followers - lag(followers) OVER (PARTITION BY influencer_id ORDER BY day),
                TRUE, ?
            FROM demo_frame
            """,
            import_id,
        )

        counts.update(_load_page_and_goals(cur, frames, import_id))

        total = sum(counts.values())
        cur.execute(
            "UPDATE imports SET rows = ?, inserted = ? WHERE import_id = ?", [total, total, import_id]
        )
        programme.add_demo_phase(cur)
        store.set_meta(cur, "demo_dismissed", None)
    return counts


def _load_page_and_goals(cur: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame],
                         import_id: int) -> dict[str, int]:
    """The demo's company-page posts and followers, and its goals; real page data of the same key wins."""
    counts = {}
    counts["page_posts"] = _insert(
        cur, frames["page_posts"],
        """
        INSERT OR IGNORE INTO page_posts (post_key, published_at, url, text, reactions, comments, reposts,
            impressions, clicks, is_demo, import_id)
        SELECT 'li:' || activity_id, published_at, url, text, reactions, comments, reposts, impressions, clicks,
            TRUE, ?
        FROM demo_frame
        """,
        import_id,
    )
    counts["page_followers"] = _insert(
        cur, frames["page_followers"],
        "INSERT OR IGNORE INTO page_followers (day, followers, new_followers, import_id) "
        "SELECT day, followers, new_followers, ? FROM demo_frame",
        import_id,
    )
    counts["goals"] = _insert(
        cur, frames["goals"],
        "INSERT INTO goals (metric, target, period_start, period_end, is_demo) "
        "SELECT metric, target, period_start, period_end, TRUE FROM demo_frame WHERE ? IS NOT NULL",
        import_id,
    )
    return counts


def ensure_demo_if_empty(con: duckdb.DuckDBPyConnection) -> bool:
    """Load the demo into an empty workspace unless the user removed it once; True when it did."""
    with store.cursor(con) as cur:
        if not store.is_empty(cur) or store.get_meta(cur, "demo_dismissed"):
            return False
        load_demo(cur)
        return True

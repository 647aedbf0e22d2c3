"""Importing the files programme leads have: controlling sheets, LinkedIn exports, rosters.

The import page and ``python -m analytics import`` use only what this module exports:

- :func:`detect` — what a file is (format, kind, headers, mapping, preview, proposed author);
- :func:`import_file` — import one file in one transaction (``dry_run`` for a preview);
- :func:`import_paths` — several files, each on its own (``author_from_file_name`` for a batch);
- :class:`ImportPlan` — one file's way in (detect → mapping, author, required columns →
  dry run → commit), :func:`plan_batch` for several;
- the registry of formats :data:`REGISTRY` (:class:`Format`), :func:`needs_author`,
  :func:`required_missing`; the kinds of rows an import brings are in :mod:`analytics.ingest.kinds`;
- the history: :func:`import_history` (:func:`counts_words` says each import's counts in its
  kinds' words), :func:`last_undoable_import`, :func:`undo_last_import`;
- the demo: :func:`load_demo`, :func:`remove_demo`, :func:`has_demo`, :func:`ensure_demo_if_empty`,
  :func:`holds_nothing`;
- :func:`save_mapping`, :func:`run_import_cli`;
- :func:`step_label` — the translated text of a progress step ``import_file`` reports;
- :data:`AUTHOR_FORMATS` (formats that need an author), :data:`TABLE_FORMATS` (formats with a
  column mapping) and the canonical columns :data:`POST_COLUMNS`, :data:`PEOPLE_COLUMNS`,
  :data:`OUTCOME_COLUMNS` (all of them: :data:`ALL_COLUMNS`).
"""

from analytics.ingest.columns import ALL_COLUMNS, OUTCOME_COLUMNS, PEOPLE_COLUMNS, POST_COLUMNS
from analytics.ingest.core import (
    STEPS,
    FileReport,
    detect,
    import_file,
    match_roster_name,
    save_mapping,
    saved_mapping,
    step_label,
)
from analytics.ingest.demo import ensure_demo_if_empty, has_demo, holds_nothing, load_demo, remove_demo
from analytics.ingest.formats import AUTHOR_FORMATS, REGISTRY, TABLE_FORMATS, Format, needs_author, required_missing
from analytics.ingest.history import counts_words, import_history, last_undoable_import, undo_last_import
from analytics.ingest.notices import attribute_lines, report_lines
from analytics.ingest.plan import ImportPlan, import_paths, plan_batch, run_import_cli
from analytics.ingest.sources import MAX_UPLOAD_MB, Detected, max_upload_mb

__all__ = [
    "ALL_COLUMNS",
    "AUTHOR_FORMATS",
    "MAX_UPLOAD_MB",
    "OUTCOME_COLUMNS",
    "PEOPLE_COLUMNS",
    "POST_COLUMNS",
    "STEPS",
    "TABLE_FORMATS",
    "REGISTRY",
    "Detected",
    "FileReport",
    "Format",
    "ImportPlan",
    "detect",
    "ensure_demo_if_empty",
    "has_demo",
    "import_file",
    "counts_words",
    "import_history",
    "import_paths",
    "last_undoable_import",
    "match_roster_name",
    "attribute_lines",
    "report_lines",
    "holds_nothing",
    "load_demo",
    "max_upload_mb",
    "needs_author",
    "plan_batch",
    "remove_demo",
    "required_missing",
    "run_import_cli",
    "save_mapping",
    "saved_mapping",
    "step_label",
    "undo_last_import",
]

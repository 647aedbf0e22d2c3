"""Importing the files programme leads have: controlling sheets, LinkedIn exports, rosters.

The import page and ``python -m analytics import`` use only what this module exports:

- :func:`detect` — what a file is (format, kind, headers, mapping, preview, proposed author);
- :func:`import_file` — import one file in one transaction (``dry_run`` for a preview);
- :func:`import_paths` — several files, each on its own;
- :func:`undo_last_import`, :func:`save_mapping`, :func:`run_import_cli`;
- :func:`step_label` — the translated text of a progress step ``import_file`` reports;
- :data:`AUTHOR_FORMATS` (formats that need an author), :data:`TABLE_FORMATS` (formats with a
  column mapping) and the canonical columns :data:`POST_COLUMNS`, :data:`PEOPLE_COLUMNS`,
  :data:`OUTCOME_COLUMNS` (all of them: :data:`ALL_COLUMNS`).
"""

from analytics.ingest.columns import ALL_COLUMNS, OUTCOME_COLUMNS, PEOPLE_COLUMNS, POST_COLUMNS
from analytics.ingest.core import (
    AUTHOR_FORMATS,
    STEPS,
    TABLE_FORMATS,
    FileReport,
    detect,
    import_file,
    import_paths,
    last_undoable_import,
    match_roster_name,
    missing_columns,
    run_import_cli,
    save_mapping,
    saved_mapping,
    step_label,
    undo_last_import,
)
from analytics.ingest.notices import attribute_lines, report_lines
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
    "Detected",
    "FileReport",
    "detect",
    "import_file",
    "import_paths",
    "last_undoable_import",
    "match_roster_name",
    "missing_columns",
    "attribute_lines",
    "report_lines",
    "max_upload_mb",
    "run_import_cli",
    "save_mapping",
    "saved_mapping",
    "step_label",
    "undo_last_import",
]

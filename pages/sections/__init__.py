"""Sections of the import page that belong to one area each (settings, privacy, programme): one module per area."""

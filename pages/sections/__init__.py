"""Sections of the pages, one module per feature, named like the feature's modules in ``analytics``."""

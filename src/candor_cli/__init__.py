"""The ``candor`` command: file-based analysis commands and ``candor web ...``."""

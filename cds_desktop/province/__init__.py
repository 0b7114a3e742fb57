"""The province workspace: anonymised tables from many consultants gathered in one DuckDB file, in a
folder the province officer chooses, apart from the personal store. Qt-free; duckdb, reportlab and
matplotlib are imported inside the functions that use them.

- `fields`: the workspace's columns and how a table's headers and labels map onto them;
- `ingest`: reading tables (CSV, XLSX) and export bundles, validating rows, storing each file whole;
- `workspace`: opening the database, Parquet export;
- `summary`: counts, scores, level distribution and T0→later uplift with small cells suppressed;
- `dashboard`: the same as a PDF and an XLSX.
"""

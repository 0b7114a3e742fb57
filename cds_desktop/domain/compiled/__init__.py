"""The JSON schemas compiled to Python by tools/build_schemas.py (domain/schema.py uses them)."""

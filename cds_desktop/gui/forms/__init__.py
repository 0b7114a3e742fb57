"""Modules generated from ui/*.ui by tools/build_ui.py."""

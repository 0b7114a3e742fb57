"""CĐS Desktop: offline digital-maturity assessment for Vietnamese small businesses."""

__version__ = "0.1.0"

"""The results of an assessment (level, scores, radar, strengths and weaknesses)."""

from .view import ResultsView

__all__ = ["ResultsView"]

"""The results of an assessment (level, scores, radar, strengths and weaknesses)."""

from .page import ResultsPage
from .view import ResultsView

__all__ = ["ResultsPage", "ResultsView"]

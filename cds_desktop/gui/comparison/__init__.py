"""Two assessments of a business compared, and its overall score across every stage."""

from .view import ComparisonView

__all__ = ["ComparisonView"]

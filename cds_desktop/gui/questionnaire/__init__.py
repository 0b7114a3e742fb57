"""The questionnaire: one page per area, built from the instrument."""

from .view import QuestionnaireView

__all__ = ["QuestionnaireView"]

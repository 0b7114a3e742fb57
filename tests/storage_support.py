"""Helpers for the storage tests: complete and partial assessments on the mini instrument."""


from cds_desktop.domain.assessment import Answer, Assessment
from cds_desktop.domain.conditions import applies


def answers_at(instrument, business, level):
    """Every applicable question answered at `level` (checklists: `level` of the options ticked)."""
    answers = {}
    for q in instrument.questions:
        if not applies(q, business, answers):
            continue
        if q.type == "ladder":
            answers[q.id] = Answer.ladder(level)
        else:
            ticked = [o.id for o in q.scored_options][:level]
            answers[q.id] = Answer.checklist(ticked or ["none"])
    return answers


def completed(instrument, business, level=3, stage="T0", on=None):
    a = Assessment.new(instrument, stage, on)
    return a._replace(answers=answers_at(instrument, business, level), status="completed")


def draft(instrument, level=2, stage="T0"):
    return Assessment.new(instrument, stage).with_answer("q_customer", Answer.ladder(level))

"""The window's state has one writer, the session: views follow its signals, nothing sets it from outside."""

import pytest


def test_the_window_state_is_read_only_outside_the_session(start_window):
    window = start_window()
    window.actions.add_sample()
    with pytest.raises(AttributeError):
        window.business = None
    with pytest.raises(AttributeError):
        window.assessment = None
    assert window.business is window.session.business


def test_views_follow_the_session_when_an_assessment_opens_and_closes(start_window, qtbot):
    window = start_window()
    window.actions.add_sample()
    session = window.session
    summary = window.repo.assessments_of(session.business.id)[0]
    assessment = window.repo.get_assessment(summary.id)
    with qtbot.waitSignal(session.assessmentChanged) as opened:
        session.open(session.business, assessment)
    assert opened.args == [assessment] and window.questionnaire.assessment() == assessment
    assert session.locked and window.questionnaire.is_locked()  # completed: it opens locked
    assert window.settings.last_assessment == assessment.id
    with qtbot.waitSignal(session.assessmentChanged) as closed:
        session.close_assessment()
    assert closed.args == [None] and window.assessment_stack.currentWidget() is window.no_assessment


def test_amending_through_the_session_unlocks_the_questionnaire_in_place(start_window, messages):
    window = start_window()
    window.actions.add_sample()
    session = window.session
    assessment = window.repo.get_assessment(window.repo.assessments_of(session.business.id)[0].id)
    window.open_assessment(session.business, assessment)
    window.questionnaire.go_to_area(window.instrument.areas[1].id)
    area = window.questionnaire.current_area()
    amended = session.amend()
    assert amended.amended_at and not session.locked and not window.questionnaire.is_locked()
    assert window.repo.get_assessment(assessment.id).amended_at == amended.amended_at
    assert window.questionnaire.current_area() == area  # the user keeps their place

"""Data that cannot be written: the window opens read-only with a banner, never hangs; a save that fails
keeps the change in memory, tells the user once and is tried again until it goes through."""

import filelock

from cds_desktop.errors import InputError, Problem
from cds_desktop.gui import autosave as autosave_module
from cds_desktop.gui.autosave import Autosave


def test_a_data_folder_that_cannot_be_written_opens_read_only_with_a_banner(
        app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(filelock.FileLock, "acquire", refused)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.load() is True
    assert window.repo.read_only
    assert window.banner.isVisible()
    assert "Chỉ đọc" in window.banner.text() and "cds-desktop.lock" in window.banner.text()
    assert window.business_stack.currentWidget() is not window.loading


def test_a_failure_while_opening_never_leaves_the_window_waiting(app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow
    from cds_desktop.storage import repository

    monkeypatch.setattr(repository.Repository, "_open", lambda self: 1 / 0)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    assert window.load() is False
    assert messages[-1][0] == "warn" and "ZeroDivisionError" in messages[-1][2]


def test_a_failed_autosave_keeps_the_change_tells_once_and_retries_until_saved(qtbot, monkeypatch):
    monkeypatch.setattr(autosave_module, "RETRY_MS", 20)
    attempts = []

    def save(change):
        attempts.append(change)
        if len(attempts) < 4:
            raise InputError(Problem("", {"vi": "ổ đĩa đầy", "en": "disk full"}))
        return change
    saver = Autosave(save, lambda error: error.render("vi"))
    failed, recovered, saved = [], [], []
    saver.failed.connect(failed.append)
    saver.recovered.connect(lambda: recovered.append(True))
    saver.saved.connect(saved.append)
    saver.changed("answer 1")
    saver.flush()
    assert saver.pending and failed == ["ổ đĩa đầy"]
    qtbot.waitUntil(lambda: saved == ["answer 1"], timeout=2000)
    assert len(failed) == 1 and recovered == [True] and not saver.pending and len(attempts) == 4


def test_the_read_only_banner_follows_the_language(app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(filelock.FileLock, "acquire", refused)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.load() is True
    window.set_language("en")
    qtbot.waitUntil(lambda: window.banner.text().startswith("Read-only"))
    assert "Cannot write to" in window.banner.text()


def test_a_business_deleted_while_its_last_change_waits_to_be_saved_keeps_it_in_the_backup_and_raises_nothing(
        start_window, messages, qtbot, monkeypatch):
    """The disk was full when the answer was given, then had room again, and the user deleted the business before
    the next try: the change was not in the backup the deletion kept, and was tried again for a business that no
    longer existed, every few seconds, with an AttributeError each time and the 'not saved' strip for good."""
    from cds_desktop.domain.business import Business

    monkeypatch.setattr(autosave_module, "RETRY_MS", 20)
    window = start_window()
    window.repo.add_business(Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services"))
    window.refresh()
    business = window.repo.businesses()[0]
    window.businesses.select(business.id)
    window.businesses.start_button.click()

    def disk_full(*_args, **_kwargs):
        raise InputError(Problem("", {"vi": "ổ đĩa đầy", "en": "disk full"}))

    with monkeypatch.context() as disk:
        disk.setattr(window.repo, "save_assessment", disk_full)
        card = window.questionnaire.stack.currentWidget().first_open_card()
        next(iter(card.rows.values())).button.click()
        window.show_view("businesses")
        assert window.autosave.pending and window.banner.isVisible()
    messages.answer = True
    window.actions.delete_business(business)
    qtbot.wait(200)  # several tries, had any been left
    assert window.repo.businesses() == [] and not window.autosave.pending
    assert not window.banner.isVisible()
    window.repo.restore_backup(next(b for b in window.repo.backups() if b.kind == "before-delete").name)
    kept = window.repo.get_assessment(window.repo.assessments_of(business.id)[0].id)
    assert card.question.id in kept.answers  # saved before the deletion, so its backup has it

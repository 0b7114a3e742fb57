"""Settings: the backups of the data (listed newest first, restored after confirmation) and About (the
versions of the app, the questionnaire and the policy catalog, read from the shipped data)."""

import platform
from pathlib import Path

from PySide6.QtCore import qVersion

from cds_desktop import __version__
from cds_desktop.domain.edition import active_edition, edition_line
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.policies import shipped_catalog
from cds_desktop.formats import format_date
from cds_desktop.i18n import tr
from cds_desktop.gui.settings_view import backup_time


def window_with_sample(start_window):
    window = start_window()
    window.actions.add_sample()
    return window


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_backups_are_listed_newest_first_with_time_kind_and_size(start_window):
    window = window_with_sample(start_window)
    business = window.repo.businesses()[0]
    window.repo.update_business(business._replace(employees=business.employees + 1))
    window.repo.delete_business(business.id)
    window.show_view("settings")
    backups = window.repo.backups()
    assert len(backups) >= 2
    shown = rows(window.settings_view.ui.backupsTable)
    assert [r[0] for r in shown] == [backup_time(b.taken_at) for b in backups]
    assert shown[0][1] == "Trước khi xóa"  # the newest: the snapshot taken before the deletion
    assert "Khi lưu" in [r[1] for r in shown]
    assert all(r[2].endswith(" KB") for r in shown)
    assert window.settings_view.ui.backupsTable.isVisibleTo(window.settings_view)
    assert not window.settings_view.ui.backupsEmpty.isVisibleTo(window.settings_view)


def test_the_kind_of_backup_takes_the_spare_width_and_the_size_only_what_it_needs(start_window):
    window = window_with_sample(start_window)
    business = window.repo.businesses()[0]
    window.repo.update_business(business._replace(employees=business.employees + 1))
    window.resize(1366, 768)
    window.show_view("settings")
    table = window.settings_view.ui.backupsTable
    header = table.horizontalHeader()
    assert table.columnWidth(2) == max(header.sectionSizeHint(2), table.sizeHintForColumn(2))
    assert table.columnWidth(1) > table.columnWidth(2)


def test_with_no_backup_the_list_says_so_and_nothing_can_be_restored(start_window):
    window = start_window()
    window.show_view("settings")
    ui = window.settings_view.ui
    assert ui.backupsEmpty.isVisibleTo(window.settings_view)
    assert not ui.backupsTable.isVisibleTo(window.settings_view)
    assert not ui.restoreButton.isVisibleTo(window.settings_view)


def test_restoring_a_backup_brings_back_the_earlier_data_after_confirmation(start_window, messages):
    window = window_with_sample(start_window)
    business = window.repo.businesses()[0]
    window.repo.update_business(business._replace(name="Tên mới đặt nhầm"))
    window.refresh(business.id)
    window.show_view("settings")
    view = window.settings_view
    table = view.ui.backupsTable
    table.selectRow(0)  # the newest save backup: the data as it was before the rename
    assert view.ui.restoreButton.isEnabled()
    view.ui.restoreButton.click()

    kind, title, message, details = messages[0]
    assert (kind, title) == ("confirm", "Khôi phục bản sao lưu")
    assert backup_time(window.repo.backups()[1].taken_at) in message
    assert "Trước khi khôi phục" in details  # says the current data is kept first
    assert [b.name for b in window.repo.businesses()] == [business.name]
    assert business.name in window.businesses.list.item(0).text()
    assert window.business is not None and window.business.name == business.name
    assert messages[-1][0] == "inform"
    kinds = [rows(table)[r][1] for r in range(table.rowCount())]
    assert kinds[0] == "Trước khi khôi phục"  # the data it replaced is listed as a backup at once
    restored_from_snapshot = window.repo.backups()[0]
    assert restored_from_snapshot.kind == "before-restore"


def test_declining_the_restore_changes_nothing(start_window, messages):
    window = window_with_sample(start_window)
    business = window.repo.businesses()[0]
    window.repo.update_business(business._replace(name="Tên mới"))
    count = len(window.repo.backups())
    window.show_view("settings")
    window.settings_view.ui.backupsTable.selectRow(0)
    messages.answer = False
    window.settings_view.ui.restoreButton.click()
    assert [m[0] for m in messages] == ["confirm"]
    assert [b.name for b in window.repo.businesses()] == ["Tên mới"]
    assert len(window.repo.backups()) == count


def test_about_shows_the_versions_of_the_app_the_questionnaire_and_the_catalog(start_window):
    window = start_window()
    window.show_view("settings")
    ui = window.settings_view.ui
    assert __version__ in ui.appVersionValue.text()
    instrument = current_instrument()
    for fact in (instrument.id, instrument.version, format_date(instrument.released, "vi")):
        assert fact in ui.instrumentValue.text()
    edition, *catalog = ui.catalogValue.text().splitlines()
    assert edition == tr(edition_line(active_edition()), "vi")  # the version the Policies page gives, first
    assert f"phiên bản {active_edition().version}," in edition
    files = shipped_catalog().files
    assert len(catalog) == len(files) >= 2
    for line, info in zip(catalog, files):
        assert all(fact in line for fact in (info.id, info.version, format_date(info.updated, "vi")))
    assert platform.python_version() in ui.runtimeValue.text() and qVersion() in ui.runtimeValue.text()
    licence = ui.licenceValue.text()
    assert "MIT" in licence
    fonts = licence.splitlines()[-2:]
    assert [Path(f).name for f in fonts] == ["LICENSE-DejaVu.txt", "LICENSE-NotoEmoji.txt"]
    assert all(Path(f).is_file() for f in fonts)


def test_about_and_backups_follow_the_language(start_window, qtbot):
    window = window_with_sample(start_window)
    business = window.repo.businesses()[0]
    window.repo.update_business(business._replace(employees=business.employees + 1))
    window.show_view("settings")
    ui = window.settings_view.ui
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: ui.aboutGroup.title() == "About CĐS Desktop")
    assert ui.backupsTable.item(0, 1).text() == "On save"
    assert "version" in ui.appVersionValue.text() and "MIT licence" in ui.licenceValue.text()
    assert current_instrument().name["en"] in ui.instrumentValue.text()

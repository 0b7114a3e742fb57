"""The province view: a small workspace opened from the File menu, filtered; small cells stay hidden and
the personal store is not touched."""

import pytest

from province_support import row, sector_rows, write_table


@pytest.fixture
def workspace(tmp_path):
    from cds_desktop.province.ingest import ingest
    from cds_desktop.province.workspace import Workspace

    rows = (sector_rows("E1", "trade_services", 6, 70.0, commune="Đông Hà")
            + sector_rows("E1", "industry_construction", 3, 30.0, start=20, commune="Cam Lộ")
            + sector_rows("E1", "agriculture_forestry_fishery", 5, 50.0, start=30, commune="Khe Sanh")
            + [row("E1", 40 + i, f"trade_services{i}", score=85.0, level=5, stage="T1") for i in range(6)])
    folder = tmp_path / "ws"
    with Workspace(folder, read_only=False) as ws:
        assert all(r.ok for r in ingest(ws, [write_table(tmp_path / "t.csv", rows)]))
    return folder


def table(view):
    t = view.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_province_view_shows_the_workspace_with_filters(start_window, qtbot, workspace, tmp_path):
    window = start_window()
    store = window.repo.db_path.read_bytes() if window.repo.db_path.exists() else b""
    assert window.open_province_action.text() == "Mở dữ liệu tỉnh…"
    window.open_province(workspace)
    view = window.province_view
    assert view.isVisible() and "Tỉnh" in view.windowTitle()
    rows = table(view)
    assert rows[0][:3] == ["Tất cả", "14", "60,7"]  # Vietnamese decimal comma; latest: 6 at 85, 3 at 30, 5 at 50
    assert rows[1][0] == "Cam Lộ" and rows[1][1] == "<5"  # three businesses: hidden
    assert rows[2][:2] == ["Khe Sanh", "ẩn"]  # else all minus Đông Hà minus Khe Sanh would be Cam Lộ
    assert rows[3][:2] == ["Đông Hà", "6"] and rows[3][-2:] == ["6", "+15,0"]
    assert "lấy tổng trừ" in view.note.text()
    assert not view.level_chart.pixmap().isNull() and not view.pillar_chart.pixmap().isNull()

    view.sector.setCurrentIndex(view.sector.findData("industry_construction"))
    assert table(view)[0][1] == "<5"  # the filter leaves three businesses
    view.sector.setCurrentIndex(0)
    view.stage.setCurrentIndex(view.stage.findData("T0"))
    view.group.setCurrentIndex(view.group.findData("sector"))
    rows = table(view)
    assert rows[0][:3] == ["Tất cả", "14", "54,3"] and [r[0] for r in rows[1:]] == [
        "Nông, lâm nghiệp và thủy sản", "Công nghiệp và xây dựng", "Thương mại và dịch vụ"]
    view.close()
    assert (window.repo.db_path.read_bytes() if window.repo.db_path.exists() else b"") == store


def test_a_folder_without_a_workspace_says_so(start_window, messages, tmp_path):
    window = start_window()
    window.open_province(tmp_path)
    assert window.province_view is None
    assert messages and "cds-cli province ingest" in messages[-1][2]


def test_the_province_view_in_english_and_at_1366(start_window, qtbot, workspace, tmp_path):
    from cds_desktop.gui.language import language

    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    language().set("en")
    assert table(view)[0][0] == "All" and view.group.currentText() == "Commune"
    view.resize(1366, 768)
    qtbot.wait(50)
    assert view.grab().save(str(tmp_path / "province.png"))


def test_the_province_window_opens_an_earlier_workspace_and_shows_no_file_name(start_window, qtbot, tmp_path):
    """A workspace of the earlier release, fed from files named after businesses: updated on opening, and neither
    the table nor any label of the window shows a file's name."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    from province_support import NAMES, old_workspace

    folder = old_workspace(tmp_path / "old")
    window = start_window()
    window.open_province(folder)
    view = window.province_view
    assert view is not None and table(view)[0][1] == "12"  # E1: 6 businesses (T0 and T1), E2: 6
    shown = [cell for row in table(view) for cell in row]
    shown += [w.text() for kind in (QLabel, QAbstractButton) for w in view.findChildren(kind)]
    shown += [box.itemText(i) for box in view.findChildren(QComboBox) for i in range(box.count())]
    shown.append(view.windowTitle())
    assert not any(name in text for name in NAMES for text in shown)
    view.resize(1366, 768)
    qtbot.wait(50)
    assert view.grab().save(str(tmp_path / "earlier.png"))

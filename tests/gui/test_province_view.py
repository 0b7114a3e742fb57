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


def settle(view, seconds=20):
    from time import monotonic

    from PySide6.QtTest import QTest

    deadline = monotonic() + seconds
    while not view.settled():
        assert monotonic() < deadline, "the figures did not come"
        QTest.qWait(10)


def table(view):
    """The table, once it shows the figures of the filters chosen (they are worked out off the GUI thread)."""
    settle(view)
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


def figures(view):
    """The table as it should read for the filters chosen: from `summarise` itself."""
    from cds_desktop.formats import format_change, format_score
    from cds_desktop.province.summary import label, summarise

    group = view.group.currentData()
    summary = summarise(view.workspace, [group], view.stage.currentData() or None, view.filters())
    uplift = {tuple(u.group.items()): u for u in summary.uplift}
    rows = []
    for name, cell, up in [("Tất cả", summary.total, summary.uplift_total)] + [
            (label(group, c.group[group], "vi"), c, uplift.get(tuple(c.group.items()))) for c in summary.cells]:
        rows.append([name] + ([cell.mark("vi")] + [""] * 8 if cell.suppressed else
                              [str(cell.businesses), format_score(cell.mean_score, "vi"),
                               format_score(cell.median_score, "vi"), *(str(cell.levels[lv]) for lv in range(6))])
                    + (["", ""] if up is None else [up.mark("vi"), ""] if up.suppressed else
                       [str(up.pairs), format_change(up.mean_change, "vi")]))
    return rows


def test_the_last_of_filters_changed_quickly_is_what_the_window_shows(start_window, qtbot, workspace):
    """The figures are worked out off the GUI thread: filters changed while they are come to the figures of the
    last ones, equal to `summarise`'s for them, and nothing in between is shown after them."""
    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    settle(view)
    shown = []
    view.updated.connect(lambda: shown.append(view.request()))
    for box, value in (("sector", "trade_services"), ("stage", "T1"), ("group", "sector"), ("sector", ""),
                       ("entity", "household"), ("stage", "T0")):
        getattr(view, box).setCurrentIndex(getattr(view, box).findData(value))
    rows = table(view)
    assert rows == figures(view) and shown[-1] == view.request()
    assert view.filters() == {"entity_type": "household"} and view.stage.currentData() == "T0"
    assert len(shown) <= 2  # the first change's figures perhaps (worked out at once), then the last's only
    qtbot.wait(100)
    assert len(shown) <= 2 and table(view) == rows  # no late figures of a filter chosen before


def test_the_window_takes_clicks_while_the_figures_are_worked_out(start_window, qtbot, workspace, monkeypatch):
    """The summary does not run on the GUI thread: held up, the window still takes the filters, shows that it is
    busy, and shows the last filters' figures once the summary goes on."""
    import threading

    from cds_desktop.province import summary

    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    settle(view)
    before = table(view)
    go, gui = threading.Event(), threading.get_ident()
    threads = []
    real = summary.summarise

    def held(*args, **kwargs):
        threads.append(threading.get_ident())
        assert go.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(summary, "summarise", held)
    view.sector.setCurrentIndex(view.sector.findData("industry_construction"))
    view.group.setCurrentIndex(view.group.findData("sector"))
    qtbot.waitUntil(lambda: view.progress.isVisible())  # busy, after a moment
    assert view.busy and not view.settled() and view.isEnabled()
    assert [[view.table.item(r, c).text() for c in range(view.table.columnCount())]
            for r in range(view.table.rowCount())] == before  # the figures of the filters before, until the new ones
    go.set()
    rows = table(view)
    assert not view.progress.isVisible() and threads and gui not in threads
    monkeypatch.setattr(summary, "summarise", real)
    assert rows == figures(view) and rows[0][1] == "<5"  # three businesses in industry


def test_the_charts_are_drawn_again_only_when_the_filters_change(start_window, qtbot, workspace, monkeypatch):
    from cds_desktop.province import dashboard

    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    view._read_ahead = False  # no chart drawn ahead, for the filters one click away
    settle(view)
    drawn = []
    real = dashboard.level_chart
    monkeypatch.setattr(dashboard, "level_chart", lambda *a, **k: drawn.append(a[0]) or real(*a, **k))
    pixmap = view.level_chart.pixmap().cacheKey()
    for box, value in (("stage", "T1"), ("group", "sector"), ("stage", "")):
        getattr(view, box).setCurrentIndex(getattr(view, box).findData(value))
        settle(view)
    assert not drawn and view.level_chart.pixmap().cacheKey() == pixmap  # the stage and grouping: same charts
    view.sector.setCurrentIndex(view.sector.findData("trade_services"))
    settle(view)
    assert len(drawn) == 1 and drawn[0].latest.total.businesses == 6
    assert view.level_chart.pixmap().cacheKey() != pixmap
    view.sector.setCurrentIndex(0)
    settle(view)
    assert len(drawn) == 1 and table(view) == figures(view)  # drawn once for these filters: kept


def test_a_window_closed_while_its_figures_are_worked_out_lets_go_of_the_workspace(start_window, qtbot, workspace,
                                                                                 monkeypatch):
    """Closed mid-way, the workspace is closed once the summary ends (not under it); then it opens for writing."""
    import threading

    from cds_desktop.province import summary
    from cds_desktop.province.workspace import Workspace

    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    settle(view)
    entered, go, real = threading.Event(), threading.Event(), summary.summarise

    def held(*args, **kwargs):
        entered.set()
        return go.wait(20) and real(*args, **kwargs)

    monkeypatch.setattr(summary, "summarise", held)
    view.sector.setCurrentIndex(view.sector.findData("trade_services"))
    qtbot.waitUntil(entered.is_set)  # a summary is being read (ahead, or for the filters chosen)
    reader = view._reader
    view.close()
    assert reader.con is not None  # still in use
    go.set()
    qtbot.waitUntil(lambda: reader.con is None)
    with Workspace(workspace, read_only=False) as ws:  # no one holds it any more
        assert ws.count() == 20


def test_while_idle_the_window_reads_ahead_what_one_click_away_needs(start_window, qtbot, workspace, monkeypatch):
    """Left alone, the window reads the summaries and draws the charts of a filter set, cleared or changed, another
    grouping and another stage: chosen then, they show with nothing more read or drawn."""
    from cds_desktop.province import dashboard, summary

    def never(*_):
        raise AssertionError("read or drawn again")

    window = start_window()
    window.open_province(workspace)
    view = window.province_view
    settle(view)
    reader = view._reader
    for box, value in (("sector", "industry_construction"), ("sector", ""), ("group", "sector"),
                       ("stage", "T1"), ("size", "micro")):
        qtbot.waitUntil(lambda: view._running is None, timeout=20_000)  # nothing more to read ahead
        read_before = set(reader.memo)
        view._read_ahead = False  # from here on: only what the change itself needs
        for module, name in ((summary, "_summarise"), (dashboard, "level_chart"), (dashboard, "pillar_chart")):
            monkeypatch.setattr(module, name, never)
        getattr(view, box).setCurrentIndex(getattr(view, box).findData(value))
        settle(view)
        monkeypatch.undo()
        assert table(view) == figures(view), (box, value)
        assert {k[0] for k in set(reader.memo) - read_before} <= {"drafts"}  # a filter's drafts: read when chosen
        view._read_ahead = True
        view._start()


@pytest.mark.parametrize("lang, grouped", [("vi", "1.200"), ("en", "1,200")])
def test_counts_in_the_thousands_are_written_as_the_reader_writes_them(start_window, qtbot, tmp_path, lang, grouped):
    """'1.200' businesses in Vietnamese, '1,200' in English, in the table and the line above it (it said '1200'
    and '1200 rows'), as every other number the app shows."""
    from cds_desktop.gui.language import language
    from cds_desktop.province.ingest import ingest
    from cds_desktop.province.workspace import Workspace

    folder = tmp_path / "ws"
    with Workspace(folder, read_only=False) as ws:
        assert all(r.ok for r in ingest(ws, [write_table(tmp_path / "t.csv",
                                                          sector_rows("E1", "trade_services", 1200, 60.0))]))
    window = start_window()
    language().set(lang)
    window.open_province(folder)
    view = window.province_view
    rows = table(view)
    assert rows[0][1] == grouped and rows[1][1] == grouped  # all, and the one commune
    assert rows[0][4 + 3] == grouped  # every one at level 3 (levels 0 to 5 follow the median)
    assert view.scope.text().count(grouped) == 1 and "1200" not in view.scope.text()
    view.close()

"""A laptop whose clock battery died says 1/1/2000: the window says so once it has opened the data, because new
assessments and backups would take that date (the supports themselves are judged on the catalog's day)."""

from datetime import date

from cds_desktop.domain import edition


class StoppedClock(date):
    @classmethod
    def today(cls):
        return cls(2000, 1, 1)


def test_a_clock_behind_the_catalog_is_told_once_the_data_is_open(monkeypatch, start_window, messages):
    monkeypatch.setattr(edition, "date", StoppedClock)
    window = start_window()
    warned = [m for m in messages if m[0] == "warn"]
    assert [m[1] for m in warned] == ["Đồng hồ của máy tính bị sai"]
    text = warned[0][2]
    assert "01/01/2000" in text and "chỉnh lại ngày giờ" in text and "bản sao lưu sẽ mang ngày sai" in text
    assert window.repo is not None  # told, and the data is open behind it


def test_a_right_clock_is_not_mentioned(start_window, messages):
    start_window()
    assert not [m for m in messages if "Đồng hồ" in m[1]]

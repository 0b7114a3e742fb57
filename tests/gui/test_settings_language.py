"""The language box on the Settings page, the window's language and the saved setting always agree, however
the language is switched: through the box, by the window, or at start-up from the setting."""

from cds_desktop.gui.language import current, language


def box(window):
    return window.settings_view.ui.languageCombo


def choose(window, code):
    box(window).setCurrentIndex(box(window).findData(code))


def test_switching_the_window_to_english_moves_the_box_to_english(start_window, qtbot):
    window = start_window()
    window.show_view("settings")
    assert box(window).currentData() == "vi"
    window.set_language("en")
    assert current() == "en" and window.settings.language == "en"
    assert box(window).currentData() == "en" and box(window).currentText() == "English"
    qtbot.waitUntil(lambda: window.ui.navigation.item(0).text() == "Businesses")
    assert window.settings_view.ui.languageLabel.text() == "Language of the app"


def test_after_a_switch_by_the_window_the_box_switches_back(start_window, qtbot):
    """Left on the old language, the box could not be used to go back to it: choosing it changed nothing."""
    window = start_window()
    window.set_language("en")
    choose(window, "vi")
    assert current() == "vi" and window.settings.language == "vi"
    qtbot.waitUntil(lambda: window.ui.navigation.item(0).text() == "Cơ sở kinh doanh")


def test_choosing_in_the_box_switches_once_and_a_box_moved_by_the_window_asks_for_nothing(start_window, qtbot):
    window = start_window()
    window.show_view("settings")
    switched, asked = [], []
    language().changed.connect(switched.append)
    window.settings_view.languageChosen.connect(asked.append)
    try:
        choose(window, "en")
        qtbot.wait(50)  # anything a switch posts has run
        assert switched == asked == ["en"]
        choose(window, "vi")
        qtbot.wait(50)
        assert switched == asked == ["en", "vi"]
        window.set_language("en")
        qtbot.wait(50)
        assert switched == ["en", "vi", "en"] and asked == ["en", "vi"]
    finally:
        language().changed.disconnect(switched.append)
    assert box(window).currentData() == "en" and window.settings.language == "en"


def test_a_language_switched_anywhere_is_kept_for_the_next_window(start_window, qtbot):
    window = start_window()
    language().set("en")  # not through the box nor the window's own method
    assert box(window).currentData() == "en" and window.settings.language == "en"
    window.close()
    language().set("vi")  # as a new process starts: nothing but the setting says English
    again = start_window()
    assert current() == "en" and box(again).currentData() == "en"
    assert again.ui.navigation.item(0).text() == "Businesses"


def test_a_switch_made_by_the_window_then_undone_in_the_box_is_the_one_kept(start_window):
    window = start_window()
    window.set_language("en")
    choose(window, "vi")
    window.close()
    again = start_window()
    assert current() == "vi" and box(again).currentData() == "vi"
    assert again.ui.navigation.item(0).text() == "Cơ sở kinh doanh"

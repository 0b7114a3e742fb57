"""The generated forms and the translations are kept in step with their sources."""

import importlib.util
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO

_spec = importlib.util.spec_from_file_location("build_ui", REPO / "tools" / "build_ui.py")
build_ui = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_ui)

UI_FILES = sorted((REPO / "ui").glob("*.ui"))
TS_FILES = sorted((REPO / "resources" / "translations").glob("*.ts"))


def test_every_form_has_a_designer_file():
    assert {p.stem for p in UI_FILES} >= {"main_window", "business_form", "settings"}


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_form_module_matches_its_ui_file(ui_file):
    module = build_ui.form_module(ui_file)
    assert module.exists(), f"{module.name} is missing: run python tools/build_ui.py"
    assert module.read_text(encoding="utf-8") == build_ui.compile_form(ui_file), (
        f"{module.name} is older than ui/{ui_file.name}: run python tools/build_ui.py")


def test_generated_modules_say_they_are_generated():
    for module in (REPO / "cds_desktop" / "gui" / "forms").glob("ui_*.py"):
        assert module.read_text(encoding="utf-8").startswith("# Generated from ui/"), module.name


def unfinished_entries(ts_file):
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            empty = not (translation.text or "").strip() and not any((f.text or "").strip() for f in translation)
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def test_every_vietnamese_translation_is_finished():
    ts = REPO / "resources" / "translations" / "cds_desktop_vi.ts"
    assert not unfinished_entries(ts), "translate these in " + ts.name + ":\n" + "\n".join(unfinished_entries(ts))


def test_no_english_window_text_writes_a_plural_as_s_in_brackets():
    """"1 page(s) read; 0 answer(s)…": English says "1 page", "2 pages"; a count picks its own text
    (self.tr("1 page") if count == 1 else self.tr("{count} pages")), Vietnamese nouns do not change."""
    import re
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO / "resources" / "translations" / "cds_desktop_vi.ts").getroot()
    bracketed = [source for source in (m.findtext("source") or "" for m in root.iter("message"))
                 if re.search(r"[a-z]\((?:s|es)\)", source)]
    assert not bracketed


def test_every_ui_string_in_the_code_is_in_the_translation(tmp_path):
    """lupdate over a copy of the .ts: a string added to the code since the last refresh shows up unfinished."""
    import shutil
    import subprocess

    copy = tmp_path / "cds_desktop_vi.ts"
    shutil.copy(REPO / "resources" / "translations" / "cds_desktop_vi.ts", copy)
    sources = [str(p) for p in build_ui.translation_sources()]
    subprocess.run([build_ui._tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
                   capture_output=True, text=True, check=True, cwd=REPO)
    missing = unfinished_entries(copy)
    assert not missing, "run python tools/build_ui.py --translations and translate:\n" + "\n".join(missing)


def test_compiled_vietnamese_translation_is_shipped_and_loads(qapp):
    from PySide6.QtCore import QTranslator

    qm = REPO / "resources" / "translations" / "cds_desktop_vi.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), "run python tools/build_ui.py --translations"
    assert translator.translate("MainWindow", "Settings") == "Cài đặt"

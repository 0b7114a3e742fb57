"""Values go into GUI texts through named placeholders ({answered}, {business}): a translation cannot
lose or invent one, and a value that looks like a placeholder (a business called "A %2 {total}") is
shown as typed, never filled in again."""

import re
import xml.etree.ElementTree as ET

from cds_desktop.domain.business import Business

from conftest import REPO

TS = REPO / "resources" / "translations" / "cds_desktop_vi.ts"
NAMED = re.compile(r"\{(\w*)\}")
POSITIONAL = re.compile(r"%[1-9]")
# Qt's own texts (gui/qt_texts.py, in Qt's contexts) keep Qt's %1: Qt fills them, not our code.
QT_CONTEXTS = set(re.findall(r'QT_TRANSLATE_NOOP\("(\w+)"', (REPO / "cds_desktop" / "gui" / "qt_texts.py").read_text()))
ODD_NAME = "A %2 {total} %1"


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield context.findtext("name"), message.findtext("source"), translation, forms


def test_every_vietnamese_translation_fills_exactly_the_placeholders_of_its_source():
    wrong = []
    for context, source, translation, forms in messages():
        assert translation.get("type") != "unfinished", f"{context}: {source!r} is not translated"
        pattern = POSITIONAL if context in QT_CONTEXTS else NAMED
        wanted = sorted(pattern.findall(source))
        wrong += [f"{context}: {source!r} -> {form!r}" for form in forms if sorted(pattern.findall(form)) != wanted]
    assert not wrong, "\n".join(wrong)


def test_gui_texts_use_named_placeholders_only():
    positional = [f"{context}: {source!r}" for context, source, _, _ in messages()
                  if POSITIONAL.search(source) and context not in QT_CONTEXTS]
    assert not positional, "\n".join(positional)
    chained = [f"{path.relative_to(REPO)}:{n}" for path in sorted((REPO / "cds_desktop" / "gui").rglob("*.py"))
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if re.search(r"""\.replace\(["']%[1-9n]""", line)]
    assert not chained, "fill templates with .format(name=value): " + ", ".join(chained)


def test_a_business_named_like_a_placeholder_shows_as_typed(start_window, messages):
    window = start_window()
    window.repo.add_business(Business(name=ODD_NAME, entity_type="household", sector="trade_services"))
    window.refresh()
    business = window.repo.businesses()[0]
    window.businesses.select(business.id)
    window.businesses.start_button.click()
    assert window.current_view() == "assessment"
    assert window.questionnaire.heading.text().endswith(f" · {ODD_NAME}")
    assert ODD_NAME in window.windowTitle()

    window.show_view("businesses")
    messages.answer = False
    window.actions.delete_business(business)
    kind, _, message, _ = messages[-1]
    assert kind == "confirm" and message == f"Xóa “{ODD_NAME}” cùng bài đánh giá của cơ sở này?"

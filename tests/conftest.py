import json
import os
import random
import sys
import zlib
from datetime import date
from pathlib import Path

import pytest

# Qt tests run without a screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_PRINTOUTS = random.Random()

DEAD_BATTERY = date(2000, 1, 1)  # what the clock of a laptop whose clock battery died says


@pytest.fixture
def clock_behind(monkeypatch):
    """The computer's clock stopped at DEAD_BATTERY, behind the policy catalog's day, for every rule that reads it
    (they read it through cds_desktop.domain.edition)."""
    from cds_desktop.domain import edition

    class StoppedClock(date):
        @classmethod
        def today(cls):
            return cls(DEAD_BATTERY.year, DEAD_BATTERY.month, DEAD_BATTERY.day)

    monkeypatch.setattr(edition, "date", StoppedClock)
    return DEAD_BATTERY


def pytest_configure(config):
    """The app draws every printout id at random (`secrets`); the suite draws them from the name of the test that
    is set up (`pytest_runtest_setup`), so a form a test cannot read back fails on every run, with its id, rather
    than once in a hundred runs: CI failed once on printout ZT8UEMYQ, whose QR code the first decoder missed."""
    from cds_desktop.report import form_layout

    form_layout.secrets = _PRINTOUTS  # type: ignore[assignment]  # only its choice() is used there


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    _PRINTOUTS.seed(zlib.crc32(item.nodeid.encode("utf-8")))  # before any fixture, module-scoped ones included


def _finish_background_work():
    qtcore = sys.modules.get("PySide6.QtCore")  # a test that never imported Qt started no work on its pool
    if qtcore is None or qtcore.QCoreApplication.instance() is None:
        return
    # The windows a test closed (pytest-qt calls deleteLater, which waits for an event loop) go now, and with
    # them the timers they would still fire, such as the warm-up that loads the policy catalog on a worker.
    qtcore.QCoreApplication.sendPostedEvents(None, qtcore.QEvent.Type.DeferredDelete)
    if not qtcore.QThreadPool.globalInstance().waitForDone(120_000):  # a stuck worker fails a test, not the run
        pytest.fail("background work started in Qt's thread pool is still running after 2 minutes")


@pytest.fixture(autouse=True)
def _no_background_work_across_tests():
    """Work a window started on the thread pool (its warm-up loading the policy catalog, a PDF being made) is
    over before a test begins and when it ends. Left running, it read the data files while the next test swapped
    them and emptied the caches (tests/test_vocabulary.py's `app_data`), and kept in the caches what it read
    there. A closed window's warm-up timer fired in the next test's set-up (pytest-qt processes events there),
    so the window is deleted too."""
    _finish_background_work()
    yield
    _finish_background_work()


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    """No test touches the real user data folder."""
    monkeypatch.setenv("CDS_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("user-data")))
    monkeypatch.setenv("CDS_DESKTOP_CACHE_DIR", str(tmp_path_factory.mktemp("user-cache")))
    monkeypatch.setenv("CDS_LANG", "vi")


def _text(vi, en=None):
    return {"vi": vi, "en": en or vi + " (en)"}


def ladder(qid, area, pillar, weight=1, **extra):
    q = {
        "id": qid, "area": area, "pillar": pillar, "type": "ladder", "weight": weight,
        "text": _text(f"Câu {qid}"), "help": _text("Giải thích"), "example": _text("Ví dụ"),
        "effort": "low", "cost": "low", "funding": ["consulting"],
        "levels": [{"level": n, "text": _text(f"Mức {n}"), **({"next_step": _text(f"Bước {n}")} if n < 5 else {})}
                   for n in range(6)],
    }
    q.update(extra)
    return q


def checklist(qid, area, pillar, options=("a", "b", "c", "d"), weight=1, not_relevant=(), **extra):
    """Options in `not_relevant` may be marked "not relevant to us"."""
    q = {
        "id": qid, "area": area, "pillar": pillar, "type": "checklist", "weight": weight,
        "text": _text(f"Câu {qid}"), "help": _text("Giải thích"), "example": _text("Ví dụ"),
        "effort": "low", "cost": "low", "funding": [],
        "options": [{"id": o, "text": _text(o), "step": _text(f"Dùng {o}."),
                     **({"not_relevant_allowed": True} if o in not_relevant else {})} for o in options] + [
            {"id": "none", "text": _text("Không có"), "exclusive": True}],
    }
    q.update(extra)
    return q


def ticks_for_level(question, level, not_relevant=()):
    """A checklist answer at `level`: the fewest relevant options (in order) whose share lands in that band;
    None when no count of the relevant options does."""
    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.scoring import checklist_level

    relevant = [o.id for o in question.scored_options if o.id not in not_relevant]
    none = next(o.id for o in question.options if o.exclusive)
    for count in range(len(relevant) + 1):
        if checklist_level(count, len(relevant)) == level:
            return Answer.checklist(relevant[:count] or [none], not_relevant=tuple(not_relevant))
    return None


AREAS = ["business", "management", "production", "ecommerce", "foundation"]
PILLARS = ["customer", "strategy", "technology", "operations", "culture", "data"]


def instrument_doc(questions, version="1.0"):
    return {
        "format": "cds-instrument", "id": "mini", "version": version, "released": "2026-01-01",
        "name": _text("Bộ mini"), "areas": [{"id": a, "name": _text(a)} for a in AREAS],
        "pillars": [{"id": p, "name": _text(p)} for p in PILLARS], "questions": questions,
    }


def mini_questions():
    """One ladder question per pillar (weight 1) plus a checklist, an N/A-able and a skipped one."""
    return [
        ladder("q_customer", "business", "customer"),
        ladder("q_strategy", "management", "strategy"),
        ladder("q_technology", "foundation", "technology"),
        ladder("q_operations", "production", "operations"),
        ladder("q_culture", "management", "culture"),
        ladder("q_data", "foundation", "data"),
        checklist("q_tools", "ecommerce", "customer"),
        ladder("q_payroll", "management", "operations", na_allowed=True),
        ladder("q_factory", "production", "technology", weight=2,
               applies_if={"profile": "produces_goods", "in": [True]},
               skip_reason=_text("Chỉ cho cơ sở sản xuất")),
    ]


@pytest.fixture
def write_instrument(tmp_path):
    def write(doc, name="instrument.json"):
        path = tmp_path / name
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path
    return write


@pytest.fixture
def mini_instrument(write_instrument):
    from cds_desktop.domain.instrument import load_instrument
    return load_instrument(write_instrument(instrument_doc(mini_questions())))


@pytest.fixture
def shop():
    from cds_desktop.domain.business import Business
    return Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services",
                    employees=2, annual_revenue_vnd=900_000_000, commune="Đông Hà")


@pytest.fixture
def workshop():
    from cds_desktop.domain.business import Business
    return Business(name="Xưởng mộc Cam Lộ", entity_type="enterprise", sector="industry_construction",
                    tax_code="3200123456", employees=25, annual_revenue_vnd=12_000_000_000,
                    total_capital_vnd=5_000_000_000, commune="Cam Lộ")


REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def installed_mini(mini_instrument, monkeypatch):
    """The mini instrument as if shipped with the app (for storage and exchange tests)."""
    from cds_desktop.domain import instrument as instrument_module
    monkeypatch.setattr(instrument_module, "shipped_instruments", lambda: {mini_instrument.key: mini_instrument})
    return mini_instrument


@pytest.fixture(autouse=True)
def _shipped_catalog_after_each_test():
    """A test that installs a catalog update (or points the app at a data folder) leaves none behind."""
    yield
    from cds_desktop.domain import edition

    if edition.resolver() is not edition.shipped_edition:
        edition.use_resolver(edition.shipped_edition)

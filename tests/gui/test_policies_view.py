"""The Policies view agrees with `cds-cli policies`: same groups, same order, same estimates and reasons."""

import json
from html import escape
import subprocess
import sys
from datetime import date

import pytest

from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.plan import make_plan
from cds_desktop.formats import format_money
from cds_desktop.paths import assessments_dir

SAMPLE = assessments_dir() / "samples" / "sample-assessment.json"
ON = date(2026, 11, 27)


def cli_policies(lang):
    out = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "policies", str(SAMPLE), "--json", "--lang", lang,
                          "--on", ON.isoformat()], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


@pytest.fixture
def view(qtbot):
    from cds_desktop.gui.policies_view import PoliciesView

    sample = load_assessment_file(SAMPLE)
    view = PoliciesView()
    qtbot.addWidget(view)
    view.show_plan(make_plan(sample.instrument, sample.business, sample.assessment, on=ON))
    return view


def cards(view, group):
    box = view.group_boxes[group]
    return [box.itemAt(i).widget() for i in range(box.count()) if box.itemAt(i).widget().property("policy_id")]


def card_text(card):
    """Everything a card says once its details are opened."""
    from PySide6.QtWidgets import QLabel, QToolButton

    card.findChild(QToolButton, "details").setChecked(True)
    return "".join(label.text() for label in card.findChildren(QLabel))


def test_reasons_and_how_to_apply_are_folded_until_the_details_are_opened(view):
    from PySide6.QtWidgets import QLabel, QToolButton

    card = cards(view, "eligible")[0]
    assert card.findChild(QLabel, "detailsText") is None
    button = card.findChild(QToolButton, "details")
    assert button.accessibleName()
    button.click()
    details = card.findChild(QLabel, "detailsText")
    assert details.isVisibleTo(card) and "✓" in details.text()
    button.click()
    assert not details.isVisibleTo(card)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_view_lists_what_the_cli_lists_in_the_same_groups_and_order(view, lang):
    from cds_desktop.gui.language import language

    language().set(lang)
    view.show_not_eligible.setChecked(True)
    expected = cli_policies(lang)
    shown = [(c.property("policy_id"), group) for group in ("eligible", "check", "not_eligible")
             for c in cards(view, group)]
    assert shown == [(p["id"], p["eligibility"]) for p in expected]
    by_id = {c.property("policy_id"): card_text(c) for group in view.group_boxes for c in cards(view, group)}
    for p in expected:
        text = by_id[p["id"]]
        assert escape(p["eligibility_name"]) in text
        for reason in p["reasons"]:
            if not reason["criterion"].startswith("condition."):
                assert escape(reason["text"]) in text
        if p["estimated_max_vnd"] is not None:
            assert format_money(p["estimated_max_vnd"], lang) in text
        assert escape(p["how_to_apply"]["agency"]) in text


def test_proposed_policies_are_marked(view):
    from cds_desktop.gui.language import language

    language().set("en")
    view.show_not_eligible.setChecked(True)
    proposed = {p["id"] for p in cli_policies("en") if p["status"] == "proposed"}
    assert proposed
    for group in view.group_boxes:
        for c in cards(view, group):
            assert ("PROPOSED" in card_text(c)) == (c.property("policy_id") in proposed)


@pytest.mark.parametrize("lang, badge", [("en", "NOT VERIFIED"), ("vi", "CHƯA XÁC MINH")])
def test_unverified_policies_in_force_are_marked_on_the_card(view, lang, badge):
    # [S]/[U] facts of the shared reference (the e-invoice decree of 2026, the personal-data law) must not look
    # verified: the card says so before the details are opened, as the CLI line and the report do
    from PySide6.QtWidgets import QLabel

    from cds_desktop.gui.language import language

    language().set(lang)
    view.show_not_eligible.setChecked(True)
    unverified = {p["id"] for p in cli_policies(lang) if not p["verified"] and p["status"] != "proposed"}
    assert {"nd254-einvoice-organisations", "pdpl-91-2025"} <= unverified
    for group in view.group_boxes:
        for c in cards(view, group):
            first = c.findChildren(QLabel)[0].text()
            assert (badge in first) == (c.property("policy_id") in unverified), c.property("policy_id")


def test_the_category_filter_keeps_only_policies_that_pay_for_it(view):
    view.set_category("ecommerce_international")
    shown = [c.property("policy_id") for g in view.group_boxes for c in cards(view, g)]
    expected = [p["id"] for p in cli_policies("vi") if "ecommerce_international" in p["funds"]
                and p["eligibility"] != "not_eligible"]
    assert shown == expected and shown
    view.set_category("obligations")
    view.show_not_eligible.setChecked(True)
    shown = {c.property("policy_id") for g in view.group_boxes for c in cards(view, g)}
    assert shown == {p["id"] for p in cli_policies("vi") if p["kind"] == "obligation"}


def test_supports_are_counted_as_eligible_and_to_check_never_as_a_bare_zero(view):
    from cds_desktop.domain.eligibility import CHECK, ELIGIBLE

    supports = [p for p in cli_policies("vi") if p["kind"] == "support"]
    eligible = sum(p["eligibility"] == ELIGIBLE for p in supports)
    check = sum(p["eligibility"] == CHECK for p in supports)
    counts = view.counts.text()
    assert "cần kiểm tra" in counts and str(check) in counts and "(0)" not in counts
    assert (str(eligible) in counts) if eligible else "chưa có chính sách nào chắc chắn" in counts
    for group, title in view.group_titles.items():
        assert "(0)" not in title.text()


def group_counts(text):
    """{'hỗ trợ': n, 'nghĩa vụ pháp lý': m} from a heading such as
    "Đủ điều kiện (8 chính sách hỗ trợ, 1 nghĩa vụ pháp lý)"."""
    import re

    return {kind: int(n) for n, kind in re.findall(r"(\d+) (?:chính sách )?(hỗ trợ|nghĩa vụ pháp lý)", text)}


@pytest.mark.parametrize("category", ["", "consulting", "obligations"])
def test_the_count_line_and_the_group_headings_give_the_same_numbers(view, category):
    from cds_desktop.domain.eligibility import CHECK, ELIGIBLE

    view.set_category(category)
    eligible, check = (group_counts(view.group_titles[g].text()) for g in (ELIGIBLE, CHECK))
    assert sum(eligible.values()) == len(cards(view, ELIGIBLE)) and sum(check.values()) == len(cards(view, CHECK))
    counts = view.counts.text()
    if category != "obligations":
        assert f"Hỗ trợ: {eligible['hỗ trợ']} chính sách đủ điều kiện" in counts
        assert f"{check['hỗ trợ']} chính sách khác có thể áp dụng" in counts
    if eligible.get("nghĩa vụ pháp lý") or check.get("nghĩa vụ pháp lý"):
        assert (f"Nghĩa vụ pháp lý áp dụng cho cơ sở này: {eligible['nghĩa vụ pháp lý']}; "
                f"cần kiểm tra: {check['nghĩa vụ pháp lý']}") in counts
    assert "(0)" not in counts and " 0 " not in counts


def test_not_eligible_policies_are_counted_but_folded_until_asked(view):
    count = sum(1 for p in cli_policies("vi") if p["eligibility"] == "not_eligible")
    assert sum(group_counts(view.group_titles["not_eligible"].text()).values()) == count
    assert cards(view, "not_eligible") == []
    view.show_not_eligible.setChecked(True)
    assert len(cards(view, "not_eligible")) == count


def test_the_catalog_date_is_shown(view):
    for f in view.plan.catalog.files:
        y, m, d = f.updated.split("-")
        assert f"{d}/{m}/{y}" in view.catalog_note.text()


def test_with_the_computers_clock_behind_the_catalog_the_page_says_so_and_judges_on_the_catalogs_day(qtbot,
                                                                                                     clock_behind):
    """A dead clock battery (1/1/2000): judged on that day every national support was 'not yet in force'."""
    from cds_desktop.domain import edition
    from cds_desktop.gui.plans import plan_for
    from cds_desktop.gui.policies_view import PoliciesView

    sample = load_assessment_file(SAMPLE)
    plan = plan_for(sample.instrument, sample.business, sample.assessment)
    assert plan.on == edition.active_edition().as_of
    view = PoliciesView()
    qtbot.addWidget(view)
    view.show_plan(plan)
    assert "⚠ Đồng hồ của máy tính đang chỉ ngày 01/01/2000" in view.catalog_note.text()
    assert cards(view, "eligible")

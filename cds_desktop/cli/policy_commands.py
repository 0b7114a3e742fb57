"""`cds-cli policies` and `cds-cli roadmap`: which supports fit a business, and what to do next."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from ..errors import InputError, Problem
from ..formats import format_date, format_money
from ..i18n import text, tr
from .output import print_json

if TYPE_CHECKING:  # the domain loads in the handlers: every cds-cli command imports this module at start
    from ..domain.plan import Plan

_STEPS_SHOWN = 6  # the JSON lists them all


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    file, file_help = say("TỆP", "FILE"), say("tệp đánh giá (.json)", "assessment file (.json)")
    json_help = say("in ra dạng JSON, cho phần mềm khác đọc", "machine-readable output")

    p = commands.add_parser("policies", parents=[common])
    p.add_argument("file", metavar=file, help=file_help)
    p.add_argument("--on", metavar="YYYY-MM-DD", help=say("xét theo ngày này (mặc định: hôm nay)",
                                                          "match as of this date (default today)"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_policies)

    p = commands.add_parser("roadmap", parents=[common])
    p.add_argument("file", metavar=file, help=file_help)
    p.add_argument("--on", metavar="YYYY-MM-DD", help=say("xét chính sách theo ngày này (mặc định: hôm nay)",
                                                          "match policies as of this date (default today)"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_roadmap)


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(Problem("--on", text(
            f"'{value}' không phải ngày hợp lệ; viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-03-31",
            f"'{value}' is not a valid date; write it as YEAR-MONTH-DAY, e.g. 2026-03-31"))) from None


def _plan(args) -> Plan:
    from ..domain.assessment import load_assessment_file
    from ..domain.plan import make_plan

    on = _date(args.on)  # before reading the file: a bad option is reported first
    loaded = load_assessment_file(args.file)
    return make_plan(loaded.instrument, loaded.business, loaded.assessment, on)


def cmd_policies(args) -> int:
    from ..domain.eligibility import MET, NOT_MET, NOTE
    from ..domain.policies import STATUS_NAMES
    from ..domain.strengths import topic
    from ..domain.vocabulary import funding_names

    marks = {MET: "✓", NOT_MET: "✗", NOTE: "i"}  # unknown: "?"
    plan = _plan(args)
    lang = args.lang
    if args.json:  # each support carries the state of the catalog it was matched from
        catalog = _catalog_state(plan.on, lang)
        print_json([{**entry, **catalog} for entry in plan.policies_json(lang)])
        return 0
    print(tr(text(f"Chính sách đối chiếu ngày {format_date(plan.on, 'vi')}", f"Policies as of {format_date(plan.on, 'en')}"), lang))
    _print_edition(plan.on, lang)
    for m in plan.policies:
        p = m.policy
        print(f"\n[{m.eligibility_name(lang)}] {tr(p.title, lang)}")
        facts = [p.legal_numbers, tr(STATUS_NAMES[p.status], lang), tr(text("đã xác minh", "verified") if p.verified
                                              else text("chưa xác minh", "unverified"), lang)]
        if m.estimated_max_vnd is not None:
            estimate = tr(text("hỗ trợ tối đa ước tính", "estimated maximum"), lang) + " " + format_money(m.estimated_max_vnd, lang)
            higher = p.benefit.higher_cap_for_size(m.size_class)
            if higher:
                estimate += f" ({format_money(higher, lang)}: {tr(p.benefit.higher_cap_for, lang)})"
            facts.append(estimate)
        print("   " + " · ".join(facts))
        for r in m.reasons:
            if not r.criterion.startswith("condition."):  # conditions are listed once, just below
                print(f"   {marks.get(r.result, '?')} {tr(r.text, lang)}")
        for condition in p.conditions:
            print(f"   ? {tr(text('Cần xác nhận', 'To confirm'), lang)}: {tr(condition.text, lang)}")
        if p.funds:
            print("   " + tr(text("Chi trả cho", "Pays for"), lang) + ": "
                  + ", ".join(tr(funding_names()[f], lang) for f in p.funds))
        if m.relevant_steps:  # named by what they improve: the ids are the data files' (the JSON keeps them)
            names = [topic(plan.result.questions[qid].question, lang) for qid in m.relevant_steps[:_STEPS_SHOWN]]
            shown = "; ".join(names) + (" …" if len(m.relevant_steps) > _STEPS_SHOWN else "")
            print("   " + tr(text(f"Bước lộ trình liên quan ({len(m.relevant_steps)})",
                                  f"Roadmap steps ({len(m.relevant_steps)})"), lang) + f": {shown}")
        print("   " + tr(text("Liên hệ", "Contact"), lang) + ": " + tr(p.how_to_apply.agency, lang))
    return 0


def _print_edition(on: date, lang: str) -> None:
    """Which catalog edition the policies come from, and whether it may be out of date."""
    from ..domain.edition import active_edition, edition_line

    print(tr(edition_line(active_edition()), lang))
    _print_edition_notices(on, lang)


def _catalog_state(on: date, lang: str) -> dict:
    """For the JSON outputs: a program naming supports must be able to say what the text views say on `on`."""
    from ..domain.edition import active_edition, edition_notices, may_be_out_of_date

    edition = active_edition()
    return {"catalog_out_of_date": may_be_out_of_date(edition, on),
            "catalog_notices": [tr(notice, lang) for notice in edition_notices(edition, on)]}


def _print_edition_notices(on: date, lang: str) -> None:
    """What a reader of the supports must know about the catalog on `on` (nothing, on most days)."""
    from ..domain.edition import active_edition, edition_notices

    for notice in edition_notices(active_edition(), on):
        print("! " + tr(notice, lang))


def cmd_roadmap(args) -> int:
    from ..domain.roadmap import TAG_NAMES
    from ..domain.strengths import topic

    plan = _plan(args)
    lang = args.lang
    if args.json:
        print_json({**plan.roadmap.to_json(lang), **_catalog_state(plan.on, lang)})
        return 0
    if plan.roadmap.is_empty:
        print(tr(text("Không có bước nào: mọi câu trả lời đã đạt mục tiêu.",
                      "No steps: every answer has reached its target."), lang))
        return 0
    if any(step.policies for step in plan.roadmap.steps):  # supports named below: say if they may have changed
        _print_edition_notices(plan.on, lang)
    number = 0
    for phase in plan.roadmap.phases:
        print(f"\n{tr(phase.name, lang)}")
        if not phase.steps:
            print("   —")
        for step in phase.steps:
            number += 1
            tag = tr(text("[Nghĩa vụ] ", "[Obligation] "), lang) if step.obligation else ""
            print(f"{number:>3}. {tag}{tr(step.text, lang)}")
            print(f"     {topic(plan.result.questions[step.question_id].question, lang)} · {tr(step.area_name, lang)} · {tr(step.pillar_name, lang)} · "
                  + tr(text("mức", "level"), lang) + f" {step.from_level} → {step.to_level} · "
                  + tr(text("công sức", "effort"), lang) + f" {tr(TAG_NAMES[step.effort], lang)} · "
                  + tr(text("chi phí", "cost"), lang) + f" {tr(TAG_NAMES[step.cost], lang)}")
            if step.policies:
                print("     " + tr(text("Hỗ trợ", "Support"), lang) + ": "
                      + "; ".join(step.support_lines(lang)))
    return 0

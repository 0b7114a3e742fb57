"""Assemble the report: score, pick the previous assessment, make the plan, lay out the sections."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Sequence

from ..domain.assessment import AssessmentFile, earlier_stages, previous_stage, readable_day
from ..domain.edition import policy_day
from ..errors import InputError, Problem
from ..fileio import atomic_output
from ..formats import format_date, in_both
from ..i18n import check_language, fold_diacritics, text
from .context import ReportContext
from .document import Chrome, write_pdf
from .markup import clean, truncate


def same_business(a: AssessmentFile, b: AssessmentFile) -> bool:
    """Same id when both are stored, else same tax code when both have one, else the same name."""
    x, y = a.business, b.business
    if x.id and y.id:
        return x.id == y.id
    if x.tax_code and y.tax_code:
        return x.tax_code == y.tax_code
    return fold_diacritics(" ".join(x.name.split())) == fold_diacritics(" ".join(y.name.split()))


def previous_assessment(current: AssessmentFile, history: Sequence[AssessmentFile]) -> AssessmentFile | None:
    """The assessment of the same business just before the current one, in the order of the stages."""
    for other in history:
        if not same_business(current, other):
            raise InputError(Problem("previous", text(
                f"đánh giá trước ({other.business.name}) không phải của cùng cơ sở ({current.business.name}); "
                "chỉ so sánh các lần đánh giá của một cơ sở",
                f"the previous assessment ({other.business.name}) is of another business ({current.business.name}); "
                "compare assessments of one business only")))
    given: dict[str, AssessmentFile] = {}
    for other in history:  # a file named twice is one assessment; two versions of it, which one is meant?
        first = given.setdefault(other.assessment.id, other)
        if first.assessment != other.assessment:
            stage, ident = other.assessment.stage, other.assessment.id
            raise InputError(Problem("previous", text(
                f"có hai bản khác nhau của lần đánh giá {stage} ({ident}) trong các lần để so sánh; chỉ đưa một bản",
                f"two versions of the assessment {stage} ({ident}) are given to compare with; give one of them")))
    before = previous_stage(current.assessment, [h.assessment for h in history])  # the window's rule too
    return next((h for h in history if h.assessment is before), None)


def context(current: AssessmentFile, *, lang: str, on: date, history: Sequence[AssessmentFile],
            benchmark: Any, consultant: Any) -> ReportContext:
    from ..domain.plan import make_plan

    previous = previous_assessment(current, history)
    plan = make_plan(current.instrument, current.business, current.assessment, on=on)
    previous_plan = None if previous is None else make_plan(
        previous.instrument, previous.business, previous.assessment, on=_day(previous.assessment.assessed_on) or on)
    return ReportContext(
        lang=lang, on=on, current=current, result=plan.result,  # the plan has scored it already
        previous=previous, previous_result=None if previous_plan is None else previous_plan.result,
        plan=plan, benchmark=benchmark, consultant=consultant, previous_plan=previous_plan,
        earlier=_earlier_stages(current, history, previous, previous_plan))


def _earlier_stages(current: AssessmentFile, history: Sequence[AssessmentFile], previous: AssessmentFile | None,
                    previous_plan: Any) -> tuple:
    """Every assessment before the current one, scored, in the order of the stages (T0 -> T1 -> T2)."""
    from ..domain.scoring import score

    files = {id(h.assessment): h for h in history}
    earlier = [files[id(a)] for a in earlier_stages(current.assessment, [h.assessment for h in history])]
    return tuple((h, previous_plan.result if h is previous else score(h.instrument, h.business, h.assessment))
                 for h in earlier)


def _day(value: str | date) -> date | None:
    """An assessment's day; None for a stored text that is no day (an earlier version's '15/11/2026')."""
    return value if isinstance(value, date) else readable_day(str(value)[:10])


def check_report_date(current: AssessmentFile, on: date) -> None:
    """A report cannot be dated before the assessment it reports on, nor report one whose stored day is no day."""
    assessed = _day(current.assessment.assessed_on)
    if assessed is None:
        stored = current.assessment.assessed_on
        raise InputError(Problem("assessed_on", text(
            f"ngày đánh giá '{stored}' không phải một ngày có thật viết theo dạng NĂM-THÁNG-NGÀY; hãy sửa ngày ở thẻ "
            "người đánh giá, trang Đánh giá, rồi lập báo cáo",
            f"the assessment date '{stored}' is not a real day written as YEAR-MONTH-DAY; set the date on the "
            "assessor card, Assessment page, then make the report")))
    if on < assessed:
        day, first = in_both(format_date, on), in_both(format_date, assessed)
        raise InputError(Problem("on", text(
            f"ngày lập báo cáo {day['vi']} sớm hơn ngày đánh giá {first['vi']}; hãy chọn ngày từ {first['vi']} trở đi",
            f"the report date {day['en']} is before the assessment date {first['en']}; choose {first['en']} or later")))


def build(current: AssessmentFile, out_path: str | Path, *, lang: str, on: date | None,
          history: Sequence[AssessmentFile], benchmark: Any, consultant: Any) -> None:
    check_language(lang)
    check_report_date(current, on or policy_day())
    with atomic_output(out_path) as target:  # first: an unwritable path fails before any layout work
        _write(target, current, lang=lang, on=on, history=history, benchmark=benchmark, consultant=consultant)


def story(ctx: ReportContext) -> list:
    from .answers import answers
    from .changes import since_last_time
    from .method import method
    from .plan_sections import policies, roadmap
    from .sections import results, signatures
    from .summary import summary

    from reportlab.platypus import KeepTogether

    from .blocks import anchor, spacer

    how = method(ctx)
    how[0] = spacer(6)  # the method follows the answers on the same page: it is short and read last
    how.insert(1, anchor("method", ctx.drawn))
    # The signature block stays with the disclaimer above it: never alone on a page.
    signed = KeepTogether(how[-2:] + signatures(ctx))
    return (summary(ctx) + results(ctx) + since_last_time(ctx) + roadmap(ctx) + policies(ctx) + answers(ctx)
            + how[:-2] + [signed])


def _write(target: Path, current: AssessmentFile, *, lang: str, on: date | None,
           history: Sequence[AssessmentFile], benchmark: Any, consultant: Any) -> None:
    from .sections import report_title

    ctx = context(current, lang=lang, on=on or policy_day(), history=history, benchmark=benchmark,
                  consultant=consultant)
    name = clean(current.business.name)
    title = report_title(ctx)
    assessor = current.assessment.assessor
    consultant_name = getattr(consultant, "name", consultant) if consultant else ""
    author = (assessor.name if assessor and assessor.name.strip() else str(consultant_name or "")) or "CĐS Desktop"
    chrome = Chrome(
        title=f"{title} — {truncate(name, 120)}", business=name,
        page_label=ctx.say("Trang {page} / {pages}", "Page {page} of {pages}"), author=clean(author),
        subject=ctx.say(f"Đánh giá chuyển đổi số {current.assessment.stage}, ngày {ctx.date(current.assessment.assessed_on)}",
                        f"Digital transformation assessment {current.assessment.stage}, "
                        f"{ctx.date(current.assessment.assessed_on)}"),
        lang=lang, on=ctx.on, watermark=ctx.say("BẢN NHÁP", "DRAFT") if ctx.is_draft else "",
        header_title=title)
    write_pdf(target, story(ctx), chrome)  # one layout pass: the summary's page references are drawn last

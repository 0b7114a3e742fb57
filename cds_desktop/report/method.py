"""Report section 6: how scores and levels are computed (the same rules as docs/scoring.md and
domain/scoring.py), which instrument and policy catalog were used, and the disclaimer."""

from __future__ import annotations

from ..domain.instrument import older_version_note
from ..domain.scoring import DBI_PILLAR_POINTS, METHOD_NOTE, level_label
from .blocks import p, rich, section_break
from .context import ReportContext
from .markup import para

_RULES = (
    ("<b>Câu hỏi dạng thang mức</b> (mức 0–5, mỗi mức mô tả việc cơ sở thực sự làm): điểm = mức × trọng số; "
     "tối đa = 5 × trọng số.",
     "<b>Ladder questions</b> (levels 0–5, each describing what the business actually does): points = level × weight; "
     "maximum = 5 × weight."),
    ("<b>Câu hỏi dạng danh sách</b> (công cụ đang dùng): mức của câu là mức theo bảng dưới đây của tỷ lệ lựa chọn "
     "đã đánh dấu trên các lựa chọn liên quan (không tính \"không dùng cái nào\" và các lựa chọn cơ sở đánh dấu "
     "\"không liên quan\"); điểm = mức × trọng số. Ví dụ 3 trong 6 lựa chọn = 50 % = mức 3.",
     "<b>Checklist questions</b> (tools in use): the question's level is the band (table below) of the share of "
     "relevant options ticked (not counting \"none of these\" and options the business marked \"not relevant to "
     "us\"); points = level × weight. For example 3 of 6 options = 50 % = level 3."),
    ("<b>Không áp dụng</b> (chỉ ở câu cho phép), câu danh sách mà mọi lựa chọn đều \"không liên quan\" và câu "
     "<b>bị ẩn theo điều kiện</b> (ví dụ câu về sản xuất với cơ sở không sản xuất) không được tính vào cả tử số lẫn "
     "mẫu số.",
     "<b>Not applicable</b> answers (only where allowed), checklists with every option \"not relevant\" and questions "
     "<b>hidden by skip logic</b> (for example production questions for a shop that makes no goods) leave both the "
     "points and the maximum."),
    ("<b>Tạm tính</b>: khi còn câu áp dụng chưa trả lời, điểm là tạm tính và chưa có mức chung; lĩnh vực hoặc trụ "
     "cột có dưới một nửa số câu được trả lời thì chưa có mức.",
     "<b>Provisional</b>: while an applicable question is unanswered the scores are provisional and there is no "
     "overall level; an area or pillar with fewer than half of its questions answered has no level."),
    ("Điểm lĩnh vực và điểm trụ cột = 100 × tổng điểm ÷ tổng điểm tối đa của các câu áp dụng đã trả lời. "
     "Lĩnh vực không có câu nào được tính là \"chưa đánh giá\", không phải 0.",
     "Area and pillar score = 100 × points ÷ maximum points over the applicable, answered questions. "
     "An area with nothing counted is \"not assessed\", not zero."),
    ("<b>Điểm chung</b> = Σ (tỷ lệ điểm của trụ cột × điểm tối đa của trụ cột theo DBI 2021) ÷ 320, đổi ra thang 100 "
     "(bảng dưới). Trụ cột chưa có câu trả lời không được tính.",
     "<b>Overall score</b> = Σ (pillar share × the pillar's DBI 2021 maximum) ÷ 320, shown out of 100 (table "
     "below). A pillar without answers is left out."),
    ("<b>Mức chung</b> (lấy mức cao nhất thỏa mãn): 5 nếu trên 256/320 điểm (80 %) và cả 6 trụ cột ở mức 5; "
     "4 nếu trên 192 (60 %) và ít nhất 5 trụ cột ≥ 4; 3 nếu trên 128 (40 %) và ít nhất 4 trụ cột ≥ 3; 2 nếu trên "
     "64 (20 %) và ít nhất 4 trụ cột ≥ 2; 1 nếu trên 20 (6,25 %) và ít nhất 4 trụ cột ≥ 1; còn lại là 0. Khi chưa "
     "đủ 6 trụ cột có câu trả lời, số trụ cột cần đạt được tính theo tỷ lệ và làm tròn lên.",
     "<b>Overall level</b> (the first that holds from the top): 5 above 256 of 320 points (80 %) with all six "
     "pillars at 5; 4 above 192 (60 %) with at least 5 pillars ≥ 4; 3 above 128 (40 %) with at least 4 pillars ≥ 3; "
     "2 above 64 (20 %) with at least 4 pillars ≥ 2; 1 above 20 (6.25 %) with at least 4 pillars ≥ 1; else 0. With "
     "fewer than six pillars assessed, the pillar counts are scaled to the pillars assessed, rounded up."),
    ("Phép tính dùng phân số chính xác: điểm đúng bằng 20 là mức 1, không bao giờ thành mức 2 do làm tròn. "
     "Điểm hiển thị làm tròn một chữ số thập phân.",
     "Arithmetic is exact (fractions): a score of exactly 20 is level 1, never 2 by rounding. Scores are shown "
     "rounded to one decimal."),
)

_BANDS = ("s < 10", "10 ≤ s ≤ 20", "20 < s ≤ 40", "40 < s ≤ 60", "60 < s ≤ 80", "s > 80")


def _catalog_lines(ctx: ReportContext) -> list[str]:
    """The catalog edition (version, as_of) and any notice about it, then each catalog file."""
    from ..domain.edition import active_edition, edition_line, edition_notices

    edition = active_edition()
    return [ctx.tr(edition_line(edition)) + "."] + [ctx.tr(notice) for notice in edition_notices(edition, ctx.on)] + [
        ctx.say(f"Danh mục chính sách: {ctx.tr(f.name)}, phiên bản {f.version}, cập nhật ngày {ctx.date(f.updated)}.",
                    f"Policy catalog: {ctx.tr(f.name)}, version {f.version}, updated {ctx.date(f.updated)}.")
        for f in ctx.plan.catalog.files]


def method(ctx: ReportContext) -> list:
    out = [section_break(), p(ctx.say("Phương pháp", "Method"), "h1"), p(ctx.tr(METHOD_NOTE), "body"), p(ctx.say(
        "Sáu trụ cột, sáu mức, điểm tối đa của từng trụ cột và quy tắc xếp mức lấy theo bản mô tả phương pháp DBI 2021 "
        "cho doanh nghiệp nhỏ và vừa từ nguồn thứ cấp, chưa đối chiếu với văn bản gốc. Mỗi câu hỏi được xếp vào trụ "
        "cột có chủ đề tiêu chí DBI 2021 tương ứng (ví dụ hóa đơn điện tử, ERP, CRM thuộc hạ tầng và công nghệ số; "
        "chính sách an toàn thông tin, nhân sự CNTT, đầu tư cho công nghệ, đào tạo thuộc vận hành) và vào một trong "
        "năm lĩnh vực hoạt động, cách nhìn của chủ cơ sở.",
        "The six pillars, six levels, the pillar maxima and the level rule follow a secondary description of the "
        "DBI 2021 SME method, not yet checked against the official text. Each question sits in the pillar whose "
        "DBI 2021 criteria theme it matches (for example e-invoices, ERP and CRM in infrastructure and technology; "
        "security policy, IT staff, ICT investment and training in operations) and in one of five business areas, "
        "the owner's view."))]
    out += [rich("• " + (vi if ctx.lang == "vi" else en), "small") for vi, en in _RULES]
    bands = "; ".join(f"{band}: {para(level_label(level, ctx.lang))}" for level, band in enumerate(_BANDS))
    pillars = "; ".join(f"{para(ctx.tr(ctx.instrument.pillar(pid).name))} {points}"
                        for pid, points in DBI_PILLAR_POINTS.items() if any(pl.id == pid for pl in ctx.instrument.pillars))
    out += [rich(f"<b>{ctx.say('Mức theo điểm s (mỗi lĩnh vực, mỗi trụ cột)', 'Level of a score s (every area and pillar)')}"
                 f"</b>: {bands}.", "small"),
            rich(f"<b>{ctx.say('Điểm tối đa của trụ cột (DBI 2021, tổng 320)', 'Pillar maxima (DBI 2021, 320 in all)')}"
                 f"</b>: {pillars}.", "small"),
            p(ctx.say("Nguồn dữ liệu", "Sources"), "h2"),
            rich(ctx.say("Bộ câu hỏi", "Questionnaire") + f": {para(ctx.tr(ctx.instrument.name))} — "
                 f"<b>{para(ctx.instrument.id)}</b> {ctx.say('phiên bản', 'version')} "
                 f"<b>{para(ctx.instrument.version)}</b> ({ctx.say('ban hành', 'released')} "
                 f"{ctx.date(ctx.instrument.released)})."
                 + (f" {para(ctx.tr(older))}" if (older := older_version_note(ctx.instrument)) else "")),
            p(ctx.say(f"Ngày lập báo cáo: {ctx.date(ctx.on)}.", f"Report date: {ctx.date(ctx.on)}."))]
    out += [p(line) for line in _catalog_lines(ctx)]
    out += [p(ctx.say("Lưu ý", "Disclaimer"), "h2"), p(ctx.say(
        "Báo cáo dựa trên câu trả lời tự khai của cơ sở (hoặc do người đánh giá ghi nhận) và chỉ dùng để định hướng. "
        "Kết quả không phải là xếp hạng chính thức theo DBI. Thông tin về chính sách hỗ trợ, điều kiện và mức hỗ trợ "
        "chỉ là ước tính từ danh mục tại ngày ghi trên; hãy xác nhận với cơ quan tiếp nhận hồ sơ trước khi nộp. "
        "Chính sách ghi \"Đề xuất — chưa xác minh\" chưa được ban hành chính thức.",
        "This report is based on the business's own answers (or those recorded by the assessor) and is for guidance "
        "only. It is not an official DBI ranking. Support policies, conditions and amounts are estimates from the "
        "catalog of the date above; confirm them with the receiving agency before applying. Policies marked "
        "\"Proposed — not verified\" have not been officially issued."), "body")]
    return out

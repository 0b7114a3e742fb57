"""Report section 6: how scores and levels are computed (the same rules as docs/scoring.md and
domain/scoring.py), which instrument and policy catalog were used, and the disclaimer."""

from __future__ import annotations

from ..domain.scoring import LEVEL_NAMES
from .blocks import p, rich, section_break, table
from .context import ReportContext
from .markup import para

_RULES = (
    ("<b>Câu hỏi dạng thang mức</b> (mức 0–5, mỗi mức mô tả việc cơ sở thực sự làm): điểm = mức × trọng số; "
     "tối đa = 5 × trọng số.",
     "<b>Ladder questions</b> (levels 0–5, each describing what the business actually does): points = level × weight; "
     "maximum = 5 × weight."),
    ("<b>Câu hỏi dạng danh sách</b> (công cụ đang dùng): điểm = 5 × (số lựa chọn đã đánh dấu ÷ số lựa chọn) × trọng số, "
     "không tính lựa chọn loại trừ \"không dùng cái nào\" (cho 0 điểm). Mức của câu danh sách là điểm ÷ trọng số, "
     "làm tròn xuống.",
     "<b>Checklist questions</b> (tools in use): points = 5 × (options ticked ÷ options offered) × weight, not counting "
     "the exclusive \"none of these\" option, which gives 0 points. A checklist's level is its points per weight, "
     "rounded down."),
    ("<b>Không áp dụng</b> (chỉ ở câu cho phép) và câu <b>bị ẩn theo điều kiện</b> (ví dụ câu về sản xuất với cơ sở "
     "không sản xuất) không được tính vào cả tử số lẫn mẫu số: không làm tăng hay giảm điểm nào.",
     "<b>Not applicable</b> answers (only where allowed) and questions <b>hidden by skip logic</b> (for example "
     "production questions for a shop that makes no goods) leave both the points and the maximum."),
    ("Với <b>bản nháp</b>, câu chưa trả lời làm giảm mức độ hoàn thành, không làm giảm điểm.",
     "In a <b>draft</b>, unanswered questions lower the completeness, not the score."),
    ("Điểm lĩnh vực, điểm trụ cột và điểm chung = 100 × tổng điểm ÷ tổng điểm tối đa của các câu áp dụng đã trả lời. "
     "Lĩnh vực không có câu nào được tính là \"chưa đánh giá\", không phải 0.",
     "Area, pillar and overall score = 100 × points ÷ maximum points over the applicable, answered questions. "
     "An area with nothing counted is \"not assessed\", not zero."),
    ("<b>Mức chung</b> (quy tắc DBI, lấy mức cao nhất thỏa mãn): 5 nếu điểm chung &gt; 80 và cả 6 trụ cột ở mức 5; "
     "4 nếu &gt; 60 và ít nhất 5 trụ cột ≥ 4; 3 nếu &gt; 40 và ít nhất 4 trụ cột ≥ 3; 2 nếu &gt; 20 và ít nhất 4 trụ cột ≥ 2; "
     "1 nếu &gt; 6,25 và ít nhất 4 trụ cột ≥ 1; còn lại là 0. Khi chưa đủ 6 trụ cột có câu trả lời, số trụ cột cần đạt "
     "được tính theo tỷ lệ và làm tròn lên.",
     "<b>Overall level</b> (the DBI rule, the first that holds from the top): 5 if overall &gt; 80 and all six pillars "
     "at 5; 4 if &gt; 60 and at least 5 pillars ≥ 4; 3 if &gt; 40 and at least 4 pillars ≥ 3; 2 if &gt; 20 and at least "
     "4 pillars ≥ 2; 1 if &gt; 6.25 and at least 4 pillars ≥ 1; else 0. With fewer than six pillars assessed, the "
     "pillar counts are scaled to the pillars assessed, rounded up."),
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
    out = [section_break(), p(ctx.say("Phương pháp", "Method"), "h1"), p(ctx.say(
        "Các mức và trụ cột theo Bộ chỉ số đánh giá chuyển đổi số doanh nghiệp (DBI: QĐ 1970/QĐ-BTTTT năm 2021, "
        "QĐ 2158/QĐ-BTTTT năm 2023, nay là QĐ 1567/QĐ-BKHCN ngày 30/6/2025). Năm lĩnh vực hoạt động là cách nhìn của "
        "chủ cơ sở: mỗi câu hỏi thuộc một lĩnh vực và một trụ cột.",
        "Levels and pillars follow the official Vietnamese enterprise DX index (DBI: QĐ 1970/QĐ-BTTTT of 2021, "
        "QĐ 2158/QĐ-BTTTT of 2023, now QĐ 1567/QĐ-BKHCN of 30/6/2025). The five business areas are the owner's view "
        "on top: every question belongs to one area and one pillar."))]
    out += [rich("• " + (vi if ctx.lang == "vi" else en)) for vi, en in _RULES]
    rows = [[band, f"{level} · {ctx.tr(LEVEL_NAMES[level])}"] for level, band in enumerate(_BANDS)]
    out += [p(ctx.say("Mức theo điểm (mỗi lĩnh vực, mỗi trụ cột)", "Level of a score (every area and pillar)"), "h3"),
            table([ctx.say("Điểm s", "Score s"), ctx.say("Mức", "Level")], rows, [40, 70]),
            p(ctx.say("Nguồn dữ liệu", "Sources"), "h2"),
            rich(ctx.say("Bộ câu hỏi", "Questionnaire") + f": {para(ctx.tr(ctx.instrument.name))} — "
                 f"<b>{para(ctx.instrument.id)}</b> {ctx.say('phiên bản', 'version')} "
                 f"<b>{para(ctx.instrument.version)}</b> ({ctx.say('ban hành', 'released')} "
                 f"{ctx.date(ctx.instrument.released)})."),
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

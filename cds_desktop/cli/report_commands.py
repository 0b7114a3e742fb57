"""Report commands: `report` (the PDF report of an assessment file). The paper questionnaire is in paper_commands."""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import text, tr
from .output import assessment_words, file_size


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    file = say("TỆP", "FILE")

    def on_date(value: str) -> date:
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(say(f"'{value}' không phải là ngày; viết năm-tháng-ngày, ví dụ 2026-03-02",
                                                 f"'{value}' is not a date; write YYYY-MM-DD, e.g. 2026-03-02")) from None

    p = commands.add_parser("report", parents=[common])
    p.add_argument("file", metavar=file, help=say("tệp đánh giá (.json)", "assessment file (.json)"))
    p.add_argument("-o", "--output", required=True, metavar=say("BÁO_CÁO.pdf", "OUT.pdf"),
                   help=say("tệp PDF sẽ ghi ra", "the PDF file to write"))
    p.add_argument("--on", type=on_date, metavar="YYYY-MM-DD",
                   help=say("ngày của báo cáo, cũng là ngày tạo tệp PDF (mặc định: hôm nay)",
                            "report date, also the PDF creation date (default today)"))
    p.add_argument("--previous", nargs="+", default=[], metavar=file,
                   help=say("các tệp đánh giá trước đây của cùng cơ sở, để so sánh",
                            "earlier assessment files of the same business, for the comparison"))
    p.add_argument("--benchmark", action="store_true",
                   help=say("thêm phần so sánh với các cơ sở tương tự đã lưu (--data-dir) khi có đủ số cơ sở; "
                            "lần đánh giá phải đã được lưu (cds-cli import TỆP)",
                            "add the comparison with similar businesses in the store (--data-dir), when it has "
                            "enough of them; the assessment must be stored (cds-cli import FILE)"))
    p.set_defaults(handler=cmd_report)


def cmd_report(args) -> int:
    from ..domain.assessment import load_assessment_file
    from ..report import build_report

    current = load_assessment_file(args.file)
    history = [load_assessment_file(path) for path in args.previous]
    peers = _benchmark(args, current) if args.benchmark else None
    build_report(current, args.output, lang=args.lang, on=args.on, history=history, benchmark=peers)
    which = assessment_words(current.business.name, current.assessment.stage, current.assessment.assessed_on)
    size = file_size(args.output)
    print(tr(text(f"Đã ghi báo cáo: {args.output} ({which['vi']}, {size['vi']})",
                  f"Report written: {args.output} ({which['en']}, {size['en']})"), args.lang))
    return 0


def _benchmark(args, current):
    """The store's peer comparison for the file's assessment, as the window's report has it; None (said on
    stderr) when the store has too few peers to show it."""
    import sys

    from ..errors import InputError, Problem
    from ..storage.benchmark import benchmark
    from .store_commands import _reader

    with _reader(args) as repo:
        if current.assessment.id not in {s.id for s in repo.summaries()}:
            raise InputError(Problem("--benchmark", text(
                f"đánh giá {current.assessment.id} chưa có trong dữ liệu; hãy nhập tệp trước "
                f"(cds-cli import {args.file}) rồi chạy lại",
                f"assessment {current.assessment.id} is not in the store; import the file first "
                f"(cds-cli import {args.file}) and run again")))
        peers = benchmark(repo, current.assessment.id)
    if peers.hidden:
        print(tr(text("Báo cáo không có phần so sánh: ", "The report has no comparison: "), args.lang)
              + peers.describe(args.lang) + ".", file=sys.stderr)
        return None
    return peers


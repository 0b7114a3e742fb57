"""Report commands: `report` (the PDF report of an assessment file). The paper questionnaire is in paper_commands."""

from __future__ import annotations

import argparse
from datetime import date

from ..i18n import text, tr


def register(commands, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("report", parents=[common], help="write the PDF report of an assessment file")
    p.add_argument("file", metavar="FILE", help="assessment file (.json)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--on", type=_iso_date, metavar="YYYY-MM-DD",
                   help="report date, also the PDF creation date (default today)")
    p.add_argument("--previous", nargs="+", default=[], metavar="FILE",
                   help="earlier assessment files of the same business, for the comparison")
    p.set_defaults(handler=cmd_report)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; write YYYY-MM-DD, e.g. 2026-03-02") from None


def cmd_report(args) -> int:
    from ..domain.assessment import load_assessment_file
    from ..report import build_report

    current = load_assessment_file(args.file)
    history = [load_assessment_file(path) for path in args.previous]
    build_report(current, args.output, lang=args.lang, on=args.on, history=history)
    print(tr(text(f"Đã ghi báo cáo: {args.output}", f"Report written: {args.output}"), args.lang))
    return 0


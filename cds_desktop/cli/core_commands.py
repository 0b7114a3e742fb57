"""Foundation commands: instrument, sample, validate, score, classify."""

from __future__ import annotations

import argparse

from ..domain.business import classify, size_class_label
from ..formats import format_date, format_percent, format_score
from ..i18n import one_line, text, tr
from .output import assessment_words, file_size, print_json


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    json_help = say("in ra dạng JSON, cho phần mềm khác đọc", "machine-readable output")
    file, file_help = say("TỆP", "FILE"), say("tệp đánh giá (.json)", "assessment file (.json)")

    p = commands.add_parser("instrument", parents=[common])
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_instrument)

    p = commands.add_parser("sample", parents=[common])
    p.add_argument("-o", "--output", required=True, metavar=file, help=say("tệp sẽ ghi ra", "the file to write"))
    p.set_defaults(handler=cmd_sample)

    p = commands.add_parser("validate", parents=[common])
    p.add_argument("file", metavar=file, help=say("tệp đánh giá hoặc tệp gộp (.json)", "assessment file or bundle (.json)"))
    p.set_defaults(handler=cmd_validate)

    p = commands.add_parser("score", parents=[common])
    p.add_argument("file", metavar=file, help=file_help)
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_score)

    p = commands.add_parser("classify", parents=[common])
    # The ids are data (assessments/vocabulary.json), checked when the command runs: --help reads no file.
    p.add_argument("--entity-type", required=True, metavar=say("LOẠI_HÌNH", "TYPE"),
                   help=say("loại hình (mã trong assessments/vocabulary.json), ví dụ enterprise",
                            "an entity type of assessments/vocabulary.json, e.g. enterprise"))
    p.add_argument("--sector", required=True, metavar=say("NGÀNH", "SECTOR"),
                   help=say("lĩnh vực (mã trong assessments/vocabulary.json), ví dụ trade_services",
                            "a sector of assessments/vocabulary.json, e.g. trade_services"))
    p.add_argument("--employees", required=True, metavar="N",
                   help=say("số lao động tham gia bảo hiểm xã hội, số nguyên",
                            "workers with social insurance, a whole number"))
    p.add_argument("--revenue", metavar="VND",
                   help=say('tổng doanh thu năm, ví dụ 3000000000, "3.000.000.000" hoặc "3 tỷ"',
                            'total revenue of the year, e.g. 3000000000, "3.000.000.000" or "3 tỷ"'))
    p.add_argument("--capital", metavar="VND",
                   help=say('tổng nguồn vốn, ví dụ 2500000000 hoặc "2,5 tỷ"',
                            'total capital, e.g. 2500000000 or "2,5 tỷ"'))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_classify)


def cmd_instrument(args) -> int:
    from ..domain.instrument import current_instrument

    instrument = current_instrument()
    if args.json:
        print_json(instrument.to_json())
        return 0
    print(f"{tr(instrument.name, args.lang)} — {instrument.id} {instrument.version}")
    for area in instrument.areas:
        print(f"\n{tr(area.name, args.lang)}")
        for q in instrument.questions_in(area.id):
            print(f"  {q.id:<24} {tr(q.text, args.lang)}")
    return 0


def cmd_sample(args) -> int:
    from ..domain.sample import sample_file
    from ..fileio import write_atomically

    sample = sample_file()
    write_atomically(args.output, sample.dumps().encode("utf-8"))
    which = assessment_words(sample.business.name, sample.assessment.stage, sample.assessment.assessed_on)
    size = file_size(args.output)
    print(tr(text(f"Đã ghi tệp đánh giá mẫu: {args.output} ({which['vi']}, {size['vi']})",
                  f"Sample assessment file written: {args.output} ({which['en']}, {size['en']})"), args.lang))
    return 0


def cmd_validate(args) -> int:
    from ..domain.assessment import load_assessment_file
    from ..errors import InputError

    try:
        loaded = load_assessment_file(args.file)
    except InputError:
        if not _is_bundle(args.file):
            raise
        return _validate_bundle(args)
    name = one_line(loaded.business.name)
    print(tr(text(f"Hợp lệ: {name}, {loaded.assessment.stage}", f"Valid: {name}, {loaded.assessment.stage}"), args.lang))
    print(_questionnaire(loaded.instrument, args.lang))
    return 0


def _is_bundle(path: str) -> bool:
    """Whether the file says it is a bundle (several assessments, as `export-bundle` and the window write)."""
    from pathlib import Path

    from ..errors import InputError
    from ..fileio import read_json
    from ..storage.exchange import BUNDLE_FORMAT

    try:
        _, doc = read_json(Path(path))
    except InputError:
        return False
    return isinstance(doc, dict) and doc.get("format") == BUNDLE_FORMAT


def _validate_bundle(args) -> int:
    """Each assessment of a bundle checked as `import` checks it: every problem of every one, or a line each."""
    from ..formats import format_count, in_both
    from ..storage.exchange import read_exchange_file

    files = read_exchange_file(args.file)
    count = in_both(format_count, len(files), "đánh giá", "assessment", "assessments")
    print(tr(text(f"Hợp lệ: tệp gộp có {count['vi']}", f"Valid: a bundle of {count['en']}"), args.lang))
    for loaded in files:
        print(f"  {one_line(loaded.business.name)}, {loaded.assessment.stage}")
    for instrument in {(f.instrument.id, f.instrument.version): f.instrument for f in files}.values():
        print(_questionnaire(instrument, args.lang))
    return 0


def _questionnaire(instrument, lang: str) -> str:
    """"Questionnaire cds-sme version 1.1", and for an older version that the file keeps it."""
    from ..domain.instrument import older_version_note

    note = older_version_note(instrument)
    line = tr(text(f"Bộ câu hỏi {instrument.id} phiên bản {instrument.version}",
                   f"Questionnaire {instrument.id} version {instrument.version}"), lang)
    return f"{line}. {tr(note, lang)}" if note else line


def cmd_score(args) -> int:
    from ..domain.assessment import load_assessment_file
    from ..domain.scoring import PROVISIONAL_NOTE, level_label, score

    loaded = load_assessment_file(args.file)
    result = score(loaded.instrument, loaded.business, loaded.assessment)
    data = result.to_json(args.lang)
    if args.json:
        print_json(data)
        return 0
    print(f"{one_line(loaded.business.name)} — {loaded.assessment.stage} "
          f"{format_date(loaded.assessment.assessed_on, args.lang)}")
    print(_questionnaire(loaded.instrument, args.lang))
    print(f"{tr(text('Tổng thể', 'Overall'), args.lang)}: {result.headline(args.lang)}")
    for group in ("areas", "pillars"):
        print()
        for item in data[group]:
            level = "—" if item["level"] is None else level_label(item["level"], args.lang)
            shown = "—" if item["score"] is None else f"{format_score(item['score'], args.lang):>5}  {level}"
            print(f"  {item['name']:<42} {shown}")
    for note in (data["note"], tr(PROVISIONAL_NOTE, args.lang) if result.provisional else None, data["method"]):
        if note:
            print(f"\n{note}")
    print(f"\n{tr(text('Mức độ hoàn thành', 'Completeness'), args.lang)}: {format_percent(data['completeness'], args.lang)}")
    return 0


def _figure(option: str, typed: str | None, read) -> int | None:
    """A figure as people write it, or exit 2 naming the option and how to write it (never a misreading)."""
    from ..errors import InputError, Problem

    if typed is None:
        return None
    value, problem = read(typed)
    if problem is not None:
        raise InputError(Problem(option, problem))
    return value


def cmd_classify(args) -> int:
    from ..domain.figures import read_vnd, read_workers
    from ..domain.vocabulary import unknown_entity_types, unknown_sectors
    from ..errors import InputError

    problems = (unknown_entity_types("--entity-type", [args.entity_type])
                + unknown_sectors("--sector", [args.sector]))
    if problems:
        raise InputError(problems)
    employees = _figure("--employees", args.employees, read_workers)
    revenue, capital = _figure("--revenue", args.revenue, read_vnd), _figure("--capital", args.capital, read_vnd)
    size_class = classify(args.entity_type, args.sector, employees, revenue, capital)
    name = tr(size_class_label(size_class, args.entity_type), args.lang)  # a cooperative's: an estimate, said so
    if args.json:
        print_json({"size_class": size_class.value, "name": name})
    else:
        print(f"{size_class.value}: {name}")
    return 0

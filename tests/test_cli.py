"""`cds-cli`: stable commands other tools depend on; bad input exits 2 with a one-line reason."""

import json
import os
import subprocess
import sys

import pytest

from cds_desktop import __version__
from cds_desktop.cli import main
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.formats import format_score

from conftest import REPO


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample_path(tmp_path, capsys):
    path = tmp_path / "sample.json"
    assert run(capsys, "sample", "-o", str(path))[0] == 0
    return path


def test_instrument_json_has_the_stable_shape(capsys):
    code, out, _ = run(capsys, "instrument", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == current_instrument().id
    assert [a["id"] for a in data["areas"]] == ["business", "management", "production", "ecommerce", "foundation"]
    ladder = next(q for q in data["questions"] if q["type"] == "ladder")
    assert {"id", "area", "pillar", "type", "weight", "text", "help", "na_allowed", "applies_if", "levels"} <= set(ladder)
    assert [lv["level"] for lv in ladder["levels"]] == [0, 1, 2, 3, 4, 5]
    assert set(ladder["levels"][0]["next_step"]) == {"vi", "en"}
    checklist = next(q for q in data["questions"] if q["type"] == "checklist")
    assert any(o["exclusive"] for o in checklist["options"])


def test_sample_scores_with_a_plausible_uneven_profile(capsys, sample_path):
    assert run(capsys, "validate", str(sample_path))[0] == 0
    code, out, _ = run(capsys, "score", str(sample_path), "--json")
    data = json.loads(out)
    assert code == 0 and data["completeness"] == 1
    assert {"score", "level", "level_name"} <= set(data["overall"])
    area_scores = [a["score"] for a in data["areas"] if a["score"] is not None]
    assert max(area_scores) - min(area_scores) >= 25  # uneven: clear strengths and gaps
    assert 1 <= data["overall"]["level"] <= 4
    assert {"id", "name", "score", "level", "points", "max_points"} <= set(data["pillars"][0])


def test_score_speaks_english_on_request(capsys, sample_path):
    data = json.loads(run(capsys, "score", str(sample_path), "--json", "--lang", "en")[1])
    assert data["areas"][0]["name"] == "Business processes"
    assert run(capsys, "score", str(sample_path))[0] == 0  # the readable table too


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_score_writes_each_level_as_the_window_and_the_report_do(capsys, sample_path, lang):
    """"2 · Bắt đầu" in the table and on the overall line, as level_label writes it everywhere else, with the score
    computed for it (the overall line said "mức 2 (Bắt đầu)")."""
    from cds_desktop.domain.scoring import level_label

    data = json.loads(run(capsys, "score", str(sample_path), "--json", "--lang", lang)[1])
    out = run(capsys, "score", str(sample_path), "--lang", lang)[1]
    for item in data["areas"] + data["pillars"]:
        assert f"{item['name']:<42} {format_score(item['score'], lang):>5}  {level_label(item['level'], lang)}\n" in out
    overall = data["overall"]
    said = ("Tổng thể", "mức") if lang == "vi" else ("Overall", "level")
    assert (f"{said[0]}: {format_score(overall['score'], lang)}/100, {said[1]} {level_label(overall['level'], lang)}\n"
            in out)


@pytest.mark.parametrize("lang, sample_said, report_said", [
    ("vi", "Đã ghi tệp đánh giá mẫu: {path} (Công ty TNHH Cà phê Khe Sanh (mẫu), T0 ngày 15/10/2026, ",
     "Đã ghi báo cáo: {path} (Công ty TNHH Cà phê Khe Sanh (mẫu), T0 ngày 15/10/2026, "),
    ("en", "Sample assessment file written: {path} (Công ty TNHH Cà phê Khe Sanh (mẫu), T0 of 15 Oct 2026, ",
     "Report written: {path} (Công ty TNHH Cà phê Khe Sanh (mẫu), T0 of 15 Oct 2026, "),
])
def test_sample_and_report_say_what_they_wrote_and_where(capsys, tmp_path, lang, sample_said, report_said):
    """Each says the file, the business and the stage, and the size as the reader writes it: no silent success."""
    import re

    from cds_desktop.formats import format_size

    sample, report = tmp_path / "sample.json", tmp_path / "report.pdf"
    for argv, path, said in ((["sample"], sample, sample_said),
                             (["report", str(sample), "--on", "2026-12-01"], report, report_said)):
        code, out, err = run(capsys, "--lang", lang, *argv, "-o", str(path))
        assert code == 0 and not err and out == said.format(path=path) + format_size(path.stat().st_size, lang) + ")\n"
        assert re.search(r"\d,\d KB\)$" if lang == "vi" else r"\d\.\d KB\)$", out.strip()), out


def test_classify(capsys):
    code, out, _ = run(capsys, "classify", "--entity-type", "enterprise", "--sector", "trade_services",
                       "--employees", "8", "--revenue", "5000000000", "--json")
    assert code == 0 and json.loads(out)["size_class"] == "micro"
    assert json.loads(run(capsys, "classify", "--entity-type", "household", "--sector", "trade_services",
                          "--employees", "2", "--json")[1])["size_class"] == "not_applicable"


@pytest.mark.parametrize("argv", [
    ["score", "missing.json"],
    ["classify", "--entity-type", "enterprise", "--sector", "trade_services", "--employees", "-1"],
    ["classify", "--entity-type", "company", "--sector", "trade_services", "--employees", "1"],
    ["score"],
    ["no-such-command"],
])
def test_bad_input_exits_2_without_traceback(capsys, argv):
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main(argv))
    _, err = capsys.readouterr()
    assert exited.value.code == 2 and "Traceback" not in err and err.strip()


def test_invalid_file_gives_one_line_per_problem(capsys, sample_path):
    doc = json.loads(sample_path.read_text(encoding="utf-8"))
    doc["business"]["industry"] = "x" * 201
    doc["business"]["employees"] = -1
    sample_path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "validate", str(sample_path), "--lang", "en")
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all("sample.json" in line for line in lines)


def test_unwritable_output_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "sample", "-o", str(tmp_path / "no" / "such" / "dir" / "s.json"))
    assert code == 2 and "s.json" in err


def test_version_and_module_entry_point():
    out = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


def test_ci_runs_the_readme_test_command():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    command = 'python -m pip install -c constraints.txt ".[test,bundle]" && python -m pytest'
    assert command in readme and command in ci
    assert "python -m pip install -c constraints.txt . && python -m cds_desktop" in readme


def test_starting_the_cli_loads_no_storage_and_the_store_choices_match_it():
    code = ("import sys\nfrom cds_desktop.cli import build_parser\nbuild_parser()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('tinydb', 'filelock', 'reportlab', 'matplotlib')"
            " or m.startswith('cds_desktop.storage')))")
    run_ = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run_.returncode == 0 and run_.stdout.strip() == "[]", run_.stdout + run_.stderr
    from cds_desktop.cli import store_commands
    from cds_desktop.storage.exchange import ON_CONFLICT
    from cds_desktop.storage.table import FORMATS
    assert store_commands.ON_CONFLICT == ON_CONFLICT and store_commands.TABLE_FORMATS == FORMATS


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_province_table_to_a_missing_folder_fails_cleanly(tmp_path, fmt):
    target = tmp_path / "missing" / f"table.{fmt}"
    run_ = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "--data-dir", str(tmp_path / "data"),
                           "export-table", "--format", fmt, "-o", str(target)], capture_output=True, text=True)
    assert run_.returncode == 2 and "Traceback" not in run_.stderr and "table." in run_.stderr
    assert not target.parent.exists()


def test_every_way_of_starting_cds_cli_sets_the_garbage_collector_for_one_short_process():
    """The console script, `python -m cds_desktop.cli` and the bundle run `program`: main() with collections
    less often, then the objects left alive kept out of the collections the interpreter runs at exit."""
    import tomllib

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["cds-cli"] == "cds_desktop.cli:program"
    for starter in ("cds_desktop/cli/__main__.py", "packaging/launch_cli.py"):
        assert "sys.exit(program())" in (REPO / starter).read_text(encoding="utf-8"), starter
    code = ("import gc, sys\nfrom cds_desktop.cli import program\nsys.argv = ['cds-cli', '--version']\n"
            "code = program()\nprint(code, gc.get_freeze_count() > 0, gc.get_threshold()[0])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.stdout == f"cds-cli {__version__}\n0 True 50000\n", done.stderr


def test_version_is_answered_before_the_parser_and_the_domain_are_loaded():
    code = ("import sys\nfrom cds_desktop.cli import main\ncode = main(['--version'])\n"
            "loaded = sorted(m for m in sys.modules if m in ('argparse', 'typing') or m.startswith('cds_desktop.'))\n"
            "print(loaded, file=sys.stderr); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == f"cds-cli {__version__}\n"
    assert done.stderr.strip() == "['cds_desktop.cli']"


def test_the_command_table_matches_what_the_command_modules_register():
    """`--help` is built from parser.COMMANDS without importing the modules: it must name each one's commands."""
    from cds_desktop.cli.parser import COMMANDS, build_parser

    parser = build_parser()
    (commands,) = [a for a in parser._actions if a.dest == "command"]
    assert list(commands.choices) == list(COMMANDS)
    for name, sub in commands.choices.items():
        assert sub.get_default("handler").__module__ == f"cds_desktop.cli.{COMMANDS[name][0]}", name


def test_help_lists_every_command_without_loading_them():
    from cds_desktop.cli.parser import COMMANDS

    code = ("import sys\nfrom cds_desktop.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('cds_desktop.domain', 'cds_desktop.cli.')) "
            "and m not in ('cds_desktop.cli.parser', 'cds_desktop.cli.output', 'cds_desktop.cli.argparse_vi')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    listed = " ".join(done.stdout.split("tùy chọn:")[0].split())
    for name, (_, help_text) in COMMANDS.items():
        assert f" {name} {help_text['vi']}" in listed, name
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_command_loads_only_its_own_module(sample_path):
    code = ("import sys\nfrom cds_desktop.cli import main\n"
            f"assert main(['--lang', 'en', 'score', {str(sample_path)!r}]) == 0\n"
            "print(sorted(m for m in sys.modules if m.startswith('cds_desktop.cli.') or m.startswith('cds_desktop.catalog')"
            " or m == 'cds_desktop.domain.policies'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert "Overall" in done.stdout
    assert done.stdout.splitlines()[-1] == str(["cds_desktop.cli.core_commands", "cds_desktop.cli.output",
                                                "cds_desktop.cli.parser"])


# What `score` and `validate` must not load: each costs a cold start milliseconds (bench/bench_cli.py).
_NOT_FOR_A_FILE = ("platformdirs", "tempfile", "hashlib", "jsonschema", "fastjsonschema", "cds_desktop.catalog",
                   "cds_desktop.storage", "cds_desktop.domain.policies", "cds_desktop.domain.roadmap",
                   "cds_desktop.domain.eligibility", "cds_desktop.domain.plan", "cds_desktop.domain.edition",
                   "cds_desktop.domain.question_types.choices", "babel", "dataclasses", "inspect",
                   "encodings.utf_8_sig", "encodings.unicode_escape")
_NOT_TO_CHECK_A_FILE = ("cds_desktop.domain.scoring", "fractions", "decimal")


@pytest.mark.parametrize("command, not_loaded", [("score", _NOT_FOR_A_FILE),
                                                 ("validate", _NOT_FOR_A_FILE + _NOT_TO_CHECK_A_FILE)])
def test_score_and_validate_load_only_what_they_use(sample_path, tmp_path, command, not_loaded):
    """No cache folder (platformdirs imports tempfile, shutil, random...), no hashing, no validator library, no
    policies, no dataclasses (they import inspect, and define each record by compiling its methods: the
    domain's records are named tuples), no Babel (a score and a day are written from cldr.py);
    checking a file formats no number and scores nothing. What Python loads before the app starts is not counted:
    from 3.13 on, reading a .pth file in site-packages loads the utf-8-sig codec."""
    code = ("import sys\nstarted = set(sys.modules)\nfrom cds_desktop.cli import main\n"
            f"assert main([{command!r}, {str(sample_path)!r}]) == 0\n"
            f"print(sorted(m for m in set(sys.modules) - started if m.startswith({not_loaded!r})))")
    env = {key: value for key, value in os.environ.items() if key != "CDS_DESKTOP_CACHE_DIR"}
    env.update(XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))  # were the cache folder looked for
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize("argv", [["--data", "{d}", "list"], ["--data-dir={d}", "--lang", "en", "list"],
                                  ["--lang=en", "list", "--data-dir", "{d}"]])
def test_common_options_before_the_command_still_find_it(capsys, tmp_path, argv):
    code, out, err = run(capsys, *(a.format(d=tmp_path) for a in argv))
    assert code == 0, err


def test_an_unknown_command_is_named_with_every_command_there_is(capsys):
    from cds_desktop.cli.parser import COMMANDS

    with pytest.raises(SystemExit) as exited:
        main(["scor", "x.json"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "không có lựa chọn 'scor'" in err and all(f"'{name}'" in err for name in COMMANDS)


# -- help and usage errors in the user's language -------------------------------------------------------

def exits(capsys, *argv):
    """(exit code, stdout, stderr) of a run that ends through argparse (help, usage error)."""
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main(list(argv)))
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_help_is_vietnamese_by_default_and_english_on_request(capsys, monkeypatch):
    from cds_desktop.cli.parser import COMMANDS

    code, out, _ = exits(capsys, "--help")
    assert code == 0 and out.startswith("cách dùng: cds-cli") and "\ntùy chọn:\n" in out
    assert "xem hướng dẫn này rồi thoát" in out and "LỆNH" in out
    assert all(help_text["vi"].split()[0] in out for _, help_text in COMMANDS.values())
    for argv in (["--lang", "en", "--help"], ["--help", "--lang=en"]):
        code, out, _ = exits(capsys, *argv)
        assert code == 0 and out.startswith("usage: cds-cli") and "\noptions:\n" in out and "COMMAND" in out
    monkeypatch.setenv("CDS_LANG", "en")
    assert exits(capsys, "--help")[1].startswith("usage: cds-cli")
    assert exits(capsys, "--lang", "vi", "--help")[1].startswith("cách dùng: cds-cli")


@pytest.mark.parametrize("lang, usage, message", [
    ("vi", "cách dùng: cds-cli score [-h]", "cds-cli score: còn thiếu tham số bắt buộc: TỆP"),
    ("en", "usage: cds-cli score [-h]", "cds-cli score: the following arguments are required: FILE"),
])
def test_a_usage_error_is_the_usage_line_then_the_message_in_the_users_language(capsys, lang, usage, message):
    code, out, err = exits(capsys, "--lang", lang, "score")
    lines = err.splitlines()
    assert code == 2 and out == "" and lines[0].startswith(usage) and lines[-1] == message


@pytest.mark.parametrize("argv, vi, en", [
    (["catalog", "unpack"], "còn thiếu tham số bắt buộc: -o/--output",
     "the following arguments are required: -o/--output"),
    (["catalog", "unpack", "-o", "out"], "cần một trong các tham số: TỆP --active",
     "one of the arguments FILE --active is required"),
    (["import", "a.json", "--on-conflict", "merge"], "không có lựa chọn 'merge'; hãy chọn một trong: 'skip'",
     "invalid choice: 'merge' (choose from 'skip'"),
    (["list", "--colour"], "không nhận ra các tham số: --colour", "unrecognized arguments: --colour"),
    (["report", "a.json", "-o"], "tham số -o/--output: cần một giá trị", "argument -o/--output: expected one argument"),
    (["report", "a.json", "-o", "r.pdf", "--on", "2026-13-01"], "'2026-13-01' không phải là ngày",
     "'2026-13-01' is not a date"),
    (["blank-form", "--l", "x"], "tùy chọn --l chưa rõ, có thể là --lang, --layout", "ambiguous option: --l could match"),
    (["--lang", "fr", "list"], "tham số --lang: không có lựa chọn 'fr'", "argument --lang: invalid choice: 'fr'"),
])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_usage_errors_say_what_is_wrong_in_the_users_language(capsys, monkeypatch, argv, vi, en, lang):
    monkeypatch.setenv("CDS_LANG", lang)
    code, _, err = exits(capsys, *argv)
    assert code == 2 and err.startswith("cách dùng: " if lang == "vi" else "usage: ")
    assert (vi if lang == "vi" else en) in err.splitlines()[-1] and "Traceback" not in err


def _every_parser() -> list[tuple[list[str], object]]:
    """Every command's words and parser: `score`, `catalog`, `catalog unpack`, ..."""
    from cds_desktop.cli import build_parser

    def walk(parser, words):
        yield words, parser
        for action in parser._actions:
            if hasattr(action, "_name_parser_map"):
                for name, sub in action.choices.items():
                    yield from walk(sub, [*words, name])

    return list(walk(build_parser(lang="en"), []))


# Left in Vietnamese help on purpose: file formats, the product, and values typed as they are.
_KEPT_IN_VIETNAMESE = {"cds", "cli", "desktop", "csv", "xlsx", "json", "pdf", "jpeg", "png", "parquet", "qr",
                       "cdscatalog", "vnd", "yyyy", "mm", "dd", "in"}  # "in": the Vietnamese for print


def _english_words(help_text: str, kept: set[str]) -> set[str]:
    import re

    for pattern in (r"(?<![\w])-{1,2}\w[\w-]*", r"\$\w+", r"\{[^}]*\}", r"'[^']*'", r'"[^"]*"', r"\S+/\S+",
                    r"\S*\.(?:json|pdf|xlsx|cdscatalog)\b", r"\be\.g\.|\bv\d+\b"):
        help_text = re.sub(pattern, " ", help_text)
    # whole words only in ASCII letters: "chuyển" is no "chuy"
    return {word.casefold() for word in re.findall(r"\b[A-Za-z][A-Za-z_']+\b", help_text)} - kept


def test_every_commands_help_builds_in_both_languages_without_english_left_in_the_vietnamese(capsys):
    """Left in the Vietnamese help: command and option names, file formats and values typed as they are; and no
    Vietnamese left in the English help but values typed as they are ("3 tỷ") and names."""
    import re
    import unicodedata

    from vietnamese_left import vietnamese_left

    from cds_desktop.cli.parser import COMMANDS

    parsers = _every_parser()
    commands = [words for words, _ in parsers]
    assert all([name] in commands for name in COMMANDS) and ["catalog", "unpack"] in commands
    typed = {str(choice) for _, parser in parsers for action in parser._actions if action.choices
             for choice in action.choices}  # command names among them
    typed = {part.casefold() for value in typed for part in value.split("-")}
    kept = _KEPT_IN_VIETNAMESE | typed | {"enterprise", "trade_services"}
    for words in commands:
        helps = {}
        for lang in ("vi", "en"):
            code, out, err = exits(capsys, "--lang", lang, *words, "-h")
            assert code == 0 and out and not err, (words, lang, err)
            assert unicodedata.is_normalized("NFC", out), (words, lang)
            helps[lang] = out
        assert helps["vi"].startswith("cách dùng: ") and helps["en"].startswith("usage: "), words
        left = _english_words(helps["vi"], kept) & _english_words(helps["en"], kept)
        assert not left, (words, sorted(left))
        assert not vietnamese_left(re.sub(r'"[^"]*"', " ", helps["en"])), words


def test_argparse_speaks_english_again_after_a_vietnamese_run(capsys):
    import argparse
    import gettext

    assert exits(capsys, "--lang", "vi", "score")[0] == 2
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext


# -- argparse's own texts in Vietnamese ------------------------------------------------------------------

def _argparse_messages() -> set[str]:
    """Every message the running Python's argparse passes to gettext, read from its source."""
    import argparse
    import ast
    import inspect

    messages = set()
    for node in ast.walk(ast.parse(inspect.getsource(argparse))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            for arg in node.args[:1 if node.func.id == "_" else 2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    messages.add(arg.value)
    return messages


# argparse's messages about a parser built wrongly (a programming error, caught by the tests above), never
# about what a user typed: they need no translation.
_ARGPARSE_PROGRAMMING_ERRORS = {
    "%r is not callable", "'required' is an invalid argument for positionals", ".__call__() not defined",
    'argument "-" with mode %r', "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r", "conflicting option string: %s", "conflicting option strings: %s",
    "conflicting subparser alias: %s", "conflicting subparser: %s", "dest= is required for options like %r",
    "invalid conflict_resolution value: %r", "mutually exclusive arguments must be optional",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
}


def test_every_argparse_message_a_user_can_see_has_a_vietnamese_translation():
    """A Python whose argparse has a new or changed message fails here, instead of printing it in English."""
    import re
    import unicodedata

    from cds_desktop.cli.argparse_vi import MESSAGES

    messages = _argparse_messages()
    assert {"usage: ", "the following arguments are required: %s"} <= messages  # the source was read
    assert messages - _ARGPARSE_PROGRAMMING_ERRORS - set(MESSAGES) == set()
    placeholders = re.compile(r"%(?:\(\w+\))?[rsd]")
    for english, vietnamese in MESSAGES.items():
        assert sorted(placeholders.findall(vietnamese)) == sorted(placeholders.findall(english)), english
        assert unicodedata.is_normalized("NFC", vietnamese) and (vietnamese != english or "%" in english), english


def test_every_command_speaks_english_with_lang_en_messages_included(capsys, sample_path, tmp_path):
    """What a command prints in English, its answers and its messages for bad input, has no Vietnamese but
    names: the sample business and what its people typed, places, legal numbers."""
    from vietnamese_left import typed_words, vietnamese_left

    typed = typed_words(sample_path.read_text(encoding="utf-8"))
    broken, wrong = tmp_path / "broken.json", tmp_path / "wrong.json"
    broken.write_text('{"format": "cds-assess', encoding="utf-8")
    doc = json.loads(sample_path.read_text(encoding="utf-8"))
    doc["business"]["entity_type"] = "spaceship"
    wrong.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    sample, data = str(sample_path), str(tmp_path / "data")
    runs = [("instrument",), ("validate", sample), ("score", sample), ("policies", sample), ("roadmap", sample),
            ("classify", "--entity-type", "enterprise", "--sector", "trade_services", "--employees", "12",
             "--revenue", "3 tỷ"), ("classify", "--entity-type", "cooperative", "--sector", "trade_services",
                                    "--employees", "x"),
            ("validate", str(tmp_path / "missing.json")), ("score", str(broken)), ("policies", str(wrong)),
            ("--data-dir", data, "import", sample), ("--data-dir", data, "list"),
            ("--data-dir", data, "show", "sample-khe-sanh-t0"), ("--data-dir", data, "benchmark", "sample-khe-sanh-t0"),
            ("--data-dir", data, "check"), ("--data-dir", data, "show", "nope"), ("catalog", "status"),
            ("read-form", sample, "-o", str(tmp_path / "draft.json")), ("sample", "-o", str(tmp_path / "again.json")),
            ("--data-dir", data, "export", "sample-khe-sanh-t0", "-o", str(tmp_path / "exported.json")),
            ("--data-dir", data, "export-bundle", "-o", str(tmp_path / "bundle.json")),
            ("--data-dir", data, "export-table", "--format", "csv", "-o", str(tmp_path / "table.csv")),
            ("--data-dir", data, "delete", "sample-khe-sanh-t0", "--yes")]
    left = {}
    for argv in runs:
        code, out, err = run(capsys, "--lang", "en", *argv)
        assert out or err, argv
        left[argv] = vietnamese_left(out + err, typed)
    assert not {argv: words for argv, words in left.items() if words}


def test_output_escapes_the_line_and_paragraph_separators_and_keeps_its_own_newlines():
    """U+2028 and U+2029 end a line for many readers of the output (str.splitlines among them), like \\r or NEL."""
    from cds_desktop.cli.output import escape_controls

    assert escape_controls("Cà phê\u2028Khe\u2029Sanh\r\x85\n") == "Cà phê\\u2028Khe\\u2029Sanh\\u000d\\u0085\n"


def test_user_text_put_in_a_line_shows_every_line_break_by_its_code():
    from cds_desktop.i18n import one_line

    assert one_line("Cà phê\nKhe Sanh\r\n") == "Cà phê\\u000aKhe Sanh\\u000d\\u000a"
    shown = one_line("".join(chr(c) for c in range(0x3000)))
    assert len(shown.splitlines()) == 1 and one_line("Cà phê Khe Sanh") == "Cà phê Khe Sanh"

"""Compile the Qt Designer forms and refresh the translations: the one build step the GUI needs.

    python tools/build_ui.py            # ui/*.ui -> cds_desktop/gui/forms/ui_*.py, then .ts and .qm
    python tools/build_ui.py --forms    # forms only
    python tools/build_ui.py --translations

pyside6-uic / -lupdate / -lrelease are taken from the running Python's bin folder.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UI_DIR = REPO / "ui"
FORMS_DIR = REPO / "cds_desktop" / "gui" / "forms"
GUI_DIR = REPO / "cds_desktop" / "gui"
TRANSLATIONS_DIR = REPO / "resources" / "translations"
LANGUAGES = ("vi",)
HEADER = "# Generated from ui/{name} by tools/build_ui.py: do not edit, edit the .ui file and rebuild.\n"


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def form_module(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The generated module's text; the uic version line is dropped so the output is stable across PySide6 releases."""
    out = subprocess.run([_tool("pyside6-uic"), str(ui_file)], check=True, capture_output=True, text=True).stdout
    lines = [line for line in out.splitlines(keepends=True) if "Created by: Qt User Interface Compiler" not in line]
    return HEADER.format(name=ui_file.name) + used_imports_only("".join(lines))


def used_imports_only(module: str) -> str:
    """uic imports some forty Qt classes whatever the form uses, and PySide6 sets up each class imported, with
    its enums (QLocale alone has hundreds of members), before the window can show: keep the ones used."""
    tree = ast.parse(module)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = module.splitlines(keepends=True)
    for node in reversed(tree.body):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            names = [alias.name for alias in node.names if alias.name in used]
            kept = textwrap.fill(", ".join(names), width=110, initial_indent=f"from {node.module} import (",
                                 subsequent_indent="    ") + ")\n" if names else ""
            lines[node.lineno - 1:node.end_lineno] = [kept]
    return "".join(lines)


def build_forms() -> None:
    FORMS_DIR.mkdir(exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Modules generated from ui/*.ui by tools/build_ui.py."""\n', encoding="utf-8")
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        form_module(ui_file).write_text(compile_form(ui_file), encoding="utf-8", newline="\n")
        print("compiled", ui_file.relative_to(REPO))


def translation_sources() -> list[Path]:
    """The GUI's Python sources (generated forms excluded: lupdate reads their .ui files instead)."""
    code = sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts and FORMS_DIR not in p.parents)
    return code + sorted(UI_DIR.glob("*.ui"))


def build_translations() -> None:
    sources = [str(p.relative_to(REPO)) for p in translation_sources()]
    for lang in LANGUAGES:
        ts = TRANSLATIONS_DIR / f"cds_desktop_{lang}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts.relative_to(REPO))],
                       cwd=REPO, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", action="store_true", help="compile the .ui forms only")
    parser.add_argument("--translations", action="store_true", help="refresh the .ts and .qm files only")
    args = parser.parse_args()
    both = not (args.forms or args.translations)
    if args.forms or both:
        build_forms()
    if args.translations or both:
        build_translations()


if __name__ == "__main__":
    main()

"""Write cds_desktop/cldr.py: what formats.py needs of Babel's CLDR data to write a number or a day
without importing Babel, for each language the app speaks.

    python tools/build_cldr.py

Run it after changing Babel's version in constraints.txt; tests/test_formats.py fails while the module
is out of date, and checks that what formats.py writes from it is what Babel writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "cds_desktop" / "cldr.py"
LOCALES = ("vi", "en")
HEADER = '''\
# Generated from the CLDR data of Babel {version} by tools/build_cldr.py: do not edit; run
# `python tools/build_cldr.py` after changing Babel's version.
"""Each language's decimal sign and group sign, and its abbreviated month names, as CLDR
gives them: formats.py writes a plain number or a day from these, so a command that shows a score need
not load Babel (~25 ms). Everything else, and every value these do not cover, goes through Babel."""

'''


def conventions() -> str:
    """The module's text, from the installed Babel."""
    import babel
    from babel import Locale

    symbols, months = {}, {}
    for name in LOCALES:
        locale = Locale.parse(name)
        latin = locale.number_symbols["latn"]
        symbols[name] = {"decimal": latin["decimal"], "group": latin["group"]}
        months[name] = tuple(locale.months["format"]["abbreviated"][m] for m in range(1, 13))
    return (HEADER.format(version=babel.__version__)
            + f"BABEL_VERSION = {babel.__version__!r}\n"
            + f"SYMBOLS = {symbols!r}\n"
            + f"MONTHS_ABBREVIATED = {months!r}\n")


def main() -> None:
    TARGET.write_text(conventions(), encoding="utf-8", newline="\n")
    print("wrote", TARGET.relative_to(REPO))


if __name__ == "__main__":
    sys.exit(main())

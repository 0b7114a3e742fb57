# Generated from the CLDR data of Babel 2.19.0 by tools/build_cldr.py: do not edit; run
# `python tools/build_cldr.py` after changing Babel's version.
"""Each language's decimal sign and group sign, and its abbreviated month names, as CLDR
gives them: formats.py writes a plain number or a day from these, so a command that shows a score need
not load Babel (~25 ms). Everything else, and every value these do not cover, goes through Babel."""

BABEL_VERSION = '2.19.0'
SYMBOLS = {'vi': {'decimal': ',', 'group': '.'}, 'en': {'decimal': '.', 'group': ','}}
MONTHS_ABBREVIATED = {'vi': ('thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11', 'thg 12'), 'en': ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')}

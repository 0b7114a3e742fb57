"""Where the active policy catalog comes from, as a front end says it (`cds_desktop.catalog` knows the
installed updates): a resolver giving the active edition, or None for the one shipped with the app.
Apart from edition.py so that saying it costs nothing to a command that reads no policies, such as
`cds-cli score` (edition.py makes the Edition class, ~2 ms)."""

from __future__ import annotations

import sys
from collections.abc import Callable

TYPE_CHECKING = False  # not typing's: see cds_desktop/cli/__init__.py
if TYPE_CHECKING:
    from .edition import Edition

Resolver = Callable[[], "Edition"]
_resolver: Resolver | None = None


def use_resolver(source: Resolver | None) -> Resolver | None:
    """Say where the active edition comes from (None: the shipped one); returns the resolver used until now."""
    global _resolver
    previous, _resolver = _resolver, source
    edition = sys.modules.get(f"{__package__}.edition")  # not loaded yet: no catalog to forget (and no import)
    if edition is not None:
        edition.refresh()
    return previous


def resolver() -> Resolver | None:
    return _resolver

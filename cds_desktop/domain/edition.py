"""Which edition of the policy catalog is active: the one shipped with the app, or a signed update.

An edition is a set of catalog files plus a manifest (`id`, `version`, `as_of`, `review_by`, publisher,
changes). The domain only asks a resolver for the active edition; `cds_desktop.catalog` registers the
one that knows the installed updates (`use_resolver`). An installed edition that no longer loads is
replaced by the shipped one, and the reason is kept (`Edition.fallback`) so every view can say so.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, Problem
from ..formats import format_date, in_both
from ..i18n import Text, text
from ..paths import assessments_dir, policies_dir
from . import catalog_source
from .catalog_source import Resolver, use_resolver  # noqa: F401  (the front ends' way in, kept here too)
from .schema import load_data_file

if TYPE_CHECKING:
    from .policies import Catalog

MANIFEST = "manifest.json"
SHIPPED, INSTALLED = "shipped", "installed"


@dataclass(frozen=True)
class Edition:
    id: str
    version: str
    as_of: date
    review_by: date
    publisher: Text
    changes: Text
    files: tuple[Path, ...]
    source: str = SHIPPED  # SHIPPED | INSTALLED
    fingerprint: str | None = None  # of the key that signed an installed edition
    key_name: str | None = None
    fallback: InputError | None = None  # why the installed edition is not used

    def manifest_json(self) -> dict[str, Any]:
        """The manifest as `cds-cli catalog unpack` writes it."""
        return {"id": self.id, "version": self.version, "as_of": self.as_of.isoformat(),
                "review_by": self.review_by.isoformat(), "publisher": dict(self.publisher),
                "changes": dict(self.changes)}

    def to_json(self) -> dict[str, Any]:
        return {**self.manifest_json(), "source": self.source, "fingerprint": self.fingerprint,
                "key_name": self.key_name}


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' sorts after '1.9'; '2.0' equals '2.0.0'."""
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _manifest_problems(doc: Mapping[str, Any]) -> list[Problem]:
    if doc["review_by"] < doc["as_of"]:
        return [Problem("review_by", text("ngày cần xem lại phải sau ngày cập nhật (as_of)",
                                          "the review date must not be before as_of"))]
    return []


def load_manifest(path: Path) -> dict[str, Any]:
    """A catalog manifest checked against its schema; problems name the file and the field."""
    return load_data_file(path, "catalog-manifest.schema.json", _manifest_problems)


def edition_from(manifest: Mapping[str, Any], files: tuple[Path, ...], **extra: Any) -> Edition:
    return Edition(manifest["id"], manifest["version"], date.fromisoformat(manifest["as_of"]),
                   date.fromisoformat(manifest["review_by"]), manifest["publisher"], manifest["changes"],
                   files, **extra)


def shipped_manifest_path() -> Path:
    return assessments_dir() / "catalog-manifest.json"


def shipped_edition() -> Edition:
    """The catalog shipped with the app: assessments/policies/*.json with assessments/catalog-manifest.json."""
    return edition_from(load_manifest(shipped_manifest_path()), tuple(sorted(policies_dir().glob("*.json"))))


_active: tuple[Edition, Catalog] | None = None


def resolver() -> Resolver:
    """Where the active edition comes from: what a front end said (catalog_source.use_resolver, also
    importable from here), else the shipped edition."""
    return catalog_source.resolver() or shipped_edition


def refresh() -> None:
    """Forget the loaded catalog: after an install or a rollback the next call reads the new one."""
    global _active
    _active = None
    policies = sys.modules.get(f"{__package__}.policies")  # not loaded yet: nothing to forget (and no import)
    if policies is not None:
        policies.shipped_catalog.cache_clear()


def active_catalog() -> tuple[Edition, Catalog]:
    """The active edition and its loaded catalog; a broken installed edition falls back to the shipped one."""
    global _active
    from .policies import load_catalog

    if _active is None:
        source = resolver()
        try:
            edition = source()
            _active = edition, load_catalog(edition.files)
        except InputError as problem:
            shipped = shipped_edition()
            if source is shipped_edition:
                raise
            _active = replace(shipped, fallback=problem), load_catalog(shipped.files)
    return _active


def active_edition() -> Edition:
    return active_catalog()[0]


def may_be_out_of_date(edition: Edition, on: date) -> bool:
    return on > edition.review_by


def clock_day() -> date:
    """The computer's day, which may be wrong (policy_day, clock_notice; assessment.latest_day): read here only,
    so one stopped clock stops it for every rule."""
    return date.today()


def policy_day(clock: date | None = None, edition: Edition | None = None) -> date:
    """The day supports are judged on when none is asked for: the computer's, unless its clock is behind the
    day the catalog was checked against the law. That day has surely come; a laptop whose clock battery died
    says 2000 or so, and judging on that day would call every support not yet in force (clock_notice says so)."""
    return max(clock_day() if clock is None else clock, (edition or active_edition()).as_of)


def clock_notice(edition: Edition, clock: date | None = None) -> Text | None:
    """When the computer's day (`clock`, by default today) is before the catalog's: what is wrong, which day is
    used instead, how to fix it."""
    clock = clock_day() if clock is None else clock
    if clock >= edition.as_of:
        return None
    now, checked = in_both(format_date, clock), in_both(format_date, edition.as_of)
    return text(
        f"Đồng hồ của máy tính đang chỉ ngày {now['vi']}, trước ngày danh mục chính sách được đối chiếu với văn bản "
        f"pháp luật ({checked['vi']}), nên ngày của máy chắc chắn sai. Chính sách được xét theo ngày {checked['vi']}. "
        "Hãy chỉnh lại ngày giờ của máy (Windows: Cài đặt → Thời gian và ngôn ngữ → Ngày và giờ); nếu tắt máy rồi "
        "ngày lại sai, pin đồng hồ của máy cần thay.",
        f"This computer's clock says {now['en']}, before the day the policy catalog was checked against the law "
        f"({checked['en']}), so the clock is wrong. Policies are judged as of {checked['en']}. Set the date and "
        "time (Windows: Settings → Time & language → Date & time); if the date is wrong again after the computer "
        "is switched off, its clock battery needs replacing.")


def edition_line(edition: Edition) -> Text:
    """'Danh mục chính sách phiên bản 1.0, cập nhật đến 27/11/2026' — for every view that shows policies."""
    day = in_both(format_date, edition.as_of)
    origin = text("", "") if edition.source == SHIPPED else text(" (bản cập nhật đã cài)", " (installed update)")
    return text(f"Danh mục chính sách phiên bản {edition.version}, thông tin tính đến {day['vi']}{origin['vi']}",
                f"Policy catalog version {edition.version}, information as of {day['en']}{origin['en']}")


def edition_notices(edition: Edition, on: date, clock: date | None = None) -> list[Text]:
    """What a reader must know about the catalog on `on`: the computer's clock (`clock`, by default today) is
    behind it, it may be out of date, or an update was not used."""
    notices: list[Text] = []
    wrong_clock = clock_notice(edition, clock)
    if wrong_clock is not None:
        notices.append(wrong_clock)
    if edition.fallback is not None:
        reason = edition.fallback.render("vi"), edition.fallback.render("en")
        notices.append(text(f"Bản cập nhật danh mục đã cài không dùng được nên đang dùng danh mục đi kèm ứng dụng. "
                            f"Lý do: {reason[0]}",
                            f"The installed catalog update cannot be used, so the catalog shipped with the app is "
                            f"used. Reason: {reason[1]}"))
    if may_be_out_of_date(edition, on):
        review = in_both(format_date, edition.review_by)
        notices.append(text(
            f"Danh mục có thể đã cũ (cần xem lại từ {review['vi']}): chính sách có thể đã thay đổi. Hãy xin tệp cập nhật "
            f"danh mục (.cdscatalog) từ Sở Khoa học và Công nghệ hoặc đơn vị phát hành, rồi cài trong Cài đặt → "
            f"Cập nhật danh mục chính sách (hoặc 'cds-cli catalog install TỆP'), hoặc cài phiên bản ứng dụng mới.",
            f"The catalog may be out of date (due for review since {review['en']}): policies may have changed. Ask the "
            f"Department of Science and Technology or the publisher for a catalog update (.cdscatalog) and install it "
            f"in Settings → Policy catalog updates (or 'cds-cli catalog install FILE'), or install a newer release."))
    return notices

"""The business profile and its size class under Nghị định 80/2021/NĐ-CP, Article 5."""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import Problem
from ..formats import format_number, in_both
from ..i18n import Text, nfc, one_line, text
from .places import (QUANG_TRI, commune_names, commune_problem, normalise_place, province_problem,  # noqa: F401
                     quang_tri_communes)
from .vocabulary import entity_types, sectors, unknown_entity_types, unknown_sectors


# Entity types and sectors, with their names and what the rules below need of them, are data:
# assessments/vocabulary.json (domain/vocabulary.py).
BILLION = 1_000_000_000


class SizeClass(str, Enum):
    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"
    NOT_APPLICABLE = "not_applicable"  # household businesses and individuals are not enterprises
    UNKNOWN = "unknown"  # figures missing

    @property
    def label(self) -> Text:
        return SIZE_CLASS_NAMES[self]


SIZE_CLASS_NAMES: dict[SizeClass, Text] = {
    SizeClass.MICRO: text("Siêu nhỏ", "Micro"),
    SizeClass.SMALL: text("Nhỏ", "Small"),
    SizeClass.MEDIUM: text("Vừa", "Medium"),
    SizeClass.LARGE: text("Lớn", "Large"),
    SizeClass.NOT_APPLICABLE: text("Không áp dụng (không phải doanh nghiệp)", "Not applicable (not an enterprise)"),
    SizeClass.UNKNOWN: text("Chưa xác định (thiếu số liệu)", "Unknown (figures missing)"),
}


# Art. 5: per column (a sector's `size_column` in the vocabulary), each class with its ceilings: (class,
# workers, revenue, capital); revenue and capital are either/or. Plain tuples: constants read in one place.
SIZE_CEILINGS: dict[str, tuple[tuple[SizeClass, int, int, int], ...]] = {
    "agriculture_industry": (
        (SizeClass.MICRO, 10, 3 * BILLION, 3 * BILLION),
        (SizeClass.SMALL, 100, 50 * BILLION, 20 * BILLION),
        (SizeClass.MEDIUM, 200, 200 * BILLION, 100 * BILLION),
    ),
    "trade_services": (
        (SizeClass.MICRO, 10, 10 * BILLION, 3 * BILLION),
        (SizeClass.SMALL, 50, 100 * BILLION, 50 * BILLION),
        (SizeClass.MEDIUM, 100, 300 * BILLION, 100 * BILLION),
    ),
}


def classify(entity_type: str, sector: str | None, employees: int | None,
             revenue_vnd: int | None = None, capital_vnd: int | None = None) -> SizeClass:
    """Size class per NĐ 80/2021 Art. 5.

    Workers are the annual average with social insurance. Revenue and capital are either/or: a class
    is met when the workers fit and at least one known figure fits. A missing figure cannot prove a
    class, so the class is the one the given figures prove; with neither figure it is unknown.
    Cooperatives are classified with the same thresholds as enterprises, as an estimate only: they fall
    under the Law on Cooperatives, not this decree (`size_class_is_estimate`, `size_class_label`). An entity
    type the vocabulary gives no SME size class (household business, individual: not enterprises) is not
    applicable.
    """
    kind = entity_types().get(entity_type)
    if kind is not None and not kind.sme_size_class:
        return SizeClass.NOT_APPLICABLE
    # A negative figure is a typing mistake (the form flags it), not a size: treat it as missing.
    employees, revenue_vnd, capital_vnd = (None if v is not None and v < 0 else v
                                           for v in (employees, revenue_vnd, capital_vnd))
    line = sectors().get(sector) if sector is not None else None
    if line is None or employees is None or (revenue_vnd is None and capital_vnd is None):
        return SizeClass.UNKNOWN
    for size_class, workers, revenue, capital in SIZE_CEILINGS[line.size_column]:
        money_fits = (revenue_vnd is not None and revenue_vnd <= revenue) or (
            capital_vnd is not None and capital_vnd <= capital)
        if employees <= workers and money_fits:
            return size_class
    return SizeClass.LARGE


def size_class_is_estimate(entity_type: str) -> bool:
    """Whether the class the enterprise ceilings give this entity type is only an estimate (a cooperative:
    not an enterprise, outside NĐ 80/2021); the vocabulary says which types."""
    kind = entity_types().get(entity_type)
    return kind is not None and kind.size_class_estimate


def size_class_label(size_class: SizeClass, entity_type: str) -> Text:
    """The size class as shown to a user: for a cooperative, said to be an estimate by the enterprise ceilings."""
    label = size_class.label
    if not size_class_is_estimate(entity_type) or size_class in (SizeClass.UNKNOWN, SizeClass.NOT_APPLICABLE):
        return label
    kind = entity_types()[entity_type].name
    return text(f"{label['vi']} (ước tính theo ngưỡng doanh nghiệp; {kind['vi'].lower()} không thuộc NĐ 80/2021)",
                f"{label['en']} (an estimate by the enterprise thresholds; a {kind['en'].lower()} falls outside "
                "Decree 80/2021)")


_TAX_CODE = re.compile(r"[0-9]{10}(-[0-9]{3})?|[0-9]{12}")  # ASCII digits only: \d also takes other scripts' digits


def tax_code_problem(tax_code: str) -> Text | None:
    """None when the tax code is empty or well-formed; otherwise what is wrong and how to write it."""
    if not tax_code or _TAX_CODE.fullmatch(tax_code):
        return None
    written = repr(tax_code[:40])  # quoted, and last: the form shows it in the field and elides a long message
    return text(
        "Mã số thuế gồm 10 chữ số (ví dụ 3200123456), 10 chữ số + '-' + 3 chữ số cho chi nhánh "
        f"(3200123456-001), hoặc 12 chữ số định danh cá nhân cho hộ kinh doanh; {written} không đúng dạng đó",
        "A tax code has 10 digits (e.g. 3200123456), 10 digits + '-' + 3 digits for a branch "
        f"(3200123456-001), or the 12-digit personal ID for a household business; {written} is not one",
    )


class Contact(NamedTuple):
    """Who at the business to reach, as the owner gave it."""

    name: str = ""
    phone: str = ""
    email: str = ""


class Profile(NamedTuple):
    """What a business says of itself; `Business` is it with the place made current."""

    name: str
    entity_type: str
    sector: str
    tax_code: str = ""
    industry: str = ""
    employees: int | None = None
    annual_revenue_vnd: int | None = None
    total_capital_vnd: int | None = None
    province: str = QUANG_TRI
    commune: str = ""
    address: str = ""
    contact: Contact = Contact()
    produces_goods: bool | None = None  # None: follow the sector
    id: str | None = None
    sells_to_consumers: bool | None = None  # retail, food and drink, accommodation, passenger transport; None: unknown
    place_as_typed: tuple[str, str] | None = None  # (province, commune) as first written, when normalised


class Business(Profile):
    """A business as assessed: the profile that decides its size class and which supports apply."""

    __slots__ = ()

    if not TYPE_CHECKING:  # the type checker reads the arguments off `Profile`'s fields
        def __new__(cls, *args, **kwargs):
            # Old names (Quảng Bình, former districts and communes) become today's: every way in (form, CLI,
            # file import, the store) builds a Business, so they all normalise the same way.
            given = Profile(*args, **kwargs)
            place = normalise_place(given.province, given.commune)
            if (place.province, place.commune) != (given.province, given.commune):
                typed = given.place_as_typed
                if place.note is not None and typed is None:
                    typed = (given.province, given.commune)
                given = given._replace(province=place.province, commune=place.commune, place_as_typed=typed)
            return super().__new__(cls, *given)

    def _replace(self, **changes: Any) -> Business:
        return Business(**{**self._asdict(), **changes})  # through __new__: a changed place is made current too

    @property
    def stored_id(self) -> str:
        """The id of a business read from the store or saved to it (only a new one has none)."""
        if not self.id:
            raise ValueError(f"business {self.name!r} has no id: it has not been stored")
        return self.id

    @property
    def place_note(self) -> Text | None:
        """Why the province or commune differs from what was written, if it does."""
        return normalise_place(*self.place_as_typed).note if self.place_as_typed else None

    @property
    def size_class(self) -> SizeClass:
        return classify(self.entity_type, self.sector, self.employees, self.annual_revenue_vnd, self.total_capital_vnd)

    @property
    def size_class_is_estimate(self) -> bool:
        """True for a cooperative: its size class is the enterprise ceilings' estimate, not a legal class."""
        return size_class_is_estimate(self.entity_type) and self.size_class not in (
            SizeClass.UNKNOWN, SizeClass.NOT_APPLICABLE)

    @property
    def size_class_label(self) -> Text:
        return size_class_label(self.size_class, self.entity_type)

    @property
    def legal_size_class(self) -> SizeClass:
        """The class NĐ 80/2021 gives: not applicable for a cooperative (not an enterprise under the decree),
        so a cap per size class is never chosen by an estimate."""
        return SizeClass.NOT_APPLICABLE if size_class_is_estimate(self.entity_type) else self.size_class

    @property
    def makes_goods(self) -> bool:
        """Whether production questions apply: stated by the user, else farms and industry make goods."""
        if self.produces_goods is not None:
            return self.produces_goods
        line = sectors().get(self.sector)
        return line is not None and line.makes_goods

    def profile_value(self, name: str) -> Any:
        """The profile fields skip conditions and policy rules may look at."""
        return {
            "entity_type": self.entity_type, "sector": self.sector, "size_class": self.size_class.value,
            "province": self.province, "produces_goods": self.makes_goods,
            "sells_to_consumers": self.sells_to_consumers,
        }[name]

    def with_id(self, business_id: str) -> "Business":
        return self._replace(id=business_id)

    def to_json(self) -> dict[str, Any]:
        out = {
            "name": self.name, "tax_code": self.tax_code, "entity_type": self.entity_type, "sector": self.sector,
            "industry": self.industry, "employees": self.employees, "annual_revenue_vnd": self.annual_revenue_vnd,
            "total_capital_vnd": self.total_capital_vnd, "province": self.province, "commune": self.commune,
            "address": self.address,
            "contact": {"name": self.contact.name, "phone": self.contact.phone, "email": self.contact.email},
        }
        if self.produces_goods is not None:
            out["produces_goods"] = self.produces_goods
        if self.sells_to_consumers is not None:
            out["sells_to_consumers"] = self.sells_to_consumers
        if self.place_as_typed is not None:
            out["place_as_typed"] = {"province": self.place_as_typed[0], "commune": self.place_as_typed[1]}
        if self.id is not None:
            out["id"] = self.id
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Business":
        contact = data.get("contact") or {}
        typed = data.get("place_as_typed")
        return cls(
            name=nfc(data["name"]), tax_code=data.get("tax_code") or "", entity_type=data["entity_type"],
            sector=data["sector"], industry=nfc(data.get("industry") or ""), employees=data.get("employees"),
            annual_revenue_vnd=data.get("annual_revenue_vnd"), total_capital_vnd=data.get("total_capital_vnd"),
            province=nfc(data.get("province") or QUANG_TRI), commune=nfc(data.get("commune") or ""),
            address=nfc(data.get("address") or ""),
            contact=Contact(nfc(contact.get("name") or ""), contact.get("phone") or "", contact.get("email") or ""),
            produces_goods=data.get("produces_goods"), id=data.get("id"),
            sells_to_consumers=data.get("sells_to_consumers"),
            place_as_typed=(nfc(typed.get("province") or ""), nfc(typed.get("commune") or "")) if typed else None,
        )


EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[^\W\d_]{2,}")  # whole: `$` also took a line break at the end


def email_problem(email: str) -> Text | None:
    """An address mail can reach: a name, @, and a domain with its ending ("huong@gmail" lacks ".com")."""
    if not email or EMAIL.fullmatch(email):
        return None
    shown = one_line(email)
    return text(f"'{shown}' chưa phải địa chỉ e-mail đầy đủ; ví dụ: huong@gmail.com",
                f"'{shown}' is not a complete e-mail address; for example: huong@gmail.com")


def business_problems(b: Business) -> list[Problem]:
    """Field-level checks a form shows beside the field and an import reports before writing."""
    problems: list[Problem] = []
    if not b.name.strip():
        problems.append(Problem("business.name", text("Hãy nhập tên cơ sở kinh doanh", "Enter the business name")))
    problems += unknown_entity_types("business.entity_type", [b.entity_type])
    problems += unknown_sectors("business.sector", [b.sector])
    problem = tax_code_problem(b.tax_code)
    if problem:
        problems.append(Problem("business.tax_code", problem))
    if problem := province_problem(b.province):  # on the way in: stored data is never refused at load
        problems.append(Problem("business.province", problem))
    if b.province == QUANG_TRI and (problem := commune_problem(b.commune)):
        problems.append(Problem("business.commune", problem))
    if problem := email_problem(b.contact.email):
        problems.append(Problem("business.contact.email", problem))
    for name in ("employees", "annual_revenue_vnd", "total_capital_vnd"):
        problem = number_problem(name, getattr(b, name))
        if problem:
            problems.append(Problem(f"business.{name}", problem))
    return problems


# How a business that an earlier release stored with one of these problems gets fixed: in the window's business
# form, which marks each field. `cds-cli check`, a refused export and the Businesses page say it.
FIX_IN_FORM = text(
    "Cách sửa: trong cửa sổ ứng dụng, trang «Cơ sở kinh doanh», chọn cơ sở này, bấm «Sửa» (Sửa thông tin cơ sở), "
    "sửa các ô được đánh dấu rồi bấm «Lưu».",
    "To fix: in the app's window, on the “Businesses” page, choose this business, click “Edit” (Edit business), "
    "correct the marked fields and click “Save”.")

# Bounds no real business reaches (the largest Vietnamese employer has about 100,000 workers; the
# largest revenue is a few hundred thousand billion đồng); also in assessment.schema.json.
MAX_EMPLOYEES = 1_000_000
MAX_VND = 10**16


def number_problem(name: str, value: int | None) -> Text | None:
    """What is wrong with a figure (employees, revenue, capital), or None."""
    if value is None:
        return None
    if value < 0:
        return text("Số phải lớn hơn hoặc bằng 0", "Must be 0 or more")
    limit = MAX_EMPLOYEES if name == "employees" else MAX_VND
    if value > limit:
        most = in_both(format_number, limit)
        return text(f"Số quá lớn (tối đa {most['vi']}); kiểm tra lại đơn vị", f"Too large (at most {most['en']}); check the unit")
    return None

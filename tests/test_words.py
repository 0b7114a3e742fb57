"""Words that follow today's law: cooperative "thành viên" (not the obsolete "xã viên"), its board is the
"Hội đồng quản trị"; where to apply for SME support is never one agency named as certain."""

import json

from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.policies import shipped_catalog
from cds_desktop.paths import assessments_dir, instruments_dir


def _texts():
    """What new assessments show. A released questionnaire version keeps its words under the assessments
    taken with it (tests/test_instrument_versions.py); the newest version, as resolved, must use today's."""
    for path in sorted((assessments_dir()).rglob("*.json")):
        if path.parent != instruments_dir():
            yield path, path.read_text(encoding="utf-8")
    newest = current_instrument()
    yield f"{newest.id} {newest.version}", json.dumps(newest.to_json(), ensure_ascii=False)


def test_no_shipped_text_says_xa_vien_or_ban_quan_tri():
    for path, raw in _texts():
        lowered = raw.lower()
        assert "xã viên" not in lowered, path
        assert "ban quản trị" not in lowered, path


def test_the_cooperative_board_is_the_hoi_dong_quan_tri():
    coop = shipped_catalog().policy("coop-law-2023-dx")
    words = json.dumps([coop.summary, *coop.how_to_apply.prepare], ensure_ascii=False)
    assert "Hội đồng quản trị" in words and "thành viên" in words


def test_sme_support_names_both_departments_as_possible_contacts():
    for p in shipped_catalog().policies:
        agency = p.how_to_apply.agency["vi"]
        if "Sở Tài chính" in agency or p.id.startswith("nd80"):
            assert "Sở KH&CN" in agency and "hoặc" in agency and not p.how_to_apply.verified, p.id

"""Settings → "Cập nhật danh mục chính sách": install a signed update after seeing the publisher, the key's
fingerprint and the changes; roll it back; trust and remove keys; the policy view names the edition."""

import json

import pytest

from cds_desktop.catalog.keys import generate_key_pair, pretty_fingerprint
from cds_desktop.catalog.package import pack
from cds_desktop.domain.edition import active_edition, shipped_edition

MARK = " (bản sửa đổi thử nghiệm)"


@pytest.fixture
def publisher(tmp_path):
    private, public, fingerprint = generate_key_pair(tmp_path / "key")
    return private, public, fingerprint


def package(tmp_path, key, version="9.1"):
    folder = tmp_path / f"src-{version}"
    folder.mkdir()
    edition = shipped_edition()
    for path in edition.files:
        (folder / path.name).write_bytes(path.read_bytes())
    catalog = folder / edition.files[0].name
    doc = json.loads(catalog.read_text(encoding="utf-8"))
    doc["policies"][0]["title"]["vi"] += MARK
    catalog.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    manifest = {**edition.manifest_json(), "version": version,
                "publisher": {"vi": "Sở KH&CN thử nghiệm", "en": "Test department"}}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    data, _, _ = pack(folder, key)
    out = tmp_path / f"update-{version}.cdscatalog"
    out.write_bytes(data)
    return out


def section_of(window):
    window.show_view("settings")
    return window.settings_view.catalog_updates


def test_an_update_installs_after_showing_publisher_fingerprint_and_changes(start_window, messages, tmp_path,
                                                                            publisher):
    window = start_window()
    window.actions.add_sample()
    section = section_of(window)
    assert "phiên bản " + shipped_edition().version in section.status.text()
    assert section.trust(publisher[1], name="Sở thử")
    assert pretty_fingerprint(publisher[2]) in messages[-1][2]  # the confirmation shows the fingerprint
    assert section.install(package(tmp_path, publisher[0]))
    kind, title, message, details = messages[-1]
    assert kind == "confirm" and "Sở KH&CN thử nghiệm" in message and pretty_fingerprint(publisher[2]) in message
    assert "title.vi" in details and MARK.strip() in details
    assert active_edition().version == "9.1" and "9.1" in section.status.text()
    window.show_view("policies")
    view = window.outcomes.views["policies"].policies
    assert "phiên bản 9.1" in view.catalog_note.text()
    assert any(MARK in m.policy.title["vi"] for m in view.plan.policies)


def test_roll_back_returns_to_the_shipped_catalog(start_window, messages, tmp_path, publisher):
    section = section_of(start_window())
    section.trust(publisher[1], name="Sở thử")
    section.install(package(tmp_path, publisher[0]))
    assert section.rollback_button.isEnabled()
    assert section.roll_back()
    assert active_edition().source == "shipped" and not section.rollback_button.isEnabled()
    assert shipped_edition().version in section.status.text()


def test_an_untrusted_package_is_refused_with_a_message_and_nothing_changes(start_window, messages, tmp_path,
                                                                            publisher):
    section = section_of(start_window())
    before = section.status.text()
    assert not section.install(package(tmp_path, publisher[0]))
    kind, title, _, details = messages[-1]
    assert kind == "warn" and "chưa được tin cậy" in details
    assert section.status.text() == before and active_edition().source == "shipped"


def test_a_key_the_user_trusted_can_be_removed_but_not_a_shipped_one(start_window, messages, publisher):
    section = section_of(start_window())
    section.trust(publisher[1], name="Sở thử")
    names = [section.keys.item(i).text() for i in range(section.keys.count())]
    assert any(n.startswith("Sở thử") for n in names)
    section.keys.setCurrentRow(0)  # a shipped key
    assert not section.remove_key_button.isEnabled()
    section.keys.setCurrentRow(len(names) - 1)
    assert section.remove_key_button.isEnabled() and section.remove_key()
    assert section.keys.count() == len(names) - 1

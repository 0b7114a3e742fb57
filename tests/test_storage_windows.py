"""Windows: an antivirus, indexer or backup tool may hold the database open for a moment. Replacing it
is retried briefly; if the file stays held, the user is told so and the data stays as it was."""

import pytest

from cds_desktop import fileio
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from storage_support import draft


def _sharing_violation():
    error = PermissionError(13, "The process cannot access the file because it is being used by another process")
    error.winerror = 32
    return error


@pytest.fixture
def held(monkeypatch):
    """held(n): the database is held for the next n replaces (None: for ever)."""
    real = fileio.os.replace
    state = {"left": 0, "tries": 0}

    def replace(source, target):
        if str(target).endswith("cds-desktop.json"):
            state["tries"] += 1
            if state["left"] is None or state["left"] > 0:
                if state["left"]:
                    state["left"] -= 1
                raise _sharing_violation()
        return real(source, target)
    monkeypatch.setattr(fileio.os, "replace", replace)
    monkeypatch.setattr(fileio.time, "sleep", lambda _s: None)

    def hold(times):
        state["left"], state["tries"] = times, 0
        return state
    return hold


def test_a_save_waits_while_another_program_briefly_holds_the_database(tmp_path, installed_mini, shop, held):
    with Repository(tmp_path) as repo:
        business = repo.add_business(shop)
        state = held(3)
        saved = repo.save_assessment(business.id, draft(installed_mini))
        assert state["tries"] == 4
    with Repository(tmp_path) as repo:
        assert repo.summary(saved.id).business_id == business.id


def test_a_database_held_for_good_is_reported_and_left_as_it_was(tmp_path, installed_mini, shop, held):
    with Repository(tmp_path) as repo:
        business = repo.add_business(shop)
        before = (tmp_path / "cds-desktop.json").read_bytes()
        held(None)
        with pytest.raises(InputError) as refused:
            repo.save_assessment(business.id, draft(installed_mini))
        assert "another program" in refused.value.render("en") and "cds-desktop.json" in refused.value.render("en")
        assert "chương trình khác" in refused.value.render("vi")
        assert (tmp_path / "cds-desktop.json").read_bytes() == before
        assert not list(tmp_path.glob(".cds-desktop.json.*.tmp"))
        held(0)
        assert repo.assessments_of(business.id) == []  # memory follows the file
        repo.save_assessment(business.id, draft(installed_mini))  # and works again once released


def test_a_database_saved_again_by_notepad_with_a_byte_order_mark_still_opens(tmp_path, installed_mini, shop):
    """Opened in an editor (older Notepad) and saved, the database gains a UTF-8 byte-order mark; with nothing
    else changed it was taken for damage and moved aside."""
    with Repository(tmp_path) as repo:
        business = repo.add_business(shop)
        repo.save_assessment(business.id, draft(installed_mini))
    db = tmp_path / "cds-desktop.json"
    db.write_bytes(b"\xef\xbb\xbf" + db.read_bytes().replace(b"\n", b"\r\n"))
    with Repository(tmp_path) as repo:
        assert repo.damage is None and [b.name for b in repo.businesses()] == [shop.name]
        repo.save_assessment(business.id, draft(installed_mini, level=3))
        assert repo.check().healthy
    assert not list(tmp_path.glob("cds-desktop.damaged-*"))

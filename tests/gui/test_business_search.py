"""The business search stays quick with thousands of businesses: each business's text is folded once,
not on every keystroke, and a keystroke only touches the rows whose visibility changes; Enter or Down goes on
to what it found."""

from cds_desktop.domain.business import Business
from cds_desktop.gui.businesses import view as businesses_view
from cds_desktop.gui.businesses.view import BusinessesView


def test_typing_in_the_search_folds_only_the_query(qtbot, monkeypatch):
    view = BusinessesView()
    qtbot.addWidget(view)
    view.set_businesses([Business(id=f"b{i}", name=f"Cửa hàng số {i}", entity_type="household",
                                  sector="trade_services", commune="Đông Hà") for i in range(200)])
    folded = []
    original = businesses_view.fold_diacritics
    monkeypatch.setattr(businesses_view, "fold_diacritics", lambda value: folded.append(value) or original(value))
    qtbot.keyClicks(view.search, "cua hang so 17")
    assert len(folded) == len("cua hang so 17")  # the query, once per keystroke
    assert set(view.visible_names()) == {f"Cửa hàng số {i}" for i in range(200) if "17" in str(i)}
    view.search.clear()
    assert len(view.visible_names()) == 200


def test_enter_or_down_in_the_search_chooses_the_first_business_found(qtbot):
    from PySide6.QtCore import Qt

    view = BusinessesView()
    qtbot.addWidget(view)
    view.set_businesses([Business(id=f"b{i}", name=f"Cửa hàng {name} {i}", entity_type="household",
                                  sector="trade_services", commune="Đông Hà")
                         for i, name in enumerate(["Minh", "Lan", "Hoa"] * 3)], select_id="")
    view.show()
    chosen = []
    view.businessChosen.connect(lambda business: chosen.append(business.name))
    view.search.setFocus()
    qtbot.keyClicks(view.search, "lan")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert chosen == ["Cửa hàng Lan 1"] and view.focusWidget() is view.list  # the arrow keys go on from there
    qtbot.keyClick(view.list, Qt.Key.Key_Down)
    assert chosen == ["Cửa hàng Lan 1", "Cửa hàng Lan 4"]
    view.search.setFocus()
    view.search.setText("hoa")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert chosen[-1] == "Cửa hàng Hoa 2" and view.focusWidget() is view.list

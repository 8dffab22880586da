"""Cross-outlet linking driven like a user: keys only, from the text and the event cards, each undone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.side_by_side_dialog import SideBySideDialog
from models import articles, cards, spans

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _go_to(qtbot, window, outlet: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Down (from the first article) until the article of that outlet is open."""
    view = window.review.view
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    window.step_article(-99)  # back to the first article: no key does that
    for _ in range(8):
        if articles.get_article(window.current_article).outlet == outlet:
            return
        qtbot.keyClick(view, Qt.Key.Key_Down, CTRL)
    raise AssertionError(f"no article from {outlet}")


def _tab_to(qtbot, window, text: str, label: str):  # type: ignore[no-untyped-def]
    """Tab through the spans until the event mention with this text is selected."""
    view = window.review.view
    view.setFocus()
    wanted = [s for s in spans.list_spans(window.current_article) if s.text == text and s.label == label]
    assert wanted, f"the pre-annotation marks “{text}” as {label}"
    for _ in range(200):
        if view.selected_span_id() == wanted[0].id:
            return wanted[0]
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached “{text}”")


def _link_project_then_tab_to_the_signing(qtbot, window):  # type: ignore[no-untyped-def]
    """Link > Suggest Cards for the Whole Project, then KABARNUSA's "menandatangani" selected."""
    window.actions["link.project"].trigger()
    job = window.job  # held here: the window lets go of its job when it finishes
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    _go_to(qtbot, window, "KABARNUSA.COM")
    return _tab_to(qtbot, window, "menandatangani", "AGREE")


def test_link_two_articles_with_keys_only_then_undo_and_redo(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    view, panel = window.review.view, window.linking.candidates
    _go_to(qtbot, window, "KABARNUSA.COM")
    first = _tab_to(qtbot, window, "menandatangani", "AGREE")
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)  # a new card from the signing
    card = cards.card_of(first.id)
    assert card is not None and cards.get_card(card).state == "accepted"
    assert window.linking.cards.current_card() == card

    _go_to(qtbot, window, "Warta Pagi")
    second = _tab_to(qtbot, window, "ditandatangani", "AGREE")
    proposed = panel.current_candidate()
    assert proposed is not None and (proposed.kind, proposed.id) == ("card", card), \
        "the signing's card is proposed first for the other outlet's mention of it"
    assert any("AGREE" in reason for reason in proposed.reasons)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert cards.card_of(second.id) == card
    assert cards.get_card(card).article_count == 2 and cards.get_card(card).outlet_count == 2
    assert panel.target().card_id == card  # the list now shows the mention as linked

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert cards.card_of(second.id) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert cards.card_of(second.id) == card

    qtbot.keyClick(view, Qt.Key.Key_U)  # unlink, and undo it
    assert cards.card_of(second.id) is None
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert cards.card_of(second.id) == card


def test_down_chooses_and_ctrl_backspace_rejects_a_candidate_for_good(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    view, panel = window.review.view, window.linking.candidates
    _go_to(qtbot, window, "KABARNUSA.COM")
    first = _tab_to(qtbot, window, "menandatangani", "AGREE")
    before = [(c.kind, c.id) for c in panel.model.rows]
    assert len(before) >= 2, "other outlets' mentions of the signing are offered"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert (panel.current_candidate().kind, panel.current_candidate().id) == before[1]
    qtbot.keyClick(view, Qt.Key.Key_Backspace, CTRL)  # not this one
    after = [(c.kind, c.id) for c in panel.model.rows]
    assert before[1] not in after and before[0] in after
    assert view.selected_span_id() == first.id and spans.get_span(first.id) is not None  # no span deleted
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # away and back: still not offered
    qtbot.keyClick(view, Qt.Key.Key_Tab, SHIFT)
    assert before[1] not in [(c.kind, c.id) for c in panel.model.rows]
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert before[1] in [(c.kind, c.id) for c in panel.model.rows]


def test_merge_and_split_cards_with_keys_and_undo_each(qtbot, loaded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    view, panel = window.review.view, window.linking.cards
    # A merge with conflicts asks first; this one is answered yes.
    monkeypatch.setattr("desktop.link_controller.QMessageBox.question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    _go_to(qtbot, window, "KABARNUSA.COM")
    first = _tab_to(qtbot, window, "menandatangani", "AGREE")
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)
    _go_to(qtbot, window, "Warta Pagi")
    second = _tab_to(qtbot, window, "ditandatangani", "AGREE")
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)  # a second card for the same signing, by mistake
    one, two = cards.card_of(first.id), cards.card_of(second.id)
    assert one and two and one != two and len(cards.list_cards()) == 2

    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)  # to the cards
    assert panel.search.hasFocus()
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.cards.hasFocus()
    qtbot.keyClick(panel.cards, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(panel.cards, Qt.Key.Key_Down, SHIFT)
    assert set(panel.selected_cards()) == {one, two}
    qtbot.keyClick(panel.cards, Qt.Key.Key_M, CTRL)
    [merged] = cards.list_cards()
    assert {m.id for m in cards.card_members(merged.id)} == {first.id, second.id}
    qtbot.keyClick(panel.cards, Qt.Key.Key_Z, CTRL)
    assert {cards.card_of(first.id), cards.card_of(second.id)} == {one, two}
    qtbot.keyClick(panel.cards, Qt.Key.Key_Z, CTRL | SHIFT)
    assert cards.card_of(first.id) == cards.card_of(second.id) == merged.id

    panel.cards.setFocus()
    panel.select_card(merged.id)
    qtbot.keyClick(panel.cards, Qt.Key.Key_Return)  # to its members
    assert panel.members.hasFocus()
    qtbot.keyClick(panel.members, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(panel.members, Qt.Key.Key_Down)
    assert len(panel.selected_members()) == 1
    split_off = panel.selected_members()[0]
    qtbot.keyClick(panel.members, Qt.Key.Key_M, CTRL | SHIFT)
    assert cards.card_of(split_off) not in (None, merged.id)
    assert len(cards.list_cards()) == 2
    qtbot.keyClick(panel.members, Qt.Key.Key_Z, CTRL)
    assert cards.card_of(split_off) == merged.id and len(cards.list_cards()) == 1


def test_link_project_suggests_cards_that_space_confirms(qtbot, loaded) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    view, panel = window.review.view, window.linking.candidates
    first = _link_project_then_tab_to_the_signing(qtbot, window)
    suggested = cards.card_of(first.id)
    assert suggested is not None and cards.link_target(first.id).link_state == "suggested"
    assert cards.get_card(suggested).outlet_count >= 3, "the pact's signing is suggested across outlets"
    assert panel.current_candidate().id == suggested
    qtbot.keyClick(view, Qt.Key.Key_Space)  # confirms the suggestion
    assert cards.link_target(first.id).link_state == "confirmed"
    assert cards.get_card(suggested).state == "accepted"


def test_v_shows_a_linked_mention_s_article_side_by_side_and_escape_closes_it(  # type: ignore[no-untyped-def]
        qtbot, loaded) -> None:
    window = loaded
    view, panel = window.review.view, window.linking.candidates
    first = _link_project_then_tab_to_the_signing(qtbot, window)
    card = cards.card_of(first.id)
    assert card is not None and panel.current_candidate().id == card
    elsewhere = {m.article_id: m.outlet for m in cards.card_members(card) if m.article_id != first.article_id}
    assert elsewhere, "the signing is linked to mentions in other outlets' articles"

    assert not window.findChildren(SideBySideDialog)
    qtbot.keyClick(view, Qt.Key.Key_V)
    [dialog] = window.findChildren(SideBySideDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.left == first.article_id and dialog.right in elsewhere
    left, right = articles.get_article(dialog.left), articles.get_article(dialog.right)
    assert dialog.view.left.title.text() == left.title and left.outlet in dialog.view.left.meta.text()
    assert dialog.view.right.title.text() == right.title
    assert elsewhere[dialog.right] in dialog.view.right.meta.text()
    assert dialog.view.left.view.toPlainText() == articles.get_article_text(left.id).body
    assert dialog.view.right.view.toPlainText() == articles.get_article_text(right.id).body

    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus), "the dialog has the keyboard"
    qtbot.keyClick(focus, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert view.selected_span_id() == first.id, "the window is as it was"


def test_card_edits_are_undone_and_redone_after_reopening(qtbot, loaded, make_window) -> None:  # type: ignore[no-untyped-def]
    window = loaded
    view = window.review.view
    _go_to(qtbot, window, "KABARNUSA.COM")
    first = _tab_to(qtbot, window, "menandatangani", "AGREE")
    qtbot.keyClick(view, Qt.Key.Key_Space, CTRL)  # a new card from the signing
    card = cards.card_of(first.id)
    _go_to(qtbot, window, "Warta Pagi")
    second = _tab_to(qtbot, window, "ditandatangani", "AGREE")
    assert window.linking.candidates.current_candidate().id == card
    qtbot.keyClick(view, Qt.Key.Key_Space)  # linked to it
    assert cards.card_of(second.id) == card
    link_text = window.undo_stack.text(window.undo_stack.index() - 1)

    # Close the project and open it again in a new window: the card edits can still be undone.
    window = make_window()
    view = window.review.view
    assert window.actions["edit.undo"].text() == f"Undo {link_text}"
    assert cards.card_of(second.id) == card, "nothing re-applied on opening"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert cards.card_of(second.id) is None and cards.card_of(first.id) == card
    assert window.current_article == second.article_id
    assert cards.get_card(card).article_count == 1
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)  # and the new card before it
    assert cards.card_of(first.id) is None and cards.get_card(card) is None
    assert not window.actions["edit.undo"].isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert cards.card_of(first.id) == cards.card_of(second.id) == card
    assert cards.link_target(second.id).link_state == "confirmed"
    assert cards.get_card(card).article_count == 2 and cards.get_card(card).state == "accepted"
    assert window.actions["edit.undo"].text() == f"Undo {link_text}"


def test_a_large_project_prepares_its_index_off_the_gui_thread(qtbot, loaded, make_window,  # type: ignore[no-untyped-def]
                                                                monkeypatch) -> None:
    """On reopening a project past the size limit the index is read on its own thread: the text stays
    usable, the candidate list says it is getting ready, and the candidates appear when it is."""
    import threading

    from exports.link_index import LinkIndex

    monkeypatch.setattr("desktop.link_controller.BUILD_IN_BACKGROUND_FROM", 1)
    gate, real_build = threading.Event(), LinkIndex.build
    # The real build, held until the test has looked at the waiting state.
    monkeypatch.setattr(LinkIndex, "build", lambda ids=None: (gate.wait(30), real_build(ids))[1])
    window = make_window()
    _go_to(qtbot, window, "KABARNUSA.COM")
    _tab_to(qtbot, window, "menandatangani", "AGREE")
    panel = window.linking.candidates
    assert panel.empty_text().startswith("Preparing the candidates")
    assert panel.current_candidate() is None
    qtbot.keyClick(window.review.view, Qt.Key.Key_Tab)  # the text still answers the keyboard
    qtbot.keyClick(window.review.view, Qt.Key.Key_Backtab)
    gate.set()
    qtbot.waitUntil(lambda: panel.current_candidate() is not None, timeout=30_000)
    assert panel.target() is not None and panel.target().text == "menandatangani"

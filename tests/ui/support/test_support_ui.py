"""Safety screens: the support page, its settings editor, the first-run note, the voice settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton

from mindful_clinic.core.sound.voice import VoiceSettings
from mindful_clinic.core.support.contacts import SupportEdits, merge, shipped_support
from mindful_clinic.services.sound.speech import NO_ENGINE_MESSAGE, NullSpeaker
from mindful_clinic.ui.sound.voice_settings import VoiceSettingsWidget
from mindful_clinic.ui.support.first_run import FIRST_RUN_NOTICE, FirstRunNote, show_first_run_once
from mindful_clinic.ui.support.page import SupportPage
from mindful_clinic.ui.support.settings import SupportSettings
from tests.speech_fakes import FakeSpeaker


def test_support_page_lists_the_contacts_and_the_note(qtbot) -> None:  # type: ignore[no-untyped-def]
    info = shipped_support()
    page = SupportPage(info)
    qtbot.addWidget(page)
    texts = page.texts()
    assert len(texts) == len(info.contacts)
    assert "988 Suicide & Crisis Lifeline" in texts[0] and "Call or text 988" in texts[0]
    assert any("Samaritans" in t and "116 123" in t for t in texts)
    eap = next(t for t in texts if "Employee assistance" in t)
    assert "Not set up yet" in eap
    assert page.disclaimer.text() == info.disclaimer
    assert "local emergency number" in page.emergency.text()
    edit = next(b for b in page.findChildren(QPushButton) if b.text().startswith("Edit"))
    with qtbot.waitSignal(page.edit_requested, timeout=1000):
        edit.click()


def test_support_settings_edit_save_and_restore(qtbot) -> None:  # type: ignore[no-untyped-def]
    shipped = shipped_support()
    saved: list[SupportEdits] = []
    widget = SupportSettings(shipped, SupportEdits(), saved.append)
    qtbot.addWidget(widget)
    row = next(i for i, c in enumerate(widget.contacts) if c.id == "occupational_health")
    with qtbot.waitSignal(widget.changed, timeout=1000) as changed:
        widget.table.item(row, 2).setText("Ext 4455")
    assert saved[-1].changed == {"occupational_health": {"how": "Ext 4455"}}
    info = changed.args[0]
    assert info.contact("occupational_health").how == "Ext 4455"
    widget.table.setCurrentCell(0, 1)
    widget.remove_contact()
    assert saved[-1].hidden == ["us_988"]
    count = len(saved)
    widget.add_contact()  # a new contact has no way to reach it yet: not saved
    assert len(saved) == count and "needs a way to reach them" in widget.message.text()
    widget.table.item(len(widget.contacts) - 1, 2).setText("Bleep 2233")
    assert len(saved) == count + 1 and saved[-1].added[0].how == "Bleep 2233"
    widget.restore_defaults()
    assert saved[-1].is_empty()
    assert merge(shipped, saved[-1]) == shipped


def test_first_run_note_is_shown_once(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    shown: list[FirstRunNote] = []

    def fake_exec(self: FirstRunNote) -> int:
        shown.append(self)
        assert "not a medical device" in self.disclaimer.text()
        assert "stop" in self.feels_worse.text()
        return 1

    monkeypatch.setattr(FirstRunNote, "exec", fake_exec)
    info = shipped_support()
    assert show_first_run_once(None, info, seen.__contains__, seen.append)
    assert seen == [FIRST_RUN_NOTICE] and len(shown) == 1
    assert not show_first_run_once(None, info, seen.__contains__, seen.append)
    assert len(shown) == 1
    for note in shown:
        note.deleteLater()


def test_voice_settings_apply_and_save(qtbot) -> None:  # type: ignore[no-untyped-def]
    saved: list[dict[str, Any]] = []
    speaker = FakeSpeaker()
    widget = VoiceSettingsWidget(VoiceSettings(), speaker, lambda s: saved.append(s.to_dict()))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.voice.count() == 3  # system default, Anne, Bob
    widget.voice.setCurrentIndex(widget.voice.findData("Bob"))
    assert speaker.voice == "Bob" and saved[-1]["voice"] == "Bob"
    widget.volume.setValue(40)
    assert speaker.volume == 0.4 and saved[-1]["volume"] == 0.4
    widget.enabled.setChecked(False)
    assert saved[-1]["enabled"] is False
    widget.try_voice()
    assert speaker.said and "guidance" in speaker.said[-1]


def test_voice_settings_without_an_engine_say_so(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = VoiceSettingsWidget(VoiceSettings(), NullSpeaker(), lambda _s: None)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.status.text() == NO_ENGINE_MESSAGE
    assert not widget.voice.isEnabled() and not widget.try_button.isEnabled()


def test_numbers_and_addresses_are_text_and_links(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QLabel

    opened: list[str] = []
    answer = {"ok": True}

    def open_url(url: QUrl) -> bool:
        opened.append(url.toString())
        return answer["ok"]

    page = SupportPage(shipped_support(), open_url=open_url)
    qtbot.addWidget(page)
    samaritans = next(t for t in page.texts() if "Samaritans" in t)
    assert "Call 116 123" in samaritans  # the visible words, not a name in their place
    how = next(lbl for lbl in page.findChildren(QLabel) if 'href="tel:116123"' in lbl.text())
    assert how.accessibleName() == ""  # a screen reader reads the text itself
    how.linkActivated.emit("tel:116123")  # a click on the number
    by_name = {b.accessibleName(): b for b in page.findChildren(QPushButton)}
    by_name["Open 988lifeline.org"].click()  # the keyboard's way: a button named with it
    assert opened == ["tel:116123", "https://988lifeline.org"]
    assert page.link_note.isHidden()
    answer["ok"] = False  # no app for calls on this computer
    by_name["Call 116 123"].click()
    assert not page.link_note.isHidden()
    assert "dial 116 123 from a phone" in page.link_note.text()


def test_tab_reads_the_contacts_before_back_and_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = SupportPage(shipped_support())
    qtbot.addWidget(page)
    order = []
    w = page.back_button
    for _ in range(40):
        w = w.previousInFocusChain()
        order.append(w)
    last_contact = next(w for w in order if w.parentWidget() in page.cards)
    assert last_contact.nextInFocusChain() is page.back_button
    assert page.back_button.nextInFocusChain() is page.edit_button


def test_the_first_run_note_shows_the_crisis_lines_its_disclaimer_points_to(qtbot) -> None:  # type: ignore[no-untyped-def]
    info = shipped_support()
    note = FirstRunNote(info)
    qtbot.addWidget(note)
    note.show()
    assert "below" in note.disclaimer.text()
    assert note.crisis_lines.isVisible()
    lines = note.crisis_lines.text().splitlines()
    assert lines and all(":" in line for line in lines)
    first = next(c for c in info.contacts if not c.placeholder and c.how)
    assert first.how in lines[0]
    layout = note.layout()
    assert layout.indexOf(note.crisis_lines) > layout.indexOf(note.disclaimer)  # below it


def test_each_number_has_its_own_button_saying_which_and_the_disclaimer_sits_above_them(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    from mindful_clinic.core.support.contacts import Contact, SupportInfo

    base = shipped_support()
    several = Contact(id="lines", region="Here", name="A helpline", how="Call 0800 1 or 0800 2")
    page = SupportPage(SupportInfo(base.disclaimer, base.feels_worse, base.emergency, (several,)))
    qtbot.addWidget(page)
    page.show()
    calls = [b for b in page.findChildren(QPushButton) if b.objectName() == "supportLink"]
    assert [b.text() for b in calls] == ["Call 0800 1", "Call 0800 2"]
    assert all(b.accessibleName() == b.text() for b in calls)  # what is seen is what is heard
    body = page.disclaimer.parentWidget()
    assert page.disclaimer.y() < calls[0].mapTo(body, calls[0].rect().topLeft()).y()

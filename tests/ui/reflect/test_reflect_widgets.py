"""The reflection prompt (one key to skip) and the History panel (list, edit, delete)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mindful_clinic.core.reflect.prompts import prompt_at
from mindful_clinic.core.reflect.records import Reflection, make_reflection
from mindful_clinic.ui.reflect.panel import ReflectionsPanel
from mindful_clinic.ui.reflect.prompt import ReflectionPrompt
from mindful_clinic.ui.shell.local_format import short_date
from tests.heard import unheard

TODAY = date(2026, 3, 4)


class FakeReflections:
    def __init__(self, items: list[Reflection] | None = None) -> None:
        self.items = list(items or [])

    def all(self) -> list[Reflection]:
        return sorted(self.items, key=lambda r: r.date)

    def add(self, reflection: Reflection) -> None:
        self.items.append(reflection)

    def update(self, reflection: Reflection) -> None:
        self.items = [reflection if r.id == reflection.id else r for r in self.items]

    def delete(self, reflection_id: str) -> None:
        self.items = [r for r in self.items if r.id != reflection_id]


def test_escape_skips_without_writing(qtbot: QtBot) -> None:
    model = FakeReflections()
    widget = ReflectionPrompt(prompt_at(0), TODAY, model)
    qtbot.addWidget(widget)
    widget.show()
    widget.answer.setFocus()
    with qtbot.waitSignal(widget.skipped):
        qtbot.keyClick(widget.answer, Qt.Key.Key_Escape)
    assert model.items == []
    assert "identify a client" in widget.reminder.text()


def test_a_few_words_and_enter_save_a_win(qtbot: QtBot) -> None:
    model = FakeReflections()
    widget = ReflectionPrompt(prompt_at(0), TODAY, model)
    qtbot.addWidget(widget)
    assert widget.question.text() == "One small way you helped someone today"
    qtbot.keyClicks(widget.answer, "Calmed a worried parent")
    with qtbot.waitSignal(widget.saved):
        qtbot.keyClick(widget.answer, Qt.Key.Key_Return)
    assert [(r.kind, r.text, r.date) for r in model.items] == [
        ("win", "Calmed a worried parent", TODAY)
    ]


def test_empty_answer_says_so_and_saves_nothing(qtbot: QtBot) -> None:
    model = FakeReflections()
    widget = ReflectionPrompt(prompt_at(2), TODAY, model)
    qtbot.addWidget(widget)
    widget.save_button.click()
    assert model.items == [] and "few words" in widget.problem.text()


def test_history_panel_lists_edits_and_deletes(qtbot: QtBot) -> None:
    old = make_reflection("Slow the ending", "learned", date(2026, 3, 1))
    new = make_reflection("Stayed with the silence", "win", date(2026, 3, 3))
    model = FakeReflections([old, new])
    panel = ReflectionsPanel(model, TODAY)
    qtbot.addWidget(panel)
    # the date as the user's locale writes it (issue #17)
    assert panel.list.item(0).text().startswith(f"{short_date(date(2026, 3, 3))}  A small win")
    panel.list.setCurrentRow(1)
    assert panel.text.toPlainText() == "Slow the ending"
    panel.text.setPlainText("Slow the ending; leave five minutes")
    panel.kind.setCurrentIndex(2)  # debrief
    panel.save_button.click()
    edited = next(r for r in model.items if r.id == old.id)
    assert (edited.text, edited.kind) == ("Slow the ending; leave five minutes", "debrief")
    assert panel.current() is not None and panel.current().id == old.id  # type: ignore[union-attr]
    panel.delete_button.click()
    assert [r.id for r in model.items] == [new.id]
    panel.start_new()
    panel.text.setPlainText("A new note")
    panel.save_button.click()
    assert len(model.items) == 2 and panel.status.text() == "Saved."


def test_on_a_whole_page_the_prompt_stays_together(qtbot: QtBot) -> None:
    """After a practice the prompt fills the practise page: its question, box, privacy line and
    buttons were spread from top to bottom of the window, 150 px apart at 1280x720."""
    widget = ReflectionPrompt(prompt_at(0), TODAY, FakeReflections())
    qtbot.addWidget(widget)
    widget.resize(860, 680)
    widget.show()
    qtbot.waitExposed(widget)
    line = widget.fontMetrics().height()
    parts = [widget.question, widget.answer, widget.reminder, widget.save_button]
    tops = [w.mapTo(widget, w.rect().topLeft()).y() for w in parts]
    assert tops == sorted(tops)
    assert tops[-1] - tops[0] < 12 * line, tops  # together, not 600 px from question to Save
    assert widget.question.font().pointSizeF() > widget.reminder.font().pointSizeF()


def test_the_prompt_and_the_panel_are_heard_as_they_read(qtbot: QtBot) -> None:
    """The answer field is heard with its question, and the kind list by its label, not its
    value (on Linux a list's own name is its current choice)."""
    prompt = ReflectionPrompt(prompt_at(0), TODAY, FakeReflections())
    qtbot.addWidget(prompt)
    prompt.show()
    assert prompt.answer.accessibleName() == prompt.question.text()
    assert unheard(prompt) == []
    panel = ReflectionsPanel(FakeReflections(), TODAY)
    qtbot.addWidget(panel)
    panel.show()
    assert unheard(panel) == []

"""Settings: the General, Sound, Voice, Reminders, Support, Self-checks and Privacy tabs, built
the first time the Settings page is opened (a feature switched off or locked by the clinic's
defaults is left out or shown read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mindful_clinic.app.admin import lock_reminder_controls, reminders_locked, set_by_organisation
from mindful_clinic.app.guided import make_support_settings, make_voice_settings
from mindful_clinic.services.i18n.language import save_choice, saved_choice
from mindful_clinic.services.sound.importing import UserSounds
from mindful_clinic.ui.shell.i18n import translate
from mindful_clinic.ui.shell.settings_view import GeneralSettings, SettingsView
from mindful_clinic.ui.sound.settings import SoundSettingsView

if TYPE_CHECKING:
    from mindful_clinic.app.application import App


def build_settings_view(app: App) -> QWidget:
    view = SettingsView()
    general = GeneralSettings(app.prefs, app.save_prefs, language=saved_choice(app.settings))
    general.language_chosen.connect(lambda choice: save_choice(app.settings, choice))
    general.theme_changed.connect(app.apply_theme)
    general.checkins.toggled.connect(app.ask_checkins)
    view.add_section(translate("App", "General"), general)

    sound = SoundSettingsView(app.sound.settings, app.sound.player, app.sound.update, UserSounds())
    app.sound.settings_changed.connect(sound.set_settings)  # a mute from the rail or tray
    view.add_section(translate("App", "Sound"), sound)
    if app.admin.feature("voice"):  # [features] voice = false: no voice controls
        view.add_section(translate("App", "Voice"), make_voice_settings(app.voice))
    defaults = app.admin.defaults
    reminder_page = app.reminders.make_settings()
    lock_reminder_controls(reminder_page, defaults)
    reminders = set_by_organisation(reminder_page, reminders_locked(defaults), whole=False)
    view.add_section(translate("App", "Reminders"), reminders)
    support = make_support_settings(app.settings)
    support.changed.connect(app.support_changed)
    locked = defaults.is_locked("support.contacts")
    view.add_section(translate("App", "Support contacts"), set_by_organisation(support, locked))
    view.add_section(translate("App", "Self-checks"), app.reflect.make_settings())
    view.add_section(translate("App", "Privacy"), app.log.make_privacy())
    return view

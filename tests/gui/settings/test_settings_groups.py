"""The settings dialog's tabs for the knowledge base and system information: values shown,
changed, validated, locked by policy, and applied without a restart."""

from PySide6.QtCore import Qt
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.kb import KnowledgeSettings
from helpclient.ui.settings.sysinfo import SysinfoSettings


def test_folders_are_added_once_removed_and_saved(qtbot, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    settings = Settings(tmp_path / "config.toml")
    box = KnowledgeSettings(settings)
    qtbot.addWidget(box)
    assert box.folder_paths() == [] and not box.remove_button.isEnabled()
    box.add_folder(str(tmp_path / "a"))
    box.add_folder(str(tmp_path / "b"))
    box.add_folder(str(tmp_path / "a"))
    assert box.folder_paths() == [str(tmp_path / "a"), str(tmp_path / "b")]
    box.folders.setCurrentRow(0)
    assert box.remove_button.isEnabled()
    box.remove_selected()
    box.starter.setChecked(False)
    box.sync.setValue(0)
    assert box.sync.text() == "never"
    assert box.problem() is None and box.apply()
    settings.save()
    again = Settings(tmp_path / "config.toml")
    assert again.get("kb.folders") == [str(tmp_path / "b")]
    assert (again.get("kb.starter"), again.get("kb.sync_minutes")) == (False, 0)
    assert not KnowledgeSettings(again).apply()  # nothing changed: nothing to write


def test_a_folder_that_is_not_there_is_refused_with_its_name(qtbot, tmp_path):
    box = KnowledgeSettings(Settings(tmp_path / "config.toml"))
    qtbot.addWidget(box)
    box.add_folder(str(tmp_path / "gone"))
    assert "gone" in box.problem()


def test_policy_locks_the_fields_it_sets(qtbot, tmp_path):
    settings = Settings(tmp_path / "config.toml",
                        DictPolicy({"kb.folders": ["/srv/kb"], "sysinfo.anonymize": True}))
    kb_box, sysinfo_box = KnowledgeSettings(settings), SysinfoSettings(settings)
    qtbot.addWidget(kb_box)
    qtbot.addWidget(sysinfo_box)
    assert kb_box.folder_paths() == ["/srv/kb"]
    assert not kb_box.add_button.isEnabled() and not kb_box.remove_button.isEnabled()
    assert "policy" in kb_box.folders.toolTip()
    assert kb_box.starter.isEnabled() and kb_box.sync.isEnabled()
    assert sysinfo_box.anonymize.isChecked() and not sysinfo_box.anonymize.isEnabled()
    sysinfo_box.enabled.setChecked(False)
    assert sysinfo_box.apply()  # the unlocked one is written, the locked one is not touched
    assert settings.get("sysinfo.enabled") is False and settings.is_locked("sysinfo.anonymize")


def make_dialog(qtbot, tmp_path):
    settings = Settings(tmp_path / "config.toml")
    connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, settings


def test_a_problem_in_another_tab_shows_that_tab_and_saves_nothing(qtbot, tmp_path):
    dialog, settings = make_dialog(qtbot, tmp_path)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&Helpdesk", "&General", "&Knowledge base", "System &information"]
    dialog.knowledge.add_folder(str(tmp_path / "missing"))
    dialog.sysinfo.enabled.setChecked(False)
    with qtbot.assertNotEmitted(dialog.settings_saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 2 and "missing" in dialog.message.text()
    assert dialog.message.isVisible() and dialog.isVisible()
    assert settings.get("sysinfo.enabled") is True
    assert not (tmp_path / "config.toml").exists()


def test_saved_settings_are_written_and_announced(qtbot, tmp_path):
    dialog, _settings = make_dialog(qtbot, tmp_path)
    dialog.sysinfo.enabled.setChecked(False)
    dialog.knowledge.sync.setValue(30)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save()  # the server is not set up yet: the dialog stays for sign-in
    again = Settings(tmp_path / "config.toml")
    assert (again.get("sysinfo.enabled"), again.get("kb.sync_minutes")) == (False, 30)


def test_upkeep_applies_changed_folders_and_sync_interval_at_once(qtbot, tmp_path):
    from helpclient.core.kb.service import KnowledgeBase  # noqa: PLC0415
    from helpclient.ui.kb.upkeep import KnowledgeUpkeep  # noqa: PLC0415

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "badge.md").write_text("# Badge reader\n\nHold the badge still.\n")
    folders, minutes, synced = [], [60], []
    kb = KnowledgeBase(tmp_path / "kb.sqlite", lambda: folders)
    upkeep = KnowledgeUpkeep(TaskRunner(synchronous=True), lambda: kb,
                             lambda: synced.append(1), lambda: minutes[0],
                             folders=lambda: folders, server_url=lambda: "https://rt.example",
                             state_file=tmp_path / "upkeep.json",
                             index_file=tmp_path / "kb.sqlite")
    upkeep.start()
    assert kb.search("badge", 5) == [] and upkeep._sync.interval() == 3_600_000
    folders.append(folder)
    minutes[0] = 15
    upkeep.settings_changed()
    assert [h.article.title for h in kb.search("badge", 5)] == ["Badge reader"]
    assert upkeep._sync.isActive() and upkeep._sync.interval() == 900_000
    assert len(synced) == 2  # at start, and at once with the new interval
    minutes[0] = 0
    upkeep.settings_changed()
    assert not upkeep._sync.isActive()
    upkeep.stop()


def _dialog(qtbot, tmp_path, policy):
    connection = Connection(Settings(tmp_path / "config.toml", DictPolicy(policy)),
                            SessionSecretStore(), backend_factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dialog)
    return dialog


def test_locked_fields_are_explained_once_naming_the_organisation(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, {"server.url": "https://rt.example.com",
                                       "branding.company_name": "Example Corp"})
    assert not dialog.helpdesk.url.isEnabled()
    assert not dialog.locked_note.isHidden()
    assert dialog.locked_note.text() == ("Settings shown greyed out are set by Example Corp for "
                                         "this computer and cannot be changed here.")
    # a group's field counts too; without a company name, "your organisation"
    other = _dialog(qtbot, tmp_path, {"sync.notifications": False})
    assert not other.locked_note.isHidden()
    assert "your organisation" in other.locked_note.text()


def test_no_note_when_policy_fixes_nothing_the_dialog_shows(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path, {"support.phone": "+1 555 0100",
                                       "branding.company_name": "Example Corp"})
    assert dialog.locked_note.isHidden()

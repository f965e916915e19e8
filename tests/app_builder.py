"""The app as ``helpclient.wiring.build_app`` wires it, over a temporary folder, for GUI and
integration tests."""

from PySide6.QtWidgets import QApplication

from helpclient.core.paths import AppPaths
from helpclient.services import Services
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.wiring import build_app


def make_test_app(tmp_path, connection, *, tray_available, runner=None, kb_sync=False,
                  **overrides):
    """HelpClientApp with its files under ``tmp_path`` and a synchronous task runner (unless
    given). Without a ``sysinfo`` override no system information is offered, so the wizard has
    the steps these tests walk and runs no collectors; without a ``check_services`` override the
    wizard runs no quick checks. The helpdesk's articles are not copied for offline search
    (with a synchronous runner, a real RT's 100 seeded articles held the GUI thread for over
    30 s) unless ``kb_sync`` is set."""
    if not kb_sync:
        connection.settings.set("kb.sync_minutes", 0)
    if "sysinfo" not in overrides:
        connection.settings.set("sysinfo.enabled", False)
    if "check_services" not in overrides:  # the real checks take a second at each wizard
        connection.settings.set("checks.in_reports", False)
    connection.settings.save()  # the settings watch reloads the file when it changes on disk
    services = Services.around(AppPaths.under(tmp_path), connection)
    return build_app(QApplication.instance(), services, runner or TaskRunner(synchronous=True),
                     tray_available=tray_available, **overrides)

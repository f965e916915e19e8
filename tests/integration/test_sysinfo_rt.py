"""The system-information bundle reaches a real Request Tracker ticket as a ZIP attachment."""

import io
import json
import zipfile

import jsonschema
import pytest
from app_builder import make_test_app
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.paths import AppPaths
from helpclient.core.report.problem import Category, Contact, Started, Step, Urgency
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.bundle import manifest_schema
from helpclient.services import backend_factory, build_sysinfo
from helpclient.wiring import screen_facts


@pytest.fixture
def app(qtbot, rt, tmp_path):
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    paths.log_file.write_text(f"DEBUG Authorization: token {rt.user_token}\n", encoding="utf-8")
    settings = Settings(paths.user_settings_file)
    connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
    connection.sign_in(ServerConfig("rt", rt.url, rt.queue), Credentials.token(rt.user_token))
    qapp = QApplication.instance()
    helpclient = make_test_app(
        tmp_path, connection, tray_available=False,
        sysinfo=lambda: build_sysinfo(settings, paths, displays=screen_facts(qapp),
                                      known_secrets=frozenset({rt.user_token})))
    yield helpclient
    for window in (helpclient.wizard, helpclient.requests, helpclient.home):
        if window is not None:
            window.hide()
            window.deleteLater()


def test_reviewed_bundle_is_attached_to_the_rt_ticket(app, rt, qtbot):
    app.start()
    app.handle_command("report")
    wizard = app.wizard
    assert Step.SYSINFO in wizard.flow.steps
    wizard.flow.report = wizard.report.with_changes(
        summary="VPN drops every few minutes", category=Category.NETWORK,
        actions=("Connected to the VPN",), error_text="Connection lost", started=Started.TODAY,
        not_software_specific=True, urgency=Urgency.NORMAL,
        contact=Contact(rt.user_name, rt.user_email))
    while wizard.flow.current is not Step.SYSINFO:
        wizard.next()
    page = wizard.step_page(Step.SYSINFO)
    page.row("processes").setCheckState(0, Qt.CheckState.Unchecked)
    page.consent.setChecked(True)
    wizard.next()
    assert wizard.flow.current is Step.REVIEW
    sent = []
    wizard.submitted.connect(sent.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(sent) == 1, "the report was not sent"

    backend = app.connection.backend()
    message = backend.conversation(sent[0].id)[0]
    zips = [a for a in message.attachments if a.filename.endswith(".zip")]
    assert [a.filename.startswith("system-info-") for a in zips] == [True]
    data = b"".join(backend.download_attachment(zips[0].id))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
        everything = b"".join(zf.read(n) for n in names).decode("utf-8")
    jsonschema.validate(manifest, manifest_schema())
    assert {"manifest.json", "summary.txt", "items/os.json", "items/helpclient_log.txt",
            "items/connectivity.json"} <= names
    assert "items/processes.json" not in names
    assert rt.user_token not in everything  # the token in the log tail was redacted
    connectivity = json.loads(zf_read(data, "items/connectivity.json"))
    assert connectivity["checks"][0]["ok"] is True  # the helpdesk itself was reachable


def zf_read(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return zf.read(name)

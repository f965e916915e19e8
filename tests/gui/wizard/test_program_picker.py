""""Which program?" suggests the applications a person launches, named as their menu names them,
with versions — not the package list of system information (typing "Open" offered
libgnutls-openssl27 and libopengl-dev)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCompleter
from wizard_driver import COMPLETE, Helpdesk

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Step, report_steps
from helpclient.core.sysinfo.collect import Collector, Privacy
from helpclient.core.sysinfo.service import SysinfoOptions, SysinfoService
from helpclient.platform.applications import linux_applications
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard

PACKAGES = ["libgnutls-openssl27", "libopengl-dev", "openshot-qt", "libreoffice-writer",
            "openssl"]


def menu(folder: Path) -> list[Path]:
    """A system's applications folder: two programs, and entries a menu does not show."""
    entry = "[Desktop Entry]\nType=Application\n"
    folder.mkdir(parents=True)
    (folder / "org.openshot.OpenShot.desktop").write_text(
        entry + "Name=OpenShot Video Editor\nName[ru]=Видеоредактор OpenShot\n",
        encoding="utf-8")
    (folder / "libreoffice-writer.desktop").write_text(entry + "Name=LibreOffice Writer\n")
    (folder / "openssl-prompt.desktop").write_text(entry + "Name=OpenSSL Prompt\nNoDisplay=true\n")
    return [folder]


def dpkg(argv, timeout):
    if argv[:2] == ("dpkg-query", "-S"):
        return "".join(f"{Path(p).stem.split('.')[-1].lower()}-pkg: {p}\n" for p in argv[2:])
    if argv[:2] == ("dpkg-query", "-W"):
        return "openshot-pkg\t3.1.1+dfsg1-1\nlibreoffice-writer-pkg\t4:7.4.7-1+deb12u1\n"
    raise FileNotFoundError(argv[0])


@pytest.fixture
def make_wizard(qtbot, tmp_path):
    packages = {"count": len(PACKAGES),
                "packages": [{"name": n, "version": "1.0", "source": "dpkg"} for n in PACKAGES]}
    software = Collector("software", "Installed software", "why", Privacy.TECHNICAL,
                         lambda: packages)
    service = SysinfoService(lambda: [software], SysinfoOptions(), app_version="0.1",
                             bundle_dir=tmp_path / "bundles")
    dirs = menu(tmp_path / "usr" / "share" / "applications")

    def make(language: str) -> ReportWizard:
        def programs() -> list[tuple[str, str]]:
            return [(p.name, p.version) for p in linux_applications(dirs, language, run=dpkg)]

        wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=True)),
                              TaskRunner(synchronous=True), Helpdesk(), sysinfo=service,
                              list_programs=programs)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
        wizard.show()
        return wizard

    return make


def offered(completer: QCompleter, prefix: str) -> list[str]:
    completer.setCompletionPrefix(prefix)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_open_offers_launchable_programs_only(make_wizard, qtbot):
    wizard = make_wizard("en_US")
    page = wizard.step_page(Step.SOFTWARE)
    completer = page.software.completer()
    assert completer is not None
    assert offered(completer, "Open") == ["OpenShot Video Editor"]
    assert offered(completer, "office") == ["LibreOffice Writer"]  # anywhere, any case
    page.version.clear()
    completer.activated.emit("OpenShot Video Editor")
    assert page.version.text() == "3.1.1"
    page.version.setText("3.0")
    completer.activated.emit("LibreOffice Writer")
    assert page.version.text() == "3.0"  # what the user typed wins


def test_names_are_the_menus_in_the_interface_language(make_wizard):
    page = make_wizard("ru_RU").step_page(Step.SOFTWARE)
    assert offered(page.software.completer(), "видео") == ["Видеоредактор OpenShot"]


def test_without_a_program_list_free_text_stays(qtbot):
    wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=False)),
                          TaskRunner(synchronous=True), Helpdesk(), list_programs=lambda: [])
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    page = wizard.step_page(Step.SOFTWARE)
    assert page.software.completer() is None
    page.software.setText("My own tool")
    assert wizard.report.software == "My own tool"

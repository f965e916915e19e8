"""The report wizard's two small boxes: "Discard this report?" and the thanks when an article
solved the problem. Texts are translated in the "ReportWizard" context, the window they belong to.
Neither has a title of its own: the desktop shows the application's name, short enough for a
small box (a longer one is cut)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


def discard_box(parent: QWidget) -> tuple[QMessageBox, QAbstractButton]:
    """The question asked before a changed report is thrown away, and its Discard button;
    Enter and Escape keep editing."""
    box = QMessageBox(QMessageBox.Icon.Question, "",
                      QCoreApplication.translate("ReportWizard", "Discard this report?"),
                      parent=parent)
    box.setObjectName("discard_box")
    box.setInformativeText(
        QCoreApplication.translate("ReportWizard", "What you entered will be lost."))
    discard = box.addButton(QCoreApplication.translate("ReportWizard", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("ReportWizard", "&Keep editing"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # a stray Enter must not throw the report away
    box.setEscapeButton(keep)
    return box, discard


def thanks_box(over: QWidget) -> QMessageBox:
    """Thanks, and how to come back, shown where ``over`` is (it outlives that window)."""
    box = QMessageBox(QMessageBox.Icon.Information, "",
                      QCoreApplication.translate("ReportWizard", "Glad that solved it!"),
                      QMessageBox.StandardButton.Ok)
    box.setInformativeText(QCoreApplication.translate(
        "ReportWizard",
        "Nothing was sent to support. If the problem comes back, choose Report a problem "
        "from HelpClient's icon in the system tray (or its window) at any time."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowIcon(over.windowIcon())
    box.move(over.geometry().center() - box.rect().center())
    return box

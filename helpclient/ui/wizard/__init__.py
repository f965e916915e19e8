"""The "Report a problem" wizard: one page per step of core's report flow."""

from helpclient.ui.wizard.window import ReportWizard

__all__ = ["ReportWizard"]

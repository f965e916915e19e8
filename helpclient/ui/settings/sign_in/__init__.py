"""Signing in to the helpdesk: one dialog per helpdesk type, opened from Settings.

:class:`~helpclient.ui.settings.sign_in.base.SignInDialog` does the work for every type: it asks
the server (the connector's probe, off the GUI thread) which of the type's sign-in methods are
switched on, offers those (an access token; a login and password), checks what the user enters
with the server and keeps it — the server settings in the user file, the credentials in the
keyring. A helpdesk type words its own help by subclassing it in a module here (where to create
a token, what the helpdesk's admin must enable) and adding a branch to :func:`dialog_class`;
the methods themselves come from ``helpclient.backends.SIGN_IN_METHODS``, passed in by the app
(the UI never imports a connector).
"""

from __future__ import annotations

from helpclient.ui.settings.sign_in.base import SignInDialog


def dialog_class(kind: str) -> type[SignInDialog]:
    """The sign-in dialog of helpdesk type ``kind`` (the plain one for a type without its own
    help texts). Modules are imported when asked for."""
    if kind == "zammad":
        from helpclient.ui.settings.sign_in.zammad import ZammadSignIn  # noqa: PLC0415 - lazy

        return ZammadSignIn
    if kind == "glpi":
        from helpclient.ui.settings.sign_in.glpi import GlpiSignIn  # noqa: PLC0415 - lazy

        return GlpiSignIn
    if kind == "redmine":
        from helpclient.ui.settings.sign_in.redmine import RedmineSignIn  # noqa: PLC0415 - lazy

        return RedmineSignIn
    if kind == "freshservice":
        from helpclient.ui.settings.sign_in.freshservice import FreshserviceSignIn  # noqa: PLC0415 - lazy

        return FreshserviceSignIn
    if kind == "jsm":
        from helpclient.ui.settings.sign_in.jsm import JsmSignIn  # noqa: PLC0415 - lazy

        return JsmSignIn
    if kind == "rt":
        from helpclient.ui.settings.sign_in.rt import RequestTrackerSignIn  # noqa: PLC0415 - lazy

        return RequestTrackerSignIn
    if kind == "zendesk":
        from helpclient.ui.settings.sign_in.zendesk import ZendeskSignIn  # noqa: PLC0415 - lazy

        return ZendeskSignIn
    return SignInDialog

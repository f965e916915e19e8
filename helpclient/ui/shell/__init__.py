"""The application's frame: what runs while no window is open.

``tray`` is the icon and its menu (or the home window where no tray exists); ``single_instance``
hands a second launch's command to the running app; ``crash`` turns an uncaught exception into one
dialog; ``i18n`` installs the interface language; ``drafts`` autosaves the report being written and
offers it back at start; ``poller`` drives core's poll policy with a Qt timer; ``notifications``
and ``delivery_notices`` decide what the tray says about requests and about reports sent from the
outbox.
"""

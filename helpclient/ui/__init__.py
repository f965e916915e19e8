"""The PySide6 interface. It shows core's data and calls core's operations; it holds no business
logic, never imports ``backends`` or ``platform`` (the application root injects what it needs),
and runs every blocking call through :mod:`helpclient.ui.kit.tasks`.

Wings: ``kit`` (shared widgets and helpers), ``shell`` (tray, single instance, crash dialog,
language, drafts, poller, notifications), ``wizard`` (Report a problem), ``requests`` (My
requests), ``kb`` (knowledge base), ``settings``, ``outbox`` (what waits to be sent).
"""

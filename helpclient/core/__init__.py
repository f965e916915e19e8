"""HelpClient's logic in plain Python: no Qt, no helpdesk product, no operating system.

At core's top live what every wing shares: ``backend`` (the ``HelpdeskBackend`` protocol every
connector implements), ``models`` and ``errors`` (the typed errors a connector raises),
``settings`` (declared once; defaults < user file < machine policy), ``connection`` (settings +
token + a backend built on demand), ``secrets`` (the OS keyring, honestly absent when it is),
``paths`` (every file's location), ``i18n`` (marking text for translation without Qt),
``redact`` and ``logsetup``.

The wings, each a product part (its ``__init__`` says what it owns): ``report``, ``kb``,
``delivery``, ``sysinfo``, ``tracking``, and ``storage`` beneath them. Which wing may import which
is written down once, in ``tests/unit/test_layers.py``. Core never imports ``ui``, ``backends``,
``platform`` or the application root: those implement core's interfaces and are chosen and
injected by :mod:`helpclient.services`.
"""

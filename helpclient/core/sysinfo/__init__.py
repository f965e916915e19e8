"""System information for support: collected in parallel, reviewed item by item, redacted.

``collect`` declares what a collector is (name, privacy class, time limit, the OSes it runs on)
and runs them with time limits, so a failing or slow one yields an error item, never a hang;
``service`` is the sequence the app and the CLI share, from settings (what policy allows, what
the user chose) to the bundle; ``bundle`` writes the ZIP (``manifest.json`` following
``bundle_schema.json``, a readable ``summary.txt``, one file per item). The collectors themselves
are OS code and live in ``helpclient.platform``; redaction is core's ``redact`` (logs use it too).

Imports core's top and ``storage`` only.
"""

"""Crashes offered for reporting: when a program on this computer crashes, offer to report it
with what support needs already written.

``model`` the crash as every platform reads it, and the interface platform code implements;
``offers`` which crashes are worth an offer (new, one per program per so many hours, never a
flood), remembered between runs; ``report`` the prefilled problem report.

Imports core's top, ``report`` (the report it prefills) and ``storage``.
"""

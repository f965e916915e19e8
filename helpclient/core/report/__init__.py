"""The problem report: what the user tells support, step by step.

``problem`` holds the report itself (``ProblemReport``, its steps, validation and the ticket text
rendered from it), ``flow`` the Qt-free navigation the wizard drives (Back/Next/Edit),
``serialize`` the JSON form that drafts and the outbox store, ``drafts`` the autosave that a crash
cannot undo, ``duplicates`` the "you already reported this" match against open requests,
``userinfo`` the contact details prefilled from the OS and the helpdesk account and remembered
for the next report, ``export`` a report saved to a ZIP for IT.

Imports only core's top (models, i18n) and ``storage``: a report knows nothing of how it is
delivered, searched or followed.
"""

"""Known problems: what IT has announced ("E-mail is down in Building B since 09:40"), so the
report wizard can say "we already know" before the user writes the same report again.

``model`` the announcement as HelpClient keeps it (typed, sanitized, in one or more languages);
``feed`` reading a JSON feed IT publishes, as hostile input; ``matching`` which announcement fits
what the user types (the knowledge base's relevance rules over a small index of its own);
``service`` what the app asks: refresh from the sources, the active ones, what is news.

Imports core's top, ``kb`` (its index and relevance rules) and ``storage``.
"""

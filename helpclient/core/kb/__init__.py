"""The knowledge base: find the article that solves the problem before a ticket is filed.

``service`` is what the app and the CLI call (search, sync, what the user did with an article);
``index`` the local SQLite FTS5 index (bm25, prefix search, one-typo tolerance) with its write
helpers in ``writes``; ``search`` the query planning (which stems each word stands for, the order
of the FTS5 queries); ``text`` the one analysis used at index and query time (normalising,
English and Russian Snowball stems, plain text from Markdown/HTML, snippets); ``spellings`` the
Russian spellings of Latin IT names; ``sources`` where articles come from (folders IT ships, the
starter articles, the helpdesk's own, synced incrementally); ``sanitize`` the nh3 cleaning that
makes server HTML safe to show.

Imports core's top and ``storage`` only: the knowledge base does not know about reports or their
delivery (the wizard hands it text to search).
"""

#: Shorter text (stripped) suggests no article and matches no announcement: two letters match
#: too much to help. Here, not in ``suggest``: the report wizard's known-problems panel reads it
#: without loading the index and its libraries.
MIN_QUERY = 3

"""Files that survive a crash: atomic writes, SQLite opened one way, a content-addressed store.

``atomic`` writes a file whole or not at all (temp, fsync, rename); ``sqlite`` opens every
database the same way (WAL, foreign keys, timeouts); ``filestore`` keeps one copy of an attachment
however many reports hold it; ``os_errors`` gives the plain words for a disk that refuses a write.

The floor of core's wings: it imports none of them, nor anything of core but itself.
"""

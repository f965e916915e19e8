"""Following the user's requests: what changed, what is news, and asking politely.

``cache`` is the local copy of the user's tickets (offline too), with the unread and "support
waits for you" flags and the account it belongs to; ``sync`` one poll (what changed since T, into
the cache, what deserves a notice); ``activity`` the pure rules for what changed and what is worth
a notification (quiet hours); ``attention`` what the user did from this client and which ticket
they are reading (neither is news); ``poll_policy`` when to ask (intervals, jitter, backoff, the
pace away from the computer and on battery), with no Qt and no sleeping; ``presence`` whether
anybody is at the computer, from what the platform reports; ``downloads`` saving an attachment
under a name the server chose, which is never trusted as a path.

Imports core's top and ``storage``; never ``report`` or ``delivery`` (a ticket being followed is
the helpdesk's, whoever filed it).
"""

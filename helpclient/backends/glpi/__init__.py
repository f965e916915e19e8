"""The GLPI connector: GLPI 10.0 (and 11, which keeps it) through the legacy REST API,
``<base>/apirest.php/``.

Followed: GLPI's own API documentation, ``apirest.md`` in glpi-project/glpi (10.0 branch; the
server shows it at ``<base>/apirest.php/``), and where it is silent the behaviour of the code
it documents, ``src/Api/API.php`` and ``src/Api/APIRest.php`` (error codes and statuses,
``Content-Range``/206 paging, the ``uploadManifest`` upload, the session checks). Search option
numbers are those of ``Ticket``/``CommonITILObject`` and ``KnowbaseItem`` in GLPI 10.

Modules: ``credentials`` (user token, or login and password; the App-Token), ``client`` (the
session, JSON calls, ranges, uploads and downloads), ``errors`` (GLPI's ``[CODE, message]``
answers as typed errors), ``records`` (answers checked into typed records), ``clock`` (the zone
of GLPI's naive dates), ``text`` (GLPI's encoded rich text, the key marker), ``search`` (the
search engine's parameters), ``mapping`` (records into HelpClient's models), ``documents``
(attached files), ``connector`` (the ``HelpdeskBackend``) and ``probe`` (the ``ServerProbe``).

GLPI 11 also has a high-level API, ``<base>/api.php/v2`` (``Knowledgebase/Article?filter=…``,
``Assistance/Ticket``…), which signs in with OAuth2 only (authorization code recommended). It
needs the shared OAuth2 sign-in (a loopback redirect, tokens in the keyring, refresh) that comes
with the cloud connectors; the legacy API serves GLPI 10 and 11 alike until then. When it
comes, it is a sibling of ``client.GlpiClient`` that obtains a Bearer token instead of a
``Session-Token``: ``credentials.GlpiCredentials`` is the legacy API's sign-in only.
"""

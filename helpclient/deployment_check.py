"""The deployment checks of ``helpclient check-config``: is this machine set up to reach its
helpdesk? Settings and policy files, the server address and type, the extra CA, then the network
step by step (name, connection — through the proxy the app would use — TLS with the app's trust,
the helpdesk's own API) and the user's token (present, never shown; accepted by the server).

Each check gives one :class:`Check` — ok, warning, problem (with what to do) or skipped (with
why) — in a fixed order under stable names, so management tools can read ``--json``. The exit
code is the lowest :class:`Exit` among the problems: fix that one first. No Qt here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from helpclient.backends import BACKEND_TYPES, create_probe
from helpclient.backends.http import tls_context
from helpclient.backends.reachability import Route, connect, handshake, resolve, route_to
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    ConfigurationError,
    HelpdeskError,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
)
from helpclient.core.remote import read_remote_assist
from helpclient.core.secrets import TOKEN_ENV, SecretStoreError

#: every check, in the order they run and are printed ("settings" once per problem)
CHECKS = ("settings", "server_url", "backend", "extra_ca", "dns", "connect", "tls", "helpdesk",
          "token", "sign_in")
_NETWORK = ("dns", "connect", "tls", "helpdesk")
#: a certificate that expires sooner than this is worth a warning
_EXPIRY_WARNING = timedelta(days=30)


class Status(enum.Enum):
    """The outcome of one check."""

    OK = "ok"
    WARNING = "warning"  # works, but IT should know (no exit code)
    PROBLEM = "problem"
    SKIPPED = "skipped"  # an earlier problem (or --offline) leaves nothing to check


class Exit(enum.IntEnum):
    """``check-config``'s exit codes (documented in the README; scripts rely on them)."""

    OK = 0
    CONFIG = 1  # a settings/policy file, the server address, type or extra CA file
    UNREACHABLE = 2  # name, connection, proxy, TLS, time-outs, server errors
    NOT_THE_HELPDESK = 3  # something answers, but not the configured helpdesk
    TOKEN = 4  # no token for this user, or the server refuses it


@dataclass(frozen=True)
class Check:
    """One check's outcome: ``message`` says what was found, ``action`` what to do."""

    name: str
    status: Status
    message: str
    action: str = ""
    code: Exit = Exit.OK

    def as_json(self) -> dict[str, Any]:
        """The check for ``--json``."""
        return {"name": self.name, "status": self.status.value, "message": self.message,
                "action": self.action, "exit_code": int(self.code)}


def exit_code(checks: list[Check]) -> Exit:
    """The lowest code among the problems, or OK."""
    return min((c.code for c in checks if c.status is Status.PROBLEM), default=Exit.OK)


def run_checks(connection: Connection, *, offline: bool = False, timeout: float = 5.0,
               now: datetime | None = None) -> list[Check]:
    """Every check of :data:`CHECKS` for the connection's settings, token store and
    environment. ``offline`` skips the network; ``timeout`` bounds each network step
    (seconds). Blocking: it resolves, connects and asks the server."""
    return _Checker(connection, offline, timeout, now or datetime.now(UTC)).run()


_ACTIONS = {
    Exit.CONFIG: "Fix the setting in the policy or the user's settings file.",
    Exit.UNREACHABLE: "Check that the helpdesk runs and that this machine reaches it (address, "
                      "DNS, firewall, proxy); try again later if it is busy.",
    Exit.NOT_THE_HELPDESK: "Check server.url and server.backend: the address must be the "
                           "helpdesk's own web address.",
    Exit.TOKEN: "The user enters a new access token from the helpdesk in HelpClient's "
                "Settings (Helpdesk tab).",
}


def _code_for(exc: HelpdeskError) -> Exit:
    if isinstance(exc, ConfigurationError):
        return Exit.CONFIG
    if isinstance(exc, NotAHelpdesk):
        return Exit.NOT_THE_HELPDESK
    if isinstance(exc, (AuthError, PermissionDenied, NotFound)):
        return Exit.TOKEN
    return Exit.UNREACHABLE


class _Checker:
    """One run of the checks; ``out`` collects them in order."""

    def __init__(self, connection: Connection, offline: bool, timeout: float,
                 now: datetime) -> None:
        self.connection = connection
        self.offline = offline
        self.timeout = timeout
        self.now = now
        self.out: list[Check] = []

    def _add(self, name: str, status: Status, message: str, action: str = "",
             code: Exit = Exit.OK) -> None:
        self.out.append(Check(name, status, message, action, code))

    def _problem(self, name: str, message: str, code: Exit, action: str = "") -> None:
        self._add(name, Status.PROBLEM, message, action or _ACTIONS[code], code)

    def _skip(self, names: tuple[str, ...], why: str) -> None:
        for name in names:
            self._add(name, Status.SKIPPED, why)

    def run(self) -> list[Check]:
        settings = self.connection.settings
        for problem in settings.problems:
            self._problem("settings", problem, Exit.CONFIG,
                          "Fix or remove that value; HelpClient ignores it meanwhile.")
        # a remote-assistance tool that cannot start here is not offered: IT hears why
        remote = read_remote_assist(settings).problems
        for problem in remote:
            self._problem("settings", problem, Exit.CONFIG,
                          "Fix the remote.* settings; until then users are not offered "
                          "\"Let support connect to my computer\".")
        if not settings.problems and not remote:
            self._add("settings", Status.OK, "the policy and settings files read cleanly")
        config = self.connection.config()
        route = self._server_url(config)
        known_type = self._backend(config)
        trusted = self._extra_ca(config)
        if route is None:
            self._skip(CHECKS[4:], "no usable server address")
            return self.out
        token_check, token = self._token(config)
        answered = False
        if self.offline:
            self._skip(_NETWORK, "--offline: the network is not checked")
        elif self._network(route) and self._tls(route, config, trusted):
            answered = self._helpdesk(config, known_type, token)
        self.out.append(token_check)
        self._sign_in(config, token, answered)
        return self.out

    # -- configuration -----------------------------------------------------------------------

    def _server_url(self, config: ServerConfig) -> Route | None:
        value, source = self.connection.settings.get_with_source("server.url")
        if not config.url:
            self._problem("server_url", "server.url is not set", Exit.CONFIG,
                          "Set server.url by policy to the helpdesk's address, or let the user "
                          "sign in from HelpClient's Settings.")
            return None
        try:
            route = route_to(config.url)
        except ConfigurationError as exc:
            self._problem("server_url", exc.message, Exit.CONFIG,
                          "Set server.url to the helpdesk's address, like "
                          "https://help.example.com.")
            return None
        locked = ", locked" if self.connection.settings.is_locked("server.url") else ""
        self._add("server_url", Status.OK, f"{value} (from {source.value}{locked})")
        return route

    def _backend(self, config: ServerConfig) -> bool:
        if config.kind in BACKEND_TYPES:
            self._add("backend", Status.OK, f"{config.kind}: {BACKEND_TYPES[config.kind]}")
            return True
        self._problem("backend", f"server.backend is “{config.kind}”, which HelpClient does not "
                      "know", Exit.CONFIG,
                      f"Set server.backend to one of: {', '.join(sorted(BACKEND_TYPES))}.")
        return False

    def _extra_ca(self, config: ServerConfig) -> bool:
        """Whether TLS can be set up as the app would (False: the CA file is unusable)."""
        path = config.extra_ca_file
        if path is None:
            self._add("extra_ca", Status.OK, "none set: the operating system's trusted "
                      "certificates only")
            return True
        try:
            tls_context(path)
        except ConfigurationError as exc:
            reason = exc.__cause__ or exc
            self._problem("extra_ca", f"server.extra_ca_file {path} cannot be used ({reason})",
                          Exit.CONFIG, "Point server.extra_ca_file at a readable PEM file with "
                          "the CA certificate(s) that signed the helpdesk's certificate.")
            return False
        self._add("extra_ca", Status.OK, f"{path} is trusted besides the system's certificates")
        return True

    # -- the network ---------------------------------------------------------------------------

    def _network(self, route: Route) -> bool:
        """Name and connection of the first hop (the server, or the proxy); False on failure."""
        hop = f"the proxy {route.proxy}" if route.proxy else route.host
        try:
            addresses = resolve(route.host, route.port, self.timeout)
        except HelpdeskError as exc:
            action = ("Check the proxy settings (HTTPS_PROXY, NO_PROXY or the system's)."
                      if route.proxy else
                      "Check the host name in server.url and this machine's DNS (and the VPN, "
                      "if the helpdesk is internal).")
            self._problem("dns", exc.message, Exit.UNREACHABLE, action)
            self._skip(_NETWORK[1:], "the name did not resolve")
            return False
        if addresses == [route.host]:
            self._add("dns", Status.OK, f"{hop} is an IP address: nothing to resolve")
        else:
            self._add("dns", Status.OK, f"{hop} resolves to {', '.join(addresses[:4])}")
        try:
            address, seconds = connect(addresses, route.port, self.timeout)
        except HelpdeskError as exc:
            action = ("Check that the proxy runs and is the one to use (HTTPS_PROXY, NO_PROXY "
                      "or the system's proxy settings)." if route.proxy else
                      f"Check that the helpdesk listens on port {route.port} and that no "
                      "firewall between here and there blocks it.")
            self._problem("connect", f"{hop}: {exc.message}", Exit.UNREACHABLE, action)
            self._skip(_NETWORK[2:], "no connection")
            return False
        via = f" (the proxy {route.proxy}: it connects on to {route.server_host})" \
            if route.proxy else ""
        self._add("connect", Status.OK,
                  f"connected to {address} port {route.port} in {seconds * 1000:.1f} ms{via}")
        return True

    def _tls(self, route: Route, config: ServerConfig, trusted: bool) -> bool:
        """The TLS handshake with the app's trust; False when nothing further can be asked."""
        if not route.tls:
            self._add("tls", Status.WARNING, "an http:// address: reports and the token cross "
                      "the network unencrypted", "Use the helpdesk's https:// address.")
            return True
        if not trusted:
            self._skip(_NETWORK[2:], "the extra CA file cannot be used")
            return False
        try:
            cert = handshake(route, tls_context(config.extra_ca_file), self.timeout)
        except ConfigurationError as exc:  # a socks/https proxy: the helpdesk check covers it
            self._add("tls", Status.SKIPPED, f"{exc.message}; the next check goes through it")
            return True
        except CertificateError as exc:
            self._problem("tls", f"the certificate is not trusted: {exc.message}",
                          Exit.UNREACHABLE, _certificate_action(exc.message, config))
            self._skip(_NETWORK[3:], "no trusted TLS connection")
            return False
        except HelpdeskError as exc:
            self._problem("tls", exc.message, Exit.UNREACHABLE,
                          "Check that the address's port serves HTTPS (https:// or http://?) "
                          "and that no proxy or firewall interferes.")
            self._skip(_NETWORK[3:], "no TLS connection")
            return False
        issued = f"issued by {cert.issuer}" if cert.issuer else "trusted"
        message = f"{cert.subject or route.server_host}: certificate {issued}"
        if cert.not_after is not None:
            message += f", valid until {cert.not_after:%Y-%m-%d}"
        message += f" ({cert.protocol})" if cert.protocol else ""
        if cert.not_after is not None and cert.not_after - self.now < _EXPIRY_WARNING:
            days = max((cert.not_after - self.now).days, 0)
            self._add("tls", Status.WARNING, f"{message}: it expires in {days} day(s)",
                      "Renew the helpdesk's certificate before it expires.")
        else:
            self._add("tls", Status.OK, message)
        return True

    def _helpdesk(self, config: ServerConfig, known_type: bool,
                  token: Credentials | None) -> bool:
        """Whether the configured helpdesk answers at the address."""
        if not known_type:
            self._skip(("helpdesk",), "unknown helpdesk type")
            return False
        product = BACKEND_TYPES[config.kind]
        try:
            probe = create_probe(config.kind, config.url, extra_ca_file=config.extra_ca_file,
                                 app_token=config.app_token,
                                 timeout=self.timeout)
            found = probe.identify(token)
        except HelpdeskError as exc:
            code = _code_for(exc)
            said = exc.message if code is not Exit.NOT_THE_HELPDESK else \
                f"{product} does not answer there: {exc.message}"
            self._problem("helpdesk", said, code)
            return False
        version = f" {found.version}" if found.version else ""
        self._add("helpdesk", Status.OK, f"{found.product}{version} answers at {found.api_url}")
        return True

    # -- the user's token ----------------------------------------------------------------------

    def _token(self, config: ServerConfig) -> tuple[Check, Credentials | None]:
        """The token check (printed after the network's) and the credentials (a token, or a
        login and password), never shown."""
        if self.connection.token_from_environment:
            return Check("token", Status.OK, f"{TOKEN_ENV} is set: HelpClient uses it instead "
                         "of the keyring (not shown)"), self.connection.credentials()
        store = self.connection.secrets
        if not store.is_secure:
            return Check("token", Status.PROBLEM, "no secure keyring for this user: HelpClient "
                         "keeps the token in memory only and asks for it at every start",
                         "Give desktop users a keyring (Secret Service: GNOME Keyring or "
                         f"KWallet); scripts may set {TOKEN_ENV}.", Exit.TOKEN), None
        try:
            stored = store.get(config.account)
        except SecretStoreError as exc:
            return Check("token", Status.PROBLEM, f"the keyring could not be read ({exc})",
                         "Check that the user's keyring is running and unlocked.",
                         Exit.TOKEN), None
        if not stored:
            return Check("token", Status.PROBLEM,
                         f"no token for {config.account} in the {store.description}",
                         "The user enters their access token once in HelpClient's Settings "
                         "(Helpdesk tab); it is then kept in their keyring.", Exit.TOKEN), None
        found = Credentials.load(stored)
        what = {SignInMethod.TOKEN: "a token",
                SignInMethod.OAUTH: "a browser (OAuth) sign-in",
                SignInMethod.API_KEY: f"the API key of {found.login}"}.get(
                    found.method, f"the password of {found.login}")
        return Check("token", Status.OK, f"{what} for {config.account} is in the "
                     f"{store.description} (not shown)"), found

    def _sign_in(self, config: ServerConfig, token: Credentials | None,
                 answered: bool) -> None:
        if token is None:
            self._skip(("sign_in",), "no token")
            return
        if self.offline or not answered:
            self._skip(("sign_in",), "--offline" if self.offline else
                       "the network checks did not pass")
            return
        try:
            user = self.connection.test(config, token)
        except HelpdeskError as exc:
            code = _code_for(exc)
            message = f"the server refused the token: {exc.message}" if code is Exit.TOKEN \
                else exc.message
            self._problem("sign_in", message, code)
            return
        name = f" ({user.name})" if user.name and user.name != user.login else ""
        self._add("sign_in", Status.OK,
                  f"the server accepts the token: signed in as {user.login}{name}")


def _certificate_action(reason: str, config: ServerConfig) -> str:
    """What to do about a refused certificate, by OpenSSL's reason."""
    text = reason.lower()
    if "hostname mismatch" in text or "ip address mismatch" in text:
        return ("Use the name the certificate was issued for in server.url, or have the "
                "certificate reissued for this name.")
    if "expired" in text or "not yet valid" in text:
        return "Renew the helpdesk's certificate (and check this machine's clock)."
    if config.extra_ca_file is not None:
        return (f"The CA in {config.extra_ca_file} did not sign it either: point "
                "server.extra_ca_file at the CA that did.")
    return ("If the helpdesk's certificate comes from the company's own CA, set "
            "server.extra_ca_file to that CA's PEM file (or add it to the system's store).")

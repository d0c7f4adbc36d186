"""One Odoo session and one deny-list redactor per process, shared by services.

Sharing the session across threads is safe for the way the product calls
Odoo: every call goes through `OdooConnection.execute_kw`, which odoorpc
sends as a self-contained `/jsonrpc` request (database, uid and password
in the body) over a new HTTP connection; the one piece of shared state,
the session cookie jar, takes its own lock. odoorpc's record and model
proxies (`odoo.env[...]`), which are not thread-safe, are never used.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence

from copilot.deny_list import deny_list_entries
from copilot.destination_policy import for_settings_destinations
from copilot.errors import CopilotError
from copilot.odoo import OdooConnection, OdooEndpoint, OdooReader, connect_from_settings
from copilot.records import Person
from copilot.settings import Settings
from redaction import Redactor, build_redactor, html_to_text

__all__ = ["SharedOdoo", "redactor_for"]

logger = logging.getLogger(__name__)

# After a failed re-read of the people, keep the old list this long at most
# before trying again (or the refresh interval, if shorter).
_RETRY_S = 60.0


def redactor_for(settings: Settings, people: Iterable[Person]) -> Redactor:
    """A redactor with Odoo's people on the deny-list and the firm's patterns.

    It masks every type except those the settings let both the model and
    embeddings see (see ``copilot.destination_policy``).
    """
    redactor = build_redactor(
        deny_list_entries(people),
        use_ner=settings.use_ner,
        min_score=settings.redaction_min_score,
        confidential_patterns=settings.redaction_confidential_patterns,
    )
    return for_settings_destinations(settings, redactor)


def _read_people(connection: OdooConnection) -> Sequence[Person]:
    return OdooReader(connection, html_to_text).people()


class SharedOdoo:
    """The process's Odoo login and the deny-list read from its people.

    The session opens on first use, once. The deny-list comes from one read
    of Odoo's partners, users and employees; the first `redactor()` call
    waits for it. Once COPILOT_REDACTION_DENY_LIST_REFRESH_S has passed,
    the next call starts a re-read in the background and callers keep the
    current redactor until the new one is ready; a failed re-read keeps it
    too (logged as a warning) and is tried again a minute later.
    `refresh_deny_list()` re-reads at once, for an operator who has just
    added a client.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        endpoint: OdooEndpoint | None = None,
        open_session: Callable[[], OdooConnection] | None = None,
        read_people: Callable[[OdooConnection], Sequence[Person]] = _read_people,
        clock: Callable[[], float] = time.monotonic,
        in_background: Callable[[Callable[[], None]], None] | None = None,
    ) -> None:
        self._settings = settings
        self._open_session = open_session or (
            lambda: connect_from_settings(settings, endpoint)
        )
        self._read_people = read_people
        self._clock = clock
        self._in_background = in_background or _daemon_thread
        self._refresh_s = settings.redaction_deny_list_refresh_s
        self._session_lock = threading.Lock()
        self._read_lock = threading.Lock()
        self._connection: OdooConnection | None = None
        self._redactor: Redactor | None = None
        self._due_at = 0.0

    def connection(self) -> OdooConnection:
        """The authenticated session; the first call logs in."""
        connection = self._connection
        if connection is None:
            with self._session_lock:
                if self._connection is None:
                    self._connection = self._open_session()
                connection = self._connection
        return connection

    def redactor(self) -> Redactor:
        """The redactor over the current deny-list; only the first call waits."""
        current = self._redactor
        if current is None:
            with self._read_lock:
                if self._redactor is None:
                    self._redactor = self._read(None)
                return self._redactor
        if self._clock() >= self._due_at and self._read_lock.acquire(blocking=False):
            self._due_at = float("inf")  # one re-read at a time
            self._in_background(self._reread)
        return current

    def refresh_deny_list(self) -> Redactor:
        """Read Odoo's people now; returns the redactor over the new list."""
        with self._read_lock:
            self._redactor = self._read(self._redactor)
            return self._redactor

    def _reread(self) -> None:
        try:
            self._redactor = self._read(self._redactor)
        except Exception as exc:  # a background thread: nobody else would see it
            self._due_at = self._clock() + min(_RETRY_S, self._refresh_s)
            logger.warning("deny-list re-read failed (%s)", type(exc).__name__)
        finally:
            self._read_lock.release()

    def _read(self, previous: Redactor | None) -> Redactor:
        started = self._clock()
        try:
            people = self._read_people(self.connection())
            redactor = redactor_for(self._settings, people)
        except CopilotError:
            if previous is None:
                raise
            self._due_at = started + min(_RETRY_S, self._refresh_s)
            logger.warning("deny-list re-read failed; the previous list is kept")
            return previous
        self._due_at = started + self._refresh_s
        logger.info(
            "deny-list read: %d people in %.0f ms",
            len(people),
            (self._clock() - started) * 1000,
        )
        return redactor


def _daemon_thread(job: Callable[[], None]) -> None:
    threading.Thread(target=job, name="deny-list-reread", daemon=True).start()

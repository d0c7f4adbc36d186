"""One Odoo login and one deny-list read per process, re-read on a schedule."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from copilot.audit import MemoryAuditLog
from copilot.errors import OdooUnavailable
from copilot.odoo import OdooConnection, OdooEndpoint, OdooReader, connect
from copilot.records import Person
from copilot.sandbox import DEMO_ANCHOR
from copilot.settings import Settings
from copilot.shared_odoo import SharedOdoo
from copilot.wiring import (
    build_billing_services,
    build_services,
    build_triage_service,
)
from redaction import html_to_text
from retrieval import HashingEmbedder, MemoryTicketIndex
from tests.support.sandbox import Sandbox

OPEN_TICKET = 66
PROJECT = 14
CLIENT = 10


@dataclass
class CountingOdoo:
    """Real sessions and real people reads on the sandbox, counted."""

    endpoint: OdooEndpoint
    logins: int = 0
    people_reads: int = 0
    failing_reads: list[bool] = field(default_factory=list)

    def open_session(self) -> OdooConnection:
        self.logins += 1
        return connect(self.endpoint)

    def read_people(self, connection: OdooConnection) -> Sequence[Person]:
        self.people_reads += 1
        if self.failing_reads and self.failing_reads.pop(0):
            raise OdooUnavailable("Odoo did not answer (test)")
        return OdooReader(connection, html_to_text).people()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def inline(job: Callable[[], None]) -> None:
    """Runs the background re-read at once, so tests see its effect."""
    job()


def settings(data_dir: Path, refresh_s: float = 3600.0) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data_dir,
        use_ner=False,
        redaction_deny_list_refresh_s=refresh_s,
    )


def shared(
    sandbox: Sandbox, counter: CountingOdoo, data_dir: Path, clock: Clock | None = None
) -> SharedOdoo:
    return SharedOdoo(
        settings(data_dir, refresh_s=600),
        open_session=counter.open_session,
        read_people=counter.read_people,
        clock=clock or Clock(),
        in_background=inline,
    )


def test_one_login_and_one_people_read_serve_every_builder(
    sandbox: Sandbox, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Briefing, ticket triage, blockers and next actions share one session."""
    counter = CountingOdoo(sandbox.endpoint())
    odoo = shared(sandbox, counter, tmp_path)
    config = settings(tmp_path_factory.getbasetemp() / "triage-shared")
    audit = MemoryAuditLog()
    briefing = build_services(
        config,
        today=DEMO_ANCHOR,
        audit=audit,
        connection=odoo.connection(),
        redactor=odoo.redactor(),
    ).briefing
    triage = build_triage_service(
        config,
        today=DEMO_ANCHOR,
        audit=audit,
        connection=odoo.connection(),
        redactor=odoo.redactor(),
        index=MemoryTicketIndex(HashingEmbedder()),
    )
    billing = build_billing_services(
        config,
        today=DEMO_ANCHOR,
        audit=audit,
        connection=odoo.connection(),
        redactor=odoo.redactor(),
    )

    briefing.brief(PROJECT, dry_run=True)
    triage.triage_ticket(OPEN_TICKET, dry_run=True)
    billing.scan.scan()
    billing.next_actions.advise(CLIENT, dry_run=True)

    assert (counter.logins, counter.people_reads) == (1, 1)


def test_deny_list_is_reread_once_the_interval_has_passed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Within the interval the same redactor; after it, a new one, same login."""
    counter, clock = CountingOdoo(sandbox.endpoint()), Clock()
    odoo = shared(sandbox, counter, tmp_path, clock)
    first = odoo.redactor()
    clock.now += 599
    assert odoo.redactor() is first
    clock.now += 2
    # The call that finds the list due still answers with the current one.
    assert odoo.redactor() is first
    assert odoo.redactor() is not first
    assert (counter.logins, counter.people_reads) == (1, 2)


def test_failed_reread_keeps_the_previous_list_and_retries_later(
    sandbox: Sandbox, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Odoo down at re-read time: the old deny-list stays, a warning is logged."""
    counter, clock = CountingOdoo(sandbox.endpoint()), Clock()
    counter.failing_reads = [False, True]
    odoo = shared(sandbox, counter, tmp_path, clock)
    first = odoo.redactor()
    clock.now += 601
    with caplog.at_level(logging.WARNING, logger="copilot.shared_odoo"):
        odoo.redactor()
    assert odoo.redactor() is first
    assert "previous list is kept" in caplog.text
    clock.now += 61
    odoo.redactor()
    assert odoo.redactor() is not first
    assert counter.people_reads == 3


def test_first_read_failure_is_raised(sandbox: Sandbox, tmp_path: Path) -> None:
    """With no list yet, nothing can be redacted: the caller sees the error."""
    counter = CountingOdoo(sandbox.endpoint(), failing_reads=[True])
    with pytest.raises(OdooUnavailable):
        shared(sandbox, counter, tmp_path).redactor()


def test_refresh_on_demand_reads_at_once(sandbox: Sandbox, tmp_path: Path) -> None:
    """An operator who just added a client need not wait for the interval."""
    counter = CountingOdoo(sandbox.endpoint())
    odoo = shared(sandbox, counter, tmp_path)
    first = odoo.redactor()
    assert odoo.refresh_deny_list() is not first
    assert odoo.redactor() is not first
    assert (counter.logins, counter.people_reads) == (1, 2)


def test_one_session_answers_concurrent_reads_alike(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """Eight threads reading through one session get what one thread gets."""
    counter = CountingOdoo(sandbox.endpoint())
    connection = shared(sandbox, counter, tmp_path).connection()
    expected = OdooReader(connection, html_to_text).people()
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(
            pool.map(lambda _: OdooReader(connection, html_to_text).people(), range(16))
        )
    assert all(answer == expected for answer in answers)
    assert counter.logins == 1

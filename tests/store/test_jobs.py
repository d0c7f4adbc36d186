"""Durable webhook jobs: stored once, leased to one worker, retried on failure."""

from __future__ import annotations

from copilot.errors import NotFoundError, OdooUnavailable
from copilot.store import FailedJob, JobBook, SuggestionStore
from tests.store.fakes import Clock


class Runner:
    """Records the records it ran; raises while `down`."""

    def __init__(self) -> None:
        self.ran: list[int] = []
        self.down = False

    def __call__(self, record_id: int) -> None:
        if self.down:
            raise OdooUnavailable("Odoo did not answer.")
        self.ran.append(record_id)


def test_replayed_request_is_stored_once(store: SuggestionStore) -> None:
    """The same record twice before a worker runs it: one stored job."""
    book = JobBook(store)
    assert book.enqueue("triage", 5) == book.enqueue("triage", 5)
    runner = Runner()
    assert book.drain({"triage": runner}) == (1, 0)
    assert runner.ran == [5]
    assert book.pending() == 0


def test_failed_job_is_retried_later_then_runs(
    store: SuggestionStore, clock: Clock
) -> None:
    """Odoo down: the job waits with backoff and runs once Odoo is back."""
    book = JobBook(store)
    book.enqueue("briefing", 7)
    runner = Runner()
    runner.down = True
    assert book.drain({"briefing": runner}) == (0, 1)
    runner.down = False
    assert book.drain({"briefing": runner}) == (0, 0)  # not due yet
    clock.advance(120)
    assert book.drain({"briefing": runner}) == (1, 0)
    assert runner.ran == [7]


def test_job_of_a_dead_worker_runs_after_its_lease(
    store: SuggestionStore, clock: Clock
) -> None:
    """A worker claims and dies: nobody else runs it until the lease ends."""
    book = JobBook(store)
    book.enqueue("triage", 9)
    assert book.claim_next() is not None
    runner = Runner()
    assert book.drain({"triage": runner}) == (0, 0)
    clock.advance(600)
    assert book.drain({"triage": runner}) == (1, 0)
    assert runner.ran == [9]


def test_job_for_a_missing_record_fails_for_good_with_its_reason(
    store: SuggestionStore, clock: Clock
) -> None:
    """Not found is permanent: one attempt, then the failed jobs, never retried."""
    book = JobBook(store)
    book.enqueue("triage", 404)

    def missing(record_id: int) -> None:
        raise NotFoundError(f"Ticket {record_id} does not exist.")

    assert book.drain({"triage": missing}) == (0, 1)
    clock.advance(86_400)
    assert book.drain({"triage": missing}) == (0, 0)
    assert book.pending() == 0
    assert book.failed() == [
        FailedJob(1, "triage", 404, 1, "NotFoundError: Ticket 404 does not exist.")
    ]

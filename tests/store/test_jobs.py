"""Durable webhook jobs: stored once, leased to one worker, retried on failure."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from copilot.errors import CallerError, NotFoundError, OdooUnavailable
from copilot.store import (
    FailedJob,
    JobBook,
    SuggestionStore,
    count_jobs,
    export_audit,
    find_jobs,
    make_engine,
    read_job,
)
from copilot.store.tables import JobRow
from tests.store.fakes import Clock

LEASE_S = 600


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


def crash(book: JobBook, clock: Clock) -> None:
    """A worker claims the next job and dies: its lease runs out unfinished."""
    assert book.claim_next() is not None
    clock.advance(LEASE_S)


def test_job_whose_worker_keeps_dying_is_dead_after_its_attempts(
    store: SuggestionStore, clock: Clock
) -> None:
    """Three claims, three deaths: the job is dead, kept, and never run again."""
    book = JobBook(store, max_attempts=3)
    job_id = book.enqueue("triage", 9)
    for _ in range(3):
        crash(book, clock)
    runner = Runner()
    assert book.drain({"triage": runner}) == (0, 0)
    clock.advance(86_400)
    assert book.drain({"triage": runner}) == (0, 0)
    assert runner.ran == []
    assert book.pending() == 0
    [dead] = book.failed()
    assert (dead.id, dead.kind, dead.record_id, dead.attempts, dead.status) == (
        job_id,
        "triage",
        9,
        3,
        "dead",
    )
    assert dead.reason.startswith("dead after 3 attempts: ")
    assert "not retried" in dead.reason
    shown = read_job(store, job_id).as_dict()
    assert (shown["state"], shown["record"]) == (
        "dead",
        {"model": "helpdesk.ticket", "id": 9},
    )


def test_dead_job_is_audited_once_with_ids_only(
    store: SuggestionStore, clock: Clock
) -> None:
    """One `job_dead` entry naming the job, its kind and record, and no text."""
    book = JobBook(store, max_attempts=1)
    book.enqueue("briefing", 7)
    crash(book, clock)
    assert book.claim_next() is None
    assert book.claim_next() is None
    entries = [json.loads(line) for line in export_audit(store.engine)]
    [dead] = [e for e in entries if e["event"] == "job_dead"]
    assert {k: dead[k] for k in ("job_id", "kind", "record_id", "attempts")} == {
        "job_id": 1,
        "kind": "briefing",
        "record_id": 7,
        "attempts": 1,
    }
    assert set(dead) == {
        "id",
        "at",
        "event",
        "correlation_id",
        "job_id",
        "kind",
        "record_id",
        "attempts",
        "state",
    }


def test_many_dead_jobs_do_not_hide_a_due_one(
    store: SuggestionStore, clock: Clock
) -> None:
    """More dead jobs than one look-up reads: the due job behind them still runs."""
    book = JobBook(store, max_attempts=1)
    for record_id in range(1, 26):
        book.enqueue("triage", record_id)
    while book.claim_next() is not None:
        pass  # every worker dies holding its job
    clock.advance(LEASE_S)
    book.enqueue("triage", 99)
    runner = Runner()
    assert book.drain({"triage": runner}) == (1, 0)
    assert runner.ran == [99]
    assert len(book.failed()) == 25


def test_errors_and_deaths_share_one_cap(store: SuggestionStore, clock: Clock) -> None:
    """An error, then two deaths: three attempts used, the job is dead."""
    book = JobBook(store, max_attempts=3)
    book.enqueue("briefing", 7)
    runner = Runner()
    runner.down = True
    assert book.drain({"briefing": runner}) == (0, 1)
    clock.advance(120)
    crash(book, clock)
    crash(book, clock)
    runner.down = False
    assert book.drain({"briefing": runner}) == (0, 0)
    assert runner.ran == []
    assert [(j.attempts, j.status) for j in book.failed()] == [(3, "dead")]


def test_job_within_its_attempts_is_leased_again(
    store: SuggestionStore, clock: Clock
) -> None:
    """Two deaths of three allowed: the third run happens and succeeds."""
    book = JobBook(store, max_attempts=3)
    book.enqueue("triage", 9)
    crash(book, clock)
    crash(book, clock)
    runner = Runner()
    assert book.drain({"triage": runner}) == (1, 0)
    assert runner.ran == [9]
    assert book.failed() == []


def test_run_that_outlived_its_lease_still_counts_when_it_ends(
    store: SuggestionStore, clock: Clock
) -> None:
    """Its last lease ran out and it was marked dead, but it finished: done."""
    book = JobBook(store, max_attempts=1)
    book.enqueue("triage", 9)
    job = book.claim_next()
    assert job is not None
    clock.advance(LEASE_S)
    assert book.claim_next() is None  # buried meanwhile
    book.finish(job.id)
    assert read_job(store, job.id).state == "done"
    assert book.failed() == []


def test_late_error_of_a_job_another_run_finished_changes_nothing(
    store: SuggestionStore, clock: Clock
) -> None:
    """Two runs of one job (the first outlived its lease): the success stands."""
    book = JobBook(store)
    book.enqueue("triage", 9)
    first = book.claim_next()
    clock.advance(LEASE_S)
    second = book.claim_next()
    assert first is not None and second is not None
    book.finish(second.id)
    book.finish(first.id, "OdooUnavailable: Odoo did not answer.")
    assert read_job(store, first.id).state == "done"
    assert book.pending() == 0


def one_job_in_each_state(book: JobBook, clock: Clock) -> dict[str, int]:
    """Job ids by state: a dead, done and queued triage, a failed and a running
    briefing (the book allows one attempt)."""
    dead = book.enqueue("triage", 1)
    crash(book, clock)
    assert book.claim_next() is None  # buries it
    done = book.enqueue("triage", 2)
    book.drain({"triage": Runner()})
    failed = book.enqueue("briefing", 404)

    def missing(record_id: int) -> None:
        raise NotFoundError(f"Project {record_id} does not exist.")

    book.drain({"briefing": missing})
    running = book.enqueue("briefing", 3)
    assert book.claim_next() is not None
    queued = book.enqueue("triage", 4)
    return {
        "queued": queued,
        "running": running,
        "done": done,
        "failed": failed,
        "dead": dead,
    }


def test_jobs_are_counted_and_listed_by_kind_and_state(
    store: SuggestionStore, clock: Clock
) -> None:
    """queued, running, done, failed and dead, each per kind."""
    ids = one_job_in_each_state(JobBook(store, max_attempts=1), clock)
    queued, running, done = ids["queued"], ids["running"], ids["done"]
    failed, dead = ids["failed"], ids["dead"]
    assert count_jobs(store) == {
        ("triage", "dead"): 1,
        ("triage", "done"): 1,
        ("briefing", "failed"): 1,
        ("briefing", "running"): 1,
        ("triage", "queued"): 1,
    }
    assert [j.id for j in find_jobs(store)] == [queued, running, failed, done, dead]
    for state, job_id in [
        ("queued", queued),
        ("running", running),
        ("done", done),
        ("failed", failed),
        ("dead", dead),
    ]:
        assert [j.id for j in find_jobs(store, state=state)] == [job_id]
    clock.advance(LEASE_S)  # the running job's worker died: queued again
    assert count_jobs(store)[("briefing", "queued")] == 1
    assert [j.id for j in find_jobs(store, state="queued")] == [queued, running]


def test_pending_and_given_up_jobs_are_counted_by_the_database(
    store: SuggestionStore, clock: Clock
) -> None:
    """Each figure is one COUNT query, not every row loaded and counted."""
    book = JobBook(store, max_attempts=1)
    one_job_in_each_state(book, clock)
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]).lower())

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        figures = (book.pending(), book.failed_count())
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert figures == (2, 2)
    assert len(statements) == 2
    assert all(s.startswith("select count(*)") for s in statements)


def test_unknown_job_or_state_is_the_callers_error(store: SuggestionStore) -> None:
    """An unknown id is not found; an unknown state names the valid ones."""
    with pytest.raises(NotFoundError):
        read_job(store, 99)
    with pytest.raises(CallerError, match="queued, running, done, failed, dead"):
        find_jobs(store, state="lost")


def at_once(calls: int, call: Callable[[], object]) -> list[object]:
    """What `call` returns in `calls` threads released together; each
    thread's exception, if any, in place of its answer."""
    start = threading.Barrier(calls)
    answers: list[object] = []

    def run() -> None:
        start.wait()
        try:
            answers.append(call())
        except Exception as exc:  # the test asserts on what each thread got
            answers.append(exc)

    threads = [threading.Thread(target=run) for _ in range(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return answers


@pytest.mark.parametrize("record_id", range(1, 11))
def test_racing_enqueues_of_one_record_store_one_job(
    store: SuggestionStore, record_id: int
) -> None:
    """Replicas taking the same webhook at once: one waiting job, one id for all."""
    book = JobBook(store)
    ids = at_once(8, lambda: book.enqueue("triage", record_id))
    assert len(ids) == 8 and len(set(ids)) == 1
    assert isinstance(ids[0], int)
    assert book.pending() == 1


def test_many_enqueues_on_one_connection_keep_the_key(
    store: SuggestionStore,
) -> None:
    """Past the driver's threshold for preparing a statement, replays still
    find the waiting job (PostgreSQL must still match the partial key)."""
    book = JobBook(store)
    first = [book.enqueue("briefing", record_id) for record_id in range(1, 21)]
    again = [book.enqueue("briefing", record_id) for record_id in range(1, 21)]
    assert first == again
    assert book.pending() == 20


def older_store_with_twins(store: SuggestionStore) -> dict[str, int]:
    """A store from before the waiting-job key: the same request stored
    three times, and a leased and a retried job for the same record."""
    with store.engine.begin() as connection:
        connection.execute(text("DROP INDEX uq_job_waiting"))
    now = store.now()
    rows = {
        "oldest": ("pending", 0),
        "running": ("running", 1),
        "retried": ("pending", 1),
        "twin": ("pending", 0),
        "twin_again": ("pending", 0),
    }
    ids: dict[str, int] = {}
    with store.session() as session, session.begin():
        for name, (status, attempts) in rows.items():
            row = JobRow(
                kind="triage",
                record_id=5,
                status=status,
                attempts=attempts,
                next_attempt_at=now,
                created_at=now,
            )
            session.add(row)
            session.flush()
            ids[name] = row.id
    return ids


@pytest.mark.parametrize("processes", [1, 4])
def test_an_older_store_gets_the_key_its_twins_merged(
    store: SuggestionStore, processes: int
) -> None:
    """Starting on an older store (one process, or several at once) keeps the
    oldest waiting job and the others, and adds the key once."""
    ids = older_store_with_twins(store)
    assert at_once(processes, store.create_schema) == [None] * processes
    with store.session() as session:
        kept = set(session.scalars(select(JobRow.id)))
    assert kept == {ids["oldest"], ids["running"], ids["retried"]}
    assert JobBook(store).enqueue("triage", 5) == ids["oldest"]


def test_a_connection_that_read_the_older_schema_still_enqueues(
    tmp_path: Path, clock: Clock
) -> None:
    """One start-up reads an older store's indexes and is paused as it hands
    that connection back; another adds the key meanwhile. The connection, back
    in the pool, still enqueues (SQLite matches ON CONFLICT to the schema a
    connection cached, not to the file)."""
    store = SuggestionStore(
        make_engine(f"sqlite:///{tmp_path / 'copilot.db'}"), now=clock
    )
    store.create_schema()
    ids = older_store_with_twins(store)
    read_indexes: set[int] = set()
    paused, resume = threading.Event(), threading.Event()

    def note_index_read(_c: object, _k: object, statement: str, *_: object) -> None:
        if "index_list" in statement:
            read_indexes.add(threading.get_ident())

    def pause_on_return(_connection: object, _record: object) -> None:
        if threading.get_ident() in read_indexes and not paused.is_set():
            paused.set()
            resume.wait(10)

    event.listen(store.engine, "after_cursor_execute", note_index_read)
    event.listen(store.engine, "checkin", pause_on_return)
    answers: list[object] = []
    first = threading.Thread(target=lambda: answers.append(store.create_schema()))
    first.start()
    assert paused.wait(10)
    store.create_schema()  # the other start-up, while the first one waits
    resume.set()
    first.join(10)
    assert answers == [None]
    assert JobBook(store).enqueue("triage", 5) == ids["oldest"]
    store.engine.dispose()


# SQLAlchemy warns that it picks this URL's pool class from "mode=memory".
@pytest.mark.filterwarnings("ignore:Selection of the SingletonThreadPool")
def test_a_shared_in_memory_store_keeps_its_tables(clock: Clock) -> None:
    """A database named by URI that lives only in memory is not closed after
    its tables are made: closing it would drop them."""
    url = "sqlite:///file:jobs_in_memory?mode=memory&cache=shared&uri=true"
    store = SuggestionStore(make_engine(url), now=clock)
    store.create_schema()
    assert JobBook(store).enqueue("triage", 5) > 0
    store.engine.dispose()

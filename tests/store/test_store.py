"""Store and outbox: idempotent proposals, backoff, exception queue, decisions."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy.exc import IntegrityError

from copilot.errors import (
    ConfigurationError,
    NotFoundError,
    OdooAccessDenied,
    WriteRefused,
)
from copilot.store import (
    ApiKeyRegistry,
    ApprovalSync,
    OutboxDispatcher,
    StoredActivityWriter,
    SuggestionState,
    SuggestionStore,
    TransitionRefused,
    export_audit,
    forget_suggestions,
    make_engine,
)
from copilot.store.tables import Base, SuggestionRow
from tests.store.fakes import Clock, FlakyWriter, write


def stored_writer(
    store: SuggestionStore, writer: FlakyWriter
) -> tuple[StoredActivityWriter, OutboxDispatcher]:
    dispatcher = OutboxDispatcher(store, writer)
    return StoredActivityWriter(store, dispatcher), dispatcher


def schedule(
    jobs: StoredActivityWriter, content_hash: str = "abc123", correlation_id: str = ""
) -> str:
    pending = write(content_hash=content_hash)
    return jobs.schedule_activity(
        pending.key,
        user_id=pending.user_id,
        summary=pending.summary,
        note_html=pending.note_html,
        deadline=pending.deadline,
        correlation_id=correlation_id,
    ).outcome


def test_replayed_advice_is_stored_and_posted_once(store: SuggestionStore) -> None:
    """The same key twice: one suggestion, one Odoo call, second says unchanged."""
    writer = FlakyWriter()
    jobs, _ = stored_writer(store, writer)
    assert [schedule(jobs), schedule(jobs)] == ["created", "unchanged"]
    assert writer.calls == 1
    [only] = store.search()
    assert only.state is SuggestionState.POSTED
    assert only.activity_id == 100


def test_unique_constraint_refuses_a_duplicate_key(store: SuggestionStore) -> None:
    """Even a writer bypassing `propose` cannot store the same key twice."""
    store.propose(write())
    with store.session() as session, pytest.raises(IntegrityError):
        first = session.get(SuggestionRow, 1)
        assert first is not None
        session.add(
            SuggestionRow(
                **{
                    c.name: getattr(first, c.name)
                    for c in SuggestionRow.__table__.columns
                    if c.name != "id"
                }
            )
        )
        session.commit()


def test_outage_queues_then_backs_off_then_posts(
    store: SuggestionStore, clock: Clock
) -> None:
    """Odoo down: stored and queued; retried only when due; posted once back."""
    writer = FlakyWriter(down=True)
    jobs, dispatcher = stored_writer(store, writer)
    assert schedule(jobs).startswith("queued")
    assert dispatcher.drain() == []  # not due for 10 s
    clock.advance(10)
    writer.down = False
    [posted] = dispatcher.drain()
    assert posted.outcome == "created"
    assert store.get(posted.suggestion_id).state is SuggestionState.POSTED
    assert dispatcher.drain() == []


@pytest.mark.parametrize(
    ("failure", "expected_attempts"),
    [
        (OdooAccessDenied("Odoo refused the copilot's password."), 3),
        (WriteRefused("outside the allowlist"), 1),
    ],
)
def test_write_back_that_keeps_failing_lands_in_the_exception_queue(
    store: SuggestionStore,
    clock: Clock,
    failure: Exception,
    expected_attempts: int,
) -> None:
    """After N attempts (at once if refused by policy) the suggestion is failed."""
    writer = FlakyWriter(down=True, failure=failure)  # type: ignore[arg-type]
    jobs, dispatcher = stored_writer(store, writer)
    schedule(jobs)
    for _ in range(5):
        clock.advance(60)
        dispatcher.drain()
    [failed] = store.search(states=[SuggestionState.FAILED])
    assert failed.attempts == expected_attempts
    assert failed.last_error == str(failure)
    assert failed.as_dict(now=clock())["age_s"] == 300
    assert schedule(jobs).startswith("failed")  # a replay does not duplicate it


def test_requeued_failure_posts_once_odoo_is_back(
    store: SuggestionStore, clock: Clock
) -> None:
    """An operator re-queues a failed write-back; the next drain posts it."""
    writer = FlakyWriter(down=True)
    jobs, dispatcher = stored_writer(store, writer)
    schedule(jobs)
    for _ in range(3):
        clock.advance(60)
        dispatcher.drain()
    writer.down = False
    store.retry(1, actor="cli")
    [posted] = dispatcher.drain()
    assert (posted.outcome, store.get(1).state) == ("created", SuggestionState.POSTED)


def test_newer_advice_expires_the_older_suggestion(store: SuggestionStore) -> None:
    """New facts refresh the activity; the older suggestion becomes expired."""
    jobs, _ = stored_writer(store, FlakyWriter())
    assert [schedule(jobs, "aaa"), schedule(jobs, "bbb")] == ["created", "updated"]
    newer, older = store.search()
    assert (newer.state, older.state) == (
        SuggestionState.POSTED,
        SuggestionState.EXPIRED,
    )


def test_decisions_follow_the_state_machine_and_are_audited(
    store: SuggestionStore,
) -> None:
    """Approve once; a second decision is refused; the audit has ids, not text."""
    jobs, _ = stored_writer(store, FlakyWriter())
    schedule(jobs)
    approved = store.decide(1, SuggestionState.APPROVED, actor="key:1", source="api")
    assert approved.decided_at is not None
    with pytest.raises(TransitionRefused):
        store.decide(1, SuggestionState.REJECTED, actor="key:1", source="api")
    with pytest.raises(NotFoundError):
        store.decide(99, SuggestionState.REJECTED, actor="cli", source="cli")
    events = [json.loads(line) for line in export_audit(store.engine)]
    assert [e["event"] for e in events] == [
        "suggestion_proposed",
        "suggestion_posted",
        "suggestion_approved",
    ]
    assert events[-1]["actor"] == "key:1"
    assert all("advice" not in json.dumps(e) for e in events)


@pytest.mark.parametrize(
    "targets",
    [
        [SuggestionState.APPROVED] * 8,
        [SuggestionState.APPROVED, SuggestionState.REJECTED] * 4,
    ],
    ids=["eight approvals", "approvals and rejections"],
)
def test_racing_decisions_decide_once(
    store: SuggestionStore, targets: list[SuggestionState]
) -> None:
    """People (or the CLI, the API and the approval sync) deciding one
    suggestion at the same moment: one decision is kept and audited, every
    other one is refused as a decision on a decided suggestion."""
    jobs, _ = stored_writer(store, FlakyWriter())
    schedule(jobs)
    start = threading.Barrier(len(targets))
    outcomes: list[str] = []

    def decide(target: SuggestionState) -> None:
        start.wait()
        try:
            store.decide(1, target, actor="cli", source="cli", reason="no")
            outcomes.append(target.value)
        except TransitionRefused:
            outcomes.append("refused")

    threads = [threading.Thread(target=decide, args=(t,)) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    decided = [o for o in outcomes if o != "refused"]
    assert len(outcomes) == len(targets)
    assert len(decided) == 1
    assert store.get(1).state.value == decided[0]
    events = [json.loads(line)["event"] for line in export_audit(store.engine)]
    assert events == [
        "suggestion_proposed",
        "suggestion_posted",
        f"suggestion_{decided[0]}",
    ]


class GoneActivities:
    """Odoo as the approval sync reads it: every activity gone, none marked
    done (each was cancelled)."""

    uid = 2

    def execute_kw(self, model: str, method: str, *_: object) -> object:
        return [] if method == "search_read" else 0


def test_the_approval_sync_leaves_a_decision_made_meanwhile(
    store: SuggestionStore,
) -> None:
    """A person approves a suggestion after the sync listed it as posted: the
    sync keeps the person's decision and goes on, instead of stopping."""
    jobs, _ = stored_writer(store, FlakyWriter())
    schedule(jobs)
    other = write(record_id=8)
    jobs.schedule_activity(
        other.key,
        user_id=other.user_id,
        summary=other.summary,
        note_html=other.note_html,
        deadline=other.deadline,
    )
    listed = store.search(states=[SuggestionState.POSTED])
    store.decide(1, SuggestionState.APPROVED, actor="cli", source="cli")

    class ListedEarlier:
        def search(self, **_: object) -> list[object]:
            return listed

        def decide(self, *args: object, **kwargs: object) -> object:
            return store.decide(*args, **kwargs)  # type: ignore[arg-type]

    report = ApprovalSync(ListedEarlier(), GoneActivities()).sync()  # type: ignore[arg-type]
    assert report.rejected == (2,)
    assert store.get(1).state is SuggestionState.APPROVED
    assert store.get(2).state is SuggestionState.REJECTED


def test_a_claimed_write_back_is_not_posted_twice(
    store: SuggestionStore, clock: Clock
) -> None:
    """Two workers: the second finds it taken; a dead worker's lease runs out."""
    writer = FlakyWriter(down=True)
    jobs, dispatcher = stored_writer(store, writer)
    schedule(jobs)  # attempt 1 fails; due again in 10 s
    clock.advance(10)
    assert store.claim(1)  # a worker takes it, then dies mid-write
    writer.down = False
    assert dispatcher.drain() == []
    assert dispatcher.attempt(1).outcome.startswith("queued")
    clock.advance(300)
    [posted] = dispatcher.drain()
    assert (posted.outcome, writer.calls) == ("created", 2)


def test_decision_made_while_posting_stands(store: SuggestionStore) -> None:
    """Approved in the inbox mid-write: stays approved, keeps the activity id."""
    suggestion, _ = store.propose(write())
    assert store.claim(suggestion.id)
    store.decide(suggestion.id, SuggestionState.APPROVED, actor="cli", source="cli")
    store.mark_posted(suggestion.id, 321, "created")
    done = store.get(suggestion.id)
    assert (done.state, done.activity_id) == (SuggestionState.APPROVED, 321)


def test_forget_suggestions_keeps_keys_and_audits_the_reset(
    store: SuggestionStore,
) -> None:
    """A sandbox reset empties suggestions and outbox; keys and audit stay."""
    jobs, _ = stored_writer(store, FlakyWriter(down=True))
    schedule(jobs)
    keys = ApiKeyRegistry(store)
    _key, token = keys.create("admin")
    assert forget_suggestions(store, reason="sandbox reset") == 1
    assert store.search() == []
    assert store.due() == []
    assert keys.verify(token) is not None
    events = [json.loads(line)["event"] for line in export_audit(store.engine)]
    assert events[-1] == "store.reset"


def test_the_job_correlation_id_is_the_suggestions(store: SuggestionStore) -> None:
    """A job's id reaches the stored suggestion, so both audit trails join."""
    writer = FlakyWriter()
    jobs, _ = stored_writer(store, writer)
    schedule(jobs, correlation_id="job-5f2c")
    [only] = store.search()
    assert only.correlation_id == "job-5f2c"
    schedule(jobs, content_hash="def456")  # no job id: the store draws one
    ids = {suggestion.correlation_id for suggestion in store.search()}
    assert len(ids) == 2 and "" not in ids


@pytest.mark.parametrize(
    "content",
    [
        b"notes.txt saved under the store's name\n",
        b"SQLite format 3\x00" + b"\xff" * 200,  # a header, then damage
    ],
)
def test_a_damaged_store_file_is_named(tmp_path: Path, content: bytes) -> None:
    """A file that is no SQLite database is the operator's error naming the
    file and what to do, not 'check that the folder is writable'."""
    path = tmp_path / "copilot.db"
    path.write_bytes(content)
    store = SuggestionStore(make_engine(f"sqlite:///{path}"))
    with pytest.raises(ConfigurationError) as refused:
        store.create_schema()
    message = str(refused.value)
    assert str(path) in message
    assert "is damaged or is not a SQLite database" in message
    assert "writable" not in message
    assert path.read_bytes() == content


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_processes_starting_on_an_empty_store_all_open_it(
    request: pytest.FixtureRequest, tmp_path: Path, backend: str
) -> None:
    """Eight processes (each its own engine) creating the tables of an empty
    store at once all succeed: one that finds a table created meanwhile
    ('already exists') looks again instead of failing."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'copilot.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        engine = make_engine(url)
        Base.metadata.drop_all(engine)
        engine.dispose()
    stores = [SuggestionStore(make_engine(url)) for _ in range(8)]
    start = threading.Barrier(len(stores))
    failures: list[Exception] = []

    def open_store(store: SuggestionStore) -> None:
        start.wait()
        try:
            store.create_schema()
        except Exception as exc:  # the test asserts that none failed
            failures.append(exc)

    threads = [threading.Thread(target=open_store, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert failures == []
    assert stores[-1].search() == []
    for store in stores:
        store.engine.dispose()


def _refusing(pragma: str) -> object:
    def on_connect(connection: object, _record: object) -> None:
        connection.execute(pragma)  # type: ignore[attr-defined]

    return on_connect


@pytest.mark.parametrize(
    ("pragma", "message"),
    [
        ("PRAGMA query_only = ON", "is read-only; let the user the copilot runs as"),
        ("PRAGMA max_page_count = 1", "is full; free some space"),
    ],
    ids=["read-only", "full"],
)
def test_a_store_that_refuses_writes_says_why(
    tmp_path: Path, pragma: str, message: str
) -> None:
    """A SQLite store that can be read but not written (a read-only file or
    folder, a full disk) is the operator's error naming the file, not an
    'unexpected OperationalError'."""
    path = tmp_path / "copilot.db"
    SuggestionStore(make_engine(f"sqlite:///{path}")).create_schema()
    engine = make_engine(f"sqlite:///{path}")
    sqlalchemy.event.listen(engine, "connect", _refusing(pragma))
    store = SuggestionStore(engine)
    assert store.search() == []
    with pytest.raises(ConfigurationError) as refused:
        store.propose(replace(write(), note_html="<p>advice</p>" * 10_000))
    assert str(path) in str(refused.value)
    assert message in str(refused.value)

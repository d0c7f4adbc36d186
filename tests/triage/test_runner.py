"""The triage runner: one worker thread, batches, each caller its own answer."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

import pytest

from copilot.audit import MemoryAuditLog
from copilot.errors import CallerError, ConfigurationError
from copilot.triage import (
    DefaultModel,
    TriageClassifier,
    TriagePolicy,
    TriageResult,
    TriageRunner,
    TriageService,
)
from redaction import Redactor
from retrieval import HashingEmbedder, MemoryTicketIndex

TEXTS = [
    "I cannot log in to the portal, password reset fails",
    "Please add a field to the sales quotation report",
    "The bank sync stopped on Wednesday; nothing imported since",
]


class RecordingTriage(TriageService):
    """The real service, noting each batch's size and the thread it ran on."""

    def __init__(self, model: DefaultModel, redactor: Redactor) -> None:
        index = MemoryTicketIndex(HashingEmbedder())
        super().__init__(
            TriageClassifier(model, index, TriagePolicy()), redactor, MemoryAuditLog()
        )
        self.batches: list[int] = []
        self.threads: set[str] = set()

    def triage_texts(
        self, items: Sequence[tuple[str | None, str]]
    ) -> list[TriageResult]:
        self.batches.append(len(items))
        self.threads.add(threading.current_thread().name)
        return super().triage_texts(items)


@pytest.fixture(autouse=True)
def _switch_interval() -> Iterator[None]:
    """The runner lowers a process-wide setting: put it back after each test."""
    before = sys.getswitchinterval()
    yield
    sys.setswitchinterval(before)


@pytest.fixture
def service(default_model: DefaultModel, redactor: Redactor) -> RecordingTriage:
    return RecordingTriage(default_model, redactor)


def held_first(
    service: TriageService, busy: threading.Event, gate: threading.Event
) -> Callable[[], TriageService]:
    """A service getter whose first call signals `busy`, then waits for `gate`:
    the runner thread is held so callers pile up behind it."""

    def current() -> TriageService:
        if not busy.is_set():
            busy.set()
            gate.wait(10)
        return service

    return current


def test_callers_waiting_together_run_as_one_batch(service: RecordingTriage) -> None:
    """While the thread is busy, later callers queue and then run together."""
    busy, gate = threading.Event(), threading.Event()
    runner = TriageRunner(held_first(service, busy, gate))
    first = runner.submit([(None, TEXTS[0])])
    assert busy.wait(10)
    later = [runner.submit([(str(i), text)]) for i, text in enumerate(TEXTS)]
    gate.set()
    results = [first.result(10), *(f.result(10) for f in later)]
    runner.close()
    assert service.batches == [1, 3]
    assert [r[0].request_id for r in results[1:]] == ["0", "1", "2"]
    assert service.threads == {"triage-runner"}


def test_each_caller_gets_what_it_would_get_alone(service: RecordingTriage) -> None:
    """Batched answers equal one-by-one answers, in each caller's order."""
    alone = [service.triage_texts([(None, t)])[0].suggestion for t in TEXTS]
    runner = TriageRunner(lambda: service)

    async def together() -> list[TriageResult]:
        return await asyncio.gather(*(runner.triage_text(t) for t in TEXTS))

    batched = asyncio.run(together())
    runner.close()
    assert [r.suggestion.category for r in batched] == [s.category for s in alone]


def test_a_bad_text_fails_only_its_own_caller(service: RecordingTriage) -> None:
    """A blank text is refused; the texts queued with it are still answered."""
    busy, gate = threading.Event(), threading.Event()
    runner = TriageRunner(held_first(service, busy, gate))
    blocker = runner.submit([(None, TEXTS[0])])
    assert busy.wait(10)
    good = runner.submit([(None, TEXTS[1])])
    bad = runner.submit([(None, "   ")])
    also_good = runner.submit([(None, TEXTS[2])])
    gate.set()
    blocker.result(10)
    assert service.batches[:2] == [1, 3]
    assert good.result(10)[0].suggestion.category.value
    assert also_good.result(10)[0].suggestion.category.value
    with pytest.raises(CallerError):
        bad.result(10)
    runner.close()


def test_blocking_callers_share_the_worker(service: RecordingTriage) -> None:
    """`triage_texts` from pool threads runs on the runner's thread only."""
    runner = TriageRunner(lambda: service)
    threads = [
        threading.Thread(target=runner.triage_texts, args=([(None, text)],))
        for text in TEXTS * 3
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    runner.close()
    assert sum(service.batches) == len(TEXTS) * 3
    assert service.threads == {"triage-runner"}


def test_ticket_triage_stays_in_the_callers_thread(
    service: RecordingTriage,
) -> None:
    """Ticket triage waits on Odoo: it is not queued behind the texts."""
    runner = TriageRunner(lambda: service)
    with pytest.raises(ConfigurationError, match="Odoo is not configured"):
        runner.triage_ticket(7, dry_run=True)
    assert service.batches == []


def test_starting_the_worker_lowers_the_switch_interval(
    service: RecordingTriage,
) -> None:
    """The event loop gets the interpreter back within a millisecond."""
    sys.setswitchinterval(0.005)
    runner = TriageRunner(lambda: service, switch_interval_s=0.001)
    runner.triage_texts([(None, TEXTS[0])])
    runner.close()
    assert sys.getswitchinterval() == pytest.approx(0.001)

"""Triage for concurrent callers: texts on one thread in batches, tickets inline."""

from __future__ import annotations

import asyncio
import logging
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field

from copilot.triage.model import RequestId, TriageResult
from copilot.triage.service import TriageService

__all__ = ["TriageRunner"]

logger = logging.getLogger(__name__)

Item = tuple[RequestId | None, str]


@dataclass
class _Request:
    items: list[Item]
    answer: Future[list[TriageResult]] = field(default_factory=Future)


class TriageRunner:
    """Runs text triage for many callers on one worker thread.

    Triage of a text is CPU-bound and short (a few milliseconds). Spread over
    a thread pool, each request waits for the interpreter lock again after
    every release (regular expressions, SQLite, Chroma), and latency grows
    with the number of threads; on one thread it does not. Requests waiting
    when the thread is free are run as one batch (up to `max_batch` texts),
    which shares the model's vectorised step. Every caller gets its own
    results or its own error: a bad text never fails the others in a batch.

    The worker shares the interpreter with the event loop, which gives the
    lock up at every socket or database call; by default a thread that wants
    it back waits up to 5 ms. Starting the worker lowers that interval to
    `switch_interval_s` (process-wide; measured with 50 clients on two
    cores, p95 of text triage dropped by about a fifth).

    `service` is asked for the current `TriageService` before each batch, so
    a service rebuilt around a refreshed deny-list is picked up. Ticket
    triage waits on Odoo, not the CPU: it runs in the caller's thread.
    """

    def __init__(
        self,
        service: Callable[[], TriageService],
        *,
        max_batch: int = 16,
        switch_interval_s: float = 0.001,
    ) -> None:
        self._service = service
        self._max_batch = max_batch
        self._switch_interval_s = switch_interval_s
        self._waiting: queue.SimpleQueue[_Request | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    async def triage_text(self, text: str) -> TriageResult:
        """Triage one text without blocking the event loop."""
        [result] = await asyncio.wrap_future(self.submit([(None, text)]))
        return result

    def triage_texts(self, items: Sequence[Item]) -> list[TriageResult]:
        """As `TriageService.triage_texts`, run on the worker thread; blocks."""
        return self.submit(list(items)).result()

    def triage_ticket(self, ticket_id: int, *, dry_run: bool = False) -> TriageResult:
        """As `TriageService.triage_ticket`, in the caller's thread."""
        return self._service().triage_ticket(ticket_id, dry_run=dry_run)

    def close(self) -> None:
        """Stop the worker once the requests already queued are answered."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._waiting.put(None)
            thread.join()

    def submit(self, items: list[Item]) -> Future[list[TriageResult]]:
        """Queue texts for the worker thread; the future holds their results."""
        request = _Request(items)
        self._start()
        self._waiting.put(request)
        return request.answer

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                if sys.getswitchinterval() > self._switch_interval_s:
                    sys.setswitchinterval(self._switch_interval_s)
                self._thread = threading.Thread(
                    target=self._work, name="triage-runner", daemon=True
                )
                self._thread.start()

    def _work(self) -> None:
        while True:
            first = self._waiting.get()
            if first is None:
                return
            batch = [first]
            size = len(first.items)
            while size < self._max_batch:
                try:
                    more = self._waiting.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._run(batch)
                    return
                batch.append(more)
                size += len(more.items)
            self._run(batch)

    def _run(self, batch: list[_Request]) -> None:
        live = [r for r in batch if r.answer.set_running_or_notify_cancel()]
        if len(live) <= 1:
            for request in live:
                self._run_alone(request)
            return
        try:
            results = self._service().triage_texts(
                [item for request in live for item in request.items]
            )
        except Exception:
            # One caller's bad text (or a passing fault): answer each alone.
            for request in live:
                self._run_alone(request)
            return
        start = 0
        for request in live:
            end = start + len(request.items)
            request.answer.set_result(results[start:end])
            start = end
        logger.debug("triaged a batch of %d texts", len(results))

    def _run_alone(self, request: _Request) -> None:
        try:
            request.answer.set_result(self._service().triage_texts(request.items))
        except Exception as exc:
            request.answer.set_exception(exc)

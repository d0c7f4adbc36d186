"""Operations metrics in Prometheus format, one registry per app."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from copilot.audit import AuditSink, AuditValue
from copilot.store import JOB_STATES, JobBook, SuggestionStore, count_jobs, read_stats

__all__ = ["MeteredAuditSink", "ServiceMetrics"]

# Job kinds reported even before their first job (see api/jobs.py).
_JOB_KINDS = ("briefing", "triage")


class ServiceMetrics:
    """Counters the handlers update; store figures are read at scrape time."""

    def __init__(self, store: Callable[[], SuggestionStore | None]) -> None:
        self.registry = CollectorRegistry()
        self.jobs = Counter(
            "copilot_jobs",
            "Jobs run through the API, by job and outcome.",
            ["job", "outcome"],
            registry=self.registry,
        )
        self.webhook_latency = Histogram(
            "copilot_webhook_latency_seconds",
            "Time to accept an Odoo webhook.",
            registry=self.registry,
        )
        self.model_latency = Histogram(
            "copilot_model_latency_seconds",
            "Language-model call latency.",
            ["outcome"],
            registry=self.registry,
        )
        self.fallbacks = Counter(
            "copilot_model_fallbacks",
            "Texts written by the offline narrator after a model problem.",
            registry=self.registry,
        )
        self.registry.register(_StoreCollector(store))

    @contextmanager
    def job(self, name: str) -> Iterator[None]:
        """Count one job as `ok` or `error` (the exception propagates)."""
        try:
            yield
        except Exception:
            self.jobs.labels(name, "error").inc()
            raise
        self.jobs.labels(name, "ok").inc()

    @contextmanager
    def webhook(self) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.webhook_latency.observe(time.perf_counter() - started)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class _StoreCollector(Collector):
    def __init__(self, store: Callable[[], SuggestionStore | None]) -> None:
        self._store = store

    def collect(self) -> Iterator[Metric]:
        store = self._store()
        if store is None:
            return
        stats = read_stats(store)
        yield GaugeMetricFamily(
            "copilot_outbox_backlog", "Write-backs waiting.", stats.outbox_backlog
        )
        yield GaugeMetricFamily(
            "copilot_job_queue_backlog", "Webhook jobs waiting.", stats.job_backlog
        )
        yield GaugeMetricFamily(
            "copilot_failed_jobs",
            "Webhook jobs given up on (e.g. the record does not exist).",
            JobBook(store).failed_count(),
        )
        yield _webhook_jobs(store)
        yield GaugeMetricFamily(
            "copilot_exception_queue_size",
            "Write-backs given up on.",
            stats.exception_queue,
        )
        yield GaugeMetricFamily(
            "copilot_exception_queue_oldest_age_seconds",
            "Age of the oldest suggestion in the exception queue.",
            stats.oldest_exception_age_s,
        )
        rate = GaugeMetricFamily(
            "copilot_approval_rate", "Approved / decided, per kind.", labels=["kind"]
        )
        cycle = GaugeMetricFamily(
            "copilot_approval_cycle_seconds",
            "Mean time from proposal to decision, per kind (last 1000).",
            labels=["kind"],
        )
        for kind in sorted({k for k, _ in stats.decisions}):
            value = stats.approval_rate(kind)
            if value is not None:
                rate.add_metric([kind], value)
            if kind in stats.cycle_seconds:
                cycle.add_metric([kind], stats.cycle_seconds[kind])
        yield rate
        yield cycle


def _webhook_jobs(store: SuggestionStore) -> GaugeMetricFamily:
    """Stored webhook jobs by kind and state, whichever process ran them."""
    counts = count_jobs(store)
    family = GaugeMetricFamily(
        "copilot_webhook_jobs",
        "Webhook jobs by kind and state (queued, running, done, failed, dead).",
        labels=["kind", "state"],
    )
    for kind in sorted({k for k, _ in counts} | set(_JOB_KINDS)):
        for state in JOB_STATES:
            family.add_metric([kind, state], counts[(kind, state)])
    return family


class MeteredAuditSink:
    """Passes entries on; model calls and fallbacks also become metrics."""

    def __init__(self, inner: AuditSink, metrics: ServiceMetrics) -> None:
        self._inner = inner
        self._metrics = metrics

    def record(self, event: str, correlation_id: str, **details: AuditValue) -> None:
        if event == "model_call":
            latency = details.get("latency_ms")
            if isinstance(latency, int | float):
                self._metrics.model_latency.labels(
                    str(details.get("outcome", "ok"))
                ).observe(latency / 1000)
        elif event == "fallback_used":
            self._metrics.fallbacks.inc()
        self._inner.record(event, correlation_id, **details)

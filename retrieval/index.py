"""Labelled past tickets in a vector index; only redacted text goes in.

`TicketIndex` is the seam; `ChromaTicketIndex` is the product's, with the
hashing embedding passed in so Chroma never fetches its default model;
`MemoryTicketIndex` is a small exact implementation for tests and evals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import numpy as np

from copilot.errors import ConfigurationError
from redaction import RedactedText
from retrieval.embedding import HashingEmbedder

__all__ = [
    "ChromaTicketIndex",
    "IndexedTicket",
    "MemoryTicketIndex",
    "Neighbour",
    "TicketIndex",
]

logger = logging.getLogger(__name__)

_COLLECTION = "closed_tickets"
_BATCH = 2000


@dataclass(frozen=True)
class IndexedTicket:
    """A closed ticket as history: redacted text and the labels it ended with."""

    ticket_id: str
    text: RedactedText
    labels: Mapping[str, str] = field(default_factory=dict)
    client_id: int | None = None


@dataclass(frozen=True)
class Neighbour:
    ticket_id: str
    score: float
    labels: Mapping[str, str]
    client_id: int | None
    text: str


class TicketIndex(Protocol):
    def add(self, tickets: Sequence[IndexedTicket]) -> int: ...

    def count(self) -> int: ...

    def known(self, ticket_ids: Sequence[str]) -> frozenset[str]:
        """Which of these ids are already indexed."""
        ...

    def label_values(self, label: str) -> frozenset[str]: ...

    def labelled(self, label: str, limit: int) -> list[tuple[str, str]]:
        """Up to `limit` (redacted text, value) pairs carrying `label`."""
        ...

    def nearest(
        self,
        text: RedactedText,
        k: int,
        *,
        client_id: int | None = None,
        same_client: bool | None = None,
    ) -> list[Neighbour]:
        """Closest tickets; `same_client` True/False filters on `client_id`."""
        ...


class MemoryTicketIndex:
    """Exact cosine search over numpy rows; for tests and evaluations."""

    def __init__(self, embedder: HashingEmbedder) -> None:
        self._embedder = embedder
        self._rows: list[IndexedTicket] = []
        self._matrix = np.zeros((0, embedder.dim), dtype=np.float32)

    def add(self, tickets: Sequence[IndexedTicket]) -> int:
        known = {row.ticket_id: i for i, row in enumerate(self._rows)}
        fresh = [t for t in tickets if t.ticket_id not in known]
        vectors = self._embedder.embed([t.text.text for t in fresh])
        self._rows.extend(fresh)
        self._matrix = np.vstack([self._matrix, vectors])
        return len(fresh)

    def count(self) -> int:
        return len(self._rows)

    def known(self, ticket_ids: Sequence[str]) -> frozenset[str]:
        have = {row.ticket_id for row in self._rows}
        return frozenset(t for t in ticket_ids if t in have)

    def label_values(self, label: str) -> frozenset[str]:
        return frozenset(r.labels[label] for r in self._rows if label in r.labels)

    def labelled(self, label: str, limit: int) -> list[tuple[str, str]]:
        rows = [r for r in self._rows if r.labels.get(label)]
        return [(r.text.text, r.labels[label]) for r in rows[-limit:]]

    def nearest(
        self,
        text: RedactedText,
        k: int,
        *,
        client_id: int | None = None,
        same_client: bool | None = None,
    ) -> list[Neighbour]:
        if not self._rows:
            return []
        scores = self._matrix @ self._embedder.embed_one(text.text)
        order = np.argsort(-scores, kind="stable")
        found: list[Neighbour] = []
        for i in order:
            row = self._rows[int(i)]
            if same_client is not None and (row.client_id == client_id) != same_client:
                continue
            found.append(
                Neighbour(
                    row.ticket_id,
                    round(float(scores[i]), 4),
                    dict(row.labels),
                    row.client_id,
                    row.text.text,
                )
            )
            if len(found) == k:
                break
        return found


class ChromaTicketIndex:
    """A Chroma collection of redacted closed tickets, cosine space.

    The size is asked of Chroma at most once per `count_ttl_s` (each triage
    needs it two or three times, at half a millisecond a call): tickets
    added by this object count at once, those added by another process
    within that time.
    """

    def __init__(
        self,
        embedder: HashingEmbedder,
        path: Path | None = None,
        *,
        server_url: str | None = None,
        count_ttl_s: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """In memory, in the folder `path`, or on the Chroma server at
        `server_url` (client/server mode, shared by replicas)."""

        self._embedder = embedder
        self._labels: dict[str, frozenset[str]] = {}
        self._count_ttl_s = count_ttl_s
        self._clock = clock
        self._counted: tuple[float, int] | None = None
        try:
            client = _chroma_client(path, server_url)
            self._client = client
            self._collection = client.get_or_create_collection(
                f"{_COLLECTION}_{embedder.name}_{embedder.dim}".replace("-", "_"),
                embedding_function=None,
                metadata={"hnsw:space": "cosine"},
            )
        except Exception as exc:
            if server_url:
                where = (
                    "check that COPILOT_TRIAGE_CHROMA_URL names a running Chroma server"
                )
            elif path is not None:
                where = (
                    f"check that {path} is a writable folder (COPILOT_TRIAGE_INDEX_DIR;"
                    " by default triage-index in COPILOT_DATA_DIR)"
                )
            else:
                where = "check that COPILOT_DATA_DIR is writable"
            raise ConfigurationError(
                f"The ticket index could not be opened ({type(exc).__name__}); {where}."
            ) from exc

    def close(self) -> None:
        """Release the client's connections (a server's HTTP pool, a folder's
        database); the index is unusable afterwards."""
        self._client.close()

    def add(self, tickets: Sequence[IndexedTicket]) -> int:
        for start in range(0, len(tickets), _BATCH):
            batch = tickets[start : start + _BATCH]
            # Chroma takes float32 rows; its stubs want a wider dtype union.
            vectors: Any = self._embedder.embed([t.text.text for t in batch])
            self._collection.upsert(
                ids=[t.ticket_id for t in batch],
                embeddings=vectors,
                documents=[t.text.text for t in batch],
                metadatas=[_metadata(t) for t in batch],
            )
        self._labels.clear()
        self._counted = None
        logger.info("indexed %s tickets", len(tickets))
        return len(tickets)

    def count(self) -> int:
        now = self._clock()
        counted = self._counted
        if counted is not None and now - counted[0] < self._count_ttl_s:
            return counted[1]
        total = int(self._collection.count())
        self._counted = (now, total)
        return total

    def known(self, ticket_ids: Sequence[str]) -> frozenset[str]:
        if not ticket_ids:
            return frozenset()
        rows = self._collection.get(ids=list(ticket_ids), include=[])
        return frozenset(rows["ids"])

    def label_values(self, label: str) -> frozenset[str]:
        """Distinct values of a label, cached until the next `add`."""
        if label not in self._labels:
            rows = self._collection.get(include=["metadatas"])
            metas = rows.get("metadatas") or []
            self._labels[label] = frozenset(
                str(m[label]) for m in metas if m and label in m
            )
        return self._labels[label]

    def labelled(self, label: str, limit: int) -> list[tuple[str, str]]:
        where: Any = {label: {"$ne": ""}}
        rows = self._collection.get(
            where=where, limit=limit, include=["documents", "metadatas"]
        )
        docs = rows.get("documents") or []
        metas = rows.get("metadatas") or []
        return [
            (doc or "", str(meta[label]))
            for doc, meta in zip(docs, metas, strict=True)
            if meta and meta.get(label)
        ]

    def nearest(
        self,
        text: RedactedText,
        k: int,
        *,
        client_id: int | None = None,
        same_client: bool | None = None,
    ) -> list[Neighbour]:
        total = self.count()
        if total == 0 or k <= 0:
            return []
        where: dict[str, Any] | None = None
        if same_client is not None:
            value = client_id if client_id is not None else -1
            where = {"client_id": value if same_client else {"$ne": value}}
        query: Any = [self._embedder.embed_one(text.text)]
        answer = self._collection.query(
            query_embeddings=query,
            n_results=min(k, total),
            where=where,
            include=["metadatas", "documents", "distances"],
        )
        ids = answer["ids"][0]
        metas = (answer.get("metadatas") or [[]])[0]
        docs = (answer.get("documents") or [[]])[0]
        dists = (answer.get("distances") or [[]])[0]
        return [
            Neighbour(
                ticket_id,
                round(1.0 - float(dist), 4),
                {
                    key: str(value)
                    for key, value in (meta or {}).items()
                    if key != "client_id"
                },
                _client(meta),
                doc or "",
            )
            for ticket_id, meta, doc, dist in zip(ids, metas, docs, dists, strict=True)
        ]


def _metadata(ticket: IndexedTicket) -> dict[str, str | int]:
    meta: dict[str, str | int] = {k: v for k, v in ticket.labels.items() if v}
    meta["client_id"] = ticket.client_id if ticket.client_id is not None else -1
    return meta


def _client(meta: Mapping[str, Any] | None) -> int | None:
    value = (meta or {}).get("client_id", -1)
    return None if value in (-1, None) else int(value)


def _chroma_client(path: Path | None, server_url: str | None) -> Any:
    """Chroma's HTTP client, its folder client, or an in-memory one."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    quiet = ChromaSettings(anonymized_telemetry=False)
    if server_url is not None:
        parts = urlsplit(server_url)
        is_tls = parts.scheme == "https"
        return chromadb.HttpClient(
            host=parts.hostname or "",
            port=parts.port or (443 if is_tls else 8000),
            ssl=is_tls,
            settings=quiet,
        )
    if path is not None:
        return chromadb.PersistentClient(path=str(path), settings=quiet)
    return chromadb.EphemeralClient(settings=quiet)

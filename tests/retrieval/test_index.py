"""Both ticket indexes answer the same way: nearest first, client filters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from copilot.errors import ConfigurationError
from redaction import RedactedText, Redactor
from retrieval import (
    ChromaTicketIndex,
    HashingEmbedder,
    IndexedTicket,
    MemoryTicketIndex,
    TicketIndex,
)

HISTORY = [
    ("1", "Cannot log in, password reset e-mail never arrives", "access", 10),
    ("2", "Invoice charged twice, please issue a credit note", "billing", 10),
    ("3", "Locked out of the portal after too many attempts", "access", 20),
    ("4", "Please add a cost centre field to timesheets", "change", 20),
]

IndexFactory = Callable[[Path], TicketIndex]
FACTORIES: dict[str, IndexFactory] = {
    "memory": lambda _: MemoryTicketIndex(HashingEmbedder(512)),
    "chroma": lambda path: ChromaTicketIndex(HashingEmbedder(512), path),
}


def sealed(redactor: Redactor, text: str) -> RedactedText:
    return redactor.scope("tests/index").redact(text)


@pytest.fixture(params=sorted(FACTORIES))
def index(
    request: pytest.FixtureRequest, tmp_path: Path, pattern_redactor: Redactor
) -> TicketIndex:
    """An index of each kind holding the four tickets above."""
    made = FACTORIES[request.param](tmp_path / "index")
    made.add(
        [
            IndexedTicket(tid, sealed(pattern_redactor, text), {"category": c}, client)
            for tid, text, c, client in HISTORY
        ]
    )
    return made


def test_nearest_comes_first(index: TicketIndex, pattern_redactor: Redactor) -> None:
    """The closest past ticket leads, with a cosine score in (0, 1]."""
    query = sealed(pattern_redactor, "password reset mail does not arrive")
    found = index.nearest(query, 2)
    assert found[0].ticket_id == "1"
    assert found[0].labels["category"] == "access"
    assert 0 < found[1].score <= found[0].score <= 1.0


@pytest.mark.parametrize(
    ("same", "expected"), [(True, {"3", "4"}), (False, {"1", "2"})]
)
def test_client_filter(
    index: TicketIndex, pattern_redactor: Redactor, same: bool, expected: set[str]
) -> None:
    """`same_client` keeps only that client's tickets, or only the others'."""
    query = sealed(pattern_redactor, "portal login problem")
    found = index.nearest(query, 10, client_id=20, same_client=same)
    assert {n.ticket_id for n in found} == expected


def test_labels_and_idempotent_add(
    index: TicketIndex, pattern_redactor: Redactor
) -> None:
    """Label values are listed; adding a known id again does not duplicate it."""
    assert index.label_values("category") == {"access", "billing", "change"}
    assert len(index.labelled("category", 10)) == 4
    again = IndexedTicket("1", sealed(pattern_redactor, "x"), {"category": "access"})
    index.add([again])
    assert index.count() == 4


def test_index_refuses_raw_text() -> None:
    """Only the redaction package can make the text the index accepts."""
    with pytest.raises(Exception, match="RedactionScope"):
        IndexedTicket("9", RedactedText("raw text", {}), {})


def test_known_lists_indexed_ids_only(index: TicketIndex) -> None:
    """`known` tells which ids are already in (so history is not redone)."""
    assert index.known(["1", "4", "99"]) == {"1", "4"}
    assert index.known([]) == frozenset()


def test_chroma_count_is_kept_briefly(
    tmp_path: Path, pattern_redactor: Redactor
) -> None:
    """Own additions count at once; another process's once the count is stale."""
    now = [0.0]
    mine = ChromaTicketIndex(
        HashingEmbedder(512), tmp_path, count_ttl_s=2.0, clock=lambda: now[0]
    )
    other = ChromaTicketIndex(HashingEmbedder(512), tmp_path)
    assert mine.count() == 0
    first, second = (
        IndexedTicket(tid, sealed(pattern_redactor, text), {}, client)
        for tid, text, _, client in HISTORY[:2]
    )
    mine.add([first])
    assert mine.count() == 1
    other.add([second])
    assert mine.count() == 1
    now[0] += 2.0
    assert mine.count() == 2


def test_a_folder_that_cannot_hold_the_index_is_named(tmp_path: Path) -> None:
    """A file where the index folder should be: the operator's error names
    that folder and its setting, not only COPILOT_DATA_DIR."""
    in_the_way = tmp_path / "triage-index"
    in_the_way.write_text("not a folder")
    with pytest.raises(ConfigurationError) as refused:
        ChromaTicketIndex(HashingEmbedder(512), in_the_way)
    assert str(in_the_way) in str(refused.value)
    assert "COPILOT_TRIAGE_INDEX_DIR" in str(refused.value)

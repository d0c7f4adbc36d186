"""Client/server mode: replicas share one Chroma server's ticket index."""

from __future__ import annotations

import pytest

from copilot.errors import ConfigurationError
from redaction import Redactor
from retrieval import ChromaTicketIndex, HashingEmbedder, IndexedTicket
from tests.support.processes import free_port

pytest_plugins = ["tests.support.chroma_server"]

HISTORY = [
    ("1", "Cannot log in, password reset e-mail never arrives", "access", 10),
    ("2", "Invoice charged twice, please issue a credit note", "billing", 10),
    ("3", "Locked out of the portal after too many attempts", "access", 20),
]


def test_replicas_share_one_server(
    chroma_server_url: str, pattern_redactor: Redactor
) -> None:
    """What one replica indexes, another finds, nearest first, with labels."""
    scope = pattern_redactor.scope("tests/chroma-server")
    writer = ChromaTicketIndex(HashingEmbedder(512), server_url=chroma_server_url)
    reader = ChromaTicketIndex(HashingEmbedder(512), server_url=chroma_server_url)
    writer.add(
        [
            IndexedTicket(tid, scope.redact(text), {"category": c}, client)
            for tid, text, c, client in HISTORY
        ]
    )
    try:
        found = reader.nearest(scope.redact("password reset mail does not arrive"), 2)
        assert [n.ticket_id for n in found][:1] == ["1"]
        assert found[0].labels["category"] == "access"
        assert reader.count() == 3
        assert reader.known(["1", "3", "9"]) == {"1", "3"}
        assert reader.label_values("category") == {"access", "billing"}
    finally:
        writer.close()
        reader.close()


def test_unreachable_server_names_the_setting() -> None:
    """No server at the URL: a configuration error naming the setting."""
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(ConfigurationError, match="COPILOT_TRIAGE_CHROMA_URL"):
        ChromaTicketIndex(HashingEmbedder(512), server_url=url)

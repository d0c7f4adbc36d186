"""Vector retrieval over redacted text (Chroma): similar tickets and history.

Only redacted text may ever be embedded: the index accepts `RedactedText`.
"""

from retrieval.embedding import HashingEmbedder, tokenize
from retrieval.index import (
    ChromaTicketIndex,
    IndexedTicket,
    MemoryTicketIndex,
    Neighbour,
    TicketIndex,
)

__all__ = [
    "ChromaTicketIndex",
    "HashingEmbedder",
    "IndexedTicket",
    "MemoryTicketIndex",
    "Neighbour",
    "TicketIndex",
    "tokenize",
]

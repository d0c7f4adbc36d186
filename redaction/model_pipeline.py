"""The model reads the next texts while the rules read the ones before.

spaCy's parser and the matrix products under it release the GIL, so on a
machine with two cores the NER of one chunk of texts runs in a worker thread
beside the rule recognizers of the chunk before it. The docs come back in the
texts' order, each exactly as a plain ``nlp.pipe`` makes it; an error in the
worker is raised where its chunk is read, and chunks not yet started are
dropped.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

__all__ = ["docs_ahead"]

_CHUNK = 4
"""Texts per chunk: small enough that the first chunk's wait is short."""


def docs_ahead(
    nlp: Any, texts: Sequence[str], batch_size: int
) -> Generator[Any, None, None]:
    """``nlp.pipe(texts)``, with the model a chunk ahead of the caller."""
    if len(texts) <= _CHUNK:
        yield from nlp.pipe(list(texts), batch_size=batch_size)
        return
    chunks = [list(texts[i : i + _CHUNK]) for i in range(0, len(texts), _CHUNK)]
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="redaction-ner")
    try:
        futures = [pool.submit(_docs, nlp, chunk, batch_size) for chunk in chunks]
        for future in futures:
            yield from future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _docs(nlp: Any, texts: list[str], batch_size: int) -> list[Any]:
    return list(nlp.pipe(texts, batch_size=batch_size))

"""The hashing embedding is deterministic, normalised and sense-preserving."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval import HashingEmbedder, tokenize


def test_same_text_same_vector_across_instances() -> None:
    """Two embedders agree byte for byte (CRC-32, not the salted `hash`)."""
    text = "The invoice PDF prints blank since the update"
    first = HashingEmbedder().embed_one(text)
    second = HashingEmbedder().embed_one(text)
    assert np.array_equal(first, second)
    assert first.dtype == np.float32


@pytest.mark.parametrize(
    ("text", "norm"),
    [("Cannot log in to the portal", 1.0), ("", 0.0), ("!!!", 0.0)],
)
def test_vectors_are_unit_length_or_zero(text: str, norm: float) -> None:
    """A text with words has unit length; one without words is all zeros."""
    vector = HashingEmbedder(256).embed_one(text)
    assert float(np.linalg.norm(vector)) == pytest.approx(norm, abs=1e-5)


def test_placeholders_embed_as_their_type() -> None:
    """Texts that differ only in which person is named embed identically."""
    embedder = HashingEmbedder()
    one = embedder.embed_one("Please reset the password of <PERSON_1>")
    two = embedder.embed_one("Please reset the password of <PERSON_7>")
    assert float(one @ two) == pytest.approx(1.0)
    assert tokenize("call <PHONE_NUMBER_2> on 12") == [
        "call",
        "<phone_number>",
        "on",
        "0",
    ]


@pytest.mark.parametrize(
    ("query", "near", "far"),
    [
        (
            "password reset mail never arrives",
            "the password reset e-mail does not arrive",
            "please add a cost centre field to timesheets",
        ),
        (
            "invoice charged twice, need a credit note",
            "we were charged twice on the invoice",
            "the consultant was rude during training",
        ),
        (
            "pasword reste not wroking",
            "password reset not working",
            "happy holidays to the team",
        ),
    ],
)
def test_related_texts_are_closer_than_unrelated(
    query: str, near: str, far: str
) -> None:
    """Shared words and word fragments (even with typos) raise the similarity."""
    q, n, f = HashingEmbedder().embed([query, near, far])
    assert float(q @ n) > float(q @ f)


def test_too_few_dimensions_is_refused() -> None:
    """A dimension below 16 is a programming error."""
    with pytest.raises(ValueError, match="dim"):
        HashingEmbedder(8)

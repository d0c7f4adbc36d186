"""Words the sentence says name a thing: mentioned as words, or a work's title."""

from __future__ import annotations

import pytest

from redaction.named_things import is_named_thing

# Every name below is invented for these tests.
_PLAIN_WORDS = frozenset({"Wisdom", "Discipline", "Patience"})


@pytest.mark.parametrize(
    ("text", "value", "is_thing"),
    [
        pytest.param("Capitalised words like Wisdom and Discipline are common.",
                     "Wisdom", True, id="a-word-mentioned-as-a-word"),
        pytest.param("terms such as Patience confuse the model", "Patience", True,
                     id="terms-such-as"),
        pytest.param("people like Wisdom Okafor", "Wisdom Okafor", False,
                     id="people-like-a-person"),
        pytest.param("In other words like Patience said, we wait.", "Patience",
                     False, id="in-other-words"),
        pytest.param("Terms such as Zorvetta proposed are fine.", "Zorvetta", False,
                     id="a-name-after-terms-such-as"),
        pytest.param("Quelbrink is a 2017 Polish action-comedy film directed by X.",
                     "Quelbrink", True, id="a-film-by-someone"),
        pytest.param("Quelbrink was an album.", "Quelbrink", True, id="an-album"),
        pytest.param("Quelbrink is a 2019 TV series", "Quelbrink", True,
                     id="a-series-at-the-end"),
        pytest.param("Zorvetta Quelbrink is a film student.", "Zorvetta Quelbrink",
                     False, id="a-film-student"),
        pytest.param("Zorvetta was the star of the film.", "Zorvetta", False,
                     id="the-star-of-a-film"),
        pytest.param("Quelbrink is a novel idea", "Quelbrink", False,
                     id="novel-as-an-adjective"),
        pytest.param("Rose and Sage are the new colour variants; order them.",
                     "Rose", True, id="colour-variants"),
        pytest.param("Rose and Sage are the new colour variants; order them.",
                     "Sage", True, id="the-second-colour"),
        pytest.param("Rose and Zorvetta are the new team leads.", "Rose", False,
                     id="new-team-leads"),
        pytest.param("Zoolander is a film directed by Zorvetta Quelbrink.",
                     "Zorvetta Quelbrink", False, id="the-director"),
        pytest.param("Victoria sponge and coffee at 10:30.", "Victoria", True,
                     id="a-dish"),
        pytest.param("Victoria brought a sponge.", "Victoria", False,
                     id="the-dish-word-further-on"),
        pytest.param("Tom Collins joined the call.", "Tom Collins", False,
                     id="a-drink-s-name-alone-is-a-person-s"),
        pytest.param("Thanks Victoria sponge was lovely", "Victoria", False,
                     id="after-a-greeting"),
        pytest.param("Lunch: Caesar salad, Anjali soup", "Caesar", False,
                     id="each-person-s-order"),
    ],
)  # fmt: skip
def test_named_things(text: str, value: str, is_thing: bool) -> None:
    start = text.index(value)
    found = is_named_thing(text, start, start + len(value), _PLAIN_WORDS.__contains__)
    assert found is is_thing

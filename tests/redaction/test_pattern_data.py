"""The data file's particle roles fill the regexes that name them."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from copilot.errors import RedactionError
from redaction.recognizers.pattern_data import (
    particle_alternation,
    particles,
    pattern_setting,
)

# Every name below is invented for these tests.


def _regexes() -> dict[str, str]:
    data = json.loads(
        resources.files("redaction").joinpath("patterns.json").read_text("utf-8")
    )
    return {
        name: value["regex"]
        for name, value in data.items()
        if isinstance(value, dict) and isinstance(value.get("regex"), str)
    }


def test_every_regex_compiles_with_its_placeholders_filled() -> None:
    for name in _regexes():
        compiled = pattern_setting(name).pattern
        assert "{name_line_particles}" not in compiled, name
        assert "{connecting_particles}" not in compiled, name


def test_the_roles_fill_the_regexes_that_name_them() -> None:
    regexes = _regexes()
    users = [name for name, regex in regexes.items() if "_particles}" in regex]
    assert users  # the cue, signature-line and lower-case initial rules
    for name in users:
        compiled = pattern_setting(name).pattern
        assert (
            particle_alternation("name_line") in compiled
            or particle_alternation("connecting") in compiled
        ), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Dear Zorvetta van Quelbrink,", "Zorvetta van Quelbrink",
                     id="cue-and-a-name-line-particle"),
        pytest.param("escalated to l. bint quelbrink.", "l. bint quelbrink",
                     id="initial-and-a-connecting-particle"),
    ],
)  # fmt: skip
def test_a_filled_regex_matches_the_particles(text: str, name: str) -> None:
    regex = "person_cue" if name[0].isupper() else "lower_name_initial"
    found = pattern_setting(regex).search(text)
    assert found is not None
    assert name in text[found.start() : found.end()]


def test_longer_particles_come_first() -> None:
    """ "dos" before "do", so an alternation never stops at the shorter."""
    alternatives = particle_alternation("connecting").split("|")
    assert alternatives.index("dos") < alternatives.index("do")
    assert set(alternatives) == particles("connecting")


def test_an_unknown_role_is_a_clear_error() -> None:
    with pytest.raises(RedactionError, match=r"name_particle_roles\.ghost"):
        particles("ghost")

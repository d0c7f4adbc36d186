"""Set P regenerates byte for byte and every label it records holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from evals.redaction.training import set_p, set_p_values

TITLES = ("Herr ", "Frau ", "M. ", "Mme ", "Sr. ", "Sra. ", "Pan ", "Pani ")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return set_p.generate()


def test_names_carry_no_title(records: list[dict[str, Any]]) -> None:
    """Herr, Frau, M., Sra., Pan and the like stay outside the PERSON span."""
    for row in records:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            if span["type"] == "PERSON":
                assert not value.startswith(TITLES), (row["id"], value)


def test_counts_lengths_and_share_without_values(
    records: list[dict[str, Any]],
) -> None:
    """Texts hold 60 to 1,200 characters and a fifth of them label nothing."""
    assert len(records) == set_p.TEXT_COUNT
    assert all(60 <= len(r["text"]) <= 1200 for r in records)
    assert len([r for r in records if not r["spans"]]) == set_p.EMPTY_COUNT
    assert [r["id"] for r in records] == [
        f"P-{i:04d}" for i in range(1, set_p.TEXT_COUNT + 1)
    ]


def test_every_language_is_present(records: list[dict[str, Any]]) -> None:
    """All twelve languages appear, none with fewer than 100 texts."""
    langs: dict[str, int] = {}
    for row in records:
        langs[row["tags"][0]] = langs.get(row["tags"][0], 0) + 1
    assert len(langs) == 12
    assert min(langs.values()) >= 100


@pytest.mark.parametrize(
    "body",
    [
        "=== bad_empty de empty\nGuten Tag {p1:full}, bitte zahlen.\n",
        "=== bad_field de\nGuten Tag {nickname}.\n",
        "=== bad_form de\nGuten Tag {p1:nick}.\n",
        "=== bad_lang xx\nGuten Tag {p1:full}.\n",
    ],
)
def test_template_reader_refuses_bad_template(tmp_path: Path, body: str) -> None:
    """An empty template holding a value, or an unknown field, is refused."""
    path = tmp_path / "templates.txt"
    path.write_text("# header\n" + body, encoding="utf-8")
    with pytest.raises(ValueError, match="bad"):
        set_p.read_templates(path)


def test_no_public_figure_is_named(records: list[dict[str, Any]]) -> None:
    """No given and family pair listed under `avoid` is ever drawn."""
    pairs = [
        name.split(" ", 1)
        for lang in set_p_values.PHONE_SHAPES
        for name in set_p_values.read_pools(lang).lists.get("avoid", ())
    ]
    assert pairs
    for row in records:
        text = row["text"].casefold()
        for given, family in pairs:
            for shape in (
                f"{given} {family}",
                f"{family}, {given}",
                f"{family} {given}",
            ):
                assert shape.casefold() not in text, (row["id"], shape)

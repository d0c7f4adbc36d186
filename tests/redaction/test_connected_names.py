"""Name parts with a particle between them are one name."""

from __future__ import annotations

import pytest

from redaction.connected_names import joined_across_particles
from redaction.spans import EntitySpan

# Every name below is invented for these tests.


def _spans(text: str, *parts: tuple[str, str]) -> list[EntitySpan]:
    spans = []
    for entity_type, value in parts:
        start = text.index(value)
        spans.append(EntitySpan(entity_type, start, start + len(value), 0.85))
    return spans


def _may_be_surname(word: str) -> bool:
    return word in {"Quelbrink", "Arrieta", "le", "Żółkiewski"}


@pytest.mark.parametrize(
    ("text", "parts", "expected"),
    [
        pytest.param("Zorvetta Quelbrink y Arrieta signed",
                     (("PERSON", "Zorvetta Quelbrink"), ("PERSON", "Arrieta")),
                     ["Zorvetta Quelbrink y Arrieta"], id="connector-after-two-words"),
        pytest.param("Zorvetta Quelbrink das Neves signed",
                     (("PERSON", "Zorvetta Quelbrink"), ("PERSON", "Neves")),
                     ["Zorvetta Quelbrink das Neves"], id="particle"),
        pytest.param("Zorvetta bint Hamad signed",
                     (("PERSON", "Zorvetta"), ("PERSON", "Hamad")),
                     ["Zorvetta bint Hamad"], id="particle-after-one-word"),
        pytest.param("Zorvetta y Arno vinieron",
                     (("PERSON", "Zorvetta"), ("PERSON", "Arno")),
                     ["Zorvetta", "Arno"], id="and-between-two-given-names"),
        pytest.param("Reunión con Zorvetta López y Arno Pérez",
                     (("PERSON", "Zorvetta López"), ("PERSON", "Arno Pérez")),
                     ["Zorvetta López", "Arno Pérez"], id="and-between-two-full-names"),
        pytest.param("Zorvetta Quelbrink e dos Santos signed",
                     (("PERSON", "Zorvetta Quelbrink"), ("PERSON", "dos Santos")),
                     ["Zorvetta Quelbrink e dos Santos"], id="and-before-a-particle"),
        pytest.param("Apologies: Zorvetta Peña y Arrieta Sr.",
                     (("PERSON", "Zorvetta Peña"), ("PERSON", "Arrieta Sr.")),
                     ["Zorvetta Peña y Arrieta Sr."], id="and-before-a-suffix"),
        pytest.param("Zorvetta Hansen i Oslo",
                     (("PERSON", "Zorvetta Hansen"), ("LOCATION", "Oslo")),
                     ["Zorvetta Hansen", "Oslo"], id="and-before-a-place"),
        pytest.param("Zorvetta Costa do Banco Central",
                     (("PERSON", "Zorvetta Costa"), ("ORGANIZATION", "Banco Central")),
                     ["Zorvetta Costa", "Banco Central"], id="particle-before-a-bank"),
        pytest.param("Zorvetta bint Hamad Quelbrink signed",
                     (("PERSON", "Zorvetta"), ("PERSON", "Hamad Quelbrink")),
                     ["Zorvetta bint Hamad Quelbrink"],
                     id="patronymic-before-two-words"),
        pytest.param("Ligar para Zorvetta Souza do Financeiro",
                     (("PERSON", "Zorvetta Souza"), ("ORGANIZATION", "Financeiro")),
                     ["Zorvetta Souza", "Financeiro"],
                     id="particle-before-a-department"),
        pytest.param('Zorvetta "VIP" Quelbrink',
                     (("PERSON", "Zorvetta"),),
                     ["Zorvetta"], id="capitals-are-no-nickname"),
        pytest.param("Zorvetta (Ops) Quelbrink",
                     (("PERSON", "Zorvetta"),),
                     ["Zorvetta"], id="team-is-no-nickname"),
        pytest.param("Zorvetta Quelbrink and Arno Ekdahl",
                     (("PERSON", "Zorvetta Quelbrink"), ("PERSON", "Arno Ekdahl")),
                     ["Zorvetta Quelbrink", "Arno Ekdahl"], id="english-and"),
        pytest.param("Zorvetta Quelbrink de Brix Logistics",
                     (("PERSON", "Zorvetta Quelbrink"),
                      ("ORGANIZATION", "Brix Logistics")),
                     ["Zorvetta Quelbrink", "Brix Logistics"],
                     id="firm-after-a-particle"),
        pytest.param("Zorvetta Quelbrink y Arrieta has left",
                     (("PERSON", "Zorvetta Quelbrink"), ("ORGANIZATION", "Arrieta")),
                     ["Zorvetta Quelbrink y Arrieta"],
                     id="surname-read-as-a-firm"),
        pytest.param('Zorvetta "Lulu" Quelbrink signed',
                     (("PERSON", "Zorvetta"), ("PERSON", "Quelbrink")),
                     ['Zorvetta "Lulu" Quelbrink'], id="nickname-between-two-spans"),
        pytest.param("Zorvetta (Lulu) Quelbrink signed",
                     (("PERSON", "Zorvetta"), ("PERSON", "Lulu")),
                     ["Zorvetta (Lulu) Quelbrink"], id="nickname-then-a-surname"),
        pytest.param("Zorvetta “Lulu” del Quelbrink signed",
                     (("PERSON", "Zorvetta"), ("PERSON", "Lulu"),
                      ("PERSON", "del Quelbrink")),
                     ["Zorvetta “Lulu” del Quelbrink"], id="nickname-then-particles"),
        pytest.param("Zorvetta (Tito) Żółkiewski signed",
                     (("PERSON", "Zorvetta"),),
                     ["Zorvetta (Tito) Żółkiewski"],
                     id="surname-with-a-polish-capital"),
        pytest.param("Zorvetta (Lulu) Team signed",
                     (("PERSON", "Zorvetta"),),
                     ["Zorvetta"], id="nickname-then-no-surname"),
        pytest.param("Brix Quelbrink (Hobart) le confirme",
                     (("PERSON", "Brix Quelbrink"),),
                     ["Brix Quelbrink"], id="nickname-then-a-lower-case-word"),
        pytest.param("Zorvetta (Sales) and Arno (IT) agreed",
                     (("PERSON", "Zorvetta"), ("PERSON", "Arno")),
                     ["Zorvetta", "Arno"], id="teams-in-brackets"),
        pytest.param("Zorvetta (Lulu) Quelbrink <zq@example.org>",
                     (("PERSON", "Zorvetta"), ("EMAIL_ADDRESS", "zq@example.org")),
                     ["Zorvetta (Lulu) Quelbrink", "zq@example.org"],
                     id="span-after-a-grown-name-stays"),
        pytest.param("Zorvetta Quelbrink da\nNeves",
                     (("PERSON", "Zorvetta Quelbrink"), ("PERSON", "Neves")),
                     ["Zorvetta Quelbrink", "Neves"], id="line-break"),
    ],
)  # fmt: skip
def test_joined_across_particles(
    text: str, parts: tuple[tuple[str, str], ...], expected: list[str]
) -> None:
    joined = joined_across_particles(text, _spans(text, *parts), _may_be_surname)
    assert [text[span.start : span.end] for span in joined] == expected

"""Set-specific checks of training set Q (firms named after people, their paperwork)."""

from __future__ import annotations

import re

import pytest

from evals.redaction.training import set_q
from evals.redaction.training.set_q_values import luhn_ok

AWARD = re.compile(
    r"the [^,.;!\n]*?(Scholarship|Prize for Tax Writing|Memorial Award|Fellowship|"
    r"Bursary|"
    r"Award for Pro Bono Work|Travel Fund|Medal|Moot|Trainee Award|Cup|Hardship Fund)"
)
OPENERS = (
    "Chase the signed",
    "Draft ready",
    "Review notes:",
    "Bill the",
    "Mark up",
    "Hope to",
    "Sterling",
    "Will:",
    "Grant of probate",
    "Rose by",
    "Price review",
)
SHARE_TEMPLATES = {
    "press_founder",
    "press_retire",
    "share_door",
    "share_slash",
    "sig_share",
    "conflict3",
}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return set_q.generate()


def _pieces(rec: dict, kind: str) -> list[str]:
    return [
        rec["text"][s["start"] : s["end"]] for s in rec["spans"] if s["type"] == kind
    ]


def test_size_ids_and_empty_share(records):
    assert len(records) == 1500
    assert [r["id"] for r in records] == [f"Q-{i:04d}" for i in range(1, 1501)]
    empty = [r for r in records if not r["spans"]]
    assert len(empty) == 300
    assert all("no_value" in r["tags"] for r in empty)


def test_capitalised_openers_label_nothing(records):
    openers = [
        r
        for r in records
        if r["text"].startswith(OPENERS) and r["tags"][0].startswith("n_")
    ]
    assert len(openers) >= 50
    assert all(not r["spans"] for r in openers)


def test_awards_named_after_people_are_not_labelled(records):
    seen = 0
    for rec in records:
        for m in AWARD.finditer(rec["text"]):
            seen += 1
            assert not any(
                s["start"] < m.end() and m.start() < s["end"] for s in rec["spans"]
            ), rec
    assert seen >= 80


def test_founders_share_the_firm_surname(records):
    shared = [r for r in records if r["tags"][0] in SHARE_TEMPLATES]
    assert len(shared) >= 40
    for rec in shared:
        orgs = set(
            re.findall(r"[\w'-]+", " ".join(_pieces(rec, "ORGANIZATION")).lower())
        )
        tokens = [t.lower() for p in _pieces(rec, "PERSON") for t in p.split()]
        assert any(t in orgs for t in tokens), rec


def test_person_spans_hold_the_name_only(records):
    bad = re.compile(
        r"^(@|Mr\b|Ms\b|Mrs\b|Dr\b|Frau\b|Herr\b|Mme\b|meneer\b|mevrouw\b)|'s$|\s$"
    )
    for rec in records:
        for piece in _pieces(rec, "PERSON"):
            assert not bad.search(piece), (rec["id"], piece)


def test_word_given_names_are_people_when_people(records):
    words = {
        "Grant",
        "Will",
        "Chase",
        "Mark",
        "Sterling",
        "Hope",
        "Faith",
        "Summer",
        "Rose",
        "Joy",
    }
    alone = {p for r in records for p in _pieces(r, "PERSON") if p in words}
    assert len(alone) >= 5


def test_exhibit_marks_and_client_codes_stay_unlabelled(records):
    for rec in records:
        for m in re.finditer(r"exhibit ([A-Z]{2,4}\d)", rec["text"]):
            assert not any(s["start"] <= m.start(1) < s["end"] for s in rec["spans"]), (
                rec
            )


def test_dutch_particle_capitalised_without_given_name(records):
    alone = [
        p
        for r in records
        for p in _pieces(r, "PERSON")
        if re.match(r"(Van|De|Ter) (?!Luca)", p)
    ]
    assert len(alone) >= 5
    for rec in records:
        assert not re.search(r"(meneer|mevrouw) (van|de|ter) ", rec["text"]), rec["id"]


def test_cards_and_ibans_are_valid(records):
    for rec in records:
        for piece in _pieces(rec, "CREDIT_CARD"):
            assert luhn_ok(piece)
        for piece in _pieces(rec, "IBAN_CODE"):
            raw = piece.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in raw[4:] + raw[:4])) % 97 == 1

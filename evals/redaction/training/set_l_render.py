"""Fill one set L template with invented people and values, recording spans."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from evals.redaction.training import set_l_values as values
from evals.redaction.training.set_l_pools import (
    PLACEHOLDER,
    WORD_KINDS,
    Pools,
    Template,
)

ECHO_KINDS = ("s", "t")
_VALUE_MAKERS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "phone": ("PHONE_NUMBER", values.phone),
    "iban": ("IBAN_CODE", values.iban),
    "card": ("CREDIT_CARD", values.card),
    "ip": ("IP_ADDRESS", values.ip_address),
    "url": ("URL", values.url),
}

_NAMED_PLACES: dict[str, Callable[[Pools], tuple[str, tuple[str, ...]]]] = {
    "org": lambda pools: ("ORGANIZATION", pools.organizations),
    "loc": lambda pools: ("LOCATION", pools.locations),
}


@dataclass(frozen=True)
class Person:
    """An invented person; `word` is the part of the name that is also a
    word the word-uses pool can echo, or None."""

    given: str
    family: str
    word: str | None


@dataclass
class Rendered:
    """A text being built; spans are recorded as values are appended."""

    text: str = ""
    spans: list[dict[str, object]] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)

    def add(self, value: str, label: str | None) -> None:
        if label is not None:
            start = len(self.text)
            self.spans.append(
                {"type": label, "start": start, "end": start + len(value)}
            )
        self.text += value


class TemplateFiller:
    """Draws people and values for one text and renders the template."""

    def __init__(self, pools: Pools, rng: random.Random) -> None:
        self._pools = pools
        self._rng = rng
        echo_words = {u.word for u in pools.word_uses if u.kind in ECHO_KINDS}
        self._word_given = sorted(echo_words & set(pools.given))
        self._word_family = sorted(echo_words & set(pools.family))
        self._by_kind = {
            kind: [u for u in pools.word_uses if u.kind == kind] for kind in WORD_KINDS
        }

    def render(self, template: Template) -> Rendered:
        people = self._draw_people(template.body)
        fixed: dict[str, str] = {}
        used: set[str] = set()
        out = Rendered(tags={template.name})
        position = 0
        for match in PLACEHOLDER.finditer(template.body):
            out.add(template.body[position : match.start()], None)
            key, digit, form = match.groups()
            value, label = self._value(key, digit, form, people, fixed, used)
            out.add(value, label)
            if key == "p":
                out.tags.add(f"form:{form}")
            position = match.end()
        out.add(template.body[position:], None)
        if any(p.word for p in people.values()):
            out.tags.add("word-name")
        if "echo}" in template.body:
            out.tags.add("echo")
        return out

    def _draw_people(self, body: str) -> dict[str, Person]:
        people: dict[str, Person] = {}
        for match in PLACEHOLDER.finditer(body):
            key, digit, _ = match.groups()
            if key == "p" and digit not in people:
                echo = f"{{p{digit}:echo}}" in body
                people[digit] = self._person(echo, people.values())
        return people

    def _person(self, echo: bool, taken: Iterable[Person]) -> Person:
        rng, pools = self._rng, self._pools
        taken = list(taken)
        while True:
            word: str | None = None
            given = rng.choice(pools.given)
            family = rng.choice(pools.family)
            if echo or rng.random() < 0.3:
                if rng.random() < 0.55:
                    given = word = rng.choice(self._word_given)
                else:
                    family = word = rng.choice(self._word_family)
            person = Person(given, family, word)
            clash = any(p.given == given or p.family == family for p in taken)
            famous = f"{given} {family}" in pools.public_figures
            if not clash and not famous and given != family:
                return person

    def _value(
        self,
        key: str,
        digit: str,
        form: str | None,
        people: dict[str, Person],
        fixed: dict[str, str],
        used: set[str],
    ) -> tuple[str, str | None]:
        rng = self._rng
        if key == "p" and form is not None:
            return self._person_form(people[digit], form, digit, fixed, used)
        if key in WORD_KINDS:
            return self._word_use(key, None, used), None
        if key in self._pools.vocab:
            return rng.choice(self._pools.vocab[key]), None
        if key in ("org", "loc"):
            label, pool = _NAMED_PLACES[key](self._pools)
            value = self._fixed(f"{key}{digit}", digit, fixed, lambda: rng.choice(pool))
            return value, label
        label, make = _VALUE_MAKERS[key]
        return self._fixed(f"{key}{digit}", digit, fixed, lambda: make(rng)), label

    @staticmethod
    def _fixed(
        slot: str, digit: str, fixed: dict[str, str], make: Callable[[], str]
    ) -> str:
        """A numbered placeholder keeps its value through the text."""
        if not digit:
            return make()
        if slot not in fixed:
            fixed[slot] = make()
        return fixed[slot]

    def _word_use(self, kind: str, word: str | None, used: set[str]) -> str:
        kinds = ECHO_KINDS if word else (kind,)
        choices = [
            u.text
            for k in kinds
            for u in self._by_kind[k]
            if u.text not in used and (word is None or u.word == word)
        ]
        if not choices:
            choices = [u.text for u in self._by_kind["s"] if u.text not in used]
        text = self._rng.choice(choices)
        used.add(text)
        return text

    def _person_form(
        self,
        person: Person,
        form: str,
        digit: str,
        fixed: dict[str, str],
        used: set[str],
    ) -> tuple[str, str | None]:
        given, family = person.given, person.family
        if form == "echo":
            return self._word_use("s", person.word, used), None
        if form == "email":
            slot = f"email{digit}"
            if slot not in fixed:
                fixed[slot] = values.email_for(given, family, self._rng)
            return fixed[slot], "EMAIL_ADDRESS"
        if form == "handle":
            slot = f"handle{digit}"
            if slot not in fixed:
                short = values.ascii_fold(given.replace(" ", ""))
                long = f"{short}.{values.ascii_fold(family.replace(' ', ''))}"
                fixed[slot] = self._rng.choice((short, long))
            return fixed[slot], "PERSON"
        last_word = family.split()[-1].lstrip("'")
        shapes = {
            "full": f"{given} {family}",
            "given": given,
            "family": family,
            "initial": f"{given} {last_word[0].upper()}.",
            "inverted": f"{family}, {given}",
            "upper": f"{family.upper()} {given}",
            "caps": f"{given} {family}".upper(),
            "lgiven": given.lower(),
        }
        return shapes[form], "PERSON"

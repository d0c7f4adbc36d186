"""`python -m evals.redaction.german_noun_list LEMMA_TABLE`: writes
``redaction/german_nouns.json``.

The English model takes many German nouns for people ("Rechnung",
"Schulung", "Lieferschein"): German capitalises every noun. A German
lemma table tells nouns from names by their forms: a noun has plural or
case forms ("Rechnungen", "Termine", "Umsätze"), while a name has at most a
genitive "-s" ("Jürgens", "Annas"). This command lists the capitalised
lemmas of four letters or more that have such a form, with their
capitalised forms, folded; a census first name or surname ("fischer",
"koch") is left out, as the name rules read it as a name.

``LEMMA_TABLE`` is ``de_lemma_lookup.json.gz`` from the package
``spacy-lookups-data`` (MIT, ExplosionAI GmbH), which the product does not
install; only the derived word list ships.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

from evals.redaction.word_list_files import (
    TableUnreadable,
    read_gzipped_table,
    write_word_list,
)
from redaction.folding import fold_key
from redaction.name_gazetteer import NameGazetteer, census_gazetteer

__all__ = ["german_nouns", "main"]

MIN_LENGTH = 4
_OUT = Path(__file__).resolve().parents[2] / "redaction" / "german_nouns.json"
_ABOUT = (
    "German nouns, folded: capitalised lemmas with a plural or case form "
    "other than a genitive -s, and those forms; census names left out (see "
    "evals/redaction/german_noun_list.py, which writes this file). Derived "
    "from de_lemma_lookup of spacy-lookups-data 1.0.5 (MIT licence, "
    "ExplosionAI GmbH)."
)


def german_nouns(lemmas: Mapping[str, str], names: NameGazetteer) -> list[str]:
    """Folded nouns of a form-to-lemma table, census names aside."""
    forms: dict[str, set[str]] = defaultdict(set)
    for form, lemma in lemmas.items():
        if form != lemma:
            forms[lemma].add(form)
    found: set[str] = set()
    for lemma, inflected in forms.items():
        if len(lemma) < MIN_LENGTH or not lemma.isalpha() or not lemma[0].isupper():
            continue
        if all(form == f"{lemma}s" for form in inflected):
            continue  # a name's genitive only: "Jürgens"
        words = [lemma, *(form for form in inflected if form[:1].isupper())]
        found.update(fold_key(word) for word in words)
    return sorted(word for word in found if not names.is_listed(word))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lemma_table", type=Path, help="de_lemma_lookup.json.gz")
    args = parser.parse_args(argv)
    try:
        lemmas = read_gzipped_table(args.lemma_table)
    except TableUnreadable as exc:
        print(exc, file=sys.stderr)
        return 2
    words = german_nouns({k: str(v) for k, v in lemmas.items()}, census_gazetteer())
    write_word_list(_OUT, _ABOUT, words)
    print(f"{len(words)} German nouns written to {_OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

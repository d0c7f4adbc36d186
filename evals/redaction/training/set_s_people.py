"""How set S writes a person: each form gives the text before, the name, the text after.

Only the name is the PERSON span; titles and forms of address ("Herr", "Frau", "Dhr.",
"Sehr geehrte Frau", "Beste"), the "@" of a handle and the "'sche" of an adjective stay
outside it.
"""

from __future__ import annotations

import random

from evals.redaction.training import set_s_values as v
from evals.redaction.training.set_s_values import Person

ANY_FORMS = ["full", "full", "full", "given", "family", "title", "init", "tfull"]
CHAT_FORMS = ["given", "lgiven", "handle", "at", "at", "given", "lower"]


def _title(p: Person, lang: str, kind: str) -> str:
    m = p["gender"] == "m"
    if lang == "de":
        return {
            "nom": "Herr" if m else "Frau",
            "dat": "Herrn" if m else "Frau",
            "abbr": "Hr." if m else "Fr.",
        }[kind]
    return {
        "nom": "meneer" if m else "mevrouw",
        "dat": "de heer" if m else "mevrouw",
        "abbr": "Dhr." if m else "Mevr.",
    }[kind]


def person_form(
    rng: random.Random, p: Person, form: str, lang: str, country: str, used: set[str]
) -> tuple[str, str, str]:
    """Return (before, name, after): only ``name`` is the PERSON span."""
    g, f = p["given"], p["family"]
    fs = v.stand_alone(f)
    if form == "any":
        form = rng.choice(ANY_FORMS)
    if form == "chat":
        form = rng.choice(CHAT_FORMS)
    used.add(form)
    if form == "full":
        return "", f"{g} {f}", ""
    if form == "given":
        return "", g, ""
    if form == "lgiven":
        return "", g.lower(), ""
    if form == "family":
        return "", fs, ""
    if form == "comma":
        return "", f"{fs}, {g}", ""
    if form == "caps":
        return "", f"{f.upper()} {g}", ""
    if form == "init":
        if lang == "nl" and rng.random() < 0.4:
            second = rng.choice(v.NAMES["nl_m"] + v.NAMES["nl_f"])[0]
            return "", f"{g[0]}.{second}. {f}", ""
        return "", f"{g[0]}. {f}", ""
    if form == "givinit":
        return "", f"{g} {v.core(f)[0]}.", ""
    if form == "lower":
        return "", f"{g} {f}".lower(), ""
    if form == "upper":
        return "", f"{g} {f}".upper(), ""
    if form == "handle":
        return "", v.handle(rng, p), ""
    if form == "at":
        return "@", v.handle(rng, p), ""
    if form in ("title", "titled", "tabbr"):
        kind = {"title": "nom", "titled": "dat", "tabbr": "abbr"}[form]
        return _title(p, lang, kind) + " ", fs, ""
    if form in ("tfull", "tfulld"):
        if lang == "nl":
            return _title(p, lang, "abbr") + " ", f"{g[0]}. {f}", ""
        kind = rng.choice(["nom" if form == "tfull" else "dat", "abbr"])
        return _title(p, lang, kind) + " ", f"{g} {f}", ""
    if form == "dr":
        if lang == "nl":
            return rng.choice(["ir.", "drs.", "mr.", "dr."]) + " ", fs, ""
        titles = {
            "DE": ["Dr.", "Prof. Dr.", "Dipl.-Ing."],
            "AT": ["Mag.", "DI", "Dr."],
            "CH": ["Dr.", "lic. iur.", "Dr."],
        }[country]
        pre = rng.choice(titles) + " "
        if rng.random() < 0.5:
            return _title(p, lang, "nom") + " " + pre, fs, ""
        return pre, f"{g} {f}", ""
    if form == "sehr":
        if lang == "nl":
            return (
                ("Geachte heer " if p["gender"] == "m" else "Geachte mevrouw "),
                fs,
                "",
            )
        return (
            ("Sehr geehrter Herr " if p["gender"] == "m" else "Sehr geehrte Frau "),
            fs,
            "",
        )
    if form == "lieb":
        if lang == "nl":
            return rng.choice(["Beste ", "Hoi ", "Dag "]), g, ""
        return ("Lieber " if p["gender"] == "m" else "Liebe "), g, ""
    if form == "sche":
        return "", fs, "'sche"
    raise ValueError(f"unknown person form {form!r}")


PRONOUNS = {
    "er": ("er", "sie"),
    "ihn": ("ihn", "sie"),
    "seine": ("seine", "ihre"),
    "seinem": ("seinem", "ihrem"),
    "hij": ("hij", "zij"),
    "zijn": ("zijn", "haar"),
    "hem": ("hem", "haar"),
}

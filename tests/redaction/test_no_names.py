"""PERSON spans known to name no one, whichever finder proposed them."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer, Redactor
from redaction.english_words import english_words
from redaction.name_gazetteer import census_gazetteer
from redaction.no_names import NoNames
from redaction.spans import EntitySpan

# Every name below is invented for these tests.


@pytest.fixture(scope="module")
def no_names(ner_analyzer: PresidioAnalyzer) -> NoNames:
    english = english_words(ner_analyzer._engine.nlp_engine)
    return NoNames(census_gazetteer(), english, frozenset({"hi", "hello"}))


def _person(text: str, value: str) -> EntitySpan:
    start = text.index(value)
    return EntitySpan("PERSON", start, start + len(value), 0.85)


@pytest.mark.parametrize(
    ("text", "value", "is_no_name"),
    [
        pytest.param("while studying English and journalism", "English", True,
                     id="a-language-alone"),
        pytest.param("Paphos, Cyprus (Greek) 51034", "Greek", True,
                     id="a-nationality-in-brackets"),
        pytest.param("Ask Rita French about it", "French", False,
                     id="a-surname-after-a-first-name"),
        pytest.param("Ask Mr English about it", "English", False,
                     id="a-surname-after-a-title"),
        pytest.param("Ask English Quelbrink about it", "English", False,
                     id="a-word-before-a-surname"),
        pytest.param("5 Songs You're Supposed To Hate (But Love)",
                     "You're Supposed To Hate", True, id="headline"),
        pytest.param("Tips From The Field", "Tips From The Field", True,
                     id="headline-two-function-words"),
        pytest.param("Subject: Lunch With Anna Schmidt", "Lunch With Anna Schmidt",
                     False, id="headline-holding-a-name"),
        pytest.param("Lunch With Grace Today", "Lunch With Grace Today", False,
                     id="headline-holding-a-word-name"),
        pytest.param("Call With Mr Field", "Call With Mr Field", False,
                     id="headline-holding-a-title"),
        pytest.param("Report To Zorvetta Quelbrink", "Report To Zorvetta Quelbrink",
                     False, id="headline-holding-an-unknown-name"),
        pytest.param("cc @frontend and @maja", "frontend", True, id="team-mention"),
        pytest.param("cc @frontend and @maja", "maja", False, id="person-mention"),
        pytest.param("cc @frontend Schmidt", "@frontend Schmidt", False,
                     id="mention-and-a-surname"),
        pytest.param("Sales (EMEA) are fine", "EMEA", True, id="known-term"),
        pytest.param("Hope to see you soon.", "Hope", True, id="set-phrase"),
        pytest.param("Noted. Will do.", "Will", True, id="set-phrase-after-a-stop"),
        pytest.param("Ask Will to do it.", "Will", False, id="set-words-apart"),
        pytest.param("Btw, the build is green.", "Btw", True, id="chat-shorthand"),
        pytest.param("Thanks, that works. I've asked Rivers.", "I've", True,
                     id="pronoun-contraction"),
        pytest.param("Ive asked Rivers.", "Ive", False, id="no-apostrophe"),
        pytest.param("Zorvetta Quelbrink\nData Protection Officer",
                     "Data Protection Officer", True, id="job-title"),
        pytest.param("promoted to Dental Hygienist at Brix", "Hygienist", True,
                     id="lone-job-title-word"),
        pytest.param("Please ask Ms Nurse to call", "Nurse", False,
                     id="job-word-after-a-title"),
        pytest.param("Zorvetta Nurse called", "Zorvetta Nurse", False,
                     id="unknown-name-before-a-job-word"),
        pytest.param("applying for Head Nurse, scheduled", "Head Nurse", True,
                     id="grade-and-job-word"),
        pytest.param("promoted to Marine Biologist at Brix", "Marine Biologist", True,
                     id="first-name-in-a-title-after-a-job-cue"),
        pytest.param("promoted to Grace Baker's team", "Grace Baker", False,
                     id="surname-job-word-after-a-job-cue"),
        pytest.param("Occupation: Lead Carpenter", "Lead Carpenter", True,
                     id="surname-job-word-after-a-grade"),
        pytest.param("Shift handover: Blessing Nurse covers ward 4", "Blessing Nurse",
                     False, id="word-given-name-before-an-occupation"),
        pytest.param("Ngozi Teacher emailed the timetable", "Ngozi Teacher", False,
                     id="unknown-given-name-before-an-occupation"),
        pytest.param("Attendees: K. Nurse and others", "Nurse", False,
                     id="occupation-after-an-initial"),
        pytest.param("Dr. Comfort Nurse reviewed it", "Comfort Nurse", False,
                     id="occupation-after-a-title"),
        pytest.param("Payee: NWAKAEGO LAWYER", "NWAKAEGO LAWYER", False,
                     id="occupation-in-capitals"),
        pytest.param("Our ERP Consultant left", "ERP Consultant", True,
                     id="acronym-before-a-job-word"),
        pytest.param("Our Junior Product Designer, Zorvetta", "Junior", True,
                     id="grade-opening-a-job-title"),
        pytest.param("Junior Quelbrink will call", "Junior", False,
                     id="grade-before-a-surname"),
        pytest.param("the Junior Product Designer Zorvetta", "Junior", True,
                     id="grade-before-a-title-and-a-name"),
        pytest.param('"Quelbrink, Zorvetta",Head of Finance',
                     'Quelbrink, Zorvetta",Head', False,
                     id="name-in-the-field-before-a-job-title"),
        pytest.param("Can you ask them to resend?", "them", True,
                     id="lower-case-pronoun"),
        pytest.param("ok, ask will to resend", "will", False,
                     id="lower-case-first-name"),
        pytest.param("Them and us", "Them", False, id="capitalised-function-word"),
        pytest.param("De : Zorvetta\nEnvoyé : mercredi\nObjet : RE: test",
                     "Envoyé", True, id="accented-header-label"),
        pytest.param("Från: Zorvetta\nSkickat: 3 mars\nÄmne: test", "Ämne",
                     True, id="accented-label-beside-one"),
        pytest.param("Apellidos, nombre: Quelbrink, Zorvetta", "Apellidos", True,
                     id="field-label-before-another"),
        pytest.param("Ansprechpartner : Zorvetta Quelbrink", "Ansprechpartner",
                     True, id="field-label-before-its-colon"),
        pytest.param("Guardian: Zorvetta Quelbrink / Child: Arno", "Guardian", True,
                     id="role-label-before-its-colon"),
        pytest.param("Holder, Zorvetta: please call", "Holder", False,
                     id="surname-first-like-a-label"),
        pytest.param("the Ansprechpartner left", "Ansprechpartner", False,
                     id="label-word-without-a-colon"),
        pytest.param("Der Pfarrer ist heute im Büro.", "Pfarrer", True,
                     id="german-noun-on-a-german-line"),
        pytest.param("Bitte rufen Sie Herrn Pfarrer an, er ist im Büro.", "Pfarrer",
                     False, id="german-noun-after-a-title"),
        pytest.param("Status of Project Atlas: green", "Atlas", True,
                     id="code-name-after-project"),
        pytest.param("Operation Juniper starts", "Juniper", True,
                     id="code-name-after-operation"),
        pytest.param("the project Zorvetta leads", "Zorvetta", False,
                     id="person-after-a-lower-case-cue"),
        pytest.param("ask the Project Manager Zorvetta", "Zorvetta", False,
                     id="title-between"),
        pytest.param("Subproject Zorvetta", "Zorvetta", False, id="inside-a-word"),
        pytest.param("Status of Project Atlas: green", "Project Atlas", True,
                     id="code-name-in-the-span"),
        pytest.param("PROJECT MATILDA STATUS: AMBER", "PROJECT MATILDA", True,
                     id="code-name-in-capitals"),
        pytest.param("PNR SVGEZS: FUJITA Hiroshi", "PNR SVGEZS", True,
                     id="a-record-locator-with-its-label"),
        pytest.param("PNR SVGEZS: FUJITA Hiroshi", "SVGEZS", True,
                     id="a-record-locator"),
        pytest.param("PNR SVGEZS: FUJITA Hiroshi", "FUJITA Hiroshi", False,
                     id="the-passenger"),
        pytest.param("Moved from Noah to Amelia. Reason: Noah is on leave", "Reason",
                     True, id="inline-label"),
        pytest.param("Knight: where is it?", "Knight", False,
                     id="a-speaker-opens-the-line"),
        pytest.param("DRIVER: SAKURA MATSUDA\nADDITIONAL DRIVER: SKY FOX",
                     "ADDITIONAL DRIVER", True, id="a-person-label-after-a-word"),
        pytest.param("Call Jane Driver: she is waiting", "Jane Driver", False,
                     id="a-name-before-a-colon"),
        pytest.param("Handover done. Blessing: please approve PO 7781", "Blessing",
                     False, id="a-word-name-addressed-after-a-sentence"),
        pytest.param("Buenos días, Dra. Field: Joost está de baja", "Field", False,
                     id="a-surname-after-a-title-before-a-colon"),
        pytest.param("Moved to Amelia. Megan: on leave", "Megan", False,
                     id="a-first-name-before-a-colon"),
        pytest.param("Bill to: John Smith, 4 Main St", "Bill", True,
                     id="bill-to-is-a-label"),
        pytest.param("Thanks Bill to be honest: fine", "Bill", False,
                     id="bill-to-with-no-colon"),
    ],
)  # fmt: skip
def test_no_names(no_names: NoNames, text: str, value: str, is_no_name: bool) -> None:
    assert no_names.is_no_name(text, _person(text, value)) is is_no_name


def test_a_french_mail_header_is_no_dialogue(ner_redactor: Redactor) -> None:
    """ "Envoyé :" and "Objet :" open header lines, not a dialogue's."""
    text = (
        "De : Zorvetta Quelbrink <zq@example.fr>\n"
        "Envoyé : mercredi 16 septembre 2026 10:12\n"
        "À : Arno Ekdahl <ae@example.be>\n"
        "Objet : RE: Points ouverts recette\n\nBonjour Arno,\n"
    )
    redacted = ner_redactor.scope("french-header").redact(text).text
    assert "Envoyé :" in redacted and "Objet :" in redacted
    assert "Quelbrink" not in redacted


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("Navn: ZORVETTA QUELBRINK\nAdresse: Nørregade 4, 8000 Aarhus\n"
                     "Telefon: +45 20 12 34 56", ["Adresse:", "Telefon:"],
                     id="danish-form"),
        pytest.param("Nimi: QUELBRINK Zorvetta\nOsoite: Satamakatu 6, Tampere\n"
                     "Puhelin: 040 123 4567", ["Osoite:", "Puhelin:"],
                     id="finnish-form"),
        pytest.param("Klant: Quelbrink Handel B.V.\n"
                     "Contactpersoon: Zorvetta Quelbrink\n"
                     "Omschrijving: labels worden niet afgedrukt",
                     ["Contactpersoon:", "Omschrijving:"], id="dutch-ticket"),
    ],
)  # fmt: skip
def test_a_form_in_another_language_is_no_dialogue(
    ner_redactor: Redactor, text: str, labels: list[str]
) -> None:
    """Field labels opening the lines of a form are no speakers."""
    redacted = ner_redactor.scope("forms").redact(text).text
    assert all(label in redacted for label in labels)
    assert "Quelbrink" not in redacted.replace("Quelbrink Handel", "")

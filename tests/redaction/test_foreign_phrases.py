"""Nouns, phrases and dates of other languages are no people."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.foreign_phrases import is_foreign_phrase
from redaction.name_gazetteer import census_gazetteer


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        pytest.param("Bitte die Rechnung stornieren, sie ist falsch.", "Rechnung", True,
                     id="german-noun-after-its-article"),
        pytest.param("geht an die Buchhaltung.", "Buchhaltung", True,
                     id="article-after-a-preposition"),
        pytest.param("Ihre Kreditkarte wurde abgelehnt, bitte", "Kreditkarte", True,
                     id="after-a-possessive"),
        pytest.param("Bitte an Femke van der Berg schicken.", "Berg", False,
                     id="particle-before-the-article"),
        pytest.param("Bitte die Marta fragen, danke.", "Marta", False,
                     id="census-first-name"),
        pytest.param("Please forward die Rechnung to them.", "Rechnung", False,
                     id="an-english-line"),
        pytest.param("ya está enviada; cerramos la incidencia.",
                     "cerramos la incidencia", True,
                     id="lower-case-phrase-with-a-function-word"),
        pytest.param("me llamo juma odhiambo y mi teléfono", "juma odhiambo", False,
                     id="lower-case-name"),
        pytest.param("hi lerato de groot, el martes no puedo", "lerato de groot",
                     False, id="lower-case-name-with-a-particle-and-a-surname"),
        pytest.param("pair tariq de vries with dewi for the Eid al-Fitr cover",
                     "tariq de vries", False, id="particle-name-on-a-line-with-al"),
        pytest.param("el pago de la factura sigue pendiente", "pago de la factura",
                     True, id="particles-before-no-surname"),
        pytest.param("necesitamos barra de hierro antes del cierre",
                     "necesitamos barra de hierro", True,
                     id="two-words-before-a-particle-and-a-surname"),
        pytest.param("hi tariq de vries, el martes no puedo", "tariq de vries",
                     False, id="one-given-name-before-a-particle-and-a-surname"),
        pytest.param("el pago de agosto sigue pendiente", "pago de agosto",
                     True, id="particle-before-a-month-that-is-a-surname"),
        pytest.param("envoyez à la comptabilité", "la comptabilité", True,
                     id="particle-first"),
        pytest.param("Die Lieferung kommt bis Montag.", "bis Montag", True,
                     id="weekday-after-a-function-word"),
        pytest.param("Die Lieferung kommt am Montag.", "Montag", True,
                     id="weekday-after-a-time-word"),
        pytest.param("Bitte an Freitag schicken, danke.", "Freitag", False,
                     id="weekday-after-to-is-a-surname"),
        pytest.param("Die Lieferung kommt am Fr. Nachmittag.", "Nachmittag", True,
                     id="time-of-day-after-an-abbreviated-weekday"),
        pytest.param("Der Termin ist auf Donnerstag verschoben.", "Donnerstag", True,
                     id="weekday-after-auf"),
        pytest.param("Wir warten noch auf Freitag aus der Buchhaltung, er hat es.",
                     "Freitag", False, id="weekday-surname-after-auf"),
        pytest.param("Der Termin ist auf Mittwoch verschoben.", "Mittwoch", True,
                     id="weekday-no-surname-after-auf"),
        pytest.param("Der Testimport ist auf Freitag verschoben.", "Freitag", True,
                     id="weekday-surname-after-auf-then-moved"),
        pytest.param("Stuur de factuur naar Freitag, hij is de contactpersoon.",
                     "Freitag", False, id="weekday-after-naar-is-a-surname"),
        pytest.param("Un message pour Montag de la part de la comptabilité.", "Montag",
                     False, id="weekday-after-pour-is-a-surname"),
        pytest.param("Envie o contrato para Sonntag e aguarde a assinatura.",
                     "Sonntag", False, id="weekday-after-para-is-a-surname"),
        pytest.param("Bitte die Rechnung bis Monatsende stornieren.", "bis Monatsende",
                     True, id="month-end-after-bis"),
        pytest.param("Bitte überweisen Sie den Betrag auf unser Konto.", "Sie", True,
                     id="polite-pronoun"),
        pytest.param("Bitte rufen Sie Hoang morgen an, danke.", "Sie Hoang", False,
                     id="pronoun-like-surname-before-a-name"),
        pytest.param("Bitte überweisen Sie den Betrag auf unser Konto.", "den Betrag",
                     True, id="noun-with-its-article"),
        pytest.param("Bitte an Herrn von den Driesch schicken, danke.", "den Driesch",
                     False, id="particle-before-an-article-in-the-span"),
        pytest.param("Ik heb met den Rautenbach gebeld over de factuur.",
                     "den Rautenbach", False, id="surname-with-den-after-a-dutch-word"),
        pytest.param("Zahlen Sie bitte mit den Gutscheinen.", "den Gutscheinen",
                     True, id="noun-with-its-article-after-a-german-word"),
        pytest.param("Ik heb gisteren met mevrouw den Hartog gebeld over de factuur.",
                     "den Hartog", False, id="surname-with-an-article-after-mevrouw"),
        pytest.param("Bitte die Rechnung an Frau der Kinderen schicken, danke.",
                     "der Kinderen", False, id="surname-with-an-article-after-frau"),
        pytest.param("Ik heb gisteren met mevrouw zum Winkel gebeld over de factuur.",
                     "zum Winkel", False, id="surname-with-zum-after-a-title"),
    ],
)  # fmt: skip
def test_is_foreign_phrase(text: str, words: str, expected: bool) -> None:
    start = text.index(words)
    names = census_gazetteer()
    found = is_foreign_phrase(
        text, start, start + len(words), names.first_names, names.surnames
    )
    assert found is expected


def test_a_german_invoice_mail_keeps_its_nouns_and_masks_its_people(
    ner_redactor: Redactor,
) -> None:
    text = (
        "Hallo Herr Okonkwo, bitte die Rechnung SO3151 bis Montag stornieren, "
        "die Gutschrift geht an die Buchhaltung. Danke, Zuzana Svobodová"
    )
    redacted = ner_redactor.scope("german").redact(text).text
    for kept in ("die Buchhaltung", "bis Montag", "Danke"):
        assert kept in redacted
    for name in ("Okonkwo", "Zuzana", "Svobodová"):
        assert name not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Her address should be disabled. Thx, Adebayo C.",
        "Mi richiami al +39 02 1234 5678? Grazie, Chiamaka",
    ],
)
def test_thanking_words_are_no_people(ner_redactor: Redactor, text: str) -> None:
    redacted = ner_redactor.scope("thanks").redact(text).text
    assert "Thx" in redacted or "Grazie" in redacted
    assert "Adebayo" not in redacted and "Chiamaka" not in redacted

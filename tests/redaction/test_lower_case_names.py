"""Lower-case names in a person's frame are found; words in the same frames are not."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from tests.support.people import people_found

# Every name below is invented for these tests.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("per zorvetta: go-live moved to october", "zorvetta", id="per"),
        pytest.param("handover from z. quelbrink to the team", "z. quelbrink",
                     id="after-an-initial"),
        pytest.param("escalated to l. bint zorvetta-quelbrink.",
                     "l. bint zorvetta-quelbrink", id="initial-and-particle"),
        pytest.param("dear all,\n\nzorvetta p. quelbrink worked with us",
                     "zorvetta p. quelbrink", id="given-name-before-an-initial"),
        pytest.param("update: quelbrink replaced zorvetta as branch manager",
                     "zorvetta", id="replaced-as"),
        pytest.param("the migration is done. let zorvetta know if it breaks",
                     "zorvetta", id="let-know"),
        pytest.param("leave from may; quelbrink acts as interim lead.", "quelbrink",
                     id="acts-as"),
        pytest.param("from 1 may, succeeding zorvetta quelbrink.",
                     "zorvetta quelbrink", id="succeeding"),
        pytest.param("main contact is known. billing contact zorvetta.", "zorvetta",
                     id="billing-contact"),
        pytest.param("pls check, quelbrink says the invoices are late", "quelbrink",
                     id="says"),
        pytest.param("good morning zorvetta,\n\nthe upgrade broke it", "zorvetta",
                     id="greeting"),
        pytest.param("todo: ask quelbrink for the export", "quelbrink", id="ask"),
        pytest.param("dear ms quelbrink, your loan is approved", "quelbrink",
                     id="greeting-and-title"),
        pytest.param("approved for herr quelbrink (by hr).", "quelbrink",
                     id="title-before-a-bracket"),
        pytest.param("tell zorvetta + ops: standup moved", "zorvetta", id="tell-plus"),
        pytest.param("call quelbrink re bill/2026/06/0817", "quelbrink", id="call-re"),
        pytest.param("zorvetta would like to take 4 days off", "zorvetta",
                     id="would-like"),
        pytest.param("quelbrink's team will test it", "quelbrink", id="team"),
        pytest.param("hi amber,\nthe report is blank", "amber",
                     id="greeting-census-word"),
        pytest.param("ok to approve, zorvetta paid the hotel with the card",
                     "zorvetta", id="paid"),
        pytest.param("quelbrink pls approve expense PO37691", "quelbrink",
                     id="spoken-to-before-pls"),
        pytest.param("no me llega la factura, me llamo zorvetta quelbrink y mi "
                     "teléfono es el de siempre", "zorvetta quelbrink",
                     id="spanish-self-introduction"),
        pytest.param("hallo, ich heiße zorvetta und brauche hilfe", "zorvetta",
                     id="german-self-introduction"),
        pytest.param("the customer, mrs hawthorne, called", "hawthorne",
                     id="title-and-surname-that-is-a-word"),
        pytest.param("spoke with mr. quelbrink today", "quelbrink",
                     id="title-with-a-stop"),
        pytest.param("bitte rückruf an frau zorvetta.", "zorvetta", id="german-title"),
        pytest.param("yo zorvetta whats the admin password", "zorvetta", id="yo"),
        pytest.param("without quelbrink we cannot close the month", "quelbrink",
                     id="without-before-a-pronoun"),
        pytest.param("waiting on zorvetta for the signature", "zorvetta",
                     id="waiting-on"),
        pytest.param("is quelbrink around?", "quelbrink", id="question-is"),
        pytest.param("ok. did zorvetta approve it", "zorvetta", id="question-did"),
        pytest.param("hi it's me um could zorvetta call me back", "zorvetta",
                     id="question-after-a-filler"),
        pytest.param("so could quelbrink check it", "quelbrink",
                     id="question-after-so"),
    ],
)  # fmt: skip
def test_lower_case_names_in_a_persons_frame(
    ner_analyzer: PresidioAnalyzer, text: str, name: str
) -> None:
    assert name in " ".join(people_found(ner_analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("exactly what i asked for, thank you!", id="function-word"),
        pytest.param("it will be done, support said so", id="dictionary-subject"),
        pytest.param("hi team, hi all,", id="group-greeting"),
        pytest.param("per contract: pay in 30 days", id="dictionary-after-per"),
        pytest.param("thx odoo for the fix", id="allowed-term"),
        pytest.param("the grant says nothing about travel", id="census-word-subject"),
        pytest.param("email accounting the pdf", id="dictionary-after-email"),
        pytest.param("tell them the news", id="pronoun-after-tell"),
        pytest.param("ok pls approve, finance paid it", id="dictionary-before-paid"),
        pytest.param("the request took 200 ms to finish", id="milliseconds"),
        pytest.param("open ms word and excel", id="ms-without-a-stop"),
        pytest.param("see dr. the manual", id="title-before-a-function-word"),
        pytest.param("is prod down again?", id="question-dictionary-word"),
        pytest.param("the drum could be louder", id="drum-is-no-filler"),
        pytest.param("um could you call me back", id="filler-then-a-pronoun"),
        pytest.param("did odoo restart?", id="question-allowed-term"),
        pytest.param("without approval we cannot ship", id="without-a-word"),
        pytest.param("the order is covered by insurance.", id="covered-by-a-word"),
        pytest.param(
            "todo:\na. review the budget\nb. send the invoice",
            id="list-items-after-letters",
        ),
        pytest.param("see p. 12 and e.g. the annex", id="page-and-abbreviation"),
        pytest.param("let it know and let them know", id="let-a-pronoun-know"),
        pytest.param(
            "todo\nd. dedupe partners\ne. geocode addresses",
            id="lettered-list-of-unknown-words",
        ),
        pytest.param("check s. korea vat rules", id="a-compass-point-and-a-country"),
        pytest.param("this is plan b. nobody cares", id="a-letter-ends-a-sentence"),
        pytest.param("ticket raised by customer portal", id="raised-by-a-word"),
    ],
)
def test_words_in_the_same_frames_stay(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    assert people_found(ner_analyzer, text) == []

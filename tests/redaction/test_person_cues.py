"""Names the NER model misses are found by cues, neighbours and lists."""

from __future__ import annotations

import pytest

from redaction import PresidioAnalyzer
from redaction.english_words import EnglishWords
from redaction.recognizers.pattern_data import pattern_setting
from redaction.recognizers.person import PersonCueRecognizer
from tests.support.people import people_found


def _covers(found: list[str], name: str) -> bool:
    return any(name in value for value in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Name: Sieda Batukayev\nPhone: 1", "Sieda Batukayev", id="name-field"
        ),
        pytest.param("Dear Mr. Okonkwo, thanks.", "Okonkwo", id="salutation"),
        pytest.param("She worked with Mrs Young last year.", "Young",
                     id="a-common-surname-after-a-title"),
        pytest.param("SHE WORKED WITH MRS YOUNG. SAY HI AT THE COFFEE.", "YOUNG",
                     id="a-common-surname-after-a-title-in-capitals"),
        pytest.param(
            "Kind regards,\nRuairí Tjörnvik", "Ruairí Tjörnvik", id="sign-off"
        ),
        pytest.param("Team: Bram, Femke, Dries and Lotte.", "Dries", id="list"),
        pytest.param(
            "> Mijail C Adomo\n> Asc Partners", "Mijail C Adomo", id="sig-line"
        ),
        pytest.param("Ubul: What a day.\nNicole: Indeed.", "Ubul", id="dialogue"),
        pytest.param("Rintanen said the export failed.", "Rintanen", id="verb-after"),
        pytest.param("Warrane, can you resend the invoice?", "Warrane", id="spoken-to"),
        pytest.param("Warrane - thanks for the fix.", "Warrane", id="spoken-to-dash"),
        pytest.param("FYI below. Warrane, can you take it?", "Warrane",
                     id="spoken-to-after-a-sentence"),
        pytest.param("Dear Ms Iyer,\nPlease sign.", "Iyer", id="title-after-cue"),
        pytest.param("Approved by Dr. Okonkwo.", "Okonkwo", id="title-with-a-stop"),
        pytest.param("tell Mx. Quelbrink i'll be late", "Quelbrink",
                     id="neutral-title-in-a-chat-line"),
        pytest.param("tell Rev. Tjörnvik i'll be late", "Tjörnvik",
                     id="clerical-title"),
        pytest.param("Officer Okonkwo took the report.", "Okonkwo",
                     id="police-title"),
        pytest.param("Smt. Quelbrink approved the loan.", "Quelbrink",
                     id="indian-title"),
        pytest.param("WHY IS MS. QUELBRINK STILL GETTING OUR NEWSLETTER??",
                     "QUELBRINK", id="title-in-capitals-before-more-capitals"),
        pytest.param("FYI: dhr. Tjörnvik belde net, de levering is te laat.",
                     "Tjörnvik", id="dutch-title"),
        pytest.param("Anwesend: Fr. Tjörnvik (Bereichsleitung).", "Tjörnvik",
                     id="german-title-abbreviated"),
        pytest.param("Klärung mit Hr. Quelbrink zur Preisliste", "Quelbrink",
                     id="german-title-abbreviated-after-mit"),
        pytest.param("Dzień dobry, pani Quelbrink prosi o telefon.", "Quelbrink",
                     id="polish-title"),
        pytest.param("Ciao, la signora Tjörnvik chiede di spostare la demo.",
                     "Tjörnvik", id="italian-title"),
        pytest.param("Bonjour, je m'appelle Quelbrink Tjörnvik et je vous écris.",
                     "Quelbrink Tjörnvik", id="french-self-introduction"),
        pytest.param("Grant said the quote is fine.", "Grant", id="word-name-said"),
        pytest.param("Hope reviewed the timesheets.", "Hope", id="word-name-reviewed"),
        pytest.param("Rose paid the invoice.", "Rose", id="word-name-paid"),
        pytest.param("Hi Hope,\n\nthanks.", "Hope", id="greeted-word-name"),
        pytest.param("Morning Faith! See below.", "Faith", id="morning-word-name"),
        pytest.param("> > Hello Dawn Fisher,\n> > see below", "Dawn Fisher",
                     id="greeted-in-a-quoted-reply"),
        pytest.param("- INV/42 blocked, waiting for Will", "Will", id="waiting-for"),
        pytest.param("Call Chase Thornton re P01378", "Chase Thornton",
                     id="cued-word-first-name"),
        pytest.param("Hope will send the figures.", "Hope", id="will-send"),
        pytest.param("Rose is on leave until Monday.", "Rose", id="word-name-on-leave"),
        pytest.param("Hi team, Zorvetta here. Quick update.", "Zorvetta",
                     id="name-here"),
        pytest.param("Best,\nPatience", "Patience", id="signed-first-name-word"),
        pytest.param("Tavita cc'd Hope on the thread.", "Hope", id="cc-word-name"),
        pytest.param("Please ask Will to send it.", "Will", id="ask-first-name-word"),
    ],
)  # fmt: skip
def test_cued_names(ner_analyzer: PresidioAnalyzer, text: str, name: str) -> None:
    """A name announced by its context is found."""
    assert _covers(people_found(ner_analyzer, text), name)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hello I moved offices.", id="pronoun-after-greeting"),
        pytest.param("Subject: Budget\nStatus: late", id="header-labels"),
        pytest.param("Phone: 02 123 45 67\nFax: 02 123 45 68", id="contact-labels"),
        pytest.param("The team said it works.", id="common-word-before-verb"),
        pytest.param("Awarded Salesperson of the Month.", id="dictionary-words-only"),
        pytest.param("See Guilty Pleasures: 5 songs.", id="title-of-a-work"),
        pytest.param("He said the export failed.", id="pronoun-before-verb"),
        pytest.param("Guys, can you resend the invoice?", id="group-spoken-to"),
        pytest.param("Sorry, can you resend it?", id="word-before-comma"),
        pytest.param("Perfect, thanks for the update.", id="dictionary-word-spoken-to"),
        pytest.param("Sales reported the export failed.", id="word-before-verb"),
        pytest.param("Support here, how can we help?", id="word-here"),
        pytest.param("Dear Ms,\nPlease sign.", id="title-alone"),
        pytest.param("Thanks,\nSupport", id="signed-by-a-team"),
        pytest.param("Best,\nHope this helps", id="sign-off-then-sentence"),
        pytest.param("We will call. Go-live is on Monday.", id="cue-ends-a-sentence"),
        pytest.param("You said your login fails.", id="pronoun-said"),
        pytest.param("Hi Team,\nthe build is green", id="greeting-a-team"),
        pytest.param("Call Support about it.", id="cued-team"),
        pytest.param("Btw, the build is green. Fwiw, it works.", id="chat-shorthand"),
        pytest.param("Odoo will send an email.", id="tool-will-send"),
        pytest.param("Ask HR Business Partner about it.", id="hr-is-no-title"),
        pytest.param("Die Lieferung kommt am Fr. Nachmittag.", id="friday-is-no-title"),
        pytest.param("Geöffnet ab Fr. Abend.", id="from-friday"),
        pytest.param(
            "Thanks.\n\nOn Tue, 1 Aug 2025 at 17:06, Helpdesk wrote:\n> hi",
            id="quoted-reply-header",
        ),
    ],
)
def test_labels_are_not_names(ner_analyzer: PresidioAnalyzer, text: str) -> None:
    """Field labels and pronouns after a cue are not names."""
    assert people_found(ner_analyzer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hi May, see below", id="greeted"),
        pytest.param("Per May, the invoice is due.", id="as-a-source"),
    ],
)
def test_a_greeted_or_quoted_month_name_is_a_person(
    ner_analyzer: PresidioAnalyzer, text: str
) -> None:
    """No one greets a month: "May" greeted or quoted is someone, and masked."""
    assert people_found(ner_analyzer, text) == ["May"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("[14:37] Zorvetta: can someone check the queue?", ["Zorvetta"],
                     id="stamped-chat-line"),
        pytest.param("09:14:02 Zorvetta: done", ["Zorvetta"], id="stamp-with-seconds"),
        pytest.param("Zorvetta: can someone check?", [], id="one-unstamped-line"),
        pytest.param("[14:37] Subject: invoice", [], id="stamped-label"),
        pytest.param("[12:30] Lunch: pizza", [], id="stamped-word"),
        pytest.param("[09:00] Teamchat: in 5", [], id="stamped-compound"),
        pytest.param("[09:00] Deploybot: done", [], id="stamped-bot"),
        pytest.param("[09:14] Mark: on it", ["Mark"], id="stamped-census-first-name"),
    ],
)  # fmt: skip
def test_the_speaker_of_a_stamped_chat_line_is_a_name(
    text: str, found: list[str]
) -> None:
    dictionary = frozenset({"lunch", "team", "chat", "subject", "can", "check"})
    spans = PersonCueRecognizer()._speakers(text, dictionary)
    assert [text[s:e] for s, e in spans] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Action: D. Quelbrink / J. del Ekdahl to align",
                     ["D. Quelbrink", "J. del Ekdahl"], id="initial-surname"),
        pytest.param("a call with Hope F. about it", ["Hope F."],
                     id="census-first-name-initial"),
        pytest.param("Present: Zorvetta N., Quelbrink U.",
                     ["Zorvetta N.", "Quelbrink U."], id="unknown-first-name-initial"),
        pytest.param("We need Plan B. Next steps follow.", [], id="label-letter"),
        pytest.param("Take Vitamin C. daily", [], id="dictionary-word-letter"),
        pytest.param("See section A. Budget first", [], id="dictionary-surname"),
        pytest.param("T.McQuelbrink to mediate", ["T.McQuelbrink"],
                     id="joined-initial-and-inner-capital"),
        pytest.param("C.Delacroix prepares the demo", ["C.Delacroix"],
                     id="joined-initial-and-a-one-sense-word"),
    ],
)  # fmt: skip
def test_names_with_initials(text: str, found: list[str]) -> None:
    dictionary = EnglishWords(
        {"plan", "next", "vitamin", "daily", "budget", "section", "see", "take",
         "delacroix"},
        everyday={"plan", "next", "vitamin", "daily", "budget", "section", "see",
                  "take"},
    )  # fmt: skip
    spans = PersonCueRecognizer()._with_initials(text, dictionary)
    assert [text[s:e] for s, e in spans] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Please check it.\n\nCheers\nZorvetta", ["Zorvetta"],
                     id="signs-the-message"),
        pytest.param("we'll retry on monday.\n\ntalk soon\nzorvetta", ["zorvetta"],
                     id="signs-in-lower-case"),
        pytest.param("Hope,\n\nI don't think we should go live.", ["Hope"],
                     id="greets-the-message"),
        pytest.param("Done.\n\nHope\n\nOn Tue, 3 Mar 2025 at 10:00, A wrote:\n> hi",
                     ["Hope"], id="signs-before-a-quoted-reply"),
        pytest.param("All good.\nApproved", [], id="ends-with-a-word"),
        pytest.param("Fixed.\n\nThanks\nSupport Team", [], id="signed-by-a-team"),
        pytest.param("Moved to Odoo", [], id="one-line-text"),
        pytest.param("Can we move the demo? Zorvetta", ["Zorvetta"],
                     id="signs-after-the-last-sentence"),
        pytest.param("Next steps below. Questions? AOB", [],
                     id="acronym-after-the-last-sentence"),
        pytest.param("it's about my order. -- sonny hunt", ["sonny hunt"],
                     id="first-name-and-surname-after-a-dash"),
        pytest.param("ok thanks\n\nWill do", [], id="will-do"),
    ],
)  # fmt: skip
def test_names_at_the_edges_of_a_message(text: str, found: list[str]) -> None:
    dictionary = frozenset(
        {"check", "cheers", "talk", "soon", "retry", "think", "go", "live", "done",
         "good", "approved", "fixed", "support", "team", "moved", "hope", "hunt",
         "sonny", "will", "do", "ok", "thanks"}
    )  # fmt: skip
    spans = PersonCueRecognizer()._message_edges(text, dictionary)
    assert [text[s:e] for s, e in spans] == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("assigned to Change left screen cable", "Change",
                     id="le-of-left"),
        pytest.param("Call Femke delivered it", "Femke", id="de-of-delivered"),
        pytest.param("ask Bram also", "Bram", id="al-of-also"),
        pytest.param("Dear Jan van der Berg,", "Jan van der Berg", id="particles"),
        pytest.param("met Ana de la Cruz today", "Ana de la Cruz",
                     id="particles-inside"),
    ],
)  # fmt: skip
def test_a_cued_name_takes_particles_as_whole_words(text: str, name: str) -> None:
    """A particle ("le", "de", "al") is a whole word, never a word's start."""
    found = pattern_setting("person_cue").search(text)
    assert found is not None
    assert found.group("name") == name


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Zorvetta: hi all\nQuelbrink: morning", ["Zorvetta", "Quelbrink"],
                     id="dialogue"),
        pytest.param("Zorvetta: ready?\nBOB: yes", ["Zorvetta", "BOB"],
                     id="census-first-names-speak"),
        pytest.param("Guest: Zorvetta Quelbrink\nRoom: 412\nDOB: 1988-02-11", [],
                     id="form-labels"),
        pytest.param("Passenger: Zorvetta\nSeat: 14C\nGate: B7", [],
                     id="booking-labels"),
        pytest.param("Knight: where is it?\nQuelbrink: bay 4\nKnight: ok",
                     ["Knight", "Quelbrink", "Knight"], id="a-surname-that-is-a-word"),
    ],
)  # fmt: skip
def test_a_forms_labels_are_no_speakers(text: str, found: list[str]) -> None:
    dictionary = frozenset(
        {"guest", "room", "seat", "gate", "hope", "ready", "yes", "knight"}
    )
    spans = PersonCueRecognizer()._speakers(text, dictionary)
    assert [text[s:e] for s, e in spans] == found

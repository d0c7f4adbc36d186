"""Each added recognizer finds its values and leaves look-alikes readable."""

from __future__ import annotations

import re

import pytest

from redaction import DEFAULT_MIN_SCORE, PresidioAnalyzer
from redaction.recognizers.card import is_luhn_valid
from redaction.recognizers.pattern_data import pattern_setting


def _found(analyzer: PresidioAnalyzer, text: str, entity_type: str) -> set[str]:
    return {
        text[span.start : span.end]
        for span in analyzer.analyze(text)
        if span.entity_type == entity_type and span.score >= DEFAULT_MIN_SCORE
    }


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        pytest.param("Tel: 467 3395", "467 3395", id="short-with-cue"),
        pytest.param("416 60 039 office", "416 60 039", id="cue-after"),
        pytest.param("Desk: (898)666-3621x0135", "(898)666-3621x0135", id="ext"),
        pytest.param("Fax: +46 (0)8 928 571 38", "+46 (0)8 928 571 38", id="trunk"),
        pytest.param("call 0151 2345 6789 later", "0151 2345 6789", id="de-mobile"),
        pytest.param("mobile 347 123 4567", "347 123 4567", id="it-mobile"),
        pytest.param("ring 612 34 56 78", "612 34 56 78", id="es-mobile"),
        pytest.param("phone (416) 555-0143", "(416) 555-0143", id="canada"),
        pytest.param("direct 07700 900123", "07700 900123", id="uk-mobile"),
        pytest.param("tel 01 234 5678", "01 234 5678", id="dublin"),
        pytest.param(
            "Telefon: 089 / 1234 5678", "089 / 1234 5678", id="spaced-slash-area"
        ),
        pytest.param("Tel 02 / 555 12 12", "02 / 555 12 12", id="spaced-slash-short"),
        pytest.param("T: 010 - 123 45 67", "010 - 123 45 67", id="spaced-dash-area"),
        pytest.param(
            "Tel 089 - 1234 5678", "089 - 1234 5678", id="spaced-dash-area-cued"
        ),
        pytest.param("Ik ben bereikbaar op 0612345678.", "0612345678", id="dutch-cue"),
        pytest.param("Mi numero è 3471234567", "3471234567", id="italian-cue"),
        pytest.param("Mon numéro : 0612345678", "0612345678", id="french-cue"),
        pytest.param("Mi móvil es 612345678", "612345678", id="spanish-cue"),
        pytest.param("Numer telefonu 512345678", "512345678", id="polish-cue"),
        pytest.param("at +420 601 123 456", "+420 601 123 456", id="czech-intl"),
        pytest.param("at 0048 512 123 456", "0048 512 123 456", id="double-zero"),
        pytest.param(
            "ANA,ANA@EXAMPLE.COM,+358 40 728 5539",
            "+358 40 728 5539",
            id="csv-cell-international",
        ),
        pytest.param(
            "Ana,ana@example.com,(555) 683-0746",
            "(555) 683-0746",
            id="csv-cell-brackets",
        ),
    ],
)
def test_phone_formats(
    pattern_analyzer: PresidioAnalyzer, text: str, phone: str
) -> None:
    """National and international phone formats of the firm's markets are found."""
    assert phone in _found(pattern_analyzer, text, "PHONE_NUMBER")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Call on 2024-03-15 at 14:30.", id="date-and-time-with-cue"),
        pytest.param("Phone bill EUR 1,250.00 paid.", id="amount-with-cue"),
        pytest.param("Phone: 1,234,567 units", id="thousands-with-cue"),
        pytest.param("Call at 10:30 or 12:45:00", id="times-after-a-colon"),
        pytest.param("Invoice INV/2024/0012 and SO0042.", id="odoo-references"),
        pytest.param("Call ticket #4521 back.", id="ticket-id"),
        pytest.param("Call Joel. Deadline:  12/04/2026", id="date-after-spaces"),
        pytest.param("Call Joel. Deadline:\n 12/04/2026", id="date-on-next-line"),
        pytest.param("Call Joel. Deadline: 12 / 04 / 2026", id="spaced-date"),
        pytest.param("Call back 2026 / 10 / 20.", id="spaced-iso-date"),
        pytest.param("Call about the 2024 - 2025 budget", id="spaced-year-range"),
        pytest.param(
            "No change for 45 days (since 2026-10-20).", id="date-in-brackets"
        ),
    ],
)
def test_phone_look_alikes(pattern_analyzer: PresidioAnalyzer, text: str) -> None:
    """Dates, times, amounts and references stay readable next to a cue."""
    assert _found(pattern_analyzer, text, "PHONE_NUMBER") == set()


@pytest.mark.parametrize(
    ("text", "card"),
    [
        pytest.param("card 4111 1111 1111 1111", "4111 1111 1111 1111", id="visa"),
        pytest.param("paid 5555-5555-5555-4444", "5555-5555-5555-4444", id="dashes"),
        pytest.param("amex 378282246310005", "378282246310005", id="amex"),
        pytest.param("card 6304 0000 0000", "6304 0000 0000", id="maestro-12"),
        pytest.param("JCB 213176828496175", "213176828496175", id="jcb-15"),
        pytest.param("card 4111.1111.1111.1111.", "4111.1111.1111.1111", id="dots"),
    ],
)
def test_card_numbers(pattern_analyzer: PresidioAnalyzer, text: str, card: str) -> None:
    """Luhn-valid card numbers are found in any grouping."""
    assert card in _found(pattern_analyzer, text, "CREDIT_CARD")


@pytest.mark.parametrize(
    ("digits", "is_valid"),
    [
        pytest.param("4111111111111111", True, id="valid"),
        pytest.param("4111111111111112", False, id="one-off"),
        pytest.param("79927398713", True, id="textbook"),
    ],
)
def test_luhn(digits: str, is_valid: bool) -> None:
    """The Luhn check follows ISO/IEC 7812-1."""
    assert is_luhn_valid(digits) is is_valid


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "Rue de la Loi 16\n1040 Brussels", "Rue de la Loi 16", id="fr-street"
        ),
        pytest.param(
            "Keizersgracht 123\n1015 CJ Amsterdam", "1015 CJ Amsterdam", id="nl-city"
        ),
        pytest.param("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5", id="de-street"),
        pytest.param(
            "221 Baker Street\nLondon NW1 6XE", "London NW1 6XE", id="uk-city"
        ),
        pytest.param(
            "12 Queen Street West\nToronto, ON M5H 2M9", "Toronto, ON M5H 2M9", id="ca"
        ),
        pytest.param("Suite 464\nOULU", "Suite 464", id="suite"),
        pytest.param("Ship to 20 Via Roma", "20 Via Roma", id="it-street"),
        pytest.param("Ilmalankuja 82, Pori", "Ilmalankuja 82", id="fi-lane"),
        pytest.param(
            "Rua Oscar Freire, 202\nSão Paulo",
            "Rua Oscar Freire, 202",
            id="street-word-first-comma-number",
        ),
        pytest.param(
            "SHIP TO: KAI BERG, 221 Storgata, Bergen",
            "221 Storgata",
            id="number-then-nordic-street",
        ),
        pytest.param(
            "Address: 12 Keizersgracht, Dubai",
            "12 Keizersgracht",
            id="number-then-dutch-street",
        ),
        pytest.param("ul. Lipowa 3, 31-042 Kraków", "31-042 Kraków", id="pl-postcode"),
        pytest.param(
            "Via Garibaldi 12, 20121 Milano (MI)",
            "20121 Milano",
            id="it-town-and-province",
        ),
    ],
)
def test_signature_addresses(
    pattern_analyzer: PresidioAnalyzer, text: str, address: str
) -> None:
    """Street lines and postcode-town lines of signatures are found."""
    assert address in _found(pattern_analyzer, text, "LOCATION")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The 2024 Budget was approved.", id="year-and-word"),
        pytest.param("We logged 12 hours on Monday.", id="hours"),
        pytest.param("Connect to 192.168.1.20 via ssh.", id="dotted-number-via"),
        pytest.param("Meet 3 Katie today.", id="number-then-name-ending-tie"),
        pytest.param("Send 5 Brigade kits.", id="number-then-word-ending-gade"),
        pytest.param("Sizes:\n10-200 Units per box", id="range-then-words"),
        pytest.param(
            "Introduced via Priya Quarstein, 2 weeks ago.",
            id="via-a-person-then-a-comma-and-a-number",
        ),
        pytest.param(
            "The lead came in via Elin Dornbusch, 3 calls so far.",
            id="lower-case-via-then-a-comma",
        ),
    ],
)
def test_address_look_alikes(pattern_analyzer: PresidioAnalyzer, text: str) -> None:
    """Years, quantities and dotted numbers in sentences are not addresses."""
    assert _found(pattern_analyzer, text, "LOCATION") == set()


@pytest.mark.parametrize(
    ("text", "url"),
    [
        pytest.param(
            "see https://portal.example.be/my/orders/7?access_token=abc123def456.",
            "https://portal.example.be/my/orders/7?access_token=abc123def456",
            id="portal-token",
        ),
        pytest.param(
            "files at https://files.example.be/~jpeeters/cv.pdf",
            "https://files.example.be/~jpeeters/cv.pdf",
            id="personal-path",
        ),
        pytest.param("token=9f8e7d6c5b4a in the log", "token=9f8e7d6c5b4a", id="bare"),
        pytest.param(
            "at https://x.be/~o'driscoll/cv.pdf.",
            "https://x.be/~o'driscoll/cv.pdf",
            id="apostrophe-in-path",
        ),
        pytest.param(
            "host korvex-consulting.ro is up", "korvex-consulting.ro", id="domain"
        ),
    ],
)
def test_urls_with_secrets(
    pattern_analyzer: PresidioAnalyzer, text: str, url: str
) -> None:
    """URLs carrying tokens or personal paths are masked whole."""
    assert url in _found(pattern_analyzer, text, "URL")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("server 10.20.30.40 is down", {"10.20.30.40"}, id="ipv4"),
        pytest.param("host 2001:db8::1 answers", {"2001:db8::1"}, id="ipv6"),
        pytest.param("subnet 192.168.1.0/24", {"192.168.1.0/24"}, id="cidr"),
        pytest.param("module version 17.0.1.3 installed", set(), id="version"),
        pytest.param("module 17.0.1.3", set(), id="module-cue"),
        pytest.param("v17.0.1.3", set(), id="v-prefix"),
        pytest.param("Odoo v 17.0.1.3 runs", set(), id="v-cue"),
        pytest.param("version: 17.0.1.3", set(), id="cue-and-colon"),
        pytest.param(
            "Server 10.1.2.3, module 17.0.", {"10.1.2.3"}, id="cue-after-address"
        ),
        pytest.param("Server 10.1.2.3.", {"10.1.2.3"}, id="sentence-end"),
        pytest.param("10.1.2.3 version", {"10.1.2.3"}, id="cue-right-after"),
        pytest.param("module sale on 10.1.2.3", {"10.1.2.3"}, id="cue-not-adjacent"),
        pytest.param(
            "version 17.0.1.3 on 10.0.0.7", {"10.0.0.7"}, id="version-and-address"
        ),
        pytest.param(
            "sale_management 17.0.1.3 fails", set(), id="module-technical-name"
        ),
        pytest.param("Fixed in 16.0.2.0 and 17.0.1.3", set(), id="version-shape"),
        pytest.param("server at 10.0.0.1", {"10.0.0.1"}, id="private-range"),
        pytest.param("host 17.0.1.3 is down", {"17.0.1.3"}, id="shape-and-host"),
        pytest.param("meeting 12:30:00 today", set(), id="time"),
        pytest.param("address 999.10.10.10", set(), id="bad-octet"),
    ],
)
def test_ip_addresses(
    pattern_analyzer: PresidioAnalyzer, text: str, found: set[str]
) -> None:
    """Valid addresses are found; versions and times are not."""
    assert _found(pattern_analyzer, text, "IP_ADDRESS") == found


@pytest.mark.parametrize(
    ("text", "address"),
    [
        pytest.param(
            "ilse [at] korvex [dot] be", "ilse [at] korvex [dot] be", id="brackets"
        ),
        pytest.param("jan(at)korvex(dot)ro", "jan(at)korvex(dot)ro", id="parens"),
        pytest.param("mail ilse dot maes at korvex dot be",
                     "ilse dot maes at korvex dot be", id="spelled-dot-in-name"),
        pytest.param("jan(dot)novak(at)korvex(dot)ro",
                     "jan(dot)novak(at)korvex(dot)ro", id="parens-dot-in-name"),
        pytest.param("mail jan(at)korvex.ro today", "jan(at)korvex.ro",
                     id="parens-real-dot"),
        pytest.param("<span>jan.novak&#64;korvex.ro</span>", "jan.novak&#64;korvex.ro",
                     id="html-entity-at"),
    ],
)  # fmt: skip
def test_obfuscated_emails(
    pattern_analyzer: PresidioAnalyzer, text: str, address: str
) -> None:
    """Addresses written to dodge scrapers are still addresses."""
    assert address in _found(pattern_analyzer, text, "EMAIL_ADDRESS")


def test_a_place_at_a_domain_is_no_address(pattern_analyzer: PresidioAnalyzer) -> None:
    """ "docs at odoo.com": a bare "at" with a real dot is not an obfuscated address."""
    assert (
        _found(pattern_analyzer, "docs at docs.korvex.ro now", "EMAIL_ADDRESS") == set()
    )


@pytest.mark.parametrize(
    ("text", "entity_type", "value"),
    [
        pytest.param("codice fiscale RSSMRA85T10A562S", "IT_FISCAL_CODE",
                     "RSSMRA85T10A562S", id="it-fiscal-code"),
        pytest.param("DNI 12345678Z", "ES_NIF", "12345678Z", id="es-nif"),
        pytest.param("NIE X1234567L", "ES_NIE", "X1234567L", id="es-nie"),
        pytest.param("NI number AB 12 34 56 C", "UK_NINO", "AB 12 34 56 C",
                     id="uk-nino"),
        pytest.param("hetu 131052-308T", "FI_PERSONAL_IDENTITY_CODE",
                     "131052-308T", id="fi-identity-code"),
        pytest.param("personnummer 811228-9874", "SE_PERSONNUMMER",
                     "811228-9874", id="se-personnummer"),
    ],
)  # fmt: skip
def test_national_ids(
    pattern_analyzer: PresidioAnalyzer, text: str, entity_type: str, value: str
) -> None:
    """European identity numbers whose check character holds are found."""
    assert value in _found(pattern_analyzer, text, entity_type)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("DNI 12345678A", id="es-nif-wrong-letter"),
        pytest.param("codice fiscale RSSMRA85T10A562X", id="it-wrong-check"),
    ],
)
def test_national_id_look_alikes(pattern_analyzer: PresidioAnalyzer, text: str) -> None:
    """A number whose check character fails is no identity number."""
    assert _found(pattern_analyzer, text, "ES_NIF") == set()
    assert _found(pattern_analyzer, text, "IT_FISCAL_CODE") == set()


def _readable_street_first(pattern: str) -> str:
    """The street-first pattern in its plain form: the word, then its ending."""
    run = "[\\w'\u2019\\-]*+(?:"
    start = pattern.index(run) + len(run)
    end = pattern.index(")|(?-i:", start)
    endings = pattern[start:end].replace("(?<=str)\\.", "str\\.")
    plain = endings.replace("(?<=", "").replace(")", "")
    return pattern[: start - len(run)] + "[\\w'\u2019\\-]*(?:" + plain + pattern[end:]


@pytest.mark.parametrize(
    "text",
    [
        "Hauptstr. 12",
        "Hauptstraße 5, 10115 Berlin",
        "Kerkstraat  7\nGent",
        "Mannerheimintie 12 B",
        "Nørregade 12 bus 4",
        "Drottninggatan 3, Stockholm",
        "Andrássy út 5, Corvin körút 7",
        "12 Baker Street; Baker St. 3a; Long Park Road 1",
        "Meet 3 Katie today at the Steenweg 200.",
        "the x-straat 5 and O'Neil Street 4",
        "STRASSE 9 / WEG 3 / tie 4",
    ],
)
def test_street_endings_are_read_at_word_ends(text: str) -> None:
    """A street word's ending is checked once, at the end of the word: same
    matches as the plain pattern, which retries every ending at every
    letter of every word."""
    pattern = pattern_setting("address_street_first").pattern
    assert "[\\w'\u2019\\-]*+(?:(?<=straat)" in pattern
    plain = re.compile(_readable_street_first(pattern))
    fast = re.compile(pattern)
    assert [m.span() for m in fast.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]

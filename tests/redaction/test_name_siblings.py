"""Name-like items listed beside a found person, or in a table column with one, are
people too; other items are not."""

from __future__ import annotations

import re

import pytest

from redaction import EntitySpan, Redactor
from redaction.name_siblings import NameSiblings
from redaction.name_words import UnknownWords
from redaction.table_columns import TableColumns

# Every name below is invented for these tests.
_DICTIONARY = frozenset(
    {"attendees", "thanks", "review", "budget", "to", "fix", "test", "the",
     "import", "reopened", "ticket", "marketing", "sales", "and", "call",
     "support", "assigned", "owner", "minutes", "by", "cluster", "upgrade"}
)  # fmt: skip
_KNOWN = ("Odoo", "Kubernetes", "Brussels", "Holdings", "Chase")
_FIRST_NAMES = frozenset({"faith", "april", "chase"})


def _is_first_name(word: str) -> bool:
    return word.lower() in _FIRST_NAMES


def _finder(dictionary: frozenset[str] = _DICTIONARY) -> NameSiblings:
    return NameSiblings(UnknownWords(dictionary, _KNOWN), _is_first_name)


def _siblings(text: str, person: str) -> list[str]:
    """The siblings found when only ``person`` (marked once) is known."""
    at = text.index(person)
    spans = [EntitySpan("PERSON", at, at + len(person), 0.85)]
    found = _finder().find(text, spans)
    assert all(s.entity_type == "PERSON" for s in found)
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param(
            "Attendees: Wlodarczyk, Zorvetta Quelbrink, Ekdahl",
            "Zorvetta Quelbrink",
            ["Wlodarczyk", "Ekdahl"],
            id="comma-list-both-sides",
        ),
        pytest.param(
            "Oyelaran, Zorvetta and Brakspear reopened the ticket.",
            "Zorvetta",
            ["Oyelaran", "Brakspear"],
            id="and-list",
        ),
        pytest.param(
            "Zorvetta, Ekdahl, Brakspear & Oyelaran",
            "Zorvetta",
            ["Ekdahl", "Brakspear", "Oyelaran"],
            id="chain-from-one",
        ),
        pytest.param(
            "Thanks Wlodarczyk, Zorvetta",
            "Zorvetta",
            ["Wlodarczyk"],
            id="nearest-words-only",
        ),
        pytest.param(
            "1. Zorvetta to fix the import\n2. Wlodarczyk to test",
            "Zorvetta",
            ["Wlodarczyk"],
            id="numbered-lines",
        ),
        pytest.param(
            "a) Zorvetta b) Wlodarczyk", "Zorvetta", ["Wlodarczyk"], id="lettered"
        ),
        pytest.param(
            "- Zorvetta\n- Brakspear Ekdahl\n- Review the budget",
            "Zorvetta",
            ["Brakspear Ekdahl"],
            id="bullets",
        ),
    ],
)
def test_name_like_siblings_are_people(
    text: str, person: str, expected: list[str]
) -> None:
    assert sorted(_siblings(text, person)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Marketing, Zorvetta and Sales", "Zorvetta", id="dictionary-words"
        ),
        pytest.param("Odoo, Zorvetta and Kubernetes", "Zorvetta", id="allowed-terms"),
        pytest.param("Brussels / Zorvetta", "Zorvetta", id="place-word"),
        pytest.param(
            "SAP, Zorvetta and GitHub", "Zorvetta", id="acronym-inner-capital"
        ),
        pytest.param("Call Zorvetta - Brakspear", "Zorvetta", id="dash-inside-a-line"),
        pytest.param(
            "Zorvetta owns it.\n- Kubernetes upgrade\n- Review budget",
            "Zorvetta",
            id="bullets-not-opened-by-the-person",
        ),
    ],
)
def test_other_items_stay_readable(text: str, person: str) -> None:
    assert _siblings(text, person) == []


def test_without_a_dictionary_nothing_is_added() -> None:
    text = "Wlodarczyk, Zorvetta"
    spans = [EntitySpan("PERSON", 12, 20, 0.85)]
    assert _finder(frozenset()).find(text, spans) == []


def test_a_hostile_list_stays_linear() -> None:
    """Thousands of comma-joined names are each found once."""
    names = [f"Zor{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}vetta" for i in range(3000)]
    text = ", ".join(names)
    found = _finder().find(text, [EntitySpan("PERSON", 0, len(names[0]), 0.85)])
    assert len(found) == len(names) - 1
    assert all(re.fullmatch(r"Zor[a-z]{2}vetta", text[s.start : s.end]) for s in found)


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param("Faith and Zorvetta disagree", "Zorvetta", ["Faith"],
                     id="first-name-that-is-a-word"),
        pytest.param("lunch with Zorvetta and April from Veltrano", "Zorvetta",
                     ["April"], id="first-name-after"),
        pytest.param("Present: L. Korhonen, M. Budget (chair)", "L. Korhonen",
                     ["M. Budget"], id="initial-then-any-surname"),
        pytest.param("Present: M. Budget, L. Korhonen", "L. Korhonen",
                     ["M. Budget"], id="initial-before-the-person"),
        pytest.param("Odoo, Zorvetta and Chase", "Zorvetta", [],
                     id="first-name-that-is-an-allowed-term"),
    ],
)  # fmt: skip
def test_first_names_and_initials_in_lists(
    text: str, person: str, expected: list[str]
) -> None:
    assert sorted(_siblings(text, person)) == sorted(expected)


def test_first_names_need_a_dictionary_too() -> None:
    text = "Faith and Zorvetta"
    spans = [EntitySpan("PERSON", 10, 18, 0.85)]
    assert _finder(frozenset()).find(text, spans) == []


def _column_siblings(text: str, person: str) -> list[str]:
    at = text.index(person)
    spans = [EntitySpan("PERSON", at, at + len(person), 0.85)]
    found = TableColumns(_finder().is_name).find(text, spans)
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param("Owner | Task\n---|---\nZorvetta Quelbrink | fix\nEkdahl | test",
                     "Zorvetta Quelbrink", ["Ekdahl"], id="pipe-table"),
        pytest.param("name;date;hours\nZorvetta;2025-01-02;3\nEkdahl M.;2025-01-03;2",
                     "Zorvetta", ["Ekdahl M."], id="semicolon-table-initial"),
        pytest.param("Owner | Task\nZorvetta | Review budget\nSales | Review budget",
                     "Zorvetta", [], id="word-cells-stay"),
        pytest.param("Task | Owner\nfix | Zorvetta\nEkdahl | test", "Zorvetta", [],
                     id="other-column"),
        pytest.param("Zorvetta | fix\n\nEkdahl | test", "Zorvetta", [],
                     id="blank-line-ends-the-table"),
    ],
)  # fmt: skip
def test_name_cells_in_a_column_with_a_person(
    text: str, person: str, expected: list[str]
) -> None:
    assert _column_siblings(text, person) == expected


_CENSUS = frozenset({"grant", "price", "hope", "brown"})


_EVERYDAY = frozenset({"sales", "team", "senior", "consultant"})


def _headed_cells(text: str) -> list[str]:
    columns = TableColumns(
        _finder().is_name,
        lambda word: word.lower() in _CENSUS,
        frozenset({"employee", "assignee", "full name", "contact", "nachname"}),
        lambda word: word.lower() in _EVERYDAY,
        frozenset({"da", "van", "der"}),
    )
    return [text[s.start : s.end] for s in columns.find(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Employee,Project,Hours\nZorvetta Quelbrink,Atlas,7\n"
                     "Ekdahl,Atlas,6", ["Zorvetta Quelbrink", "Ekdahl"], id="csv"),
        pytest.param("EMPLOYEE,PROJECT,HOURS\nZORVETTA QUELBRINK,ATLAS,7\n"
                     "EKDAHL,ATLAS,6", ["ZORVETTA QUELBRINK", "EKDAHL"],
                     id="csv-in-capitals"),
        pytest.param("employee;project;hours\nzorvetta quelbrink;atlas;7\n"
                     "ekdahl;atlas;6", ["zorvetta quelbrink", "ekdahl"],
                     id="lower-case"),
        pytest.param("Assignee\tTask\nGrant Price\tFix import\nHope\tDeploy",
                     ["Grant Price", "Hope"], id="census-names-that-are-words"),
        pytest.param("Full name | Role\nSales Team | Review\nTBD | Review", [],
                     id="word-cells-stay"),
        pytest.param("From,To,Days\nHope,Brown,3\nGrant,Price,2", [],
                     id="message-fields-are-no-headers"),
        pytest.param("Employee, Hours\nZorvetta, 7", [], id="one-comma-is-prose"),
        pytest.param("Customer,Contact,Due\nAcme,Zorvetta Ekdahl,$79,107\n"
                     "Brix,Quelbrink,€ 37.047,99", ["Zorvetta Ekdahl", "Quelbrink"],
                     id="more-commas-in-a-row"),
        pytest.param("Contact;Role;Hours\nRENATA DA SILVA;PM;2\n"
                     "DECLAN O'QUELBRINK;Dev;3",
                     ["RENATA DA SILVA", "DECLAN O'QUELBRINK"],
                     id="particles-and-apostrophes"),
        pytest.param("Nachname;Ort;Stunden\nQuelbrink;Graz;2\nEkdahl;Linz;3",
                     ["Quelbrink", "Ekdahl"], id="header-in-german"),
        pytest.param("Contact;Role;Hours\nSenior Consultant;PM;2\nSales Team;Dev;3",
                     [],
                     id="roles-stay"),
        pytest.param("full_name;dept;hours\nZorvetta Quelbrink;Ops;7\nEkdahl;Ops;6",
                     ["Zorvetta Quelbrink", "Ekdahl"], id="underscore-header"),
        pytest.param("fullName;dept;hours\nZorvetta Quelbrink;Ops;7\nEkdahl;Ops;6",
                     ["Zorvetta Quelbrink", "Ekdahl"], id="camel-case-header"),
        pytest.param("Contact | Zorvetta Quelbrink\nEmployer | Ekdahl Logistics\n"
                     "Salary | 54,000 EUR", [], id="record-of-labels-and-values"),
    ],
)  # fmt: skip
def test_name_cells_under_a_person_header(text: str, expected: list[str]) -> None:
    assert _headed_cells(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Nachname,Contact,Email\nQuelbrink,Zorvetta,z@example.org\n"
                     "Ekdahl,Arno,a@example.org", ["Nachname", "Contact", "Email"],
                     id="csv-headers"),
        pytest.param("Employee | Hours\nZorvetta Ekdahl | 7\nQuelbrink | 3",
                     ["Employee", "Hours"], id="pipe-table"),
        pytest.param("Item | Hours\nZorvetta Ekdahl | 7\nQuelbrink | 3",
                     [], id="no-people-column"),
        pytest.param("Employee, Hours\nZorvetta, 7", [], id="one-comma-is-prose"),
        pytest.param("Dear Employee,\nthanks", [], id="no-table"),
        pytest.param("Nachname, Vorname: Quelbrink, Zorvetta\n"
                     "Adresse: Hauptweg 3, 10115 Berlin, Deutschland", [],
                     id="form-labels-are-no-csv"),
        pytest.param("Employee, Role, Remark\nZorvetta Ekdahl, Buyer, ETA: ok\n"
                     "Arno Quelbrink, Clerk, Status: late",
                     ["Employee", "Role", "Remark"], id="label-in-the-last-cell"),
        pytest.param("Contact | Zorvetta Ekdahl\nDepartment | Finance", [],
                     id="record-has-no-header"),
        pytest.param("| Contact | Zorvetta Ekdahl |\n| Department | Finance |", [],
                     id="record-with-edge-pipes"),
        pytest.param("Contact | Department\nZorvetta Ekdahl | Finance",
                     ["Contact", "Department"], id="header-then-a-name"),
        pytest.param("Contact | Vorname\nQuelbrink | Zorvetta", ["Contact", "Vorname"],
                     id="two-person-headers"),
        pytest.param("Contact | Zorvetta Ekdahl\nQuelbrink | Arno",
                     ["Contact", "Zorvetta Ekdahl"], id="names-all-down"),
        pytest.param("full_name;dept;hours\nZorvetta;Ops;7\nEkdahl;Ops;6",
                     ["full_name", "dept", "hours"], id="underscore-header-cells"),
        pytest.param("FullName;Dept;Hours\nZorvetta;Ops;7\nEkdahl;Ops;6",
                     ["FullName", "Dept", "Hours"], id="camel-case-header-cells"),
    ],
)  # fmt: skip
def test_person_header_cells(text: str, expected: list[str]) -> None:
    columns = TableColumns(
        _finder().is_name,
        person_headers=frozenset(
            {"employee", "contact", "nachname", "vorname", "full name"}
        ),
    )
    found = sorted(columns.header_cells(text))
    assert [text[start:end] for start, end in found] == expected


def test_person_headers_are_no_names(ner_redactor: Redactor) -> None:
    """The header of a people column reads as written; its cells are masked."""
    text = (
        "Nachname,Vorname,Email\nQuelbrink,Zorvetta,zq@example.org\n"
        "Ekdahl,Arno,ae@example.org\n"
    )
    redacted = ner_redactor.scope("headers").redact(text).text
    assert redacted.startswith("Nachname,Vorname,Email\n")
    assert "Quelbrink" not in redacted and "Zorvetta" not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Applicant | Ifeoma Okonkwo-Baptiste\nEmployer | Northgate Logistics\n"
        "Salary | 54,000 EUR",
        "Patient\tIfeoma Okonkwo-Baptiste\nWard\t4",
        "| Contact name | Ifeoma Okonkwo-Baptiste |\n| Phone | on file |",
    ],
)
def test_the_person_in_a_records_first_line_is_masked(
    ner_redactor: Redactor, text: str
) -> None:
    """ "Label | value" lines are a record: its first value is no header."""
    redacted = ner_redactor.scope("record").redact(text).text
    assert "Ifeoma" not in redacted and "Okonkwo" not in redacted

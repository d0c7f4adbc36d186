"""Pattern recognizers that business text needs beyond Presidio's built-ins."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from redaction.recognizers.address import PostalAddressRecognizer
from redaction.recognizers.address_block import AddressBlockRecognizer
from redaction.recognizers.card import CardNumberRecognizer
from redaction.recognizers.census_names import CensusNameRecognizer
from redaction.recognizers.chat_speakers import ChatSpeakerRecognizer
from redaction.recognizers.email import AnyDomainEmailRecognizer
from redaction.recognizers.field_values import PersonFieldRecognizer
from redaction.recognizers.iban import GroupedIbanRecognizer
from redaction.recognizers.ip_address import IpAddressRecognizer
from redaction.recognizers.lower_case_names import LowerCaseNameRecognizer
from redaction.recognizers.national_ids import national_id_recognizers
from redaction.recognizers.other_scripts import OtherScriptNameRecognizer
from redaction.recognizers.passenger_names import PassengerNameRecognizer
from redaction.recognizers.people_lists import PeopleListRecognizer
from redaction.recognizers.person import PersonCueRecognizer
from redaction.recognizers.phone import PhoneNumberRecognizer
from redaction.recognizers.unfamiliar_words import UnfamiliarWordRecognizer
from redaction.recognizers.url import SensitiveUrlRecognizer
from redaction.recognizers.user_handles import UserHandleRecognizer
from redaction.recognizers.word_names import WordNameRecognizer

__all__ = ["REPLACED_RECOGNIZERS", "extra_recognizers"]

REPLACED_RECOGNIZERS = (
    "PhoneRecognizer",
    "IpRecognizer",
    "CreditCardRecognizer",
    "IbanRecognizer",
    "EmailRecognizer",
    "UrlRecognizer",
)
"""Presidio's recognizers that ours replace (see each module's docstring)."""


def extra_recognizers(*, use_ner: bool) -> list[EntityRecognizer]:
    """The recognizers to add to Presidio's predefined ones.

    Name cues and census names only run with NER: patterns-only mode
    leaves names to the deny-list.
    """
    people: list[EntityRecognizer] = (
        [
            PersonCueRecognizer(),
            CensusNameRecognizer(),
            UnfamiliarWordRecognizer(),
            ChatSpeakerRecognizer(),
            LowerCaseNameRecognizer(),
            PeopleListRecognizer(),
            UserHandleRecognizer(),
            WordNameRecognizer(),
            PersonFieldRecognizer(),
            PassengerNameRecognizer(),
            OtherScriptNameRecognizer(),
        ]
        if use_ner
        else []
    )
    return [
        PhoneNumberRecognizer(),
        GroupedIbanRecognizer(),
        AnyDomainEmailRecognizer(),
        CardNumberRecognizer(),
        PostalAddressRecognizer(),
        AddressBlockRecognizer(),
        SensitiveUrlRecognizer(),
        IpAddressRecognizer(),
        *national_id_recognizers("en"),
        *people,
    ]

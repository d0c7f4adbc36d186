"""Public proxy sets mapped onto the triage taxonomy, each kept on its own.

The mapping tables below are the only place where public intents become the
product's categories. Intents not listed are left out of the source.
"""

from __future__ import annotations

import csv
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MAPPINGS",
    "PRODUCT_TEST",
    "LabelledText",
    "Source",
    "load_product",
    "load_proxies",
    "mapped",
]

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "evaldata"
PRODUCT_TEST = Path(__file__).resolve().parent / "data" / "product_test.jsonl"

MAPPINGS: dict[str, dict[str, str]] = {
    "bitext": {
        **dict.fromkeys(
            [
                "check_invoice",
                "get_invoice",
                "check_payment_methods",
                "payment_issue",
                "check_refund_policy",
                "get_refund",
                "track_refund",
                "check_cancellation_fee",
            ],
            "billing",
        ),
        "recover_password": "access",
        "registration_problems": "access",
        "complaint": "complaint",
        "newsletter_subscription": "other",
    },
    "banking77": {
        **dict.fromkeys(
            [
                "passcode_forgotten",
                "pin_blocked",
                "unable_to_verify_identity",
                "verify_my_identity",
            ],
            "access",
        ),
        **dict.fromkeys(
            [
                "extra_charge_on_statement",
                "transaction_charged_twice",
                "card_payment_fee_charged",
                "transfer_fee_charged",
                "request_refund",
            ],
            "billing",
        ),
        **dict.fromkeys(
            [
                "card_not_working",
                "failed_transfer",
                "top_up_failed",
                "declined_card_payment",
                "declined_transfer",
                "declined_cash_withdrawal",
            ],
            "incident",
        ),
    },
    "clinc150": {
        **dict.fromkeys(
            ["bill_due", "pay_bill", "bill_balance", "min_payment"], "billing"
        ),
        **dict.fromkeys(
            ["pin_change", "account_blocked", "user_name", "change_user_name"], "access"
        ),
        **dict.fromkeys(["card_declined", "damaged_card"], "incident"),
        **dict.fromkeys(
            [
                "routing",
                "interest_rate",
                "expiration_date",
                "replacement_card_duration",
            ],
            "question",
        ),
        "oos": "other",
    },
}


@dataclass(frozen=True)
class LabelledText:
    text: str
    category: str


@dataclass(frozen=True)
class Source:
    name: str
    train: list[LabelledText]
    test: list[LabelledText]


def load_product() -> Source:
    from copilot.triage.heads import load_training_set

    train = [LabelledText(e.text, e.category) for e in load_training_set()]
    rows = [json.loads(x) for x in PRODUCT_TEST.read_text("utf-8").splitlines() if x]
    test = [LabelledText(r["text"], r["category"]) for r in rows]
    return Source("product", train, test)


def load_proxies() -> tuple[list[Source], list[str]]:
    """The proxy sources found, and a message for each one that is absent."""
    sources: list[Source] = []
    missing: list[str] = []
    for name, loader in (
        ("bitext", _bitext),
        ("banking77", _banking77),
        ("clinc150", _clinc150),
    ):
        try:
            sources.append(loader())
        except FileNotFoundError:
            missing.append(f"{name}: skipped, its data is not in {SHARED.name}/")
    return sources, missing


def mapped(name: str, pairs: list[tuple[str, str]]) -> list[LabelledText]:
    """The pairs whose intent is in the source's mapping, as taxonomy labels."""
    table = MAPPINGS[name]
    return [LabelledText(t, table[i]) for t, i in pairs if i in table]


def _bitext() -> Source:
    path = (
        SHARED
        / "bitext-cs-intents"
        / "Bitext_Sample_Customer_Support_Training_Dataset.csv"
    )
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(r["instruction"], r["intent"]) for r in csv.DictReader(handle)]
    # No official split: one in three by a stable hash of the text is test.
    test = [r for r in rows if zlib.crc32(r[0].encode()) % 3 == 0]
    train = [r for r in rows if zlib.crc32(r[0].encode()) % 3 != 0]
    return Source("bitext", mapped("bitext", train), mapped("bitext", test))


def _banking77() -> Source:
    folder = SHARED / "banking77"

    def read(split: str) -> list[tuple[str, str]]:
        with (folder / f"{split}.csv").open(encoding="utf-8", newline="") as handle:
            return [(r["text"], r["category"]) for r in csv.DictReader(handle)]

    return Source(
        "banking77",
        mapped("banking77", read("train")),
        mapped("banking77", read("test")),
    )


def _clinc150() -> Source:
    data = json.loads((SHARED / "clinc150" / "data_full.json").read_text("utf-8"))
    train = [tuple(p) for p in data["train"] + data["oos_train"]]
    test = [tuple(p) for p in data["test"] + data["oos_test"]]
    return Source(
        "clinc150",
        mapped("clinc150", train),
        mapped("clinc150", test),
    )

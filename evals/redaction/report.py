"""Plain-text lines of the redaction eval, product and baseline side by side."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["summary_lines"]

_HEADER = f"{'type':<16}{'n':>6}  {'recall':>13}  {'precision':>13}  {'leak rate':>13}"


def _pair(product: float | None, baseline: float | None, *, as_percent: bool) -> str:
    def show(value: float | None) -> str:
        if value is None:
            return "-"
        return f"{value * 100:.1f}%" if as_percent else f"{value:.3f}"

    return f"{show(product):>6} {show(baseline):>6}"


def _row(name: str, scores: Mapping[str, Any]) -> str:
    product, baseline = scores["product"], scores["baseline"]
    labelled = product["labelled"] or baseline["labelled"]
    return (
        f"{name:<16}{labelled:>6}  "
        f"{_pair(product['recall'], baseline['recall'], as_percent=False)}  "
        f"{_pair(product['precision'], baseline['precision'], as_percent=False)}  "
        f"{_pair(product['leak_rate'], baseline['leak_rate'], as_percent=True)}"
    )


def summary_lines(report: Mapping[str, Any]) -> list[str]:
    """One table per source: product value then baseline value per column."""
    lines = [
        "Redaction eval: product vs baseline (" + str(report["baseline"]) + ")",
        "Each cell: product baseline. Recall and precision by span overlap.",
        "Leak rate: share of labelled non-space characters left unmasked.",
        "TARGETS pools PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE and "
        "CREDIT_CARD (the targets' leak rate); ALL pools every labelled type.",
    ]
    for name, source in report["sources"].items():
        lines.append("")
        lines.append(
            f"{name}: {source['items']} texts; product {source['product_seconds']} s,"
            f" baseline {source['baseline_seconds']} s; leak-guard blocks"
            f" {source['leak_guard_blocks']}, values left verbatim"
            f" {source['verbatim_leaks']}"
        )
        if "note" in source:
            lines.append(f"  {source['note']}")
        if source.get("clean_texts"):
            masked = source["masked_in_clean_texts"]
            lines.append(
                f"  {source['clean_texts']} texts hold no labelled value; spans"
                f" masked in them: product {masked['product']},"
                f" baseline {masked['baseline']}"
            )
        lines.append(_HEADER)
        lines.extend(_row(kind, scores) for kind, scores in source["types"].items())
    for name, reason in report["skipped"].items():
        lines.append(f"{name}: {reason}")
    return lines

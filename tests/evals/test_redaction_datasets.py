"""The labelled sets are reproducible and their labels point at real values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.redaction.labelled import LabelledText
from evals.redaction.name_frames import NAME_FREE_KIND, name_frames
from evals.redaction.odoo_notes import odoo_notes
from evals.redaction.report import summary_lines
from evals.redaction.synth import SYNTH_TYPE_MAP, load_synth, split_synth


@pytest.fixture(scope="module")
def items() -> list[LabelledText]:
    """The generated set, built once."""
    return odoo_notes()[1]


def test_same_seed_same_set(items: list[LabelledText]) -> None:
    """Two runs generate identical items."""
    assert odoo_notes()[1] == items


def test_at_least_300_items_of_every_kind(items: list[LabelledText]) -> None:
    """The set holds 300 or more notes, tickets, threads and HTML bodies."""
    assert len(items) >= 300
    assert {item.kind for item in items} == {
        "task_note",
        "ticket",
        "email_thread",
        "html_chatter",
    }


@pytest.mark.parametrize(
    "entity_type",
    ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD"],
)
def test_target_types_are_labelled(items: list[LabelledText], entity_type: str) -> None:
    """Each target type has at least 80 labelled values."""
    count = sum(span.entity_type == entity_type for i in items for span in i.spans)
    assert count >= 80


def test_spans_are_non_empty_and_inside(items: list[LabelledText]) -> None:
    """Every label covers visible text inside its item."""
    for item in items:
        for span in item.spans:
            assert 0 <= span.start < span.end <= len(item.text)
            assert item.text[span.start : span.end].strip()


@pytest.fixture(scope="module")
def frames() -> list[LabelledText]:
    """The name-frames set, built once."""
    return name_frames()


def test_name_frames_same_seed_same_set(frames: list[LabelledText]) -> None:
    """Two runs with the same seed generate identical items; another seed differs."""
    assert name_frames() == frames
    assert name_frames(seed=1) != frames


def test_name_frames_holds_400_texts_a_fifth_name_free(
    frames: list[LabelledText],
) -> None:
    """At least 400 distinct texts, at least 20% of them without a name."""
    name_free = [item for item in frames if not item.spans]
    assert len(frames) >= 400
    assert len({item.text for item in frames}) == len(frames)
    assert len(name_free) >= 0.2 * len(frames)
    assert all(item.kind == NAME_FREE_KIND for item in name_free)


def test_name_frames_spans_are_names_inside_their_text(
    frames: list[LabelledText],
) -> None:
    """Every label is a PERSON span of non-empty text inside its item."""
    for item in frames:
        for span in item.spans:
            assert span.entity_type == "PERSON"
            assert 0 <= span.start < span.end <= len(item.text)
            assert item.text[span.start : span.end].strip()


def test_synth_loader_reads_spans(tmp_path: Path) -> None:
    """The synthetic set's records become labelled items with end-exclusive spans."""
    record = {
        "full_text": "Call Ana Dias",
        "spans": [
            {"entity_type": "PERSON", "entity_value": "Ana Dias",
             "start_position": 5, "end_position": 13},
        ],
        "template_id": 7,
    }  # fmt: skip
    path = tmp_path / "synth.json"
    path.write_text(json.dumps([record]), encoding="utf-8")
    [item] = load_synth(path)
    assert item.text[item.spans[0].start : item.spans[0].end] == "Ana Dias"
    assert SYNTH_TYPE_MAP["STREET_ADDRESS"] == "LOCATION"


def test_summary_shows_both_systems_and_skips() -> None:
    """The summary has one row per type with product and baseline cells."""
    scores = {"labelled": 2, "predicted": 2, "recall": 1.0, "precision": 0.5,
              "leak_rate": 0.0}  # fmt: skip
    report = {
        "baseline": "Presidio defaults",
        "sources": {
            "odoo-notes": {
                "items": 1, "product_seconds": 1.0, "baseline_seconds": 2.0,
                "leak_guard_blocks": 0, "verbatim_leaks": 0,
                "types": {"PERSON": {"product": scores, "baseline": scores}},
            }
        },
        "skipped": {"presidio-synth-pii": "not found; skipped"},
    }  # fmt: skip
    lines = summary_lines(report)
    assert any(line.startswith("PERSON") and "0.500  0.500" in line for line in lines)
    assert lines[-1] == "presidio-synth-pii: not found; skipped"


def test_summary_shows_note_and_masks_in_texts_without_values() -> None:
    """A source's note and its masks in unlabelled texts print under its header."""
    report = {
        "baseline": "Presidio defaults",
        "sources": {
            "name-frames": {
                "items": 3, "product_seconds": 1.0, "baseline_seconds": 2.0,
                "leak_guard_blocks": 0, "verbatim_leaks": 0, "clean_texts": 2,
                "masked_in_clean_texts": {"product": 1, "baseline": 4},
                "note": "validation set", "types": {},
            }
        },
        "skipped": {},
    }  # fmt: skip
    lines = summary_lines(report)
    header = next(i for i, line in enumerate(lines) if line.startswith("name-frames"))
    assert lines[header + 1 : header + 3] == [
        "  validation set",
        "  2 texts hold no labelled value; spans masked in them: product 1, baseline 4",
    ]


def _item(index: int, template: int) -> LabelledText:
    return LabelledText(f"synth-{index:04d}", f"template-{template}", "x", ())


def test_synth_split_is_by_template_and_fixed() -> None:
    """No template is in both parts; the same items always split the same way."""
    items = [_item(index, index % 20) for index in range(100)]
    split = split_synth(items)
    dev_kinds = {item.kind for item in split.dev}
    assert dev_kinds.isdisjoint(item.kind for item in split.test)
    assert len(dev_kinds) == 10
    assert len(split.dev) + len(split.test) == 100
    again = split_synth(items)
    assert (again.dev, again.test) == (split.dev, split.test)

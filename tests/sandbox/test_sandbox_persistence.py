"""The write journal: replay across store instances, reset, torn lines."""

from __future__ import annotations

from pathlib import Path

from copilot.sandbox import Journal, JournalEntry, build_demo_store


def test_changes_survive_into_the_next_store(tmp_path: Path) -> None:
    """Creates, writes and unlinks journaled by one store replay in the next."""
    journal = tmp_path / "state" / "journal.jsonl"
    first = build_demo_store(include_demo_firm=False, journal_path=journal)
    (task_id,) = first.create("project.task", [{"name": "Kept"}], uid=2)
    first.write("project.task", [6], {"name": "Renamed"}, uid=2)
    first.unlink("mail.activity", [1])
    second = build_demo_store(include_demo_firm=False, journal_path=journal)
    assert second.read("project.task", [task_id, 6], ["name"]) == [
        {"id": task_id, "name": "Kept"},
        {"id": 6, "name": "Renamed"},
    ]
    assert second.read("mail.activity", [1], ["summary"]) == []
    (next_id,) = second.create("project.task", [{"name": "After"}], uid=2)
    assert next_id == task_id + 1


def test_reset_deletes_the_journal_and_restores_the_seed(tmp_path: Path) -> None:
    """reset() forgets every change, in memory and on disk."""
    journal = tmp_path / "journal.jsonl"
    store = build_demo_store(include_demo_firm=False, journal_path=journal)
    store.write("project.task", [6], {"name": "Renamed"}, uid=2)
    store.reset()
    assert not journal.exists()
    assert store.read("project.task", [6], ["name"])[0]["name"] == "Room 1: Decoration"
    fresh = build_demo_store(include_demo_firm=False, journal_path=journal)
    assert fresh.read("project.task", [6], ["name"])[0]["name"] == "Room 1: Decoration"


def test_torn_last_line_is_skipped(tmp_path: Path) -> None:
    """A line cut short by a crash is ignored; earlier entries still replay."""
    path = tmp_path / "journal.jsonl"
    journal = Journal(path)
    journal.append(JournalEntry("write", "project.task", (6,), {"name": "Kept"}))
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"op":"write","model":"project.task","ids":[6],"val')
    store = build_demo_store(include_demo_firm=False, journal_path=path)
    assert store.read("project.task", [6], ["name"])[0]["name"] == "Kept"


def test_entries_round_trip_through_json() -> None:
    """An entry written as JSON reads back equal."""
    entry = JournalEntry("create", "x.y", (3,), {"id": 3, "a": [1, "b"]})
    assert JournalEntry.from_json(entry.to_json()) == entry

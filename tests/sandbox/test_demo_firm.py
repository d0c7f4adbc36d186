"""Tests for the generated demo consulting firm seeded into the Odoo sandbox."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from copilot.errors import CallerError
from copilot.sandbox import demo_firm
from copilot.sandbox.demo_firm import RISK_KINDS, DemoFirm, build_demo_firm
from copilot.sandbox.demo_firm.ticket_history import HISTORY_REFS

ANCHOR = date(2026, 12, 4)
# The recorded day (a Friday), a Monday, a Sunday and a leap day.
ANCHORS = (ANCHOR, date(2027, 3, 1), date(2026, 12, 27), date(2028, 2, 29))
NEXT_IDS = {
    "res.partner": 60,
    "res.users": 8,
    "hr.employee": 21,
    "project.project": 12,
    "project.milestone": 6,
    "project.task": 73,
    "project.update": 10,
    "account.analytic.line": 530,
    "helpdesk.ticket": 9,
    "mail.message": 626,
}
CLOSED = ("1_done", "1_canceled")
RESERVED_DOMAINS = (".example", "example.com", "example.net", "example.org")
DATA_DIR = Path(demo_firm.__file__).with_name("data")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?\b")

Record = dict[str, Any]


@cache
def _data(name: str) -> Any:
    """One of the generator's data files, read once."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = _data("schema")["models"]
    return schema


def _refs() -> dict[str, dict[str, list[Any]]]:
    """Recorded references, plus the firm's own ticket categories and teams."""
    refs: dict[str, dict[str, list[Any]]] = {
        **_data("recorded_refs")["refs"],
        **HISTORY_REFS,
    }
    return refs


@pytest.fixture(scope="module", params=ANCHORS, ids=str)
def anchor(request: pytest.FixtureRequest) -> date:
    """The day the generated data treats as today."""
    value: date = request.param
    return value


@pytest.fixture(scope="module")
def firm(anchor: date) -> DemoFirm:
    """The firm as the sandbox would seed it on that day."""
    return build_demo_firm(NEXT_IDS, anchor)


def _models(firm: DemoFirm) -> dict[str, list[Record]]:
    records: dict[str, list[Record]] = firm.records
    return records


def _rows(firm: DemoFirm, model: str) -> list[Record]:
    return _models(firm)[model]


def _index(firm: DemoFirm) -> dict[str, dict[int, Record]]:
    return {m: {r["id"]: r for r in rows} for m, rows in _models(firm).items()}


def _display(model: str, record: Record) -> str:
    if model == "res.partner":
        return str(record["display_name"])
    if model == "helpdesk.ticket":
        return f"{record['number']} - {record['name']}"
    if model == "mail.message":
        return str(record["record_name"])
    return str(record["name"])


def _fields(model: str, kinds: tuple[str, ...]) -> Iterator[tuple[str, list[str]]]:
    for name, spec in _schema()[model]["fields"].items():
        if spec[0] in kinds:
            yield name, spec


def _texts(firm: DemoFirm) -> list[str]:
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for rows in firm.records.values():
        for row in rows:
            for value in row.values():
                walk(value)
    return out


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _when(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _recomputed_risks(firm: DemoFirm, project: Record, today: date) -> set[str]:
    """Derive risk kinds from the records alone, as a briefing would."""
    now = _midnight(today)
    pid = project["id"]
    tasks = [t for t in _rows(firm, "project.task") if t["project_id"][0] == pid]
    state = {t["id"]: t["state"] for t in tasks}
    live = [t for t in tasks if t["state"] not in CLOSED]
    stones = [m for m in _rows(firm, "project.milestone") if m["project_id"][0] == pid]
    open_stones = [
        date.fromisoformat(m["deadline"]) for m in stones if not m["is_reached"]
    ]
    tickets = [
        t
        for t in _rows(firm, "helpdesk.ticket")
        if t["project_id"] and t["project_id"][0] == pid and not t["closed"]
    ]
    checks = {
        "overrun": project["remaining_hours"] < 0
        or any(
            t["allocated_hours"] > 0
            and t["effective_hours"] > 1.3 * t["allocated_hours"]
            for t in tasks
            if t["state"] != "1_canceled"
        ),
        "overdue_task": any(
            t["date_deadline"] and _when(t["date_deadline"]).date() < today
            for t in live
        ),
        "stalled_task": any(
            _when(t["write_date"]) < now - timedelta(days=14) for t in live
        ),
        "milestone_missed": any(day < today for day in open_stones),
        "milestone_due_soon": any(
            today <= day <= today + timedelta(days=7) for day in open_stones
        ),
        "blocked_task": any(
            t["state"] == "04_waiting_normal"
            and any(state[d] not in CLOSED for d in t["depend_on_ids"])
            for t in live
        ),
        "status_off_track": project["last_update_status"] == "off_track",
        "status_at_risk": project["last_update_status"] == "at_risk",
        "open_tickets": bool(tickets),
    }
    return {kind for kind, hit in checks.items() if hit}


def test_same_anchor_gives_identical_output(firm: DemoFirm, anchor: date) -> None:
    """Two builds on one anchor serialise to the same bytes."""
    again = build_demo_firm(dict(NEXT_IDS), anchor)
    assert json.dumps(again.records) == json.dumps(firm.records)
    assert again.sensitive_values == firm.sensitive_values
    assert again.project_ids == firm.project_ids
    assert again.expected_risks == firm.expected_risks


def test_ids_start_at_next_ids_and_increase(firm: DemoFirm) -> None:
    """Every model's ids run contiguously from the first free id given."""
    assert set(firm.records) == set(NEXT_IDS)
    for model, rows in _models(firm).items():
        ids = [row["id"] for row in rows]
        assert ids == list(range(NEXT_IDS[model], NEXT_IDS[model] + len(ids)))


def test_missing_next_id_is_a_caller_error() -> None:
    """A caller that forgets a model's first free id gets a CallerError."""
    partial = {k: v for k, v in NEXT_IDS.items() if k != "helpdesk.ticket"}
    with pytest.raises(CallerError, match=r"helpdesk\.ticket"):
        build_demo_firm(partial, ANCHOR)


def test_records_have_the_recorded_fields_in_order(firm: DemoFirm) -> None:
    """Records carry `id` then exactly the fields the recorded database returns."""
    for model, rows in _models(firm).items():
        expected = ["id", *_schema()[model]["fields"]]
        for row in rows:
            assert list(row) == expected


def test_many2one_targets_exist_with_their_display_name(firm: DemoFirm) -> None:
    """Each many2one is false or names an existing record by its display name."""
    index = _index(firm)
    for model, rows in _models(firm).items():
        for name, spec in _fields(model, ("many2one",)):
            target = spec[1]
            for row in rows:
                value = row[name]
                if value is False:
                    continue
                assert isinstance(value, list) and len(value) == 2, (model, name)
                if target in index and value[0] >= NEXT_IDS[target]:
                    record = index[target][value[0]]
                    assert value[1] == _display(target, record), (model, name)
                else:
                    assert value in _refs()[target].values(), (model, name, value)


def test_x2many_ids_exist(firm: DemoFirm) -> None:
    """Each one2many and many2many id names a generated record of its model."""
    index = _index(firm)
    for model, rows in _models(firm).items():
        for name, spec in _fields(model, ("one2many", "many2many")):
            for row in rows:
                for item in row[name]:
                    assert item in index[spec[1]], (model, name, item)


def test_one2many_lists_mirror_their_inverse(firm: DemoFirm) -> None:
    """A one2many holds exactly the records whose many2one points back."""
    for model, rows in _models(firm).items():
        for name, spec in _fields(model, ("one2many",)):
            if len(spec) < 3 or spec[1] not in firm.records:
                continue
            children = _models(firm)[spec[1]]
            for row in rows:
                back = [
                    c["id"]
                    for c in children
                    if isinstance(c.get(spec[2]), list) and c[spec[2]][0] == row["id"]
                ]
                assert sorted(row[name]) == sorted(back), (model, name, row["id"])


def test_project_points_at_its_latest_update(firm: DemoFirm) -> None:
    """`last_update_id` and `last_update_status` match the project's update."""
    updates = {u["id"]: u for u in _rows(firm, "project.update")}
    for project in _rows(firm, "project.project"):
        update = updates[project["last_update_id"][0]]
        assert update["project_id"][0] == project["id"]
        assert update["status"] == project["last_update_status"]


def test_every_sensitive_value_occurs_in_some_text(firm: DemoFirm) -> None:
    """Each listed value appears verbatim in at least one generated string."""
    texts = _texts(firm)
    for value in firm.sensitive_values:
        assert any(value.value in text for text in texts), value


def test_sensitive_values_stand_as_whole_words(firm: DemoFirm) -> None:
    """No listed value hides inside a longer word, so leak checks stay exact."""
    texts = _texts(firm)
    for value in firm.sensitive_values:
        whole = re.compile(rf"(?<!\w){re.escape(value.value)}(?!\w)")
        for text in texts:
            assert text.count(value.value) == len(whole.findall(text)), value


def test_sensitive_values_use_known_entity_types(firm: DemoFirm) -> None:
    """Only the entity types the redaction layer knows are listed."""
    types = {v.entity_type for v in firm.sensitive_values}
    assert types == {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "IBAN_CODE",
        "ORGANIZATION",
        "LOCATION",
    }


def test_every_email_and_iban_in_text_is_listed(firm: DemoFirm) -> None:
    """No e-mail address or IBAN appears in text without being listed."""
    listed = {v.value for v in firm.sensitive_values}
    for text in _texts(firm):
        for found in EMAIL.findall(text) + IBAN.findall(text):
            assert found in listed, found


def test_every_generated_person_and_company_is_listed(firm: DemoFirm) -> None:
    """Partner names, e-mails, phones and streets are all listed as sensitive."""
    listed = {(v.entity_type, v.value) for v in firm.sensitive_values}
    for partner in _rows(firm, "res.partner"):
        kind = "ORGANIZATION" if partner["is_company"] else "PERSON"
        assert (kind, partner["name"]) in listed
        assert ("EMAIL_ADDRESS", partner["email"]) in listed
        assert ("PHONE_NUMBER", partner["phone"]) in listed
        if partner["street"]:
            assert ("LOCATION", partner["street"]) in listed


def test_contact_details_stay_in_reserved_ranges(firm: DemoFirm) -> None:
    """E-mails use example domains; UK, US, FR, DE phones use fiction ranges."""
    fiction = {
        "+44": ("+44 20 7946 0", "+44 7700 900"),
        "+1 ": ("+1 202-555-01",),
        "+33": ("+33 1 99 00", "+33 4 65 71", "+33 6 39 98"),
        "+49": ("+49 30 23125", "+49 40 66969"),
    }
    for value in firm.sensitive_values:
        if value.entity_type == "EMAIL_ADDRESS":
            domain = value.value.rsplit("@", 1)[1]
            assert domain.endswith(RESERVED_DOMAINS), value
    for partner in _rows(firm, "res.partner"):
        for prefix, ranges in fiction.items():
            if partner["phone"].startswith(prefix):
                assert partner["phone"].startswith(ranges), partner["phone"]


def test_iban_checksums_are_valid(firm: DemoFirm) -> None:
    """Each planted IBAN passes the ISO 13616 mod-97 check."""
    ibans = [v.value for v in firm.sensitive_values if v.entity_type == "IBAN_CODE"]
    assert len(ibans) >= 1 and any(" " in iban for iban in ibans)
    for iban in ibans:
        compact = iban.replace(" ", "")
        moved = compact[4:] + compact[:4]
        assert int("".join(str(int(c, 36)) for c in moved)) % 97 == 1, iban
        if compact.startswith("BE"):
            assert int(compact[4:14]) % 97 == int(compact[14:16]) % 97


def test_chatter_carries_the_planted_personal_data(firm: DemoFirm) -> None:
    """Bodies hold mailto links, varied phones, an IBAN and a postal signature."""
    bodies = "\n".join(m["body"] for m in _rows(firm, "mail.message"))
    assert 'href="mailto:' in bodies
    phones = {
        v.value
        for v in firm.sensitive_values
        if v.entity_type == "PHONE_NUMBER" and v.value in bodies
    }
    assert len({p[:3] for p in phones if p.startswith("+")}) >= 3
    assert len([p for p in phones if not p.startswith("+")]) >= 6
    assert any(
        v.entity_type == "IBAN_CODE" and v.value in bodies
        for v in firm.sensitive_values
    )
    locations = [v.value for v in firm.sensitive_values if v.entity_type == "LOCATION"]
    assert any(place in bodies for place in locations)
    persons = {v.value for v in firm.sensitive_values if v.entity_type == "PERSON"}
    assert any(p.islower() and p in bodies for p in persons)
    assert any(_unaccented(p) != p and _unaccented(p) in bodies for p in persons)


def test_planted_risks_hold_in_the_data(firm: DemoFirm, anchor: date) -> None:
    """Risks recomputed from the records are exactly the ones declared."""
    assert set(firm.expected_risks) == set(firm.project_ids)
    for project in _rows(firm, "project.project"):
        expected = firm.expected_risks[project["id"]]
        assert set(expected) <= set(RISK_KINDS)
        recomputed = _recomputed_risks(firm, project, anchor)
        assert recomputed == set(expected), project["name"]


def test_some_project_is_healthy(firm: DemoFirm) -> None:
    """At least one project carries no planted risk at all."""
    assert any(not risks for risks in firm.expected_risks.values())


def test_stalled_tasks_are_three_weeks_old(firm: DemoFirm, anchor: date) -> None:
    """A stalled open task saw no write and no stage change for 21+ days."""
    limit = _midnight(anchor) - timedelta(days=21)
    recent = _midnight(anchor) - timedelta(days=14)
    stalled = [
        t
        for t in _rows(firm, "project.task")
        if t["state"] not in CLOSED and _when(t["write_date"]) < recent
    ]
    assert stalled
    for task in stalled:
        assert _when(task["write_date"]) <= limit
        assert _when(task["date_last_stage_update"]) <= limit
        assert all(
            date.fromisoformat(line["date"]) <= limit.date()
            for line in _rows(firm, "account.analytic.line")
            if line["task_id"][0] == task["id"]
        )


def test_task_hours_match_their_timesheets(firm: DemoFirm) -> None:
    """Effective, remaining, progress and overtime follow the timesheet lines."""
    spent: Counter[int] = Counter()
    for line in _rows(firm, "account.analytic.line"):
        spent[line["task_id"][0]] += line["unit_amount"]
    for task in _rows(firm, "project.task"):
        allocated, effective = task["allocated_hours"], task["effective_hours"]
        assert effective == spent[task["id"]]
        assert task["total_hours_spent"] == effective
        assert task["remaining_hours"] == allocated - effective
        assert task["overtime"] == max(effective - allocated, 0.0)
        assert task["progress"] == round(100 * effective / allocated, 2)


def test_project_totals_match_tasks_and_timesheets(firm: DemoFirm) -> None:
    """Project hours and task counts agree with its tasks and lines."""
    for project in _rows(firm, "project.project"):
        pid = project["id"]
        tasks = [t for t in _rows(firm, "project.task") if t["project_id"][0] == pid]
        hours = sum(
            line["unit_amount"]
            for line in _rows(firm, "account.analytic.line")
            if line["project_id"][0] == pid
        )
        closed = sum(t["state"] in CLOSED for t in tasks)
        assert 8 <= project["task_count"] == len(tasks) <= 15
        assert project["closed_task_count"] == closed
        assert project["open_task_count"] == len(tasks) - closed
        assert project["remaining_hours"] == project["allocated_hours"] - hours
        assert project["total_timesheet_time"] == round(hours)
        assert project["is_project_overtime"] == (project["remaining_hours"] < 0)


def test_timesheet_cost_follows_the_employee_rate(firm: DemoFirm) -> None:
    """Each line costs its hours times the employee's hourly cost, negated."""
    rate = {e["id"]: e["hourly_cost"] for e in _rows(firm, "hr.employee")}
    for line in _rows(firm, "account.analytic.line"):
        assert line["amount"] == -line["unit_amount"] * rate[line["employee_id"][0]]
        assert line["user_id"][1] == line["employee_id"][1]


def test_stage_matches_state_and_dependencies(firm: DemoFirm) -> None:
    """Done and canceled sit in folded stages; waiting means an open dependency."""
    state = {t["id"]: t["state"] for t in _rows(firm, "project.task")}
    for task in _rows(firm, "project.task"):
        stage = task["stage_id"][1]
        assert (stage == "Done") == (task["state"] == "1_done")
        assert (stage == "Canceled") == (task["state"] == "1_canceled")
        waiting = any(state[d] not in CLOSED for d in task["depend_on_ids"])
        if task["state"] not in CLOSED:
            assert waiting == (task["state"] == "04_waiting_normal"), task["name"]


def test_milestone_flags_follow_deadlines(firm: DemoFirm, anchor: date) -> None:
    """`is_deadline_exceeded` is set exactly on unreached, past milestones."""
    for stone in _rows(firm, "project.milestone"):
        past = date.fromisoformat(stone["deadline"]) < anchor
        assert stone["is_deadline_exceeded"] == (past and not stone["is_reached"])
        assert bool(stone["reached_date"]) == stone["is_reached"]


def test_history_is_ordered_and_in_the_past(firm: DemoFirm, anchor: date) -> None:
    """Creation precedes stage change precedes last write, all before today."""
    today = _midnight(anchor)
    for task in _rows(firm, "project.task"):
        created, moved, written = (
            _when(task[f])
            for f in ("create_date", "date_last_stage_update", "write_date")
        )
        assert created <= moved <= written < today, task["name"]
    for ticket in _rows(firm, "helpdesk.ticket"):
        assert _when(ticket["create_date"]) <= _when(ticket["write_date"]) < today
    for line in _rows(firm, "account.analytic.line"):
        assert date.fromisoformat(line["date"]) < anchor
        assert date.fromisoformat(line["date"]).weekday() < 5
    messages = {m["id"]: m for m in _rows(firm, "mail.message")}
    for message in messages.values():
        assert _when(message["date"]) < today
        if message["parent_id"]:
            parent = messages[message["parent_id"][0]]
            assert parent["id"] < message["id"]
            assert (parent["model"], parent["res_id"]) == (
                message["model"],
                message["res_id"],
            )


def test_no_consultant_logs_more_than_a_working_day(firm: DemoFirm) -> None:
    """Nobody books more than eight hours on one day across projects."""
    load: Counter[tuple[int, str]] = Counter()
    for line in _rows(firm, "account.analytic.line"):
        load[(line["employee_id"][0], line["date"])] += line["unit_amount"]
    assert max(load.values()) <= 8.0


def test_timesheets_cover_about_six_weeks(firm: DemoFirm, anchor: date) -> None:
    """Timesheet lines fall within the seven weeks before the anchor."""
    days = [date.fromisoformat(x["date"]) for x in _rows(firm, "account.analytic.line")]
    assert min(days) >= anchor - timedelta(weeks=7)


def test_dates_follow_the_anchor(firm: DemoFirm, anchor: date) -> None:
    """A week later anchor shifts every date and datetime field by a week."""
    shift = timedelta(days=7)
    later = build_demo_firm(NEXT_IDS, anchor + shift)
    for model, rows in _models(firm).items():
        fields = [n for n, _ in _fields(model, ("date", "datetime"))]
        for old, new in zip(rows, _models(later)[model], strict=True):
            for name in fields:
                if old[name] is False:
                    assert new[name] is False
                    continue
                moved = _when(old[name]) + shift
                expected = (
                    moved.date().isoformat()
                    if len(old[name]) == 10
                    else (moved.isoformat(sep=" "))
                )
                assert new[name] == expected, (model, name)


def test_firm_size_matches_the_brief(firm: DemoFirm) -> None:
    """Three to four clients of two or three contacts, three to five staff."""
    partners = _rows(firm, "res.partner")
    companies = [p for p in partners if p["is_company"]]
    assert 3 <= len(companies) <= 4
    for company in companies:
        contacts = [
            p for p in partners if p["parent_id"] == [company["id"], company["name"]]
        ]
        assert 2 <= len(contacts) <= 3
        assert all(
            c["display_name"] == f"{company['name']}, {c['name']}" for c in contacts
        )
    users = _rows(firm, "res.users")
    assert 3 <= len(users) <= 5
    emails = {p["id"]: p["email"] for p in partners}
    for user in users:
        assert user["share"] is False
        assert user["login"] == emails[user["partner_id"][0]]
    assert 4 <= len(firm.project_ids) <= 5
    open_tickets = [t for t in _rows(firm, "helpdesk.ticket") if not t["closed"]]
    assert 2 <= len(open_tickets) <= 4
    assert any(t["closed"] for t in _rows(firm, "helpdesk.ticket"))


def test_output_does_not_depend_on_the_hash_seed() -> None:
    """Builds in processes with different hash seeds give identical bytes."""
    root = Path(__file__).resolve().parents[2]
    script = (
        "import datetime, hashlib, json\n"
        "from copilot.sandbox.demo_firm import build_demo_firm\n"
        f"firm = build_demo_firm({NEXT_IDS!r}, datetime.date(2026, 12, 4))\n"
        "data = [firm.records, [v.__dict__ for v in firm.sensitive_values]]\n"
        "print(hashlib.sha256(json.dumps(data).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    here = build_demo_firm(NEXT_IDS, ANCHOR)
    data = [here.records, [v.__dict__ for v in here.sensitive_values]]
    digests.add(hashlib.sha256(json.dumps(data).encode()).hexdigest() + "\n")
    assert len(digests) == 1

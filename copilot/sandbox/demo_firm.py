"""Generate an invented consulting firm whose Odoo records carry PII and risks."""

from __future__ import annotations

import copy
import json
import random
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from copilot.errors import CallerError

__all__ = ["RISK_KINDS", "DemoFirm", "SensitiveValue", "build_demo_firm"]

# What each kind means in the data: overrun, a task logged 30%+ over its
# allocation or a project past its budget; overdue_task, an open task whose
# deadline is before today; stalled_task, an open task unwritten for 14+ days;
# milestone_missed / milestone_due_soon, an unreached milestone due before
# today / within seven days; blocked_task, a task waiting on an open
# dependency; status_*, the last project update; open_tickets, an unclosed
# helpdesk ticket on the project.
RISK_KINDS = (
    "overrun",
    "overdue_task",
    "stalled_task",
    "milestone_missed",
    "milestone_due_soon",
    "blocked_task",
    "status_off_track",
    "status_at_risk",
    "open_tickets",
)
# Fixed so that one anchor always draws the same names, digits and splits.
SEED = 1712
_DATA_DIR = Path(__file__).with_name("demo_firm_data")
_PLACEHOLDER = re.compile(r"\{([a-z0-9_:]+)\}")
_CHUNKS = (1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
_DAY_CAPACITY = 8.0
_CLOSED_STATES = ("1_done", "1_canceled")

Record = dict[str, object]


@dataclass(frozen=True)
class SensitiveValue:
    """One personal value planted in generated text, exactly as written there."""

    entity_type: str
    value: str


@dataclass(frozen=True)
class DemoFirm:
    """The generated firm, in `search_read` shape, with what tests check it by."""

    records: dict[str, list[dict[str, object]]]
    sensitive_values: tuple[SensitiveValue, ...]
    project_ids: tuple[int, ...]
    expected_risks: dict[int, tuple[str, ...]]


def build_demo_firm(next_ids: Mapping[str, int], anchor: date) -> DemoFirm:
    """Build the firm with ids from `next_ids` and dates relative to `anchor`.

    `next_ids` must name the first free id of every generated model. The same
    anchor always gives the same records, byte for byte.
    """
    return _FirmBuilder(_load_data(), next_ids, anchor).build()


def _tuples(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()}


@dataclass(frozen=True)
class _TaskSpec:
    key: str
    name: str
    hours: float
    used: float
    state: str
    start: int
    last: int
    users: tuple[str, ...]
    deadline: int | None = None
    milestone: str | None = None
    depends: tuple[str, ...] = ()
    priority: str = "0"
    description: str | None = None


@dataclass(frozen=True)
class _MilestoneSpec:
    key: str
    name: str
    deadline: int
    reached: int | None = None


@dataclass(frozen=True)
class _MessageSpec:
    on: str
    author: str
    kind: str
    days_ago: int
    at: str
    body: str
    reply: bool = False


@dataclass(frozen=True)
class _TicketSpec:
    name: str
    contact: str
    stage: str
    priority: str
    channel: str
    user: str
    created: int
    changed: int
    description: str
    task: str | None = None


@dataclass(frozen=True)
class _UpdateSpec:
    name: str
    days_ago: int
    summary: str


@dataclass(frozen=True)
class _ProjectSpec:
    key: str
    name: str
    client: str
    pm: str
    start: int
    end: int
    buffer: float
    status: str
    progress: int
    risks: tuple[str, ...]
    description: str
    update: _UpdateSpec
    milestones: tuple[_MilestoneSpec, ...]
    tasks: tuple[_TaskSpec, ...]
    messages: tuple[_MessageSpec, ...]
    tickets: tuple[_TicketSpec, ...]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> _ProjectSpec:
        unknown = [risk for risk in raw["risks"] if risk not in RISK_KINDS]
        if unknown:
            raise ValueError(f"unknown risk kinds in demo data: {unknown}")
        nested = {
            "update": _UpdateSpec(**raw["update"]),
            "milestones": tuple(_MilestoneSpec(**m) for m in raw["milestones"]),
            "tasks": tuple(_TaskSpec(**_tuples(t)) for t in raw["tasks"]),
            "messages": tuple(_MessageSpec(**m) for m in raw["messages"]),
            "tickets": tuple(_TicketSpec(**t) for t in raw["tickets"]),
        }
        return cls(**{**_tuples(raw), **nested})


@dataclass(frozen=True)
class _Data:
    schema: Mapping[str, Any]
    refs: Mapping[str, Mapping[str, list[Any]]]
    stage_flags: Mapping[str, Mapping[str, bool]]
    people: Mapping[str, Any]
    phones: Mapping[str, Any]
    phrases: Mapping[str, Any]
    projects: tuple[_ProjectSpec, ...]


def _load_data() -> _Data:
    def read(name: str) -> Any:
        path = _DATA_DIR / f"{name}.json"
        return json.loads(path.read_text(encoding="utf-8"))

    refs = read("recorded_refs")
    return _Data(
        schema=read("schema")["models"],
        refs=refs["refs"],
        stage_flags=refs["ticket_stage_flags"],
        people=read("people"),
        phones=read("phones"),
        phrases=read("phrases"),
        projects=tuple(_ProjectSpec.from_json(p) for p in read("projects")["projects"]),
    )


@dataclass(frozen=True)
class _Token:
    """Text for one placeholder and the personal values it carries."""

    text: str
    found: tuple[SensitiveValue, ...] = ()


def _pii(entity_type: str, value: str) -> _Token:
    return _Token(value, (SensitiveValue(entity_type, value),))


@dataclass(frozen=True)
class _Phone:
    intl: str
    national: str
    alt: str


@dataclass(frozen=True)
class _Person:
    name: str
    first: str
    email: str
    phone: _Phone
    phone_country: str
    title: str
    partner_id: int
    display_name: str


@dataclass(frozen=True)
class _Staff:
    person: _Person
    user_id: int
    employee_id: int
    hourly_cost: float


@dataclass(frozen=True)
class _Client:
    name: str
    partner_id: int
    street: str
    zip_city: str
    country: str
    contacts: tuple[_Person, ...]


@dataclass(frozen=True)
class _Plan:
    spec: _ProjectSpec
    project_id: int
    update_id: int
    client: _Client
    pm: _Staff
    milestone_ids: Mapping[str, int]
    task_ids: Mapping[str, int]
    ticket_ids: tuple[int, ...]
    tokens: Mapping[str, _Token]


@dataclass(frozen=True, order=True)
class _LineDraft:
    day: date
    seq: int
    plan: _Plan = field(compare=False)
    task: _TaskSpec = field(compare=False)
    role: str = field(compare=False)
    hours: float = field(compare=False)
    name: str = field(compare=False)


@dataclass(frozen=True)
class _Line:
    id: int
    draft: _LineDraft


@dataclass(frozen=True, order=True)
class _MessageDraft:
    stamp: str
    seq: int
    model: str = field(compare=False)
    res_id: int = field(compare=False)
    record_name: str = field(compare=False)
    author: _Staff = field(compare=False)
    kind: str = field(compare=False)
    body: str = field(compare=False)
    parent_seq: int | None = field(compare=False)


class _FirmBuilder:
    """Holds the id counters, the seeded generator and the records being built."""

    def __init__(self, data: _Data, next_ids: Mapping[str, int], anchor: date) -> None:
        try:
            # Indexing, not `in`, so a mapping with a default (defaultdict) works.
            self._next = {model: next_ids[model] for model in data.schema}
        except KeyError as exc:
            raise CallerError(f"next_ids lacks a first free id for {exc}") from exc
        self._data = data
        self._anchor = anchor
        self._rng = random.Random(SEED)
        self._records: dict[str, list[Record]] = {m: [] for m in data.schema}
        self._found: dict[SensitiveValue, None] = {}
        self._taken: set[str] = set()
        self._staff: dict[str, _Staff] = {}

    def build(self) -> DemoFirm:
        self._staff = self._build_staff()
        clients = self._build_clients()
        shared = self._shared_tokens()
        plans = [self._plan(spec, clients, shared) for spec in self._data.projects]
        task_lines = self._timesheets(plans)
        for plan in plans:
            self._project(plan, task_lines)
        self._messages(plans)
        return DemoFirm(
            records={m: sorted(rows, key=_by_id) for m, rows in self._records.items()},
            sensitive_values=tuple(
                sorted(self._found, key=lambda v: (v.entity_type, v.value))
            ),
            project_ids=tuple(plan.project_id for plan in plans),
            expected_risks={
                plan.project_id: tuple(k for k in RISK_KINDS if k in plan.spec.risks)
                for plan in plans
            },
        )

    # ids, references, dates and records

    def _take(self, model: str) -> int:
        self._next[model] += 1
        return self._next[model] - 1

    def _ref(self, model: str, key: str) -> list[object]:
        return list(self._data.refs[model][key])

    def _day(self, offset: int) -> date:
        return self._anchor + timedelta(days=offset)

    def _emit(self, model: str, record_id: int, values: Record) -> None:
        """Append a record as `search_read` returns it: id, then schema order."""
        spec = self._data.schema[model]
        recorded = {
            name: self._ref(spec["fields"][name][1], key)
            for name, key in spec["recorded"].items()
        }
        row = {**copy.deepcopy(spec["constants"]), **recorded, **values}
        if set(row) != set(spec["fields"]):
            raise ValueError(f"{model} fields differ: {set(row) ^ set(spec['fields'])}")
        self._records[model].append(
            {"id": record_id, **{name: row[name] for name in spec["fields"]}}
        )

    def _note(self, *values: SensitiveValue) -> None:
        for value in values:
            self._found[value] = None

    def _compose(self, template: str, tokens: Mapping[str, _Token]) -> _Token:
        """Fill a template's placeholders without listing what they carry."""
        found: list[SensitiveValue] = []

        def fill(match: re.Match[str]) -> str:
            token = tokens[match.group(1)]
            found.extend(token.found)
            return token.text

        return _Token(_PLACEHOLDER.sub(fill, template), tuple(found))

    def _render(self, template: str, tokens: Mapping[str, _Token]) -> str:
        """Fill a template and list every personal value it now contains."""
        token = self._compose(template, tokens)
        self._note(*token.found)
        return token.text

    def _say(self, day: date) -> str:
        return f"{day.day} {self._data.phrases['months'][day.month - 1]}"

    # people

    def _fold(self, text: str) -> str:
        for char, plain in self._data.people["ascii_fold"].items():
            text = text.replace(char, plain)
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if not unicodedata.combining(c))

    def _pick_name(self, pool_key: str) -> tuple[str, str]:
        pool = self._data.people["name_pools"][pool_key]
        for _ in range(1000):
            first, last = (
                self._rng.choice(pool["first"]),
                self._rng.choice(pool["last"]),
            )
            if first not in self._taken and last not in self._taken:
                self._taken.update((first, last))
                return first, last
        raise ValueError(f"name pool {pool_key} is too small")

    def _email(self, first: str, last: str, domain: str) -> str:
        local = self._fold(f"{first}.{last}").lower()
        return f"{re.sub(r'[^a-z0-9.]', '', local)}@{domain}"

    def _phone(self, country: str, kind: str) -> _Phone:
        shapes = self._data.phones["shapes"][country][kind]
        while True:
            count = shapes["intl"].count("#")
            digits = [self._rng.choice("0123456789") for _ in range(count)]
            filled = {k: _fill(shape, digits) for k, shape in shapes.items()}
            if filled["intl"] not in self._taken:
                self._taken.add(filled["intl"])
                return _Phone(**filled)

    def _person(
        self, spec: Mapping[str, Any], domain: str, org: list[object], extra: Record
    ) -> _Person:
        """Invent a contact of `org` and emit its partner record."""
        first, last = self._pick_name(spec["names"])
        name, phone = f"{first} {last}", self._phone(*spec["phone"])
        person = _Person(
            name=name,
            first=first,
            email=self._email(first, last, domain),
            phone=phone,
            phone_country=spec["phone"][0],
            title=spec["title"],
            partner_id=self._take("res.partner"),
            display_name=f"{org[1]}, {name}",
        )
        self._note(
            SensitiveValue("PERSON", name),
            SensitiveValue("EMAIL_ADDRESS", person.email),
            SensitiveValue("PHONE_NUMBER", phone.intl),
        )
        self._partner(
            person.partner_id,
            {
                "name": name,
                "display_name": person.display_name,
                "is_company": False,
                "parent_id": org,
                "commercial_partner_id": org,
                "email": person.email,
                "phone": phone.intl,
                **extra,
            },
        )
        return person

    def _partner(self, partner_id: int, values: Record) -> None:
        self._emit("res.partner", partner_id, {"user_ids": [], **values})

    def _build_staff(self) -> dict[str, _Staff]:
        firm = self._data.people["firm"]
        company = self._ref("res.partner", "company")
        nowhere = {"street": False, "city": False, "zip": False, "country_id": False}
        staff: dict[str, _Staff] = {}
        for raw in firm["staff"]:
            user_id, employee_id = self._take("res.users"), self._take("hr.employee")
            person = self._person(
                {
                    "names": firm["names"],
                    "phone": firm["phone"],
                    "title": raw["job_title"],
                },
                firm["email_domain"],
                company,
                {
                    **nowhere,
                    "user_ids": [user_id],
                    "company_id": self._ref("res.company", "company"),
                },
            )
            member = staff[raw["role"]] = _Staff(
                person, user_id, employee_id, float(raw["hourly_cost"])
            )
            self._emit(
                "res.users",
                user_id,
                {
                    "login": person.email,
                    "name": person.name,
                    "partner_id": [person.partner_id, person.display_name],
                    "employee_ids": [employee_id],
                },
            )
            manager = staff.get(raw["manager"])
            self._emit(
                "hr.employee",
                employee_id,
                {
                    "name": person.name,
                    "user_id": [user_id, person.name],
                    "job_id": self._ref("hr.job", raw["job"]),
                    "job_title": raw["job_title"],
                    "parent_id": [manager.employee_id, manager.person.name]
                    if manager and manager is not member
                    else self._ref("hr.employee", raw["manager"]),
                    "hourly_cost": member.hourly_cost,
                    "work_email": person.email,
                },
            )
        return staff

    def _build_clients(self) -> dict[str, _Client]:
        clients: dict[str, _Client] = {}
        for raw in self._data.people["clients"]:
            name, domain = self._rng.choice(raw["companies"])
            street = self._rng.choice(raw["streets"])
            partner_id, phone = self._take("res.partner"), self._phone(*raw["phone"])
            org: list[object] = [partner_id, name]
            country = self._ref("res.country", raw["country"])
            address: Record = {
                "street": street,
                "city": raw["city"],
                "zip": raw["zip"],
                "country_id": country,
                "company_id": False,
            }
            email = f"info@{domain}"
            self._note(
                SensitiveValue("ORGANIZATION", name),
                SensitiveValue("EMAIL_ADDRESS", email),
                SensitiveValue("PHONE_NUMBER", phone.intl),
                SensitiveValue("LOCATION", street),
            )
            self._partner(
                partner_id,
                {
                    "name": name,
                    "display_name": name,
                    "is_company": True,
                    "parent_id": False,
                    "commercial_partner_id": org,
                    "email": email,
                    "phone": phone.intl,
                    **address,
                },
            )
            contacts = tuple(
                self._person(spec, domain, org, address) for spec in raw["contacts"]
            )
            clients[raw["key"]] = _Client(
                name,
                partner_id,
                street,
                f"{raw['zip']} {raw['city']}",
                str(country[1]),
                contacts,
            )
        return clients

    # placeholders

    def _shared_tokens(self) -> dict[str, _Token]:
        tokens = {"iban_be": self._iban_be(), "iban_de": self._iban_de()}
        for role, member in self._staff.items():
            tokens[f"{role}_first"] = _pii("PERSON", member.person.first)
            tokens[f"{role}_name"] = _pii("PERSON", member.person.name)
        return tokens

    def _iban_be(self) -> _Token:
        base = f"{self._rng.randint(100, 999)}{self._rng.randint(0, 9_999_999):07d}"
        national = int(base) % 97 or 97
        iban = _iban("BE", f"{base}{national:02d}")
        return _pii("IBAN_CODE", " ".join(iban[i : i + 4] for i in range(0, 16, 4)))

    def _iban_de(self) -> _Token:
        bank = self._rng.randint(10_000_000, 89_999_999)
        account = self._rng.randint(0, 9_999_999_999)
        return _pii("IBAN_CODE", _iban("DE", f"{bank}{account:010d}"))

    def _contact_tokens(
        self, prefix: str, person: _Person, client: _Client
    ) -> dict[str, _Token]:
        own = {
            "name": _pii("PERSON", person.name),
            "first": _pii("PERSON", person.first),
            "name_lower": _pii("PERSON", person.name.lower()),
            "name_ascii": _pii("PERSON", self._fold(person.name)),
            "email": _pii("EMAIL_ADDRESS", person.email),
            "phone": _pii("PHONE_NUMBER", person.phone.intl),
            "phone_national": _pii("PHONE_NUMBER", person.phone.national),
            "phone_alt": _pii("PHONE_NUMBER", person.phone.alt),
            "title": _Token(person.title),
        }
        own["signature"] = self._compose(
            self._data.phrases["signature"],
            {
                **own,
                "company": _pii("ORGANIZATION", client.name),
                "street": _pii("LOCATION", client.street),
                "zip_city": _pii("LOCATION", client.zip_city),
                "country": _Token(client.country),
                "label": _Token(self._data.phones["labels"][person.phone_country]),
            },
        )
        return {f"{prefix}_{key}": token for key, token in own.items()}

    def _plan(
        self,
        spec: _ProjectSpec,
        clients: Mapping[str, _Client],
        shared: Mapping[str, _Token],
    ) -> _Plan:
        client, pm = clients[spec.client], self._staff[spec.pm]
        tokens = {
            **shared,
            "client": _pii("ORGANIZATION", client.name),
            "pm_first": _pii("PERSON", pm.person.first),
            "pm_name": _pii("PERSON", pm.person.name),
        }
        for index, person in enumerate(client.contacts, start=1):
            tokens.update(self._contact_tokens(f"c{index}", person, client))
        for m in spec.milestones:
            tokens[f"milestone:{m.key}"] = _Token(m.name)
            tokens[f"milestone_date:{m.key}"] = _Token(self._say(self._day(m.deadline)))
        for t in spec.tasks:
            tokens[f"task:{t.key}"] = _Token(t.name)
            if t.deadline is not None:
                tokens[f"deadline:{t.key}"] = _Token(self._say(self._day(t.deadline)))
        return _Plan(
            spec=spec,
            project_id=self._take("project.project"),
            update_id=self._take("project.update"),
            client=client,
            pm=pm,
            milestone_ids={
                m.key: self._take("project.milestone") for m in spec.milestones
            },
            task_ids={t.key: self._take("project.task") for t in spec.tasks},
            ticket_ids=tuple(self._take("helpdesk.ticket") for _ in spec.tickets),
            tokens=tokens,
        )

    # timesheets

    def _workdays(self, start: int, last: int) -> list[date]:
        span = [self._day(-ago) for ago in range(start, last - 1, -1)]
        days = [day for day in span if day.weekday() < 5]
        if days:
            return days
        fallback = self._day(-last)
        while fallback.weekday() >= 5:
            fallback -= timedelta(days=1)
        return [fallback]

    def _free_day(
        self,
        days: list[date],
        role: str,
        hours: float,
        load: dict[tuple[str, date], float],
    ) -> date:
        for day in self._rng.sample(days, len(days)):
            if load.get((role, day), 0.0) + hours <= _DAY_CAPACITY:
                return day
        return min(days, key=lambda day: (load.get((role, day), 0.0), day))

    def _line_name(self, plan: _Plan) -> str:
        phrases = self._data.phrases
        if self._rng.random() < phrases["personal_timesheet_share"]:
            template = self._rng.choice(phrases["personal_timesheet_names"])
            return self._render(template, plan.tokens)
        return str(self._rng.choice(phrases["timesheet_names"]))

    def _timesheets(self, plans: Sequence[_Plan]) -> dict[int, list[_Line]]:
        """Log each task's share of hours on weekdays, ids in date order.

        Nobody books more than a working day; lines never fall after the
        task's last activity, so a stalled task has no recent hours.
        """
        load: dict[tuple[str, date], float] = {}
        drafts: list[_LineDraft] = []
        for plan in plans:
            for task in plan.spec.tasks:
                days = self._workdays(task.start, task.last)
                left = round(task.hours * task.used * 2) / 2
                while left > 0:
                    hours = min(self._rng.choice(_CHUNKS), left)
                    left -= hours
                    role = self._rng.choice(task.users)
                    day = self._free_day(days, role, hours, load)
                    load[(role, day)] = load.get((role, day), 0.0) + hours
                    drafts.append(
                        _LineDraft(
                            day,
                            len(drafts),
                            plan,
                            task,
                            role,
                            hours,
                            self._line_name(plan),
                        )
                    )
        by_task: dict[int, list[_Line]] = {}
        for draft in sorted(drafts):
            line_id = self._take("account.analytic.line")
            task_id = draft.plan.task_ids[draft.task.key]
            by_task.setdefault(task_id, []).append(_Line(line_id, draft))
            self._line(line_id, draft, task_id)
        return by_task

    def _line(self, line_id: int, draft: _LineDraft, task_id: int) -> None:
        member, plan, day = self._staff[draft.role], draft.plan, draft.day.isoformat()
        self._emit(
            "account.analytic.line",
            line_id,
            {
                "name": draft.name,
                "date": day,
                "date_time": f"{day} 00:00:00",
                "unit_amount": draft.hours,
                "amount": -draft.hours * member.hourly_cost,
                "employee_id": [member.employee_id, member.person.name],
                "user_id": [member.user_id, member.person.name],
                "project_id": [plan.project_id, plan.spec.name],
                "task_id": [task_id, draft.task.name],
                "partner_id": [plan.client.partner_id, plan.client.name],
                "create_date": f"{day} 17:30:00",
                "write_date": f"{day} 17:30:00",
            },
        )

    # projects and what hangs off them

    def _stamp(self, day: date, clock: str) -> str:
        return f"{day.isoformat()} {clock}"

    def _project(self, plan: _Plan, task_lines: Mapping[int, list[_Line]]) -> None:
        spec = plan.spec
        effective = {
            key: sum(line.draft.hours for line in task_lines.get(tid, []))
            for key, tid in plan.task_ids.items()
        }
        for task in spec.tasks:
            self._task(plan, task, task_lines.get(plan.task_ids[task.key], []))
        for milestone in spec.milestones:
            self._milestone(plan, milestone)
        self._tickets(plan)
        closed = sum(task.state in _CLOSED_STATES for task in spec.tasks)
        allocated = spec.buffer + sum(
            task.hours for task in spec.tasks if task.state != "1_canceled"
        )
        spent = sum(effective.values())
        update_day = self._day(-spec.update.days_ago)
        self._emit(
            "project.project",
            plan.project_id,
            {
                "name": spec.name,
                "description": self._render(spec.description, plan.tokens),
                "partner_id": [plan.client.partner_id, plan.client.name],
                "user_id": [plan.pm.user_id, plan.pm.person.name],
                "date_start": self._day(-spec.start).isoformat(),
                "date": self._day(spec.end).isoformat(),
                "last_update_status": spec.status,
                "last_update_id": [plan.update_id, spec.update.name],
                "allocated_hours": float(allocated),
                # Odoo 17 stores the project's hours rounded to an integer.
                "total_timesheet_time": round(spent),
                "remaining_hours": allocated - spent,
                "task_count": len(spec.tasks),
                "open_task_count": len(spec.tasks) - closed,
                "closed_task_count": closed,
                "milestone_ids": list(plan.milestone_ids.values()),
                "is_milestone_exceeded": any(
                    m.reached is None and m.deadline < 0 for m in spec.milestones
                ),
                "is_project_overtime": allocated - spent < 0,
                "create_date": self._stamp(self._day(-spec.start), "08:00:00"),
                "write_date": self._stamp(update_day, "16:30:00"),
            },
        )
        self._update(plan, update_day, len(spec.tasks), closed)

    def _task(self, plan: _Plan, task: _TaskSpec, lines: Sequence[_Line]) -> None:
        spent = sum(line.draft.hours for line in lines)
        worked = [line.draft.day for line in lines]
        created = min([self._day(-task.start), *worked])
        last = self._day(-task.last)
        if task.state in _CLOSED_STATES:
            stage = "done" if task.state == "1_done" else "canceled"
            moved = written = self._stamp(last, "17:30:00")
        else:
            stage = "progress" if spent else "new"
            moved = (
                self._stamp(min(worked), "09:00:00")
                if worked
                else (self._stamp(created, "08:30:00"))
            )
            written = self._stamp(last, "17:45:00")
        milestone = task.milestone
        allocated = float(task.hours)
        self._emit(
            "project.task",
            plan.task_ids[task.key],
            {
                "name": task.name,
                "description": self._render(task.description, plan.tokens)
                if task.description
                else False,
                "project_id": [plan.project_id, plan.spec.name],
                "stage_id": self._ref("project.task.type", stage),
                "state": task.state,
                "priority": task.priority,
                "date_deadline": self._stamp(self._day(task.deadline), "16:00:00")
                if task.deadline is not None
                else False,
                "date_end": written if task.state in _CLOSED_STATES else False,
                "date_assign": self._stamp(created, "08:45:00")
                if task.users
                else False,
                "date_last_stage_update": moved,
                "allocated_hours": allocated,
                "effective_hours": spent,
                "remaining_hours": allocated - spent,
                "total_hours_spent": spent,
                # Odoo 17: progress passes 100 and overtime grows when over budget.
                "progress": round(100.0 * spent / allocated, 2) if allocated else 0.0,
                "overtime": max(spent - allocated, 0.0) if allocated else 0.0,
                "user_ids": [self._staff[role].user_id for role in task.users],
                "partner_id": [plan.client.partner_id, plan.client.name],
                "milestone_id": [
                    plan.milestone_ids[milestone],
                    self._milestone_name(plan, milestone),
                ]
                if milestone
                else False,
                "depend_on_ids": [plan.task_ids[key] for key in task.depends],
                "timesheet_ids": [line.id for line in lines],
                "ticket_ids": [
                    ticket_id
                    for ticket_id, ticket in zip(
                        plan.ticket_ids, plan.spec.tickets, strict=True
                    )
                    if ticket.task == task.key
                ],
                "create_date": self._stamp(created, "08:30:00"),
                "write_date": written,
            },
        )

    def _milestone_name(self, plan: _Plan, key: str) -> str:
        return next(m.name for m in plan.spec.milestones if m.key == key)

    def _milestone(self, plan: _Plan, milestone: _MilestoneSpec) -> None:
        reached = milestone.reached
        self._emit(
            "project.milestone",
            plan.milestone_ids[milestone.key],
            {
                "name": milestone.name,
                "project_id": [plan.project_id, plan.spec.name],
                "deadline": self._day(milestone.deadline).isoformat(),
                "is_reached": reached is not None,
                "reached_date": self._day(-reached).isoformat()
                if reached is not None
                else False,
                "is_deadline_exceeded": reached is None and milestone.deadline < 0,
                "task_ids": [
                    plan.task_ids[t.key]
                    for t in plan.spec.tasks
                    if t.milestone == milestone.key
                ],
                "create_date": self._stamp(self._day(-plan.spec.start), "08:10:00"),
            },
        )

    def _milestone_item(self, milestone: _MilestoneSpec) -> str:
        phrases, due = self._data.phrases, self._day(milestone.deadline)
        tokens = {"name": _Token(milestone.name), "due": _Token(_us_date(due))}
        if milestone.reached is not None:
            reached = _us_date(self._day(-milestone.reached))
            return self._render(
                phrases["milestone_reached"], {**tokens, "reached": _Token(reached)}
            )
        late = milestone.deadline < 0
        template = phrases["milestone_late" if late else "milestone_open"]
        return self._render(template, tokens)

    def _update(self, plan: _Plan, day: date, tasks: int, closed: int) -> None:
        spec = plan.spec
        items = "".join(self._milestone_item(m) for m in spec.milestones)
        description = self._render(
            self._data.phrases["update"],
            {
                "summary": _Token(self._render(spec.update.summary, plan.tokens)),
                "milestones": _Token(items),
            },
        )
        self._emit(
            "project.update",
            plan.update_id,
            {
                "name": spec.update.name,
                "project_id": [plan.project_id, spec.name],
                "status": spec.status,
                "progress": spec.progress,
                "date": day.isoformat(),
                "user_id": [plan.pm.user_id, plan.pm.person.name],
                "description": description,
                "task_count": tasks,
                "closed_task_count": closed,
                "create_date": self._stamp(day, "16:30:00"),
            },
        )

    def _tickets(self, plan: _Plan) -> None:
        tasks = {t.key: t for t in plan.spec.tasks}
        for ticket_id, ticket in zip(plan.ticket_ids, plan.spec.tickets, strict=True):
            contact = plan.client.contacts[int(ticket.contact[1:]) - 1]
            flags = self._data.stage_flags[ticket.stage]
            created = self._stamp(self._day(-ticket.created), "10:15:00")
            changed = self._stamp(self._day(-ticket.changed), "11:00:00")
            moved = created if ticket.stage == "new" else changed
            member = self._staff[ticket.user]
            task = tasks.get(ticket.task or "")
            self._emit(
                "helpdesk.ticket",
                ticket_id,
                {
                    "number": f"HT{ticket_id:05d}",
                    "name": ticket.name,
                    "description": self._render(ticket.description, plan.tokens),
                    "stage_id": self._ref("helpdesk.ticket.stage", ticket.stage),
                    "closed": flags["closed"],
                    "priority": ticket.priority,
                    "user_id": [member.user_id, member.person.name],
                    "partner_id": [contact.partner_id, contact.display_name],
                    "partner_name": contact.name,
                    "partner_email": contact.email,
                    "commercial_partner_id": [plan.client.partner_id, plan.client.name],
                    "channel_id": self._ref("helpdesk.ticket.channel", ticket.channel),
                    "project_id": [plan.project_id, plan.spec.name],
                    "task_id": [plan.task_ids[task.key], task.name] if task else False,
                    "last_stage_update": moved,
                    "assigned_date": self._stamp(
                        self._day(-ticket.created), "10:30:00"
                    ),
                    "closed_date": moved if flags["closed"] else False,
                    "unattended": flags["unattended"],
                    "create_date": created,
                    "write_date": moved,
                },
            )

    # chatter

    def _messages(self, plans: Sequence[_Plan]) -> None:
        drafts: list[_MessageDraft] = []
        for plan in plans:
            last_on: dict[tuple[str, int], int] = {}
            tasks = {t.key: t for t in plan.spec.tasks}
            for spec in plan.spec.messages:
                model, res_id, name = "project.project", plan.project_id, plan.spec.name
                if spec.on != "project":
                    task = tasks[spec.on.removeprefix("task:")]
                    model, res_id, name = (
                        "project.task",
                        plan.task_ids[task.key],
                        task.name,
                    )
                seq = len(drafts)
                drafts.append(
                    _MessageDraft(
                        self._stamp(self._day(-spec.days_ago), spec.at),
                        seq,
                        model,
                        res_id,
                        name,
                        self._staff[spec.author],
                        spec.kind,
                        self._render(spec.body, plan.tokens),
                        last_on.get((model, res_id)) if spec.reply else None,
                    )
                )
                last_on[(model, res_id)] = seq
        ids: dict[int, int] = {}
        for draft in sorted(drafts):
            ids[draft.seq] = message_id = self._take("mail.message")
            person = draft.author.person
            parent = draft.parent_seq
            self._emit(
                "mail.message",
                message_id,
                {
                    "model": draft.model,
                    "res_id": draft.res_id,
                    "record_name": draft.record_name,
                    "date": draft.stamp,
                    "author_id": [person.partner_id, person.display_name],
                    "email_from": f'"{person.name}" <{person.email}>',
                    "subtype_id": self._ref("mail.message.subtype", draft.kind),
                    "body": draft.body,
                    "parent_id": [ids[parent], draft.record_name]
                    if parent is not None
                    else False,
                    "create_uid": [draft.author.user_id, person.name],
                },
            )


def _by_id(record: Record) -> int:
    value = record["id"]
    return value if isinstance(value, int) else 0


def _fill(shape: str, digits: Sequence[str]) -> str:
    """Put the digits, in order, where the shape has '#'."""
    stream = iter(digits)
    return "".join(next(stream) if char == "#" else char for char in shape)


def _iban(country: str, bban: str) -> str:
    """Prefix a BBAN with its country and ISO 13616 mod-97 check digits."""
    numeric = "".join(str(int(char, 36)) for char in f"{bban}{country}00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def _us_date(day: date) -> str:
    """Dates as Odoo's en_US project updates write them."""
    return f"{day.month:02d}/{day.day:02d}/{day.year}"

"""Date buckets of read_group: truncation, labels and ranges as Odoo 17 makes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["GRANULARITIES", "Period", "period_of", "zone"]

GRANULARITIES = ("hour", "day", "week", "month", "quarter", "year")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Period:
    """One bucket: its label and its ``from``/``to`` bounds as Odoo writes them."""

    start: datetime
    label: str
    range_from: str
    range_to: str


def zone(name: object) -> ZoneInfo | None:
    """The context's time zone, or None when absent or unknown (then UTC)."""
    if not isinstance(name, str) or not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def period_of(
    value: str, field_type: str, granularity: str, tz: ZoneInfo | None, lang: str
) -> Period:
    """The bucket holding a date or UTC datetime string.

    Datetimes are bucketed in the user's time zone and their bounds are given
    back in UTC. Weeks follow the language: en_US weeks start on Sunday and
    week 1 holds January 1st (Odoo 17 asks babel for ``'W'w YYYY``).
    """
    if field_type == "date":
        local = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
    else:
        moment = datetime.strptime(value[:19], _DATETIME_FORMAT).replace(tzinfo=UTC)
        local = (
            moment.astimezone(tz).replace(tzinfo=None)
            if tz
            else moment.replace(tzinfo=None)
        )
    start = _truncate(local, granularity, lang)
    end = _advance(start, granularity)
    label = _label(start, granularity, lang)
    if field_type == "date":
        return Period(start, label, start.date().isoformat(), end.date().isoformat())
    return Period(start, label, _utc_text(start, tz), _utc_text(end, tz))


def _utc_text(local: datetime, tz: ZoneInfo | None) -> str:
    if tz is None:
        return local.strftime(_DATETIME_FORMAT)
    aware = local.replace(tzinfo=tz).astimezone(UTC)
    return aware.strftime(_DATETIME_FORMAT)


def _week_rules(lang: str) -> tuple[int, int]:
    """(first weekday, minimal days of week 1) for the language."""
    return (6, 1) if lang in ("", "en_US") else (0, 4)


def _truncate(moment: datetime, granularity: str, lang: str) -> datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if granularity == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    if granularity == "day":
        return day
    if granularity == "week":
        first_weekday, _ = _week_rules(lang)
        return day - timedelta(days=(day.weekday() - first_weekday) % 7)
    if granularity == "month":
        return day.replace(day=1)
    if granularity == "quarter":
        return day.replace(day=1, month=3 * ((day.month - 1) // 3) + 1)
    if granularity == "year":
        return day.replace(day=1, month=1)
    raise ValueError(f"Invalid granularity {granularity!r}")


def _advance(start: datetime, granularity: str) -> datetime:
    if granularity == "hour":
        return start + timedelta(hours=1)
    if granularity == "day":
        return start + timedelta(days=1)
    if granularity == "week":
        return start + timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[granularity]
    index = start.month - 1 + months
    return start.replace(year=start.year + index // 12, month=index % 12 + 1)


def _label(start: datetime, granularity: str, lang: str) -> str:
    month = _MONTHS[start.month - 1]
    if granularity == "hour":
        hour = start.hour % 12 or 12
        return f"{hour:02d}:00 {start.day:02d} {month[:3]}"
    if granularity == "day":
        return f"{start.day:02d} {month[:3]} {start.year}"
    if granularity == "week":
        week, year = _week_number(start.date(), *_week_rules(lang))
        return f"W{week} {year}"
    if granularity == "month":
        return f"{month} {start.year}"
    if granularity == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def _week_number(day: date, first_weekday: int, min_days: int) -> tuple[int, int]:
    year = day.year
    if day >= _first_week_start(year + 1, first_weekday, min_days):
        year += 1
    elif day < _first_week_start(year, first_weekday, min_days):
        year -= 1
    start = _first_week_start(year, first_weekday, min_days)
    return (day - start).days // 7 + 1, year


def _first_week_start(year: int, first_weekday: int, min_days: int) -> date:
    january_first = date(year, 1, 1)
    start = january_first - timedelta(
        days=(january_first.weekday() - first_weekday) % 7
    )
    days_in_year = 7 - (january_first - start).days
    return start if days_in_year >= min_days else start + timedelta(days=7)

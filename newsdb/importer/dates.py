"""Indonesian dates and time zones.

The common shapes are read by precompiled patterns (fast: they run for every article); anything else
goes to python-dateutil with an Indonesian :class:`IndonesianParserInfo` (months, weekdays, WIB/WITA/WIT).

Rules (refuse to guess):

* A date without a year has no instant and no calendar date; only its text is kept.
* A date without a time of day is a calendar date, not an instant: :attr:`ParsedDate.instant` is None
  (``published_at`` stays None, ``published_date`` keeps the day). Midnight would be an invented time.
* A time without a zone has an instant only when the caller supplies ``default_offset``. For the
  Indonesian outlets the layout stage supplies WIB (+07:00): national outlets stamp pages in WIB.
* Day first: ``12/01/2022`` is 12 January; with the year in front (``2020/01/05``) it is year-month-day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

from dateutil import parser as du_parser

from newsdb.errors import DateParseError

__all__ = [
    "ParsedDate",
    "IndonesianParserInfo",
    "WIB",
    "ZONE_OFFSETS",
    "parse_date",
    "require_date",
    "find_dates",
]

WIB = timedelta(hours=7)
ZONE_OFFSETS: dict[str, timedelta] = {
    "WIB": timedelta(hours=7),
    "WITA": timedelta(hours=8),
    "WIT": timedelta(hours=9),
    "UTC": timedelta(0),
    "GMT": timedelta(0),
    "Z": timedelta(0),
}

_MONTHS: tuple[tuple[str, ...], ...] = (
    ("Januari", "Jan", "January"),
    ("Februari", "Feb", "Pebruari", "February", "Peb"),
    ("Maret", "Mar", "March"),
    ("April", "Apr"),
    ("Mei", "May"),
    ("Juni", "Jun", "June"),
    ("Juli", "Jul", "July"),
    ("Agustus", "Agu", "Agt", "Ags", "Agust", "Aug", "August"),
    ("September", "Sep", "Sept"),
    ("Oktober", "Okt", "Oct", "October"),
    ("November", "Nov", "Nop", "Nopember"),
    ("Desember", "Des", "Dec", "December"),
)
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Senin", "Sen", "Monday", "Mon"),
    ("Selasa", "Sel", "Tuesday", "Tue"),
    ("Rabu", "Rab", "Wednesday", "Wed"),
    ("Kamis", "Kam", "Thursday", "Thu"),
    ("Jumat", "Jum'at", "Jum", "Friday", "Fri"),
    ("Sabtu", "Sab", "Saturday", "Sat"),
    ("Minggu", "Min", "Ahad", "Sunday", "Sun"),
)
_MONTH_NUMBER = {name.casefold(): i for i, names in enumerate(_MONTHS, start=1) for name in names}


class IndonesianParserInfo(du_parser.parserinfo):
    """dateutil parserinfo for Indonesian: month and weekday names, WIB/WITA/WIT, day first."""

    JUMP = [*du_parser.parserinfo.JUMP, "pukul", "pkl", "jam", "tanggal", "tgl", "|", "(", ")"]
    MONTHS = [tuple(names) for names in _MONTHS]  # type: ignore[misc]  # dateutil's stubs say pairs
    WEEKDAYS = [tuple(names) for names in _WEEKDAYS]  # type: ignore[misc]
    TZOFFSET = {name: int(off.total_seconds()) for name, off in ZONE_OFFSETS.items()}  # noqa: RUF012

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_INFO = IndonesianParserInfo()


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date as written, and what it says. Missing parts stay None."""

    text: str
    year: int | None
    month: int
    day: int
    clock: time | None = None  # time of day, when written
    offset: timedelta | None = None  # UTC offset, when written (or supplied as a default)

    @property
    def precision(self) -> str:
        """``"second"``, ``"minute"``, ``"day"`` or ``"day-without-year"``."""
        if self.year is None:
            return "day-without-year"
        if self.clock is None:
            return "day"
        return "second" if self.clock.second else "minute"

    @property
    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None

    @property
    def instant(self) -> datetime | None:
        """Aware datetime in the original offset; None without year, time of day or zone."""
        if self.year is None or self.clock is None or self.offset is None:
            return None
        return datetime.combine(self.date, self.clock, tzinfo=timezone(self.offset))  # type: ignore[arg-type]

    def with_default_offset(self, offset: timedelta) -> ParsedDate:
        """The same date, with ``offset`` where the text gave no zone."""
        if self.offset is not None:
            return self
        return ParsedDate(self.text, self.year, self.month, self.day, self.clock, offset)


_MONTH_RE = "|".join(sorted({re.escape(n) for names in _MONTHS for n in names}, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted({re.escape(n) for names in _WEEKDAYS for n in names}, key=len, reverse=True))
_ZONE_RE = r"(?P<zone>WITA|WIB|WIT|UTC|GMT|Z|[+-]\d{2}:?\d{2})"
_CLOCK_RE = (
    r"(?:\s*[,|\-–]?\s*(?:pukul|pkl\.?|jam)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?:[:.](?P<second>\d{2}))?(?:\s*" + _ZONE_RE + r")?)?"
)
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY_RE})\.?\s*,?\s*)?"
_NAMED = re.compile(
    rf"{_WEEKDAY_PREFIX}(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_RE})\.?(?:\s*,?\s*(?P<year>\d{{4}}))?{_CLOCK_RE}",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    rf"{_WEEKDAY_PREFIX}\(?(?P<day>\d{{1,2}})[/.-](?P<month>\d{{1,2}})(?:[/.-](?P<year>\d{{4}}|\d{{2}}))?\)?"
    + _CLOCK_RE,
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(  # 2020/01/05: a year in front means year-month-day
    r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})" + _CLOCK_RE, re.IGNORECASE
)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
# ``12 Januari 2022`` or ``(12/1/2022)``; written to open with a character class ([digit or '('],
# then the branch chosen by what it was), so that the regex engine skips straight to candidates.
_MENTION = re.compile(
    rf"[\d(](?:(?<=\d)\d?\s+(?:{_MONTH_RE})(?:\s+\d{{4}})?|(?<=\()\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))(?!\w)"
)
_MENTION_WEEKDAY = re.compile(rf"(?<!\w)(?:{_WEEKDAY_RE})\s*,?\s*$")


def _zone(value: str | None) -> timedelta | None:
    if not value:
        return None
    upper = value.upper()
    if upper in ZONE_OFFSETS:
        return ZONE_OFFSETS[upper]
    digits = value.replace(":", "")
    sign = -1 if digits[0] == "-" else 1
    return sign * timedelta(hours=int(digits[1:3]), minutes=int(digits[3:5]))


def _from_match(text: str, m: re.Match[str], month: int) -> ParsedDate | None:
    year_text = m.group("year")
    year = int(year_text) if year_text else None
    if year is not None and len(year_text) == 2:
        year += 2000  # two-digit years occur in numeric dates (12/1/22): this century
    clock = None
    if m.group("hour") is not None:
        hour, minute, second = int(m.group("hour")), int(m.group("minute")), int(m.group("second") or 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        clock = time(hour, minute, second)
    day = int(m.group("day"))
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 Februari without a year is allowed
    except ValueError:
        return None
    return ParsedDate(text=text, year=year, month=month, day=day, clock=clock, offset=_zone(m.group("zone")))


_INVALID = ParsedDate(text="", year=None, month=1, day=1)  # a known shape with impossible values


def _fast(text: str) -> ParsedDate | None:
    """The common shapes; :data:`_INVALID` when the shape is known but the values are impossible."""
    if _ISO.fullmatch(text):
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            return _INVALID
        clock = value.time() if len(text) > 10 else None
        return ParsedDate(text, value.year, value.month, value.day, clock, value.utcoffset())
    m = _NAMED.fullmatch(text)
    if m is not None:
        return _from_match(text, m, _MONTH_NUMBER[m.group("month").casefold()]) or _INVALID
    m = _NUMERIC.fullmatch(text) or _YEAR_FIRST.fullmatch(text)
    if m is not None:
        month = int(m.group("month"))
        return (_from_match(text, m, month) if 1 <= month <= 12 else None) or _INVALID
    return None


_PROBE_A = datetime(1904, 1, 1, 0, 0, 0)
_PROBE_B = datetime(1908, 2, 2, 1, 1, 1)


def _with_dateutil(text: str) -> ParsedDate | None:
    """Fallback: dateutil with Indonesian names. Two parses with different defaults show what is missing."""
    try:
        a = du_parser.parse(text, parserinfo=_INFO, default=_PROBE_A)
        b = du_parser.parse(text, parserinfo=_INFO, default=_PROBE_B)
    except (ValueError, OverflowError, TypeError, du_parser.ParserError):
        return None
    if a.month != b.month or a.day != b.day:
        return None  # a month or day the text does not give: not a date we can use
    year = a.year if a.year == b.year else None
    has_time = a.hour == b.hour
    minute = a.minute if a.minute == b.minute else 0
    clock = time(a.hour, minute, a.second if a.second == b.second else 0) if has_time else None
    offset = a.utcoffset()
    return ParsedDate(text=text, year=year, month=a.month, day=a.day, clock=clock, offset=offset)


@lru_cache(maxsize=4096)
def parse_date(text: str | None) -> ParsedDate | None:
    """Read an Indonesian (or ISO) date; None when ``text`` is not a date newsdb understands.

    >>> parse_date("12 Januari 2022, 22:40 WIB").instant.isoformat()
    '2022-01-12T22:40:00+07:00'
    >>> parse_date("Selasa, 18 Februari").instant is None
    True
    """
    if not text:
        return None
    cleaned = " ".join(text.split()).strip(" ,.;")
    if not cleaned or len(cleaned) > 80 or not any(ch.isdigit() for ch in cleaned):
        return None
    found = _fast(cleaned)
    if found is None:
        found = _with_dateutil(cleaned)
    if found is None or found is _INVALID:
        return None
    return replace(found, text=text.strip())


def require_date(text: str) -> ParsedDate:
    """Like :func:`parse_date`, but raises :class:`DateParseError` when the text is not a date."""
    found = parse_date(text)
    if found is None:
        raise DateParseError(f"not a date newsdb understands: {text!r}")
    return found


def find_dates(text: str) -> tuple[str, ...]:
    """Date expressions written in running text (``Selasa, 18 Februari``, ``Rabu (12/1/2022)``), in order.

    A numeric date in parentheses counts only after a weekday (``(8/10)`` alone may be a score).
    """
    if not text:
        return ()
    found = []
    for m in _MENTION.finditer(text):
        start = m.start()
        if start and text[start - 1].isalnum():
            continue
        before = _MENTION_WEEKDAY.search(text, max(0, start - 12), start)
        if before is not None:
            start = before.start()
        elif m.group(0).startswith("("):
            continue
        found.append(text[start : m.end()])
    return tuple(found)

"""Indonesian dates: a table of strings → what newsdb reads from them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsdb.errors import DateParseError
from newsdb.importer.dates import WIB, find_dates, parse_date, require_date

# text, ISO instant (None: no instant), calendar date (None: none), precision
DATES = [
    ("12 Januari 2022, 22:40 WIB", "2022-01-12T22:40:00+07:00", "2022-01-12", "minute"),
    ("Rabu, 12 Januari 2022 22:40 WIB", "2022-01-12T22:40:00+07:00", "2022-01-12", "minute"),
    ("Rabu (12/1/2022)", None, "2022-01-12", "day"),
    ("12/01/2022 22:40", None, "2022-01-12", "minute"),
    ("12/01/2022 22:40 WITA", "2022-01-12T22:40:00+08:00", "2022-01-12", "minute"),
    ("05/03/2020", None, "2020-03-05", "day"),
    ("1/2/22", None, "2022-02-01", "day"),
    ("2019-09-10", None, "2019-09-10", "day"),
    ("2025-08-28T11:23", None, "2025-08-28", "minute"),
    ("2022-01-12T22:40:00+07:00", "2022-01-12T22:40:00+07:00", "2022-01-12", "minute"),
    ("2022-01-12T15:40:00Z", "2022-01-12T15:40:00+00:00", "2022-01-12", "minute"),
    ("2022-01-12 22:40:05+0900", "2022-01-12T22:40:05+09:00", "2022-01-12", "second"),
    ("Selasa, 18 Februari", None, None, "day-without-year"),
    ("18 Februari", None, None, "day-without-year"),
    ("Kamis (10/10)", None, None, "day-without-year"),
    ("29 Februari", None, None, "day-without-year"),
    ("10 Sep 2019 08:35", None, "2019-09-10", "minute"),
    ("17 Agu 2023", None, "2023-08-17", "day"),
    ("17 Agustus 1945", None, "1945-08-17", "day"),
    ("Kamis, 17 Agt 2023 pukul 09.30 WIT", "2023-08-17T09:30:00+09:00", "2023-08-17", "minute"),
    ("3 Okt 2019", None, "2019-10-03", "day"),
    ("25 Des 2019 | 23:59 WIB", "2019-12-25T23:59:00+07:00", "2019-12-25", "minute"),
    ("Senin, 2 September 2019 | 10:15 WITA", "2019-09-02T10:15:00+08:00", "2019-09-02", "minute"),
    ("Jumat, 20 Des 2019 14:00 GMT", "2019-12-20T14:00:00+00:00", "2019-12-20", "minute"),
    ("Jum'at, 6 Maret 2020", None, "2020-03-06", "day"),
    ("Minggu 15 September 2019", None, "2019-09-15", "day"),
    ("1 Mei 2020 07.00 WIB", "2020-05-01T07:00:00+07:00", "2020-05-01", "minute"),
    ("9 Juni 2021, 13:05:59 WIB", "2021-06-09T13:05:59+07:00", "2021-06-09", "second"),
    ("30 Nopember 2018", None, "2018-11-30", "day"),
    ("8 Pebruari 2017", None, "2017-02-08", "day"),
    ("21 Juli 2020 10:00 +07:00", "2020-07-21T10:00:00+07:00", "2020-07-21", "minute"),
    ("Sabtu, 4 April 2020 - 06:30 WIB", "2020-04-04T06:30:00+07:00", "2020-04-04", "minute"),
    ("  12 Januari 2022,  22:40 WIB ", "2022-01-12T22:40:00+07:00", "2022-01-12", "minute"),
    ("tanggal 5 Oktober 2019 jam 20:00 WIB", "2019-10-05T20:00:00+07:00", "2019-10-05", "minute"),
    ("January 5, 2020", None, "2020-01-05", "day"),
    ("2020/01/05", None, "2020-01-05", "day"),
    ("2020/1/5 10:00 WIB", "2020-01-05T10:00:00+07:00", "2020-01-05", "minute"),
    ("07-01-2020", None, "2020-01-07", "day"),
    ("7.1.2020", None, "2020-01-07", "day"),
    ("Kamis (10/10/19)", None, "2019-10-10", "day"),
    ("5th January 2020", None, "2020-01-05", "day"),  # dateutil fallback
    ("Rabu, 12/01/2022 22:40 WIB", "2022-01-12T22:40:00+07:00", "2022-01-12", "minute"),
]

NOT_DATES = [
    "",
    "   ",
    "kemarin",
    "Rusia",
    "31 Februari 2022",
    "12/13/2022",
    "25:61 WIB 1 Jan 2020",
    "x" * 200,
]


@pytest.mark.parametrize(("text", "instant", "day", "precision"), DATES, ids=[d[0] for d in DATES])
def test_parse_date(text: str, instant: str | None, day: str | None, precision: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert (found.instant.isoformat() if found.instant else None) == instant
    assert (found.date.isoformat() if found.date else None) == day
    assert found.precision == precision
    assert found.text == text.strip()


def test_table_is_large_enough() -> None:
    assert len(DATES) >= 30


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_date(text) is None
    with pytest.raises(DateParseError):
        require_date(text)


def test_no_year_is_never_invented() -> None:
    found = parse_date("Selasa, 18 Februari")
    assert found is not None and found.year is None
    assert found.with_default_offset(WIB).instant is None
    assert (found.month, found.day) == (2, 18)


def test_default_offset_only_where_no_zone_is_written() -> None:
    local = parse_date("12/01/2022 22:40")
    assert local is not None and local.instant is None
    assert local.with_default_offset(WIB).instant.isoformat() == "2022-01-12T22:40:00+07:00"
    wita = parse_date("12/01/2022 22:40 WITA")
    assert wita is not None
    assert wita.with_default_offset(WIB).offset == timedelta(hours=8)


def test_date_only_has_no_instant_even_with_a_zone_default() -> None:
    found = parse_date("2019-09-10")
    assert found is not None
    assert found.with_default_offset(WIB).instant is None
    assert found.date == date(2019, 9, 10)


def test_find_dates_in_running_text() -> None:
    text = (
        "kata Zakharova kepada Reuters dilansir Selasa, 18 Februari. Pertemuan pada Rabu (12/1/2022) "
        "dan 5 Mei 2020; skor (8/10) bukan tanggal, 15 Mei juga tanggal."
    )
    assert find_dates(text) == ("Selasa, 18 Februari", "Rabu (12/1/2022)", "5 Mei 2020", "15 Mei")
    assert find_dates("") == ()

"""Dates in page text: find one, read it, and tell a date line from a sentence.

>>> find_date("22 Feb 2023")
'2023-02-22'
>>> find_date("Posted: February 22, 2023 at 10:42 am ET")
'2023-02-22'
>>> is_date_line("Updated 12:42pm, March 22, 2017"), is_date_line("On March 22, 2017 he left.")
(True, False)
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import tomllib
from importlib import resources

import regex

from ._typing import RegexMatch, RegexPattern

# every date form we read has a four-digit year: a cheap gate before the big pattern
_YEAR = re.compile(r"(?:19|20)\d\d")


@functools.cache
def _months() -> dict[str, int]:
    path = resources.files("newsclean") / "rules" / "words" / "months.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    months: dict[str, int] = {}
    for table in data.values():
        for name, number in table.items():
            months.setdefault(name.casefold(), int(number))
    return months


@functools.cache
def _patterns() -> tuple[RegexPattern, RegexPattern]:
    names = sorted(_months(), key=len, reverse=True)
    month = "(?P<month>" + "|".join(regex.escape(n) for n in names) + r")\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
    year = r"(?P<year>(?:19|20)\d\d)"
    forms = [
        rf"\b{year}-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?![\d])",
        rf"\b{year}\s*[年년./]\s*(?P<m>[01]?\d)\s*[月월./]\s*(?P<d>[0-3]?\d)\s*[日일]?",
        rf"\b{day}\s+(?:de\s+)?{month},?\s+(?:de\s+)?{year}\b",
        # an ordinal day with a comma after it ("13th, Jan 2008")
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th),\s+{month},?\s+{year}\b",
        # "14.mar.2024" (a Brazilian paper's form): day, month and year joined by stops
        rf"\b(?P<day>[0-3]?\d)\.{month}\s?{year}\b",
        rf"\b{month}\s+{day},?\s+{year}\b",
        # day and month in figures, either order ("29/03/2017", "03/29/2017", "12-30-2007":
        # see _parse), the two separators alike
        rf"\b(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[0-3]?\d)(?P=sep){year}\b",
    ]
    any_date = regex.compile("|".join(f"(?:{f})" for f in forms), regex.I)
    rest = regex.compile(
        r"""(?:\b(?:updated|update|published|posted|last\s+updated|last\s+modified|modified|
        created|date|dated|on|at|am|pm|a\.m\.|p\.m\.|et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|
        bst|cet|cest|ist|aest|aedt|jst|kst|msk|wib|hrs|h|uhr|le|el|em|am|um|mis\s+à\s+jour|
        publié|actualizado|publicado|atualizado|aktualisiert|veröffentlicht|diperbarui|
        обновлено|опубликовано|às|pukul|в|há|hora|horas|minuto|minutos|hace|jam|menit|lalu|
        назад|час|часа|часов|минут|минуты|입력|기사입력|수정|최종수정|등록|승인|업데이트|오전|오후|
        发布时间|发布|更新时间|更新|时间|更新日時|公開日時|公開日|配信日時|配信|掲載日|投稿日|
        monday|tuesday|wednesday|thursday|friday|saturday|sunday|
        mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lunes|martes|miércoles|jueves|viernes|
        sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|
        mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda-feira|terça-feira|quarta-feira|
        quinta-feira|sexta-feira|senin|selasa|rabu|kamis|jumat|sabtu|minggu|first|
        originally|time|hour|hours|minute|minutes|ago|min|mins|read|reading|correction|
        clarification|года|г|terbit|diterbitkan|dipublikasikan|diunggah|postado|postada)\b
        |\bT(?=\d)|(?<=\d)Z\b|[+-]\d\d:?\d\d\b|\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*(?:am|pm)\b|[年년月월日일時시分분]|午前|午後|上午|下午|[\p{P}\p{S}\d\s])""",
        regex.I | regex.X,
    )
    return any_date, rest


def _parse(match: RegexMatch) -> str | None:
    groups = match.groupdict()
    year = groups.get("year")
    month_name = groups.get("month")
    month = _months().get(month_name.casefold().rstrip(".")) if month_name else None
    day_text = groups.get("day") or groups.get("d")
    if month is None and groups.get("m"):
        month = int(groups["m"])
        if month > 12 and groups.get("sep") and day_text and int(day_text) <= 12:
            # "03/29/2017": no month 29, so the month came first (the American order); a
            # date that reads either way ("03/04/2017") is read day first
            month, day_text = int(day_text), groups["m"]
    if not (year and month and day_text):
        return None
    try:
        return _dt.date(int(year), month, int(day_text.rstrip("."))).isoformat()
    except ValueError:
        return None


#: a date printed right after a label in a script without spaces ("입력2024.03.14.",
#: "发布时间2024-03-12"): a space is put between them before the date is looked for
_GLUED = regex.compile(r"(?<=[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}])(?=(?:19|20)\d\d)")


#: a time or a day printed right after a year with no space ("February 18, 20255:00 AM ET",
#: "12 Apr 202512 Apr 2025": a page's visible and machine-readable dates in adjacent
#: elements, joined by the text dump)
#: (the year is matched, not looked behind for: the engine then scans for a digit, three
#: times faster on a long line)
_GLUED_AFTER_YEAR = regex.compile(
    r"\b((?:19|20)\d\d)(?=[0-2]?\d:\d\d|[0-3]?\d\s+\p{L}{3,9}\.?,?\s+(?:19|20)\d\d\b)")


#: a label glued to the time or date after it ("Updated12:19, 24 OCT 2017")
_GLUED_LABEL = regex.compile(r"(?<=\b(?i:updated|published|posted|modified))(?=\d)")


def _unglue(text: str) -> str:
    text = _GLUED_LABEL.sub(" ", _GLUED_AFTER_YEAR.sub(r"\1 ", text))
    return text if text.isascii() else _GLUED.sub(" ", text)


def find_date(text: str) -> str | None:
    """The first readable date in ``text`` as ``YYYY-MM-DD``, or None."""
    if len(text) > 400 or _YEAR.search(text) is None:
        return None
    # no timeout: the text is short and the patterns linear (tests/test_rules.py), and a
    # wall-clock limit would make the answer depend on how busy the machine is
    any_date, _ = _patterns()
    for match in any_date.finditer(_unglue(text)):
        value = _parse(match)
        if value:
            return value
    return None


#: what may follow the date on a "date and source" line: a source's name, not a sentence
_SOURCE_AFTER_DATE = 16


def is_dated_source_line(text: str) -> bool:
    """A line that starts with a date and ends with a source's name and no more
    ("2024年03月12日 08:30 新京报", "12.03.2024 10:30 Reuters"), or the other way round
    ("Kompas.com - 14/03/2024, 10:30 WIB"): a portal's date line.

    >>> is_dated_source_line("2024年03月12日 08:30 新京报"), is_dated_source_line("March 3, 2024 was cold.")
    (True, False)
    >>> is_dated_source_line("Kompas.com - 14/03/2024, 10:30 WIB")
    True
    """
    if len(text) > 120 or _YEAR.search(text) is None:
        return False
    any_date, rest = _patterns()
    match = any_date.match(text)
    if match is None:
        # the source first, then a separator and the date ("Kompas.com - 14/03/2024, 10:30 WIB")
        before = _SOURCE_BEFORE_DATE.match(text)
        if before is None or not 0 < len(before.group(1)) <= _SOURCE_AFTER_DATE:
            return False
        return is_date_line(text[before.end():])
    if _parse(match) is None:
        return False
    left = rest.sub(" ", text[match.end():]).strip(" ：:/|-–—·•")
    return (0 < len(left) <= _SOURCE_AFTER_DATE and not any(c.isdigit() for c in left)
            and not left[0].islower() and text.rstrip()[-1:] not in ".!?。！？")


#: a source's name and a separator before a date ("Kompas.com - ")
_SOURCE_BEFORE_DATE = regex.compile(r"^([\p{Lu}\p{Lo}][^\d|:]*?)\s+[-–—|·•]\s+")


#: a Japanese portal's date line with no year: month/day, the weekday in brackets, a time
#: ("3/14(木) 10:30配信", "3月14日(木) 10時30分")
_YEARLESS_JA = regex.compile(
    r"^\s*(?:(?:最終更新|更新|配信|公開)\s*[:：]?\s*)?\d{1,2}(?:/|月)\d{1,2}日?\s*[(（][月火水木金土日][)）]\s*"
    r"(?:\d{1,2}[:：時]\d{2}分?)?\s*(?:配信|更新|掲載|公開)?\s*$")


def is_date_line(text: str) -> bool:
    """True when the line is a date (with time, weekday, 'Updated' and the like) and no more.

    >>> is_date_line("3/14(木) 10:30配信"), is_date_line("3/14に配信")
    (True, False)
    """
    if len(text) > 120:
        return False
    if _YEAR.search(text) is None:
        # asked of non-ASCII lines only: most lines have no year, and this is their one cost
        return not text.isascii() and _YEARLESS_JA.match(text) is not None
    text = _unglue(text)
    any_date, rest = _patterns()
    match = any_date.search(text)
    if match is None or _parse(match) is None:
        return False
    # every date goes, not only the first ("12 Apr 2025 12 Apr 2025", "March 3 - March 5, 2024")
    return len(rest.sub("", any_date.sub(" ", text)).strip()) == 0

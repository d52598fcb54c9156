"""Date expressions in a sentence, resolved against the publication date.

Precision follows the contract: `day`, `month` (stored as the first of the month) or `year` (the
first of January). Relative expressions follow the coding guide: "on Monday" is the latest such day on
or before publication; "last week", "overnight" and "earlier this month" are month precision.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, replace

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
               "december"]
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_M = rf"(?P<month>{MONTH_WORDS})\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:1[89]|20)\d\d)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("span", re.compile(rf"\bfrom\s+(?P<day>[0-3]?\d)\s+(?:to|until|-|–)\s+[0-3]?\d\s+{_M}(?:,?\s+{_Y})?\b", re.I)),
    ("span", re.compile(rf"\bfrom\s+{_M}\s+(?P<day>[0-3]?\d)\s+(?:to|until|-|–)\s+[0-3]?\d(?:,?\s+{_Y})?\b", re.I)),
    ("mdy", re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b", re.I)),
    ("dmy", re.compile(rf"\b{_D}(?:\s+of)?\s+{_M},?\s+{_Y}\b", re.I)),
    ("my", re.compile(rf"\b{_M},?\s+(?:of\s+)?{_Y}\b", re.I)),
    ("year_end", re.compile(rf"\b(?:the\s+)?(?P<edge>end|close|start|beginning) of\s+{_Y}\b", re.I)),
    ("md_rel", re.compile(rf"\b{_M}\s+{_D},?\s+(?P<rel>last|this)\s+year\b", re.I)),
    ("dm_rel", re.compile(rf"\b{_D}(?:\s+of)?\s+{_M},?\s+(?P<rel>last|this)\s+year\b", re.I)),
    ("md", re.compile(rf"\b{_M}\s+{_D}\b(?!\s*(?:,\s*)?(?:1[89]|20)\d\d)", re.I)),
    ("dm", re.compile(rf"\b{_D}(?:\s+of)?\s+{_M}\b(?!,?\s+(?:1[89]|20)\d\d)", re.I)),
    ("m_rel", re.compile(rf"\b{_M}\s+(?P<rel>last|this|next)\s+year\b", re.I)),
    ("m_last", re.compile(rf"\b(?:last|this past)\s+{_M}\b(?!\s+(?:1[89]|20)\d\d)", re.I)),
    ("m", re.compile(r"\b(?:(?:in|since|during|early|late|mid|until|by|of)\s+(?:mid-)?|mid-)"
                     r"(?P<month>january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)\b"
                     r"(?!\s+(?:1[89]|20)\d\d)", re.I)),
    ("weekday", re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("rel", re.compile(r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|overnight|last week|last weekend|over the weekend|at the weekend|earlier this week|"
                       r"this week|earlier this month|this month|last month|earlier this year|this year|"
                       r"last year|previous year|a year ago)\b", re.I)),
    ("year", re.compile(r"(?<![\d$£€.,-])(?<!\bthe )(?<!\b[Aa] )(?P<year>(?:19|20)\d\d)(?![\d%-]|\s*(?:km|kilomet|per|people|troops|soldiers|tonnes|tons|million|billion))")),
]
FUTURE_RE = re.compile(r"\b(?:next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                       r"tomorrow|later this (?:week|month|year)|coming (?:days|weeks|months))\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets within the sentence text
    end: int
    date: dt.date
    precision: str  # day | month | year
    explicit: bool  # the text itself names the date (not only a weekday or "last week")
    since: bool = False  # "since 2021": when a state of affairs began, not when an act took place
    offset: bool = False  # "a day after": the date of the act told after it
    year_guessed: bool = False  # "on July 19": the year is not written but taken as the latest such day


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _infer_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    try:
        candidate = dt.date(published.year, month, day)
    except ValueError:
        return None
    if candidate > published + dt.timedelta(days=7):
        candidate = candidate.replace(year=published.year - 1)
    return candidate


def _resolve(kind: str, m: re.Match[str], published: dt.date | None) -> tuple[dt.date, str, bool] | None:
    g = m.groupdict()
    month = MONTHS.get((g.get("month") or "").lower().rstrip("."))
    try:
        if kind == "span" and g.get("year"):  # "a state visit from 4 to 6 August 2025": its first day
            return dt.date(int(g["year"]), month, int(g["day"])), "day", True
        if kind in ("mdy", "dmy"):
            return dt.date(int(g["year"]), month, int(g["day"])), "day", True
        if kind == "my":
            return dt.date(int(g["year"]), month, 1), "month", True
        if kind == "year_end":  # "at the end of 2019": December; "the start of 2020": January
            return dt.date(int(g["year"]), 12 if g["edge"].lower() in ("end", "close") else 1, 1), "month", True
        if kind == "year":
            return dt.date(int(g["year"]), 1, 1), "year", True
    except (ValueError, TypeError):
        return None
    if published is None:
        return None
    if kind in ("md", "dm"):
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        d = _infer_year(month, day, published)
        return (d, "day", True) if d else None
    if kind == "span":
        year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, int(g["day"])), "day", True
    if kind in ("md_rel", "dm_rel"):  # "on November 28 last year"
        try:
            return dt.date(published.year - (g["rel"].lower() == "last"), month, int(g["day"])), "day", True
        except ValueError:
            return None
    if kind == "m_rel":
        year = published.year + {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
        return dt.date(year, month, 1), "month", True
    if kind == "m_last":  # "last October": the latest October before this month
        return dt.date(published.year if month < published.month else published.year - 1, month, 1), "month", True
    if kind == "m":
        year = published.year if month <= published.month else published.year - 1
        return dt.date(year, month, 1), "month", True
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS[g["weekday"].lower()]) % 7
        return published - dt.timedelta(days=back), "day", False
    rel = g["rel"].lower()
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return published, "day", False
    if rel == "yesterday":
        return published - dt.timedelta(days=1), "day", False
    if rel in ("overnight", "this week", "earlier this week", "this month", "earlier this month"):
        return _month_start(published), "month", False
    if rel in ("over the weekend", "at the weekend"):  # the weekend just before publication
        return _month_start(published - dt.timedelta(days=(published.weekday() - 5) % 7)), "month", False
    if rel in ("last week", "last weekend"):
        return _month_start(published - dt.timedelta(days=7)), "month", False
    if rel == "last month":
        return _month_start(_month_start(published) - dt.timedelta(days=1)), "month", False
    if rel in ("this year", "earlier this year"):
        return dt.date(published.year, 1, 1), "year", False
    if rel in ("last year", "previous year", "a year ago"):
        return dt.date(published.year - 1, 1, 1), "year", False
    return None


# every date expression holds a digit, a month, a weekday or one of these words: most sentences hold none, and
# a pattern is only tried on a sentence that holds what it needs
MAYBE_DATE_RE = re.compile(rf"(?P<digit>\d+)|\b(?:(?P<month>{MONTH_WORDS})|"
                           r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                           r"(?P<rel>yesterday|today|tonight|morning|afternoon|evening|overnight|week|weekend|month|year|ago))\b")  # on lower-case text: faster
NEEDS = {"span": "month", "mdy": "month", "dmy": "month", "my": "month", "md": "month", "dm": "month", "md_rel": "month", "dm_rel": "month", "m_rel": "month", "m_last": "month", "m": "month",
         "year_end": "digit", "weekday": "weekday", "rel": "rel", "year": "digit"}


def find_dates(sentence: str, published: dt.date | None) -> list[DateMention]:
    """Non-overlapping date expressions, the more specific pattern winning."""
    present = {m.lastgroup for m in MAYBE_DATE_RE.finditer(sentence.lower())}
    if not present:
        return []
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, regex in PATTERNS:
        if NEEDS[kind] not in present:
            continue
        for m in regex.finditer(sentence):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if NAMED_RE.match(sentence, m.end()) or NAMED_BY_DATE_RE.search(sentence, 0, m.start()) \
                    or kind == "year" and NAMED_BY_YEAR_RE.search(sentence, 0, m.start()):
                taken.append((m.start(), m.end()))
                continue  # "the March 23 Movement (M23)", "resolution 2254 (2015)", "the treaty of 1997": names, no dates
            if UNTIL_RE.search(sentence, 0, m.start()):
                taken.append((m.start(), m.end()))
                continue  # "renewed the embargo until May 2027": where a period ends, no act's date
            if kind in ("year", "year_end") and (FOR_RE.search(sentence, 0, m.start()) or published is not None
                                   and BY_RE.search(sentence, 0, m.start()) and int(m.group("year")) > published.year):
                taken.append((m.start(), m.end()))
                continue  # "pledged EUR 2.5 billion for 2026 and 2027", "to double trade by 2030": a period or a goal
            resolved = _resolve(kind, m, published)
            if resolved is None:
                continue
            if kind in ("md", "dm") and published is not None and resolved[0] < published \
                    and AHEAD_RE.search(sentence, max(0, m.start() - 50), m.start()) \
                    and (ahead := resolved[0].replace(year=resolved[0].year + 1)) <= published + dt.timedelta(days=120):
                resolved = (ahead, *resolved[1:])  # "ahead of the election on September 28": the coming one
            taken.append((m.start(), m.end()))
            since = SINCE_RE.search(sentence, 0, m.start()) is not None or m.group(0).lower().startswith("since")
            found.append(DateMention(m.start(), m.end(), *resolved, since=since and not WHEN_RE.match(sentence, m.end()),
                                     year_guessed=kind in ("md", "dm", "m", "span") and not m.groupdict().get("year")))
    return sorted(found, key=lambda d: d.start)


AHEAD_RE = re.compile(r"\b(?:ahead of|upcoming|scheduled for|due on|set for)\b", re.I)
FOR_RE = re.compile(r"\bfor\s+(?:the\s+)?(?:years?\s+)?(?:\d{4}\s*(?:and|to|-|–)\s*)?$", re.I)
NAMED_RE = re.compile(r"\s+(?:Movement|Alliance|Front|Brigade|Coalition|Group|Party)\b")
NAMED_BY_DATE_RE = re.compile(r"\d\s*\($")
NAMED_BY_YEAR_RE = re.compile(r"\b(?!(?:half|quarter|semester|winter|summer|spring|autumn|fall|middle|rest|part|course|"
                              r"days?|weeks?|months?|years?)\b)[a-z]+\s+of\s+$", re.I)  # "the agreement on border traffic of 2009"
UNTIL_RE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+end\s+of\s+)?$", re.I)
BY_RE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
SINCE_RE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the end of|the start of)[\s-]+)?$", re.I)
SAME_DAY_RE = re.compile(r"\b(?:the same|that) (?:day|morning|afternoon|evening|night)\b", re.I)  # the day told before
ANCHOR_CUES = ("following", "next", "later", "that year", "that month", "same year", "same month")  # a quick test
WHEN_RE = re.compile(r",?\s+when\b", re.I)  # "since August 2021, when Algeria cut ties": the act's date
ANCHORED_RE = re.compile(r"\b(?:the (?:following|next) (?P<next>day|week|month|year)|"
                         r"(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                         r"(?P<later>days?|weeks?|months?|years?) later|"
                         rf"(?:in |on )?(?P<month>{MONTH_WORDS})(?: (?P<mday>\d{{1,2}}))? (?:of )?that year|"
                         r"(?:later |earlier )?(?:that|the same) (?P<same>month|year))\b", re.I)


NAMED_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # a year inside a name ("the 1974 Agreement")
THAT_MONTH_RE = re.compile(rf"\bthat (?P<month>{'|'.join(m.capitalize() for m in MONTH_NAMES)})\b")  # "signed an
# arrangement that November": of the year told before; case-sensitive, as "that may" is no month
DAY_BEFORE_RE = re.compile(r"^(?:(?P<before>the (?:day|evening|night) before|the previous (?:day|evening)|a day earlier)|"
                           r"a day later|the (?:next|following) day)(?:,|(?= (?-i:[A-Z])))", re.I)  # opening a sentence, told
# from the last day; with no comma, a name follows ("A day earlier Lazarenko held talks")
YEARS_AGO_RE = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty) (?P<unit>decades?|years?) "
                          r"(?:after|ago)\b", re.I)
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20}
RECENT = 31  # days: a day told last that far back may anchor "a day after" in a later sentence
OFFSET_RE = re.compile(rf"\b(?P<n>{'|'.join(NUMBERS)}|\d{{1,2}}) (?P<unit>day|days|week|weeks) "
                       r"(?P<way>after|before|earlier)\b", re.I)


def _add_offsets(sentence: str, found: list[DateMention], last_day: DateMention | None,
                 lead_day: DateMention | None) -> None:
    """Adds the days told as an offset from a day named before them: "summoned the envoy on Wednesday, a day
    after vessels fired water cannon" (Tuesday), "two days earlier"; or from the day told last, when the sentence
    names none before it; or from the lead's day when the story's act "came" then ("The handover came a day after
    an Israeli drone strike")."""
    for m in OFFSET_RE.finditer(sentence):
        before = [d for d in found if d.end <= m.start() and d.precision == "day"]
        if before:
            base = before[-1]
        elif m.start() < 2 or any(d.end <= m.start() for d in found):
            base = None  # "Two days earlier, ..." opens the sentence; "in May, a day after" has no day to count from
        elif lead_day is not None and sentence[:m.start()].rstrip().lower().endswith(("came", "comes")):
            base = lead_day
        else:
            base = last_day
        if base is None or any(m.start() < d.end and d.start < m.end() for d in found):
            continue
        n = m.group("n").lower()
        days = (int(n) if n.isdigit() else NUMBERS[n]) * (7 if m.group("unit").lower().startswith("week") else 1)
        date = base.date + dt.timedelta(days=days if m.group("way").lower() == "before" else -days)  # "A, a day after
        # B": B is the day before A
        found.append(DateMention(m.start(), m.end(), date, "day", base.explicit, offset=True))
    found.sort(key=lambda d: d.start)


def _add_anchored(sentence: str, found: list[DateMention], anchor: DateMention | None) -> DateMention | None:
    """Adds to `found` the dates told from the one before ("the following month", "a year later") and
    returns the last explicit date, the anchor for the next sentence."""
    low = sentence.lower()
    told = any(cue in low for cue in ANCHOR_CUES)
    for m in ANCHORED_RE.finditer(sentence) if told else ():
        before = [d for d in found if d.explicit and d.end <= m.start()]
        base = before[-1] if before else anchor
        named = [y for y in NAMED_YEAR_RE.finditer(sentence, 0, m.start())
                 if not any(d.start <= y.start() < d.end for d in found)] if m.group("month") else []
        if named and not (before and before[-1].end > named[-1].start()):
            base = DateMention(0, 0, dt.date(int(named[-1].group()), 1, 1), "year", True)  # "the 1974 Agreement ...,
            # signed in May of that year": the year the name gives
        if base is None:
            continue
        if m.group("month"):  # "in May that year", "on March 23 of that year" replace the latest May, March 23
            found[:] = [d for d in found if not (m.start() < d.end and d.start < m.end())]
            month, day = MONTHS[m.group("month").lower()], int(m.group("mday") or 1)
            with contextlib.suppress(ValueError):  # "February 30 of that year"
                found.append(DateMention(m.start(), m.end(), dt.date(base.date.year, month, day),
                                         "day" if m.group("mday") else "month", True))
            continue
        if any(m.start() < d.end and d.start < m.end() for d in found):
            continue
        if m.group("same"):  # "later that year", "the same month"
            year = m.group("same").lower() == "year" or base.precision == "year"
            date, precision = (dt.date(base.date.year, 1, 1), "year") if year else (_month_start(base.date), "month")
            found.append(DateMention(m.start(), m.end(), date, precision, True))
            continue
        unit = (m.group("next") or m.group("later")).lower().rstrip("s")
        n = NUMBERS[m.group("count").lower()] if m.group("count") else 1  # "two months later"
        if n > 1 and unit in ("day", "week"):
            continue  # "Two weeks later, on July 19": the day is told
        if unit == "year":
            date, precision = dt.date(base.date.year + n, 1, 1), "year"
        elif unit == "month" or base.precision != "day":
            months = base.date.year * 12 + base.date.month - 1 + (n if unit == "month" else 0)
            date = dt.date(months // 12, months % 12 + 1, 1)
            precision = "month" if base.precision != "year" else "year"
        else:
            later = base.date + dt.timedelta(days=n * (1 if unit == "day" else 7))
            date, precision = (later, "day") if unit == "day" else (_month_start(later), "month")
        found.append(DateMention(m.start(), m.end(), date, precision, True))
    for m in THAT_MONTH_RE.finditer(sentence) if "that " in sentence else ():
        before = [d for d in found if d.explicit and d.end <= m.start()]
        base = before[-1] if before else anchor
        if base is not None and not any(m.start() < d.end and d.start < m.end() for d in found):
            found.append(DateMention(m.start(), m.end(), dt.date(base.date.year, MONTHS[m.group("month").lower()], 1),
                                     "month", True))
    found.sort(key=lambda d: d.start)
    return next((d for d in reversed(found) if d.explicit), anchor)


def _add_days_told(sentence: str, found: list[DateMention], day: DateMention | None) -> None:
    """Adds the days told from the last day named (in this sentence, else `day`): "that day", "the same
    morning", and "The day before," or "A day later," opening a sentence."""
    told = [(m, 0) for m in SAME_DAY_RE.finditer(sentence)] if " same " in sentence or " that " in sentence else []
    told += [(m, -1 if m.group("before") else 1) for m in DAY_BEFORE_RE.finditer(sentence)]
    for m, shift in told:
        base = ([d for d in found if d.precision == "day" and d.end <= m.start()] or [day])[-1]
        if base is not None and not any(m.start() < d.end and d.start < m.end() for d in found):
            found.append(DateMention(m.start(), m.end(), base.date + dt.timedelta(days=shift), "day", base.explicit))


def _keep_told_year(found: list[DateMention], told: dt.date) -> None:
    """A history told in order stays in its year: "In July 2019, Marines detained the Grace 1. Two weeks later, on
    July 19, the Guards seized the Stena Impero. Gibraltar released the ship in August" are all 2019, and so is "Then
    came 2019. In May, ..."."""
    for k, d in enumerate(found):
        if d.year_guessed and d.date.year > told.year:
            with contextlib.suppress(ValueError):
                moved = d.date.replace(year=told.year)
                if moved >= _month_start(told):
                    found[k] = replace(d, date=moved, year_guessed=False)


def find_article_dates(sentences: list[str], published: dt.date | None,
                       paragraphs: list[int] | None = None) -> list[list[DateMention]]:
    """The dates of each sentence, with those told from the last date before them ("the following month")."""
    dates, anchor, day, lead_day = [], None, None, None
    told: tuple[int, DateMention] | None = None  # (sentence, date) of the last date written with its year
    for n, sentence in enumerate(sentences):
        found = find_dates(sentence, published)
        if told is not None and told[0] >= n - 1 \
                and (paragraphs is None or paragraphs[told[0]] == paragraphs[n]):
            _keep_told_year(found, told[1].date)
        told = next(((n, d) for d in reversed(found) if d.explicit and not d.since and not d.year_guessed), told)
        last = max((d for d in found if d.explicit and not d.since), key=lambda d: d.start, default=None)
        if last is not None and last.year_guessed and told is not None and told[0] == n and last.start > told[1].start:
            told = (n, last)  # "Talks in 2021 and 2022 stalled, and talks this spring were cut short in June. On June
            # 22, ...": this year's June
        if " after" in sentence or " before" in sentence or " earlier" in sentence:
            recent = day if day is not None and published is not None and (published - day.date).days <= RECENT else None
            _add_offsets(sentence, found, recent, lead_day)
        anchor = _add_anchored(sentence, found, anchor)
        _add_days_told(sentence, found, day)
        for m in YEARS_AGO_RE.finditer(sentence) if published and (" ago" in sentence or " after" in sentence) else ():
            if not any(d.end > m.start() for d in found):  # but "in 2015, two years after": 2015
                n = NUMBERS[m.group("n").lower()] * (10 if m.group("unit").lower().startswith("decade") else 1)
                found.append(DateMention(m.start(), m.end(), dt.date(published.year - n, 1, 1), "year", True))
        found.sort(key=lambda d: d.start)
        day = next((d for d in reversed(found) if d.precision == "day" and (published is None or d.date <= published)), day)
        if n == 0 and published is not None:  # the lead's act's day: not the dateline's, nor one ahead ("due to end
            lead = [d for d in found if d.precision == "day" and 0 <= (published - d.date).days <= RECENT]  # on Dec. 31")
            lead_day = next((d for d in lead if d.date < published), lead[0] if lead else None)
        dates.append(found)
    return dates


def mentions_future(sentence: str) -> bool:
    return bool(FUTURE_RE.search(sentence))


_PLACE_AND_DAY = r"[A-Z][A-Za-z .'-]{1,40},\s+[^\n]{0,20}\d[^\n]{0,10}"  # "Panama City, March 9, 2026" on a line of its own
DATE_LINE_RE = re.compile(rf"^{_PLACE_AND_DAY}(?=\n|$)")  # opening the body
SIGN_OFF_RE = re.compile(rf"(?<=\n\n){_PLACE_AND_DAY}(?=\n\n|\n?$)")  # closing a release: "Niamey, 11 September 2025"


def filed_date(dateline: str, published: dt.date | None) -> dt.date | None:
    """The day the story was filed, as its dateline tells it ("DOHA, June 11 (QNA) -", or "Panama City, March 9,
    2026" on a line of its own), when it is within a week before publication: "today" and "on Tuesday" are told
    from that day."""
    if published is None:
        return None
    day = next((d.date for d in find_dates(dateline, published) if d.precision == "day" and d.explicit), None)
    return day if day is not None and 0 < (published - day).days <= 7 else None

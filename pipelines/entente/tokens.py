"""Sentences and tokens with character offsets into the article body."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN_RE = re.compile(r"[’']s\b|[A-Z][’'][A-Z]\w+|\w+(?:[.]\w)*|[^\w\s]", re.UNICODE)  # "O'Brien" is one word

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "gov", "sen", "rep", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "h.e", "hon", "amb"]
)
LIST_ITEM_RE = re.compile(r"[:;] +[-•*] +(?=\S)")  # "the following were signed: - a Memorandum ...; - a Protocol"
QUOTE_MARKS = frozenset(['"', "“", "”"])
HEADING_RE = re.compile(r"[^a-z]*[A-Z]{3}[^a-z]*$")  # a line in capitals: "GEORGIA: TEAR GAS ON RUSTAVELI AVENUE"
SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


@dataclass(slots=True, eq=False)  # not frozen: a frozen dataclass is three times slower to make
class Token:
    text: str
    start: int
    end: int
    lower: str  # the text in lower case, computed once: the coder compares it many times per token
    is_cap: bool  # begins with a capital letter


def tokenize(text: str, offset: int = 0) -> list[Token]:
    toks = [Token(w, m.start() + offset, m.end() + offset, w.lower(), w[:1].isupper())
            for m in TOKEN_RE.finditer(text) for w in (m.group(),)]
    for i, tok in enumerate(toks if "'" in text or "’" in text else ()):
        if tok.text in ("'", "’") and 0 < i < len(toks) - 1 and toks[i - 1].end == tok.start < toks[i + 1].start - 1 \
                and toks[i - 1].lower.endswith("s") and toks[i - 1].text.isalpha() and toks[i + 1].text.isalpha() \
                and not any(t.text in ("'", "‘") and (j == 0 or toks[j - 1].end < t.start) for j, t in enumerate(toks[:i])):
            tok.lower = tok.text + "s"  # "the Syrian authorities' release": a possessive, as "Syria's" is
    return toks


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `body`; paragraphs and the items of a list ("signed: - a Memorandum
    ...; - a Protocol ...") always end a sentence."""
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", body):
        start = para.start()
        text = para.group()
        cut = 0
        ends = sorted([m.end() for m in SENTENCE_END_RE.finditer(text)
                       if not (text[m.start()] == "." and _is_abbreviation(text, m.start()))]
                      + [m.start() + 1 for m in LIST_ITEM_RE.finditer(text)])
        for end in ends:
            spans.append(_strip(body, start + cut, start + end))
            cut = end
        if text[cut:].strip():
            spans.append(_strip(body, start + cut, para.end()))
    return [s for s in spans if s[1] > s[0]]


def _is_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[:dot])
    if not word:
        return False
    w = word.group(1).lower()
    return w in ABBREVIATIONS or (len(w) == 1 and w.isalpha() and text[dot - 1].isupper())


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


def is_past(tok: Token) -> bool:
    """A past tense or participle: "-ed", or a common irregular form."""
    return tok.lower.endswith("ed") and not tok.lower.endswith(NOT_PAST_ENDINGS) and tok.lower not in NOT_PAST \
        or tok.lower in IRREGULAR_PAST


NOT_PAST = frozenset({"hundred", "need", "red", "feed", "proceed", "succeed", "shed", "naked", "exceed", "bed", "sacred",
                      "kindred", "indeed"})  # "-ed" words that are no past form
NOT_PAST_ENDINGS = ("seed", "speed")  # "canola seed", "rapeseed", "airspeed"


IRREGULAR_PAST = frozenset({"met", "held", "sent", "spoke", "took", "withdrew", "struck", "began", "sunk", "sank", "shot",
                            "caught", "kept", "lost", "brought", "built", "stolen", "thrown", "sought", "fought", "came",
                            "went", "broke", "froze", "led", "laid", "shut", "put", "hit", "cut", "cast", "spread", "won",
                            "gave", "made", "told", "stood", "drove"})

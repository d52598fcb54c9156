"""Agreements named in a sentence: quoted or capitalised names ("Declaration on India-Russia Strategic
Partnership"), and unnamed ones ("a protocol", "three MoUs on ...") that an event makes real."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from entente.codebook import Codebook
from entente.dates import MONTHS, WEEKDAYS
from entente.tokens import Token

QUOTE_RE = re.compile(r"[\"“]([^\"”]{4,160})[\"”]")
VAGUE_KINDS = frozenset({"arrangement", "framework", "compact", "charter"})  # agreements only when signed
CONNECTORS = frozenset(["of", "on", "and", "for", "the", "between", "to", "in"])
TOPIC_STOPS = frozenset(["with", "between", "during", "that", "which", "to", "on", "in", "at", "was", "were", "is", "are",
                         "has", "have", "by", "will", "would", "after", "before", "while", "as"])
COMPLEMENTS = frozenset(["of", "on", "for", "between", "in", "to"])  # "Treaty of Peace and Friendship"
LEADING = frozenset(["in", "on", "at", "under", "with", "the", "a", "an", "by", "for", "of", "and", "to", "between",
                     "when", "while", "after", "before", "since", "as", "if", "although", "though", "once", "until"])
FIELDS = frozenset(["field", "fields", "area", "areas", "sphere", "spheres", "domain", "domains"])
MEETING_WORDS = frozenset(["meeting", "summit", "session", "conference", "dialogue", "commission"])


@dataclass
class AgreementMention:
    sentence: int
    start: int  # body offsets
    end: int
    tok_start: int
    tok_end: int
    name: str  # as written
    named: bool  # a proper name, not "a protocol"
    agreement_type: str
    topic: str | None = None
    partners: list[str] = field(default_factory=list)  # surface text after "with"/"between"


KEY_STOP = frozenset(["the", "of", "on", "and", "a", "an", "between", "for", "to", "in", "with"])


def agreement_key(codebook: Codebook, name: str) -> str:
    """What makes two names one agreement, within and across articles: the set of content words, with
    states and bodies by their canonical names ("EU" = "European Union") and abbreviations spelled out
    ("FTA" = "free trade agreement")."""
    tokens = re.findall(r"[A-Za-z0-9']+", name)
    words: set[str] = set()
    i = 0
    while i < len(tokens):
        for n in range(min(codebook.gazetteer_max, len(tokens) - i), 0, -1):
            entry = codebook.gazetteer.get(tuple(tokens[i:i + n]))
            if entry is not None and entry.actor_type in ("country", "igo"):
                words.update(entry.name.lower().split())
                i += n
                break
        else:
            word = tokens[i].lower()
            words.update(codebook.agreement_abbreviations.get(word, word).split())
            i += 1
    return " ".join(sorted(w for w in words if w not in KEY_STOP))


MOU_FORMS = frozenset(["MoU", "MoUs", "MOU", "MOUs"])


def _is_head(codebook: Codebook, tok: Token) -> bool:
    """Does the word name a kind of agreement ("treaty", "memorandum", "MoU")?"""
    return tok.lower in codebook.agreement_heads or tok.text in MOU_FORMS


def _exchange_of(toks: list[Token], i: int) -> bool:
    return [x.lower for x in toks[max(0, i - 2):i]] == ["exchange", "of"]


def agreement_type(codebook: Codebook, name: str) -> str:
    words = {t.lower().strip(".,") for t in re.split(r"[\s\-]+", name)} | {name.lower()}
    for rule_words, kind in codebook.agreement_rules:
        if rule_words <= words:
            return kind
    return "other"


def _is_generic(codebook: Codebook, tokens: list[Token]) -> bool:
    words = [t.lower for t in tokens if t.text.isalnum()]
    return all(w in codebook.agreement_generic for w in words)


def find_agreements(codebook: Codebook, body: str, sent_index: int, toks: list[Token],
                    sent_start: int, sent_end: int) -> list[AgreementMention]:
    found: list[AgreementMention] = []
    if not any(_is_head(codebook, t) for t in toks):
        return found  # every agreement is named by a head word: most sentences have none
    text = body[sent_start:sent_end]

    def tok_index(offset: int) -> int:
        return next((k for k, t in enumerate(toks) if t.start >= offset), len(toks))

    for m in QUOTE_RE.finditer(text):
        inner = m.group(1).strip()
        written = re.findall(r"[\w-]+", inner)
        words = {w.lower() for w in written}
        titled = sum(w[0].isupper() for w in written) * 2 >= len(written)  # a name, not a quoted sentence
        if words & codebook.agreement_heads and titled and len(written) <= 12:
            start, end = sent_start + m.start(1), sent_start + m.end(1)
            found.append(AgreementMention(sent_index, start, end, tok_index(start), tok_index(end), inner, True,
                                          agreement_type(codebook, inner)))

    i = 0
    while i < len(toks):
        if any(a.tok_start <= i < a.tok_end for a in found):
            i += 1
            continue
        t = toks[i]
        if t.is_cap and t.text[0].isalpha() and t.lower not in ("the", "a", "an"):
            j = i
            while j < len(toks) and (toks[j].is_cap or toks[j].text[:1].isdigit() or toks[j].text == "-"
                                     or (toks[j].lower in CONNECTORS and j + 1 < len(toks) and toks[j + 1].is_cap
                                         and toks[j + 1].lower not in MONTHS and toks[j + 1].lower not in WEEKDAYS)
                                     # a name ends before a date: "... Partnership in September 2016"
                                     or (toks[j].lower in CONNECTORS and j + 2 < len(toks)
                                         and toks[j + 1].lower in ("the", "a", "an") and toks[j + 2].is_cap)
                                     # "Joint Statement on the Establishment of a Strategic Partnership"
                                     or (toks[j].lower in ("a", "an") and j > i and toks[j - 1].lower == "of"
                                         and j + 1 < len(toks) and toks[j + 1].is_cap)):
                j += 1
            span = toks[i:j]
            placed = next((k for k in range(1, len(span) - 1) if span[k].lower in ("in", "at")
                           and _places(codebook, span[k + 1:])), None)
            if placed is not None:
                span = span[:placed]  # "a Comprehensive Economic Partnership Agreement in Muscat"
            while span and span[-1].lower in CONNECTORS | {"-"}:
                span.pop()
            while span and span[0].lower in LEADING:  # "In the Joint Statement"
                span.pop(0)
                i += 1
            heads = [k for k, s in enumerate(span) if s.lower in codebook.agreement_heads and s.is_cap
                     and (s.lower != "notes" or _exchange_of(span, k))]
            article = next((k for k in range(heads[0] - 1, 0, -1) if span[k].lower in ("a", "an")
                            and span[k - 1].lower == "of"), None) if heads else None
            if article is not None:  # "the signing by Mbuyi and Rukundo of a Protocol on ...": the names sign it
                i += article + 1
                span = span[article + 1:]
                heads = [k - article - 1 for k in heads]
            if heads and heads[0] >= 2 and span[heads[0] - 2].text in codebook.body_heads \
                    and span[heads[0] - 1].lower in ("on", "for", "of"):
                heads = []  # "the Joint Standing Committee on Treaties" is a body
            if heads and not (heads[-1] + 1 < len(span) and span[heads[-1] + 1].lower in COMPLEMENTS):
                span = span[:heads[-1] + 1]  # "the Special Partnership Council" is not an agreement's name
            if heads:
                name = body[span[0].start:span[-1].end]
                generic = _is_generic(codebook, span)
                end = i + len(span)
                if generic and end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")":
                    name = toks[end + 1].text  # "Memoranda of Understanding (MoUs)": named as news abbreviates
                topics = _topics(body, toks, end, plural=_plural(span[heads[-1]].lower)) if generic else []
                for topic in topics or [None]:  # "two Memoranda of Understanding (MoUs) on X and on Y"
                    found.append(AgreementMention(sent_index, span[0].start, span[-1].end, i, i + len(span),
                                                  name, not generic, agreement_type(codebook, name), topic=topic))
                i += len(span)
                continue
            i = max(j, i + 1)
            continue
        if _is_head(codebook, t) and i > 0 \
                and toks[i - 1].text == "(" and found and found[-1].tok_end == i - 1:
            i += 1  # "Memoranda of Understanding (MoUs)": the same agreements, abbreviated
            continue
        if t.lower == "letter" and [x.lower for x in toks[i + 1:i + 3]] != ["of", "intent"]:
            i += 1  # a letter is an agreement only as a letter of intent
            continue
        if t.lower == "notes" and not _exchange_of(toks, i):
            i += 1  # notes are an agreement only as an exchange of notes
            continue
        if _is_head(codebook, t):
            joint = t.lower == "statement" and i > 0 and toks[i - 1].lower == "joint"  # "signed a joint statement"
            on = t.lower == "arrangement" and i + 2 < len(toks) and toks[i + 1].lower in ("on", "for") \
                and toks[i + 2].lower not in MONTHS and toks[i + 2].lower not in WEEKDAYS  # not "on Monday"
            if t.lower in VAGUE_KINDS | {"statement", "partnership"} \
                    and not (joint or on or _signed_object(codebook, toks, i)):
                i += 1  # "a statement issued by the ministry", "a framework for talks"; but "signed a framework"
                continue
            j = i + 1
            if j + 1 < len(toks) and toks[j].lower == "of" and toks[j + 1].lower in ("understanding", "intent"):
                j += 2  # "memorandum of understanding", "letter of intent"
            k = i
            if t.lower == "notes":
                k = i - 2  # "an exchange of notes"
            while k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].lower not in ("the", "a", "an") \
                    and toks[k - 1].lower in codebook.agreement_modifiers:
                k -= 1
            if t.lower in VAGUE_KINDS and _signed_object(codebook, toks, i):
                while k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() \
                        and toks[k - 1].lower not in SIGNING | JUDGEMENTS | {"a", "an", "the"}:
                    k -= 1  # "signed a new policing support arrangement": the policing support arrangement
            run = k
            while run > 0 and (toks[run - 1].text == "-" or toks[run - 1].is_cap and toks[run - 1].text.isalpha()):
                run -= 1
            if run < k and toks[run].text != "-" and (any(t.text == "-" for t in toks[run:k]) or _places(codebook, toks[run:k])):
                k = run  # "the India-UAE agreement", "the Doha ceasefire agreement": the states or the place name it
            name = body[toks[k].start:toks[j - 1].end]
            topics = _topics(body, toks, j, plural=_plural(t.lower))
            if not topics and k > 0 and toks[k - 1].lower in ("without", "no") \
                    and not any(_is_head(codebook, x) for x in toks[j:j + 6]):
                i = j  # "ended without agreement on a list of exemptions": no agreement is named
                continue
            for topic in topics or [None]:
                found.append(AgreementMention(sent_index, toks[k].start, toks[j - 1].end, k, j, name, False,
                                              agreement_type(codebook, name), topic=topic))
            i = j
            continue
        i += 1
    for a in found:
        a.partners = _partners(toks, a.tok_end)
    return found


SIGNING = frozenset(["sign", "signs", "signed", "signing", "ink", "inks", "inked", "concluded", "initialled", "initialed"])
JUDGEMENTS = frozenset(["new", "landmark", "historic", "first", "long-awaited", "major"])


def _signed_object(codebook: Codebook, toks: list[Token], head: int) -> bool:
    """Is the head word the object of a signing ("signed a framework", "signed a new policing support arrangement";
    not "signed a framework agreement", whose head comes after)?"""
    if head + 1 < len(toks) and _is_head(codebook, toks[head + 1]):
        return False
    for k in range(head - 1, max(-1, head - 6), -1):
        if toks[k].lower in SIGNING:
            return True
        if not (toks[k].text.isalpha() and toks[k].text.islower()):
            return False
    return False


def _places(codebook: Codebook, toks: list[Token]) -> bool:
    """Are the words one state or capital the gazetteer knows ("Muscat", "New Zealand")?"""
    entry = codebook.gazetteer.get(tuple(t.text for t in toks))
    return entry is not None and entry.actor_type == "country" and entry.form in ("name", "alias", "capital")


def _plural(head: str) -> bool:
    return head.endswith("s") and head != "notes" or head in ("memoranda",)


def _topics(body: str, toks: list[Token], j: int, plural: bool) -> list[str]:
    """ "MoUs on health, rail and space" -> [health, rail, space]; "Memoranda of Understanding (MoUs) on X and
    on Y" -> [X, Y]; a single topic for a singular head ("a memorandum on search and rescue")."""
    if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
        j += 3  # "Memoranda of Understanding (MoUs) on ..."
    if j + 1 < len(toks) and toks[j].text in (",", "-", "–", "—", ":") and toks[j + 1].lower == "on":
        j += 1  # "a second MoU, on cooperation in digital payments, was inked", "three MoUs - on X, on Y and on Z"
    if j + 3 < len(toks) and toks[j].lower == "in" and toks[j + 1].lower == "the" and toks[j + 2].lower in FIELDS \
            and toks[j + 3].lower == "of":
        j += 3  # "an MoU in the field of digital payments"; "in Kabul", "in talks" name no topic
    if plural and j + 2 < len(toks) and toks[j].lower == "on" and toks[j + 1].lower in WEEKDAYS \
            and toks[j + 2].lower in ("covering", "spanning"):
        j += 2  # "signed four MoUs on Wednesday covering water, health, agriculture and training"
    if j + 1 >= len(toks) or toks[j].lower not in ("on", "for", "of", "covering", "spanning") \
            or (toks[j].lower == "of" and toks[j - 1].lower not in FIELDS):
        return []
    first = toks[j + 1]
    if first.lower in MONTHS or first.lower in WEEKDAYS or first.text[:1].isdigit() or first.lower in ("a", "an"):
        return []  # "signed an agreement on Wednesday"
    separated = any(toks[x].lower == "on" and toks[x - 1].lower in ("and", ",") for x in range(j + 2, min(len(toks), j + 30)))
    k = j + 1
    words: list[str] = []
    items: list[str] = []
    while k < len(toks) and len(items) < 6:
        w = toks[k]
        if separated and (w.text == "," or w.lower == "and") and (k + 1 >= len(toks) or toks[k + 1].lower not in ("on", "and")):
            if w.text == "," or toks[k + 1].lower in ("the", "a", "an"):
                break  # "on health and on rail, and the minister said": the list has ended
            words.append(w.text)  # "on health and safety and on rail"
            k += 1
            continue
        if w.text == "," and any(t.lower in ("said", "says", "told", "added") for t in toks[k + 1:k + 6]):
            break  # "an agreement on the protection of investments, officials from both countries said"
        if w.text == "," and not plural and (k + 1 >= len(toks) or toks[k + 1].is_cap
                                              or toks[k + 1].lower in ("the", "a", "an", "which", "who", "while")):
            break  # "a deal on the filling of the dam, Egypt's ministry said"; but "on debt, food and trade"
        if w.text in (",", ";") or w.lower == "and":
            if words:
                items.append(" ".join(words))
                words = []
            if w.text == ";":
                break
            k += 2 if k + 1 < len(toks) and toks[k + 1].lower == "on" else 1  # "on X and on Y"
            if k < len(toks) and toks[k].lower in ("the", "a", "an"):
                break  # "MoUs on health, and the minister announced ...": the list has ended
            continue
        if w.lower == "in" and words and k + 1 < len(toks) and (toks[k + 1].text.islower() or separated and toks[k + 1].is_cap) \
                and toks[k + 1].text.isalpha() and toks[k + 1].lower not in ("the", "a", "an", "which", "that"):
            words.append(w.text)  # "cooperation in critical minerals", not "health in Delhi" or "in the presence"; in a
            # list of topics each led by "on", "on cooperation in Digital Public Infrastructure, on ..."
            k += 1
            continue
        if not w.text.isalnum() or w.lower in TOPIC_STOPS or (w.lower.endswith("ed") and len(w.text) > 4):
            break
        words.append(w.text)
        k += 1
        if len(words) > 5:
            break
    if words:
        items.append(" ".join(words))
    items = [x for x in items if x]
    return items if plural or not items else [" and ".join(items)]


def _partners(toks: list[Token], j: int) -> list[str]:
    if j < len(toks) and toks[j].lower in ("with", "between"):
        out = []
        k = j + 1
        while k < len(toks) and toks[k].text not in (",", ";", ".") and k < j + 12:
            out.append(toks[k].text)
            k += 1
        return out
    return []


def meeting_name(body: str, toks: list[Token]) -> str | None:
    """A named meeting in the sentence ("the 23rd Working Group Meeting of the ... Commission on ...")."""
    for i, t in enumerate(toks):
        if t.is_cap and t.lower in MEETING_WORDS and i > 0 and toks[i - 1].is_cap:
            start = i
            while start > 0 and (toks[start - 1].is_cap or toks[start - 1].text[:1].isdigit()):
                start -= 1
            end = i + 1
            while end < len(toks) and (toks[end].is_cap or toks[end].text == "-"
                                       or (toks[end].lower in CONNECTORS and end + 1 < len(toks)
                                           and (toks[end + 1].is_cap or toks[end + 1].lower == "the"))):
                end += 1
            while end > i + 1 and (toks[end - 1].lower in CONNECTORS or toks[end - 1].text == "-"):
                end -= 1
            return body[toks[start].start:toks[end - 1].end]
    return None

"""Code one article: sentences, actors, dates, events and agreements, each with its evidence span.

`code_article` is pure: the same article and codebook give the same result on every machine. Its
output still names actors by their article-local entity; `resolve.py` gives them global IDs.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from entente.agreements import VAGUE_KINDS, AgreementMention, agreement_key, find_agreements, meeting_name
from entente.codebook import YEAR, ActReferred, Codebook
from entente.dates import (
    DATE_LINE_RE,
    MONTHS,
    SIGN_OFF_RE,
    WEEKDAYS,
    DateMention,
    filed_date,
    find_article_dates,
    mentions_future,
)
from entente.events import (
    DASHES,
    MEDIATING,
    MODALS,
    RECIPROCALS,
    REPORT_BOUNDARY,
    SPEAKING,
    agreement_reacted_to,
    assign_arguments,
    charge_before,
    cited_span,
    clause_start,
    describing_participle,
    find_triggers,
    happened,
    quote_spans,
    reduced_relative,
    relative_clauses,
    reporters_question,
    signed_then,
)
from entente.ingest import Article
from entente.mentions import (
    PAIR,
    PREPOSITIONS,
    Entity,
    Mention,
    Place,
    find_actors,
    most_named_state,
    state_body_name,
)
from entente.nlp import person_spans
from entente.tokens import QUOTE_MARKS, Token, is_past, split_sentences, tokenize

RECENT_DAYS = 31
SINGULAR = {"memoranda": "memorandum", "memorandums": "memorandum", "mous": "mou"}  # agreement heads
THREAT_WORDS = frozenset(["countermeasures", "retaliation", "consequences", "response", "measures", "action", "reprisals",
                          "sanctions", "force", "steps", "attacks", "strikes", "war", "risk", "risked", "risks"])
MATERIAL_TYPES = frozenset(["RETREAT", "COOPERATE", "ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION", "CONCEDE"])
SPOKEN_TYPES = frozenset(["THREATEN", "ACCUSE", "REJECT", "SUPPORT", "REQUEST", "COOPERATE"])
REPORTING = frozenset(["said", "says", "saying", "added", "adding", "told", "telling"])
AUXILIARIES = frozenset(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "and", "or", "not"])
ONE_EXCHANGE = frozenset(["ASSAULT"])  # "X and Y shelled each other's positions": one clash, either way
THANKING = ("thank", "gratitude", "appreciation", "grateful", "praise", "commend")  # "thanked X for Y": Y is a reason
FIGHTING_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "FIGHT"})
WARRING_TYPES = FIGHTING_TYPES | {"THREATEN", "ACCUSE"}  # what the two at war do to each other (two states only fight)
JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts that run both ways; others keep their direction
LEADER_ROLES = ("President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Premier", "Crown Prince")
PAIR_KINDS = {"countries": ("country", ()), "nations": ("country", ()), "states": ("country", ()),
              "governments": ("country", ()), "leaders": ("person", LEADER_ROLES),
              "ministers": ("person", ("Minister", "Secretary")),  # a Secretary of Foreign Affairs is a minister
              "presidents": ("person", ("President",)), "neighbours": ("country", ()), "chairs": ("person", ()),
              "officials": ("person", ()), "envoys": ("person", ()), "negotiators": ("person", ()),
              "heads": ("person", ())}  # "the two Heads of Delegation"
MEETINGS = frozenset(["talks", "meeting", "visit", "call", "conversation", "dialogue", "summit", "discussions",
                      "consultations"])
PLACE_WORDS = frozenset(["on", "in", "at", "near", "against", "of", "north", "south", "east", "west"])
GATHERINGS = frozenset(["summit", "meeting", "conference", "session", "council", "assembly", "ministerial", "dialogue"])
ALIAS_RE = re.compile(r"\b(?:known as|called|dubbed)(?: the)?\s*$")  # "the X Treaty, known as the Y Treaty"
CONTRASTS = frozenset(["while", "whereas", "but"])
RELATIVES = frozenset(["which", "who", "whom", "whose"])
ACCUSATION = ActReferred(frozenset({"ACCUSE"}), frozenset())  # what a denial answers
DATED_NAME = "#dated name"  # the trigger of a signing told by an agreement's dated name ("the Algiers Agreement of 2000")
# words after which a pronoun opens a clause of its own ("as it did in 2023"), not a relative one ("the lines it cut")
NO_ANTECEDENT = frozenset(["as", "when", "after", "because", "since", "if", "and", "but", "or", "so", "than", "where",
                           "before", "until", "once", "while", "that", "what", "how", "why", "though", "although"])
# acts that, with no target in their sentence, fall on the other side of the story's conflict
DYADIC_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN", "REJECT", "ACCUSE", "REQUEST",
                          "CONSULT", "AGREE", "COOPERATE", "CONCEDE", "RETREAT", "SUPPORT"})
ENVOYS = frozenset(["chief", "ambassador", "envoy", "charge", "chargé", "consul", "attache", "attaché", "representative"])
# Addressees of an appeal or thanks who are no actor: "urged member states to", "thanked neighbouring countries".
ALL_ADDRESSED = frozenset([("member", "states"), ("the", "international", "community"), ("international", "community"),
                           ("donors",), ("creditors",), ("the", "population"), ("citizens",), ("the", "public"),
                           ("residents",), ("everyone",), ("the", "world"), ("neighbouring", "countries"),
                           ("neighboring", "countries"), ("all", "our", "friends")])
ANNOUNCING_TEXT = frozenset(["statement", "following", "follow", "communique", "communiqué", "declaration", "readout",
                             "reads"])  # 'X issued the following statement:', 'Excerpts from the communique follow:'
NOT_GUESTS = frozenset(["no", "credible", "information", "reports", "bodies", "messages", "letters", "more", "us",
                        "conference", "conferences"])  # what is received or hosted that is no visitor
HOSTED_PEOPLE = frozenset(["refugees", "migrants", "displaced", "asylum-seekers", "communities", "community"])
TALKS = frozenset(["talks", "negotiations", "consultations"])
SEPARATELY = frozenset([",", "and", "separately", "later", "also", "then", "afterwards", "subsequently"])
LONG_SPANS = frozenset(["years", "decades", "decade", "century", "months", "rounds"])
LENT = frozenset(["aid", "assistance", "credit", "loan", "loans", "grant", "grants"])  # heads of aid named as a programme
COUNTING = frozenset(["of", "the", "all", "some", "most", "several", "dozens", "hundreds", "two", "three", "four", "five",
                      "six", "seven", "eight", "nine", "ten", "remaining", "other", "more", "than", "about", "around",
                      "nearly", "almost", "over", "at", "least"])
SUBJECT_PRONOUNS = frozenset(["it", "they", "he", "she", "we", "i", "that"])
AFTER_PARTICIPLE = frozenset(["in", "on", "by", "out", "at", "near", "from", "against", "last", "earlier", "this"])
DOCUMENTS = frozenset(["statement", "note", "communique", "communiqué", "letter", "release", "readout", "post", "message"])
SUBORDINATORS = frozenset(["after", "before", "when", "while", "because", "since", "until", "if", "although",
                           "though", "whereas", "which", "who", "where"])
TIMES_OF_DAY = frozenset(["dawn", "dusk", "daybreak", "sunrise", "sunset", "midnight", "noon", "dark", "nightfall"])
PARTICIPLES = frozenset(["drawn", "given", "taken", "written", "known", "seen", "done", "begun", "chosen", "shown"])
STATE_SECTORS = frozenset({"government", "military", "legislature", "judiciary"})  # a state's own organs
PERIOD_PARTS = frozenset(["end", "start", "beginning", "middle", "close", "spring", "summer", "autumn", "fall",
                          "winter", "half", "quarter", "week", "month", "course", "part"])  # "at the end of 2019"
UNDOING = {"COERCE": "RETREAT", "RETREAT": "COERCE"}  # a detention and the release that undoes it
# event types that answer an earlier act; without a target of their own they target its author
REACTIONS = frozenset({"REJECT", "ACCUSE", "SUPPORT", "THREATEN", "REQUEST", "SANCTION"})
DOCUMENTS = frozenset({"order", "ruling", "judgment", "judgement", "opinion", "resolution", "decision", "statement",
                       "declaration", "communique", "communiqué"})
NAMING_AFTER_ACT = frozenset({"of", "by", "on", "against", "from", "to", "that", "over", "about", "in", "at", "near",
                              "made", "levelled", "leveled", "carried", "committed", "'s", "’s"})
FIGURES = frozenset(["million", "billion", "trillion", "percent", "%", "tonnes", "barrels"])
ASKED_OPENERS = frozenset(["the", "that", "his", "her", "their", "its"])  # a request's object that is an act
# "WARSAW, April 22 (Reuters) -", "New Delhi [India], March 7 (ANI):", "Ministry of Defence, New Delhi, June 1,
# 2026:": the dateline says when the story was filed, not when events happened
DATELINE_RE = re.compile(r"^(?:[A-Z][A-Za-z .'&-]{1,60},\s+)?[A-Z][A-Za-z .'/-]{1,40}(?:\s+\[[A-Z][A-Za-z .'-]{1,40}\])?,\s+"
                         r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})"
                         r"(?:,?\s+\d{4})?(?:\s+\([^)]{1,30}\))?(?:\s+[-–—]|:)"
                         r"|^[A-Z][A-Z .'/-]{1,40}\s+\([A-Za-z .]{1,20}\)\s+[-–—]")  # "ISLAMABAD (AP) -"

LEADING = frozenset(["led", "headed", "side", "delegation"])  # "was led by X", "and the Pakistani side by Y"
TIMED_HEADLINE_RE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|EST|ET|IST|local(?: time)?))?\s*[-–—:]\s")


@dataclass
class CodedAgreement:
    key: str  # what makes two mentions one agreement
    name: str
    agreement_type: str
    status: str
    status_date: dt.date | None
    status_precision: str | None
    parties: list[int]  # entity indices
    signatories: list[int]
    location: str | None
    evidence: str
    named: bool


@dataclass
class CodedEvent:
    sentence: int
    char_start: int
    char_end: int
    evidence: str
    event_date: dt.date | None
    precision: str | None
    date_explicit: bool
    event_type: str
    mode: str | None
    contexts: list[str]
    cameo: str
    quad_class: int
    source: int | None  # entity index
    target: int | None
    location: str | None
    location_country: str | None
    agreement: int | None  # index into ArticleCoding.agreements
    confidence: float
    trigger: str
    trigger_start: int = 0  # token indices within the sentence
    trigger_end: int = 0


@dataclass
class ArticleCoding:
    article: Article
    n_sentences: int
    entities: list[Entity]
    mentions: list[Mention]
    events: list[CodedEvent] = field(default_factory=list)
    agreements: list[CodedAgreement] = field(default_factory=list)


def _paragraph_of(body: str, spans: list[tuple[int, int]]) -> list[int]:
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", body)]
    return [sum(1 for b in breaks if b < start) for start, _ in spans]


def _sections(n_sentences: int, starts: list[int]) -> list[int]:
    """The story each sentence belongs to: a roundup ("Africa in brief") starts one at each datelined paragraph;
    any other article is one story."""
    return [sum(1 for k in starts if k <= sent) for sent in range(n_sentences)]


class _ArticleCoder:
    def __init__(self, codebook: Codebook, article: Article):
        self.cb = codebook
        self.article = article
        self.body = article.body
        self.spans = split_sentences(self.body)
        self.sentences = [tokenize(self.body[s:e], s) for s, e in self.spans]
        self.paragraphs = _paragraph_of(self.body, self.spans)
        found = find_actors(codebook, self.body, self.sentences, person_spans(self.body) if codebook.nlp else [])
        self.sections = _sections(len(self.sentences), found.story_starts)
        self.section_now: int | None = None
        self.entities, self.mentions, self.places, self.home = found.entities, found.mentions, found.places, found.home
        self.coding = ArticleCoding(article, len(self.spans), self.entities, self.mentions)
        dateline = DATELINE_RE.match(self.body)
        self.dateline_end = dateline.end() if dateline else 0
        filed = dateline or DATE_LINE_RE.match(self.body) or SIGN_OFF_RE.search(self.body)
        self.published = (filed_date(filed.group(0), article.published_date) if filed else None) \
            or article.published_date  # the day relative dates are told from
        self.mentions[:] = [m for m in self.mentions if m.start >= self.dateline_end]  # "ASTANA, Feb 4 -" is a place
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sentence.setdefault(m.sentence, []).append(m)
        self.last_pair: tuple[int, int] | None = None
        self.agreement_spans: list[tuple[int, int]] = []  # a state inside "the Basseterre Declaration" is no actor
        self.agreement_of: dict[tuple[int, str | None], int] = {}  # mention (start, topic) -> agreement
        self.key_alias: dict[str, int] = {}  # "the Pukpuk Treaty" after "..., known as" -> the agreement
        self.last_consult: tuple[int | None, int | None, int] | None = None  # source, target, paragraph
        self.sentence_contexts: dict[int, list[str]] = {}
        self.uncoded_acts: dict[int, tuple[dt.date | None, str | None]] = {}  # sentence -> date and precision of an act
        # told there but not coded ("The two leaders welcomed ..."), which still dates the sentences after it
        self.issuer = next((m.entity for m in self.by_sentence.get(0, []) if m.entity != PAIR and m.argument
                            and self.entities[m.entity].actor_type in ("igo", "organization", "country")), None)
        self.quote_speakers = self.speakers_of_long_quotes()
        self._gathering_day: tuple[DateMention | None] | None = None  # looked up on first need
        self._debate_day: tuple[tuple[int, DateMention] | None] | None = None

    # -- helpers -----------------------------------------------------------------------------------
    def speakers_of_long_quotes(self) -> dict[int, int]:
        """The speaker of each sentence of a quotation that runs over several sentences of a paragraph, named
        where the quotation opens or closes: '"We condemn the attack. We call on Russia to stop," X said'."""
        speakers: dict[int, int] = {}
        unit: list[int] = []
        announcer: int | None = None  # 'X issued the following statement:' then paragraphs that open with a quote
        for sent, toks in enumerate(self.sentences):
            opens_paragraph = sent == 0 or self.paragraphs[sent] != self.paragraphs[sent - 1]
            if opens_paragraph and announcer is not None and not (toks and toks[0].text in QUOTE_MARKS):
                announcer = None
            if announcer is not None:
                speakers[sent] = announcer
            if toks and toks[-1].text == ":" and any(t.lower in ANNOUNCING_TEXT for t in toks):
                announcer = next((m.entity for k in (sent, 0) for m in self.by_sentence.get(k, []) if m.argument
                                  and m.prep is None and m.entity != PAIR), None)
                # "Minister X today issued the following statement:"; "Excerpts from the communique follow:" the
                # communique of those the story opens with
            if unit and self.paragraphs[sent] != self.paragraphs[unit[-1]]:
                unit = []
            marks = sum(t.text in QUOTE_MARKS for t in toks)
            if not unit and marks % 2 == 0:
                continue
            unit.append(sent)
            if len(unit) > 1 and marks % 2 == 1:  # the quotation closes here
                closing, opening = self.sentences[sent], self.sentences[unit[0]]
                close = next(j for j, t in enumerate(closing) if t.text in QUOTE_MARKS)
                open_ = max(j for j, t in enumerate(opening) if t.text in QUOTE_MARKS)
                speaker = next((m for m in self.by_sentence.get(sent, []) if m.tok_start > close and _says(closing, m)),
                               None) or next((m for m in self.by_sentence.get(unit[0], []) if m.tok_end < open_
                                              and _says(opening, m)), None)
                if speaker is not None:
                    speakers.update((k, speaker.entity) for k in unit)
                unit = []
        return speakers

    def country_entity(self, iso3: str) -> int:
        g = self.cb.countries[iso3]
        for ent in self.entities:
            if ent.key == g.key:
                return ent.index
        ent = Entity(len(self.entities), g.key, g.name, "country", iso3, "government")
        self.entities.append(ent)
        return ent.index

    def state_of(self, entity: int | None) -> int | None:
        """The state an actor belongs to (itself when it is a state or an IGO)."""
        if entity is None:
            return None
        ent = self.entities[entity]
        if ent.actor_type in ("country", "igo"):
            return entity
        if ent.affiliation is not None:
            return ent.affiliation
        return self.country_entity(ent.country) if ent.country in self.cb.countries else None

    def as_state(self, entity: int) -> int:
        """A state's organ or official as the state ("the army" as Sudan), any other actor as itself."""
        ent = self.entities[entity]
        state = self.state_of(entity) if ent.actor_type == "person" or ent.sector in STATE_SECTORS else None
        return entity if state is None else state

    def resolve_pair(self, mention: Mention | None, other: Mention | None) -> tuple[int | None, int | None]:
        if mention is None:
            return None, other.entity if other is not None and other.entity != PAIR else None
        if mention.entity != PAIR:
            return mention.entity, (other.entity if other is not None and other.entity != PAIR else None)
        if mention.text.lower() == "they":
            opened = next((m for m in self.mentions if m.sentence == mention.sentence - 1), None)
            if opened is not None and opened.entity == PAIR:  # "The two leaders welcomed X, signed by A and B. They
                return self.resolve_pair(opened, other)       # also discussed ...": the two leaders
        last = mention.text.split()[-1].split("-")[-1].lower()  # "the two Vice-Ministers"
        between = [m.entity for m in self.by_sentence.get(mention.sentence, []) if m.prep == "between"
                   and m.start < mention.start and m.entity != PAIR]
        if last in ("sides", "parties") and len(set(between)) == 2:  # "the truce between Israel and Hamas, mediated
            return between[0], between[1]                             # by Egypt, ... both sides have accused"
        if last in ("countries", "nations", "neighbours", "governments") \
                and (joined := self.joined_states(mention)) is not None:
            return joined  # "Philippine and Japanese vessels ... the Agreement, which the two countries signed": those two
        if "warring" in mention.text.lower() and (fought := self.warring_dyad(mention)) is not None:
            return fought  # "the two warring parties signed the Jeddah Declaration": those who fight, not the Council
        just_paired = self.just_paired(mention.sentence, last)
        if last in ("sides", "parties", "countries", "nations", "neighbours", "governments") \
                and not (just_paired and self.last_pair) and (dyad := self.story_dyad()) is not None:
            return dyad  # "urged both parties to return to talks": the two the story is about
        kind = PAIR_KINDS.get(last)
        if kind is not None:  # "the two countries", "both leaders": the two such actors named last
            actor_type, roles = kind
            recent: list[int] = []
            for m in reversed([m for m in self.mentions if m.start < mention.start and m.entity != PAIR and m.named
                               and not _compound_modifier(self.sentences[m.sentence], m.tok_end)
                               and not _mediator(self.sentences[m.sentence], m)]):
                ent = self.entities[m.entity]
                if ent.actor_type == actor_type and m.entity not in recent \
                        and (not roles or any(r in (ent.role or "") for r in roles)):
                    recent.append(m.entity)
                if len(recent) == 2:
                    break
            if len(recent) == 2:
                dyad = self.story_dyad() if actor_type == "country" else None
                if dyad is not None and set(dyad) != set(recent) and not self.paired_before(*recent, mention.start):
                    return dyad  # "Malaysia brokered that truce, and the two countries signed": not Malaysia
                return recent[1], recent[0]
        if self.last_pair is not None and (kind is None or just_paired and all(
                self.entities[side].actor_type in ("country", kind[0]) for side in self.last_pair)):
            return self.last_pair
        if (dyad := self.story_dyad()) is not None:  # "the two presidents signed" with neither named: the story's
            return self.as_state(dyad[0]), self.as_state(dyad[1])  # two sides
        return self.last_pair or (None, None)

    def warring_dyad(self, mention: Mention) -> tuple[int, int] | None:
        """The two sides at war ("both warring parties"): the armed pair the story's hostile acts most often set
        against each other (an army and a rebel group; two states only by force, not by words), never a body that
        only condemns or mediates; else the armed group named last and its state ("Sudan's paramilitary RSF")."""
        counts: dict[frozenset[int], tuple[int, int, tuple[int, int]]] = {}
        for n, e in enumerate(self.coding.events):
            if not self.in_section(e) or e.event_type not in WARRING_TYPES or e.source is None or e.target is None:
                continue
            a, b = (self.as_state(x) if self.entities[x].actor_type == "person" else x for x in (e.source, e.target))
            fighters = any(self.entities[x].sector in ("military", "rebel") for x in (a, b)) or e.event_type \
                in FIGHTING_TYPES and all(self.entities[x].actor_type == "country" for x in (a, b))
            if a == b or not fighters or any(self.entities[x].actor_type in ("igo", "organization") for x in (a, b)):
                continue
            seen = counts.get(frozenset((a, b)), (0, 0, (a, b)))
            counts[frozenset((a, b))] = (seen[0] + 1, n, seen[2])
        if counts:
            return max(counts.values())[2]
        rebel = next((m.entity for m in reversed(self.mentions) if m.start < mention.start and m.entity != PAIR
                      and self.entities[m.entity].sector == "rebel"), None)
        if rebel is not None and self.entities[rebel].country in self.cb.countries:
            return self.country_entity(self.entities[rebel].country), rebel
        return None

    def just_paired(self, sent: int, last: str) -> bool:
        """Did the act just before name the pair that "both sides" (etc.) in this sentence means? Not after a one-way
        act on a bloc: "Several members praised the AU. China called on both sides" means the story's two."""
        if not self.coding.events or self.coding.events[-1].sentence < sent - 1:
            return False
        if last in ("sides", "parties") and self.last_pair and all(
                side is not None and self.entities[side].actor_type == "person" and self.entities[side].state_guessed
                for side in self.last_pair):
            return False  # "signed by Mbuyi and Rukundo. The two sides also accused each other": whose sides is unsure
        return self.coding.events[-1].event_type in JOINT_TYPES or last not in ("sides", "parties") or all(
            side is not None and self.entities[side].actor_type in ("person", "country") for side in self.last_pair or (None,))

    def paired_before(self, a: int, b: int, before: int) -> bool:
        """Were the two set against each other in an event, or named side by side ("Ethiopia and Eritrea",
        "China-Pakistan")?"""
        if any({e.source, e.target} == {a, b} for e in self.coding.events):
            return True
        named = [m for m in self.mentions if m.start < before and m.entity in (a, b)]
        return any(m.sentence == n.sentence and m.entity != n.entity and 0 <= n.tok_start - m.tok_end <= 2
                   for m in named for n in named)

    def story_dyad(self) -> tuple[int, int] | None:
        """The two sides that the events so far most often set against each other (persons count as their
        state), two states before a state and a bloc; the latest of equals. A meeting or call counts twice: "the
        parties agreed" in a readout of a call about a war are the call's two, not the war's."""
        def side(entity: int | None) -> int | None:
            if entity is None or self.entities[entity].actor_type != "person":
                return entity
            return self.state_of(entity)

        counts: dict[frozenset[int], tuple[int, bool, int, tuple[int, int]]] = {}
        for n, e in enumerate(self.coding.events):
            if not self.in_section(e):
                continue  # a roundup's other stories have other sides
            a, b = side(e.source), side(e.target)
            if a is not None and b is not None and a != b:
                seen = counts.get(frozenset((a, b)), (0, 0, 0, (a, b)))
                states = all(self.entities[x].actor_type == "country" for x in (a, b))
                counts[frozenset((a, b))] = (seen[0] + 1 + (e.event_type == "CONSULT"), states, n, seen[3])
        return max(counts.values())[3] if counts else None

    def planned_later(self, toks: list[Token], hit, date: DateMention, offset: int) -> bool:
        """Is a coming date that of an act the trigger only asks or plans for ("asked Kazakhstan to support its bid
        to declare 2028 the Year of Glaciers")? It dates that act, not the asking."""
        if hit.trigger.type != "REQUEST" or self.published is None or date.date <= self.published:
            return False
        return any(t.lower == "to" and k + 1 < len(toks) and toks[k + 1].text.islower()
                   for k, t in enumerate(toks[hit.end:], hit.end) if t.end <= offset + date.start)

    def event_date(self, sent: int, hit, toks: list[Token], hits: list, dates: list[list[DateMention]]):
        trigger_offset = toks[hit.start].start
        if _performed_in_quote(toks, hit) and (said := self.said_date(sent, toks, dates)) is not None:
            return said.date, said.precision, True  # '"We demand his release," X said on Thursday': Thursday
        starts = [t.start for t in toks]
        own = [d for d in dates[sent] if not d.since and not (sent == 0 and self.spans[0][0] + d.end <= self.dateline_end)
               and not self.names_agreement(toks, bisect.bisect_left(starts, self.spans[sent][0] + d.end))
               and not self.dates_document(toks, hit, bisect.bisect_left(starts, self.spans[sent][0] + d.start))
               and (self.spans[sent][0] + d.end <= trigger_offset if d.offset
                    else not _claimed(toks, hit, hits, self.spans[sent][0] + d.start, self.spans[sent][0] + d.end,
                                     d.precision != "day"))
               and not self.planned_later(toks, hit, d, self.spans[sent][0])
               and not _dates_a_figure(toks, self.spans[sent][0] + d.start)]
        opening = _after_dateline(toks)
        if opening < len(toks) and toks[opening].lower in ("after", "following", "before") and len(own) > 1:
            comma = next((t.start for t in toks[opening:hit.start] if t.text == ","), None)
            if comma is not None:  # "After a war in October 1973, the two countries signed ... on May 31, 1974"
                own = [d for d in own if self.spans[sent][0] + d.start > comma] or own
        after = next((k for k in range(hit.start - 1, opening - 1, -1) if toks[k].lower == "after"), None) if sent <= 1 else None
        mains = [d for d in dates[sent] if not d.since] if after is not None else []
        if mains and all(self.spans[sent][0] + d.end <= toks[after].start for d in mains) \
                and (told := self.told_later(sent, hit.trigger.type, dates, min(d.date for d in mains))) is not None:
            return told.date, told.precision, True  # "X summoned the ambassador on Friday after a coast guard ship
            # rammed a boat. ... The incident happened on Thursday": Thursday
        if own:
            best = min(own, key=lambda d: abs(self.spans[sent][0] + d.start - trigger_offset)
                       * (1.5 if self.spans[sent][0] + d.start < trigger_offset else 1))  # dates mostly follow the verb
            if best.precision == "month":  # "the conflict in May ended with a ceasefire on May 10": the day
                best = next((d for d in own if d.precision == "day" and d.date.replace(day=1) == best.date), best)
            return best.date, best.precision, True
        words = [t.lower for t in toks]
        framed = next((k for k in range(len(words) - 2) if words[k] in ("during", "at") and words[k + 1] == "the"), None)
        meeting = next((words[k] for k in range(framed + 2, min(framed + 6, len(words)))
                        if words[k] in MEETINGS or not toks[k].is_cap), None) if framed is not None else None
        framed = framed if meeting in MEETINGS else None  # "during the talks", "at the meeting"
        meetings = [e for e in self.coding.events if e.event_type == "CONSULT" and e.date_explicit
                    and (e.mode == "visit") == (meeting == "visit")]
        if framed is not None and meetings:  # "during the talks, both sides reaffirmed ...": the talks' date
            named = {t.text for t in toks[framed + 2:framed + 6] if t.is_cap}  # "during the JCDC meeting": that one
            meeting_event = next((e for e in reversed(meetings) if named & set(e.evidence.replace("(", " ").replace(")", " ").split())),
                                 meetings[-1])
            return meeting_event.event_date, meeting_event.precision, False
        verb = toks[hit.start].lower
        doer = _before_adverbs(toks, hit.start)
        if doer >= 0 and (toks[doer].lower == "we" or toks[doer].lower in GATHERINGS and doer > 0
                          and toks[doer - 1].lower == "the") and (held := self.gathering_day(dates)) is not None:
            return held.date, held.precision, False  # "We urged the DPRK ...", "The Summit called on ..." in the
            # statement of a summit "held in Cebu on 8 May": said that day
        if not hit.trigger.nominal and (verb.endswith("s") and not verb.endswith("ss") and verb not in ("was", "has", "is")
                                        or doer >= 0 and toks[doer].lower == "we" and not is_past(toks[hit.start])
                                        and not any(t.text in QUOTE_MARKS for t in toks)) \
                and self.published and not any(t.lower in ("said", "told") for t in toks[:hit.start]):
            return self.published, "day", False  # "The Ministry strongly condemns ...", a statement's "We call on
            # ...": said as it is published
        here = [e for e in self.coding.events if e.sentence == sent and e.date_explicit and not _told_aside(toks, e)
                and not _noun_told_then(toks, e.trigger, e.trigger_start, e.trigger_end)
                and not (not e.trigger.startswith("{") and any(t.lower in ("'s", "’s")
                                                               for t in toks[max(0, e.trigger_end - 7):e.trigger_end]))]
        # not "reviewed the Action Plan, which was signed in November 2023, and reaffirmed": the signing's date
        if here:  # "X dismissed the decision on Tuesday, after ..., and accused ...": the sentence's act's date
            return here[-1].event_date, here[-1].precision, False
        for k in range(sent - 1, -1, -1):  # the narrative date of the paragraph: its last act's, or date's
            if self.paragraphs[k] != self.paragraphs[sent] and not self.continues(k + 1):
                break
            if _asked(self.sentences[k]):
                continue
            acted = [e for e in self.coding.events if e.sentence == k and e.trigger != DATED_NAME]  # not "the 1951
            # treaty": a name's date is no act of the story
            if acted:
                verbs = [e for e in acted if e.trigger.startswith("{")] or acted  # a verb's act, not a noun's
                told = [e for e in verbs if not _told_aside(self.sentences[k], e) and not _recalled(self.sentences[k], e)
                        and not signed_then(self.sentences[k], e.trigger_start, e.trigger_end, e.event_type)
                        and not _since(self.sentences[k], e)]
                # ("condemned the launch on Monday"), nor one recalled ("the Agreement, signed in 2024")
                if not told and k in self.uncoded_acts:  # "The Leaders welcomed the Agreement, signed in 2024"
                    return *self.uncoded_acts[k], False
                told = told or verbs
                return told[-1].event_date, told[-1].precision, False
            told = [d for d in dates[k] if not d.since and not self.owned_date(k, d)]
            if told and not _background(self.sentences[k]):
                d = told[-1]
                return d.date, d.precision, False
        published = self.published
        opening = self.paragraphs.index(self.paragraphs[sent])
        if _perfect(toks, hit.start) and (named := self.named_next(sent, hit.trigger.type, dates)) is not None:
            return named.date, named.precision, False  # "Fighters have attacked a base. The assault began late on
            # Wednesday.": Wednesday
        if published and (_clock_stamped(self.sentences[opening]) or _perfect(toks, hit.start)):
            return published, "day", False  # a live page's entry ("10:20 - Police have fired tear gas"), or an act
            # just done ("Taiwan has freed six fishermen"): that day
        debate = self.debate_day(dates) if hit.trigger.type in SPOKEN_TYPES else None
        if debate is not None and debate[0] < sent:
            return debate[1].date, debate[1].precision, False  # "On Wednesday the Council held its open debate. ...
            # Halvorsen urged ...": said at the debate, not on the day of an act a speaker told of
        recent = [e for e in self.coding.events if e.date_explicit and e.precision == "day"
                  and self.recent(e.event_date) and not _in_question(self.sentences[e.sentence], e)]
        lead = [d.date for d in dates[0] if self.spans[0][0] + d.end > self.dateline_end]
        if lead == [published] and any(t.lower == "today" for t in self.sentences[0]):
            return published, "day", False  # "The Security Council today heard ...": the story is of that day
        if recent:  # the story's latest dated act
            latest = max(recent, key=lambda e: e.event_date)
            return latest.event_date, latest.precision, False
        for k in range(sent - 1, -1, -1):  # a recent date earlier in the article, the first of its sentence
            for d in ([] if _background(self.sentences[k]) else dates[k]):
                if d.precision == "day" and self.recent(d.date) \
                        and not (k == 0 and self.spans[0][0] + d.end <= self.dateline_end):
                    return d.date, d.precision, False
        return published, ("day" if published else None), False

    def recent(self, day: dt.date | None) -> bool:
        """Is the day within RECENT_DAYS before the article's own date: news, not background?"""
        return self.published is not None and day is not None and 0 <= (self.published - day).days <= RECENT_DAYS

    def told_later(self, sent: int, event_type: str, dates: list[list[DateMention]], before: dt.date) -> DateMention | None:
        """The day of the act a lead tells after "after", as a later sentence gives it by naming the act again ("The
        incident happened on Thursday"), when that day comes before the lead's own."""
        for k in range(sent + 1, min(sent + 6, len(self.sentences))):
            if self.names_act_again(k, event_type):
                return next((d for d in dates[k] if not d.since and d.precision == "day" and d.date < before), None)
        return None

    def names_act_again(self, sent: int, event_type: str) -> bool:
        """Does the sentence open by naming an act of that type again ("The assault began ...", "The incident
        happened ...")?"""
        words = self.sentences[sent]
        act = self.cb.acts_referred.get(words[1].lower) if len(words) > 1 and words[0].lower in ("the", "this") else None
        return act is not None and (not act.types or event_type in act.types)

    def named_next(self, sent: int, event_type: str, dates: list[list[DateMention]]) -> DateMention | None:
        """The date of the next sentence of the paragraph when it opens by naming the act again ("The assault began
        late on Wednesday")."""
        if sent + 1 >= len(self.sentences) or self.paragraphs[sent + 1] != self.paragraphs[sent] \
                or not self.names_act_again(sent + 1, event_type):
            return None
        return next((d for d in dates[sent + 1] if not d.since), None)

    def gathering_day(self, dates: list[list[DateMention]]) -> DateMention | None:
        """The day the article's gathering was held on ("The 48th ASEAN Summit was held in Cebu on 8 May 2026"),
        found once per article."""
        if self._gathering_day is None:
            self._gathering_day = (self._held_on(dates),)
        return self._gathering_day[0]

    def debate_day(self, dates: list[list[DateMention]]) -> tuple[int, DateMention] | None:
        """The sentence and day of the debate the article reports ("On Wednesday the Council held its quarterly open
        debate"), found once per article."""
        if self._debate_day is None:
            self._debate_day = (next(((k, d) for k, toks in enumerate(self.sentences) for i, t in enumerate(toks)
                                      if t.lower == "held" and "debate" in {w.lower for w in toks[i + 1:i + 6]}
                                      for d in dates[k][:1] if d.precision == "day" and not d.since), None),)
        return self._debate_day[0]

    def _held_on(self, dates: list[list[DateMention]]) -> DateMention | None:
        for k, toks in enumerate(self.sentences):
            words = [t.lower for t in toks]
            held = next((i for i in range(2, len(words)) if words[i] == "held" and words[i - 1] in ("was", "were")
                         and any(w in GATHERINGS for w in words[max(0, i - 6):i])), None)
            if held is not None:
                return next((d for d in dates[k] if d.precision == "day" and self.spans[k][0] + d.start > toks[held].start
                             and not d.since), None)
        return None

    def said_date(self, sent: int, toks: list[Token], dates: list[list[DateMention]]) -> DateMention | None:
        """The date a sentence's speaker spoke on: "X said on Thursday", "X told reporters on Monday"."""
        for d in dates[sent]:
            k = bisect.bisect_left([t.start for t in toks], self.spans[sent][0] + d.start)
            k -= k > 0 and toks[k - 1].lower in ("on", "in", "late", "earlier", "last")
            k -= k > 0 and toks[k - 1].lower == "reporters"
            if k > 0 and toks[k - 1].lower in SPEAKING and sum(t.text in QUOTE_MARKS for t in toks[k:]) % 2 == 0:
                return d
        return None

    def owned_date(self, sent: int, date: DateMention) -> bool:
        """Is the date an act's own ("last week's exchange of prisoners"), not the narrative's? A meeting's date
        ("during yesterday's talks") is the narrative's."""
        after = self.body[self.spans[sent][0] + date.end:self.spans[sent][0] + date.end + 40].split()[:2]
        before = self.body[max(0, self.spans[sent][0] + date.start - 40):self.spans[sent][0] + date.start].split()[-2:]
        if len(before) == 2 and before[1] == "of" and before[0].isalpha() and before[0].islower() \
                and before[0] not in PERIOD_PARTS:
            return True  # "18 years after the war of August 2008": the war's date
        return len(after) == 2 and after[0] in ("'s", "’s") and after[1].strip(",.").lower() not in MEETINGS

    def names_agreement(self, toks: list[Token], k: int) -> bool:
        """Does the date ending before token k stand in an agreement's name ("its 2002 Treaty of Friendship")?"""
        return k < len(toks) and toks[k].is_cap and toks[k].lower in self.cb.agreement_heads

    def joined_states(self, mention: Mention | AgreementMention) -> tuple[int, int] | None:
        """Two states joined by "and" earlier in the mention's sentence ("Philippine and Japanese vessels")."""
        toks = self.sentences[mention.sentence]
        states = [m for m in self.by_sentence.get(mention.sentence, []) if m.tok_end <= mention.tok_start
                  and m.entity != PAIR and self.entities[m.entity].actor_type == "country"]
        return next(((a.entity, b.entity) for a, b in zip(states, states[1:], strict=False) if a.entity != b.entity
                     and [t.lower for t in toks[a.tok_end:b.tok_start]] == ["and"]), None)

    def dates_document(self, toks: list[Token], hit, k: int) -> bool:
        """Does the date opening at token k name a text the act refers to ("called on Venezuela to comply with the
        Order of the Court of 1 December 2023", "to implement the ceasefire agreement of 12 August 2008")? The text's
        date, not the act's."""
        if k < 2 or toks[k - 1].lower != "of" and toks[k - 1].text != ")":
            return False  # "... of 1 December 2023", "the Convention on the Law of the Sea (UNCLOS) 1982"
        return any(toks[j].lower in self.cb.agreement_heads or toks[j].lower in DOCUMENTS
                   for j in range(max(hit.end, k - 10), k - 1))

    def continues(self, sent: int) -> bool:
        """Does the paragraph opening at this sentence go on with the one before ("This engagement is part of ...")?"""
        return self.paragraphs[sent] != self.paragraphs[sent - 1] and bool(self.sentences[sent]) \
            and self.sentences[sent][0].lower in ("this", "these")

    def contexts(self, sent: int, event_type: str) -> list[str]:
        found = self.sentence_contexts.get(sent)
        if found is None:  # once per sentence: a sentence often codes several events
            words = [t.lower for t in self.sentences[sent]]
            grams = {tuple(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
            found = sorted(c for c, phrases in self.cb.contexts.items() if any(p in grams for p in phrases))
            self.sentence_contexts[sent] = found
        if not found and event_type in self.cb.default_context:
            return [self.cb.default_context[event_type]]
        return found

    # -- the article -------------------------------------------------------------------------------
    def code(self) -> ArticleCoding:
        published = self.published
        dates = find_article_dates([self.body[s:e] for s, e in self.spans], published, self.paragraphs)
        meeting: tuple[str, int] | None = None
        named_spans: list[tuple[int, int]] = []
        for sent, toks in enumerate(self.sentences):
            self.section_now = self.sections[sent]
            s_start, s_end = self.spans[sent]
            name = meeting_name(self.body, toks)
            if name:
                meeting = (name, self.paragraphs[sent])
            agreements = find_agreements(self.cb, self.body, sent, toks, s_start, s_end)
            named_spans += [(a.start, a.end) for a in agreements if a.named]
            self.agreement_spans += [(a.start, a.end) for a in agreements]
            here = self.by_sentence.get(sent, [])
            names = {i for m in here for i in range(m.tok_start, m.tok_end)}
            names |= {i for i, t in enumerate(toks) if t.is_cap and i > 0}
            # a title, a meeting or a group's head word may end a phrase: "recalled its Ambassador", "released 34
            # fishermen", "held the Sixth Strategic Dialogue"
            blocked = names | {i for a in agreements for i in range(a.tok_start, a.tok_end)}
            blocked -= {i for i in blocked if not toks[i].is_cap and not _inside_name(toks, i) or (toks[i].lower,) in self.cb.titles
                        or toks[i].lower in MEETINGS or toks[i].lower in LENT
                        or toks[i].lower in self.cb.agreement_heads}  # "Emergency Grant Aid", "Line of Credit"
            sent_mentions = [m for m in here if not any(a.start <= m.start and m.end <= a.end for a in agreements)]
            hits = [] if self.headline(sent) else find_triggers(self.cb, toks, blocked)
            future = mentions_future(self.body[s_start:s_end])
            kept = []
            ends, quoted = (_clause_ends(toks), quote_spans(toks)) if hits else ([], [])
            for hit in hits:
                c_start = clause_start(toks, hit.start)
                if not happened(hit, toks, c_start, future, kept) or _quoted(toks, hit.start) \
                        and not _performed_in_quote(toks, hit):
                    continue
                c_end = next((k for k, verb in ends if k >= hit.end and not (verb and k <= hit.end + 1)), len(toks))
                cand = assign_arguments(hit, toks, sent_mentions, c_start, c_end, quoted)
                if cand is not None and (said := _joined_report(toks, hit, c_start)) is not None:  # "Lin insisted
                    # that the ban was lawful, and dismissed Japanese claims": Lin dismissed them
                    opened = clause_start(toks, said)
                    reporter = next((m for m in reversed(sent_mentions) if m.argument and m.prep is None
                                     and opened <= m.tok_start and m.tok_end <= said), None)
                    alone = assign_arguments(hit, toks, sent_mentions, hit.start, c_end, quoted) if reporter else None
                    cand = dataclasses.replace(alone, source=reporter) if alone is not None else cand
                kept.append(hit)
                self.add_event(sent, toks, hit, hits, cand, agreements, dates, meeting)
            for mention in agreements:
                if mention.named:
                    self.add_named_agreement(mention, sent)
                    self.sign_dated_name(mention, sent, dates[sent])
            for earlier, mention in zip(agreements, agreements[1:], strict=False):
                if self.renamed(mention) \
                        and (earlier.start, earlier.topic) in self.agreement_of:  # "..., known as the Pukpuk Treaty"
                    index = self.agreement_of[earlier.start, earlier.topic]
                    self.key_alias[agreement_key(self.cb, mention.name)] = index
                    self.agreement_of[mention.start, mention.topic] = index
        self.section_now = None
        self.settle_signatories()
        self.talks_before_signing()
        self.merge_crowds()
        self.merge_events()
        self.meet_as_delegation_heads()
        self.voice_of_state()
        self.talks_of_principals()
        self.protest_own_state()
        self.demands_of_protests()
        self.concede_to_crowd()
        self.aim_deployments()
        self.harmed_of_home()
        self.name_bodies_by_state()
        self.credit_claimed_acts()
        # a state named inside an agreement's name ("the Vienna Convention") is part of the name, not a
        # mention of the state (it may still be a party)
        inside = {i for i, m in enumerate(self.mentions) if any(a <= m.start and m.end <= b for a, b in named_spans)}
        self.mentions[:] = [dataclasses.replace(m, named=False) if i in inside else m for i, m in enumerate(self.mentions)]
        return self.coding

    def add_event(self, sent, toks, hit, hits, cand, agreements: list[AgreementMention], dates, meeting) -> None:
        trig = hit.trigger
        if trig.type == "CONSULT" and toks[hit.start].lower == "meeting" and hit.start > 0 and toks[hit.start - 1].text == ",":
            return  # "Foreign ministers of the GCC, meeting in Riyadh, reaffirmed ...": the meeting frames what they did
        if trig.type in MATERIAL_TYPES and _laid_down(self.cb.agreement_heads, toks, hit):
            return  # "Under the agreement, the two sides are to exchange prisoners": what a pact provides, no act
        if trig.type == "REJECT" and not is_past(toks[hit.start]) and charge_before(toks, 0, hit) \
                and (hit.end == len(toks) or not toks[hit.end].text.isalnum()):
            return  # "..., a charge Kabul rejects.": a standing position, no act of the day
        if trig.type == "ACCUSE" and trig.pattern.startswith(("{call}", "{describe}")) and _labels_object(toks, hit) \
                and any(e.sentence == sent and e.event_type == "ACCUSE" for e in self.coding.events):
            return  # "summoned the envoy to protest what Minister X called 'a flagrant violation'": one protest
        if trig.pattern == "{warn}" and _caution(toks, hit):
            return  # "WFP warned that access remained limited": a caution, no threat
        if trig.type == "ACCUSE" and _standing_charge(toks, hit):
            return  # "Kinshasa and UN experts accuse Rwanda of arming M23": no act of the day (nor is the arming)
        if trig.type == "ASSAULT" and any(_toll_of(toks, h, hit) and any(e.sentence == sent and e.trigger_end == h.end
                                                                          for e in self.coding.events) for h in hits):
            return  # "An Israeli drone strike on a car killed two men": the strike's toll, not a second attack
        guest = hit.end + (hit.end < len(toks) and toks[hit.end].lower == "the")
        if trig.frame == "host" and guest < len(toks) and toks[guest].lower in NOT_GUESTS:
            return  # "received no message from", "received credible information", "co-hosted the conference"
        if trig.frame == "host" and any(t.lower in HOSTED_PEOPLE for t in toks[hit.end:hit.end + 7]):
            return  # "thanked Poland for hosting almost one million Ukrainian refugees", "host communities"
        s_start, s_end = self.spans[sent]
        source, target = self.resolve_pair(cand.source if cand else None, cand.target if cand else None)
        if cand is not None and cand.passive and trig.type == "MOBILIZE" and source is None and target is not None:
            source, target = target, None  # "Venezuelan troops were deployed to the island": the troops' side moved
        if cand is not None and cand.passive and trig.type == "COERCE" and source is None and target is not None:
            held = next((p for p in self.places if p.sentence == sent and hit.end <= p.tok_start <= hit.end + 10), None)
            if held is not None and (held.country != self.entities[target].country or self.entities[target].state_guessed):
                source = self.country_entity(held.country)  # "Kuroda, who was detained in Beijing": by China
        operative = self.issuer is not None and _operative(toks, hit)
        if operative:
            source = self.issuer  # "4. Strongly condemns the attacks ...": a communique's paragraph, its issuer acts
        if _quoted(toks, hit.start) and (speaker := _quote_speaker(toks, self.by_sentence.get(sent, []))):
            source = speaker.entity  # '"We demand ...," the minister said': the speaker acts
        elif _first_person(toks, hit.start):
            if sent in self.quote_speakers:
                source = self.quote_speakers[sent]  # "... . We call on Russia to stop," the minister said'
            elif source is None and self.issuer is not None and not any(t.text in QUOTE_MARKS for t in toks):
                source = self.issuer  # a statement's own "We call on the DPRK to refrain ...": its issuer's
        pair_target, pair_source = None, None
        if cand is not None and cand.source is not None and cand.source.entity == PAIR and cand.target is not None \
                and cand.target.entity != PAIR and trig.type not in JOINT_TYPES:
            source, pair_source = self.resolve_pair(cand.source, None)  # "the two ministers condemned North Korea"
            target = cand.target.entity
        paired = cand is not None and cand.source is not None and cand.source.entity == PAIR
        untargeted = paired and (cand.target is None or cand.target.entity == PAIR) \
            and trig.type in ("ACCUSE", "REJECT", "THREATEN", "SUPPORT") \
            and [t.lower for t in toks[hit.end:hit.end + 2]] not in RECIPROCALS  # nor "welcomed the agreement between
        # the two countries": their own
        if untargeted:  # "Both sides ... condemned terrorism": each condemned, neither the other
            pair_source, target = target, None
        if cand is not None and cand.target is not None and cand.target.entity == PAIR and source is not None \
                and not paired:  # "The two ministers agreed to set up a group chaired by the two countries'": the pair
            target = None
            if trig.type not in JOINT_TYPES:  # "urged both countries to ...": an act on each
                target, pair_target = self.resolve_pair(cand.target, None)
        if trig.type == "AGREE" and cand is not None and cand.target is not None and _mediator(toks, cand.target):
            target = None  # "ended with a ceasefire mediated by Qatar": Qatar is no party
        linked = self.link_agreement(toks, hit, agreements)
        if trig.needs in ("agreement", "named_parties") and linked is None:
            return
        if trig.needs == "named_parties" and (linked.tok_start - hit.end > 2 or len(self.named_parties(linked, sent)) < 2
                                              or not all(t.text.isalpha() for t in toks[hit.end:linked.tok_start])):
            return  # "the 2010 extradition agreement between Serbia and Croatia"
        by_agent = cand is not None and cand.source is not None and cand.source.prep == "by"
        signed_by_name = trig.type == "AGREE" and trig.mode != "ratify" and linked is not None and (
            trig.nominal and not by_agent
            or linked.tok_end == hit.start - 1 and toks[hit.start - 1].text == ","
            and not (by_agent and cand.source.entity != PAIR)) \
            and len(named := self.named_parties(linked, sent)) >= 2  # not "..., signed in Paris by X and Y"
        if signed_by_name:
            source, target = named[0], named[1]  # "welcomed the Treaty ... between Tajikistan and Kyrgyzstan, signed in
            # Bishkek in March 2025", "welcomed the initialling of the peace agreement between Armenia and Azerbaijan":
            # its two signed it, not the one who welcomed it
        if source is None and agreement_reacted_to(hit, toks):
            return  # "Japan welcomed the ratification of the agreement": whose ratification, the sentence does not say
        if trig.needs == "object" and not (cand and cand.target and (cand.target.tok_start - hit.end <= 2
                                                                      or _counted(toks[hit.end:cand.target.tok_start])
                                                                      or cand.passive
                                                                      and cand.target.prep == "by"
                                                                      or _titled_apposition(toks, hit.end, cand.target.tok_start))):
            return
        if trig.needs == "actor_object" and (cand is None or cand.target is None or cand.target.prep == "in"):
            return  # "expressed concern over the war in Sudan", "also expressed concern": at no one
        if trig.needs == "group_subject" and (source is None or self.entities[source].actor_type != "group"):
            return
        taken = self.taken_place(sent, toks, hit) if trig.needs == "place" or trig.mode == "seize" and self.cb.place_taken \
            else None
        if trig.needs == "place" and taken is None:
            return  # "soldiers captured in fighting": people, whom the phrase does not code
        acts = [h for h in hits if h.trigger.needs != "agreement" or agreements]  # "a statement issued on Friday" is
        event_date, precision, explicit = self.event_date(sent, hit, toks, acts, dates)  # no act with a date of its own
        if operative and not explicit and dates[0] and dates[0][0].precision == "day":
            event_date, precision = dates[0][0].date, "day"  # "The Council, at its meeting held on 10 March ...": that day
        if YEAR in trig.slots:  # "the 1949 agreement": the year the phrase names, or the month of that year the
            # sentence tells ("the 1974 Agreement ..., signed in Geneva in May of that year")
            year = next(int(t.text) for t in toks[hit.start:hit.end] if t.text.isdigit())
            event_date, precision = next(((d.date, d.precision) for d in dates[sent]
                                          if d.precision != "year" and d.date.year == year), (dt.date(year, 1, 1), "year"))
            explicit = True
        published = self.article.published_date
        if explicit and published and event_date > published:
            return  # "invited him to pay a state visit in 2027": not yet done
        met = trig.type == "AGREE" and source is None and self.last_consult is not None \
            and self.last_consult[2] == self.paragraphs[sent]
        if met:  # "the meeting concluded with the signing"
            source, target = self.last_consult[0], self.last_consult[1]
        if trig.frame == "visit" and source is not None:
            target = self.visit_destination(sent, hit, source)
        if trig.frame == "broker":
            source, target = self.brokered_sides(sent, toks, hit)
        if trig.mode == "third-party" and cand is not None and hit.end < len(toks) and toks[hit.end].lower == "by" \
                and (mediated := self.mediated(sent, hit)) is not None:
            source, target, pair_target = mediated  # "exchanged prisoners in a swap mediated by Oman": Oman met both
            cand = dataclasses.replace(cand, also=())  # the sides of the act are no mediators
        agreement_index, parties = None, []
        if linked is not None:
            agreement_index = self.add_agreement(linked, trig, source, target, sent, event_date, precision,
                                                 explicit, meeting)
            parties = self.coding.agreements[agreement_index].parties if agreement_index is not None else []
            if met and len(parties) >= 2 and self.state_of(source) not in parties:
                source, target = None, None  # "Under the agreement, which took effect at midnight": its parties'
            if source is None and parties:
                source = parties[0]
                target = parties[1] if len(parties) > 1 else None
            elif target is None and self.state_of(source) in parties:
                target = next((p for p in parties if p != self.state_of(source)), None)
            elif target is None and trig.type in REACTIONS and parties:  # "Iran rejected the Saudi-Kuwaiti deal"
                target, pair_target = parties[0], (parties[1] if len(parties) > 1 else None)
            elif target is not None and trig.type in ("AGREE", "CONSULT") and len(parties) >= 2 \
                    and self.state_of(target) not in parties:
                if self.state_of(source) in parties:  # "negotiations on the CEPA were launched, ... after the
                    target = next(p for p in parties if p != self.state_of(source))  # India-UAE CEPA": Oman
                elif trig.type == "AGREE":  # "the France-Gabon defence agreement signed by the two sides"
                    source, target = parties[0], parties[1]
        previous = [e for e in self.coding.events if e.sentence == sent and e.trigger != trig.pattern]
        if any(e.event_type == trig.type for e in previous) and hit.start > 0 and toks[hit.start - 1].text == "," \
                and toks[hit.start].lower.endswith("ing"):
            return  # "bombed the town, striking a market": the same act, elaborated
        finite = is_past(toks[hit.start])
        verbs = [e for e in previous if not any(
            h.end == e.trigger_end and (h.trigger.nominal or _named_act(toks, h.start)
                                        or finite and toks[h.start].lower.endswith("ing")) for h in hits)
            and not _told_aside(toks, e) and e.mode != "third-party"]  # "a truce mediated by Qatar and signed in
        # Doha": Qatar did not sign it
        # not "the Jordanian air strikes", "North Korea's launch of a missile", "the Plan, which was signed"; nor, for a
        # finite verb, a participle ("police blocked protesters marching on X and fired tear gas": police fired)
        if verbs and _shares_subject(toks, verbs[-1].trigger_end, hit.start) and not signed_by_name:
            source = verbs[-1].source  # "X dismissed the claims and warned ...", "X condemned the air strikes and
                                       # demanded ...": X demanded
            main = next((m for m in self.by_sentence.get(sent, []) if m.argument and m.prep is None), None)
            main = None if main is None or main.entity == PAIR else main  # "Both leaders reviewed X, which ..., and"
            joined = next((k for k in range(hit.start - 1, -1, -1) if toks[k].lower in ("and", "but")), 0)
            if main is not None and joined > 0 and toks[joined - 1].text == "," \
                    and any(t.lower in SUBORDINATORS for t in toks[main.tok_end:verbs[-1].trigger_end - 1]):
                source = main.entity  # "X said its units responded after Y attacked a post, and blamed Z": X blamed
        if trig.type == "MOBILIZE" and target is not None and self.state_of(target) == self.state_of(source):
            target = self.foreign_after(sent, hit, source)  # "deployed troops": the troops are the means
        if trig.type == "THREATEN" and target is not None and source is not None and self.allied(source, target):
            target = self.foreign_after(sent, hit, source)  # "warned that Moscow would respond if the US ...": the US
        if not previous and _shares_subject(toks, 0, hit.start):  # "Kapoor said ... and urged the EU to"
            source = next((m.entity for m in reversed(self.by_sentence.get(sent, [])) if m.entity != PAIR
                           and m.tok_end < hit.start and _speaks(toks, m.tok_end)), source)
        if source is None and cand is not None and cand.passive and (trig.pattern == "{summon}" or trig.mode == "expel") \
                and target is not None:
            source = next((m.entity for m in self.by_sentence.get(sent, []) if m.prep == "to" and m.argument
                           and hit.end <= m.tok_start <= hit.end + 2 and m.entity != PAIR), None)  # "was summoned to
            # the Russian Foreign Ministry": the ministry summoned
            if source is None and self.home in self.cb.countries and self.state_of(target) != self.country_entity(self.home):
                source = self.country_entity(self.home)  # "Russia's charge d'affaires was summoned" (or "declared persona
                # non grata") in a story from Warsaw
        if source is None and cand is not None and cand.passive and trig.type in UNDOING and target is not None:
            since = sent - 1 if trig.type == "COERCE" else 0
            source = next((e.source for e in reversed(self.coding.events) if e.event_type == UNDOING[trig.type]
                           and e.sentence >= since and e.target == target), None)  # "Malaysia released 37 fishermen
            # who were detained last month": Malaysia had detained them; "police detained 21 demonstrators ... All 21
            # were freed on Friday": the police freed them
        if source is None and cand is not None and cand.passive and trig.type in ("COERCE", "ASSAULT"):
            dispersal = next((e for e in reversed(self.coding.events) if e.mode == "crowd-control"), None)
            if dispersal is not None:  # "police fired tear gas ... 27 people were arrested": the police arrested
                source, target = dispersal.source, target if target is not None else dispersal.target
        if source is None or (self.entities[source].country is None and self.entities[source].name in self.cb.stateless_groups):
            return  # an act without an identifiable actor is not an event; "donors pledged $1.4 billion" is many
            # states' acts, coded by those the story names
        if trig.type in SPOKEN_TYPES:  # "Wrona said Poland would respond if ...": the speaker acts for his state
            speaker = next((m.entity for m in reversed(self.by_sentence.get(sent, [])) if m.entity != PAIR
                            and m.tok_end < hit.start and _speaks(toks, m.tok_end)), None)
            if speaker is None and self.entities[source].actor_type == "country":  # "Tokyo lodged a protest ...,
                speaker = next((m.entity for m in self.by_sentence.get(sent, []) if m.entity != PAIR  # Secretary X told"
                                and m.tok_start > hit.end and toks[m.tok_start - 1].text == "," and _speaks(toks, m.tok_end)
                                and self.entities[m.entity].actor_type == "person"), self.quote_speakers.get(sent))
                # 'X issued the following statement: "Canada strongly condemns ..."': X
            if speaker is not None and self.entities[source].actor_type == "country" \
                    and self.state_of(speaker) == source:
                source = speaker
        if trig.type == "AID" and self.entities[source].actor_type == "country":  # "France will provide ...,
            speaker = next((m.entity for m in self.by_sentence.get(sent, []) if m.entity != PAIR  # Minister X announced"
                            and m.tok_start > hit.end and m.tok_end < len(toks) and toks[m.tok_end].lower == "announced"
                            and self.entities[m.entity].actor_type == "person"), None)
            if speaker is not None and self.state_of(speaker) == source:
                source = speaker
        if target == source or (target is not None and (self.own_side(source, target, trig.type)
                                                        or self.entities[source].affiliation == target)):
            target = None  # "Kyrgyz troops ... Kyrgyzstan", "CARICOM's Secretary-General ... of CARICOM": one side
        if pair_target is not None and (pair_target == source or self.own_side(source, pair_target, trig.type)):
            pair_target = None  # "Libya shut the crossing, the artery between the two countries": on Tunisia only
        if target is None and pair_target is not None:
            target, pair_target = pair_target, None
        if target is not None and cand is not None and cand.target is not None and cand.target.prep in ("at", "with") \
                and self.entities[target].actor_type == "igo" and trig.type == "ACCUSE":
            against = next((k for k in range(cand.target.tok_end, len(toks)) if toks[k].lower == "against"), None)
            target = next((m.entity for m in self.by_sentence.get(sent, []) if against is not None
                           and against < m.tok_start <= against + 3 and m.entity != PAIR), target)
            # "filed a complaint at the WTO against Mexican tariffs": the WTO hears it, Mexico is accused
            if against is None and (other := self.other_side(source)) is not None:
                target = other  # "Lebanon filed a complaint with the Security Council" in a story of Israel's
                # strikes: against Israel
        if trig.type in REACTIONS and target is not None and cand is not None and cand.target is not None \
                and self.entities[target].actor_type != "country" and self.act_on(toks, hit, cand.target.tok_start):
            target = None  # "condemned the attack on Indonesian peacekeepers serving with UNIFIL": not the attackers
        if trig.type in REACTIONS and target is not None and cand is not None and cand.target is not None \
                and cand.target.tok_start > hit.end + 2 and (act := self.act_answered(toks, hit)) is not None:
            author = self.latest_foreign_author(source, act)  # "rejected the accusation on Thursday, saying the TTP
            target = author if author is not None else target  # ...": the accuser, not the TTP
        denied = trig.mode == "deny" and target is not None and cand is not None and cand.target is not None \
            and cand.target.tok_start > hit.end and any(t.lower == "that" or t.lower in self.cb.word_lists["denied"]
                                                        for t in toks[hit.end:cand.target.tok_start])
        also = frozenset(m.entity for m in cand.also) if cand is not None else frozenset()
        if trig.type in ("REQUEST", "SUPPORT") and _all_addressed(toks, hit):
            target = pair_target = None  # "urged donors to fund reconstruction in Borno": no one actor is asked
        elif denied:  # "denied that the M23 had targeted the base", "denied any links to the gangs": what is denied
            # names no target; the denial answers its accuser
            target, pair_target = self.reacted_to(source), None
            target = self.latest_foreign_author(source, ACCUSATION) if target is None else target
        else:
            target, pair_target = self.target_by_context(sent, toks, hit, source, target, pair_target, also,
                                                         event_date if precision == "day" and explicit else None)
        if trig.type == "ACCUSE" and target is not None and cand is not None and cand.target is not None \
                and cand.target.entity == target and cand.target.prep in ("with", "to") \
                and self.entities[target].actor_type == "igo":
            target = self.accused_over(sent, toks, cand.target.tok_end, source) or target  # "lodged a protest with
            # the United Nations over a military parade ..., in which Turkish army units marched": against Turkey
        if trig.type in ("ASSAULT", "COERCE") and target is not None and self.entities[target].actor_type != "country" \
                and target in {
                ev.source for ev in self.coding.events if ev.sentence == sent and ev.event_type == "ACCUSE"}:
            target = pair_target = self.victims(sent, source)  # "ASEAN condemned an air strike by the Myanmar
            # military on a school": those who condemn a strike were not struck (a state may be: "Ghana and Cote
            # d'Ivoire condemned the attack by JNIM on Ivorian soldiers")
        toll = next((h for h in hits if _toll_of(toks, hit, h)), None)
        if toll is not None and (target is None or self.entities[target].actor_type == "country"):
            target = next((m.entity for m in self.by_sentence.get(sent, []) if m.tok_start >= toll.end
                           and m.entity not in (PAIR, source) and self.entities[m.entity].actor_type in ("group", "organization")
                           and not self.entities[m.entity].key.startswith("group:")), target)
            # "An Israeli drone strike on a car killed two members of Hezbollah": on Hezbollah
        if untargeted and (target is None or self.state_of(target) in (self.state_of(pair_source), self.state_of(source))
                           or not any(t.lower in self.cb.acts_referred for t in toks[hit.end:hit.end + 3])):
            self.uncoded_acts.setdefault(sent, (event_date, precision))  # it still dates what follows
            return  # but "both leaders condemned the attack" condemn its authors
        if trig.type == "THREATEN" and target is not None and self.allied(source, target):
            target = next((e.target for e in reversed(self.coding.events) if e.sentence == sent and e.target is not None
                           and not self.allied(source, e.target)), None)
            target = self.reacted_to(source) if target is None else target
            # "urged the EU to sign ... and warned that Mercosur would turn elsewhere": the EU
        place = self.place_for(sent, hit)
        conf = trig.confidence * (1.0 if target is not None else 0.85) * (1.0 if explicit else 0.9)
        event_type, mode, cameo = trig.type, trig.mode, trig.cameo
        if mode == "seize" and self.cb.place_taken and taken is not None:
            event_type, mode, cameo = self.cb.place_taken  # "the M23 seized Goma": territory taken from its state
            holder = self.country_entity(taken) if taken else None
            if holder is not None and (holder != self.state_of(source) or self.entities[source].sector == "rebel"):
                target = holder
        self.coding.events.append(CodedEvent(
            sentence=sent, char_start=s_start, char_end=s_end, evidence=self.body[s_start:s_end],
            event_date=event_date, precision=precision, date_explicit=explicit,
            event_type=event_type, mode=mode, contexts=self.contexts(sent, event_type), cameo=cameo,
            quad_class=self.cb.quad_class(cameo), source=source, target=target,
            location=place.text if place else None, location_country=place.country if place else None,
            agreement=agreement_index, confidence=round(conf, 3), trigger=trig.pattern, trigger_start=hit.start,
            trigger_end=hit.end,
        ))
        if linked is not None and agreement_index is not None and trig.type == "AGREE":
            signed = self.coding.events[-1]  # "signed MoUs on health and on rail": one act per agreement
            listed = next((k for k in range(hit.end, linked.tok_start) if toks[k].text == ":"), None)
            for sibling in agreements:  # "the following documents were exchanged: (i) MoU on ...; (ii) Agreement on"
                if sibling is not linked and ((sibling.tok_start, sibling.tok_end) == (linked.tok_start, linked.tok_end)
                                              or listed is not None and sibling.tok_start > linked.tok_start):
                    index = self.add_agreement(sibling, trig, source, target, sent, event_date, precision, explicit,
                                               meeting)
                    if index is not None and index != agreement_index:
                        self.coding.events.append(dataclasses.replace(signed, agreement=index))
        following = [t.lower for t in toks[hit.end:hit.end + 3]]
        if target is not None and trig.type not in ONE_EXCHANGE and ("each" in following[:1] and "other" in following
                                                                       or "another" in following[:2]
                                   or trig.frame == "joint" and trig.mode == "release"
                                   and self.entities[target].actor_type != "group"):
            self.coding.events.append(dataclasses.replace(self.coding.events[-1], source=target, target=source))
            return  # "X and Y shelled each other's positions", "X and Y exchanged prisoners": an act each way
        also = [m.entity for m in cand.also if m.entity != PAIR] if cand is not None else []
        if trig.frame == "joint" and also and target is not None:
            done = self.coding.events[-1]
            parties = list(dict.fromkeys([source, target, *also]))
            for k, one in enumerate(parties):
                for other in parties[k + 1:]:
                    if (one, other) != (source, target):
                        self.coding.events.append(dataclasses.replace(done, source=one, target=other))
            return
        for other in also + ([pair_source] if pair_source is not None else []):
            if other not in (source, target) and not (target is not None and self.own_side(other, target, trig.type)):
                # "Russia and China vetoed the draft"; but of "the two leaders welcomed the lifting by Albania", not Albania's
                self.coding.events.append(dataclasses.replace(self.coding.events[-1], source=other))
        first = self.coding.events[-1]
        for second in [pair_target] if pair_target is not None else self.coordinated_targets(sent, toks, hit, cand, trig, target):
            if second not in (source, target):  # "urged Bishkek and Dushanbe to ..."
                self.coding.events.append(dataclasses.replace(first, target=second))
        if pair_source is not None:
            self.last_pair = (source, pair_source)  # "The leaders condemned ... They called on ...": the leaders
        elif target is not None:
            self.last_pair = (source, target)
        if trig.type == "CONSULT":
            self.last_consult = (source, target, self.paragraphs[sent])

    def act_answered(self, toks: list[Token], hit) -> ActReferred | None:
        """The act told before that is the reaction's whole object ("rejected the accusation", "dismissed the move
        as ..."); not "the accusation of spying" nor "the attack on the convoy", which go on to name who or what."""
        k = hit.end
        if k + 1 >= len(toks) or toks[k].lower not in ("the", "this", "that", "these", "those", "such"):
            return None
        if k + 2 < len(toks) and toks[k + 1].lower not in self.cb.acts_referred and toks[k + 1].text.isalpha() \
                and toks[k + 1].text.islower():
            k += 1  # "condemned the air strikes on Monday"
        act = self.cb.acts_referred.get(toks[k + 1].lower)
        after = [t.lower for t in toks[k + 2:k + 4]]
        if act is None or not (act.types or act.authors) \
                or after and after[0] in NAMING_AFTER_ACT and not (after[0] == "on" and after[1:] and after[1] in WEEKDAYS):
            return None
        return act

    def act_on(self, toks: list[Token], hit, k: int) -> bool:
        """Does the reaction name an act done on the actor at token k ("condemned the attack on ...")?"""
        return any(toks[j].lower in self.cb.acts_referred and toks[j + 1].lower in ("on", "against")
                   for j in range(hit.end, min(hit.end + 4, k - 1)))

    def target_by_context(self, sent: int, toks: list[Token], hit, source: int, target: int | None,
                          pair_target: int | None, also: frozenset[int], day: dt.date | None) -> tuple[int | None, int | None]:
        """The target (and a second one) when the sentence's structure gave none, or when a reaction's object
        names the acts of others: the act reacted to, the state visited, the people harmed, a state named
        around the trigger or in the sentence before."""
        trig = hit.trigger
        end = hit.end
        if end < len(toks) and toks[end].text == ",":  # "condemns, in the strongest terms, the massacre of ...": the
            end = next((k + 1 for k in range(end + 1, min(end + 7, len(toks))) if toks[k].text == ","), end)  # aside
        named = toks[max(hit.start + 1, end - 1):end + 3]  # "backed the decision": the phrase may name the act
        if (subject := _passive_subject(toks, hit.start)) is not None:
            named = [toks[k] for k in subject] + named  # "The attack was condemned by the UN"
        if [t.lower for t in toks[end:end + 3:2]] == ["what", "called"]:  # 'condemned what he called a
            named = [t for t in toks[end + 3:end + 8] if t.text not in QUOTE_MARKS][:3]  # "cowardly ambush"'
        referred = next((self.cb.acts_referred[t.lower] for t in named if t.lower in self.cb.acts_referred), None)
        authors = [m for m in self.by_sentence.get(sent, []) if m.prep == "by" and end < m.tok_start <= end + 12
                   and "," not in {t.text for t in toks[end:m.tok_start]}
                   and m.argument and m.entity not in (PAIR, source)] if referred is not None and trig.type in REACTIONS else []
        if authors:  # "condemned attacks on civilians by both the RSF and the army": the attackers
            target, pair_target = authors[0].entity, (authors[1].entity if len(authors) > 1 else None)
        if trig.type == "REQUEST" and referred is None and hit.end < len(toks) and toks[hit.end].lower == "that":
            be = next((k for k in range(hit.end + 1, min(hit.end + 6, len(toks) - 1)) if toks[k].lower == "be"), None)
            done = toks[be + 1].lower if be is not None else ""  # "demand that he be released": the release
            referred = self.cb.acts_referred.get(done[:-1]) if done.endswith("ed") else None
        asked = self.act_asked(toks, hit.end) if trig.type == "REQUEST" else None
        if asked is not None and asked.undoes:  # "demanded the release of the fishermen": of their captors
            undoer = next((self.answered(ev.source) for ev in reversed(self.coding.events) if target is not None
                           and ev.target == target and ev.event_type in asked.undoes | {"ASSAULT"}
                           and ev.source not in (None, source) and self.in_section(ev)), None)  # "called for the
            # abducted civilians to be released": by whoever abducted them
            undoer = self.latest_foreign_author(source, ActReferred(asked.undoes, frozenset())) if undoer is None else undoer
            target, pair_target = (undoer, None) if undoer is not None else (target, pair_target)
        if target is None and trig.type in REACTIONS and referred and (referred.types or referred.authors):
            target = self.latest_foreign_author(source, referred, day)  # "condemned the arrest": whoever made it
        if target is None and trig.type in REACTIONS:
            target = self.reacted_to(source)
        if target is None and trig.type in REACTIONS and referred is not None:
            target = self.latest_foreign_author(source, referred, day)  # "rejected the decision": the latest act's author
        channel = None
        if trig.type == "AID" and target is not None and self.entities[target].actor_type in ("igo", "organization") \
                and self.entities[target].country is None:
            channel, target = target, None  # "$5 million to the World Food Programme": aid for the state it serves
        if target is None and trig.mode == "crowd-control":  # "were dispersed by police with tear gas": the crowd
            return self.victims(sent, source), None
        if target is None and trig.mode == "break-relations":  # "recalled its consul general in La Paz": Bolivia
            posted = next((p for p in self.places if p.sentence == sent and p.tok_start >= hit.start), None)
            own = self.state_of(source)
            if posted is not None and (own is None or posted.country != self.entities[own].country):
                target = self.country_entity(posted.country)
        if target is None and trig.frame in ("active", "undergo"):  # "attacked a post near the Afghan border"; aid goes to a state
            donors = frozenset(m.entity for m in self.by_sentence.get(sent, []) if m.prep is None
                               or _in_relative_aside(toks, m.tok_start)) \
                if trig.type == "AID" else frozenset()  # "Britain said it would provide ..., and the UAE pledged": no
            # recipient; "Germany, which co-hosted the meeting with France, pledged": nor France
            target = self.foreign_after(sent, hit, source, anywhere=True, besides=also | donors, states_only=trig.type == "AID")
        if target is None and trig.type == "AID":  # aid goes to the state just visited or talked to, else the story's
            own = self.state_of(source)
            sent_to = next((p for p in self.places if p.sentence == sent and p.tok_start >= hit.end
                            and (own is None or p.country != self.entities[own].country)), None)
            if sent_to is not None:  # "sent 140 trucks of food into the Gaza Strip": Palestine
                return self.country_entity(sent_to.country), pair_target
            target = next((self.state_of(ev.target) for ev in reversed(self.coding.events) if ev.target is not None
                           and ev.event_type in ("CONSULT", "AID") and self.paragraphs[ev.sentence] == self.paragraphs[sent]
                           and self.state_of(ev.target) not in (own, None)), None)
            if target is None:  # the state the story names most, of those not giving aid in it
                donors = {source, *also} | {ev.source for ev in self.coding.events if ev.event_type == "AID"}
                recipient = most_named_state(self.entities, self.mentions, {self.entities[d].country for d in donors})
                target = self.country_entity(recipient) if recipient else channel
        if target is None and trig.type in ("ASSAULT", "COERCE"):
            target = self.victims(sent, source)  # "jets bombed the town" after "... killed 21 civilians"
        if target is None and trig.type in ("ASSAULT", "COERCE"):  # "the shelling of Kharkiv", "seized Goma": the
            # state of the place struck or taken
            state = self.state_of(source)
            own = self.entities[state].country if state is not None and self.entities[source].sector != "rebel" else None
            struck = next((p for p in self.places if p.sentence == sent and p.tok_start >= hit.start
                           and p.country != own), None)  # rebels who take a town take it from their state
            target = self.country_entity(struck.country) if struck is not None else None
        if target is None and trig.frame in ("active", "undergo") and sent > 0 \
                and self.paragraphs[sent - 1] == self.paragraphs[sent]:  # a new paragraph may tell of other sides
            target = self.foreign_after(sent - 1, hit, source, anywhere=True, earlier=True, states_only=True)
            if target is None and trig.type not in ("ASSAULT", "COERCE", "MOBILIZE"):  # a state before a body
                target = self.foreign_after(sent - 1, hit, source, anywhere=True, earlier=True)
        if target is None and trig.type in DYADIC_TYPES:  # "air raids on the Sweida countryside killed ten", "the
            target = self.other_side(source)  # spokesman warned that Bishkek would reconsider"
        return target, pair_target

    def accused_over(self, sent: int, toks: list[Token], start: int, source: int) -> int | None:
        """The first foreign state named after the "over" that follows token `start`: what a complaint is about."""
        over = next((k for k in range(start, len(toks)) if toks[k].lower == "over"), None)
        own = self.state_of(source)
        return next((state for m in self.by_sentence.get(sent, []) if over is not None and m.tok_start > over
                     and m.entity != PAIR and (state := self.state_of(m.entity)) not in (own, None)
                     and self.entities[state].actor_type == "country"), None)

    def taken_place(self, sent: int, toks: list[Token], hit) -> str | None:
        """If the object of a seizure is a place ("seized Goma", "seized El Fasher", "seized the eastern cities of
        Goma", "seized two border posts"), not people, craft or goods: the state of the city named ("" if none is).
        Looked for in the four words after the verb, up to a preposition other than the "of" of "the cities of"."""
        held = False
        for k in range(hit.end, min(hit.end + 6, len(toks))):
            tok = toks[k]
            place = next((p for p in self.places if p.sentence == sent and p.tok_start == k), None)
            if place is not None and tok.is_cap:
                return place.country
            if tok.lower in self.cb.word_lists["held_places"]:
                held = True
            elif not tok.text.isalnum() or tok.lower in PREPOSITIONS and not (held and tok.lower == "of") or tok.is_cap \
                    or k - hit.end >= 4:
                break
        return "" if held else None

    def other_side(self, source: int) -> int | None:
        """The other of the story's two sides, when the source's state is one of them."""
        sides = [self.state_of(side) for side in self.story_dyad() or ()]
        if self.state_of(source) not in sides or None in sides:
            return None
        return next((side for side in sides if side != self.state_of(source)), None)

    def victims(self, sent: int, source: int) -> int | None:
        """People named in this sentence or the one before as harmed ("civilians", "residents")."""
        cited = {k: cited_span(self.sentences[k]) for k in (sent, sent - 1)
                 if k >= 0 and self.paragraphs[k] == self.paragraphs[sent]}
        return next((m.entity for k in sorted(cited, reverse=True) for m in reversed(self.by_sentence.get(k, []))
                     if m.entity not in (PAIR, source)
                     and not cited[m.sentence][0] < m.tok_start < cited[m.sentence][1]
                     and self.entities[m.entity].actor_type == "group" and m.prep is None
                     and self.entities[m.entity].sector == "civil_society"), None)

    def foreign_after(self, sent: int, hit, source: int, anywhere: bool = False, earlier: bool = False,
                      states_only: bool = False, besides: frozenset[int] = frozenset()) -> int | None:
        """The first actor after a trigger (or, `anywhere`, in its sentence, or the `earlier` sentence) of another
        state than the source (or the first such state), other than the source's co-subjects (`besides`)."""
        own, toks = self.state_of(source), self.sentences[sent]
        asides = [] if earlier else relative_clauses(toks)
        end = len(toks) if anywhere else next((k for k, _ in _clause_ends(toks) if k >= hit.end), len(toks))
        # "Venezuela sent troops toward the border, and Brazil reinforced its frontier": not aimed at Brazil

        def contrasted(a: int, b: int) -> bool:  # "India pledged $60 million, while Japan announced ..."
            return any(toks[k].lower in CONTRASTS and toks[k - 1].text == "," for k in range(min(a, b) + 1, max(a, b)))

        return next((m.entity for m in self.by_sentence.get(sent, []) if (anywhere or hit.end <= m.tok_start < end)
                     and m.entity != PAIR and self.state_of(m.entity) not in (own, None) and m.entity not in besides
                     and not (anywhere and not earlier and contrasted(m.tok_start, hit.start))
                     and (not states_only or self.entities[m.entity].actor_type == "country")
                     and not _quoted(toks, m.tok_start)  # '"a violation of the Vienna Convention"' names no party
                     and not any(a < m.tok_start < b and not a < hit.start < b for a, b in asides)
                     # "Malaysia, which chairs ASEAN, repeated its call for a halt to violence": not to ASEAN
                     and not any(a <= m.start and m.end <= b for a, b in self.agreement_spans)), None)

    def own_side(self, source: int, target: int, event_type: str) -> bool:
        """Are source and target one side of the same state: a state and its organs or forces, or a state
        and its nationals? Kept as domestic acts: people protesting against or petitioning their state, the
        state repressing them, and acts between government and legislature or opposition."""
        if self.state_of(source) != self.state_of(target) or self.state_of(source) is None \
                or self.entities[source].state_guessed or self.entities[target].state_guessed \
                or "rebel" in (self.entities[source].sector, self.entities[target].sector):
            return False  # rebels and the state they fight are two sides
        official, people = self.official(source), self.entities[target].sector in ("civil_society", "other")
        if event_type in ("COERCE", "ASSAULT") and self.entities[target].actor_type == "person":
            return False  # "soldiers detained President X": a coup, not the state acting on itself
        if official and self.official(target):
            return True
        if official and people:  # "the ministry welcomed the release of the fishermen": not an act on them; but
            # freeing them is, and so is any act on a body of theirs ("urged the nurses' union to return to talks")
            return event_type not in ("COERCE", "ASSAULT", "RETREAT") and self.entities[target].actor_type != "organization"
        return not official and self.official(target) and event_type not in (
            "PROTEST", "REQUEST", "ACCUSE", "REJECT", "THREATEN")

    def allied(self, source: int, target: int) -> bool:
        """Is the target the source's own state, or a bloc the source's state belongs to?"""
        state, other = self.state_of(source), self.state_of(target)
        if state is None or other is None:
            return False
        return state == other or self.entities[state].country in self.entities[other].members

    def official(self, entity: int) -> bool:
        """Does the actor act for its state: the state itself, its government, officials or forces?"""
        ent = self.entities[entity]
        return ent.actor_type == "country" or ent.sector in ("government", "military")

    def answered(self, author: int) -> int:
        """Whom a reaction to an act answers: its author, but an IGO's official's body ("rejected the criticism" of
        the GCC's secretary-general: the GCC), as the official speaks for it."""
        ent = self.entities[author]
        return ent.affiliation if ent.actor_type == "person" and ent.affiliation is not None else author

    def act_asked(self, toks: list[Token], start: int) -> ActReferred | None:
        """The act a request names as its object, when no actor is asked: "demanded the immediate and unconditional
        release of the crew", "called for the president's release", "called for the civilians to be released"."""
        if start >= len(toks) or toks[start].lower not in ASKED_OPENERS:
            return None
        for k in range(start, min(start + 9, len(toks))):
            word = toks[k].lower
            if toks[k].text in (",", ";", ":", ".") or k > start and toks[k].is_cap \
                    or word == "to" and k + 1 < len(toks) and toks[k + 1].lower != "be":
                return None  # "urged the Centre to secure the release", "demanding that New Delhi secure": one asked
            if word == "be" and k + 1 < len(toks) and toks[k + 1].lower.endswith("ed"):
                word = toks[k + 1].lower[:-1]  # "released": release
            if word in self.cb.acts_referred:
                return self.cb.acts_referred[word]
        return None

    def latest_foreign_author(self, source: int, act: ActReferred, day: dt.date | None = None) -> int | None:
        """The author of the latest act of the kind named, by another side than the source's: another state,
        or a named armed group of the source's own (al-Shabaab for the Somali president); not one done after the
        `day` of the reaction ("condemned the drone attack on Tuesday" answers no strike of Wednesday)."""
        state, published = self.state_of(source), self.article.published_date
        acts = [ev for ev in reversed(self.coding.events) if ev.source is not None and self.in_section(ev)
                and (day is None or ev.event_date is None or ev.event_date <= day)
                and (self.state_of(ev.source) != state or ev.source != source and self.entities[ev.source].sector == "rebel"
                     and self.entities[ev.source].key.startswith("org:"))
                and (not act.types or ev.event_type in act.types)
                and (not act.authors or self.entities[ev.source].actor_type in act.authors)]
        news = [ev for ev in acts if published is None or (published - ev.event_date).days <= RECENT_DAYS]
        return next((self.answered(ev.source) for ev in news or acts), None)  # the news, not a treaty's history

    def coordinated_targets(self, sent: int, toks: list[Token], hit, cand, trig, target: int | None) -> list[int]:
        """The second of two coordinated objects of a one-sided act ("urged Bishkek and Dushanbe to") or of talks
        ("held talks with Israel and Hamas"); for a recall, the further capitals it is from ("recalled its
        ambassadors from London, Paris and Berlin")."""
        if trig.mode == "break-relations" and (cand is None or cand.target is None):
            posted = [p for p in self.places if p.sentence == sent and p.tok_start >= hit.start]
            if not posted or target is None or self.entities[target].country != posted[0].country:
                return []
            listed = []
            for a, b in zip(posted, posted[1:], strict=False):
                if b.tok_start - a.tok_end > 2 or toks[a.tok_end].lower not in (",", "and"):
                    break
                listed.append(self.country_entity(b.country))
            return listed
        if trig.type == "CONSULT" and cand is not None and cand.target is not None and cand.target.entity != PAIR \
                and cand.target.prep == "with":
            for m in self.by_sentence.get(sent, []):  # "spoke by phone with X and, separately, with Y"
                with_at = m.tok_start - 1 - (m.tok_start >= 2 and toks[m.tok_start - 1].lower == "the")
                between = {t.lower for t in toks[cand.target.tok_end:with_at]}
                if m.prep == "with" and m.tok_start > cand.target.tok_end and m.argument and m.entity != PAIR \
                        and "and" in between and between <= SEPARATELY:
                    return [m.entity]
        elif cand is None or cand.target is None or cand.target.entity == PAIR or trig.frame != "active" \
                or cand.target.prep == "between":  # "welcomed the talks between ASEAN and China": a pair
            return []
        end = cand.target.tok_end
        if end + 1 < len(toks) and toks[end].text == "." and toks[end + 1].lower == "and":
            end += 1  # "urged the U.S. and Chinese governments"
        if end >= len(toks) or toks[end].lower != "and":
            return []
        start = end + 1 + (end + 1 < len(toks) and toks[end + 1].lower == "the")  # "the army and the RSF"
        person = self.entities[cand.target.entity].actor_type == "person"  # "urged Israel and Hezbollah", not
        # "urged Israel and Hezbollah's leader Naim Qassem"
        return [m.entity for m in self.by_sentence.get(sent, []) if m.tok_start == start
                and m.argument and m.entity != PAIR and (self.entities[m.entity].actor_type == "person") == person
                and not (m.tok_end < len(toks) and is_past(toks[m.tok_end]))][:1]  # not "freed X and Y released Z"

    def in_section(self, ev: CodedEvent) -> bool:
        """Is the event told in the roundup item being coded? An item's reactions answer its own news only."""
        return self.section_now is None or self.sections[ev.sentence] == self.section_now

    def reacted_to(self, source: int) -> int | None:
        """Who an untargeted reaction ("Iran rejected the measures") answers: the source of the latest
        event that targeted the reacting actor or its state."""
        state = self.state_of(source)
        for ev in reversed(self.coding.events):
            if ev.target is not None and ev.source is not None and ev.source != source and self.in_section(ev) \
                    and (ev.target == source or (state is not None and self.state_of(ev.target) == state)):
                return self.answered(ev.source)
        return None

    def place_for(self, sent: int, hit) -> Place | None:
        places = [p for p in self.places if p.sentence == sent]
        if not places:
            return None
        after = [p for p in places if p.tok_start >= hit.end]
        return after[0] if after else places[-1]

    def agreement_place(self, sent: int) -> str | None:
        places = [p for p in self.places if p.sentence == sent]
        return places[0].text if places else None

    def visit_destination(self, sent: int, hit, source: int) -> int | None:
        place = next((p for p in self.places if p.sentence == sent and p.tok_start >= hit.end), None)
        if place is not None:
            return self.country_entity(place.country)
        own = self.entities[source].country
        for m in self.mentions:
            if m.sentence == sent and m.entity != PAIR:
                ent = self.entities[m.entity]
                if ent.actor_type == "country" and ent.country != own:
                    return ent.index
        if self.home in self.cb.countries and self.home != own:  # "arrived in the national capital"
            return self.country_entity(self.home)
        return None

    def mediated(self, sent: int, hit) -> tuple[int, int, int] | None:
        """The mediator named after "mediated by" and the two sides of the act told before it in the sentence."""
        mediator = next((m.entity for m in self.by_sentence.get(sent, []) if m.entity != PAIR
                         and hit.end < m.tok_start <= hit.end + 2), None)
        act = next((e for e in reversed(self.coding.events) if e.sentence == sent and e.source is not None
                    and e.target is not None and mediator not in (e.source, e.target)), None)
        return (mediator, act.source, act.target) if mediator is not None and act is not None else None

    def brokered_sides(self, sent: int, toks: list[Token], hit) -> tuple[int | None, int | None]:
        """The two sides of an act another brought about: those named after "between", else the story's two."""
        between = next((k for k in range(hit.end, len(toks)) if toks[k].lower == "between"), None)
        sides = [m.entity for m in self.by_sentence.get(sent, []) if between is not None and m.tok_start > between
                 and m.entity != PAIR][:2]
        if len(sides) == 2:
            return sides[0], sides[1]
        dyad = self.story_dyad()
        return dyad if dyad is not None else (None, None)

    def link_agreement(self, toks: list[Token], hit, agreements: list[AgreementMention]) -> AgreementMention | None:
        agreements = [a for a in agreements if (not _quoted(toks, a.tok_start)  # '"a violation of the Vienna Convention"'
                      or toks[a.tok_start - 1].text in ('"', "“"))  # but a quoted name is the agreement's
                      and not _none(toks, a.tok_start)]
        if not agreements:
            return None
        if hit.trigger.needs == "agreement" and hit.end < len(toks) and toks[hit.end].lower == "by" and hit.start > 0 \
                and toks[hit.start - 1].text.isalpha() \
                and toks[hit.start - 1].lower not in AUXILIARIES and not toks[hit.start - 1].lower.endswith("ly"):
            # "the accord signed by X" is the accord's signing; "a statement issued by X" is no agreement's
            return next((a for a in agreements if a.tok_end == hit.start), None)
        before = [a for a in agreements if a.tok_end <= hit.start
                  and not any(t.text == ";" or (t.lower in ("and", "while") and toks[k - 1].text == ",")
                              for k, t in enumerate(toks[a.tok_end:hit.start], a.tok_end))]
        if before and hit.start > 0 and (toks[hit.start - 1].lower in AUXILIARIES  # "an MoU was signed"
                                         or toks[hit.start - 1].text == "," and before[-1].tok_end == hit.start - 1):
            return before[-1]  # "The Algiers Agreement, signed in December 2000, ..."
        if hit.trigger.needs == "agreement" and toks[hit.start].lower in AUXILIARIES and hit.end < len(toks) \
                and toks[hit.end].lower == "under":
            return before[-1] if before else None  # "The EDB was established under an agreement": a bank established
        after = [a for a in agreements if a.tok_start >= hit.start and (hit.trigger.type == "CONSULT" or not any(
                 _verb(toks, k) for k in range(hit.end, a.tok_start)))]
        # "issued a notice to Pakistan seeking modification of the treaty" issued no treaty; but "discussions on
        # expanding ties, including moves toward a Free Trade Agreement" are on one
        return after[0] if after else before[-1] if before else None  # "..., and the EAM announced a grant": no link

    def partners(self, mention: AgreementMention, sent: int) -> list[Mention]:
        """The actors named after the agreement as its partners ("... with X", "... between X and Y")."""
        return [m for m in self.by_sentence.get(sent, []) if m.entity != PAIR and mention.partners
                and mention.end <= m.start and m.tok_start <= mention.tok_end + 1 + len(mention.partners)]

    def named_parties(self, mention: AgreementMention, sent: int) -> list[int]:
        """The states and blocs an agreement's own words name: "the France-Gabon defence agreement", "the Treaty on
        the State Border between Tajikistan and Kyrgyzstan"."""
        toks = self.sentences[sent]  # not a body whose state is only guessed ("Treaty on Conventional Armed Forces")
        named = [m.entity for m in self.by_sentence.get(sent, []) if m.entity != PAIR and mention.start <= m.start
                 and m.end <= mention.end and self.entities[m.entity].actor_type in ("country", "igo")
                 and not self.signed_in(toks, m)]
        if mention.tok_end < len(toks) and toks[mention.tok_end].lower == "between":
            named += [m.entity for m in self.partners(mention, sent)]  # "the ceasefire between the DRC and Rwanda"
        return list(dict.fromkeys(state for state in map(self.state_of, named) if state is not None))

    def signed_in(self, toks: list[Token], m: Mention) -> bool:
        """Does a city in an agreement's name say where it was signed ("the Algiers Agreement"), not who signed
        it ("the Washington-Tehran deal")?"""
        entry = self.cb.gazetteer.get(tuple(t.text for t in toks[m.tok_start:m.tok_end]))
        return entry is not None and entry.form in ("capital", "city") \
            and "-" not in {t.text for t in toks[max(0, m.tok_start - 1):m.tok_end + 1]}

    def parties_for(self, mention: AgreementMention, source: int | None, target: int | None, sent: int) -> list[int]:
        """States and blocs party to an agreement: those in its name, the event's actors, the states the
        sentence names, then its partner ("... with X"); a member of a bloc party is not a party beside it."""
        parties = self.named_parties(mention, sent)

        def add(entity: int | None) -> None:
            state = self.state_of(entity)
            if state is not None and state not in parties:
                parties.append(state)

        toks = self.sentences[sent]
        in_sentence = [m for m in self.by_sentence.get(sent, []) if m.entity != PAIR and not _mediator(toks, m)]
        partners = self.partners(mention, sent)
        named_parties = len(parties) >= 2  # "the France-Gabon defence agreement": its name says who
        if not named_parties:
            add(source)
            add(target)
        if len(parties) < 2:
            for m in self.by_sentence.get(sent, []):  # "relations between the neighbours ..., which ended with a
                if m.entity == PAIR and m.tok_end <= mention.tok_start:  # ceasefire mediated by Qatar": theirs
                    for side in self.resolve_pair(m, None):
                        add(side)
        if len(parties) < 2:
            for m in in_sentence:
                if m not in partners and not (mention.start <= m.start and m.end <= mention.end):
                    add(m.entity)
        for m in partners if not named_parties else []:
            add(m.entity)
        if not parties and (dyad := self.story_dyad()) is not None:  # "builds on the MoU signed in 2022": the story's two
            add(dyad[0])
            add(dyad[1])
        blocs = [p for p in parties if self.entities[p].actor_type == "igo"]
        members = {c for b in blocs for c in self.entities[b].members}
        sides = {self.state_of(source), self.state_of(target)}
        dealing = sides if sides & set(blocs) else set()  # "Kyrgyzstan signed a loan agreement with the Eurasian
        # Development Bank": a member dealing with its own bloc is a party beside it
        return [p for p in parties if p in blocs or p in dealing or self.entities[p].country not in members][:4]

    def add_agreement(self, mention: AgreementMention, trig, source, target, sent, date, precision, explicit,
                      meeting) -> int | None:
        reaction = trig.type in REACTIONS  # who rejects or condemns an agreement is no party to it, nor changes it
        if trig.type != "AGREE" and self.standing(mention):
            return None  # "acting under Chapter VII of the UN Charter": law cited, no agreement told
        if reaction:
            source = target = None
        if (mention.start, mention.topic) in self.agreement_of:  # "agreed to a ceasefire in talks mediated by Qatar"
            return self.agreement_of[mention.start, mention.topic]
        parties = self.parties_for(mention, source, target, sent)
        status = _status(trig)
        signatories = [e for e in (source, target) if e is not None and self.entities[e].actor_type == "person"
                       and trig.type == "AGREE"]  # who hails an agreement did not sign it
        earlier = None if mention.named else self.antecedent(mention, [] if reaction else parties)
        if earlier is not None:  # "the pact", "the ceasefire": the agreement named before
            if not reaction:
                self.told_again(self.coding.agreements[earlier], status, date, precision, explicit, signatories)
            return earlier
        if reaction and not mention.named:
            return None  # "urged both sides to return to the ceasefire": no agreement of its own
        if mention.named:
            name = key_name = mention.name
        elif meeting is not None and meeting[1] == self.paragraphs[sent] and mention.agreement_type == "protocol":
            name = key_name = f"{mention.name.split()[-1].capitalize()} of the {meeting[0]}"
        else:  # "two MoUs on health and on rail": "MoU on health", one per topic; the parties are in the key
            name = _singular_kind(mention) + (f" on {mention.topic}" if mention.topic else "")
            key_name = " ".join([*(self.entities[p].name for p in parties[:2]), name])  # two states' "MoU on health" are two
        key = agreement_key(self.cb, key_name)
        known = self.known_agreement(key, mention.named)
        if known is None and mention.named and trig.type == "AGREE":
            known = self.kind_named_now(mention, parties, date if precision == "day" else None)
        if known is not None:
            if not reaction:
                self.told_again(self.coding.agreements[known], status, date, precision, explicit, signatories)
            return known
        self.coding.agreements.append(CodedAgreement(
            key=key, name=name, agreement_type=mention.agreement_type, status=status,
            status_date=date if (explicit or date) else None, status_precision=precision if date else None,
            parties=parties, signatories=signatories, location=self.agreement_place(sent), evidence=self.body[slice(*self.spans[sent])],
            named=mention.named,
        ))
        self.agreement_of[mention.start, mention.topic] = len(self.coding.agreements) - 1
        return len(self.coding.agreements) - 1

    def kind_named_now(self, mention: AgreementMention, parties: list[int], day: dt.date | None) -> int | None:
        """The agreement told signed before by its kind alone and named now ("signed an arrangement on Tuesday
        ... The Readmission Arrangement was signed in Algiers"): the same parties' one of that kind, which takes the
        name. A bare "agreement" only when signed the same day: "an agreement signed in 2018" is seldom the CEPA
        named after it, but "Panama and Colombia signed an agreement on Tuesday ... The Binational Agreement on
        Orderly Migration was signed in Panama City" is one."""
        head = next((w for w in mention.name.lower().split() if w in VAGUE_KINDS), None)
        for index, existing in enumerate(self.coding.agreements):
            kind = existing.name.lower() == head or day is not None and existing.status_precision == "day" \
                and existing.status_date == day and existing.name.lower() == mention.agreement_type
            if not existing.named and kind \
                    and (not parties or not existing.parties or set(parties) & set(existing.parties)) \
                    and existing.status == "signed":
                existing.name, existing.named = mention.name, True
                existing.key = agreement_key(self.cb, mention.name)
                return index
        return None

    def settle_signatories(self) -> None:
        """Two officials who sign a bilateral agreement stand for its two parties: one whose state is unknown,
        or the same as the other's ("signed by Minister of Agriculture A and Minister of Agriculture B"), is of
        the other party."""
        for ev in self.coding.events:
            if ev.event_type != "AGREE" or ev.agreement is None or ev.source is None or ev.target is None:
                continue
            agreement = self.coding.agreements[ev.agreement]
            parties = [self.entities[p].country for p in agreement.parties if self.entities[p].actor_type == "country"]
            if len(parties) < 2 and (dyad := self.story_dyad()) is not None:  # the story's two sides
                parties = [self.entities[s].country for s in map(self.state_of, dyad)
                           if s is not None and self.entities[s].actor_type == "country"]
            first, second = self.entities[ev.source], self.entities[ev.target]
            if len(set(parties)) != 2 or first.actor_type != "person" or second.actor_type != "person":
                continue
            pairs = ((second, first), (first, second))
            for one, other in sorted(pairs, key=lambda pair: not pair[0].state_guessed):  # a guessed state yields first
                if other.country in parties and (one.country is None or one.country == other.country):
                    one.country = next(p for p in parties if p != other.country)
                    state = self.country_entity(one.country)
                    if state not in agreement.parties:
                        agreement.parties.append(state)
                    break

    def renamed(self, mention: AgreementMention) -> bool:
        """Is the mention another name of the agreement before it ("..., known as the Pukpuk Treaty")?"""
        return ALIAS_RE.search(self.body[max(0, mention.start - 20):mention.start]) is not None

    def known_agreement(self, key: str, named: bool) -> int | None:
        """The agreement already coded under this key or another name of it ("..., known as the Pukpuk Treaty"),
        or, for a name, under a shorter or longer form of it ("the Argyle Declaration", "the Joint Declaration of
        Argyle for Dialogue and Peace": a shared word that is not a kind's)."""
        if key in self.key_alias:
            return self.key_alias[key]
        words = set(key.split())
        return next((index for index, a in enumerate(self.coding.agreements) if a.key == key or (
            named and a.named and (words <= set(a.key.split()) or set(a.key.split()) <= words)
            and words & set(a.key.split()) - self.cb.agreement_generic)), None)

    def standing(self, mention: AgreementMention) -> bool:
        """Is the agreement law every state is bound by (the codebook's standing instruments)?"""
        return any(law in mention.name.lower() for law in self.cb.standing_instruments)

    def add_named_agreement(self, mention: AgreementMention, sent: int) -> None:
        """A named agreement the article only mentions ("reaffirmed the Five-Point Consensus") is still one, as
        signed unless the sentence says otherwise ("negotiations on ...")."""
        key = agreement_key(self.cb, mention.name)
        if (mention.start, mention.topic) in self.agreement_of or self.known_agreement(key, True) is not None \
                or self.renamed(mention) or self.standing(mention):
            return  # "in line with the UN Charter": law cited, no agreement told
        words = tuple(t.lower for t in self.sentences[sent])
        status = next((status for status, cues in self.cb.status_cues.items()
                       if any(_contains(words, cue) for cue in cues)), "signed")
        self.coding.agreements.append(CodedAgreement(
            key=key, name=mention.name, agreement_type=mention.agreement_type, status=status, status_date=None,
            status_precision=None, parties=self.parties_for(mention, None, None, sent), signatories=[],
            location=None, evidence=self.body[slice(*self.spans[sent])], named=True))
        self.agreement_of[mention.start, mention.topic] = len(self.coding.agreements) - 1

    def sign_dated_name(self, mention: AgreementMention, sent: int, dates: list[DateMention]) -> None:
        """A named agreement dated by its own words ("the Algiers Agreement of December 2000", "the Abidjan
        Declaration of 26 March 2018", "the 1984 Treaty of Peace and Friendship") tells when its two parties signed
        it, whatever the sentence does with it; a third party or one alone leaves the signing uncoded."""
        toks = self.sentences[sent]
        s_start = self.spans[sent][0]
        after = re.match(r"\s+of\s+", self.body[mention.end:self.spans[sent][1]])
        when = next(((d.date, d.precision) for d in dates if after is not None and d.explicit and not d.since
                     and not d.year_guessed and d.start == mention.end - s_start + after.end()), None)
        if when is None and after is not None and mention.tok_end + 1 < len(toks) \
                and _year_token(toks[mention.tok_end + 1]):
            when = (dt.date(int(toks[mention.tok_end + 1].text), 1, 1), "year")  # "... Agreement of 1974"
        if when is None and mention.tok_start >= 2 and toks[mention.tok_start - 2].lower == "the" \
                and _year_token(toks[mention.tok_start - 1]):
            when = (dt.date(int(toks[mention.tok_start - 1].text), 1, 1), "year")  # "the 1951 Mutual Defense Treaty"
        index = self.agreement_of.get((mention.start, mention.topic))
        index = self.known_agreement(agreement_key(self.cb, mention.name), True) if index is None else index
        if when is None or index is None or self.published is not None and when[0] >= self.published:
            return
        agreement = self.coding.agreements[index]
        if self.standing(mention) or any(e.agreement == index and e.event_type == "AGREE" for e in self.coding.events):
            return  # law every state is bound by ("the 1961 Vienna Convention"), or its signing told already
        parties = self.signing_parties(mention, sent)
        if len(parties) != 2:
            return
        if agreement.status == "signed":  # what else the sentence does with it changes nothing of its status
            agreement.status_date, agreement.status_precision = when
        s_end = self.spans[sent][1]
        self.coding.events.append(CodedEvent(
            sentence=sent, char_start=s_start, char_end=s_end, evidence=self.body[s_start:s_end],
            event_date=when[0], precision=when[1], date_explicit=True, event_type="AGREE", mode="sign",
            contexts=self.contexts(sent, "AGREE"), cameo="057", quad_class=self.cb.quad_class("057"),
            source=parties[0], target=parties[1], location=None, location_country=None, agreement=index,
            confidence=0.7, trigger=DATED_NAME, trigger_start=mention.tok_start, trigger_end=mention.tok_end,
        ))

    def signing_parties(self, mention: AgreementMention, sent: int) -> list[int]:
        """Who signed an agreement only named: those its name says ("the India-Sri Lanka Maritime Boundary
        Agreement"), else the pair the sentence speaks of ("Both ministers paid tribute to the 1984 Treaty") or joins
        ("Brazilian and Paraguayan negotiators"), else, in a sentence that names no one else, the story's two sides
        ("That war was ended by the Algiers Agreement of December 2000"). Any other state a sentence names is seldom
        a signatory: "accused Greece of violating the 1947 Paris Treaty"."""
        parties = self.named_parties(mention, sent)
        if len(parties) >= 2:
            return parties
        here = [m for m in self.by_sentence.get(sent, []) if not (mention.start <= m.start and m.end <= mention.end)]
        for m in here:
            if m.entity == PAIR:
                parties += [s for s in map(self.state_of, self.resolve_pair(m, None)) if s is not None and s not in parties]
        if len(parties) < 2 and (joined := self.joined_states(mention)) is not None:
            parties = list(joined)  # "Brazilian and Paraguayan negotiators ... revising the 1973 Itaipu Treaty"
        if not parties and not here and (dyad := self.story_dyad()) is not None:
            parties = [s for s in dict.fromkeys(map(self.state_of, dyad)) if s is not None]
        return parties

    def antecedent(self, mention: AgreementMention, parties: list[int]) -> int | None:
        """The agreement a definite description ("the pact", "the truce") refers back to: the latest one
        of the same kind (any kind for a bare "agreement" or "deal") whose parties do not contradict it."""
        before = self.body[max(0, mention.start - 12):mention.start].split()
        year = int(before.pop()) if before and before[-1].isdigit() and len(before[-1]) == 4 else None  # "the 2015 declaration"
        if not before or before[-1].lower() not in ("the", "this", "that") or mention.topic:
            return None  # "builds upon the MoU on defence cooperation": another MoU
        named = {self.state_of(m.entity) for m in self.mentions
                 if m.entity != PAIR and mention.start <= m.start and m.end <= mention.end}
        named |= set(self.named_parties(mention, mention.sentence))  # "the peace agreement between Armenia and Azerbaijan"
        for index in range(len(self.coding.agreements) - 1, -1, -1):
            existing = self.coding.agreements[index]
            if not named <= set(existing.parties):
                continue  # "the India-UAE agreement" is not the India-Oman one named before
            if year is not None and (existing.status_date is None or existing.status_date.year != year):
                continue  # "the 2020 agreement" is not the declaration adopted this week
            titled = sum(w[:1].isupper() for w in mention.name.split()) >= 2  # "the Bilateral Security Agreement"
            same_kind = existing.agreement_type == mention.agreement_type \
                or (mention.agreement_type in ("agreement", "other") and not titled) \
                or mention.name.lower().split()[-1] in ("pact", "deal", "accord")
            if same_kind and (not parties or not existing.parties or set(parties) & set(existing.parties)):
                return index
        return None

    @staticmethod
    def told_again(agreement: CodedAgreement, status: str, date, precision, explicit: bool,
                   signatories: list[int]) -> None:
        """An agreement told again: its status follows the latest dated evidence, and who signed it may be new
        ("The agreement was signed in Bishkek by Finance Minister Almaz Bekturov and ...")."""
        agreement.signatories += [e for e in signatories if e not in agreement.signatories]
        if explicit and date and (agreement.status_date is None or date >= agreement.status_date):
            agreement.status, agreement.status_date, agreement.status_precision = status, date, precision

    def stands_for(self, person: int | None, state: int | None) -> bool:
        """Is `person` someone of the state `state` ("held a call with Egyptian FM Mansour and discussed ...": the
        discussion with Egypt is that call)?"""
        if person is None or state is None:
            return False
        p, s = self.entities[person], self.entities[state]
        return p.actor_type == "person" and s.actor_type == "country" and p.country == s.country

    def protest_own_state(self) -> None:
        """A protest that names no one it is against ("miners marching on the seat of government") is against the
        protesters' own state, as the gold codes domestic protest."""
        for ev in self.coding.events:
            group = self.entities[ev.source] if ev.source is not None else None
            if ev.event_type == "PROTEST" and ev.target is None and group is not None and group.actor_type == "group" \
                    and group.country in self.cb.countries:
                ev.target = self.country_entity(group.country)

    def demands_of_protests(self) -> None:
        """What a crowd demands as it protests ("rallied outside the government building in Vilnius, demanding
        compensation") it demands of whom it protests against."""
        for ev in self.coding.events:
            toks = self.sentences[ev.sentence]
            if ev.event_type != "REQUEST" or not toks[ev.trigger_start].lower.endswith("ing") \
                    or ev.trigger_start == 0 or toks[ev.trigger_start - 1].text != ",":
                continue
            rally = next((p for p in self.coding.events if p.event_type == "PROTEST" and p.sentence == ev.sentence
                          and p.source == ev.source and p.trigger_end <= ev.trigger_start and p.target is not None), None)
            if rally is not None:
                ev.target = rally.target

    def concede_to_crowd(self) -> None:
        """A concession that names no one it is made to ("the government withdrew the levy after a week of protests")
        is made to the crowd of its state that protested in the story, as the gold codes it."""
        for ev in self.coding.events:
            state = self.state_of(ev.source)
            if ev.event_type != "CONCEDE" or ev.target is not None or state is None:
                continue
            ev.target = next((p.source for p in self.coding.events if p.event_type == "PROTEST" and p.source is not None
                              and self.sections[p.sentence] == self.sections[ev.sentence]
                              and self.entities[p.source].actor_type == "group"
                              and self.entities[p.source].country == self.entities[state].country), None)

    def aim_deployments(self) -> None:
        """A deployment that names no one it faces is aimed at the armed group or foreign state that, in the
        sentence before, the same or the next, attacked the deploying state's side or was blamed by it ("deployed
        1,500 soldiers to Sucumbios ... The military blamed a dissident faction of the FARC")."""
        for ev in self.coding.events:
            state = self.state_of(ev.source)
            if ev.event_type != "MOBILIZE" or ev.target is not None or state is None:
                continue
            foes = []
            for e in self.coding.events:
                if e.source is None or e.target is None or self.sections[e.sentence] != self.sections[ev.sentence]:
                    continue
                foe, side = (e.source, e.target) if e.event_type in ("ASSAULT", "COERCE", "THREATEN") \
                    else (e.target, e.source) if e.event_type == "ACCUSE" else (None, None)
                if foe is not None and self.state_of(side) == state and self.foe_of(foe, state):
                    foes.append((abs(e.sentence - ev.sentence), foe))
            if foes:
                ev.target = min(foes)[1]

    def harmed_of_home(self) -> None:
        """People harmed by a foreign state's act whose nationality the text does not give ("a Russian missile strike
        on the city killed two rescue workers", filed from Odesa) are of the state the story is filed from, not of
        the state the article names most, which is often the attacker's."""
        if self.home not in self.cb.demonyms or len(set(self.sections)) > 1:
            return  # a roundup's items are filed from elsewhere
        for ev in self.coding.events:
            harmed = self.entities[ev.target] if ev.target is not None else None
            attacker = self.state_of(ev.source)
            if ev.event_type not in ("ASSAULT", "COERCE") or harmed is None or not harmed.nationality_assumed \
                    or attacker is None or harmed.country != self.entities[attacker].country or harmed.country == self.home:
                continue
            base = next((a for a in harmed.aliases if harmed.name.endswith(" " + a)), harmed.name)
            harmed.country, harmed.nationality_assumed = self.home, False
            harmed.key, harmed.name = f"group:{self.home}:{base}", f"{self.cb.demonyms[self.home]} {base}"

    def foe_of(self, actor: int, state: int) -> bool:
        """Is the actor a named armed group, or another state, that a state's forces may face?"""
        ent = self.entities[actor]
        return ent.actor_type == "group" and ent.sector == "rebel" and ent.key.startswith("org:") \
            or ent.actor_type == "country" and actor != state

    def name_bodies_by_state(self) -> None:
        """A body named only in lower case ("the foreign ministry in Chisinau") is released under its state's name
        ("Moldovan Foreign Ministry"), as it would be written out."""
        for ent in self.entities:
            if ent.actor_type == "organization" and ent.country in self.cb.demonyms \
                    and tuple(ent.name.lower().split()) in self.cb.lower_bodies:
                ent.name = state_body_name(self.cb, ent.country, ent.name)

    def claimant(self, m: Mention) -> bool:
        """Does a named armed group claim an act here ("JNIM claimed responsibility for the abduction", "Islamic
        State Sahel Province claimed the kidnapping")?"""
        ent = self.entities[m.entity] if m.entity != PAIR else None
        if ent is None or ent.actor_type != "group" or ent.sector != "rebel" or ent.key.startswith("group:"):
            return False
        toks, k = self.sentences[m.sentence], m.tok_end
        if k < len(toks) and toks[k].text == "(":  # "Tehrik-i-Taliban Pakistan (TTP) claimed"
            k = next((j + 1 for j in range(k, len(toks)) if toks[j].text == ")"), k)
        if k < len(toks) and toks[k].text == ",":  # "Al-Shabaab, the Al-Qaeda-linked militant group, claimed"
            k = next((j + 1 for j in range(k + 1, min(k + 10, len(toks))) if toks[j].text == ","), k)
        if k < len(toks) and toks[k].lower in ("has", "had", "later", "quickly", "swiftly"):
            k += 1
        start = m.tok_start - (m.tok_start > 0 and toks[m.tok_start - 1].lower == "the")
        if start >= 2 and [t.lower for t in toks[start - 2:start]] == ["claimed", "by"]:  # "the attack near Gwadar,
            # claimed by the Balochistan Liberation Army"; but not a name cut short ("by Islamic State Mozambique Province")
            return m.tok_end >= len(toks) or not toks[m.tok_end].is_cap
        if k + 1 >= len(toks) or toks[k].lower != "claimed":
            return False
        act = toks[k + 2].lower if k + 2 < len(toks) and toks[k + 1].lower in ("the", "a") else None
        referred = self.cb.acts_referred.get(act) if act else None
        return toks[k + 1].lower == "responsibility" or referred is not None and "ASSAULT" in referred.types

    def credit_claimed_acts(self) -> None:
        """The acts of unnamed gunmen or militants are the acts of the one group that claimed them in the same story,
        and a condemnation of the attack is aimed at that group: gold and users want the perpetrator, and the claim
        names it."""
        unnamed = {e.index for e in self.entities if e.key.startswith("group:") and e.sector == "rebel"}
        claims: dict[int, set[int]] = {}  # section -> the groups that claim an act in it
        for m in self.mentions:
            if self.claimant(m):
                claims.setdefault(self.sections[m.sentence], set()).add(m.entity)
        for section, claimants in claims.items():
            if len(claimants) != 1:
                continue
            group = next(iter(claimants))
            for ev in self.coding.events:
                if self.sections[ev.sentence] != section:
                    continue
                ev.source = group if ev.source in unnamed else ev.source
                ev.target = group if ev.target in unnamed and ev.source != group else ev.target
                if self.condemns_attack(ev):  # "India condemned the terrorist attack on a hotel in Mogadishu"
                    ev.target = group
            self.mentions[:] = [dataclasses.replace(m, entity=group) if m.entity in unnamed
                                and self.sections[m.sentence] == section else m for m in self.mentions]

    def condemns_attack(self, ev: CodedEvent) -> bool:
        """Is the event a condemnation of an attack whose author the sentence does not name ("condemned the
        terrorist attack on a convoy in Balochistan"), not one whose author it names ("condemned the Israeli strikes",
        "the strikes by Pakistan")?"""
        toks = self.sentences[ev.sentence]
        subject = _passive_subject(toks, ev.trigger_start)
        passive = subject is not None
        named = reversed(subject) if passive \
            else range(ev.trigger_end, min(ev.trigger_end + 3, len(toks)))  # "The attack was condemned by the AU"
        act = next((k for k in named if "ASSAULT" in getattr(self.cb.acts_referred.get(toks[k].lower), "types", ())), None)
        target = self.entities[ev.target] if ev.target is not None else None
        return ev.event_type == "ACCUSE" and act is not None and (target is None or target.actor_type == "country") \
            and (passive or not any(t.is_cap for t in toks[ev.trigger_end:act]) and not any(t.lower == "by" for t in toks[act:]))

    def talks_before_signing(self) -> None:
        """A signing "after two days of talks" tells of talks between the signers, the same day, unless the
        article codes those talks already (a sentence of their own, "talks between X and Y")."""
        if self.cb.talks_before_signing is None:
            return
        event_type, mode, cameo = self.cb.talks_before_signing
        told = {(ev.event_date, frozenset(map(self.state_of, (ev.source, ev.target))))
                for ev in self.coding.events if ev.event_type == event_type}
        for ev in list(self.coding.events):
            if ev.event_type != "AGREE" or ev.mode != "sign" or ev.source is None or ev.target is None:
                continue
            toks = self.sentences[ev.sentence]
            after = next((k for k in range(ev.trigger_end, len(toks)) if toks[k].lower == "after"), None)
            talks = next((j for j in range(after + 1, min(after + 8, len(toks))) if toks[j].lower in TALKS), None) \
                if after is not None else None
            if talks is None or not all(t.text.islower() or t.text.isdigit() or t.text == "-" for t in toks[after + 1:talks]) \
                    or LONG_SPANS & {t.lower for t in toks[after + 1:talks]} or not self.recent(ev.event_date):
                continue  # "after two days of talks" this week; not "after Monday's clash", nor a treaty signed
                # "in 1960 after nine years of talks", whose talks are history
            sides = (ev.event_date, frozenset(map(self.state_of, (ev.source, ev.target))))
            if sides in told:
                continue
            told.add(sides)
            self.coding.events.append(dataclasses.replace(
                ev, event_type=event_type, mode=mode, cameo=cameo, quad_class=self.cb.quad_class(cameo),
                contexts=self.contexts(ev.sentence, event_type), agreement=None, trigger="after * talks",
                trigger_start=talks, trigger_end=talks + 1))

    def meet_as_delegation_heads(self) -> None:
        """Talks between two states whose delegations' heads are named ("The Indian delegation was led by X, while
        the Armenian side was led by Y") are talks between those two: a user of the data learns who met, and a state
        is still known from its person."""
        heads: dict[str, tuple[int, int]] = {}  # state -> (head, sentence)
        for m in self.mentions:
            ent = self.entities[m.entity] if m.entity != PAIR else None
            toks = self.sentences[m.sentence]
            if ent is not None and ent.actor_type == "person" and ent.country and m.tok_start >= 2 \
                    and toks[m.tok_start - 1].lower == "by" and toks[m.tok_start - 2].lower in LEADING:
                heads.setdefault(ent.country, (m.entity, m.sentence))
        for ev in self.coding.events:
            sides = [self.entities[x] for x in (ev.source, ev.target) if x is not None]
            if ev.event_type != "CONSULT" or len(sides) != 2 or any(e.actor_type != "country" for e in sides):
                continue
            led = [heads.get(e.country) for e in sides]
            if all(h is not None and abs(h[1] - ev.sentence) <= 2 for h in led):
                ev.source, ev.target = led[0][0], led[1][0]

    def voice_of_state(self) -> None:
        """A state's statement told without its speaker ("Beijing dismissed the complaint") is voiced by the one
        official of that state the story has speaking: a user learns who spoke, and the state is still known
        from its person."""
        spoken = {e.source for e in self.coding.events if e.event_type in SPOKEN_TYPES and e.source is not None}
        voices: dict[str, set[int]] = {}
        for m in self.mentions:
            ent = self.entities[m.entity] if m.entity != PAIR else None
            if ent is not None and _state_official(ent) and not ent.state_guessed \
                    and (_speaks(self.sentences[m.sentence], m.tok_end) or m.entity in spoken):
                voices.setdefault(ent.country, set()).add(m.entity)
        for ev in self.coding.events:
            state = self.entities[ev.source] if ev.source is not None else None
            if ev.event_type in SPOKEN_TYPES and state is not None and state.actor_type == "country" \
                    and len(voice := voices.get(state.country, set())) == 1 and not self.owned_government(ev) \
                    and self.published is not None and _within_days(ev, self.published):  # not what it said years ago
                ev.source = next(iter(voice))

    def owned_government(self, ev: CodedEvent) -> bool:
        """Is the event's source told as someone's government ("His government asked the Council")?"""
        toks = self.sentences[ev.sentence]
        return any(m.entity == ev.source and any(t.lower in ("his", "her", "their") for t in toks[max(0, m.tok_start - 1):m.tok_end])
                   for m in self.by_sentence.get(ev.sentence, []))

    def talks_of_principals(self) -> None:
        """Talks, pacts and cooperation told with a state ("India and Nigeria held talks", "Sinha signed an MoU with
        Nigeria") whose side in the story's talks was led by one official ("Sinha met Kolo") are that official's."""
        met: dict[str, set[int]] = {}
        days: set[dt.date] = set()
        for ev in self.coding.events:
            for side in (ev.source, ev.target) if ev.event_type == "CONSULT" else ():
                ent = self.entities[side] if side is not None else None
                if ent is not None and _state_official(ent):
                    met.setdefault(ent.country, set()).add(side)
                    days.update([ev.event_date] if ev.event_date is not None else [])

        def principal(side: int) -> int:
            ent = self.entities[side]
            lead = met.get(ent.country, set()) if ent.actor_type == "country" else set()
            return next(iter(lead)) if len(lead) == 1 else side

        for ev in self.coding.events:
            if ev.event_type not in ("CONSULT", "AGREE", "COOPERATE") or ev.target is None \
                    or not any(_within_days(ev, day) for day in days):
                continue  # "the declaration the two states signed in 2015" was not theirs
            source, target = principal(ev.source), principal(ev.target)
            if source != target:
                ev.source, ev.target = source, target

    def headline(self, sent: int) -> bool:
        """Is the sentence a live page's timed headline ("14:20 - Greece demands release of crew."), which the
        entry after it tells in full?"""
        return bool(TIMED_HEADLINE_RE.match(self.body, self.spans[sent][0])) and len(self.sentences[sent]) <= 16 \
            and sent + 1 < len(self.spans) and self.paragraphs[sent + 1] == self.paragraphs[sent]

    def organ_of(self, body: int | None, state: int | None) -> bool:
        """Is `body` one of the state `state`'s own organs ("Oman's foreign ministry" of Oman)?"""
        if body is None or state is None:
            return False
        b, s = self.entities[body], self.entities[state]
        return b.actor_type == "organization" and b.sector in STATE_SECTORS and s.actor_type == "country" \
            and b.country == s.country

    def twins(self, m: CodedEvent, ev: CodedEvent, pair: frozenset) -> bool:
        """Is `ev` a later mention of the act `m`?"""
        if m.event_type != ev.event_type or not (m.mode == ev.mode or None in (m.mode, ev.mode)):
            return False
        if m.agreement is not None and ev.agreement is not None and m.agreement != ev.agreement:
            return False
        if not (m.event_date == ev.event_date or not ev.date_explicit or not m.date_explicit
                or _refines(ev, m) or _refines(m, ev)):  # "signed in 2015" and "signed on March 23, 2015"
            return False
        if ev.event_type == "AID" and m.sentence >= ev.sentence - 1 and self.stands_for(ev.source, m.source) \
                and (m.target == ev.target or self.stands_for(ev.target, m.target)):
            return True  # "India handed over trains to Sri Lanka. They were handed over by its envoy to the minister"
        if m.event_date == ev.event_date and m.target == ev.target and m.target is not None \
                and (self.organ_of(m.source, ev.source) or self.organ_of(ev.source, m.source)):
            return True  # "Oman condemned the strikes" in a recap, "Oman's foreign ministry condemned" in full
        if ev.mode == m.mode == "protest" and m.sentence == ev.sentence and m.source == ev.source \
                and None not in (m.target, ev.target) and self.state_of(m.target) == self.state_of(ev.target):
            return True  # "summoned China's deputy chief of mission and lodged a strong protest": one protest
        if ev.mode == m.mode == "protest" and m.event_date == ev.event_date and ev.precision == "day" \
                and None not in (m.source, m.target, ev.source, ev.target) \
                and self.entities[m.source].country == self.entities[ev.source].country is not None \
                and self.entities[m.target].country == self.entities[ev.target].country is not None:
            return True  # "Greece lodged a formal protest with Turkey on Wednesday ... Koutris summoned Turkish
            # Ambassador Ozkaya": one protest, told twice
        return (_same_actors(frozenset(x for x in (m.source, m.target) if x is not None), pair)
                or ev.event_type != "ACCUSE" and "visit" not in (m.mode, ev.mode) and m.sentence == ev.sentence
                and m.source == ev.source and self.stands_for(m.target, ev.target)
                # "An MoU was signed ... The MoU was inked by X and Y"; but three states signing are three pairs
                or ev.event_type == "AGREE" and ev.agreement is not None and m.agreement == ev.agreement
                and m.event_date == ev.event_date and (m.sentence, m.trigger_end) != (ev.sentence, ev.trigger_end)) \
            and (ev.event_type in JOINT_TYPES or m.source == ev.source)

    def same_meeting(self, m: CodedEvent, ev: CodedEvent) -> bool:
        """Are two talks on one day between the same states one meeting, told once by its states and once by
        its persons ("the two countries' foreign ministers met", "Ishikawa held talks with Zhao")?"""
        if m.event_type != "CONSULT" or ev.event_type != "CONSULT" or m.mode is not None or ev.mode is not None:
            return False
        return m.event_date == ev.event_date and self.same_sides(m, ev)

    def same_sides(self, m: CodedEvent, ev: CodedEvent) -> bool:
        """Do two events have the same two sides, each told by its state or by a person of that state?"""
        if None in (m.source, m.target, ev.source, ev.target):
            return False

        def side(a: int, b: int) -> bool:
            return a == b or self.stands_for(a, b) or self.stands_for(b, a)
        return side(m.source, ev.source) and side(m.target, ev.target) or side(m.source, ev.target) and side(m.target, ev.source)

    def persons_in(self, ev: CodedEvent) -> int:
        return sum(x is not None and self.entities[x].actor_type == "person" for x in (ev.source, ev.target))

    def merge_crowds(self) -> None:
        """The unnamed collectives of one state that protest in a story, or that its police disperse or arrest, are
        one crowd: "miners and transport workers marching", "Demonstrators ... tried to break through", "Police
        arrested 23 protesters" tell of the same people, as the gold codes them."""
        def crowd(index: int | None) -> bool:
            ent = self.entities[index] if index is not None else None
            return ent is not None and ent.actor_type == "group" and ent.sector == "civil_society" \
                and ent.key.startswith("group:") and ent.country is not None
        protesting = [ev.source for ev in self.coding.events if ev.event_type == "PROTEST" and crowd(ev.source)]
        policed = [ev.target for ev in self.coding.events if ev.mode in ("crowd-control", "arrest") and crowd(ev.target)
                   and (state := self.state_of(ev.source)) is not None
                   and self.entities[state].country == self.entities[ev.target].country]
        canonical: dict[str, int] = {}
        for index in protesting + policed:
            canonical.setdefault(self.entities[index].country, index)
        same = {index: into for index in protesting + policed
                if (into := canonical[self.entities[index].country]) != index}
        for index, into in same.items():
            self.entities[into].aliases |= self.entities[index].aliases
        for ev in self.coding.events:
            ev.source, ev.target = same.get(ev.source, ev.source), same.get(ev.target, ev.target)

    def merge_events(self) -> None:
        """One real-world act mentioned several times is one event: same type and same actors, where one
        of the mentions has no date of its own; and one day's talks told by the states and by their persons."""
        merged: list[CodedEvent] = []
        for ev in self.coding.events:
            pair = frozenset(x for x in (ev.source, ev.target) if x is not None)
            twin = next((m for m in merged if self.twins(m, ev, pair)), None)
            if twin is None:
                meeting = next((m for m in merged if self.same_meeting(m, ev)), None)
                if meeting is not None:
                    if self.persons_in(ev) > self.persons_in(meeting):
                        meeting.source, meeting.target = ev.source, ev.target
                    continue
                merged.append(ev)
                continue
            if (ev.date_explicit and not twin.date_explicit) or _refines(ev, twin):
                twin.event_date, twin.precision, twin.date_explicit = ev.event_date, ev.precision, ev.date_explicit
            if self.persons_in(ev) > self.persons_in(twin) and self.same_sides(twin, ev):
                twin.source, twin.target = ev.source, ev.target  # "Panama and Colombia signed ... signed by Foreign
                # Minister X and his Colombian counterpart, Y": the persons, who are of those states
            twin.contexts = sorted(set(twin.contexts) | set(ev.contexts))
            twin.agreement = twin.agreement if twin.agreement is not None else ev.agreement
            twin.target = twin.target if twin.target is not None else ev.target
        self.coding.events = merged


def _all_addressed(toks: list[Token], hit) -> bool:
    """Is an appeal or thanks aimed at all and sundry ("urged member states to", "thanked neighbouring countries")?"""
    k = next((j + 1 for j in range(hit.start, hit.end) if toks[j].lower == "on"), hit.end)
    words = tuple(t.lower for t in toks[k:k + 3])
    return any(words[:len(phrase)] == phrase and not (k + len(phrase) < len(toks) and toks[k + len(phrase)].is_cap
                                                      and toks[k + len(phrase) - 1].is_cap)
               for phrase in ALL_ADDRESSED)  # but "the World Bank" is one body


def _background(toks: list[Token]) -> bool:
    """Does the sentence tell a lasting state ("Myanmar has been in turmoil since the military seized power in
    February 2021") or answer a question, whose date is no narrative date for the acts after it?"""
    words = [t.lower for t in toks]
    if _asked(toks):
        return True  # "Asked about a statement that vessels fired water cannon on Sunday, Zhao said ...": the question's date
    return "since" in words and any(w in ("has", "have") and k + 1 < len(toks) and (is_past(toks[k + 1]) or words[k + 1] == "been")
                                    for k, w in enumerate(words))


def _at_meeting(toks: list[Token], d: int) -> bool:
    """Does "at/during [the close of]" stand before the date at token d ("signed at the close of Tuesday's meeting")?"""
    return d > 0 and (toks[d - 1].lower in ("at", "during") or d > 3 and toks[d - 1].lower == "of"
                      and toks[d - 3].lower == "the" and toks[d - 4].lower in ("at", "during"))


def _inside_name(toks: list[Token], i: int) -> bool:
    """Is the lower-case word part of a name ("Minister for Defence Affairs", "Treaty of Peace")?"""
    return 0 < i < len(toks) - 1 and toks[i].lower in ("for", "of", "and", "on") and toks[i - 1].is_cap and toks[i + 1].is_cap


def _dates_a_figure(toks: list[Token], date_start: int) -> bool:
    """Does the date tell when a figure held ("trade of $3.9 billion last year"), not when the act was done?"""
    before = next((t for t in reversed(toks) if t.end <= date_start), None)
    return before is not None and (before.text[-1].isdigit() or before.lower in FIGURES)


def _claimed(toks: list[Token], hit, hits: list, date_offset: int, date_end: int, vague: bool = False) -> bool:
    """Does another act stand between a trigger and a date, so that the date is that act's? ("thanked
    Japan for radars, delivered in August"); a coordinated verb ("met and signed on Monday") shares it."""
    here = toks[hit.start].start
    if _asked(toks) and date_offset < _question_end(toks) <= here:
        return True  # "On Japan: Asked about remarks ... on Monday, Gao said China had lodged ...": the remarks' date
    starts = [t.start for t in toks]
    k, d = bisect.bisect_left(starts, date_end), bisect.bisect_left(starts, date_offset)
    if k + 1 == hit.start and toks[k].lower in ("'s", "’s"):
        return False  # "a readout of Thursday's meeting between X and Y": the meeting's own date
    if k + 1 < len(toks) and toks[k].start == date_end and toks[k].lower in ("'s", "’s") and not hit.start <= k + 1 < hit.end \
            and not (toks[k + 1].lower in MEETINGS and (hit.trigger.type == "CONSULT" or hit.trigger.type == "AGREE"
                                                      and _at_meeting(toks, d))):
        return True  # "welcomed the progress at last week's meeting": the date is the meeting's; but "signed at the
        # close of Tuesday's meeting" was done there
    agent_end = hit.end + 4 if toks[hit.end - 1].lower == "by" else hit.end  # "an air strike by Myanmar's military on"
    owned = next((k for k in range(max(0, d - 20, agent_end), d - 3) if toks[k].lower in ("'s", "’s", "the")
                  and toks[k + 1].text.isalpha() and toks[k + 1].text.islower() and not k < hit.start < d
                  and (toks[k].lower != "the" or toks[k + 2].lower == "of" and (toks[k - 1].lower in ("to", "for") or k == hit.end)
                       and hit.trigger.type in ("SUPPORT", "ACCUSE", "REJECT") and hit.end <= k <= hit.end + 3)), None)
    if owned is not None and any(t.lower in ("of", "on", "against") for t in toks[owned + 2:d - 1]) \
            and not any(t.text == "," or is_past(t) or t.lower in ENVOYS for t in toks[owned + 1:d]):
        return True  # "condemned North Korea's launch of a missile on January 4 and reaffirmed", "opposed the use of
        # water cannon by Chinese vessels near the shoal on August 11": the launch's, the use's date
    possessor = next((k for k in range(hit.end, min(hit.end + 6, d)) if toks[k].lower in ("'s", "’s")), None)
    if vague and toks[d].lower in ("earlier", "last") and hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT") \
            and possessor is not None \
            and 1 <= d - possessor - 1 <= 2 and all(t.text.isalpha() and t.text.islower() and not is_past(t)
                                                    and t.lower not in ENVOYS for t in toks[possessor + 1:d]):
        return True  # "welcomed Kathmandu's decision earlier this month to lift ...": the decision's date; but
        # "praised Wellington's decision on Thursday" praised it then, and "endorsed Morocco's plan in March 2022"
    if vague and toks[d].lower in ("earlier", "last") and hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT") \
            and d == hit.end + 2 and toks[hit.end].lower == "the" and toks[hit.end + 1].text.isalpha() \
            and toks[hit.end + 1].text.islower() and not is_past(toks[hit.end + 1]) \
            and (after := next((k for k in range(d, len(toks)) if toks[k].start >= date_end), None)) is not None \
            and toks[after].lower in ("by", "of"):
        return True  # "welcomed the release last week by the Congolese authorities of 42 nationals": the release's
    if vague and (any(w in hit.trigger.pattern for w in THANKING) and any(toks[k].lower == "for" for k in range(hit.end, d))
                  or "congratulat" in hit.trigger.pattern and any(toks[k].lower == "on" for k in range(hit.end, d))):
        return True  # "thanked the Kingdom for the facilitation extended during Operation Kaveri in April 2023": the
        # facilitation's date; a day ("thanked X for the call on Monday") may be the thanks'; so "congratulated X on
        # his government winning a vote last week": the vote's
    if hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN") \
            and any(toks[k].lower == "including" for k in range(hit.end, d)):
        return True  # "expressed concern over China's actions, including the firing of water cannon ... last month"
    met_then = hit.trigger.type in ("ASSAULT", "COERCE") and any(t.lower == "who" and here < t.start < date_offset
                                                                  for t in toks[hit.end:])
    # "fired tear gas at demonstrators who rallied on Tuesday": force met the rally when it was held
    if any(t.lower in RELATIVES and here < t.start < date_offset for t in toks[hit.end:]) and not met_then:
        return True  # "discussed the talks, the sixth round of which was held in September"
    if any(toks[k].lower == "that" and toks[k - 1].text.isalpha() and toks[k - 1].text.islower() and not is_past(toks[k - 1])
           and toks[k - 1].lower not in SPEAKING and any(is_past(t) for t in toks[k + 1:d]) for k in range(hit.end, d)):
        return True  # "thanked him for the aircraft that Albania sent last week": the sending's date
    if any(toks[k].lower in SUBJECT_PRONOUNS and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
           and not is_past(toks[k - 1]) and toks[k - 1].lower not in SPEAKING | NO_ANTECEDENT
           and any(is_past(t) for t in toks[k + 1:min(k + 4, d)]) for k in range(hit.end + 1, d)):
        return True  # "urged Pyongyang to reconnect the lines it cut in 2023": the cutting's date
    if any(toks[k].lower == "by" and toks[k - 1].lower.endswith("ing") and toks[k - 2].lower == "the" for k in range(hit.end + 2, d)):
        return True  # "welcomed the lifting by Albania on Monday of the fee": the lifting's date
    if hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT") and hit.end < d and toks[hit.end].lower == "the" \
            and any(toks[k].lower == "by" for k in range(hit.end + 2, d)) \
            and not any(t.text == "," or is_past(t) and t.text.islower() for t in toks[hit.end:d]):
        return True  # "criticised the vote by the Iranian parliament last week": the vote's date
    if hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT") and not hit.trigger.nominal and any(
            toks[k - 1].text == "," and is_past(toks[k]) and toks[k].text.islower() and toks[k].lower not in SPEAKING
            and not any(t.text == "," for t in toks[k:d]) for k in range(hit.end + 1, d)):
        return True  # "welcomed Brazil's commitments, made in a side letter last month,": the making's date
    aside = next((k for k in range(d - 1, 0, -1) if toks[k].lower in ("which", "who") and toks[k - 1].text == ","), None)
    if aside is not None and d < hit.start and any(t.text == "," for t in toks[d:hit.start]):
        return True  # "The Philippines, which chairs the bloc this year, called on ...": the aside's date
    if not (vague and hit.trigger.type not in SPOKEN_TYPES | {"CONSULT"}) and any(
           toks[k].lower in ("after", "before", "following", "amid", "since")
           and not (toks[k].lower in ("after", "following") and MEETINGS & {toks[k + 1].lower, toks[k + 2].lower})
           and toks[k + 1].lower not in TIMES_OF_DAY  # "attacked a base before dawn on Tuesday": the attack's time
           for k in range(hit.end, min(d, len(toks) - 2))):
        return True  # "thanked Canada for its support after the floods in October"; but "agreed to resume ties after
        # talks in Muscat on Wednesday" were agreed there, and "extended aid after Cyclone Pam in March 2015" then
    if any(t.lower in ("adding", "added", "saying", "said", "noting", "stressing", "would", "will")
           and not any(w.lower == "what" for w in toks[max(hit.end, k - 5):k]) for k, t in enumerate(toks[hit.end:d], hit.end)):
        return True  # "arrested 31 people, the police said, adding that they would be charged this week"; but "struck
        # what the military said were depots on Wednesday" struck on Wednesday
    if d < hit.start and toks[hit.start - 1].lower == "and" and any(
            toks[k].lower in RELATIVES | {"that"} and toks[k - 1].text.islower() and toks[k - 1].lower not in SPEAKING
            and any(is_past(t) for t in toks[k + 1:d])
            or is_past(toks[k]) and toks[k].text.islower() and toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
            and toks[k + 1].lower == "by" for k in range(max(1, d - 6), d)):
        return True  # "rejected the protest that Manila lodged on Monday and urged ...", "rejects the protest lodged by
        # the Philippine side on Monday, Gao said, and urged ...": the lodging's date
    relative = next((k for k in range(d, hit.start) if toks[k].lower in RELATIVES), None)
    if relative is not None and any(is_past(t) for t in toks[d:relative]):
        return True  # "Russia on Thursday released fishermen who had been held after their boat was seized"
    if d - 3 >= hit.end and toks[d - 1].lower in ("on", "in") and toks[d - 2].lower.endswith("ing") \
            and toks[d - 3].lower == "the":
        return True  # "condemned the signing on Monday of a memorandum"
    if not hit.trigger.nominal and any(toks[j].text.islower() and (toks[j].lower.endswith("ed") and toks[j - 1].text == ","
                                       or toks[j].lower in PARTICIPLES and toks[j - 1].lower not in AUXILIARIES)
           for j in range(hit.end + 1, d)):
        return True  # "discussed the energy partnership, launched in 2008": the date is the launch's
    if not hit.trigger.nominal and any(toks[j].text.islower() and is_past(toks[j]) and toks[j + 1].lower in AFTER_PARTICIPLE
                                       and toks[j - 1].text.isalpha() and toks[j - 1].lower not in AUXILIARIES | SUBJECT_PRONOUNS | DOCUMENTS
                                       for j in range(hit.end + 1, d)):
        return True  # "to implement the consensus agreed in April 2021", "condemned the strikes carried out by the army
                     # earlier this month": the date is the consensus's, the strikes'; "a statement issued on Friday" is the act's
    for other in hits:
        at = toks[other.start].start
        if other is not hit and any(is_past(t) for t in toks[other.start:other.end]) and here < at < date_offset \
                and not describing_participle(toks, other.start, other.end) \
                and not _toll_of(toks, hit, other) \
                and not (other.start > 0 and toks[other.start - 1].lower in ("and", *DOCUMENTS)) and not met_then \
                and not (hit.trigger.nominal and other.trigger.type == hit.trigger.type):
            return True  # but "condemned X, in a joint communique issued on Thursday": the document's date is the act's;
            # "air strikes by X killed 18 civilians on Tuesday" is one act
        if other is not hit and other.trigger.nominal and at < date_offset < here and other.start > 0 \
                and toks[other.start - 1].lower in ("'s", "’s") and toks[hit.start - 1].lower == "and":
            return True  # "condemned Russia's expulsion of a diplomat on Friday and expressed ...": the expulsion's date
        if other is not hit and other.trigger.nominal and here < at and other.end == d - 1 \
                and any(t.lower in ("'s", "’s") for t in toks[max(hit.end, other.start - 4):other.start]):
            return True  # "condemned North Korea's ballistic missile launch on Monday": the launch's date
        if other is not hit and hit.trigger.type in ("ACCUSE", "SUPPORT", "REJECT") \
                and not any(is_past(t) for t in toks[other.start:other.end]) \
                and hit.end < other.start <= hit.end + 4 and (toks[hit.end].lower == "the" or toks[hit.end].is_cap) \
                and other.end < d <= other.end + 10 and all(t.is_cap or t.text in (",", "-") or t.lower in PLACE_WORDS
                                                          for t in toks[other.end:d]):
            return True  # "condemned the Israeli air strike on Doha on 9 September", "condemned Israeli air strikes
            # near Al-Kiswah, south of Damascus, on Saturday": the strikes' date
        # "X, who arrived on Thursday, held talks ... on Friday": Thursday is the arrival's; but "defended X on
        # Wednesday and denied ...", "boarded the vessel on Sunday, detained its crew" are one date for both verbs
        if other is not hit and at < date_offset < here and any(is_past(t) for t in toks[other.start:other.end]) \
                and not (toks[hit.start - 1].lower == "and" and all(t.text != "," for t in toks[other.end:hit.start])
                         and not _noun_told_then(toks, other.trigger.pattern, other.start, other.end)) \
                and not (toks[hit.start - 1].text == "," and all(t.text != "," for t in toks[_after_dateline(toks):other.start])) \
                and not _new_clause(toks, other.end, d) \
                and not any(t.lower == "when" for t in toks[d:hit.start]):  # "were killed on Tuesday when ... came
            return True                                                     # under fire": one time for both
    return False


DATELINE_ENDS = frozenset([")", *(str(day) for day in range(1, 32))])  # "(AFP) -", "April 23 -"


def _after_dateline(toks: list[Token]) -> int:
    """Where a sentence's own words begin after a dateline ("HANOI, April 23 (AFP) - ...")."""
    return next((k + 1 for k in range(min(12, len(toks))) if toks[k].text in DASHES and k > 0
                 and toks[k - 1].text in DATELINE_ENDS), 0)


def _clock_stamped(toks: list[Token]) -> bool:
    """Does the sentence open with a clock time and a dash, as a live page's entries do ("10:20 - ...")?"""
    return len(toks) > 4 and toks[0].text.isdigit() and toks[1].text == ":" and toks[2].text.isdigit() \
        and any(t.text in DASHES for t in toks[3:5])


def _perfect(toks: list[Token], i: int) -> bool:
    """Is the verb at i in the present perfect ("has freed", "have also arrested")?"""
    k = i - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in ("also", "now", "just", "already")):
        k -= 1
    return k >= 0 and toks[k].lower in ("has", "have") and is_past(toks[i])


def _year_token(tok: Token) -> bool:
    """Is the token a year as written ("1951")?"""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def _told_aside(toks: list[Token], ev: CodedEvent) -> bool:
    """Is the event told in a relative clause ("the Plan, which was signed in 2023")? It lends the sentence's other
    acts neither its date nor its subject."""
    return any(t.lower in RELATIVES for t in toks[max(0, ev.trigger_end - 5):ev.trigger_end])


def _joined_report(toks: list[Token], hit, c_start: int) -> int | None:
    """The reporting verb a spoken act is joined to by ", and" past the that-clause it reported ("X said on Monday
    that ..., and urged ..."): the act is the reporter's, not one told inside the clause."""
    i = hit.start
    if not (hit.trigger.type in SPOKEN_TYPES and i >= 2 and toks[i - 1].lower == "and" and toks[i - 2].text == ","
            and is_past(toks[i]) and c_start >= 2 and toks[c_start - 1].lower == "that"):
        return None
    return next((k for k in range(c_start - 2, max(c_start - 6, -1), -1)
                 if toks[k].lower in REPORT_BOUNDARY and toks[k].lower != "that"), None)


def _asked(toks: list[Token]) -> bool:
    """Does the sentence open with a reporter's question ("Asked about a statement that coast guard vessels fired
    water cannon on Sunday, Zhao said ...")? What it tells dates nothing said later at the briefing."""
    return any(reporters_question(toks, k) for k in _openings(toks))


def _openings(toks: list[Token]) -> list[int]:
    """Where a sentence's own words may begin: at its start, or after a briefing's topic ("On Japan: Asked ...")."""
    colon = next((k for k, t in enumerate(toks[:8]) if t.text == ":"), None)
    return [0] if colon is None else [0, colon + 1]


def _in_question(toks: list[Token], ev: CodedEvent) -> bool:
    """Is the event told in the reporter's question the sentence opens with?"""
    return _asked(toks) and toks[ev.trigger_start].start < _question_end(toks)


def _question_end(toks: list[Token]) -> int:
    """The offset of the comma that closes a reporter's question ("Asked about ..., Gao said")."""
    return next((t.start for t in toks if t.text == ","), toks[-1].end)


def _operative(toks: list[Token], hit) -> bool:
    """Does the sentence open with its verb, as a communique's operative paragraph does ("3. Welcomes the ceasefire",
    "Also condemns, in the strongest terms, ...")?"""
    k = 0
    while k < hit.start and (toks[k].text.isdigit() or toks[k].text in (".", ")")):
        k += 1
    lead = toks[k:hit.start]
    return not hit.trigger.nominal and k < len(toks) and toks[k].text[:1].isupper() and toks[hit.start].lower.endswith("s") \
        and all(t.lower in ("also", "further", "again") or t.lower.endswith("ly") for t in lead) \
        and not (hit.end < len(toks) and (toks[hit.end].lower in PREPOSITIONS or toks[hit.end].lower in AUXILIARIES
                                          or is_past(toks[hit.end])))  # "Sanctions under the EU regime remained"


def _in_relative_aside(toks: list[Token], k: int) -> bool:
    """Is token k inside a relative clause set off by commas (", which co-hosted the meeting with France,")?"""
    opened = next((j for j in range(k - 1, max(-1, k - 12), -1) if toks[j].text == ","), None)
    return opened is not None and opened + 1 < k and toks[opened + 1].lower in ("which", "who") \
        and any(t.text == "," for t in toks[k + 1:k + 8])


def _toll_of(toks: list[Token], strike, verb) -> bool:
    """Does a past verb of assault tell the toll of an assault named as a noun just before it ("An Israeli drone
    strike on a car killed two men on Wednesday"), so that both are one act?"""
    return strike.trigger.type == verb.trigger.type == "ASSAULT" and strike.end <= verb.start \
        and is_past(toks[verb.start]) and not is_past(toks[strike.start]) \
        and not any(t.text in (",", ";", "(") or t.lower in ("which", "that", "who", "after", "when", "as")
                    for t in toks[strike.end:verb.start])


def _laid_down(heads: frozenset[str], toks: list[Token], hit) -> bool:
    """Is the act one a pact lays down rather than one done ("Under the agreement, the two sides are to withdraw",
    "a declaration that provided for the release of")? "Under the deal, Iran released two citizens" was done."""
    words = [t.lower for t in toks[:hit.start]]
    for k, word in enumerate(words[:-1]):
        if word == "under" and not is_past(toks[hit.start]) \
                and (words[k + 1] in ("which", "whose") or heads & set(words[k + 1:k + 5])):
            return True
        if word in ("provides", "provided", "provide") and words[k + 1] == "for":
            return True
    return False


def _labels_object(toks: list[Token], hit) -> bool:
    """Does the verb name what another verb's object is ("to protest what X called 'a violation'")?"""
    for k in range(hit.start - 1, max(-1, hit.start - 9), -1):
        if toks[k].lower in ("what", "which"):
            return True
        if toks[k].text in (",", ";") or toks[k].text in QUOTE_MARKS or toks[k].lower in ("and", "but", "said"):
            return False
    return False


def _caution(toks: list[Token], hit) -> bool:
    """Is a warning "that" something is so, with no one said to act ("warned that access remained limited")?"""
    told = [t.lower for t in toks[hit.end + 1:]]
    return hit.end < len(toks) and toks[hit.end].lower == "that" \
        and not any(w in MODALS or w in THREAT_WORDS for w in told)


STANDING_ADVERBS = frozenset(["still", "often", "routinely", "regularly", "frequently", "repeatedly", "long"])


def _standing_charge(toks: list[Token], hit) -> bool:
    """Is the verb in the plain present after a name or a plural ("Kinshasa and Kigali accuse each other", "Western
    governments accuse Iran"): a charge that stands, not one made that day?"""
    i, pattern = hit.start, hit.trigger.pattern
    verb = pattern[1:pattern.index("}")] if pattern.startswith("{") else None
    if toks[i].lower == verb and i > 1 and toks[i - 1].lower in STANDING_ADVERBS:
        i -= 1  # "migrants still complain about visa backlogs"
    return toks[hit.start].lower == verb and i > 0 and (toks[i - 1].is_cap or toks[i - 1].lower.endswith("s")) \
        and toks[i - 1].lower not in ("is", "was", "has", "we", "i")


def _mediator(toks: list[Token], m: Mention) -> bool:
    """Is the actor named as the one who brought about an act ("a ceasefire mediated by Qatar and Turkey")?"""
    by = next((k for k in range(m.tok_start - 1, max(0, m.tok_start - 6), -1) if toks[k].lower == "by"), None)
    return m.prep == "by" and by is not None and toks[by - 1].lower in MEDIATING


def _passive_subject(toks: list[Token], start: int) -> range | None:
    """The last words of the subject before "was"/"were" and a passive verb at `start` ("The attack was condemned"),
    where an act reacted to is named; None when the verb is not passive."""
    return range(max(0, start - 4), start - 1) if start >= 2 and toks[start - 1].lower in ("was", "were") else None


def _noun_told_then(toks: list[Token], pattern: str, start: int, end: int) -> bool:
    """Is the act a noun told with its own date ("violating the ceasefire agreed in November 2024 ... and urged")?
    It lends the sentence's other acts no date."""
    return not pattern.startswith("{") and reduced_relative(toks, start, end)


def _recalled(toks: list[Token], ev: CodedEvent) -> bool:
    """Is the event told by a participle set off after a name ("the Agreement ..., signed in Canberra in August 2024")?"""
    k = ev.trigger_end - 1
    return 0 < k < len(toks) and toks[k - 1].text == "," and is_past(toks[k]) and ev.trigger.startswith("{")


def _since(toks: list[Token], ev: CodedEvent) -> bool:
    """Is the event an earlier act a clause measures from ("the first swap since the two sides signed the Framework in
    November")? It does not date the sentences after it."""
    since = next((k for k in range(ev.trigger_start - 1, max(-1, ev.trigger_start - 8), -1) if toks[k].lower == "since"), None)
    return since is not None and not any(t.text in (",", ";") for t in toks[since:ev.trigger_start])


def _titled_apposition(toks: list[Token], start: int, end: int) -> bool:
    """Do the words from start to end title the actor named after them ("called on the Prime Minister of Jamaica,
    Hon. Desmond Whitfield")?"""
    words = toks[start:end]
    return len(words) <= 10 and any(t.text == "," for t in words) \
        and all(t.is_cap or t.lower in ("the", "of", "and", ",", ".") for t in words)


def _compound_modifier(toks: list[Token], end: int) -> bool:
    """Does the name ending at `end` begin a hyphenated modifier ("US-mediated talks", "Iran-backed militias")?"""
    return end + 1 < len(toks) and toks[end].text == "-" and toks[end + 1].text.islower()


def _named_act(toks: list[Token], start: int) -> bool:
    """Is the trigger at `start` a noun that names an act ("the Jordanian air strikes"), not a verb?"""
    return toks[start].lower.endswith("s") and (
        any(t.lower in ("the", "a", "an", "its", "their") for t in toks[max(0, start - 3):start])
        or any(toks[k].lower in ("'s", "’s") and all(t.text.isalpha() and t.text.islower() for t in toks[k + 1:start])
               for k in range(max(0, start - 5), start)))  # "Russia's continued missile and drone attacks"


LEAD_INS = frozenset(["this", "on", "also", "later", "then", "subsequently", "morning", "afternoon", "evening", "night",
                      *WEEKDAYS])


def _clause_ends(toks: list[Token]) -> list[tuple[int, bool]]:
    """Where a clause ends for the search of an act's object, and whether a new verb begins it there: at ";",
    at ", while Japan ...", at ", with", at "and said" or ", saying", and at "and accused" (unless right after the act:
    "condemned and sanctioned X" share X)."""
    ends = []
    for k in range(1, len(toks)):
        t, before = toks[k], toks[k - 1].lower
        if t.text == ";" or (t.lower in CONTRASTS and before == ",") or (t.lower in REPORTING and before in (",", "and")) \
                or (t.lower == "with" and before == "," and not _date_aside(toks, k - 1)) \
                or (t.lower == "that" and before == "and"):
            # "rejected the call, with its spokeswoman saying ...", 'said the recall was "unfair" and that ...'
            ends.append((k, False))
        elif t.lower == "and" and before == "," and _named_subject_clause(toks, k + 1):
            ends.append((k, False))  # "pledged $200 million, and Qatar and Norway also announced funding"
        elif before == "and" and t.lower in LEAD_INS and (j := next((j for j in range(k + 1, min(k + 4, len(toks)))
                                                                if toks[j].lower not in LEAD_INS), None)) is not None \
                and toks[j].text.islower() and is_past(toks[j]):
            ends.append((k, True))  # "condemned the attack and this morning appealed to X": X is not condemned
        elif before == "and" and not t.is_cap and is_past(t) and not (
                k >= 3 and toks[k - 3].lower in PREPOSITIONS and toks[k - 2].text.isalpha() and toks[k - 2].text.islower()
                and k + 1 < len(toks) and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()):
            ends.append((k, True))  # but "held talks in narrow and extended formats with X": one phrase
    return ends


def _date_aside(toks: list[Token], comma: int) -> bool:
    """Does the comma close a day's date set after its weekday ("on Thursday, 2 July, with X")?"""
    opening = next((j for j in range(comma - 1, max(comma - 5, 0), -1) if toks[j].text == ","), None)
    return opening is not None and toks[opening - 1].lower in WEEKDAYS and all(
        t.text.isdigit() or t.lower in MONTHS for t in toks[opening + 1:comma])


def _named_subject_clause(toks: list[Token], k: int) -> bool:
    """Does a clause with a named subject begin at k ("Qatar and Norway also announced")?"""
    j = k
    while j < len(toks) and j - k < 8 and (toks[j].is_cap or toks[j].lower in ("the", "and")):
        j += 1
    if j == k or not toks[j - 1].is_cap:
        return False
    if j < len(toks) and toks[j].lower in ("also", "then", "later", "separately", "meanwhile"):
        j += 1
    return j < len(toks) and toks[j].text.islower() and is_past(toks[j])


def _singular_kind(mention: AgreementMention) -> str:
    """The kind of one agreement of a mention as written, in the singular and with a capital first letter:
    "Memorandum of understanding", "MoU", "India-UAE agreement"."""
    words = [w for w in mention.name.split() if w.lower() not in ("a", "an", "the")]
    for k, w in enumerate(words):
        lower = w.lower()
        one = SINGULAR.get(lower) or (lower[:-1] if k == len(words) - 1 and lower.endswith("s")
                                      and not lower.endswith("ss") and len(lower) > 3 and lower != "notes" else None)
        if one is not None:
            words[k] = "MoU" if one == "mou" else one.upper() if w.isupper() else one if w.islower() else one.capitalize()
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def _new_clause(toks: list[Token], start: int, end: int) -> bool:
    """Does a coordinated clause (", and", ", but", ";") begin between tokens start and end?"""
    return any(toks[k].text == ";" or (toks[k].lower in ("and", "but") and toks[k - 1].text == ",")
               for k in range(max(start, 1), end))


def _counted(words: list[Token]) -> bool:
    """Do the words only count or describe what follows ("11 of the 14 fishermen", "all the", "20 of the detained",
    "more than 400")?"""
    return all(t.text.isdigit() or t.lower in COUNTING or is_past(t) and t.text.islower() for t in words)


def _quoted(toks: list[Token], i: int) -> bool:
    """Is token i inside a direct quotation? What a speaker says is their speech act, not a reported fact. A
    sentence that opens a quotation it does not close quotes a document ("The statement reads: / "1. The two
    sides agreed ..."): its text tells facts."""
    if toks and toks[0].text in ('"', "“") and not any(t.text in ('"', "”") for t in toks[1:]):
        return False
    straight = sum(1 for t in toks[:i] if t.text == '"')
    opened = sum(1 for t in toks[:i] if t.text == "“") - sum(1 for t in toks[:i] if t.text == "”")
    return straight % 2 == 1 or opened > 0


def _before_adverbs(toks: list[Token], i: int) -> int:
    """The word before token i past the adverbs between ("We strongly condemn": "We"); -1 if none."""
    k = i - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in ("also", "once", "again", "hereby")):
        k -= 1
    return k


def _performed_in_quote(toks: list[Token], hit) -> bool:
    """Is a quoted trigger the speaker's own speech act ('"We demand the release of our fishermen," X said')?
    A first-person present-tense demand, condemnation, rejection, warning or welcome is done by saying it."""
    k = _before_adverbs(toks, hit.start)
    if hit.trigger.type not in SPOKEN_TYPES or is_past(toks[hit.start]) or toks[hit.start].lower.endswith("ing"):
        return False
    if k >= 0 and toks[k].text in ('"', "“") and hit.end < len(toks) and toks[hit.end].text in ('"', "”"):
        return True  # 'said the United States "strongly condemns" the launch': only the verb is quoted
    if k >= 1 and toks[k].text in ('"', "“") and toks[k - 1].is_cap and toks[hit.start].lower.endswith("s"):
        return True  # 'said Washington "stands firmly with Guyana's sovereignty"': the quote tells what the actor
        # named before it does by saying so
    return _first_person(toks, hit.start)


def _first_person(toks: list[Token], i: int) -> bool:
    """Is the act at token i told in the first person ("We call on", '"We are deeply grateful to Oman"')?"""
    k = _before_adverbs(toks, i)
    if k >= 1 and toks[k].lower in ("are", "am", "have"):
        k -= 1
    return k >= 0 and toks[k].lower in ("we", "i")


def _quote_speaker(toks: list[Token], mentions: list[Mention]) -> Mention | None:
    """Who a sentence's quotation is by: the actor before "said" or after it, outside the quotation."""
    return next((m for m in mentions if not _quoted(toks, m.tok_start) and _says(toks, m)), None)


def _says(toks: list[Token], m: Mention) -> bool:
    """Is the actor the one who says something ("X said", "said X")?"""
    return m.entity != PAIR and m.argument and (_speaks(toks, m.tok_end) or m.tok_start > 0
                                                and toks[m.tok_start - 1].lower in SPEAKING)


def _shares_subject(toks: list[Token], previous_end: int, start: int) -> bool:
    """A verb right after "and" (adverbs aside), or a gerund after "after", has the subject of the act before it, unless a
    subordinate clause with its own subject came between ("deployed troops after guards crossed ... and
    fired")."""
    k = start - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in ("then", "later", "also", "on", "in")
                      or toks[k].lower in WEEKDAYS or toks[k].text.isdigit()):
        k -= 1  # "and on Thursday pulled", "and later said"
    if k >= 0 and toks[k].lower in ("after", "before", "while", "by", "following") and toks[start].lower.endswith("ing"):
        # "expelled the ambassador after accusing Tehran of ...": the one who expelled accused; but in "recognised
        # Palestine, and Israel responded by recalling its envoy" the gerund is the new subject's
        return not (k >= 1 and is_past(toks[k - 1]) and k - 1 > previous_end
                    and any(t.lower in ("and", "but") for t in toks[previous_end:k - 1])
                    and any(t.is_cap for t in toks[previous_end:k - 1]))
    if k >= 0 and toks[k].text == "," and k == start - 1 and toks[start].text.islower() and is_past(toks[start]) \
            and toks[start].lower not in REPORTING and previous_end > 0 and start + 1 < len(toks) \
            and (toks[start + 1].lower in ("a", "an", "the", "its", "their", "his", "her", "several", "dozens")
                 or toks[start + 1].text[0].isdigit()):  # an object follows: no participle ("..., agreed in 2021")
        # "boarded a fishing boat near the Paracels, seized its catch and beat ...": a series of acts; but not
        # "..., after talks mediated by X, signed" or "The leaders, meeting in Y, reaffirmed": that act stood aside
        opened = max((j for j in range(previous_end) if toks[j].text == ","), default=None)
        return opened is None or not (toks[opened + 1].lower in SUBORDINATORS | {"after", "before"}
                                      or toks[opened + 1].lower.endswith("ing"))
    if k < 0 or toks[k].lower not in ("and", "but"):
        return False
    closed = k > 0 and toks[k - 1].text == ","  # "fishermen who were detained at the weekend, and lodged a protest"
    aside = max((j for j in range(previous_end, k) if toks[j].text == ","), default=previous_end - 1) + 1
    quoted = {j for a, b in quote_spans(toks) for j in range(a, b)}  # "condemned it as "an act against those who
    return closed or not any(t.lower in SUBORDINATORS and j not in quoted  # came to help" and called on": the quote's
                             for j, t in enumerate(toks[aside:k], aside))  # clauses are its own; "dismissed X, after it
    # was sent to Niamey, as blackmail and accused the EU": the aside is over


def _refines(ev: CodedEvent, twin: CodedEvent) -> bool:
    """Is ev's date a finer one inside twin's ("this week", then "on Tuesday")?"""
    if ev.event_date is None or twin.event_date is None:
        return False
    if twin.precision == "month" and ev.precision == "day":
        return ev.event_date.replace(day=1) == twin.event_date
    return twin.precision == "year" and ev.precision in ("month", "day") and ev.event_date.year == twin.event_date.year


def _speaks(toks: list[Token], k: int) -> bool:
    """Does a speech verb follow at token k ("Liu said", "Liu Zhenhua, said")?"""
    k += k < len(toks) and toks[k].text == ","
    return k < len(toks) and toks[k].lower in SPEAKING


def _state_official(ent: Entity) -> bool:
    """A person who serves a state (not an opposition figure, a rebel or an international body)."""
    return ent.actor_type == "person" and bool(ent.country) and (ent.sector is None or ent.sector in STATE_SECTORS) \
        and ent.affiliation is None


def _within_days(ev: CodedEvent, day: dt.date, days: int = 7) -> bool:
    """Is the event dated within `days` of the day (or, told by its month, in the day's month)?"""
    if ev.event_date is None or ev.precision not in ("day", "month"):
        return False
    if ev.precision == "month":
        return (ev.event_date.year, ev.event_date.month) == (day.year, day.month)
    return abs((ev.event_date - day).days) <= days


def _same_actors(a: frozenset, b: frozenset) -> bool:
    """The same pair, or one side names only the source the other has (a visit "to" an unnamed place)."""
    return a == b or (len(a) == 1 and a < b) or (len(b) == 1 and b < a)


def code_article(codebook: Codebook, article: Article) -> ArticleCoding:
    return _ArticleCoder(codebook, article).code()


def _contains(words: tuple[str, ...], cue: tuple[str, ...]) -> bool:
    return any(words[k:k + len(cue)] == cue for k in range(len(words) - len(cue) + 1))


def _verb(toks: list[Token], k: int) -> bool:
    """Is token k a verb of its own clause: a past form, or a participle not governed by a preposition?"""
    t = toks[k]
    if not t.text.islower() or t.lower == "including":
        return False
    return is_past(t) or (t.lower.endswith("ing") and k > 0 and toks[k - 1].lower not in PREPOSITIONS)


def _status(trig) -> str:
    """The status an act gives the agreement it names: the trigger's, else "negotiating" for talks on it."""
    return trig.status or ("negotiating" if trig.mode == "negotiate" else "signed")


def _none(toks: list[Token], k: int) -> bool:
    """Does the phrase at k say there is no such thing ("ended without a joint statement", "no agreement")? Not
    "without agreement on a deal", where the deal is still sought."""
    before = [t.lower for t in toks[max(0, k - 2):k]]
    return before[-1:] == ["no"] or (len(before) == 2 and before[0] == "without" and before[1] in ("a", "an", "any"))

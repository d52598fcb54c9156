"""Events in a sentence: trigger phrases from the lexicon, who did it to whom, and whether it happened.

Source and target come from the sentence's structure around the trigger: the subject before it
(not inside a prepositional phrase), the object after it, "by" after a passive, coordination for joint
acts ("X and Y signed"), "between X and Y" for nominal ones. Negated, planned, conditional and alleged
acts are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from entente.codebook import GAP, LONG_GAP, MAX_GAP, MAX_LONG_GAP, YEAR, Codebook, Trigger
from entente.dates import MONTHS, WEEKDAYS
from entente.mentions import (
    COURTESIES,
    GOVERNMENT_KINDS,
    GROUP_PARTS,
    HEAD_OFFICES,
    PAIR,
    SEAT_OF_POWER,
    SPEECH_VERBS,
    Mention,
    hyphen_joined,
)
from entente.tokens import QUOTE_MARKS, Token, is_past

NEGATIONS = frozenset(["not", "n't", "never", "no", "without"])
COVERING = frozenset(["extends", "extend", "covers", "cover", "applies", "apply", "provided", "provides", "provide",
                      "provisions"])  # a pact's scope, before an act
NOT_DONE = frozenset(["failed", "refused", "declined", "short", "refrained", "avoided"])
STOPPING = frozenset(["halt", "halting", "stop", "stopping", "end", "ending", "cease", "ceasing", "prevent", "preventing", "refrain",
                      "refraining", "avoid", "avoiding"])
CALLED_OFF = (" postponed ", " cancelled ", " canceled ", " scrapped ", " deferred ", " shelved ", " put off ", " called off ",
              " not expected ", " not be held ", " not take place ", " been suspended ")
ASKING = frozenset(["call", "calls", "called", "urged", "urges", "asked", "asks", "invited", "invites", "invitation",
                    "proposal", "proposed", "proposes", "offered", "offers", "demanded", "demands"])
MODALS = frozenset(["will", "would", "shall", "could", "may", "might", "should", "must", "cannot", "can"])
PLANNING = frozenset(["plan", "plans", "planned", "planning", "expected", "intends", "intend", "aims", "aim", "set", "ready", "due", "hopes", "hope", "proposed", "propose", "wants", "want", "seeks", "seek", "likely", "if", "unless", "whether"])
MEMBERS_OF = frozenset(["leaders", "presidents", "members", "ministers", "officials", "envoys", "representatives", "heads",
                        "negotiators", "diplomats", "commanders", "chiefs", "mission", "delegation", "delegations", "team",
                        "observers", "spokesman", "spokeswoman", "spokesperson", "jets", "warplanes", "aircraft",
                        "troops", "soldiers", "units", "fighters", "warships", "personnel"])  # "jets of the Air Force"
SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson"])
RELIEF_WORK = frozenset(["evacuate", "rescue", "help", "assist", "distribute", "deliver", "search", "clear", "rebuild",
                         "fight", "contain", "treat", "vaccinate"])
TALK_HEADS = frozenset(["talks", "negotiations", "discussions", "consultations", "dialogue", "agreement", "deal", "accord"])
SENT_TEAMS = frozenset(["team", "mission", "observers"])  # "a team from India's CERT-In arrived": help sent, no visit
UNNAMED_SPEAKERS = frozenset(["officials", "sources", "witnesses", "diplomats", "analysts", "observers", "residents",
                              "experts", "critics", "activists", "reports", "lawmakers", "officers"])
CLAUSE_OPENERS = frozenset(["after", "when", "because", "while", "although", "though", "before", "until", "if", "once"])
CLAUSE_BREAKS = frozenset([",", "which", "who", "whom", "whose", "that", "where", "as", "since", "but"])
RECIPROCALS = (["each", "other"], ["one", "another"], ["the", "other"])  # "accused each other", "blaming the other"
AUTHORING = frozenset(["carried", "launched", "conducted", "staged", "perpetrated", "committed", "claimed"])  # "the attack carried out (last week) by X"
PROPOSING = frozenset(["proposed", "proposes", "propose", "proposal", "demanded", "demands", "sought", "seeks", "urged",
                       "offered", "envisaged", "envisages"])
HABITUAL = (" has long ", " have long ", " in recent years ", " repeatedly ", " routinely ", " regularly ", " consistently ",
            " repeated attacks ", " frequent attacks ")
SUBORDINATING = frozenset(["after", "before", "since", "until", "as"])  # prepositions that may open a clause
PROSPECTIVE = frozenset(["imminent", "possible", "potential", "prospective", "looming", "future", "every", "any"])
FUTURE_FRAMES = frozenset(["expected", "scheduled", "due", "plans", "planned", "set"])
ASKED_ABOUT = frozenset(["about", "whether", "if", "on", "why", "how", "what", "when"])  # "Asked about X, she said"
BE_FORMS = frozenset(["is", "are", "was", "were", "be", "been", "being", "got"])
AHEAD = frozenset(["to", "due", "expected", "scheduled", "set", "planned", "likely"])
FEELINGS = ("concern", "solidarity", "condolences", "sympathy", "gratitude", "appreciation", "support", "commitment")
FRAME_PREPS = frozenset(["during", "ahead", "after", "before", "amid", "following", "since", "despite"])
NO_COMMENT = frozenset(["comment", "elaborate", "confirm", "say", "speculate", "disclose"])
CAUSATIVES = frozenset(["prompting", "prompted", "forcing", "forced", "leading", "causing", "spurring", "pushing"])
AHEAD_PREPS = frozenset(["ahead", "before", "during"])  # frames that another event carries
REPORT_BOUNDARY = frozenset(["said", "says", "told", "stated", "announced", "added", "noted", "claimed", "alleged", "insisted", "that"])
ACT_PREFIXES = frozenset(["counter", "re", "co", "air", "cross", "joint", "missile", "drone", "rocket", "artillery"])
PASSIVE_ADVERBS = frozenset(["also", "later", "then", "again", "first", "since", "soon"])
AUXILIARY_VERBS = frozenset(["was", "were", "is", "are", "been", "being", "be", "has", "have", "had"])
# words before a participle that make it a clause's verb ("they signed in"), not a noun's reduced relative
PRONOUN_SUBJECTS = frozenset(["it", "they", "he", "she", "we", "who", "which", "that"])
SUBJECT_WORDS = PRONOUN_SUBJECTS | {"and", "or", "also", "then", "later"}
STANDING = frozenset(["tensions", "tension", "dispute", "disputes", "border", "relations", "ties", "conflict", "war",
                      "rift", "differences", "hostilities", "fighting", "clashes", "frontier", "boundary", "standoff"])
EQUIPMENT = frozenset(["helicopter", "helicopters", "aircraft", "jet", "jets", "submarine", "submarines", "drone",
                       "drones", "boat", "boats", "craft", "capability", "capabilities", "dog", "dogs", "rifle", "rifles",
                       "data", "system", "systems", "radar", "radars", "satellite", "satellites"])  # "missile warning data"
ORDNANCE = frozenset(["artillery", "howitzer", "mortar", "tank", "naval", "gun", "rocket"])
BOMB_KINDS = frozenset(["car", "truck", "roadside", "suicide", "pipe", "cluster", "barrel", "nail", "letter", "parcel"])
SPEAKING = frozenset(["said", "says", "told", "stated", "added", "noted", "posted", "wrote"])
ANNOUNCING = frozenset(["announced", "announces", "ordered", "orders", "declared", "declares", "approved", "approves",
                        "confirmed", "confirms"])
ALLEGATION_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})


@dataclass(frozen=True, slots=True)
class TriggerHit:
    trigger: Trigger
    start: int  # token indices, end exclusive
    end: int


@dataclass
class EventCandidate:
    sentence: int
    hit: TriggerHit
    source: Mention | None
    target: Mention | None
    passive: bool
    also: tuple[Mention, ...] = ()  # further subjects of a one-sided act: "France, Germany and Britain triggered"


AMOUNT_WORDS = frozenset(["$", "€", "£", "usd", "us", "eur", "dollar", "dollars", "euro", "euros", "yen", "million",
                          "billion", "trillion", "crore", "lakh"])


def _amount_word(tok: Token) -> bool:
    return tok.lower in AMOUNT_WORDS or tok.text.replace(".", "").isdigit()


def _match(slots: tuple, toks: list[Token], i: int, s: int = 0) -> int | None:
    if s == len(slots):
        return i
    slot = slots[s]
    if slot is GAP or slot is LONG_GAP:
        skip, words, most = 0, 0, (MAX_GAP if slot is GAP else MAX_LONG_GAP)
        while words <= most:
            end = _match(slots, toks, i + skip, s + 1)
            if end is not None:
                return end
            if i + skip >= len(toks):
                return None
            tok = toks[i + skip]
            if tok.text in ("-", "'", "’") and 0 < i + skip < len(toks) - 1 and toks[i + skip - 1].end == tok.start:
                skip += 1  # "face-to-face", "d'affaires" are one word
                continue
            if tok.text == "." and skip > 0 and "." in toks[i + skip - 1].text and toks[i + skip - 1].end == tok.start:
                skip += 1  # the stop of "U.N." ends no phrase
                continue
            digits = tok.text == "," and 0 < i + skip < len(toks) - 1 and toks[i + skip - 1].text.isdigit() \
                and toks[i + skip + 1].text.isdigit() and toks[i + skip - 1].end == tok.start == toks[i + skip + 1].start - 1
            if digits:  # "5,000 tonnes" is one word
                skip += 1
                continue
            if tok.text == "(" and i + skip + 2 < len(toks) and toks[i + skip + 2].text == ")" and skip > 0 \
                    and toks[i + skip - 1].is_cap and toks[i + skip + 1].text[:1].isupper():
                skip += 3  # "called on the Southern African Development Community (SADC) to": the short name adds nothing
                continue
            aside = _relative_aside_end(toks, i + skip) if slot is LONG_GAP and tok.text == "," else None
            if aside is not None:  # 'called on the United States and France, which chair the mechanism, to press'
                words += 1
                skip = aside - i
                continue
            named = _appositive_end(toks, i + skip) if slot is LONG_GAP and tok.text == "," else None
            if named is not None:  # "ordered the French charge d'affaires, Laurent Mercier, to leave"
                words += named - (i + skip) - 2
                skip = named - i
                continue
            if not tok.text[0].isalnum() and tok.lower not in ("'s", "’s", '"', "“", "”", "$", "€", "£", "%"):
                return None  # a gap never runs across punctuation ("expressed Japan's concern", 'lodged "stern representations"')
            if tok.lower == "and" and i + skip + 1 < len(toks) and toks[i + skip + 1].text.islower() \
                    and (is_past(toks[i + skip + 1]) or toks[i + skip + 1].lower in AUXILIARY_VERBS | MODALS):
                return None  # nor into a second verb's clause ("called on X and discussed ways to expand", "called on
                # the Prime Minister and is scheduled to visit")
            joined = i + skip > 0 and toks[i + skip - 1].text in ("-", "'", "’") and toks[i + skip - 1].end == tok.start
            amount = i + skip > 0 and _amount_word(tok) and _amount_word(toks[i + skip - 1])  # "$750 million" is one
            skip, words = skip + 1, words + (tok.lower not in ("and", "or", '"', "“", "”", "%", "'s", "’s")
                                             and not joined and not amount)  # "the State of Qatar's": four words
        return None
    if i >= len(toks):
        return None
    if slot == YEAR:
        return _match(slots, toks, i + 1, s + 1) if len(toks[i].text) == 4 and toks[i].text.isdigit() \
            and toks[i].text[:2] in ("19", "20") else None
    single, multi = _split(slot)
    for alt in multi:  # the longest alternative first, so that a match never depends on set order
        n = len(alt)
        if i + n <= len(toks) and all(toks[i + k].lower == alt[k] for k in range(n)):
            end = _match(slots, toks, i + n, s + 1)
            if end is not None:
                return end
    if toks[i].lower in single:
        return _match(slots, toks, i + 1, s + 1)
    if ASIDE_PARTICLES & single and s > 0 and slots[s - 1] is not GAP and slots[s - 1] is not LONG_GAP \
            and (j := _aside_end(toks, i)) is not None:
        return _match(slots, toks, j, s)  # "agreed on Thursday to release", "pledged again to deepen"
    return None


ASIDE_PARTICLES = frozenset(["to", "with", "for", "of"])
ASIDE_ADVERBS = frozenset(["also", "further", "again", "formally", "jointly", "publicly", "firmly", "strongly",
                           "unanimously", "officially", "repeatedly", "separately", "swiftly", "immediately", "quickly",
                           "finally", "recently", "previously", "subsequently", "reportedly", "yesterday", "today"])


def _aside_end(toks: list[Token], i: int) -> int | None:
    """The end of a date or an adverb that may stand before the "to", "with", "for" or "of" of a phrase ("agreed on
    Thursday to", "pledged again to", "spoke on Thursday with", "called in March for", "the release on Wednesday
    of"), None when none begins at i."""
    if i >= len(toks):
        return None
    word = toks[i].lower
    if word in ASIDE_ADVERBS:
        return i + 1
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    if word == "on" and nxt in WEEKDAYS:
        return i + 2
    if word == "on" and nxt.rstrip(".") in MONTHS and i + 2 < len(toks) and toks[i + 2].text.isdigit():
        return i + 3
    if word == "on" and nxt.isdigit() and i + 2 < len(toks) and toks[i + 2].lower.rstrip(".") in MONTHS:
        return i + 3
    if word in ("last", "this") and nxt in ("week", "month", "year"):
        return i + 2
    if word == "in" and nxt.rstrip(".") in MONTHS:  # "called in March for"
        return i + 3 if i + 2 < len(toks) and len(toks[i + 2].text) == 4 and toks[i + 2].text.isdigit() else i + 2
    return None


def _appositive_end(toks: list[Token], k: int) -> int | None:
    """After a comma at k, the end of a name set off by a second comma (", Laurent Mercier,"), if any."""
    j = k + 1
    while j < len(toks) and j - k <= 5 and toks[j].is_cap:
        j += 1
    return j + 1 if j > k + 1 and j < len(toks) and toks[j].text == "," else None


def _relative_aside_end(toks: list[Token], k: int) -> int | None:
    """After a comma at k, the end of a relative clause set off by a second comma (", which chair the truce
    mechanism,"), if any."""
    if k + 1 >= len(toks) or toks[k + 1].lower not in ("which", "who"):
        return None
    j = next((j for j in range(k + 2, min(k + 12, len(toks))) if not toks[j].text[0].isalnum()), None)
    return j + 1 if j is not None and toks[j].text == "," else None


@cache
def _split(slot: frozenset) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A slot's one-word alternatives as a set (one lookup per token) and its longer ones, longest first."""
    return (frozenset(alt[0] for alt in slot if len(alt) == 1),
            tuple(sorted((alt for alt in slot if len(alt) > 1), key=len, reverse=True)))


def find_triggers(codebook: Codebook, toks: list[Token], blocked: set[int]) -> list[TriggerHit]:
    """Trigger phrases in a sentence; overlapping ones yield to the longer. `blocked` token indices lie
    inside names ("Working Group Meeting") and cannot begin or end a phrase."""
    hits: list[TriggerHit] = []
    for i, tok in enumerate(toks):
        if i in blocked or (i > 0 and tok.is_cap and toks[i - 1].text not in (":", "-", "–", "—", '"', "“")) \
                or _compound_tail(toks, i):  # but "VIETNAM-LAOS: Talks between ..." opens a sentence
            continue
        following = toks[i + 1].lower if i + 1 < len(toks) else None
        for trig in codebook.triggers_by_first.get(tok.lower, ()):
            if trig.second is not None and following not in trig.second and not (
                    (j := _aside_end(toks, i + 1)) is not None and j < len(toks)
                    and toks[j].lower in ASIDE_PARTICLES and toks[j].lower in trig.second):
                continue
            end = _match(trig.slots, toks, i)
            if end is not None and end - 1 not in blocked and not _verb_as_noun(trig, toks, i, end):
                hits.append(TriggerHit(trig, i, end))
    # the longer phrase wins, but a far object ("**") loses to a near one from the same word: "sent 300 troops and 20
    # armoured vehicles" deployed troops, it sent no aid
    near = {h.start for h in hits if GAP in h.trigger.slots and LONG_GAP not in h.trigger.slots}
    # and of two far-reaching phrases from one verb, the one whose next word is written decides: "calling on Ethiopia
    # to de-escalate and to 'refrain from any unilateral action'" is an appeal, not calling something a name
    worded = {h.start for h in hits if h.trigger.second is not None and LONG_GAP in h.trigger.slots}
    hits.sort(key=lambda h: (LONG_GAP in h.trigger.slots and h.start in near,
                             h.start in worded and h.trigger.slots[1:2] == (LONG_GAP,), -(h.end - h.start),
                             -h.trigger.confidence, h.start))
    kept: list[TriggerHit] = []
    for h in hits:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: h.start)


def _compound_tail(toks: list[Token], i: int) -> bool:
    """Is the word the tail of a hyphenated compound that names no act ("early-warning systems", "well-known")?
    A prefix that keeps the act ("counter-attack", "re-imposed", "air-strikes") does not count."""
    return hyphen_joined(toks, i - 1) and toks[i - 2].lower not in ACT_PREFIXES


def reporters_question(toks: list[Token], i: int) -> bool:
    """Does a reporter's question open at token i ("Asked about Finland, he said ...")?"""
    return i + 1 < len(toks) and toks[i].lower == "asked" and toks[i + 1].lower in ASKED_ABOUT


def _verb_as_noun(trig: Trigger, toks: list[Token], i: int, end: int) -> bool:
    """A verb phrase whose verb stands as a noun ("the recall of", "a meeting"): a nominal entry may code it."""
    if trig.nominal or i == 0:
        return False
    if _authored_by(toks, end) is not None:
        return False  # "the attack carried out by X": an act told with its author
    first, before = toks[i].lower, toks[i - 1].lower
    if end == i + 1 and end < len(toks) and toks[end].lower in EQUIPMENT and not is_past(toks[i]) \
            and not toks[i].lower.endswith("s"):
        return True  # "attack helicopters", "strike aircraft": kinds of weapon, no act
    if first in ("shell", "shells") and (before in ORDNANCE or before.endswith("mm") or before == "of"):
        return True  # "a production line for howitzer shells", "155mm shells", "stocks of shells": ammunition
    if first == "bomb" and before in BOMB_KINDS:
        return True  # "detonated a car bomb": the weapon of an attack told already
    if first in ("release", "releases") and before in ("press", "news", "media"):
        return True  # "Government Office of Estonia - Press release": a statement, no one freed
    if first == "back" and (before in BACK_NOT_BACKING or end < len(toks) and toks[end].lower in BACK_WHERE):
        return True  # "the dispute is back where it started", "to step back from the brink", "send migrants back
        # to Mauritania": no backing
    if first == "visiting" and before in ("with", "and", "by") and end < len(toks) and toks[end].is_cap:
        return True  # "held talks with visiting Egyptian Foreign Minister Karim Mansour": who he is, not an act of his
    if first in ("phone", "telephone") and before in ("by", "satellite", "mobile", "cell"):
        return True  # "told Reuters by phone", "speaking by satellite phone": how one spoke, no call of its own
    if first == "close" and i + 1 < len(toks) and toks[i + 1].lower in ("to", "by"):
        return True  # "held close to the Polish border": near, nothing closed
    if trig.needs == "group_subject" and first.endswith("s") and (before.endswith("ing") or before in NOUN_BEFORE):
        return True  # "journalists covering protests", "amid rallies": what they cover, no crowd's act
    if before in ("prison", "jail", "life", "death") or first == "sentence" and before in ("year", "month"):
        return True  # "serving a prison sentence", "a five-year sentence": a term, no act
    if first == "sanctions" and not (toks[i - 1].is_cap or before in ("it", "also")):
        return True  # "its own sanctions regime", "new sanctions": the noun; "Washington sanctions X" is the verb
    if before in ("the", "a", "an", "this", "that", "early", "'s", "’s") and first.endswith("ing"):  # "flood early warning",
        # "Tuesday's meeting"
        return True
    if i >= 2 and toks[i - 1].is_cap and toks[i - 2].lower in ("the", "a", "an", "its", "their") \
            and not first.endswith("ing") and not is_past(toks[i]) and not toks[i - 1].lower.endswith("s") \
            and not (i == 2 and first.endswith("s")):
        return True  # "dismissed the French demand"; but "The Ministry denounces" opens with its subject
    noun = (before in ("'s", "’s", "the", "a", "an", "his", "her", "their", "its", "-")
            or before in ACT_ADJECTIVES and i >= 2 and toks[i - 2].lower in ("the", "a", "an", "'s", "’s", "their", "its")) \
        and not first.endswith(("ed", "ing"))  # "requested the early release of the crew": a noun
    return noun and not (trig.frame == "visit" and end < len(toks) and toks[end].lower == "to")


REACTING = frozenset(["welcomed", "welcomes", "hailed", "hails", "praised", "praises", "applauded", "commended",
                      "commends", "condemned", "condemns", "criticised", "criticized", "denounced", "rejected", "rejects",
                      "noted", "notes", "acknowledged", "congratulated", "opposed"])
FREEING = frozenset(["release", "releases", "released", "releasing", "free", "frees", "freed", "freeing"])
ACT_ADJECTIVES = frozenset(["early", "immediate", "unconditional", "swift", "prompt", "safe", "full", "quick",
                            "eventual", "gradual", "partial", "complete", "phased", "speedy", "possible", "planned",
                            "proposed", "continued", "further", "final"])
BACK_WHERE = frozenset(["to", "into", "home", "across", "from", "over", "in", "out"])
BACK_NOT_BACKING = frozenset(["is", "are", "was", "were", "be", "been", "came", "come", "comes", "step", "steps", "stepped",
                              "stepping", "go", "went", "fall", "fell", "pull", "pulled", "hold", "held", "scale",
                              "scaled", "turn", "turned", "get", "got", "fight", "fought", "hit", "strike", "struck"])
NOUN_BEFORE = frozenset(["amid", "during", "after", "of", "over", "against", "despite", "following", "before", "in"])
AID_ANNOUNCED = frozenset(["announced", "informed", "told", "pledged", "promised", "confirmed", "said", "says"])


def describing_participle(toks: list[Token], i: int, end: int) -> bool:
    """Does a participle describe the noun after it ("release all detained protesters", "the seized vessel", "the
    banned TTP", "transferred three jailed ELN members"), rather than tell an act?"""
    if i == 0:
        return False
    before = toks[i - 1].lower
    if before.endswith("ly") and i >= 2 and toks[i - 2].lower in ATTRIBUTIVE:
        before = toks[i - 2].lower  # "the newly appointed envoy"
    return end - i == 1 and toks[i].lower.endswith("ed") and before in ATTRIBUTIVE and end < len(toks) \
        and (toks[end].text.isalpha() and toks[end].text.islower() and toks[end].lower not in NOT_NOUNS
             or (before == "the" or before in SMALL_COUNTS) and toks[end].is_cap)


def happened(hit: TriggerHit, toks: list[Token], clause_start: int, future_in_sentence: bool,
             earlier: list[TriggerHit]) -> bool:
    """False for negated, planned, conditional, hypothetical or alleged acts."""
    i = hit.start
    if hit.end < len(toks) and toks[hit.end].lower in NO_COMMENT:
        return False  # "declined to comment", "refused to elaborate": no position was taken
    if hit.end - i == 1 and toks[i].lower.startswith("press") and hit.end < len(toks) \
            and toks[hit.end].lower in ("ahead", "on", "forward"):
        return False  # "forces pressed ahead with exercises": going on, no demand
    if toks[i].lower in ("call", "calls") and i > 0 and toks[i - 1].lower in ("a", "the", "telephone", "phone", "video") \
            and i + 1 < len(toks) and toks[i + 1].lower == "on" and hit.trigger.type != "CONSULT":
        return False  # "thanked X in a telephone call on Wednesday evening for ...": a call made that day, no appeal
    if (i == 0 or toks[i - 1].text in ("-", ":", "—", "–")) and reporters_question(toks, i):
        return False  # "Asked about Finland, he said ...": a reporter's question, no request
    if toks[i].lower == "board" and i > 0 and toks[i - 1].lower == "on":
        return False  # "the crew are being held on board": where they are, no boarding
    if hit.trigger.type == "COERCE" and hit.end < len(toks) and toks[hit.end].lower in ("power", "control"):
        return False  # "the army seized power": a coup told, not an act on another actor
    if toks[i].lower in ("backed", "supported", "sponsored") and hit.end < len(toks) and toks[hit.end].lower == "by" \
            and i > 0 and (toks[i - 1].lower in ("is", "are") or hit.end - i == 1 and toks[i - 1].text.isalpha()
                           and toks[i - 1].lower not in AUXILIARY_VERBS | ASIDE_ADVERBS):
        return False  # "the M23, which Kinshasa says is backed by Rwanda": a standing tie; "Government troops backed
        # by AUSSOM forces recaptured the position": who they are; no act of backing either way
    if i >= 2 and toks[i - 2].lower == "what":
        return False  # 'protested against what it called a "unilateral" closure': the act is the protest
    if i > 0 and toks[i - 1].lower in PROSPECTIVE and (hit.trigger.nominal or not is_past(toks[i])):
        return False  # "signs of an imminent nuclear test", "every attack launched from its soil": not (yet) done,
        # or no one act ("the next meeting" is told below)
    start = max(clause_start, i - 5)  # capitalised words belong to names: "Reporters Without Borders condemned"
    window = [t.lower for k, t in enumerate(toks[start:i], start) if not (t.is_cap and k > 0)]
    near = window[-3:]
    if NEGATIONS & set(near) or NOT_DONE & set(window) or hit.trigger.nominal and NEGATIONS & {
            t.lower for t in toks[max(0, i - 4):i]}:
        return False  # "refused to sign", "stopped short of imposing sanctions", "has not yet announced tariffs"
    around = " " + " ".join(t.lower for t in toks[max(clause_start, i - 4):hit.end + 8]) + " "
    if any(h in around for h in HABITUAL):
        return False  # "has long denied", "has turned down requests in recent years": no one act
    opening = [t.lower for t in toks[:6]]
    if opening[:2] in (["it", "is"], ["it", "was"], ["this", "is"], ["this", "was"]) and "time" in opening[2:6] \
            and "time" in [t.lower for t in toks[:i]]:
        return False  # "It is the second time Prague has blamed Beijing": a count of acts, no new one
    contrast = max((k + 1 for k in range(clause_start, i) if toks[k].lower == "but"), default=clause_start)
    if "no" in [t.lower for t in toks[max(contrast, i - 8):hit.end]]:  # but "had no intention of ..., but warned"
        return False  # "no Turkish ship had used or threatened force", "held no ministerial talks"
    if hit.trigger.type == "AID" and {"would", "will"} & set(window) and "if" not in [t.lower for t in toks] \
            and (AID_ANNOUNCED & {t.lower for t in toks[:i]} or {"announced", "said", "informed", "told"} & {t.lower for t in toks[hit.end:]}):
        return True  # "informed X that the Government would contribute $500,000 to relief", "France will provide
        # military assistance to the army, the minister said": aid announced
    if MODALS & set(window) or PLANNING & set(window):
        return False
    if hit.trigger.nominal and i > 0 and toks[i - 1].lower == "for" and MODALS & {t.lower for t in toks[clause_start:i]}:
        return False  # "will travel to Brussels on Monday for talks with ...": the talks are still to come
    modal = next((k for k in range(i - 1, clause_start - 1, -1) if toks[k].text in MODALS), None)  # not "in May"
    if (hit.trigger.nominal or toks[i].lower.endswith("ing")) and modal is not None \
            and not any(is_past(t) or t.text == "," for t in toks[modal + 1:i]):
        return False  # "Dhaka will raise border security at a BIMSTEC ministerial meeting in July"
    asked = next((k for k in range(i - 1, clause_start - 1, -1) if toks[k].lower in ASKING), None)
    if hit.trigger.nominal and asked is not None and "to" in [t.lower for t in toks[asked + 1:i]]:
        return False  # "dismissed calls from the opposition to reopen talks with Russia", "invited X to pay an official
        # visit": asked for, not done
    if i > 0 and toks[i - 1].lower == "on" and toks[i].lower.endswith("ing"):
        return False  # "signed a memorandum on holding regular political consultations": the pact's subject
    until = next((k for k in range(i - 1, max(-1, i - 10), -1) if toks[k].lower in ("until", "unless", "once")), None)
    if until is not None and MODALS & {t.lower for t in toks[:until]}:
        return False  # "would continue the strike until the pact was suspended", "will enter into force once both
        # countries have completed ratification": a condition, not an act
    clause = [t.lower for t in toks[clause_start:i]]
    if any(a in ("has", "have", "needs", "need", "yet", "still") and b == "to" for a, b in zip(clause, clause[1:], strict=False)):
        return False  # "still has to be approved by the Diet and ratified", "has yet to be ratified": not done
    own = clause[max((k + 2 for k in range(len(clause) - 1) if clause[k] == "," and clause[k + 1] in ("which", "who")),
                     default=0):]  # not "vessels are due to hold an exercise under the Agreement, which the two signed"
    if FUTURE_FRAMES & set(own) and "to" in own[own.index(next(w for w in own if w in FUTURE_FRAMES)):]:
        return False  # "is expected to travel to Brussels in November to meet"
    if any(w in " " + " ".join(clause) + " " for w in (" to have been ", " was to have ", " were to have ")):
        return False  # "was to have been signed", "was to have co-chaired a meeting": called off
    after = [t.lower for t in toks[hit.end:hit.end + 3]]
    if after[:1] in (["was"], ["is"], ["were"]) and PLANNING & set(after[1:]):
        return False  # "a meeting was expected on Friday"
    if len(near) >= 2 and near[-1].endswith("ly") and near[-2] == "to":
        near = near[:-1]  # "to swiftly investigate"
    decided = [w for w in window[:-1] if not (w.isdigit() or w in ("on", "in", "last", "this") or w in MONTHS
                                              or w in WEEKDAYS)][-1:] in (["decided"], ["decides"])  # "decided on
    # February 6 to"; a communique's "The Authority decides to lift"
    if near and near[-1] == "to" and not hit.trigger.nominal and not CAUSATIVES & set(window) and not decided \
            and not (hit.trigger.type == "CONCEDE" and near[-2:-1] == ["agreed"]):
        return False  # "plans to visit"; but "prompting France to demand" reports a demand, "decided to extend aid" a
        # grant, and "agreed to suspend the decree" yields
    if not hit.trigger.nominal and i >= 2 and toks[i - 1].lower in ("and", "or") and not is_past(toks[i]) \
            and not toks[i].lower.endswith(("ing", "s")) and not CAUSATIVES & set(window) \
            and "to" in [t.lower for t in toks[max(clause_start, i - 8):i - 1]]:
        return False  # "called on them to press Israel to halt its attacks and withdraw from five positions"
    first = toks[i]
    window_start = max([0, i - 7] + [k + 1 for k in range(max(0, i - 7), i) if toks[k].text in (",", ";")])
    framed = [t.lower for t in toks[window_start:i] if t.lower in FRAME_PREPS]
    if framed and (not (first.lower.endswith("ed") or is_past(first))
                   and (not hit.trigger.nominal or framed[-1] in AHEAD_PREPS)) \
            and not (framed[-1] in ("after", "following") and toks[i - 1].lower == framed[-1]
                     and first.lower.endswith("ing") and hit.trigger.type != "CONSULT"):
        return False  # "during the visit", "after meeting X"; but "since the signing of X" and "expelled the
        # ambassador after accusing Tehran of ..." happened
    if future_in_sentence and not is_past(first):
        return False
    if hit.trigger.nominal and any(c in " " + " ".join(t.lower for t in toks[hit.end:hit.end + 16]) + " " for c in CALLED_OFF):
        return False  # "X's visit to New Delhi, which was to begin on Sunday, has been put off"
    if hit.trigger.nominal and any(toks[k].lower == "will" or toks[k].lower in ("is", "are") and toks[k + 1].lower in AHEAD
                                   for k in range(hit.end, min(hit.end + 6, len(toks) - 1))
                                   if "," not in {t.text for t in toks[hit.end:k]}):
        return False  # "the release of detainees is to begin within ten days", "the withdrawal ... will be taken up"
    lead = [t.lower for t in toks[max(clause_start, i - 8):i]]
    if lead[-1:] and lead[-1] in ("next", "upcoming", "forthcoming") or {"invited", "invitation"} & set(lead) and "to" in lead:
        return False  # "at the next meeting", "invited his counterpart to pay a visit to Kazakhstan": not yet held
    tail = [t.lower for t in toks[hit.end:hit.end + 14]]
    if hit.trigger.type == "MOBILIZE" and any(a == "to" and b in RELIEF_WORK for a, b in zip(tail, tail[1:], strict=False)):
        return False  # "deployed troops and boats to evacuate stranded families": relief, no show of force
    if hit.trigger.type == "MOBILIZE" and hit.end - i == 1 and is_past(first) and i > 0 and _posted(toks, i, hit.end):
        return False  # "personnel deployed in southern Lebanon", "the Navy remains deployed": where forces are, no act
    j = i - 1 - (i >= 1 and toks[i - 1].lower in ("a", "an", "the"))
    if hit.trigger.nominal and j >= 0 and toks[j].lower in ("on", "over", "about", "toward", "towards") \
            and TALK_HEADS & {t.lower for t in toks[max(clause_start, j - 10):j]}:
        return False  # "resumed talks in Doha on Thursday on a prisoner exchange": the talks' topic, not yet done
    if hit.trigger.nominal and (STOPPING | COVERING) & {t.lower for t in toks[max(clause_start, i - 4):i]}:
        return False  # "committed to halting attacks on each other's territory": acts to end, none told; "the treaty
        # extends to armed attacks on Philippine vessels": what a pact covers
    if not is_past(first) and STOPPING & {t.lower for t in toks[max(clause_start, i - 4):i]}:
        return False  # "urged the Houthis to halt cross-border attacks", "to stop shelling": a verb's form as a noun
    proposed = hit.trigger.nominal or not (is_past(first) or first.lower.endswith(("ing", "s"))) \
        and any(t.lower in ("the", "a", "an") for t in toks[max(clause_start, i - 5):i])  # a noun phrase's head
    if proposed and PROPOSING & set(t.lower for t in toks[clause_start:i]):
        return False  # "the plan proposed a truce and the withdrawal of fighters", "demanded the immediate release of
        # the crew": proposed, not done
    before = toks[i - 1].lower if i > 0 else ""
    if before in ("this", "these") and not hit.trigger.nominal:
        return False  # "to investigate this attack": an act told before, named again
    if before in ("remain", "remains", "remained", "stay", "stays", "stayed") and is_past(first):
        return False  # "the boats remain impounded": a state, not an act
    if before in ("everyone", "anyone", "those") and is_past(first) and hit.end - i == 1 \
            and not (hit.end < len(toks) and toks[hit.end].lower == "by"):
        return False  # "release everyone detained for exercising their rights": who they are, not an act told
    k = i - 2
    while k >= 0 and (toks[k].text.isdigit() or toks[k].lower in ("the", "all", "of", "some", "remaining")):
        k -= 1
    if is_past(first) and hit.end - i == 1 and before.endswith("s") and toks[i - 1].text.islower() and k >= 0 \
            and toks[k].lower in FREEING:
        return False  # "urged the authorities to release journalists detained during the campaign": who is to be freed
    if before.endswith("ly") and i >= 2 and toks[i - 2].lower in ATTRIBUTIVE:
        before = toks[i - 2].lower  # "the internationally recognised government"
    near_tail = tail[:6]
    if hit.trigger.type == "COERCE" and hit.end - i == 1 and is_past(first) and "by" not in near_tail and (
            "since" in near_tail or any(a == "for" and c in DURATIONS for a, c in zip(near_tail, near_tail[2:], strict=False))):
        return False  # "a French teacher detained in Iran since May 2022", "who had been held for a year": a state
    if describing_participle(toks, hit.start, hit.end):
        return False
    as_noun = hit.trigger.nominal or before in ("the", "a", "an", "its", "their", "his", "her") or before in URGENT \
        or i >= 2 and toks[i - 2].lower in ("the", "a", "an") and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() \
        and not is_past(toks[i - 1]) and not toks[i - 1].lower.endswith("ing") \
        or i >= 2 and toks[i - 2].lower in ("the", "a", "an") and toks[i - 1].is_cap and not is_past(first)
    # "condemned the drone attack", "condemned the Kayes ambush"
    i_owner = _before_acronym(toks, i)  # "the Democratic People's Republic of Korea's (DPRK) launch"
    owned = i_owner >= 1 and toks[i_owner - 1].lower in ("'s", "’s") or i_owner >= 2 and toks[i_owner - 2].lower in ("'s", "’s")
    for prior in earlier:
        authored = prior.trigger.type == "ACCUSE" and (_authored_by(toks, hit.end) is not None or hit.trigger.nominal
                                                       and toks[hit.end - 1].lower == "of" and _by_in_phrase(toks, hit.end)
                                                       or toks[hit.end - 1].lower == "by")  # "the attack by X on Y"
        if prior.trigger.type in ALLEGATION_TYPES and as_noun and 0 <= i - prior.end <= 3 and not owned and not authored \
                and not signed_then(toks, hit.start, hit.end, hit.trigger.type):
            return False  # "demanded the immediate release of the crew", "dismissed the French demand": not done here;
            # but "condemned the attack carried out last week by X" tells X's attack
        if prior.trigger.type in ALLEGATION_TYPES and prior.end <= i:
            between = [t.lower for t in toks[prior.end:i]]
            if [",", "and"] in (between[k:k + 2] for k in range(len(between))) or (
                    between and between[-1] in ("and", "but") and (is_past(first) or first.lower.endswith("s")
                                                                  and toks[prior.start].lower.endswith("s"))):
                continue  # "summoned the envoy over X, and urged Y", "condemned X's deportation of Y and threatened"
            if ("of" in between or "that" in between or "for" in between or first.lower.endswith("ing")) \
                    and not (owned and i_owner < i) \
                    and not ({"after", "when", "because", "since"} & set(between) and is_past(first)) \
                    and not (is_past(first) and any(between[k] == "," and between[k + 1] in ("which", "who", "whom")
                                                    for k in range(len(between) - 1))) \
                    and not reduced_relative(toks, hit.start, hit.end) and not signed_then(toks, hit.start, hit.end, hit.trigger.type) \
                    and not _answered_charge(toks, prior.end, hit):  # "urged them to respect the Declaration, which the
                # two countries signed in 2018", "refusing to join the Agreement, signed in 2018 by ...": told, not urged
                return False  # "accused X of violating the accord", but not "... after troops were deployed"
    return True


CHARGES = frozenset(["charge", "charges", "claim", "claims", "accusation", "accusations", "allegation", "allegations",
                     "warning", "demand", "condition"])


def charge_before(toks: list[Token], start: int, hit: TriggerHit) -> bool:
    """Does the verb close an apposition naming a charge ("..., a charge Phnom Penh denied", "charges Yaounde
    rejects")?"""
    comma = next((k for k in range(hit.start - 1, start - 1, -1) if toks[k].text == ","), None)
    if comma is None or comma + 2 >= len(toks):
        return False
    k = comma + 1 + (toks[comma + 1].lower in ("a", "an", "the"))
    return toks[k].lower in CHARGES and k < hit.start and not any(is_past(t) for t in toks[k + 1:hit.start])


def _answered_charge(toks: list[Token], start: int, hit: TriggerHit) -> bool:
    """Is the verb a reply told after the allegation it answers ("accused Cambodia of violating the ceasefire, a
    charge Phnom Penh denied")? The reply was made; the allegation's own acts were not."""
    return hit.trigger.type == "REJECT" and is_past(toks[hit.start]) and charge_before(toks, start, hit)


def _posted(toks: list[Token], i: int, end: int) -> bool:
    """Does a participle ("deployed") tell where forces are rather than an act: after a noun and before
    its place ("1,000 personnel deployed in southern Lebanon"), after "is" or "remains", or before a noun ("1,550
    deployed warheads")?"""
    k = i - 1
    while k > 0 and toks[k].lower.endswith("ly"):
        k -= 1
    prev = toks[k]
    if prev.lower in ("is", "are", "remains", "remain", "stays", "stay") or prev.text[0].isdigit():
        return True
    return end < len(toks) and toks[end].lower in ("in", "to", "along", "near", "at", "on", "across", "around", "since") \
        and (prev.text.isalpha() and prev.lower not in AUXILIARY_VERBS | SUBJECT_WORDS and not (prev.is_cap and k == 0)
             or prev.text == "," and k > 1)  # "the EU Monitoring Mission, deployed in October 2008, was denied access"


def reduced_relative(toks: list[Token], start: int, end: int) -> bool:
    """"the Revitalised Agreement ..., signed in Addis Ababa in September 2018 by ...": a participle set off by a
    comma and followed by its place, date or agent tells an act of its own; so does one followed by its date
    ("violating the ceasefire signed in November 2024", "the truce agreed in July 2025")."""
    k = next((j for j in range(start, end) if is_past(toks[j])), None)
    if k is None or start == 0 or k + 1 >= len(toks):
        return False
    if toks[start - 1].text == "," and end - start == 1:
        return toks[end].lower in ("in", "on", "at", "by", "last", "earlier")
    return toks[k + 1].lower == "in" and k + 2 < len(toks) and (
        toks[k + 2].lower in MONTHS or toks[k + 2].text.isdigit() and len(toks[k + 2].text) == 4)


def signed_then(toks: list[Token], start: int, end: int, event_type: str) -> bool:
    """Is the agreement an alleged breach names told with its own date ("violating the peace agreement the two
    countries signed in Washington on 27 June 2025", "the memorandum signed by Turkey and Libya in November 2019")?
    The signing happened, whatever the breach."""
    if event_type != "AGREE" or end - start != 1 or not is_past(toks[start]) or end + 1 >= len(toks) \
            or toks[end].lower not in ("in", "on", "by", "at"):
        return False
    for k in range(end, min(end + 12, len(toks) - 1)):
        if toks[k].text == ";":
            return False
        after = toks[k + 1]
        if toks[k].lower in ("in", "on") and (after.lower in MONTHS or after.text.isdigit() and (
                len(after.text) == 4 or k + 2 < len(toks) and toks[k + 2].lower in MONTHS)):
            return True
    return False


DURATIONS = frozenset(["year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades"])
MEDIATING = frozenset(["mediated", "brokered", "facilitated"])
MEDIATION = MEDIATING | {"mediation", "facilitation", "efforts", "help"}
POSSESSIVES = frozenset(["his", "her", "their", "its", "the"])
SMALL_COUNTS = frozenset(["two", "three", "four", "five", "six"])
ATTRIBUTIVE = frozenset(["the", "all", "its", "their", "his", "her", "those", "these", "other", "newly", "recently", "'s",
                         "’s"]) | SMALL_COUNTS  # "Yemen's internationally recognised government"
URGENT = frozenset(["immediate", "unconditional", "swift", "prompt", "safe", "speedy", "early"])  # "the immediate release"
NOT_NOUNS = frozenset(["by", "in", "at", "on", "to", "from", "for", "with", "and", "or", "the", "a", "an", "last", "this",
                       "that", "since", "after", "before", "during", "over", "near", "under", "as", "without", "into"])


def clause_start(toks: list[Token], i: int) -> int:
    """Where the clause holding token i begins: after ';', ':' or a reporting verb ("said that"), but not one in
    an aside that closes just before the verb ("Hanoi, which says the area is disputed, demanded")."""
    k = i - 1
    while k >= 1 and toks[k].lower in AUXILIARY_VERBS:
        k -= 1  # "Pakistan, he said, had asked"
    if k >= 1 and toks[k].text == ",":
        opening = next((j for j in range(k - 1, -1, -1) if toks[j].text == ","), None)
        if opening is not None and not any(t.text in QUOTE_MARKS for t in toks[opening:k]):
            k = opening - 1  # the aside between two commas reports nothing of this clause
    while k >= 0:
        t = toks[k].lower
        if t in (";", ":") or t in REPORT_BOUNDARY:
            return k + 1
        k -= 1
    return 0


def _is_passive(toks: list[Token], hit: TriggerHit) -> bool:
    verb = toks[hit.start:hit.end]
    participle = any(t.lower.endswith("ed") or is_past(t) for t in verb)
    if participle and hit.end - hit.start >= 3 and verb[-1].lower == "by":
        return True  # "the humanitarian assistance sent by Colombia"
    if participle and hit.end < len(toks) and toks[hit.end].lower == "by" and hit.start > 0 \
            and toks[hit.start - 1].lower in ("and", ","):
        return True  # "were rounded up and deported by the Immigration Service"
    by_inside = hit.end - hit.start == 2 and verb[-1].lower == "by"  # "{release} by"
    if participle and (hit.end - hit.start == 1 or by_inside) and hit.trigger.type != "CONSULT" \
            and (by_inside or hit.end < len(toks) and toks[hit.end].lower == "by") and hit.start > 0 \
            and toks[hit.start - 1].text.isalpha() and (toks[hit.start - 1].text.islower() or hit.trigger.type == "AGREE") \
            and toks[hit.start - 1].lower not in PRONOUN_SUBJECTS:
        return True  # "the troops killed by the strike", "fishermen released by Pakistan", "the Agreement signed by
        # the government and the TPLF", not "they killed by"
    if participle and hit.start > 0 and hit.end - hit.start == 1 and (
            toks[hit.start - 1].text == "," or hit.trigger.type in ("AGREE", "COERCE") and toks[hit.start - 1].text.isalpha()
            and toks[hit.start - 1].text.islower() and toks[hit.start - 1].lower not in SUBJECT_WORDS | AUXILIARY_VERBS) \
            and hit.end < len(toks) and toks[hit.end].lower in ("in", "on", "at", "last", "earlier", "during", "late"):
        k = hit.end
        while k < min(len(toks), hit.end + 8) and toks[k].text[0].isalnum() and toks[k].lower != "by":
            k += 1
        if k < len(toks) and toks[k].lower == "by":
            return True  # "The agreement, signed in Bucharest in March by X and Y, ...", "the framework agreement
            # signed in Doha by X and Y"
    if participle and hit.end < len(toks) and toks[hit.end].lower == "of" and (
            hit.start > 0 and toks[hit.start - 1].text == "," and hit.end - hit.start == 1 or hit.trigger.type == "ACCUSE" and not hit.trigger.nominal
            and hit.start > 0 and toks[hit.start - 1].lower not in ("it", "they", "he", "she", "we", "who", "which")):
        return True  # "..., accused of breaking a law", "two embassy staff accused of espionage"
    if participle and hit.end - hit.start == 1 and hit.start > 0 and toks[hit.start - 1].lower == "and":
        be = next((k for k in range(hit.start - 2, max(-1, hit.start - 12), -1)
                   if toks[k].lower in BE_FORMS or toks[k].text in (",", ";")), None)
        if be is not None and toks[be].lower in BE_FORMS and is_past(toks[be + 1]):
            return True  # "who was detained in Beijing in March 2023 and sentenced last year": sentenced too
    k = hit.start - 1
    while k >= 0 and (toks[k].lower.endswith("ly") or toks[k].lower in PASSIVE_ADVERBS):  # "was also received by"
        k -= 1
    verb = toks[hit.start:hit.end]
    return k >= 0 and toks[k].lower in BE_FORMS and any(t.lower.endswith(("ed", "en")) or is_past(t) for t in verb)


def quote_spans(toks: list[Token]) -> list[tuple[int, int]]:
    """The token spans between quotation marks (open, close)."""
    spans, opened = [], None
    for k, t in enumerate(toks):
        if t.text in QUOTE_MARKS:
            if opened is None and t.text != "”":
                opened = k
            elif opened is not None and t.text != "“":
                spans.append((opened, k))
                opened = None
    return spans


def cited_span(toks: list[Token]) -> tuple[int, int]:
    """The tokens of "according to residents and aid workers" (an empty span when there is none)."""
    cited = next((k for k in range(len(toks) - 1) if toks[k].lower == "according" and toks[k + 1].lower == "to"), None)
    if cited is None:
        return 0, 0
    return cited, next((k for k in range(cited, len(toks)) if toks[k].text in (",", ";")), len(toks))


def _subject(hit: TriggerHit, toks: list[Token], args: list[Mention], before: list[Mention],
             subject_pool: list[Mention], c_start: int, reporter: Mention | None) -> Mention | None:
    """The subject of an active trigger: by default the last actor before it that no preposition governs."""
    subject = subject_pool[-1] if subject_pool else None
    if hit.trigger.nominal and subject_pool and FRAME_PREPS & {t.lower for t in toks[max(0, hit.start - 3):hit.start]}:
        subject = subject_pool[0]  # "X released Y on Tuesday, a day after talks with Z": X talked
    aside_end = hit.start
    if hit.start > 0 and toks[hit.start - 1].text == "," and subject is not None \
            and not any(m.tok_end == hit.start - 1 and (m.person or m.tok_start > 0 and toks[m.tok_start - 1].text == ",")
                        for m in subject_pool):  # "the Minister ..., X, paid", "The UN force in Lebanon, UNIFIL, called"
        # "President Catete, in his capacity as AU mediator, urged": the subject stands before the aside
        opening = next((k for k in range(hit.start - 2, c_start - 1, -1) if toks[k].text == ","), None)
        if opening is not None:
            subject = next((m for m in reversed(subject_pool) if m.tok_end <= opening), subject)
            aside_end = opening  # "Hanoi, which says the area is disputed, demanded": the aside opens no clause
    if subject is not None and not hit.trigger.nominal:
        opener = next((k for k in range(min(hit.start, aside_end) - 1, subject.tok_end - 1, -1)
                       if toks[k].lower in CLAUSE_OPENERS and not (toks[k].lower == "once" and toks[k + 1].lower in ("again", "more"))),
                      None)  # "once the truce held" opens a clause; "once again" does not
        if opener is not None and not any(opener < m.tok_start < hit.start for m in args):
            subject = None  # "X pledged aid after floods killed 84 people": the clause's subject is no actor
    who = hit.start - 1 - (hit.start > 1 and toks[hit.start - 1].lower.endswith("ly"))
    if not (who > 0 and toks[who].lower in ("who", "which")):
        rel = next((k for k in range(hit.start - 1, 0, -1) if toks[k].text == "," or toks[k].lower == "who"), 0)
        if toks[rel].lower == "who" and toks[rel - 1].text == "," and not any(
                rel < m.tok_start < hit.start and m.prep is None for m in args):
            who = rel  # "Liu Jianhua, who is in Astana on an official visit": Liu visits
    if who > 0 and toks[who].lower in ("who", "which"):  # "called on Prime Minister X, who welcomed ...": X welcomed
        antecedent = who - 1 if toks[who - 1].text == "," else who
        if antecedent > 2 and toks[antecedent - 1].text == ")" and toks[antecedent - 3].text == "(":
            antecedent -= 3  # "the Economic Community of West African States (ECOWAS), which suspended"
        subject = next((m for m in reversed(args) if m.tok_end == antecedent  # "which": a subject, not "between X and Y"
                        and (toks[who].lower == "who" or m.prep is None)),
                       None if toks[who].lower == "which" else subject)  # "Cyclone Tama, which struck": no actor
        if toks[who].lower == "who" and (subject is None or not subject.person):  # "X, Secretary of the Philippines, who"
            subject = next((m for m in reversed(args) if m.person and m.tok_end < antecedent
                            and toks[m.tok_end].text == ","), subject)
    if hit.start > 0 and toks[hit.start - 1].text == "," and toks[hit.start].lower.endswith("ing"):
        subject = reporter or (subject_pool[0] if subject_pool else subject)  # "X expelled Y, accusing them of ...";
        # "Egypt said the talks had collapsed, accusing Addis Ababa of ...": Egypt accuses
        rel = next((k for k in range(hit.start - 2, c_start, -1) if toks[k].lower == "who"), None)
        if rel is not None and subject is not None and subject.tok_end < rel:
            subject = next((m for m in args if m.tok_end in (rel, rel - 1) and m.tok_end > subject.tok_end), subject)
            # "police dispersed protesters who had gathered outside the embassy, demanding ...": the protesters demand
    verb = subject.tok_start - 1 - (subject.tok_start > 1 and toks[subject.tok_start - 1].lower in ("the", "a", "an")) \
        if subject is not None else -1
    if hit.start > 0 and toks[hit.start - 1].lower == "and" and len(subject_pool) >= 2 and subject is subject_pool[-1] \
            and verb >= 0 and is_past(toks[verb]):
        subject = subject_pool[0]  # "ECOWAS suspended Mali in 2020 and imposed sanctions", "police charged the crowd
        # and fired tear gas": the first was the object
    if hit.start > 0 and toks[hit.start - 1].lower in ("'s", "’s"):  # "Putin's visit"
        subject = next((m for m in reversed(before) if m.tok_end == hit.start), subject)
    return subject


def _described_by_appositive(toks: list[Token], k: int, before: list[Mention]) -> Mention | None:
    """The name that a noun phrase set off after it describes, when the phrase ends at token k: "Tomasz Grabowski,
    a cyclist", "the suspect, a 41-year-old logistics worker"."""
    j = k
    while j > k - 6 and j > 0 and toks[j].text.islower() and toks[j].lower not in ("a", "an"):
        j -= 1
    if toks[j].lower not in ("a", "an") or j == k or j < 2 or toks[j - 1].text != ",":
        return None
    return next((m for m in before if m.tok_end == j - 1 and m.entity != PAIR), None)


def _relative_asides(toks: list[Token]) -> list[tuple[int, int]]:
    """The token spans of relative clauses set off by commas and of lists of members."""
    return relative_clauses(toks) + _member_lists(toks)


def relative_clauses(toks: list[Token]) -> list[tuple[int, int]]:
    """The token spans of relative clauses set off by commas (", which involved 90 warplanes,"); one that runs to
    the end of the sentence is no aside."""
    spans = []
    for k in range(1, len(toks) - 1):
        if toks[k].text == "," and toks[k + 1].lower in ("which", "who", "whose"):
            end = next((j for j in range(k + 2, len(toks)) if toks[j].text in (",", ";")), None)
            while end is not None and (nxt := next((j for j in range(end + 1, len(toks)) if toks[j].text in (",", ";")),
                                                   None)) is not None \
                    and all(t.is_cap or t.lower in ("and", "the") for t in toks[end + 1:nxt]):
                end = nxt  # ", which is active across Mali, Burkina Faso and Niger,": the list is in the clause
            if end is not None:
                spans.append((k, end))
    return spans


DASHES = ("-", "–", "—")
MEMBER_NOUNS = frozenset(["countries", "states", "members", "nations", "governments", "parties"])


def _member_lists(toks: list[Token]) -> list[tuple[int, int]]:
    """The spans of name lists set off by dashes or brackets after a name ("Mercosur - Argentina, Brazil,
    Paraguay and Uruguay -"): the members describe the bloc and take no part of their own."""
    spans = []
    for k in range(1, len(toks) - 1):
        if toks[k].text not in DASHES + ("(",) or not (toks[k - 1].is_cap or toks[k - 1].lower in MEMBER_NOUNS):
            continue
        close = DASHES if toks[k].text in DASHES else (")",)
        end = next((j for j in range(k + 1, min(k + 16, len(toks))) if toks[j].text in close), None)
        inner = toks[k + 1:end] if end is not None else []
        if any(t.text in (",", "and") for t in inner) and all(t.is_cap or t.lower in (",", "and", "the") for t in inner):
            spans.append((k, end))
    return spans


def assign_arguments(hit: TriggerHit, toks: list[Token], mentions: list[Mention], c_start: int,
                     c_end: int, quoted: list[tuple[int, int]] = ()) -> EventCandidate | None:
    """Source and target around one trigger, by the trigger's frame; `quoted` are the sentence's quote_spans."""
    # the speaker of "..., the ministry said" is not an argument of the act reported
    # nor are the sources cited ("according to residents and aid workers")
    cited_start, cited_end = cited_span(toks)
    asides = [(a, b) for a, b in _relative_asides(toks) if not a <= hit.start < b]
    args = [m for m in mentions if m.argument and not (m.tok_end < len(toks) and toks[m.tok_end].lower in SPEAKING
                                                       and m.tok_end != hit.start)  # but 'X said ... was "illegal"'
            and not cited_start < m.tok_start < cited_end
            and not any(a < m.tok_start < b for a, b in asides)]  # "slammed the exercise, which involved U.S.
    # fighters, as ... and warned that ...": the fighters neither slammed nor were slammed
    announced = next((k for k in range(hit.start - 1, max(c_start - 2, -1), -1) if toks[k].lower in ANNOUNCING), None) \
        if hit.trigger.nominal else None
    if announced is not None:  # "X announced the recall of its ambassador and the suspension of relations": X acts
        c_start = clause_start(toks, announced)
    before = [m for m in args if c_start <= m.tok_start and m.tok_end <= (hit.start if announced is None else announced)]
    subject_pool = [m for m in before if m.prep is None or (  # "after Tajik guards crossed ...": a clause's subject
        m.prep in SUBORDINATING and _verb_follows(toks, m, before))
        or (m.prep == "by" and m.tok_start >= 2 and toks[m.tok_start - 2].lower in ("led", "headed"))  # "a delegation led by X"
        or (m.prep == "by" and _launched_by(toks, c_start, m.tok_start))  # "Drones launched by X struck"
        or (m.prep == "of" and m.person and toks[m.tok_start - 1].lower == "and")  # "President X of A and Prime Minister Y"
        or (m.prep in ("of", "from", "for") and _member_of(toks, m.tok_start))  # "leaders of the bloc"
        or (m.prep in ("of", "from") and any(o.prep == m.prep and o.tok_end < m.tok_start and _member_of(toks, o.tok_start)
                                             and [t.lower for t in toks[o.tok_end:m.tok_start]
                                                  if t.lower not in ("the", "government")] == ["and"] for o in before))
        # "the foreign ministers of India and Japan met"
        or (m.prep == "with" and m.tok_end < len(toks) and toks[m.tok_end].lower.endswith("ing"))]  # "with X having"
    subject_pool = [m for m in subject_pool if not (m.text.endswith(("'s", "’s")) and m.tok_end < hit.start - 1
                                                    and m is not subject_pool[0] and m.tok_start > 0
                                                    and toks[m.tok_start - 1].text.islower()
                                                    and (is_past(toks[m.tok_start - 1]) or toks[m.tok_start - 1].lower.endswith("s")))]
    # "X condemns Iran's transfer of drones and calls on Tehran": an object's possessor is no clause's subject
    included = [m for m in before if m.prep == "including"]
    if included and not any(m.prep is None for m in subject_pool) and hit.start > 0 and toks[hit.start - 1].text == "," \
            and all(t.text != "," for t in toks[included[-1].tok_end:hit.start - 1]):
        subject_pool = included  # "Several Council members, including Denmark and Algeria, praised": they praised
    causative = next((k for k in range(hit.start - 1, c_start - 1, -1) if toks[k].lower in CAUSATIVES), None)
    caused = next((m for m in before if causative is not None and m.tok_start == causative + 1), None)
    if caused is not None:  # "..., prompting China to send warships and to lodge protests": China acts
        subject_pool = [caused]
    after = [m for m in args if hit.start < m.tok_start < c_end  # objects inside a gapped phrase count: "called on Tehran to"
             and not any(a < m.tok_start < b and not a < hit.start < b and not (a == hit.end and b - a <= 6)
                         for a, b in quoted)]
    # '"a violation of the Vienna Convention"' is no object, unless the act is quoted with it ('"We are grateful to X"')
    # or the quote is the object's own short name ('blamed "extremist Fano elements"')
    frame = hit.trigger.frame
    passive = _is_passive(toks, hit)

    def first_after(exclude: Mention | None, allow_prep: bool = True) -> Mention | None:
        for m in after:
            if m.prep in FRAME_PREPS:
                continue
            if m.prep == "by" and any(t.lower in MEDIATING for t in toks[max(hit.end, m.tok_start - 3):m.tok_start]):
                continue  # "carried out a prisoner exchange mediated by Oman": Oman is no party to it
            if m.prep == "between" and any(toks[k].lower == "between" and toks[k - 1].lower in STANDING
                                           for k in range(max(hit.end, 1), m.tok_start)):
                continue  # "met to discuss tensions between Ethiopia and Eritrea": no partner of the meeting
            if m.prep == "between" and hit.trigger.pattern.startswith("{discuss}") and m.tok_start - hit.end > 3:
                continue  # "discussed ways to expand training exchanges between the armed forces": the topic
            if m.text.endswith(("'s", "’s")) and any(0 <= o.tok_start - m.tok_end <= 2 and o.prep is None for o in after):
                continue  # "demanded that Sudan's paramilitary RSF ...": the possessor describes the actor after it;
                # but "praised Poland's leadership within NATO" praised Poland
            if "-" in (toks[m.tok_start - 1].text, toks[min(m.tok_end, len(toks) - 1)].text) and (
                    hit.start < m.tok_start < hit.end
                    or any(o.tok_end == m.tok_start - 1 or o.tok_start == m.tok_end + 1 for o in after)):
                continue  # "held a Japan-Philippines Foreign Ministers' Meeting with X", "co-chaired the meeting of the
                # India-Nepal Joint Commission with X": the compound names the meeting or the body
            if not m.person and any(o.person and o.tok_start == m.tok_end for o in after):
                continue  # "met National Assembly Chairman Le Van Hoang": the chairman
            if m.tok_end < hit.end and any(f in hit.trigger.pattern for f in FEELINGS) \
                    and hit.trigger.type != "REQUEST":  # but "sought India's support": India is asked
                continue  # "expressed Greece's concern over ...", "reaffirmed the U.S. commitment to": its holder feels it
            if exclude is not None and m.entity == exclude.entity and m.entity != PAIR:
                continue
            if allow_prep or m.prep is None:
                named = next((o for o in after if o.tok_start > m.tok_end and toks[o.tok_start - 1].text == ","
                              and o.tok_end < len(toks) and toks[o.tok_end].text == ","
                              and all(t.text.islower() for t in toks[m.tok_end:o.tok_start - 1])), None)
                return named or m  # "demanded that the UN peacekeeping mission, MONUSCO, leave": MONUSCO
        return None

    if passive:
        by = next((m for m in after if m.prep == "by"
                   and not any(t.lower in MEDIATION for t in toks[max(0, m.tok_start - 2):m.tok_start])), None)
        # "were released after mediation by Oman": Oman released no one
        subject = subject_pool[-1] if subject_pool else None
        k = hit.start - 1
        while k > c_start and toks[k].lower in AUXILIARY_VERBS | PASSIVE_ADVERBS:
            k -= 1
        if k == hit.start - 1 and toks[k].text == "," and frame != "host":
            subject = next((m for m in before if m.tok_end == k), None)  # "the Revitalised Agreement ..., signed in
            # 2018 by the government": the participle tells of the phrase before the comma, not of the clause's subject
        opening = next((j for j in range(k - 1, c_start - 1, -1) if toks[j].text == ","), None) if toks[k].text == "," else None
        described = _described_by_appositive(toks, k, before)
        if described is not None:  # "Polish citizen Tomasz Grabowski, a cyclist detained by Belarusian guards": him
            subject = described
        if opening is not None:  # "Morikawa, the most senior official to visit Nepal, was received by": Morikawa
            subject = next((m for m in reversed(subject_pool) if m.tok_end <= opening), subject)
        if frame == "host" and by is not None and k < hit.start - 1:
            if toks[k].lower == "and" and subject_pool:
                subject = subject_pool[0]  # "X held talks with Y, and was received by Z": X
            if subject is not None and any(t.lower in ("whose", "which", "that") for t in toks[subject.tok_end:hit.start]):
                subject = None  # "the forum, whose summit was hosted by Y": no guest named
            return EventCandidate(0, hit, subject, by, True)  # "X was received by Y": X visits Y
        if frame == "joint" and by is not None:
            partner = next((m for m in after if m.tok_start > by.tok_end and m.entity != by.entity
                            and m.entity != PAIR), None)
            return EventCandidate(0, hit, by, partner or subject, True)
        if by is None and c_start >= 2 and toks[c_start - 1].lower == "that":
            # "the Ministry announced on Monday that two diplomats had been declared persona non grata"
            k = c_start - 2
            while k > 0 and (toks[k].is_cap or toks[k].lower == "on" or toks[k].text.isdigit()):
                k -= 1  # "announced on Monday that"
            if toks[k].lower in ANNOUNCING:
                by = next((m for m in reversed(args) if m.tok_end <= k and m.prep is None), None)
        return EventCandidate(0, hit, by, subject, True)

    if hit.trigger.nominal and frame == "active" and (hit.trigger.pattern.endswith((" of", " on", " against", " by"))
                                                       or hit.end < len(toks) and toks[hit.end].lower == "by"):
        # "Russia's expulsion of six diplomats", "the seizure of the tanker by the Revolutionary Guards": the
        # author is the possessor or the "by" phrase, never a subject that only talks about the act
        owner = next((m for m in reversed(args) if m.tok_end == hit.start - 1 and toks[m.tok_end].lower in ("'s", "’s")
                      or m.tok_end == hit.start and m.text.endswith(("'s", "’s"))), None)
        by = next((m for m in after if m.prep == "by"), None)
        author = owner or by or _act_owner(hit, toks, before) \
            or (subject_pool[-1] if announced is not None and subject_pool else None)  # "Russia's large-scale attack on"
        target = None if hit.trigger.type == "MOBILIZE" else first_after(author)  # "the missile launch by X on Monday"
        return EventCandidate(0, hit, author, target, False) if author else None
    if (k := _authored_by(toks, hit.end)) is not None:
        by = next((m for m in after if m.prep == "by" and k < m.tok_start <= k + 4 and all(
            t.lower in GROUP_PARTS | {"the", "of"} for t in toks[k + 1:m.tok_start])), None)
        if by is not None:  # "the drone and missile attack carried out by the Houthi group on positions of X"
            return EventCandidate(0, hit, by, None if hit.trigger.type == "MOBILIZE" else first_after(by), False)
    owner = _act_owner(hit, toks, before)
    if owner is not None:  # "condemned North Korea's latest missile launch", "a winter of Russian drone attacks"
        return EventCandidate(0, hit, owner, None if hit.trigger.type == "MOBILIZE" else first_after(owner), False)
    if frame == "active" and hit.start >= 2 and toks[hit.start - 1].lower in ("it", "they"):
        end = hit.start - 1  # "a Russian diplomat it accused of"; "the UAE, which it accused of"
        if toks[end - 1].lower in ("which", "whom", "that"):
            end -= 1 + (end >= 2 and toks[end - 2].text == ",")
        np = next((m for m in reversed(before) if m.tok_end == end and m.entity != PAIR), None)
        subj = next((m for m in subject_pool if np is not None and m.tok_end <= np.tok_start), None)
        if subj is not None:  # "Moldova expelled a Russian diplomat it accused of ...": Moldova accused him
            return EventCandidate(0, hit, subj, np, False)
    doer = next((m for m in args if m.tok_end == hit.start and m.entity != PAIR), None) \
        if frame == "active" and not hit.trigger.nominal and toks[hit.start].lower.endswith("ing") else None
    if doer is not None:  # "fired tear gas at demonstrators marching on parliament": the demonstrators march
        return EventCandidate(0, hit, doer, first_after(doer), False)
    right = next((m for m in before if m.tok_end == hit.start and m.entity != PAIR), None) if frame == "joint" else None
    left = next((m for m in before if right is not None and m.tok_end == right.tok_start - 1
                 and toks[m.tok_end].text in ("-", "–") and m.entity not in (PAIR, right.entity)), None)
    if left is not None:  # "India-Vietnam relations were elevated to a partnership": the two elevated them
        return EventCandidate(0, hit, left, right, False)
    reporter = next((m for m in mentions if m.tok_end <= c_start and m.prep is None and m.argument and sum(
        t.text in QUOTE_MARKS for t in toks[:m.tok_start]) % 2 == 0), None) if c_start > 0 else None
    subject = _subject(hit, toks, args, before, subject_pool, c_start, reporter)
    if agreement_reacted_to(hit, toks):
        subject = None  # "Japan welcomed the ratification of the agreement": Japan ratified nothing
    if subject is None and 2 <= c_start == hit.start - 2 and toks[c_start].text == "," and toks[c_start + 1].lower == "and" \
            and toks[c_start - 1].lower in SPEAKING:
        opening = next((k for k in range(c_start - 2, -1, -1) if toks[k].text == ","), None)
        subject = next((m for m in mentions if opening is not None and m.tok_end <= opening and m.prep is None
                        and m.argument), None)  # "Thailand gave them shelter, Thai officials said, and urged X"
    if subject is None and any(f in hit.trigger.pattern for f in FEELINGS):
        subject = next((m for m in after if m.tok_end < hit.end and m.text.endswith(("'s", "’s"))), None)
        # "the ministry expressed the State of Qatar's appreciation to ...": Qatar feels it
    if hit.trigger.nominal and "including" in [t.lower for t in toks[max(0, hit.start - 3):hit.start]]:
        subject = None  # "expressed concern over the DPRK's launches, including the launch of an ICBM": not theirs
    if hit.start >= 2 and toks[hit.start - 2].text == "," and toks[hit.start - 1].lower in UNNAMED_SPEAKERS:
        subject = None  # "Russia could expel more diplomats, officials warned": unnamed officials warned
    paired = frame == "joint" and "between" in (toks[hit.end - 1].lower, toks[hit.end].lower if hit.end < len(toks) else "") \
        and not (subject is not None and next((m.entity for m in after if m.prep == "between"), None) == PAIR)
    # "X and Y held the third Strategic Dialogue between the two countries": X and Y, who are those two
    # coordination directly before the verb: "India and Russia signed"; but "India and Vietnam signed MoUs after
    # talks between X and Y": X and Y talked
    def bracketed(m: Mention) -> Mention | None:  # "the International Atomic Energy Agency (IAEA)": the name before
        return next((o for o in before if m.tok_start >= 2 and toks[m.tok_start - 1].text == "("
                     and o.tok_end == m.tok_start - 1 and o.entity == m.entity), None)

    if subject is not None and (named := bracketed(subject)) is not None:
        subject = named
    subject_pool = [m for m in subject_pool if bracketed(m) is None]
    owner_of_subject = next((m for m in subject_pool if subject is not None and m.tok_end == subject.tok_start
                             and m.text.endswith(("'s", "’s"))), None)
    if owner_of_subject is not None:  # "Pakistan and Afghanistan's Taliban administration signed": no conjunct
        subject_pool = [m for m in subject_pool if m is not owner_of_subject]
    if subject is not None and len(subject_pool) >= 2 and not paired \
            and not _object_of_earlier_verb(toks, subject_pool[-2], subject_pool[:-2], c_start):
        prev = subject_pool[-2]
        between = [t.lower for t in toks[prev.tok_end:(owner_of_subject or subject).tok_start]
                   if t.lower not in POSSESSIVES and t.text not in COURTESIES]  # "X and HE Minister Y"'s "HE"
        of_state = next((m for m in mentions if m.tok_start == prev.tok_end + 1 and toks[prev.tok_end].lower == "of"
                         and prev.person), None)
        if of_state is not None:  # "President X of South Korea and Prime Minister Y": X's state describes X
            between = [t.lower for t in toks[of_state.tok_end:subject.tok_start] if t.lower not in POSSESSIVES]
        s0 = subject.tok_start
        if s0 >= 2 and toks[s0 - 1].lower == "of" and toks[s0 - 2].text in HEAD_OFFICES:
            j = s0 - 2
            while j > prev.tok_end and (toks[j - 1].is_cap or toks[j - 1].lower == "the"):
                j -= 1
            between = [t.lower for t in toks[prev.tok_end:j] if t.lower not in POSSESSIVES]  # "the Prime Minister of
            # India and the President of France met": the two states
        if between[-2:] == ["-", "based"]:
            del between[-3:]  # "the House of Representatives and the Tripoli-based High Council of State"
        if between[:1] and between[0] in GOVERNMENT_KINDS:
            between.pop(0)  # "Ethiopia's federal government and the TPLF signed"
        if between[:1] and between[0] in SEAT_OF_POWER:
            between.pop(0)  # "South Sudan's government and the rebels held talks", "the DRC government and M23"
        if between[:1] == ["and"] and between[-1:] == [","] and {"counterpart", "counterparts"} & set(between):
            between = ["and"]  # "X and her Chinese counterpart, Commerce Minister Y, held a call": X and Y
        titled = between[2:-1] if between[:2] == [",", "and"] else []
        if prev.person and subject.person and between[-1:] == [","] and titled and len(titled) <= 10 \
                and not any(w == "," or w.endswith("ed") for w in titled):
            between = ["and"]  # "the Minister of Transport of Kazakhstan, X, and the Minister of Transport of
            # Uzbekistan, Y, signed": X and Y
        if len(between) > 1 and between[-1].isalpha() and between[-1] not in ("and", "or", "but") \
                and toks[subject.tok_start - 1].text.islower() and not is_past(toks[subject.tok_start - 1]):
            between.pop()  # "Sudan's army and the paramilitary RSF": a modifier of the second
        reciprocal = [t.lower for t in toks[hit.end:hit.end + 2]] in RECIPROCALS
        if between in (["and"], [",", "and"], ["&"]):
            listed = [prev, subject]  # "France, Germany and Britain": the whole list acts
            for m in reversed(subject_pool[:-2]):
                if [t.lower for t in toks[m.tok_end:listed[0].tok_start]] != [","]:
                    break
                listed.insert(0, m)
            if frame == "joint" and len(listed) > 2 and (toks[listed[0].tok_start - 1].text not in DASHES + ("(", ",")
                                                         or _dated_opening(toks, c_start, listed[0].tok_start - 1)):
                # "Egypt, Greece and Cyprus adopted a declaration": each two of them; but "the EU and Mercosur -
                # Brazil, Argentina, Paraguay and Uruguay - began" is the bloc
                if len(listed) > 3:
                    return None  # "the leaders of Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan met": a
                    # summit, no dyad (ten pairs would drown the story)
                return EventCandidate(0, hit, listed[0], listed[1], False, also=tuple(listed[2:]))
            if frame == "visit":  # "Rahmani and Marchetti had both arrived in Cairo": each came
                return EventCandidate(0, hit, listed[0], None, False, also=tuple(listed[1:]))
            if frame == "joint" or reciprocal or not first_after(prev) and hit.trigger.type not in ("AID", "ACCUSE", "REJECT"):
                return EventCandidate(0, hit, prev, subject, False)  # but "X and Y condemned the attack": each, its authors
            if frame == "active":
                return EventCandidate(0, hit, listed[0], first_after(listed[0]), False, also=tuple(listed[1:]))
            subject = prev
    if frame == "visit" and toks[hit.end - 1].lower == "of":  # "the state visit of the Sultan of Oman"
        return EventCandidate(0, hit, first_after(None), None, False)
    if frame == "visit":
        by = next((m for m in after if m.prep == "by" and m.tok_start <= hit.end + 6), None) if hit.trigger.nominal else None
        return EventCandidate(0, hit, by or subject, None, False)  # the destination is a place; coder.py finds it;
        # "a visit to Doha by the Spanish foreign minister": the minister visits
    if frame == "undergo" and subject is None:  # "soldiers were killed when their patrol came under fire from X"
        subject = next((m for m in args if m.tok_end <= hit.start and m.prep is None), None)
    if frame in ("host", "undergo"):
        guest = first_after(subject)
        return EventCandidate(0, hit, guest, subject, False) if guest else None
    if paired:
        subject = None  # "announces a telephone conversation between X and Y": X and Y take part
    if subject is None and (hit.trigger.nominal or toks[hit.end - 1].lower == "between") and frame == "joint":
        first = first_after(None)
        second = first_after(first) if first else None
        if first is not None and second is not None and first.entity == second.entity:
            second = None
        return EventCandidate(0, hit, first, second, False)
    if hit.end < len(toks) and toks[hit.end].lower == "that" and hit.trigger.type != "REQUEST":
        return EventCandidate(0, hit, subject, None, False)  # "denied that civilians were targeted"
    if subject is not None and subject.tok_start > 1 and toks[subject.tok_start - 1].lower == "whom":
        earlier = [m for m in args if m.tok_end < subject.tok_start - 1]  # "X, whom police detained": X is the object
        antecedent = next((m for m in reversed(earlier) if m.person), earlier[-1] if earlier else None)
        if antecedent is not None:
            return EventCandidate(0, hit, subject, antecedent, False)
    gapped = tuple(m for m in after if _gapped(toks, m)) if subject is not None and frame == "active" else ()
    if gapped:  # "Britain pledged 85 million pounds, Japan $60 million and Kuwait $40 million": each pledged
        after = [m for m in after if m not in gapped]
    return EventCandidate(0, hit, subject, first_after(subject), False, also=gapped)


def agreement_reacted_to(hit: TriggerHit, toks: list[Token]) -> bool:
    """Is a noun of agreement the object of a verb of reaction ("welcomed the ratification of")? Then the verb's
    subject reacts to the act and did not do it; but "witnessed the signing of" was there."""
    return hit.trigger.type == "AGREE" and hit.trigger.nominal and hit.start > 0 and toks[hit.start - 1].lower in REACTING


def _act_owner(hit: TriggerHit, toks: list[Token], before: list[Mention]) -> Mention | None:
    """The actor whose act a noun names, standing before it with only modifiers between: "North Korea's latest
    ballistic missile launch", "Russia's intensified drone strikes", "Russian missile and drone attacks"."""
    if is_past(toks[hit.start]) or toks[hit.start].lower.endswith("ing") or hit.start == 0:
        return None
    start = _before_acronym(toks, hit.start)
    k = start - 1
    while k >= 0 and start - k <= 5 and (toks[k].text.isalpha() and toks[k].text.islower() or toks[k].text == "-") \
            and (not is_past(toks[k]) or k > 0 and toks[k - 1].lower in ("'s", "’s")) \
            and toks[k].lower not in POSSESSIVES and toks[k].lower not in ("a", "an", "of", "to", "by", "for", "as"):
        k -= 1
    if k == hit.start - 1 or k < 0:
        return None
    owner = next((m for m in before if m.tok_end in (k + 1, k) and m.entity != PAIR), None)
    if owner is None or not (toks[k].lower in ("'s", "’s")
                             or owner.tok_end - owner.tok_start == 1 and owner.text.endswith(("an", "ese", "ish", "i"))):
        return None
    return owner


def _before_acronym(toks: list[Token], i: int) -> int:
    """Where the words before token i begin once an acronym in brackets just before it is passed over."""
    if i >= 3 and toks[i - 1].text == ")" and toks[i - 3].text == "(" and toks[i - 2].text.isupper():
        return i - 3
    return i


def _member_of(toks: list[Token], start: int) -> bool:
    """Does the actor at `start` follow "members of [the]" ("the members of the Security Council condemned",
    "officials from India and France met")?"""
    k = start - 1 - (start >= 1 and toks[start - 1].lower == "the")
    return k >= 1 and (toks[k].lower == "of" and toks[k - 1].lower in MEMBERS_OF
                       or toks[k].lower == "from" and toks[k - 1].lower in MEMBERS_OF - SENT_TEAMS
                       or toks[k].lower == "for" and toks[k - 1].lower in SPOKESPEOPLE)  # "a spokesperson for the EU"


TIME_FILLERS = frozenset(["on", "in", "last", "this", "earlier", "later", "also", "then", "finally", "week", "month",
                          "year", "had", "has", "have"])


def _dated_opening(toks: list[Token], start: int, comma: int) -> bool:
    """Is the clause opened by a date and a comma ("In July 2024, Mali, Burkina Faso and Niger signed")?"""
    return toks[comma].text == "," and start < comma and all(
        t.lower in MONTHS or t.lower in WEEKDAYS or t.text.isdigit() or t.lower in TIME_FILLERS | {"at", "the", "of"}
        for t in toks[start:comma])


def _verb_follows(toks: list[Token], m: Mention, mentions: list[Mention]) -> bool:
    """Is the actor followed by a past verb, past an "of" phrase ("after a mob of traders stormed") or a second
    subject ("after India and China agreed")?"""
    k = m.tok_end
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
        k += 3  # "after the South Sudan People's Defence Forces (SSPDF) shelled"
    if k + 1 < len(toks) and toks[k].lower in GOVERNMENT_KINDS and toks[k + 1].lower in SEAT_OF_POWER:
        k += 1  # "after Ethiopia's federal government and the TPLF signed"
    if k < len(toks) and toks[k].lower in SEAT_OF_POWER:
        k += 1  # "after the Congolese government accused"
    if k < len(toks) and toks[k].lower == "of":
        k = next((o.tok_end for o in mentions if o.prep == "of" and k < o.tok_start <= k + 2), k)
    if k < len(toks) and toks[k].lower == "and":  # "after India and China agreed"
        second = next((o for o in mentions if k < o.tok_start <= k + 2), None)
        return second is not None and _verb_follows(toks, second, mentions)
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower in ("then", "which", "who", "now"):
        k = next((j + 1 for j in range(k + 2, min(k + 12, len(toks))) if toks[j].text == ","), k)
        # "after ECOWAS, then chaired by Nigeria, imposed sanctions"
    if k < len(toks) and toks[k].text == "," and m.tok_start > 0 and toks[m.tok_start - 1].text == ",":
        k += 1  # "after the UN Special Rapporteur on Afghanistan, Ingrid Halvorsen, accused"
    start = k
    while k < min(start + 4, len(toks)) and (toks[k].lower in TIME_FILLERS or toks[k].lower in WEEKDAYS
                                             or toks[k].text.isdigit()):
        k += 1  # "after North Macedonia on Tuesday lifted the ban"
    return k < len(toks) and is_past(toks[k])


def _gapped(toks: list[Token], m: Mention) -> bool:
    """Is the actor the subject of a list item whose verb is left out: ", Japan $60 million", "followed by
    Germany with 120 million euros"?"""
    k = m.tok_end + (m.tok_end < len(toks) and toks[m.tok_end].lower == "with")
    if not (k < len(toks) and (toks[k].text in ("$", "€", "£", "US") or toks[k].text[0].isdigit())):
        return False
    j = m.tok_start - 1 - (m.tok_start > 0 and toks[m.tok_start - 1].lower == "the")
    if m.prep == "by":
        return j >= 1 and toks[j - 1].lower == "followed"
    return m.prep is None and j >= 0 and toks[j].lower in (",", "and")


def _object_of_earlier_verb(toks: list[Token], mention: Mention, earlier: list[Mention], c_start: int) -> bool:
    """Is the mention the object of a verb its clause's subject governs ("The Houthis freed 153 soldiers and
    Yemeni police released ...": the soldiers do not release)?"""
    for m in earlier:
        if m.tok_start < c_start:
            continue
        verbs = [k for k in range(m.tok_end, mention.tok_start)
                 if is_past(toks[k]) and toks[k].lower not in SPEECH_VERBS]
        if verbs and not any(t.lower in CLAUSE_OPENERS or t.lower in CLAUSE_BREAKS for t in toks[verbs[-1]:mention.tok_start]):
            return True
    return False


def _by_in_phrase(toks: list[Token], start: int) -> bool:
    """Does "by" follow within the phrase that starts at `start` ("the massacre of 40 civilians by the ADF")?"""
    for t in toks[start:start + 8]:
        if t.text in (",", ";"):
            return False
        if t.lower == "by":
            return True
    return False


LAUNCHING = frozenset(["launched", "fired", "flown", "operated", "dropped"])


def _launched_by(toks: list[Token], c_start: int, start: int) -> bool:
    """Does the actor at `start` launch the weapons that open the clause ("Drones launched by the RSF struck",
    "Missiles fired by X hit")? The weapons' act is the actor's."""
    by = start - 1 - (start >= 2 and toks[start - 1].lower == "the")
    if by < 2 or toks[by].lower != "by" or toks[by - 1].lower not in LAUNCHING:
        return False
    c_start = max([c_start, *(k + 1 for k in range(c_start, by) if toks[k].text in DASHES + (":",))])  # "SUDAN - Drones"
    return all(
        t.text.isalpha() and t.text.islower() and not is_past(t) or t.text.isdigit() or t.is_cap and k == c_start
        for k, t in enumerate(toks[c_start:by - 1], c_start))


def _authored_by(toks: list[Token], end: int) -> int | None:
    """Where "by" names the author of the act that ends at `end` ("the attack carried out last week by X")."""
    if end >= len(toks) or toks[end].lower not in AUTHORING:
        return None
    return next((k for k in range(end + 1, min(end + 9, len(toks))) if toks[k].lower == "by"
                 and "," not in {t.text for t in toks[end:k]}), None)

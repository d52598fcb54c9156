"""Find the actors an article names and resolve second references within the article.

Persons are found by their title ("Russian Deputy Foreign Minister Andrey Rudenko"), by an appositive
("Sanjeev Kumar, Secretary (Defence Production), India"), or by the person gazetteer; later surname-
and title-only references ("Rudenko", "Deputy FM Rudenko", "the minister") resolve to them. States are
found by name, demonym, capital used as a metonym and seats of government; bodies and groups by the
gazetteer and the group lexicon.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace

from entente.codebook import Codebook, GazetteerEntry, TitleEntry
from entente.dates import MONTHS, WEEKDAYS
from entente.tokens import HEADING_RE, IRREGULAR_PAST, QUOTE_MARKS, Token, is_past, tokenize

PREPOSITIONS = frozenset(
    ["in", "at", "to", "from", "near", "outside", "inside", "into", "across", "via", "with", "of", "for", "on", "against", "about", "between", "toward", "towards", "by", "over", "under", "among", "amid", "after", "before", "during", "than", "like", "including"])
MOTION_WORDS = frozenset(["travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies",
                          "flew", "flown", "flying", "flight", "flights", "go", "goes", "went", "going", "gone", "come",
                          "came", "return", "returns", "returned", "returning", "back", "trip", "visit", "visits",
                          "visited", "journey", "arrive", "arrived", "move", "moved", "moving", "relocate", "relocated",
                          "head", "headed", "heading", "way", "route", "road", "sail", "sailed", "drive", "drove", "fled",
                          "flee", "deported", "extradited", "transferred", "bound", "ambassador",
                          "envoy", "embassy", "mission", "delegation", "delegations", "minister", "invitation",
                          "invited", "welcome", "welcomed", "train", "trains", "convoy", "access", "pipeline",
                          "corridor", "link", "border", "crossing"])
APPEALING = frozenset(["appeal", "appeals", "appealed", "appealing", "wrote", "writes", "complained", "complains",
                       "protested", "protests", "pleaded", "pleads"])
SEAT_OF_POWER = frozenset(["government", "regime", "authorities", "administration", "leadership", "establishment"])
LOCATIVE = frozenset(["in", "at", "to", "from", "near", "outside", "inside", "into", "across", "via", "toward", "towards", "around"])
SINGULAR_FORCES = frozenset(["guard", "army", "navy", "police", "military", "gendarmerie", "service", "force"])
DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"])
ACRONYM_RE = re.compile(r"[A-Z]{3,7}")
PERSON_HEADS = frozenset(["head", "leader", "chief", "founder", "member", "spokesman", "spokeswoman", "spokesperson"])
BODY_NOUNS = frozenset(["association", "lobby", "federation", "union", "council", "organisation", "organization",
                        "confederation", "chamber", "coalition", "alliance", "movement", "network", "syndicate",
                        "company", "firm", "institute", "foundation", "watchdog", "charity", "group"])
SPEECH_VERBS = frozenset(["said", "says", "told", "added", "stated", "noted", "announced", "warned", "warns", "urged",
                          "insisted", "stressed", "declared", "vowed", "pledged", "promised", "reiterated", "affirmed",
                          "reaffirmed"])
PAIR_PHRASES = {
    ("both", "leaders"), ("both", "sides"), ("both", "countries"), ("both", "nations"), ("both", "ministers"),
    ("both", "governments"), ("the", "two", "leaders"), ("the", "two", "sides"), ("the", "two", "countries"),
    ("the", "two", "nations"), ("the", "two", "ministers"), ("the", "two", "governments"), ("the", "two"),
    ("both", "presidents"), ("the", "two", "presidents"), ("the", "ministers"), ("the", "sides"), ("the", "parties"),
    ("the", "leaders"), ("both", "parties"), ("the", "two", "parties"), ("the", "two", "neighbours"),
    ("both", "warring", "parties"), ("the", "warring", "parties"), ("the", "warring", "sides"), ("both", "warring", "sides"),
    ("the", "prime", "ministers"), ("both", "prime", "ministers"), ("both", "officials"), ("the", "two", "officials"),
    ("both", "envoys"), ("the", "two", "envoys"), ("both", "negotiators"), ("the", "two", "negotiators"),
    ("the", "foreign", "ministers"), ("both", "foreign", "ministers"), ("the", "presidents"),
    ("the", "heads", "of", "state"), ("both", "heads", "of", "state"), ("the", "two", "heads", "of", "state"),
    ("the", "heads", "of", "government"), ("the", "two", "heads", "of", "government"),
}
PORTFOLIOS = frozenset(["foreign", "defence", "defense", "finance", "trade", "interior", "energy"])
NOT_NAME = frozenset(m.capitalize() for m in list(MONTHS) + list(WEEKDAYS)) | frozenset(
    ["The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "Both", "Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "On", "In", "At", "As", "But", "And", "Or", "For", "With", "After", "Before", "During", "Since", "While", "When", "Meanwhile", "However", "Also", "Overall", "According", "Earlier", "Later", "Last", "Next", "Held", "Under", "Over", "Amid", "Despite", "Following", "Thursday's", "Friday's", "Monday's", "Several", "Many", "Some", "Most", "All", "Other", "Few", "Each", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"])
NAME_PRONOUNS = frozenset(["He", "An"])  # family names that are also words: "He Lanfang", "An Ji-hoon"
UN_KEY = "org:United Nations"
PEACEKEEPING = frozenset(["peacekeeping", "peacekeepers", "peacekeeper"])
SEATED = frozenset(["government", "authorities", "regime", "leadership", "administration"])
GOVERNMENT_KINDS = frozenset(["federal", "central", "national", "interim", "transitional", "military"])
GOVERNMENT_VERBS = frozenset(["has", "had", "would", "will", "is", "was", "says", "said"])  # "the government had"
LESSER_RANKS = frozenset(["vice", "deputy", "assistant", "junior", "additional", "joint", "under"])
HEADS_OF_STATE = (("the", "two", "heads", "of", "state"), ("the", "heads", "of", "state"), ("both", "heads", "of", "state"))
BACKING = frozenset(["backed", "supported", "sponsored", "allied", "aligned", "led"])
SHIPS = frozenset(["flagged", "vessel", "vessels", "boat", "boats", "ship", "ships", "trawler", "trawlers", "tanker",
                   "tankers", "fishing", "cargo", "jigger", "jiggers", "pirogue", "pirogues", "freighter", "dhow"])
FLAGGED = frozenset(["flagged", "registered", "owned", "operated", "crewed"])
TIME_WORDS = frozenset(["day", "morning", "afternoon", "evening", "night", "week", "month", "year", "later", "then",
                        "earlier", "subsequently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday"])
PRONOUN_STARTERS = frozenset({"both", "the", "he", "she", "they", "them", "his", "her", "it", "we"})  # pair phrases and pronouns
OFFICES = {"Secretary General": "Secretary-General"}  # a body's head, named by the office alone
UNIT_NUMBER = re.compile(r"\d{1,3}(?:st|nd|rd|th)?")
HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Honourable", "Honorable"])
COURTESIES = HONORIFICS | {"H.E", "HE", "Excellency", "."}  # "H.E. Ms.", "Her Excellency" before a name
# honorifics that may stand between a title and a name ("Prime Minister Dato' Seri Azman Harun"), longest first
STYLES = (("Dato", "'", "Seri"), ("Dato", "’", "Seri"), ("Dato", "'", "Sri"), ("Dato", "’", "Sri"), ("Datuk", "Seri"),
          ("Tan", "Sri"), ("Dato", "'"), ("Dato", "’"), ("Datuk",), ("Tun",), ("Shri",), ("Smt",), ("Shrimati",),
          ("Encik",), ("Puan",), ("Ibu",), ("Bapak",), ("H.E",), ("the", "Hon"), ("Hon",),
          *((h,) for h in sorted(HONORIFICS)))


def hyphen_joined(toks: list[Token], k: int) -> bool:
    """Is token k a hyphen written without spaces between two words ("PORT-AU-PRINCE")?"""
    return 0 < k < len(toks) - 1 and toks[k].text == "-" and toks[k - 1].end == toks[k].start == toks[k].end - 1 \
        and toks[k].end == toks[k + 1].start and toks[k + 1].text[:1].isalpha()


def _names_after_of(toks: list[Token], k: int) -> bool:
    """Does a name follow "of" ("the government of South Sudan", "of the DRC"), not an act ("accused the government
    of negotiating in the dark")?"""
    k += k < len(toks) and toks[k].lower == "the"
    return k < len(toks) and toks[k].is_cap


def _after_styles(toks: list[Token], k: int) -> int:
    """The first word after the honorifics that begin at k (k when none does); they may follow each other
    ("H.E. Mr. Kwame Asante")."""
    for style in STYLES:
        if tuple(t.text for t in toks[k:k + len(style)]) == style:
            return _after_styles(toks, k + len(style) + (k + len(style) < len(toks) and toks[k + len(style)].text == "."))
    return k
NAME_PARTICLES = frozenset(["al", "el", "bin", "bint", "ibn", "abu", "van", "von", "de", "da", "di", "du", "der", "den",
                            "dos", "das", "del", "dela", "la", "le", "ul", "ur", "ter", "zu"])
IGO_DOCUMENTS = frozenset(["resolution", "resolutions", "charter", "mandate", "rules"])
REGION_PREFIXES = frozenset(["South", "North", "Latin", "Central", "East", "West", "Southeast"])
BODY_REFERENCES = frozenset(["bloc", "grouping", "alliance", "council"])
ORGAN_HEADS = frozenset(["commission", "parliament", "court", "council", "secretariat", "assembly"])  # of a bloc, not one
BODY_MODIFIERS = frozenset(["member", "regional", "continental", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "eleven", "twelve", "fifteen"])
VISIT_CUES = frozenset(["arrived", "arrives", "arriving", "visiting"])
PASSIVE_OR_PERFECT = frozenset(["was", "were", "is", "are", "has", "have", "had", "been"])
HOST_VERBS = frozenset(["received", "receives", "hosted", "hosts", "welcomed", "welcomes"])
QUANTITIES = frozenset(["hundreds", "thousands", "dozens", "scores", "tens", "millions", "some", "many", "group", "groups", "crowds"])
CROWD_SIZES = frozenset(["dozen", "hundred", "thousand"])
NOT_CROWD_WORDS = frozenset(["of", "the", "his", "her", "their", "its", "our", "these", "those", "other", "more", "foreign"])


@dataclass
class Entity:
    """An actor as this article names it; `key` links it to other articles."""

    index: int
    key: str
    name: str
    actor_type: str
    country: str | None
    sector: str | None = None
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    members: tuple[str, ...] = ()
    affiliation: int | None = None  # the IGO an official serves ("UN Secretary-General X"): no state of their own
    state_guessed: bool = False  # the state was not stated nor named beside them but taken from the dateline
    nationality_assumed: bool = False  # a group's state taken from the story, not from a demonym or a place


@dataclass(frozen=True, slots=True)
class Mention:
    entity: int  # Entity.index, or PAIR for "both sides"
    sentence: int
    tok_start: int  # token index within the sentence
    tok_end: int
    start: int  # character offsets in the body
    end: int
    text: str
    argument: bool  # may stand as an event's source or target (not a modifier inside another mention)
    prep: str | None  # the preposition that governs it, if any
    named: bool = True  # False for a pronoun, which refers to an actor without naming it
    person: bool = False  # the mention names a person


PAIR = -1
NATIONALS = frozenset(["diplomat", "national", "citizen", "politician", "journalist", "official", "businessman",
                       "businesswoman", "engineer", "academic", "lawyer", "general", "economist", "teacher", "researcher",
                       "student", "activist", "tourist"])
BODY_AGAIN = frozenset(["ministry", "agency", "commission", "council", "union", "association", "federation", "mission",
                        "syndicate", "movement"])  # "the ministry", "the union": the one named before
SAID_AFTER_RE = re.compile(r"\s+(?:said|says|told|added)\b")  # a speaker's name ends before it ("Gao said")
PERSON_APPOSITIVE_RE = re.compile(rf",\s+(?:(?:an?\s+)?\d+-year-old\b|\d{{1,3}},|an?\s+[A-Z][a-z]+\s+(?:{'|'.join(NATIONALS)})\b)")
# "Milorad Jovic, a 71-year-old former officer", "Claire Dumesnil, 34, who", "Claire Dubois, a French teacher"
CURRENCIES = frozenset(["crowns", "kroner", "kronor", "krona", "francs", "franc", "pounds", "pound", "dollars", "dollar",
                        "euros", "rupees", "rupee", "yen", "yuan", "renminbi", "dinars", "dirhams", "riyals", "rials",
                        "rand", "naira", "pesos", "shillings", "won", "roubles", "rubles", "lira", "zloty"])
WORDING = frozenset(["acronym", "abbreviation", "initials", "translation", "spelling", "word", "words", "term", "language"])


@dataclass(frozen=True, slots=True)
class Place:
    sentence: int
    tok_start: int
    tok_end: int
    text: str
    country: str


@dataclass
class ArticleActors:
    entities: list[Entity]
    mentions: list[Mention]
    places: list[Place]
    home: str | None = None  # the state the story is filed from
    story_starts: list[int] = field(default_factory=list)  # a roundup's sentences that open its stories


def state_body_name(codebook: Codebook, country: str, body: str) -> str:
    """A state's body as it is written out with its state: "Iranian Foreign Ministry"."""
    return f"{codebook.demonyms.get(country) or codebook.countries[country].name} {body}"


class _Finder:
    def __init__(self, codebook: Codebook, body: str):
        self.cb = codebook
        self.body = body
        self.entities: list[Entity] = []
        self.by_key: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.places: list[Place] = []
        self.pending: dict[tuple[int, int], tuple[int, Entity, str | None]] = {}  # (sentence, token) -> (end, person, prep)
        self.modifiers: set[tuple[int, int]] = set()  # (sentence, token) inside a title's post-modifier
        self.acronyms: dict[str, int] = {}  # an acronym given in brackets after a name -> the entity
        self.spelled: set[str] = set()  # acronyms the article spells out for a body that is no actor ("SPC")
        self.title_refs: list[tuple[int, str, str]] = []  # "Bolivia's foreign minister": (mention, title, state)
        self.bare_titles: dict[str, Entity] = {}  # "the Prime Minister" -> the person it meant the last time
        self.group_states: dict[int, str] = {}  # a group's state as first written before it: "Myanmar" military
        self.story: list[int] = []  # each sentence's story in a roundup (all 0 in an article that tells one)
        self.named_government: Entity | None = None  # the state whose government was named last ("the Yemeni
        # government"), which "the government" names again
        self.unseated: list[tuple[int, int, int]] = []  # (sentence, start, end) of "the government", no state said yet
        self.peacekeepers: list[tuple[int, int, int]] = []  # (sentence, start, end) of "UN peacekeepers", no mission said
        self.organs: dict[str, int] = {}  # "the Authority of Heads of State ... of ECOWAS": "Authority" -> ECOWAS
        self.machines = codebook.word_lists.get("machines", frozenset())
        self.force_kinds = codebook.word_lists.get("force_kinds", frozenset())
        self.voice: Entity | None = None  # the body a statement speaks for: "We, the G7 Foreign Ministers, ..."
        self._seen_toks: list[Token] | None = None  # the sentence being scanned, and its gazetteer lookups
        self._seen: dict[int, tuple[int, GazetteerEntry] | None] = {}
        self.starters = codebook.lower_starters | PRONOUN_STARTERS | {"people"}
        self.lower_body_starts = {words[0] for words in codebook.lower_bodies}

    # -- entities ----------------------------------------------------------------------------------
    def entity(self, key: str, name: str, actor_type: str, country: str | None, sector: str | None = None,
               members: tuple[str, ...] = ()) -> Entity:
        ent = self.by_key.get(key)
        if ent is None:
            ent = Entity(len(self.entities), key, name, actor_type, country, sector, members=members)
            self.entities.append(ent)
            self.by_key[key] = ent
        return ent

    def from_gazetteer(self, g: GazetteerEntry) -> Entity:
        return self.entity(g.key, g.name, g.actor_type, g.country, g.sector, g.members)

    def person(self, name_tokens: list[str], country: str | None, role: str | None, sector: str | None) -> Entity:
        name = " ".join(name_tokens)
        surname = self._surname(name_tokens, country)
        for ent in self.entities:  # the same person named again, perhaps more or less fully
            if ent.actor_type != "person":
                continue
            if country and ent.country and country != ent.country:
                continue
            ent_tokens = ent.name.split()
            if self._surname(ent_tokens, ent.country) == surname and _compatible(name_tokens, ent_tokens):
                if len(name_tokens) > len(ent_tokens) and ent.key.startswith("person?"):
                    ent.aliases.add(ent.name)
                    ent.name = name
                ent.aliases.add(name)
                ent.country = ent.country or country
                ent.role = ent.role if ent.role and (not role or role.isupper()) else role  # "FM X" keeps "Foreign Minister"
                ent.sector = ent.sector or sector
                return ent
        if len(name_tokens) == 1:  # "PM Azman" after "Prime Minister Azman Harun": a given name as the reference
            holders = [e for e in self.entities if e.actor_type == "person" and name_tokens[0] in e.name.split()
                       and not (country and e.country and country != e.country)]
            if len(holders) == 1:
                holders[0].aliases.add(name)
                holders[0].role = role or holders[0].role
                return holders[0]
        gaz = self.cb.gazetteer.get(tuple(name_tokens))
        if gaz is not None and gaz.actor_type == "person":
            ent = self.from_gazetteer(gaz)
        else:
            ent = self.entity(f"person?{country or ''}?{_initial(name_tokens, surname)}?{surname.lower()}",
                              name, "person", country, sector)
        ent.role = role or ent.role
        ent.sector = ent.sector or sector
        ent.aliases.add(name)
        return ent

    def _surname(self, tokens: list[str], country: str | None) -> str:
        if len(tokens) >= 2 and len(tokens[0]) > 1 and tokens[0].isupper() and not tokens[-1].isupper():
            return tokens[0].capitalize()  # "Mr. ISHIKAWA Kenji" writes the family name first, in capitals
        if country in self.cb.family_name_first and len(tokens) >= 2:
            return tokens[0]
        return tokens[-1]

    def add(self, ent: Entity | int, sent: int, toks: list[Token], i: int, j: int, argument: bool = True,
            named: bool = True, prep: str | None = None) -> None:
        index = ent if isinstance(ent, int) else ent.index
        text = self.body[toks[i].start:toks[j - 1].end]
        if not isinstance(ent, int) and named:
            ent.aliases.add(text.removeprefix("the ").removeprefix("The "))
        argument = argument and (sent, i) not in self.modifiers
        if index != PAIR and self.entities[index].actor_type == "igo" and named:
            self.name_organ(toks, i, j, index)
        person = index != PAIR and self.entities[index].actor_type == "person"
        prep = prep or _governing_prep(toks, i)
        if prep in ("after", "before") and _opens_clause(toks, j):
            prep = None  # "after a Chinese coast guard ship rammed ...": the subject of a clause, not an object
        self.mentions.append(Mention(index, sent, i, j, toks[i].start, toks[j - 1].end, text, argument,
                                     prep, named, person))
        if index != PAIR and self.entities[index].actor_type == "country" and j < len(toks) \
                and toks[j].lower == "government":
            self.named_government = self.entities[index]
        if index != PAIR and not person and j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" \
                and toks[j + 1].text[:1].isupper() and toks[j + 1].text.replace("-", "").isalnum():
            self.acronyms[toks[j + 1].text] = index  # "the Rapid Support Forces (RSF)": later "the RSF"

    # -- matching helpers ----------------------------------------------------------------------------
    def gaz_at(self, toks: list[Token], i: int) -> tuple[int, GazetteerEntry] | None:
        lengths = self.cb.gazetteer_lengths.get(toks[i].text)
        if lengths is None:  # most words begin no gazetteer name
            return None
        if toks is self._seen_toks and i in self._seen:  # the scan asks again about the same word
            return self._seen[i]
        found = None
        for n in lengths:
            if i + n <= len(toks):
                g = self.cb.gazetteer.get(tuple(t.text for t in toks[i:i + n]))
                if g is not None:
                    if g.form == "demonym" and i > 0 and toks[i - 1].text in REGION_PREFIXES:
                        break  # "the South American Mercosur bloc", "Latin American leaders": a region, no state
                    if hyphen_joined(toks, i - 1) and hyphen_joined(toks, i + n):
                        break  # "PORT-AU-PRINCE": a word inside a place's name, not the African Union
                    found = i + n, g
                    break
        if toks is self._seen_toks:
            self._seen[i] = found
        return found

    def title_at(self, toks: list[Token], i: int) -> tuple[int, TitleEntry, str] | None:
        """[modifiers] title [(parenthetical)] at i: (end, entry, role as written)."""
        starts = [i]  # a modifier may also begin a title: "Permanent Representative", "Deputy Permanent ..."
        while starts[-1] < len(toks) and toks[starts[-1]].lower in self.cb.modifiers and toks[starts[-1]].is_cap:
            j = starts[-1] + 1
            if j + 1 < len(toks) and toks[j].text == "-" and toks[j - 1].end == toks[j].start:  # "Vice-Minister"
                j += 1
            starts.append(j)
        for j in starts:
            found = self._title_from(toks, i, j)
            if found is not None:
                return found
        if i >= len(toks) or not (toks[i].is_cap and toks[i].lower in self.cb.portfolio_words):
            return None
        j = i  # "Trade, Industry and Competition Minister": a portfolio listed before the role
        while j < len(toks) and (toks[j].is_cap and toks[j].text.isalpha() and self._title_from(toks, j, j) is None
                                 or toks[j].lower == "and" or toks[j].text == "," and j > i):
            j += 1
        listed = j > i + 2 and any(t.text == "," for t in toks[i:j])
        portfolio = all(t.lower in self.cb.portfolio_words for t in toks[i:j] if t.text.isalpha() and t.lower != "and")
        found = self._title_from(toks, i, j) if (listed or portfolio) and (toks[j - 1].is_cap or toks[j - 1].lower == "and") \
            else None  # "Mines and Energy Minister": the last portfolio word begins a title of its own
        return found if found is not None and found[1].is_role else None  # "Communication Minister Patrick Kalala",
        # "Health Cabinet Secretary Francis Lagat"

    def _title_from(self, toks: list[Token], i: int, j: int) -> tuple[int, TitleEntry, str] | None:
        if j >= len(toks):
            return None
        lengths = sorted(set(self.cb.title_lengths.get(toks[j].lower, ()) + self.cb.title_lengths.get(toks[j].text, ())),
                         reverse=True)
        for n in (n for n in lengths if j + n <= len(toks)):
            words = toks[j:j + n]
            entry = self.cb.titles.get(tuple(t.lower for t in words)) or self.cb.titles.get(tuple(t.text for t in words))
            if entry is None and n > 1 and words[-1].lower.endswith("s") and words[0].is_cap and j + n + 1 < len(toks):
                entry = self.cb.titles.get((*(t.lower for t in words[:-1]), words[-1].lower[:-1]))  # "Foreign Ministers
                if entry is None or not entry.is_role or not toks[j + n].is_cap:                      # X and Y"
                    continue
                return j + n, entry, self.body[toks[i].start:toks[j + n - 1].end - 1]
            if entry is None or not entry.is_role and words[0].is_cap:
                continue  # a relation is written in lower case: "British national X", not "National Unity Government"
            end = j + n
            if entry.is_role and end + 1 < len(toks) and (toks[end].lower in ("of", "for") or (
                    toks[end].lower in ("and", "&", ",") and words[-1].lower in self.cb.portfolio_words
                    and (toks[end].text != "," or toks[end + 1].is_cap and toks[end + 1].lower in self.cb.portfolio_words))):
                end = self._portfolio_end(toks, end)  # "Minister of Foreign Affairs and International Cooperation"
            if end + 2 < len(toks) and toks[end].text == "(" :
                close = next((k for k in range(end + 1, min(end + 8, len(toks))) if toks[k].text == ")"), None)
                if close is not None:
                    end = close + 1
            return end, entry, self.body[toks[i].start:toks[end - 1].end]
        return None

    def _portfolio_end(self, toks: list[Token], k: int) -> int:
        """End of "of New and Renewable Energy" after a title at k (k when no portfolio follows)."""
        end, j = k, k + 1
        while j < len(toks) and (toks[j].lower in self.cb.portfolio_words and toks[j].is_cap
                                 or toks[j].is_cap and self._region_of_portfolio(toks, j)
                                 or toks[j].lower in ("and", "&", "for", "of", "the")
                                 or (toks[j].text == "," and j + 1 < len(toks) and toks[j + 1].is_cap  # "of Commerce,
                                     and toks[j + 1].lower in self.cb.portfolio_words)):  # Industry and Investment"
            if (state := self.gaz_at(toks, j)) is not None and state[1].actor_type == "country":
                break  # "Prime Minister of New Zealand": a state, not a portfolio
            j += 1
            if toks[j - 1].lower in self.cb.portfolio_words:
                end = j
        return end

    def _region_of_portfolio(self, toks: list[Token], j: int) -> bool:
        """Is the word at j part of a region's portfolio joined by "and" ("Foreign Affairs and East African
        Cooperation")? Not a body's name after "of the" ("head of the Atomic Energy Organization")."""
        joined = next((k for k in range(j - 1, max(j - 3, 0), -1) if not toks[k].is_cap), None)
        return joined is not None and toks[joined].lower in ("and", "&") and any(
            t.is_cap and t.lower in self.cb.portfolio_words for t in toks[j + 1:j + 3])

    def name_at(self, toks: list[Token], i: int, after_title: bool = False) -> int:
        """End of a person's name starting at i (i when there is none). Lower-case particles belong to a
        name ("Said bin Hamad al-Rawahi"); after a title, a first name may also be a place ("Bharat Solanki")."""
        j = i
        while j < len(toks) and j - i < 8:
            t = toks[j]
            initial = len(t.text) == 1 and t.text.isupper() and j > i and j + 1 < len(toks) and (
                toks[j + 1].is_cap or toks[j + 1].text == ".")
            particle = t.lower in NAME_PARTICLES and j > i and j + 1 < len(toks) and (
                toks[j + 1].is_cap or toks[j + 1].lower in NAME_PARTICLES
                or (toks[j + 1].text == "-" and toks[j + 1].start == t.end))
            if particle:
                j += 2 if toks[j + 1].text == "-" else 1
                continue
            capitals = t.text.isupper() and len(t.text) > 1 and not (  # "Mr. FUNADA Kazuhiro" writes the surname so
                after_title and j == i and j + 1 < len(toks) and toks[j + 1].is_cap and t.text.isalpha()
                and self.cb.gazetteer.get((t.text,)) is None)
            joined = j > i and j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j + 1].start == t.end \
                and toks[j + 2].start == toks[j + 1].end and toks[j + 2].text.isalpha()  # "Park Jun-seo": no month
            month_name = t.lower in MONTHS and (j > i or after_title) and j + 1 < len(toks) and not toks[j + 1].text[0].isdigit() \
                and (j > i or toks[j + 1].is_cap or toks[j + 1].lower in NAME_PARTICLES)  # "Amir Jan Zadran", "Theresa May"
            surname_first = t.text in NAME_PRONOUNS and after_title and j == i and j + 1 < len(toks) \
                and toks[j + 1].is_cap and toks[j + 1].text.isalpha() and toks[j + 1].text not in NOT_NAME  # "spokesperson
            # He Lanfang"
            if not initial and (not (t.is_cap and t.text[0].isalpha()) or t.text in NOT_NAME and not (joined or month_name
                                                                                                     or surname_first)
                                or capitals):
                break
            place = self.cb.gazetteer.get((t.text,))
            if place is not None and place.actor_type != "person" and not (
                    after_title and j == i and j + 1 < len(toks) and toks[j + 1].is_cap
                    and self.cb.gazetteer.get((toks[j + 1].text,)) is None):
                break
            if self.cb.titles.get((t.lower,)) is not None or t.lower in self.cb.modifiers or t.text in self.cb.body_heads:
                break
            j += 1
            if j < len(toks) and toks[j].text == "." and len(t.text) == 1:
                j += 1
            while j + 1 < len(toks) and toks[j].text == "-" and toks[j - 1].end == toks[j].start == toks[j + 1].start - 1 \
                    and toks[j + 1].text.isalpha():
                j += 2
        while j > i and toks[j - 1].lower in NAME_PARTICLES:
            j -= 1
        if j - i == 1 and len(toks[i].text) == 1:
            return i
        return j

    def group_at(self, toks: list[Token], i: int) -> tuple[int, str, str] | None:
        for n in range(min(self.cb.group_max, len(toks) - i), 0, -1):
            if i + n < len(toks) and toks[i + n].text == "-" and toks[i + n].start == toks[i + n - 1].end:
                continue  # "an army-led government" is no army
            g = self.cb.groups.get(tuple(t.lower for t in toks[i:i + n]))
            if g is not None and (not toks[i].is_cap or i == 0 or toks[i - 1].text in ("-", "—", "–", ":", '"', "“")):
                return i + n, g[0], g[1]
        if toks[i].lower == "people" and i + 1 < len(toks) and any(
                trig.type == "PROTEST" for trig in self.cb.triggers_by_first.get(toks[i + 1].lower, ())):
            return i + 1, "protesters", "civil_society"  # "Several hundred people rallied outside the embassy"
        if _counted_crowd(toks, i):  # "Thousands of university lecturers marched": the crowd by its own words
            for j in range(i + 1, min(i + 4, len(toks))):
                if not (toks[j - 1].text.isalpha() and toks[j - 1].text.islower()) or toks[j - 1].lower in NOT_CROWD_WORDS:
                    break
                if toks[j - 1].lower.endswith("s") and is_past(toks[j]) and toks[j - 1].lower not in self.machines \
                        and any(trig.type == "PROTEST" for trig in self.cb.triggers_by_first.get(toks[j].lower, ())) \
                        and not any(self.cb.groups.get(tuple(t.lower for t in toks[k:j])) for k in range(i, j)):
                    return j, self.body[toks[i].start:toks[j - 1].end], "civil_society"  # but "thousands of university
                    # students" are the students the codebook knows
        return None

    def flagged_group(self, toks: list[Token], i: int) -> bool:
        """Do the boats of "Vietnamese-flagged fishing boats" follow the flag at i?"""
        return toks[i - 1].lower in FLAGGED and i < len(toks) and (
            self.group_at(toks, i) is not None or i + 1 < len(toks) and toks[i].text.islower()
            and self.group_at(toks, i + 1) is not None)

    def group_after_state(self, toks: list[Token], i: int) -> tuple[int, str, str] | None:
        """A group named after its state: "Tajik guards"; a form with an article ("the military") drops it there
        ("the Myanmar military")."""
        if i >= len(toks):
            return None
        for n in range(min(self.cb.group_max - 1, len(toks) - i), 0, -1):
            g = self.cb.groups.get(("the", *(t.lower for t in toks[i:i + n])))
            if g is not None and not toks[i].is_cap:
                return i + n, g[0], g[1]
        return self.group_at(toks, i)

    def lower_body_at(self, toks: list[Token], i: int) -> tuple[int, str, str] | None:
        """A body named in lower case at i ("foreign ministry"): (end, name as capitalised, sector)."""
        if i >= len(toks) or toks[i].text not in self.lower_body_starts:
            return None
        for n in (3, 2):
            words = tuple(t.text for t in toks[i:i + n])
            if len(words) == n and all(w.islower() for w in words) and words in self.cb.lower_bodies:
                return i + n, " ".join(w.capitalize() for w in words), self.cb.lower_bodies[words]
        return None

    def state_body(self, country: str, name: str, sector: str) -> Entity:
        """A state's body named in lower case, as "Iranian Foreign Ministry"."""
        return self.entity(f"org:{country}:{name.lower()}", state_body_name(self.cb, country, name), "organization",
                           country, sector)

    def country_of(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        """A state named at i as a modifier: "Russian", "India's", "US"."""
        hit = self.gaz_at(toks, i)
        if hit is None or hit[1].actor_type != "country":
            return None
        end, g = hit
        if end < len(toks) and toks[end].text == "." and "." in toks[end - 1].text:
            end += 1  # "the U.S. envoy": the abbreviation's last full stop
        if g.form == "demonym":
            return end, g.country
        if end < len(toks) and toks[end].lower in ("'s", "’s"):
            return end + 1, g.country
        if g.form in ("name", "alias"):
            return end, g.country
        return None

    def state_after_name(self, toks: list[Token], n_end: int) -> tuple[int, tuple[int, str] | None]:
        """Where the state after a person's name begins, and the state ("President X of [the Republic of] Angola"),
        if the name is followed by "of" and one."""
        if n_end + 1 >= len(toks) or toks[n_end].lower != "of":
            return n_end, None
        at = n_end + 2 if toks[n_end + 1].lower == "the" else n_end + 1
        return at, self.country_of(toks, at) if at < len(toks) else None

    def igo_of(self, toks: list[Token], i: int) -> tuple[int, GazetteerEntry] | None:
        """An international body named at i as the employer of the official whose title follows: "UN
        Secretary-General", "the EU's chief negotiator"."""
        hit = self.gaz_at(toks, i)
        if hit is None or hit[1].actor_type != "igo":
            return None
        end = hit[0] + (1 if hit[0] < len(toks) and toks[hit[0]].lower in ("'s", "’s") else 0)
        for k in range(end, min(end + 3, len(toks))):  # "EU foreign policy spokesperson"
            if k > end and not (toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
                                and toks[k - 1].lower not in ("by", "led", "headed")):
                return None
            if self.title_at(toks, k) is not None:
                return end, hit[1]
        return None

    def body_subjects(self, sent: int, forces: bool = False) -> list[Mention]:
        """The states and bodies standing as subjects in the sentence so far: what "it" may stand for, and with
        `forces` also a force named in the singular ("Libya's coast guard says it intercepted")."""
        return [m for m in self.mentions if m.sentence == sent and m.prep is None and m.argument and m.entity != PAIR
                and (self.entities[m.entity].actor_type in ("country", "organization", "igo")
                     or self.entities[m.entity].actor_type == "group" and (
                         not self.entities[m.entity].key.startswith("group:")
                         or forces and m.text.split()[-1].lower() in SINGULAR_FORCES))]
        # "Hezbollah said its fighters fired": a group the gazetteer names

    def counterpart_role(self) -> str | None:
        """The role of "his Bolivian counterpart X": that of the person named last ("Foreign Minister Larrain")."""
        named = next((self.entities[m.entity] for m in reversed(self.mentions) if m.entity != PAIR and m.person), None)
        return named.role if named is not None else None

    def latest_person(self, title: str | None, country: str | None, full_rank: bool = False,
                      besides: Entity | None = None) -> Entity | None:
        """The person named last who holds the title; "the minister" (full_rank) is a minister before a vice or
        deputy one. A person of no known state is taken only when none of the title's state holds it ("the
        Turkish Minister" after a Qatari minister whose state the text did not give)."""
        first = stateless = None
        for m in reversed(self.mentions):
            if m.entity == PAIR or besides is not None and m.entity == besides.index:
                continue
            ent = self.entities[m.entity]
            if ent.actor_type != "person" or country and ent.country and ent.country != country:
                continue
            if title is None or (ent.role and title.lower() in ent.role.lower()):
                if country and ent.country is None:
                    stateless = stateless or ent
                elif not full_rank or not _lesser(ent.role):
                    return ent
                else:
                    first = first or ent
        return first or stateless

    def speaker_of(self, sent: int) -> Entity | None:
        """The person a sentence quotes ("..., Gao said ..."), its last one: a pronoun opening the next sentence goes
        on with that speaker, not with a person the speaker only told of."""
        speakers = [m for m in self.mentions if m.sentence == sent and m.person and m.entity != PAIR
                    and SAID_AFTER_RE.match(self.body, m.end)]
        return self.entities[speakers[-1].entity] if speakers else None

    def office_holder(self, body: Entity, entry: TitleEntry | None) -> Entity | None:
        """An international body acting through its unnamed head: "the (UN) Secretary-General" is the UN, also
        known by that office."""
        if entry is None or entry.title not in OFFICES:
            return None
        short = min((" ".join(form) for form, g in self.cb.gazetteer.items() if g.key == body.key and len(form) == 1
                     and form[0].isupper() and form[0].isalpha()), key=len, default=body.name)  # "UN"
        body.aliases.add(f"{short} {OFFICES[entry.title]}")
        return body

    def in_story(self, ent: Entity, sent: int) -> bool:
        """Was the actor named in the story of sentence `sent` ("Police" in a roundup's Dhaka item are not the
        police of its Jakarta item)?"""
        return any(m.entity == ent.index and self.story_of(m.sentence) == self.story_of(sent) for m in self.mentions)

    def story_of(self, sent: int) -> int:
        return self.story[sent] if sent < len(self.story) else 0

    def latest_of(self, actor_type: str, ending: str = "") -> Entity | None:
        """The actor of that type mentioned last (whose name ends with `ending`, in any case)."""
        return next((self.entities[m.entity] for m in reversed(self.mentions)
                     if m.entity != PAIR and self.entities[m.entity].actor_type == actor_type
                     and self.entities[m.entity].name.lower().endswith(ending)), None)

    def half_named(self, half: str) -> Entity | None:
        """The one state named so far whose name begins with `half` ("the North" for North Korea)."""
        found = {m.entity for m in self.mentions if m.entity != PAIR and m.named
                 and self.entities[m.entity].actor_type == "country"
                 and self.entities[m.entity].name.startswith(half + " ")}
        return self.entities[found.pop()] if len(found) == 1 else None

    def latest_subject_body(self, sent: int) -> Entity | None:
        """The state or body a sentence opens with as its first actor, if no person comes before it."""
        for m in self.mentions:
            if m.sentence != sent or m.entity == PAIR or not m.named:
                continue
            ent = self.entities[m.entity]
            if not m.argument:
                continue  # "The Iranian foreign ministry": the state names the body
            if ent.actor_type == "person":
                return None
            return ent if ent.actor_type in ("country", "organization", "igo") else None
        return None

    def name_organ(self, toks: list[Token], i: int, end: int, index: int) -> None:
        """ "The Session of the Authority of Heads of State and Government of the Economic Community of West African
        States": a communique's later "The Authority decides ..." is ECOWAS; "the European Commission ... urged the
        Commission to": the same body."""
        head = self.entities[index].name.split()[-1]
        if head.lower() in ORGAN_HEADS and head.lower() not in BODY_REFERENCES:
            self.organs[head] = index
        if any(t.lower == "of" for t in toks[i + 1:end]):
            k = i  # the organ and its body named as one: "Authority of ... of ECOWAS"
        else:
            k = i - 1 - (i >= 1 and toks[i - 1].lower == "the")
            if k < 2 or toks[k].lower != "of":
                return
            while k > 0 and (toks[k].is_cap and toks[k].text.isalpha() or toks[k].lower in ("of", "and")) \
                    and toks[k - 1].lower != "the":
                k -= 1
        head = toks[k]
        if k >= 1 and toks[k - 1].lower == "the" and head.is_cap and head.text.isalpha() \
                and head.lower not in BODY_REFERENCES and head.lower not in self.cb.agreement_heads \
                and self.title_at(toks, k) is None:
            self.organs[head.text] = index

    def flag_before(self, sent: int, toks: list[Token]) -> str | None:
        """The state of the ship a crew serves on, named before the crew in the sentence: "seized two Vietnamese
        fishing boats and detained 23 crew members", "seized two Chinese-flagged squid jiggers and detained their
        crews"."""
        here = [m for m in reversed(self.mentions) if m.sentence == sent and m.entity != PAIR]
        return next((self.entities[m.entity].country for m in here if self.entities[m.entity].name == "vessels"
                     and self.entities[m.entity].country), None) \
            or next((self.entities[m.entity].country for m in here if self.entities[m.entity].actor_type == "country"
                     and any(t.lower in SHIPS for t in toks[m.tok_end:m.tok_end + 3])), None)

    def first_person(self, sent: int, toks: list[Token], i: int) -> int:
        """ "We, the G7 Foreign Ministers of ..., met in Paris": the statement speaks for the G7, and its own
        (unquoted) "We condemn ..." is the G7's act; a "we" inside a quotation is the speaker's."""
        if i + 3 < len(toks) and toks[i + 1].text == "," and toks[i + 2].lower == "the" \
                and (hit := self.gaz_at(toks, i + 3)) is not None and hit[1].actor_type == "igo":
            self.voice = self.from_gazetteer(hit[1])
        if self.voice is not None and (i == 0 or toks[i - 1].lower in (",", "and", "but")) \
                and not any(t.text in QUOTE_MARKS for t in toks):
            self.add(self.voice, sent, toks, i, i + 1, named=False)
        return i + 1

    # -- one sentence ------------------------------------------------------------------------------
    def scan(self, sent: int, toks: list[Token]) -> None:
        self._seen_toks, self._seen = toks, {}
        i, starters, pending, first = 0, self.starters, self.pending, len(self.mentions)
        while i < len(toks):
            t = toks[i]
            if not t.is_cap and t.lower not in starters and (sent, i) not in pending and not _unit_number(toks, i) \
                    and not _counted_crowd(toks, i):
                i += 1  # most words can begin no mention
            else:
                i = self.step(sent, toks, i)
        here = self.mentions[first:]
        if any(t.lower in ("flag", "flags") for t in toks):  # "protesters waving Georgian and EU flags": no actors
            self.mentions[first:] = [m for m in here if not _flag_of(toks, m, here)]

    def step(self, sent: int, toks: list[Token], i: int) -> int:
        t = toks[i]
        lower_tuple3 = tuple(x.lower for x in toks[i:i + 3])
        for words in HEADS_OF_STATE if t.lower in ("the", "both") else ():
            if tuple(x.lower for x in toks[i:i + len(words)]) == words:
                self.add(PAIR, sent, toks, i, i + len(words))  # "The two Heads of State held talks": the summit's two
                return i + len(words)
        for n in (3, 2):
            if len(lower_tuple3) >= n and lower_tuple3[:n] in PAIR_PHRASES:  # "from both sides" ends a sentence
                end = i + n
                while end < len(toks) and lower_tuple3[:n] == ("the", "two") and end - i < 5 and (
                        toks[end].text == "-" or toks[end].is_cap and toks[end].text.isalpha()
                        or toks[end - 1].text == "-" or end + 1 < len(toks) and toks[end + 1].text == "-"):
                    end += 1  # "the two Vice-Ministers", "the two co-chairs": the kind of pair is named
                if n == 2 and lower_tuple3[0] == "the" and end < len(toks) and toks[end].lower == "of" \
                        and _names_after_of(toks, end + 1):
                    return end  # "called on the leaders of the FLNKS to": the FLNKS, named next
                if end == i + 2 and lower_tuple3[:n] == ("the", "two") and end + 1 < len(toks) \
                        and toks[end].lower in PORTFOLIOS and toks[end + 1].lower == "ministers":
                    end += 2  # "the two foreign ministers"
                if end == i + 2 and lower_tuple3[:n] == ("the", "two") and end + 1 < len(toks) \
                        and toks[end].lower == "warring" and toks[end + 1].lower in ("parties", "sides"):
                    end += 2  # "the two warring parties"
                nationals = self.cb.gazetteer.get((toks[i + 2].text,)) if end == i + 3 and toks[i + 2].lower.endswith("s") else None
                if nationals is not None and nationals.form == "demonym" and nationals.actor_type == "country":
                    self.add(self.entity(f"group:{nationals.country}:nationals", "nationals", "group", nationals.country,
                                         "civil_society"), sent, toks, i, end)
                    return end  # "the two Russians": two Russian nationals, not a pair of sides
                self.add(PAIR, sent, toks, i, end)
                return end
        if t.lower == "them" and i > 0 and toks[i - 1].text.islower() and is_past(toks[i - 1]):
            recent = next((m for m in reversed(self.mentions) if m.entity != PAIR and m.sentence >= sent - 1
                           and self.entities[m.entity].actor_type == "group"), None)
            if recent is not None:  # "the agency accused them of spying": the group just named
                self.add(recent.entity, sent, toks, i, i + 1, named=False)
            return i + 1
        if t.lower == "we":
            return self.first_person(sent, toks, i)
        if t.lower in ("he", "she", "they") and t.text not in COURTESIES and (i == 0 or toks[i - 1].lower in (",", "and", "but", "“", '"', "said", "that", "where", "when", "after", "before", "while", "as")
                                                 or toks[i - 1].lower in TIME_WORDS or toks[i - 1].text.isdigit()):
            # a subject pronoun ("He thanked ...", "On the same day he held talks"): the person (or, for "they",
            # the group) last named
            opened = next((m for m in self.mentions if m.sentence == sent - 1), None)
            if t.lower == "they" and i == 0 and opened is not None and opened.entity == PAIR and opened.tok_start <= 1:
                self.add(PAIR, sent, toks, i, i + 1)  # "Both leaders discussed ... . They welcomed ..."
                return i + 1
            ent = self.latest_person(None, None) if t.lower != "they" else self.latest_of("group")
            opener = next((m for m in self.mentions if m.sentence == sent - 1 and m.entity != PAIR and m.prep is None
                           and m.argument), None) if i == 0 and t.lower != "they" else None
            if opener is not None and opener.tok_start <= 2 and self.entities[opener.entity].actor_type == "person":
                ent = self.entities[opener.entity]  # "The President informed his counterpart about X. He thanked
                # Finland": the one the sentence before was about, not the one it named last
            elif i == 0 and t.lower != "they" and (speaker := self.speaker_of(sent - 1)) is not None:
                ent = speaker  # "Asked about remarks by Minister Morishita, Gao said ... . He urged Japan": Gao
            if ent is not None:
                self.add(ent, sent, toks, i, i + 1, named=False)
            return i + 1
        if t.lower == "the" and i + 1 < len(toks) and toks[i + 1].text in ("North", "South") and not (
                i + 2 < len(toks) and toks[i + 2].is_cap):
            half = self.half_named(toks[i + 1].text)  # "the North" after "North Korea"
            if half is not None:
                if i + 3 < len(toks) and toks[i + 2].lower in ("'s", "’s") \
                        and (group := self.group_at(toks, i + 3)) is not None:  # "the North's navy command"
                    ent = self.entity(f"group:{half.country}:{group[1]}", group[1], "group", half.country, group[2])
                    self.add(half, sent, toks, i, i + 3, argument=False)
                    self.add(ent, sent, toks, i, group[0])
                    return group[0]
                self.add(half, sent, toks, i, i + 2)
                return i + 2
        if t.text == "it" and i > 1 and toks[_past_time(toks, i - 1)].lower in ("that", "said", "says", "announced", "added") \
                and i + 1 < len(toks) \
                and (_acting(toks[i + 1].text) or toks[i + 1].lower == "would" or toks[i + 1].lower in ("was", "is") and any(
                    w.lower.endswith("ing") for w in toks[i + 2:i + 4])):  # "that it was formally withdrawing", "said on
            # Tuesday it had asked"
            subjects = self.body_subjects(sent, forces=True)
            if toks[i - 1].lower == "that" and toks[i - 2].lower == "and":  # "said it deported 9,000 Haitians and that
                subjects = [m for m in subjects if m.text == "it"] or subjects  # it reinforced": the same "it"
            if subjects:  # "Japan announced on Monday that it would provide aid": Japan
                self.add(subjects[-1].entity, sent, toks, i, i + 1, named=False)
            return i + 1
        if t.text == "it" and i > 1 and toks[i - 1].lower == "and" and toks[i - 2].text == "," \
                and i + 1 < len(toks) and toks[i + 1].text.islower() and is_past(toks[i + 1]):
            subjects = self.body_subjects(sent)
            if subjects:  # "India issued a notice to Pakistan ..., and it sent a second one": India
                self.add(subjects[0].entity, sent, toks, i, i + 1, named=False)
            return i + 1
        if t.text == "It" and i == 0 and len(toks) > 1 and _acting(toks[1].text):
            body = self.latest_subject_body(sent - 1)  # "The Ministry said ... . It rejected ..."
            if body is not None:
                self.add(body, sent, toks, i, i + 1, named=False)
            return i + 1

        if t.lower in ("his", "her") and i + 2 < len(toks) and toks[i + 1].lower == "counterpart" and not toks[i + 2].is_cap:
            persons = [m.entity for m in reversed(self.mentions) if m.entity != PAIR
                       and self.entities[m.entity].actor_type == "person"]
            speaker = next((m.entity for m in reversed(self.mentions) if m.sentence == sent and m.entity in persons), None)
            other = next((p for p in persons if p != speaker), None)
            if speaker is not None and other is not None:  # "Marchal warned his counterpart that ...": the other leader
                self.add(self.entities[other], sent, toks, i, i + 2, named=False)
                return i + 2
        if t.lower in ("his", "her") and i + 1 < len(toks) and toks[i + 1].lower in ("government", "country"):
            person = self.latest_person(None, None)  # "His government asked the council": the person's state
            if person is not None and person.country in self.cb.countries:
                self.add(self.from_gazetteer(self.cb.countries[person.country]), sent, toks, i, i + 2, named=False)
            return i + 2
        k = i + 1 + (i + 1 < len(toks) and toks[i + 1].lower in GOVERNMENT_KINDS)  # "the federal government"
        if t.lower == "the" and k < len(toks) and toks[k].lower in ("government", "authorities") \
                and not (k + 1 < len(toks) and (toks[k + 1].lower in ("'s", "’s") or toks[k + 1].is_cap
                                                or toks[k + 1].lower == "of" and _names_after_of(toks, k + 2))):
            speaker = next((self.entities[m.entity] for m in reversed(self.mentions) if m.sentence == sent
                            and m.entity != PAIR and m.person and self.entities[m.entity].country), None)
            if k + 1 < len(toks) and (toks[k + 1].lower in GOVERNMENT_VERBS or is_past(toks[k + 1])) \
                    and speaker is not None and speaker.country in self.cb.countries:  # "Tanabe said the government
                # had lodged a protest": Japan's
                self.add(self.from_gazetteer(self.cb.countries[speaker.country]), sent, toks, i, k + 1, named=False)
            elif self.named_government is not None and self.in_story(self.named_government, sent):  # "The Yemeni
                # government and the Houthis exchanged ... accused the government of": Yemen's; not in a roundup's next
                self.add(self.named_government, sent, toks, i, k + 1, named=False)  # story
            elif not (k + 1 < len(toks) and toks[k + 1].lower == "and"):  # "the government and the rebel group
                self.unseated.append((sent, i, k + 1))  # signed" in a story from Doha: not Qatar's; else the story's
            return k + 1                                # state, once it is known
        if t.lower == "the" and i + 1 < len(toks) and toks[i + 1].text in self.organs \
                and not (i + 2 < len(toks) and (toks[i + 2].lower == "of" or toks[i + 2].is_cap)):
            self.add(self.organs[toks[i + 1].text], sent, toks, i, i + 2)
            return i + 2
        if t.lower == "the" and i + 1 < len(toks):
            k = i + 1  # "the 15-member council", "the regional bloc"
            while k < i + 5 and k + 1 < len(toks) and (toks[k].text.isdigit() or toks[k].lower in BODY_MODIFIERS
                                                       or toks[k].text == "-"):
                k += 1
            if toks[k].lower in BODY_REFERENCES or (k > i + 1 and toks[k].lower == "body"):
                bodies = [e for e in reversed(self.entities) if e.actor_type == "igo" and not (
                    toks[k].lower != "council" and ORGAN_HEADS & set(e.name.lower().split()))]  # "the bloc's decision"
                # after the EU and the European Commission: the EU
                body = next((e for e in bodies if toks[k].lower in e.name.lower().split()), bodies[0] if bodies else None)
                # "the Council" after the GCC and the ICJ: the Gulf Cooperation Council
                if body is not None:  # "the bloc warned", "leaders of the bloc": the body named last
                    self.add(body, sent, toks, i, k + 1)
                    return k + 1
        if t.text in self.acronyms and not (i > 0 and toks[i - 1].text == "("):
            self.add(self.acronyms[t.text], sent, toks, i, i + 1)
            return i + 1
        if t.text in self.spelled:
            return i + 1  # "the SPC" after "the Strategic Partnership Council (SPC)": not the gazetteer's SPC
        claimed = self.pending.pop((sent, i), None)
        if claimed is not None:  # a name announced by a title earlier in the sentence
            self.add(claimed[1], sent, toks, i, claimed[0], prep=claimed[2])
            return claimed[0]

        navy = self.cb.ship_prefixes.get(t.text)
        if navy is not None and i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].text.isalpha():
            end = next((k for k in range(i + 1, min(i + 4, len(toks))) if not (toks[k].is_cap and toks[k].text.isalpha())),
                       min(i + 4, len(toks)))  # "INS Airavat", "USS Gerald R Ford"
            self.add(self.from_gazetteer(navy), sent, toks, i, end)
            return end

        # [State's | Demonym] [modifiers] Title Name  -> a person with a role and a state
        state = self.country_of(toks, i)
        igo = None if state else self.igo_of(toks, i)
        j = state[0] if state else igo[0] if igo else i
        if (state or igo) and j + 3 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" \
                and toks[j + 1].text.isupper() and toks[j + 3].is_cap and self.title_at(toks, j + 3) is not None:
            j += 3  # "Republic of Korea (ROK) First Vice Foreign Minister Park Ji-hoon"
        title = self.title_at(toks, j) if j < len(toks) and (toks[j].is_cap or j > i) else None
        if title is not None and j == i and toks[i].is_cap \
                and not any(t.text in self.cb.body_heads for t in toks[i:title[0]]) \
                and (body := self.organ_at(toks, i)) is not None:
            return body(sent)  # "the King Salman Humanitarian Aid and Relief Centre": a body named after a king
        if title is None and j < len(toks) and not toks[j].is_cap:  # "spokesman Enayatullah Karimi"
            lowercase = self.title_at(toks, j)
            named_before = bool(self.mentions) and self.mentions[-1].sentence == sent and self.mentions[-1].tok_end == i \
                and self.mentions[-1].entity != PAIR  # "Taliban chief spokesman X", "a Houthi military spokesman, X,"
            for skip in (1, 2) if lowercase is None and (state or igo or named_before) else ():  # "Russia's human
                # rights commissioner"
                if j + skip < len(toks) and all(w.text.isalpha() and w.text.islower() and not is_past(w)
                                                and w.lower != "by" for w in toks[j:j + skip]):  # "Saudi Arabia led by
                    # Minister X", "Vietnam released activist X": no state's title
                    lowercase = self.title_at(toks, j + skip)
                    if lowercase is not None:
                        lowercase = (lowercase[0], lowercase[1], self.body[toks[j].start:toks[lowercase[0] - 1].end])
                        break
            while lowercase is not None and lowercase[0] < len(toks) and not toks[lowercase[0]].is_cap \
                    and (chained := self.title_at(toks, lowercase[0])) is not None:
                lowercase = (chained[0], chained[1], self.body[toks[j].start:toks[chained[0] - 1].end])  # "Taliban
                # chief spokesman X"
            if lowercase is not None and (self.name_at(toks, lowercase[0], after_title=True) - lowercase[0] >= 2
                                          or (i > 0 and toks[i - 1].lower == "the")
                                          or lowercase[0] < len(toks) and (toks[lowercase[0]].text == ","
                                                                           or not (state or igo) and toks[lowercase[0]].lower
                                                                           in ("for", "of", "in", "at", "to"))):
                title = lowercase  # "the minister", "X's envoy, Name,", "a spokeswoman for the mission, Name,"; a
                # sentence may end in the title ("By our correspondent")
        if title is not None:
            t_end, entry, role = title
            while (chained := self.title_at(toks, t_end)) is not None and chained[0] > t_end \
                    and t_end < len(toks) and toks[t_end].is_cap:  # "Spokesman Major General X"
                t_end, entry = chained[0], chained[1]
                role = self.body[toks[j].start:toks[t_end - 1].end]
            if t_end + 1 < len(toks) and toks[t_end].lower == "and" and toks[t_end + 1].is_cap \
                    and (second := self.title_at(toks, t_end + 1)) is not None \
                    and self.name_at(toks, _after_styles(toks, second[0]), after_title=True) - second[0] >= 2:
                t_end = second[0]  # "Deputy Prime Minister and Foreign Minister X": one person, two offices
                role = self.body[toks[j].start:toks[t_end - 1].end]
            k = _after_styles(toks, t_end)
            n_end = self.name_at(toks, k, after_title=True)
            country = state[1] if state else entry.country
            # a state between title and name: the person's in "Prime Minister of Malaysia Dato' Seri Azman Harun",
            # not in "Ambassador to the Philippines Claire Hutchins"
            of_state = None
            if n_end == k and entry.is_role and k + 2 < len(toks) and toks[k].lower in ("of", "to", "for"):
                at = k + 1 + (toks[k + 1].lower == "the")
                of_state = self.country_of(toks, at)
                named = _after_styles(toks, of_state[0]) if of_state else k
                named_end = self.name_at(toks, named, after_title=True)
                if of_state and named_end - named >= 2:
                    country = of_state[1] if toks[k].lower == "of" else country
                    k, n_end = named, named_end
                else:
                    of_state = None
            if n_end == k and entry.is_role and k + 3 < len(toks) and toks[k].lower == "in" and toks[k + 1].lower == "the" \
                    and toks[k + 2].text in self.cb.body_heads and toks[k + 3].lower == "of":
                named = self._portfolio_end(toks, k + 3)  # "Secretary (East) in the Ministry of External Affairs X"
                if (named_end := self.name_at(toks, named, after_title=True)) - named >= 2:
                    k, n_end = named, named_end
            if country is None and self.mentions and self.mentions[-1].sentence == sent \
                    and self.mentions[-1].entity != PAIR and (self.mentions[-1].tok_end == i or (
                        self.mentions[-1].tok_end == i - 1 and toks[i - 1].lower in OWNING_WORDS)):
                country = self.entities[self.mentions[-1].entity].country  # "Taliban government spokesman X"
            if n_end > k:
                # "President X of [the Republic of] Angola": the state after the name is the person's
                after_at, after = self.state_after_name(toks, n_end)
                if after and not country:
                    country = after[1]
                country = country or self.post_title_state(toks, n_end) or self.body_before_title(toks, j)
                ent = self.person(_name_words(toks[k:n_end]), country, role if entry.is_role else self.counterpart_role(),
                                  entry.sector)
                plural = toks[t_end - 1].lower.endswith("s") and not role.endswith("s")  # the title read as singular
                joint = after[0] if after is not None else n_end  # "Foreign Ministers X of Egypt and Y of Tanzania"
                if plural and joint + 1 < len(toks) and toks[joint].lower == "and" \
                        and (second := self.name_at(toks, joint + 1, after_title=True)) > joint + 2:
                    self.add(ent, sent, toks, k, n_end)  # "Foreign Ministers Karim Fahmy and Joseph Mollel": both
                    if after is not None:
                        self.add(self.from_gazetteer(self.cb.countries[after[1]]), sent, toks, after_at, joint, argument=False)
                    of, own = self.state_after_name(toks, second)
                    other = self.person(_name_words(toks[joint + 1:second]), own[1] if own else None, role, entry.sector)
                    self.add(other, sent, toks, joint + 1, second)
                    if own is not None:
                        self.add(self.from_gazetteer(self.cb.countries[own[1]]), sent, toks, of, own[0], argument=False)
                        return own[0]
                    return second
                if state:
                    self.add(self.from_gazetteer(self.cb.countries[state[1]]), sent, toks, i, state[0], argument=False)
                if igo:
                    ent.affiliation = self.from_gazetteer(igo[1]).index
                    self.add(ent.affiliation, sent, toks, i, igo[0], argument=False)
                self.add(ent, sent, toks, i if state or igo else j, n_end)
                if of_state is not None:
                    self.add(self.from_gazetteer(self.cb.countries[of_state[1]]), sent, toks, at, of_state[0],
                             argument=False)
                if after is not None:
                    self.add(self.from_gazetteer(self.cb.countries[after[1]]), sent, toks, after_at, after[0], argument=False)
                    return after[0]
                return n_end
            if self.title_then_name(sent, toks, t_end, country, role, entry, i):
                if state:
                    self.add(self.from_gazetteer(self.cb.countries[state[1]]), sent, toks, i, state[0], argument=False)
                if igo:  # "the EU's foreign policy chief, Annika Vesterberg,"
                    claimed = next(v[1] for key, v in self.pending.items() if key[0] == sent and key[1] >= t_end)
                    claimed.affiliation = self.from_gazetteer(igo[1]).index
                    self.add(claimed.affiliation, sent, toks, i, igo[0], argument=False)
                return t_end
            if state and not toks[j].is_cap and n_end == k:  # "the Russian ambassador": the state acts
                self.add(self.from_gazetteer(self.cb.countries[state[1]]), sent, toks, i, t_end)
                if entry.is_role:
                    self.title_refs.append((len(self.mentions) - 1, entry.title, state[1]))
                return t_end
            if igo and n_end == k:  # "the UN Secretary-General welcomed": the body acts
                self.add(self.office_holder(self.from_gazetteer(igo[1]), entry) or self.from_gazetteer(igo[1]),
                         sent, toks, i, t_end)
                return t_end
            if t_end > j and (toks[j].is_cap or (i > 0 and toks[i - 1].lower == "the")):
                # a title alone: "the Russian President", "the minister"
                title = entry.title if entry else None
                ent = self.latest_person(title, country, not _lesser(role))
                if ent is not None and any(t.text == ent.name.split()[-1] for t in toks[t_end:]):
                    # "The Prime Minister welcomed Prime Minister Zielinski": another prime minister
                    ent = self.latest_person(title, country, not _lesser(role), besides=ent)
                if title and country is None and ent is not None:  # a readout's "The Prime Minister" keeps meaning
                    ent = self.bare_titles.setdefault(title, ent)  # the one it meant first
                own = [t.lower for t in toks[t_end:t_end + 3]] == ["of", "the", "republic"] \
                    and not (t_end + 3 < len(toks) and toks[t_end + 3].lower == "of")
                if own and entry is not None:  # "the President of the Republic": the publishing state's, named first
                    ent = next((self.entities[m.entity] for m in self.mentions if m.entity != PAIR
                                and self.entities[m.entity].actor_type == "person"
                                and entry.title.lower() in (self.entities[m.entity].role or "").lower()), ent)
                    t_end += 3
                if ent is None and country is None and (body := self.latest_of("igo")) is not None:
                    ent = self.office_holder(body, entry)  # "the Secretary-General" of the UN briefing
                if ent is not None:
                    start = i - 1 if i > 0 and toks[i - 1].lower == "the" else i
                    end = t_end + 1 if t_end < len(toks) and toks[t_end].lower in ("'s", "’s") else t_end
                    self.add(ent, sent, toks, start, end)
                    return end

        # Honorific + surname: "Mr Varga"
        if t.text in HONORIFICS and i + 1 < len(toks):
            k = i + 2 if toks[i + 1].text == "." else i + 1
            n_end = self.name_at(toks, k, after_title=True)
            if n_end > k + (t.text == "Sir"):  # "Sir Creek" is a place; "Sir Keir Starmer" a person
                described = self.appositive(sent, toks, k, n_end, _name_words(toks[k:n_end]))
                if described is not None:  # "Mr. Arief Hadiningrat, Vice Minister ... of Indonesia,"
                    return described
                ent = self.person(_name_words(toks[k:n_end]), None, None, None)
                self.add(ent, sent, toks, i, n_end)
                return n_end

        body = self.organ_at(toks, i)
        if body is not None:
            return body(sent)

        hit = self.gaz_at(toks, i)
        if hit is not None and end_of_feature(toks, i, hit[0]) is not None:
            return end_of_feature(toks, i, hit[0])  # "the South China Sea" is a place, not China
        if hit is not None and hit[0] + 1 < len(toks) and toks[hit[0]].text == "-" and toks[hit[0]].start == toks[hit[0] - 1].end \
                and toks[hit[0] + 1].lower.endswith("ed") and not self.flagged_group(toks, hit[0] + 2):
            # "the British-drafted text" is the text drafted by Britain; "the Rwanda-backed rebels" do what they do
            self.add(self.from_gazetteer(hit[1]), sent, toks, i, hit[0], argument=toks[hit[0] + 1].lower not in BACKING)
            self.mentions[-1] = replace(self.mentions[-1], prep="by")
            return hit[0] + 2
        if hit is not None:
            end, g = hit
            if g.key == UN_KEY and (at := end + (end < len(toks) and toks[end].text == "." and toks[end - 1].text == "U.N")) \
                    < len(toks) and toks[at].lower in PEACEKEEPING:  # "U.N." too
                k = at + 1 + (at + 1 < len(toks) and toks[at + 1].lower in ("mission", "force", "operation"))
                mission = self.gaz_at(toks, k) if k < len(toks) else None
                if mission is not None and mission[1].actor_type == "igo":
                    return k  # "the UN peacekeeping mission MONUSCO": MONUSCO
                self.peacekeepers.append((sent, i, at + 1))  # the mission is known once the story's state is
                return at + 1
            if g.form == "alias" and toks[i].text.isupper() and i > 0 and toks[i - 1].text == "(":
                named = self.mentions[-1] if self.mentions and self.mentions[-1].sentence == sent \
                    and self.mentions[-1].tok_end == i - 1 else None
                if named is None or self.entities[named.entity].key != g.key:
                    if named is None and _spelled_before(toks, i - 1, toks[i].text):
                        self.spelled.add(toks[i].text)
                    return end  # "Indian Oil Corporation (IOC)" defines its own acronym: not the Olympic Committee
            if g.form == "city":  # "the shelling of Kharkiv", "talks in Aden": a place of its state, never an actor
                if end < len(toks) and toks[end].lower in SPEECH_VERBS \
                        and (known := self.known_person(_name_words(toks[i:end]))) is not None:
                    self.add(known, sent, toks, i, end)
                    return end  # "Gao said" after "spokesperson Gao Rui": the person, not the town in Mali
                if not (i >= 2 and toks[i - 1].lower == "of" and toks[i - 2].is_cap) \
                        and not (end < len(toks) and toks[end].text == "-"):  # not "the Gulf of Aden", "Dubai-based"
                    self.places.append(Place(sent, i, end, self.body[toks[i].start:toks[end - 1].end], g.country))
                return end
            possessive = end < len(toks) and toks[end].lower in ("'s", "’s")
            kin = self.gaz_at(toks, end) if g.actor_type == "country" and g.form != "demonym" and end < len(toks) else None
            if kin is not None and kin[1].form == "demonym" and kin[1].country != g.country \
                    and toks[kin[0] - 1].text.endswith("s"):  # "Kosovo Serbs": a people of Kosovo, not Serbia
                name = self.body[toks[i].start:toks[kin[0] - 1].end]
                self.add(self.entity(f"kin:{g.country}:{name.lower()}", name, "group", g.country, "civil_society"),
                         sent, toks, i, kin[0])
                return kin[0]
            if g.form == "demonym" and _counted_crowd(toks, i) \
                    and toks[i].text.endswith("s") and not (end < len(toks) and toks[end].text.isalpha()
                                                            and toks[end].text.islower() and not is_past(toks[end])
                                                            and not toks[end].lower.endswith("ing")):
                people = self.entity(f"group:{g.country}:people", "people", "group", g.country,
                                     "civil_society")  # "hundreds of Kenyans demonstrated": Kenyan people, not Kenya
                self.add(people, sent, toks, i, end)
                return end
            if g.form == "demonym" and (end < len(toks) and toks[end].lower in CURRENCIES | WORDING
                                        or i > 0 and toks[i - 1].lower in ("from", "into") and i > 1
                                        and toks[i - 2].lower in ("translated", "translation")):
                return end  # "400 million Swedish crowns" is money, "(Translated from Spanish)" and "its French
                # acronym" a language: not Sweden, Spain, France
            if g.form == "demonym" and (end + 1 < len(toks) and toks[end].text == "-" and toks[end + 1].lower == "era"
                                        or i > 0 and toks[i - 1].lower == "former" and end < len(toks)
                                        and toks[end].lower in FORMER_MEMBERS):
                return end  # "Soviet-era depots", "both former Soviet republics": a past, not an actor
            if g.actor_type == "country" and (g.form == "demonym" or possessive or self.group_after_state(toks, end)
                                              or self.lower_body_at(toks, end)):
                at = end + 1 if possessive else end  # "Tajik guards", "Tajikistan's border troops", "Myanmar military",
                # "the UAE foreign ministry"
                if at + 1 < len(toks) and toks[at].text == "-" and toks[at + 1].lower in FLAGGED:
                    at += 2  # "Vietnamese-flagged fishing boats": Vietnam's boats
                group = self.group_after_state(toks, at)
                if group is None and at + 1 < len(toks) and toks[at].text.isalpha() and toks[at].text.islower():
                    group = self.group_at(toks, at + 1)  # "Ugandan marine police"
                model = at
                while model < min(at + 4, len(toks)) and (any(c.isdigit() for c in toks[model].text) or toks[model].text == "-"
                                                          or toks[model].is_cap and model + 1 < len(toks) and toks[model + 1].text == "-"):
                    model += 1
                if group is None and model > at and any(c.isdigit() for c in toks[model - 1].text):
                    group = self.group_at(toks, model)  # "Chinese H-6 bombers", "Russian Tu-95 bombers"
                if group is not None:
                    g_end, g_name, g_sector = group
                    named = self.cb.state_forces.get((g.country, tuple(t.lower for t in toks[at:g_end])))
                    ent = self.from_gazetteer(named) if named is not None else \
                        self.entity(f"group:{g.country}:{g_name}", g_name, "group", g.country, g_sector)
                    if g.form == "name" and not possessive:
                        self.group_states.setdefault(ent.index, self.body[toks[i].start:toks[end - 1].end])
                    self.add(self.from_gazetteer(g), sent, toks, i, end, argument=False)
                    self.add(ent, sent, toks, i, g_end)
                    return g_end
                if (body := self.lower_body_at(toks, at)) is not None:  # "Iran's foreign ministry"
                    self.add(self.from_gazetteer(g), sent, toks, i, end, argument=False)
                    self.add(self.state_body(g.country, body[1], body[2]), sent, toks, i, body[0])
                    return body[0]
            prep = _governing_prep(toks, i)
            if g.form == "capital" and i > 0 and toks[i - 1].lower == "the" and _modifies_noun(toks, end) \
                    and toks[end].lower not in SEAT_OF_POWER:
                return end  # "the Doha ceasefire", "the Minsk talks" name no actor; "the Beijing government" does
            if g.form == "capital" and prep == "in" and i >= 2 and toks[i - 2].lower in SEATED:
                self.add(self.from_gazetteer(g), sent, toks, i - 2 - (i > 2 and toks[i - 3].lower == "the"), end, prep=None)
                return end  # "the government in Bucharest" is Romania's government
            if g.actor_type == "country" and g.form in ("name", "alias") and prep == "of" and i >= 2 \
                    and toks[i - 2].lower in SEATED:
                self.add(self.from_gazetteer(g), sent, toks, i - 2 - (i > 2 and toks[i - 3].lower == "the"), end)
                return end  # "the government of South Sudan and the rebels held talks": the government acts
            if g.form == "capital" and (prep in LOCATIVE and not (prep == "to" and _addressed(toks, i))
                                        or self.listed_after_place(sent, toks, i)):
                self.places.append(Place(sent, i, end, self.body[toks[i].start:toks[end - 1].end], g.country))
                return end
            if g.actor_type == "country" and g.form in ("name", "alias") and prep in LOCATIVE \
                    and not _modifies_noun(toks, end):
                self.places.append(Place(sent, i, end, self.body[toks[i].start:toks[end - 1].end], g.country))
            seated = self.cb.seats.get(self.body[toks[i].start:toks[end - 1].end]) if g.form == "capital" else None
            if g.actor_type == "person":
                ent = self.person(g.name.split(), g.country, None, None)
            elif seated in self.by_key:  # "The European Union adopted ... urged Brussels to": the EU
                ent = self.by_key[seated]
            elif seated is not None and self.cb.seated_names[seated][1].search(self.body):
                ent = self.from_gazetteer(self.cb.seated_names[seated][0])  # "Washington and Brussels called on
                # Havana ... The European Union's spokesperson": the EU, named anywhere in the article
            else:
                ent = self.from_gazetteer(g)
            if end < len(toks) and toks[end].lower in ("'s", "’s"):
                end += 1
            documents = g.actor_type == "igo" and end < len(toks) and toks[end].lower in IGO_DOCUMENTS \
                and not (i > 0 and toks[i - 1].lower == "draft")  # "vetoed a draft Security Council resolution"
            self.add(ent, sent, toks, i, end, argument=not documents)  # "in violation of Security Council
            return end                                                # resolutions": no act on the council

        if (body := self.lower_body_at(toks, i)) is not None:  # "the foreign ministry (of X)": else its state is
            b_end, b_name, b_sector = body                         # settled later
            k = b_end + 1 + (b_end + 1 < len(toks) and toks[b_end + 1].lower == "the")
            state = self.gaz_at(toks, k) if b_end < len(toks) and toks[b_end].lower == "of" else None
            if state is not None and state[1].actor_type == "country":
                self.add(self.state_body(state[1].country, b_name, b_sector), sent, toks, i, b_end)
                self.add(self.from_gazetteer(state[1]), sent, toks, k, state[0], argument=False)
                return state[0] + (state[0] < len(toks) and toks[state[0]].lower in ("'s", "’s"))
            framed = next((p.country for p in self.places if p.sentence == sent and p.tok_end <= i
                           and _opening_place(toks, p)), None)
            if framed is not None:  # "In Moscow, foreign ministry spokeswoman X dismissed ...": Russia's ministry
                self.add(self.state_body(framed, b_name, b_sector), sent, toks, i, b_end)
                return b_end
            self.add(self.entity(f"org:?:{b_name.lower()}", b_name, "organization", None, b_sector), sent, toks, i, b_end)
            return b_end
        group = self.group_at(toks, i)
        if group is not None:
            g_end, g_name, g_sector = group
            k = g_end + 1 + (g_end + 1 < len(toks) and toks[g_end + 1].lower == "the")
            body = self.gaz_at(toks, k) if g_end < len(toks) and toks[g_end].lower in ("of", "from") else None
            if body is not None and body[1].actor_type in ("group", "organization"):
                self.add(self.from_gazetteer(body[1]), sent, toks, i, body[0])  # "fighters of the TTP", "gunmen from the
                # Viv Ansanm gang coalition": the TTP, Viv Ansanm
                return body[0]
            inner = self.group_at(toks, g_end + 1) if g_end + 1 < len(toks) and toks[g_end].lower == "of" else None
            if inner is not None:
                g_end, g_name, g_sector = inner  # "a mob of traders": the traders act
            owner_end = i
            while owner_end > max(i - 2, 0) and toks[owner_end - 1].lower in self.force_kinds:
                owner_end -= 1  # "UPDF special forces": the body before the kind of force
            before = self.mentions[-1] if self.mentions and self.mentions[-1].sentence == sent \
                and self.mentions[-1].tok_end == owner_end and self.mentions[-1].entity != PAIR else None
            if before is None and i > 0 and toks[i - 1].lower in ("its", "their") and g_name != "sailors":  # "the BSF said its
                # troops"; but "boarded the vessel and detained its crew": the vessel's
                before = next((m for m in reversed(self.body_subjects(sent)) if toks[i - 1].lower == "its"), None) or next(  # "Indonesia released Vietnamese
                    (m for m in reversed(self.mentions) if m.sentence == sent and m.entity != PAIR  # fishermen after
                     and self.entities[m.entity].actor_type in ("country", "organization")), None)  # its navy seized"
            if before is None and i == 1 and toks[0].lower == "its":  # "Taiwan has freed six fishermen. Its coast
                before = next((m for m in self.mentions if m.sentence == sent - 1 and m.argument and m.prep is None
                               and m.entity != PAIR), None)  # guard detained them": Taiwan's
            owner = self.entities[before.entity] if before is not None else None
            if owner is None and i > 2 and toks[i - 1].lower in ("'s", "’s") and toks[i - 3].lower == "the" \
                    and toks[i - 2].lower in ARMED_BODIES:  # "the group's fighters": the group named last
                owner = next((e for e in reversed(self.entities) if e.actor_type == "group" and e.sector == "rebel"
                              and not e.key.startswith("group:")), None)
            if owner is not None and owner.actor_type in ("organization", "group"):
                ent = owner  # "Pakistan Army troops", "Chinese coast guard vessels": the body itself
            elif owner is not None and owner.country is not None:
                ent = self.entity(f"group:{owner.country}:{g_name}", g_name, "group", owner.country, g_sector)
            elif (place := self.city_before(toks, i)) is not None:  # "Tamil Nadu fishermen", "Rameswaram fishermen"
                ent = self.entity(f"group:{place[1]}:{place[0].lower()} {g_name}", g_name, "group", place[1], g_sector)
                self.group_states.setdefault(ent.index, place[0])
            elif g_name == "sailors" and (flag := self.flag_before(sent, toks)) is not None:
                ent = self.entity(f"group:{flag}:{g_name}", g_name, "group", flag, g_sector)
            elif g_end + 1 < len(toks) and toks[g_end].lower == "in" \
                    and (place := self.gaz_at(toks, g_end + 1)) is not None and place[1].actor_type == "country" \
                    and place[1].form in ("name", "alias", "capital"):  # "the transitional authorities in Mali"
                ent = self.entity(f"group:{place[1].country}:{g_name}", g_name, "group", place[1].country, g_sector)
            else:
                definite = i > 0 and toks[i - 1].lower == "the" or i > 3 and toks[i - 4].lower == "the" \
                    and toks[i - 2].text == "-" and toks[i - 1].lower in BACKING  # "the rebels" after "M23 rebels": the
                # same body; so are "the Rwanda-backed rebels"
                ent = next((e for e in self.entities if e.actor_type == "group" and e.name == g_name
                            and self.in_story(e, sent)), None) \
                    or (next((e for e in reversed(self.entities) if e.actor_type in ("group", "organization")
                              and e.sector == g_sector and g_sector in ("rebel", "military") and self.in_story(e, sent)),
                             None) if definite else None) \
                    or self.entity(f"group:?{self.story_of(sent) or ''}:{g_name}", g_name, "group", None, g_sector)
                # (a roundup's stories each have their own "police")
            self.add(ent, sent, toks, i, g_end)
            return g_end

        if ACRONYM_RE.fullmatch(t.text) and (i == 0 or toks[i - 1].lower == "the") and _acts(toks, i + 1):
            self.add(self.unknown_body(t.text, None), sent, toks, i, i + 1)
            return i + 1  # "The FLNKS said": a body the codebook does not know, named as it acts
        if t.is_cap and t.text[0].isalpha():
            n_end = self.name_at(toks, i)
            if n_end > i:
                name = _name_words(toks[i:n_end])
                known = self.known_person(name)
                if known is not None:
                    self.add(known, sent, toks, i, n_end)
                    return n_end
                appositive = self.appositive(sent, toks, i, n_end, name) or self.body_appositive(sent, toks, i, n_end)
                if appositive is not None:
                    return appositive
                if len(name) >= 2 and (n_end < len(toks) and (toks[n_end].lower in SPEECH_VERBS or (
                        toks[n_end].text == "," and n_end + 1 < len(toks) and toks[n_end + 1].lower == "who")
                        or PERSON_APPOSITIVE_RE.match(self.body, toks[n_end].start))
                        or i > 0 and toks[i - 1].lower in ("said", "says", "added", "old")):
                    # "X said", "X, who", '"...," said X', "15-year-old X", "X, a 71-year-old", "X, 34,"
                    self.add(self.person(name, None, None, None), sent, toks, i, n_end)
                    return n_end
                return n_end if i > 0 else i + 1
        return i + 1

    def add_persons(self, sent: int, toks: list[Token], spans: list[tuple[int, int]]) -> None:
        """Person names (character spans) that no mention of the sentence overlaps, as persons, in order."""
        here = [m for m in self.mentions if m.sentence == sent]
        added = False
        for start, end in spans:
            i = next((k for k, t in enumerate(toks) if t.start == start), None)
            j = next((k + 1 for k, t in enumerate(toks) if t.end == end), None)
            if i is None or j is None or j <= i or any(m.start < end and start < m.end for m in here):
                continue
            name = _name_words(toks[i:j])
            if len(name) < 2 or not all(w[:1].isupper() for w in name) or self.cb.gazetteer.get(tuple(name)):
                continue  # "Tunisia", "the Minister", a lone surname: not a new person's name
            self.add(self.person(name, None, None, None), sent, toks, i, j)
            added = True
        if added:
            first = len(self.mentions) - len([m for m in self.mentions if m.sentence == sent])
            self.mentions[first:] = sorted(self.mentions[first:], key=lambda m: m.tok_start)

    def title_then_name(self, sent: int, toks: list[Token], k: int, country: str | None, role: str,
                        entry: TitleEntry, phrase_start: int) -> bool:
        """A title, its post-modifier and then the name: "The Norwegian ambassador in Moscow, Erik Lund,",
        "Former Foreign Secretary, now National Security Adviser, Anand Kulkarni"; the name is claimed
        for the scan to meet."""
        if k + 1 < len(toks) and toks[k].lower == "a.i" and toks[k + 1].text == ".":
            k += 2  # "the Chargé d'Affaires a.i. of the Republic of Belarus, Name,"
        modifier_start, body = k, None
        if k < len(toks) and toks[k].lower in ("in", "of", "at", "for", "to", "on"):  # "Special Rapporteur on ...
            k += 2 if k + 1 < len(toks) and toks[k + 1].lower == "the" else 1
            start = k
            while k < len(toks) and k - start < 9 and (toks[k].is_cap or toks[k].lower in ("and", "-", "'s", "'", "’", "of", "the")
                                                       or toks[k].lower in ("in", "to") and k + 1 < len(toks) and toks[k + 1].is_cap
                                                       or toks[k].text.isalpha() and toks[k].text.islower()
                                                       and not is_past(toks[k]) and toks[k].lower not in ("said", "says")
                                                       and toks[k].lower not in PREPOSITIONS and toks[k].lower not in TIME_WORDS):
                # "for the EU monitoring mission"
                hit = self.gaz_at(toks, k)  # "President of Angola" names the person's state; "Ambassador to X" not
                if hit is not None and hit[1].actor_type == "country" and country is None \
                        and (toks[modifier_start].lower == "of" or toks[modifier_start].lower == "for"
                             and hit[0] < len(toks) and toks[hit[0]].lower in ("'s", "’s")):
                    country = hit[1].country  # "a spokesman for Afghanistan's Taliban government, X"; an envoy
                    # "for Syria" is no Syrian
                if hit is not None and hit[1].actor_type == "igo" and body is None and toks[modifier_start].lower == "of":
                    body = hit[1]  # "The Secretary-General of the Caribbean Community, Name,": CARICOM's official
                k += 1
        if k < len(toks) and toks[k].text == "." and k > 0 and "." in toks[k - 1].text:
            k += 1  # "the U.N., Taras Levchenko,"
        if k + 1 >= len(toks) or toks[k].text != ",":
            return False
        k += 1
        if toks[k].lower == "now" and (later := self.title_at(toks, k + 1)) is not None \
                and later[0] < len(toks) and toks[later[0]].text == ",":
            k, entry, role = later[0] + 1, later[1], later[2]
        claim = k  # the scan meets a style first: "the Minister of External Relations of Angola, Mr Manuel Fonseca,"
        k = _after_styles(toks, k)
        if k < len(toks) and toks[k].is_cap and (rank := self.title_at(toks, k)) is not None:
            k = rank[0]  # "a Houthi military spokesman, Brigadier General X,"
        n_end = self.name_at(toks, k, after_title=True)
        if n_end - k < 2:
            return False
        ent = self.person(_name_words(toks[k:n_end]), country, role if entry.is_role else self.counterpart_role(),
                          entry.sector)
        if body is not None and ent.affiliation is None:
            ent.affiliation = self.from_gazetteer(body).index
        self.pending[(sent, claim)] = (n_end, ent, _governing_prep(toks, phrase_start))  # "signed by X's Minister, Name"
        self.modifiers.update((sent, t) for t in range(modifier_start, claim))  # "of the Republic of Rwanda" describes
        return True

    def named_before(self, toks: list[Token], start: int, end: int, head: str, kinds: tuple[str, ...]):
        """A body named again by its head word alone: the latest body of those kinds whose name has the word."""
        earlier = next((e for e in reversed(self.entities) if e.actor_type in kinds
                        and any(head in name.split() for name in (e.name, *e.aliases))), None)
        if earlier is None:
            return None

        def refer(sent: int) -> int:
            self.add(earlier, sent, toks, start, end)
            return end

        return refer

    def body_before_title(self, toks: list[Token], j: int) -> str | None:
        """The state of a body named again in lower case before a title ("ministry spokeswoman X" after "the Russian
        foreign ministry"): the latest such body's."""
        if j == 0 or not toks[j - 1].text.islower():
            return None
        body = self.latest_of("organization", ending=" " + toks[j - 1].lower)
        return body.country if body is not None else None

    def titles_a_name(self, toks: list[Token], i: int) -> bool:
        """Does a title begin at i and a name follow it ("... of National Defense Undersecretary Antonio Villaruel")?"""
        if i >= len(toks) or (toks[i].lower,) not in self.cb.titles and toks[i].lower not in self.cb.modifiers:
            return False  # "Defense" begins "Defense Undersecretary", but names the department
        found = self.title_at(toks, i)
        return found is not None and found[0] < len(toks) and toks[found[0]].is_cap and toks[found[0]].text.isalpha()

    def listed_after_place(self, sent: int, toks: list[Token], i: int) -> bool:
        """Does the name at i follow a place in a list ("recalled its ambassadors from London, Paris and Berlin")? The
        scan goes left to right, so that place is the last one found."""
        return i > 0 and toks[i - 1].lower in (",", "and") and bool(self.places) \
            and self.places[-1].sentence == sent and self.places[-1].tok_end == i - 1

    def head_sector(self, toks: list[Token], k: int) -> str | None:
        """The sector of the body whose name's head word is token k, if it is one ("Ministry"; "House" before "of")."""
        if toks[k].text in self.cb.of_heads and k + 1 < len(toks) and toks[k + 1].lower == "of":
            return self.cb.of_heads[toks[k].text]
        return self.cb.body_heads.get(toks[k].text)

    def organ_at(self, toks: list[Token], i: int):
        """A body named by a capitalised phrase ending in a head word, perhaps followed by "of/for ...":
        "Polish Foreign Ministry", "Department of Foreign Affairs", "Reserve Bank of India"."""
        if toks[i].text == "the" and i + 1 < len(toks) and toks[i + 1].text in BODY_AGAIN \
                and not (i + 2 < len(toks) and (toks[i + 2].lower in ("of", "for") or toks[i + 2].is_cap)):
            # "Sudan's foreign ministry accused ... A day later, the ministry summoned", "Iran suspended cooperation
            # with the agency": the IAEA named before
            return self.named_before(toks, i, i + 2, toks[i + 1].text.capitalize(), ("organization", "igo"))
        if toks[i].text in NOT_NAME:
            return None
        state = self.country_of(toks, i)
        start = state[0] if state else i
        j, head = start, None
        while j < len(toks) and j - start < 6 and (toks[j].is_cap and toks[j].text[0].isalpha() or toks[j].lower in ("'s", "’s")
                                                   or j == start and _unit_number(toks, j)
                                                   or toks[j].text in ("'", "’") and j > start and toks[j - 1].text.endswith("s")
                                                   and toks[j - 1].end == toks[j].start  # "Bolivian Workers' Center"
                                                   or (toks[j].lower == "and" and j > start and j + 1 < len(toks)
                                                       and toks[j + 1].is_cap)):  # "Textile and Clothing Federation"
            j += 1
            if self.head_sector(toks, j - 1) is not None:
                head = j
        if head is None or _unit_number(toks, start) and self.head_sector(toks, head - 1) != "military":
            return None  # "12 Foreign Ministry staff" are no body
        j = head
        while j + 1 < len(toks) and toks[j].lower in ("of", "for") and j - head < 16:
            k = j + 2 if toks[j + 1].lower == "the" else j + 1
            end = k
            while end < len(toks) and (toks[end].is_cap and toks[end].text[0].isalpha() and not (
                                           end > k and (self.titles_a_name(toks, end) or toks[end].text in HONORIFICS))
                                       or (toks[end].lower == "and" and end + 1 < len(toks) and toks[end + 1].is_cap
                                           and not self.state_ends(toks, k, end))  # not "... of Zambia and Emirates X"
                                       or (toks[end].lower in ("'s", "’s") and end > k and end + 1 < len(toks)
                                           and toks[end + 1].is_cap)  # "of the People's Republic of China"
                                       or (toks[end].text == "-" and end > k and toks[end - 1].end == toks[end].start)
                                       or (toks[end - 1].text == "-" and end - 1 > k and toks[end - 1].end == toks[end].start)):
                end += 1  # "of the Co-operative Republic of Guyana"
            if end == k:
                break
            j = end
        if j + 2 < len(toks) and toks[j].lower == "in":  # "Stabilisation Mission in Somalia (AUSSOM)"
            k = j + 2 if toks[j + 1].lower == "the" else j + 1
            end = next((e for e in range(k, min(k + 5, len(toks))) if not toks[e].is_cap), len(toks))
            if end > k and end + 1 < len(toks) and toks[end].text == "(" and toks[end + 1].text.isupper():
                j = end
        gaz = self.gaz_at(toks, start)
        foreign = gaz is not None and state is not None and gaz[1].country not in (None, state[1])
        if gaz is not None and gaz[0] >= j and not foreign or (self.gaz_at(toks, i) or (0,))[0] >= j:
            return None  # but "the South Sudan People's Defence Forces" are no Myanmar People's Defence Force
        if gaz is not None and gaz[1].actor_type == "organization" and gaz[0] < j and toks[gaz[0]].is_cap:
            return None  # "Spokesperson for the Ministry of External Affairs Randhir Jaiswal": the body, then a name
        if j - start < 2 and not state:
            if not (i > 0 and toks[i - 1].lower == "the"):
                return None
            kinds = ("organization",) if j < len(toks) and toks[j].lower == "and" else ("organization", "country")
            return self.named_before(toks, i, j, toks[start].text, kinds)  # "the Ministry"; not "the Government and people of"
        words = [t.text for t in toks[start:j]]
        country = state[1] if state else None
        state_words = set(range(start, state[0])) if state else set()
        for k in range(start, j):
            hit = self.gaz_at(toks, k)
            if hit and hit[1].actor_type == "country":
                state_words.update(range(k, hit[0]))
            if country is None and hit and hit[1].actor_type == "country" or country is None and hit and hit[1].form == "capital":
                country = hit[1].country
        # "the Government of Sri Lanka", "the Royal Thai Government": the state itself, as the gold codes it
        the_state = toks[head - 1].text == "Government" and country is not None and all(
            k in state_words or toks[k].text in STATE_STYLES | GOVERNMENT_STYLES for k in range(i, j))
        sector = self.head_sector(toks, head - 1)
        name = self.body[toks[i].start:toks[j - 1].end]
        seat = self.gaz_at(toks, j + 1) if country is None and j + 1 < len(toks) and toks[j].lower == "in" else None
        if seat is not None and seat[1].actor_type == "country" and seat[1].form == "capital":
            country = seat[1].country  # "The Defence Ministry in Moscow said"

        owner = self.mentions[-1] if self.mentions and self.mentions[-1].tok_end == i and country is None \
            and self.mentions[-1].text.endswith(("'s", "’s")) and self.mentions[-1].entity != PAIR \
            and self.entities[self.mentions[-1].entity].actor_type == "igo" else None

        def add(sent: int) -> int:
            nonlocal country
            before = self.mentions[-1] if self.mentions and self.mentions[-1].sentence == sent else None
            if country is None and before is not None and before.entity != PAIR and toks[i - 1].lower in ("'s", "’s") \
                    and i - before.tok_end <= 3 and all(t.lower in SEATED | {"military", "."} for t in toks[before.tok_end:i - 1]):
                country = self.entities[before.entity].country  # "the U.S. military's Africa Command"
            if owner is not None and owner.sentence == sent:  # "the African Union's Peace and Security Council"
                self.mentions[-1] = replace(owner, argument=False)  # acts as the Union
                self.add(owner.entity, sent, toks, i, j)
                return j
            if the_state:
                ent = self.from_gazetteer(self.cb.countries[country])
                ent.aliases.add(name.removeprefix("the ").removeprefix("The "))  # "the Government" again later
                self.add(ent, sent, toks, i, j)
                return j
            known = self.gaz_at(toks, j + 1) if j + 2 < len(toks) and toks[j].text == "(" else None
            if known is not None and known[0] == j + 2 and known[1].actor_type in ("igo", "organization") \
                    and (not _spelled_before(toks, j, toks[j + 1].text) or set(words) & set(known[1].name.split())):
                ent = self.from_gazetteer(known[1])  # "the United Nations ... Mission in the Central African Republic
            else:  # (MINUSCA)" is the MINUSCA the gazetteer knows; "the Strategic Partnership Council (SPC)" no Pacific Community
                longer = None if country else next((e for e in self.entities if e.actor_type == "organization"
                                                    and e.name.startswith(name.removeprefix("the ").removeprefix("The ") + " of ")), None)
                ent = longer or self.entity(f"org:{country or '?'}:{' '.join(words).lower()}", name, "organization", country,
                                            sector)  # "the Ministry of National Defence" after "... of the Republic of Niger"
                if (short := self.short_state_name(toks, head, i, j)) is not None:
                    ent.aliases.add(short)
            if state:
                self.add(self.from_gazetteer(self.cb.countries[state[1]]), sent, toks, i, state[0], argument=False)
                if toks[state[0] - 1].lower in ("'s", "’s") and state[0] < j:  # "Haiti's Transitional Presidential
                    ent.aliases.add(self.body[toks[state[0]].start:toks[j - 1].end])  # Council" is also its bare name
            self.add(ent, sent, toks, i, j, argument=not (j > head and self.titles_a_name(toks, j)))
            return j  # "Department of National Defense Undersecretary X": X acts, the department only describes X

        return add

    def short_state_name(self, toks: list[Token], head: int, i: int, j: int) -> str | None:
        """A body named with its state's formal style, under the state's short name: "Ministry of Foreign Affairs of
        the Co-operative Republic of Guyana" is also "Ministry of Foreign Affairs of Guyana", as news often writes it."""
        for k in range(head, j):
            hit = self.gaz_at(toks, k)
            if hit is None or hit[1].actor_type != "country" or hit[1].form != "alias":
                continue
            start = k - 1 if toks[k - 1].lower == "the" else k
            prefix, suffix = self.body[toks[i].start:toks[start].start], self.body[toks[hit[0] - 1].end:toks[j - 1].end]
            return (prefix + hit[1].name + suffix).removeprefix("the ").removeprefix("The ")
        return None

    def state_ends(self, toks: list[Token], start: int, end: int) -> bool:
        """Does a state's name end at token `end`, begun somewhere from `start` ("the Republic of Zambia")?"""
        return any((hit := self.gaz_at(toks, j)) is not None and hit[0] == end and hit[1].actor_type == "country"
                   for j in range(start, end))

    def known_person(self, name: list[str]) -> Entity | None:
        if len(name) >= 2:  # "Van der Meulen" after "Pieter van der Meulen", "Khairul Azmi" after "Mohd Khairul Azmi"
            wanted = f" {' '.join(name).lower()} "
            holders = [e for e in self.entities if e.actor_type == "person" and wanted in f" {e.name.lower()} "
                       and len(e.name.split()) > len(name)]
            if len(holders) == 1:
                return holders[0]
        if len(name) > 2:
            return None
        persons = [e for e in self.entities if e.actor_type == "person"]
        for ent in persons:
            tokens = ent.name.split()
            if name == tokens or (len(name) == 1 and name[0] == self._surname(tokens, ent.country)):
                return ent
            if len(name) == 1 and name[0] in {a for a in ent.aliases if " " not in a}:
                return ent
        if len(name) == 1:  # any other part of exactly one person's name: "Hoa" for "Tran Van Hoa", "Mutairi" for "al-Mutairi"
            holders = [e for e in persons if name[0] in e.name.split()
                       or any(w.split("-", 1)[-1] == name[0] for w in e.name.split() if w[:3] in ("al-", "el-"))]
            if len(holders) == 1:
                return holders[0]
        return None

    def city_before(self, toks: list[Token], i: int) -> tuple[str, str] | None:
        """The city or province named just before token i, with its state."""
        for n in (1, 2, 3):
            g = self.cb.gazetteer.get(tuple(t.text for t in toks[i - n:i])) if i >= n else None
            if g is not None and g.form == "city":
                return " ".join(t.text for t in toks[i - n:i]), g.country
        return None

    def post_title_state(self, toks: list[Token], n_end: int) -> str | None:
        """The state of a second title after the name: "Lieutenant General X, Chief of General Staff of the
        Mongolian Armed Forces"."""
        k = n_end + 1 + (n_end + 1 < len(toks) and toks[n_end + 1].lower == "the")
        if n_end >= len(toks) or toks[n_end].text != "," or k >= len(toks) or (title := self.title_at(toks, k)) is None:
            return None
        end = title[0]
        if end + 1 >= len(toks) or toks[end].lower != "of":
            return None
        hit = self.gaz_at(toks, end + 1 + (toks[end + 1].lower == "the"))
        return hit[1].country if hit is not None and hit[1].actor_type in ("country", "organization") else None

    def body_appositive(self, sent: int, toks: list[Token], i: int, n_end: int) -> int | None:
        """A body the codebook does not know, opening a sentence with what it is set off by commas: "Keidanren,
        Japan's main business lobby, urged", "Interporc, the Spanish pork industry association, urged"."""
        if n_end != i + 1 or not (i == 0 or toks[i - 1].text in ("-", "–", "—")) or n_end + 2 >= len(toks) \
                or toks[n_end].text != ",":
            return None
        close = next((j for j in range(n_end + 2, min(n_end + 9, len(toks))) if toks[j].text == ","), None)
        if close is None or not any(t.lower in BODY_NOUNS for t in toks[n_end + 1:close]) or not _acts(toks, close + 1) \
                or any(t.lower in PERSON_HEADS or self.title_at(toks, j) is not None
                       for j, t in enumerate(toks[n_end + 1:close], n_end + 1)):
            return None  # but "Nuur, the head of the journalists' union, said": a person
        k = n_end + 1 + (toks[n_end + 1].lower in ("the", "a", "an"))
        state = self.country_of(toks, k)
        self.add(self.unknown_body(toks[i].text, state[1] if state else None), sent, toks, i, n_end)
        return close

    def unknown_body(self, name: str, country: str | None) -> Entity:
        return self.entity(f"org:{country or '?'}:{name}", name, "organization", country)

    def appositive(self, sent: int, toks: list[Token], i: int, n_end: int, name: list[str]) -> int | None:
        """Name, [the|a] [State's|Demonym] Title [of State][, Body][, State], ..."""
        if len(name) < 2 or n_end + 1 >= len(toks) or toks[n_end].text != ",":
            return None
        k = n_end + 1
        if toks[k].text.isdigit() and k + 1 < len(toks) and toks[k + 1].text == ",":  # "Julien Moreau, 38, ..."
            k += 2
        if k < len(toks) and toks[k].lower in ("the", "a", "an"):
            k += 1
        state = self.country_of(toks, k)
        if state:
            k = state[0]
        title = None
        for skip in range(5):  # "a Philippine Coast Guard spokesman", "the newly appointed Ambassador", "the group's
            # West Africa director"
            if k + skip >= len(toks) or (skip and not toks[k + skip - 1].text.isalpha()
                                         and toks[k + skip - 1].lower not in ("'s", "’s")) \
                    or (skip and toks[k + skip - 1].lower in ("by", "with", "to", "from", "for", "on", "at", "in")):
                break  # "Antarctic Cooperation, signed by Foreign Minister X" names no person in "Antarctic Cooperation"
            title = self.title_at(toks, k + skip)
            if title is not None:
                break
        if title is None:
            return None
        end, entry, role = title
        country = state[1] if state else entry.country
        attributes: list[tuple[int, int, GazetteerEntry]] = []
        if end + 1 < len(toks) and toks[end].lower in ("of", "for", "at"):
            k2 = end + 2 if toks[end + 1].lower == "the" else end + 1
            hit = self.gaz_at(toks, k2)
            if hit:
                attributes.append((k2, hit[0], hit[1]))
                end = hit[0]
        if attributes and attributes[-1][2].actor_type == "country" and attributes[-1][2].form in ("name", "alias") \
                and end < len(toks) and toks[end].is_cap and toks[end].text.isalpha():
            return None  # "... Tran Quoc Hung, President of the Federative Republic of Brazil Helena Moraes Castro paid"
        while end + 1 < len(toks) and toks[end].text == "," and len(attributes) < 3:
            hit = self.gaz_at(toks, end + 1)
            if hit is None or hit[1].actor_type == "person" or hit[1].form in ("demonym",):
                break
            attributes.append((end + 1, hit[0], hit[1]))
            end = hit[0]
        for _, _, g in attributes:
            country = country or g.country
        ent = self.person(name, country, role, entry.sector)
        self.add(ent, sent, toks, i, n_end)
        for a_start, a_end, g in attributes:
            self.add(self.from_gazetteer(g), sent, toks, a_start, a_end, argument=False)
        return end


GEOGRAPHIC_FEATURES = frozenset(["Sea", "Strait", "Straits", "Gulf", "Ocean", "Peninsula", "peninsula", "Basin", "Bay"])
COMPASS = frozenset(["South", "East", "North", "West"])


def end_of_feature(toks: list[Token], i: int, end: int) -> int | None:
    """The end of a sea, strait, lake or currency named after a state ("South China Sea", "Lake Chad", "US
    dollars"), if one is here."""
    if end < len(toks) and (toks[end].text in GEOGRAPHIC_FEATURES or toks[end].lower in ("dollar", "dollars")
                            or (toks[end].text == "$" and toks[end].start == toks[end - 1].end)):
        return end + 1  # also a currency: "2 million US dollars", "US$ 2 million"
    return end if i > 0 and toks[i - 1].text == "Lake" else None


CLAUSE_WORDS = frozenset(["and", "or", "but", "as", "where", "when", "which", "who", "that", "last", "this", "next",
                          "earlier", "later", "since", "until", "while", "because", "after", "before"])


def _unit_number(toks: list[Token], i: int) -> bool:
    """Does a unit's number begin a name here ("the 444 Combat Brigade", "the 3rd Infantry Division")?"""
    return toks[i].text[:1].isdigit() and i + 1 < len(toks) and toks[i + 1].is_cap \
        and UNIT_NUMBER.fullmatch(toks[i].text) is not None


def _flag_of(toks: list[Token], m: Mention, mentions: list[Mention]) -> bool:
    """Does the actor only name a flag ("waving Georgian and European Union flags")?"""
    end = m.tok_end
    if end < len(toks) and toks[end].lower == "and":
        end = next((o.tok_end for o in mentions if o.tok_start == end + 1), end)
    return end < len(toks) and toks[end].lower in ("flag", "flags")


def _modifies_noun(toks: list[Token], end: int) -> bool:
    """Does the name ending at `end` modify a noun ("the US embassy") rather than name a place?"""
    if end >= len(toks):
        return False
    nxt = toks[end]
    return nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in PREPOSITIONS \
        and nxt.lower not in CLAUSE_WORDS and not nxt.lower.endswith("ed")


def _name_words(toks: list[Token]) -> list[str]:
    """The words of a name: "S." is "S", and "Cheng - hao" written without spaces is "Cheng-hao"."""
    words: list[str] = []
    for k, t in enumerate(toks):
        if t.text == "." or (t.text == "-" and words):
            continue
        if k >= 2 and toks[k - 1].text == "-" and toks[k - 2].end == toks[k - 1].start:
            words[-1] += "-" + t.text
        else:
            words.append(t.text.rstrip("."))
    return words


def _initial(tokens: list[str], surname: str) -> str:
    rest = [t for t in tokens if t != surname]
    return rest[0][0].lower() if rest else ""


def _compatible(a: list[str], b: list[str]) -> bool:
    """Do the given names agree? "S Jaishankar" ~ "Jaishankar" ~ "Subrahmanyam Jaishankar"; "Moraes Castro" ~
    "Helena Moraes Castro" (two family names)."""
    if len(a) == 1 or len(b) == 1:
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < len(longer) and longer[-len(shorter):] == shorter:
        return True
    return a[0][0].lower() == b[0][0].lower()


def _lesser(role: str) -> bool:
    """Is the role a vice, deputy or assistant one ("Vice-Minister", "Deputy Foreign Minister")?"""
    return role.replace("-", " ").split()[0].lower() in LESSER_RANKS


def _governing_prep(toks: list[Token], i: int) -> str | None:
    """The preposition a mention at token i stands under: "with [the] X", "between India and [Russia]"."""
    k = i - 1
    while k >= 2 and toks[k - 1].text == "-" and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k - 2].end == toks[k - 1].start:
        k -= 3  # "for the cash-strapped army"
    while k >= 0 and (toks[k].lower in DETERMINERS or toks[k].text in COURTESIES  # "with H.E. Ms. Maria Dizon"
                      or toks[k].lower == "visiting" and k >= 1 and toks[k - 1].lower in ("with", "and")):
        k -= 1  # "talks with visiting Egyptian Foreign Minister Karim Mansour"
    if k >= 0 and toks[k].lower in ("and", "or") and k >= 1:
        j = k - 1
        while j >= 0 and j >= k - 6 and (toks[j].is_cap or toks[j].lower in DETERMINERS or toks[j].lower in ("'s", "’s")
                                         or toks[j].lower == "of" and j >= 1 and toks[j - 1].is_cap and toks[j + 1].is_cap
                                         and toks[j - 1].lower not in SEATED):
            j -= 1  # "the Democratic Republic of Congo and [M23]": the "of" is the name's
        if j >= 1 and toks[j].lower == "of" and toks[j - 1].lower in SEATED:
            return _governing_prep(toks, j - 1)  # "the government of South Sudan and [the rebels]"
        if j >= 0 and j < k - 1 and toks[j].lower in PREPOSITIONS:
            return toks[j].lower
    if k >= 0 and toks[k].lower in PREPOSITIONS:
        if toks[k].lower == "of" and k >= 1 and toks[k - 1].lower in QUANTITIES:
            return None
        if toks[k].lower == "of" and k >= 1 and toks[k - 1].text in STATE_STYLES:
            return _governing_prep(toks, k - 1)  # "The State of Qatar condemned": Qatar acts
        if toks[k].lower == "of" and k >= 1 and toks[k - 1].lower in GROUP_PARTS:
            return _governing_prep(toks, k - 1)  # "the attack carried out by elements of JNIM": JNIM's
        if toks[k].lower == "of" and k >= 1 and toks[k - 1].text in HEAD_OFFICES:
            j = k - 1
            while j >= 1 and toks[j - 1].is_cap and toks[j - 1].text.isalpha():
                j -= 1
            return _governing_prep(toks, j)  # "The Prime Minister of India and the President of France met": they act
        return toks[k].lower
    return None


ARMED_BODIES = frozenset(["group", "movement", "militia", "organisation", "organization", "faction", "rebels", "gang"])
OWNING_WORDS = frozenset(["government", "military", "army", "navy", "party"])  # "Taliban government spokesman"
GROUP_PARTS = frozenset(["elements", "fighters", "militants", "units"])  # "by elements of JNIM": JNIM
HEAD_OFFICES = frozenset(["President", "Minister", "Premier", "Chancellor", "King", "Emir", "Sultan", "Queen", "Taoiseach"])
GOVERNMENT_STYLES = frozenset(["of", "the", "The", "Royal", "Federal", "Union", "Central", "Imperial", "Democratic",
                               "Plurinational", "Socialist", "Islamic", "Arab", "People's", "Co-operative", "United"])
STATE_STYLES = frozenset(["State", "Kingdom", "Sultanate", "Republic", "Emirate", "Principality", "Federation",
                          "Commonwealth", "Government"])


def find_actors(codebook: Codebook, body: str, sentences: list[list[Token]],
                persons: list[tuple[int, int]] = ()) -> ArticleActors:
    """The actors of an article; `persons` are character spans of person names found by a model (nlp.py),
    taken where the rules found no actor."""
    finder = _Finder(codebook, body)
    starts = story_starts(body, sentences)
    finder.story = [sum(1 for s in starts if s <= k) for k in range(len(sentences))]
    for index, toks in enumerate(sentences):
        finder.scan(index, toks)
        if persons:
            finder.add_persons(index, toks, persons)
    home = dateline_country(codebook, body)
    actors = [finder.entities[m.entity] for m in finder.mentions if m.argument and m.entity != PAIR
              and m.prep not in LOCATIVE]  # "talks at the AU headquarters in the Ethiopian capital": a place
    if home is not None and any(e.actor_type == "igo" for e in actors) \
            and not any(e.actor_type == "country" and e.country == home for e in actors):
        home = most_named_state(finder.entities, finder.mentions)  # AU talks on South Sudan filed from Addis Ababa
    home = home or _most_named_place(finder) or (finder.places[0].country if finder.places else None)
    story_homes = _story_homes(codebook, body, sentences, starts)
    _settle_groups(finder, home, sentences, story_homes)
    _settle_countries(finder, home, sentences, story_homes)
    _name_title_refs(finder)
    _seat_governments(finder, home, sentences, story_homes)
    _name_missions(finder, home, sentences)
    return ArticleActors(finder.entities, finder.mentions, finder.places, home, starts)


INTERNATIONAL_SEATS = frozenset(["Brussels", "Geneva", "United Nations", "Strasbourg", "The Hague", "Luxembourg"])
DATELINE_PLACE_RE = re.compile(r"^\s*([A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3})(?:/([A-Z][A-Za-z .'-]*))?(?: \[[A-Za-z ]+\])?"
                               r"(?:,|\s+\([A-Za-z .]{1,20}\)\s+[-–—])"  # "ISLAMABAD (AP) -" too
                               r"|^\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})\s+[-–—]\s")  # "TALLINN - "


def dateline_country(codebook: Codebook, body: str) -> str | None:
    """The state of the place a story is filed from ("MANILA, June 4 -", "Paris, 24 November 2025 -",
    "JAMMU/NEW DELHI, Nov 15 -": the first place the gazetteer knows)."""
    match = DATELINE_PLACE_RE.match(body)
    if match is None:
        return None
    for n, written in enumerate(filter(None, match.groups())):
        place = " ".join(w.capitalize() if w.isupper() else w for w in written.split())
        if place in INTERNATIONAL_SEATS:  # a story from Brussels or Geneva is about the bodies seated there, not
            continue                       # Belgium; "BRUSSELS/TBILISI" is from Georgia
        if (state := _place_state(codebook, place)) is not None:
            return state
        if n == 0 and match.group(2):
            return None  # "GOMA/DOHA": the story is from the first place, which the gazetteer does not know
    return None


def _place_state(codebook: Codebook, place: str) -> str | None:
    hit = codebook.gazetteer.get(tuple(place.split()))
    if hit is not None and hit.actor_type == "country":
        return hit.country
    return codebook.place_country.get(place.lower())


ITEM_RE = re.compile(r"([A-ZÀ-Ý][A-ZÀ-Ý .'/]{2,40}?)(?:,\s+([A-Z][A-Za-z .'-]{2,30}?))?(?:\s+\([^)]{1,30}\))?\s+[-–—]\s")
# "QUITO - ", "GAFSA, Tunisia - ": a roundup's next story


def story_starts(body: str, sentences: list[list[Token]]) -> list[int]:
    """The sentences that open a roundup's stories ("Africa in brief": a datelined paragraph each, or one under
    a heading in capitals); none in an article that tells one story."""
    starts = [k for k, toks in enumerate(sentences) if toks
              and (toks[0].start == 0 or body[toks[0].start - 1] == "\n")
              and (ITEM_RE.match(body, toks[0].start) or HEADING_RE.match(body[toks[0].start:toks[-1].end]))]
    return starts if len(starts) >= 2 else []


def _story_homes(codebook: Codebook, body: str, sentences: list[list[Token]], starts: list[int]) -> list[str | None]:
    """The state each sentence's story is filed from, in a roundup (else none)."""
    if not starts:
        return [None] * len(sentences)
    homes, home = [], dateline_country(codebook, body)
    for k, toks in enumerate(sentences):
        if k in starts and (item := ITEM_RE.match(body, toks[0].start)) is not None:
            home = (item.group(2) and _place_state(codebook, item.group(2))) \
                or _place_state(codebook, " ".join(w.capitalize() for w in item.group(1).split()))
        elif k in starts:  # "GEORGIA: TEAR GAS ON RUSTAVELI AVENUE", "AZERBAIJAN RELEASES FOUR DETAINEES"
            home = next((state for t in toks[:3] if t.text.isalpha()
                         and (state := _place_state(codebook, t.text.capitalize())) is not None), None)
        homes.append(home)
    return homes


def _seat_governments(finder: _Finder, home: str | None, sentences: list[list[Token]],
                       story_homes: list[str | None]) -> None:
    """ "The government agreed to suspend the decree" in a story filed from La Paz, which names Bolivia: Bolivia's."""
    named = {e.country for e in finder.entities if e.actor_type == "country"}
    for sent, i, end in finder.unseated:
        state = story_homes[sent] or home
        if (state in named or story_homes[sent] is not None) and state in finder.cb.countries:  # a roundup's heading
            # names its story's state
            finder.add(finder.from_gazetteer(finder.cb.countries[state]), sent, sentences[sent], i, end, named=False)
    finder.mentions.sort(key=lambda m: (m.sentence, m.tok_start))


def _name_missions(finder: _Finder, home: str | None, sentences: list[list[Token]]) -> None:
    """ "UN peacekeepers" are the peace operation the codebook knows in the state the sentence, else the story,
    names ("a United Nations peacekeeping base near Sake in eastern Congo": MONUSCO); the UN where none is known."""
    if not finder.peacekeepers:
        return
    def states(sent: int | None) -> list[str]:
        named = [finder.entities[m.entity].country for m in finder.mentions if m.entity != PAIR
                 and finder.entities[m.entity].actor_type == "country" and sent in (None, m.sentence)]
        return named + [p.country for p in finder.places if sent in (None, p.sentence)]
    in_story = {finder.cb.missions[c] for c in [home, *states(None)] if c in finder.cb.missions}
    for sent, i, end in finder.peacekeepers:
        here = [finder.cb.missions[c] for c in states(sent) if c in finder.cb.missions]
        mission = here[0] if here else next(iter(in_story)) if len(in_story) == 1 else None
        ent = finder.from_gazetteer(mission or finder.cb.gazetteer[("United", "Nations")])
        finder.add(ent, sent, sentences[sent], i, end, named=mission is None)
    finder.mentions.sort(key=lambda m: (m.sentence, m.tok_start))


def _name_title_refs(finder: _Finder) -> None:
    """ "Bolivia's foreign minister described ..." is the one Bolivian foreign minister the article names."""
    for index, title, state in finder.title_refs:
        holders = [e for e in finder.entities if e.actor_type == "person" and e.country == state and e.role
                   and (entry := finder.cb.titles.get(tuple(t.lower for t in tokenize(e.role)))) is not None
                   and entry.title == title]  # the titles are indexed by their tokens ("Vice-Minister": 3)
        if not holders and " " not in title:  # "the Indonesian minister": the one Indonesian minister named
            holders = [e for e in finder.entities if e.actor_type == "person" and e.country == state and e.role
                       and title.lower() in e.role.lower().split()]
        if len(holders) == 1:
            finder.mentions[index] = replace(finder.mentions[index], entity=holders[0].index, person=True)


def _clause_between(toks: list[Token], a: int, b: int) -> bool:
    """Does a clause boundary stand between tokens a and b ("agreed in Doha in July, after the rebels shelled
    army positions": the army is not in Doha)?"""
    return any(t.text in (",", ";") or t.lower in ("after", "before", "when", "while") for t in toks[min(a, b):max(a, b)])


def _settle_countries(finder: _Finder, filed: str | None, sentences: list[list[Token]],
                      story_homes: list[str | None]) -> None:
    """Persons and bodies named without their state: a person takes a nationality told beside the name, else
    the one state named as an actor before their first mention (not a place: "will travel to Tokyo"), else
    the named state their family name belongs to; a person or body still without one takes the place it
    acts in or the state the story (a roundup's item) is filed from, unless the person is visiting it."""
    for ent in finder.entities:
        if ent.country is not None or ent.actor_type not in ("person", "organization"):
            continue
        first = next((m for m in finder.mentions if m.entity == ent.index), None)
        home = (story_homes[first.sentence] if first is not None else None) or filed  # a roundup's item's own
        if ent.actor_type == "person" and first is not None \
                and (nationality := _nationality(finder.cb, sentences[first.sentence], first)) is not None:
            ent.country = nationality  # "UN envoy Ingrid Halvorsen, a Norwegian diplomat"
            continue
        if ent.affiliation is not None or (ent.actor_type == "organization" and not ent.key.startswith("org:?:")) \
                or ent.key.startswith("person:"):
            continue  # a body or person the gazetteer knows without a state (an NGO, the UN's secretary-general) has none
        if ent.actor_type == "person" and first is not None and (led := _delegation_of(finder, sentences, first)):
            ent.country = led  # "the Greek delegation was headed by Deputy Minister X"
            continue
        states = {finder.entities[m.entity].country for m in finder.mentions
                  if first is not None and m.sentence == first.sentence and m.argument and m.entity != PAIR
                  and m.tok_start < first.tok_start and not _demonym(finder.cb, m.text) and m.prep not in LOCATIVE
                  and m.prep not in ("about", "regarding", "concerning")  # "On a question about Egypt, Foreign Minister X"
                  and finder.entities[m.entity].actor_type in ("country", "organization")
                  and finder.entities[m.entity].country is not None}
        bodies_before = [finder.entities[m.entity] for m in finder.mentions
                         if first is not None and m.sentence == first.sentence - 1 and m.entity != PAIR and m.named
                         and (finder.entities[m.entity].actor_type == "organization"
                              or finder.entities[m.entity].actor_type == "group"
                              and finder.entities[m.entity].sector in ("government", "military"))
                         and finder.entities[m.entity].country is not None]
        before = {body.country for body in bodies_before}
        hosts = {finder.entities[m.entity].country for m in finder.mentions  # "X joined President Y of Algeria in
                 if first is not None and m.sentence == first.sentence and m.entity not in (PAIR, ent.index)  # Algiers"
                 and finder.entities[m.entity].actor_type == "person"}
        opening = next((finder.entities[m.entity].country for m in finder.mentions if first is not None
                        and m.sentence == first.sentence - 1 and m.entity != PAIR and m.argument
                        and finder.entities[m.entity].actor_type == "country"), None)
        if ent.actor_type == "organization" and first is not None and opening \
                and first.tok_start == (sentences[first.sentence][0].lower == "its"):
            ent.country = opening  # "Iran rejected the deal. Foreign Ministry spokesman X said ...", "Its foreign
            # ministry said ..."
        elif ent.actor_type == "person" and len(states) == 1:
            ent.country = states.pop()
        elif ent.actor_type == "person" and ent.role and any(
                finder.entities[m.entity].country == home and finder.entities[m.entity].role == ent.role
                for m in finder.mentions if first is not None and m.sentence == first.sentence
                and m.entity not in (PAIR, ent.index) and finder.entities[m.entity].actor_type == "person") \
                and (other := most_named_state(finder.entities, finder.mentions, {home})) is not None:
            ent.country, ent.state_guessed = other, True  # "Prime Minister X and Japanese Prime Minister Y held the
            # India-Japan summit in Tokyo": X is of the other state
        elif ent.actor_type == "person" and not states and opening and first.tok_start <= 4 \
                and sentences[first.sentence][0].lower == "its":
            ent.country = opening  # "Ethiopia's communication service dismissed the letter. Its head, X, said"
        elif ent.actor_type == "person" and not states and first is not None and first.tok_start <= 2 and (titled := next(
                (b for b in bodies_before if b.actor_type == "organization" and any(
                    t.is_cap and t.lower in b.name.lower().split() for t in sentences[first.sentence][:first.tok_start])),
                None)) is not None:
            ent.country = titled.country  # "Iran's Foreign Ministry summoned the Swedish envoy ... . Ministry spokesman X"
        elif ent.actor_type == "person" and not states and len(before) == 1 and first.tok_start <= 2:
            ent.country = before.pop()  # "Cambodia's Defence Ministry said ... . Spokeswoman X said ..."
            ent.state_guessed = all(body.state_guessed for body in bodies_before)
        elif ent.actor_type == "person" and home in states:  # "MUSCAT - The Ministry of Foreign Affairs of
            ent.country = home                                 # Oman announces that Foreign Minister X received ..."
            others = states - {home}
            if len(others) == 1 and any(finder.entities[m.entity].actor_type == "person" and finder.entities[m.entity].country == home
                                        for m in finder.mentions if m.sentence == first.sentence and m.entity not in (PAIR, ent.index)
                                        and m.tok_start < first.tok_start):
                ent.country = others.pop()  # "ANKARA - Turkey and Pakistan signed ..., as President X and Prime
                # Minister Y co-chaired": Y is the other state's
        elif ent.actor_type == "person" and ent.sector in ("media", "civil_society"):
            continue
        elif ent.actor_type == "person" and first is not None and _visiting(sentences[first.sentence]) and any(
                p.sentence == first.sentence and p.country == home for p in finder.places) \
                and not _hosts(finder, sentences, first):
            ent.country, ent.state_guessed = most_named_state(finder.entities, finder.mentions, {home}), True  # "X, who arrived in Hanoi"
        elif ent.actor_type == "person" and first is not None and (spoke := _speaks_for(finder, sentences, first)):
            ent.country = spoke  # "Spokeswoman X warned that Paris would expel ..."
        elif ent.actor_type == "person" and (family := _family_state(finder, ent)) is not None:
            ent.country, ent.state_guessed = family, True  # "Zhou Minghai" in a story from Manila that names China
        elif (where := next((p.country for p in finder.places if first is not None and p.sentence == first.sentence
                             and p.text not in INTERNATIONAL_SEATS and p.country not in hosts
                             and (ent.actor_type == "person" and p.tok_start > 0
                                  and sentences[p.sentence][p.tok_start - 1].lower in ("in", "at")
                                  or p.tok_start < first.tok_start)), None)):
            ent.country, ent.state_guessed = where, True  # "Foreign Minister X welcomed the vote in Kyiv", "In Algiers,
                                                          # the Ministry of National Defence said"
        else:
            ent.country, ent.state_guessed = home, True
        if ent.actor_type == "organization" and ent.country is not None:
            ent.key = f"org:{ent.country}:{ent.key.removeprefix('org:?:')}"  # one article's "Foreign Ministry" is
                                                                         # not another state's


SPEECH_FILLERS = frozenset(["that", ",", "on", "late", "earlier", "monday", "tuesday", "wednesday", "thursday",
                            "friday", "saturday", "sunday", "today", "yesterday"])
OWN_PLANS = frozenset(["would", "will", "could", "remained", "remains", "stands", "stood", "intends", "plans"])


def _speaks_for(finder: _Finder, sentences: list[list[Token]], first: Mention) -> str | None:
    """The state a person speaks for when they say what it will do: "X warned that Paris would expel ..."."""
    toks = sentences[first.sentence]
    after = [m for m in finder.mentions if m.sentence == first.sentence and m.tok_start >= first.tok_end
             and m.entity != PAIR and m.named]
    if not after:
        return None
    state = after[0]
    between = [t.lower for t in toks[first.tok_end:state.tok_start]]
    if not between or not SPEECH_VERBS & set(between) or not set(between) <= SPEECH_VERBS | SPEECH_FILLERS \
            or state.tok_end >= len(toks) or toks[state.tok_end].lower not in OWN_PLANS:
        return None
    ent = finder.entities[state.entity]
    return ent.country if ent.actor_type == "country" and not _demonym(finder.cb, state.text) else None


def _delegation_of(finder: _Finder, sentences: list[list[Token]], first: Mention) -> str | None:
    """The state of "the Greek delegation" or "a delegation from Greece" when a person is named as the one who
    "headed" or "led" it."""
    toks = sentences[first.sentence]
    if first.tok_start < 2 or [t.lower for t in toks[first.tok_start - 2:first.tok_start]] not in (
            ["headed", "by"], ["led", "by"]):
        return None
    return next((finder.entities[m.entity].country for m in reversed(finder.mentions)
                 if m.sentence == first.sentence and m.tok_end < first.tok_start and m.entity != PAIR
                 and (m.tok_end < len(toks) and toks[m.tok_end].lower in ("delegation", "side", "team")
                      or [t.lower for t in toks[max(0, m.tok_start - 3):m.tok_start] if t.lower != "the"][-2:]
                      == ["delegation", "from"])  # "a delegation from the Kingdom of Saudi Arabia led by X"
                 and finder.entities[m.entity].actor_type == "country"), None)


def _family_state(finder: _Finder, ent: Entity) -> str | None:
    """The state a person's family name is common in, when the story names that state ("Zhou", "Nguyen" come
    first; "Aoki", "Sharma" last)."""
    words = ent.name.split()
    named = {e.country for e in finder.entities if e.actor_type == "country"}
    found = {finder.cb.surname_states.get(w) for w in (words[0], words[-1]) if len(words) > 1} & named
    return found.pop() if len(found) == 1 else None


def _nationality(codebook: Codebook, toks: list[Token], first: Mention) -> str | None:
    """The state a person is said to be of: "Elena Marchetti, an Italian diplomat", "Danish diplomat Anders
    Kjeldsen"."""
    after = toks[first.tok_end:first.tok_end + 4]
    if len(after) == 4 and after[0].text == "," and after[1].lower in ("a", "an") and after[3].lower in NATIONALS:
        entry = codebook.gazetteer.get((after[2].text,))
    elif first.tok_start >= 2 and toks[first.tok_start - 1].lower in NATIONALS:
        entry = codebook.gazetteer.get((toks[first.tok_start - 2].text,))
    else:
        return None
    return entry.country if entry is not None and entry.form == "demonym" and entry.actor_type == "country" else None


FORMER_MEMBERS = frozenset(["republic", "republics", "state", "states", "neighbour", "neighbours", "neighbor",
                            "neighbors", "bloc"])


def _demonym(codebook: Codebook, text: str) -> bool:
    """Is the text a demonym ("Malaysian" in "a Malaysian delegation"), which describes a noun, not an actor?"""
    entry = codebook.gazetteer.get(tuple(text.split()))
    return entry is not None and entry.form == "demonym"


def _addressed(toks: list[Token], i: int) -> bool:
    """Is "to <capital>" at token i a recipient ("sent a protest note to Algiers"), not a destination
    ("flew to Algiers", "ambassador to Washington")? Always right after a verb of appeal ("appealed to Managua");
    else only when none of the eight words before it is a word of motion or posting, or a comma, semicolon or colon
    (another clause may begin there)."""
    if i >= 2 and toks[i - 2].lower in APPEALING:
        return True
    for t in reversed(toks[max(0, i - 8):i - 1]):
        if t.text in (",", ";", ":") or t.lower in MOTION_WORDS:
            return False
    return True


def _past_time(toks: list[Token], k: int) -> int:
    """The word before a time phrase that ends at k ("said [on Tuesday] it ..."), else k."""
    j = k
    while j > 0 and (toks[j].lower in ("on", "late", "early", "in", "last", "this") or toks[j].text.isdigit()
                     or toks[j].lower in WEEKDAYS or toks[j].lower in MONTHS or toks[j].lower in ("week", "month")):
        j -= 1
    return j


def _acts(toks: list[Token], k: int) -> bool:
    """Does an act or a saying begin at k ("said", "rejected")?"""
    return k < len(toks) and (toks[k].lower in SPEECH_VERBS or toks[k].text.islower() and is_past(toks[k]))


def _acting(word: str) -> bool:
    """Can the word after a sentence-opening "It" be its verb ("It rejected", "It also said", "It reiterates" in a
    communique), not "It is"?"""
    return word.islower() and (word.endswith(("ed", "es", "ls", "ns", "ts", "rs")) and word != "was"
                               or word in ("said", "says", "also", "has", "had", "will") or word in IRREGULAR_PAST)


def _visiting(toks: list[Token]) -> bool:
    """Does the sentence say someone arrived or is on a visit ("who arrived in Hanoi", "on a three-day visit")?"""
    words = [t.lower for t in toks]
    return bool(VISIT_CUES & set(words)) or any(
        w in ("visit", "trip", "tour") and k > 0 and words[k - 1] in ("official", "state", "working", "day", "a")
        for k, w in enumerate(words))


def _opens_clause(toks: list[Token], end: int) -> bool:
    """Does an active verb of its own follow the actor ending at `end` ("a Chinese coast guard ship rammed")?"""
    verb = next((t.lower for t in toks[end:end + 3] if t.text.islower() and (is_past(t) or t.lower in PASSIVE_OR_PERFECT)),
                None)
    return verb is not None and verb not in PASSIVE_OR_PERFECT \
        and not any(t.lower in PREPOSITIONS or not t.text.isalpha() for t in toks[end:end + 2])


def _hosts(finder: _Finder, sentences: list[list[Token]], first: Mention) -> bool:
    """Is the person the host of the visit told ("X, Minister of Foreign Affairs, received Y ... on Y's official
    visit")? The host is of the state visited."""
    after = next((m.tok_start for m in finder.mentions if m.sentence == first.sentence and m.tok_start >= first.tok_end
                  and m.entity not in (PAIR, first.entity) and m.named), len(sentences[first.sentence]))
    return any(t.lower in HOST_VERBS for t in sentences[first.sentence][first.tok_end:after])


def most_named_state(entities: list[Entity], mentions: list[Mention], besides: Collection[str | None] = ()) -> str | None:
    """The state (ISO3) an article names most often, other than those `besides`: the story's subject."""
    counts: dict[str, int] = {}  # in order of first mention: of two named as often, the first named is the subject
    for m in mentions:
        ent = entities[m.entity] if m.entity != PAIR and m.named else None
        if ent is not None and ent.actor_type == "country" and ent.country not in besides:
            counts[ent.country] = counts.get(ent.country, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _most_named_place(finder: _Finder) -> str | None:
    """The state a story without a dateline is about: the one it names most, as an actor or a place (of two named
    as often, the first named), if more than once."""
    named = [(m.sentence, m.tok_start, finder.entities[m.entity].country) for m in finder.mentions
             if m.entity != PAIR and m.named and finder.entities[m.entity].actor_type == "country"
             and not _demonym(finder.cb, m.text.split()[0])]  # "summoned the Russian ambassador": the other side
    places = [(p.sentence, p.tok_start, p.country) for p in finder.places]
    counts = Counter(state for *_, state in sorted(set(named + places)))  # "a delegation from Saudi Arabia": one naming
    most = counts.most_common(1)
    return most[0][0] if most and most[0][1] > 1 else None  # a state named once may be the other side


def _settle_groups(finder: _Finder, home: str | None, sentences: list[list[Token]], story_homes: list[str | None]) -> None:
    """Groups named without a demonym take the state of the place they act in; else forces and officials
    and lawmakers take the state the story is filed from ("the army" in a story from Peshawar) and other groups the
    state the article names most ("civilians" in a story about strikes in Iraq)."""
    most_named = most_named_state(finder.entities, finder.mentions)
    for ent in finder.entities:
        if ent.actor_type == "group" and ent.country is None and not ent.key.startswith("org:") \
                and ent.name not in finder.cb.stateless_groups:
            named = [m for m in finder.mentions if m.entity == ent.index]  # (a group the codebook names keeps its state)
            fallback = (home or most_named) if ent.sector in ("government", "military", "legislature") else (most_named or home)
            fallback = next((story_homes[m.sentence] for m in named if story_homes[m.sentence]), fallback)  # a roundup's
            place = next((p.country for p in finder.places for m in named if p.sentence == m.sentence
                          and (not _clause_between(sentences[m.sentence], p.tok_start, m.tok_start)
                               or _opening_place(sentences[m.sentence], p))), None)
            ent.country, ent.nationality_assumed = place or fallback, place is None
            if ent.country:
                ent.key = f"group:{ent.country}:{ent.name}"
    for ent in finder.entities:  # "protesters" in Jakarta are "Indonesian protesters"
        if ent.key.startswith("group:") and ent.country in finder.cb.demonyms:
            ent.aliases.add(ent.name)  # still known by what the article calls them
            ent.name = f"{finder.group_states.get(ent.index, finder.cb.demonyms[ent.country])} {ent.name}"


def _opening_place(toks: list[Token], place: Place) -> bool:
    """Does the place frame the whole sentence ("In Busan, several hundred fishermen rallied")?"""
    return place.tok_start == 1 and toks[0].lower in ("in", "at") and place.tok_end < len(toks) \
        and toks[place.tok_end].text == ","


def _spelled_before(toks: list[Token], paren: int, acronym: str) -> bool:
    """Do the capitalised words before the bracket spell the acronym ("the Strategic Partnership Council (SPC)" is
    not the Pacific Community)?"""
    initials = ""
    for t in reversed(toks[max(0, paren - 10):paren]):
        if t.lower in ("of", "and", "for", "on", "the", "-"):
            continue
        if not t.is_cap:
            break
        initials = t.text[0] + initials
        if initials == acronym:
            return True
    return False


def _counted_crowd(toks: list[Token], i: int) -> bool:
    """Is the word at i counted as a crowd ("hundreds of Kenyans", "several hundred Jordanians", "some 2,000
    Belarusians")?"""
    before = toks[i - 1].lower if i > 0 else ""
    return before == "of" and i >= 2 and toks[i - 2].lower in QUANTITIES or before in CROWD_SIZES \
        or before.replace(",", "").isdigit() and int(before.replace(",", "")) >= 20

"""Load the codebook (the YAML files in `codebook/`), check it against its schema and index it.

Every code the coder emits comes from these files, so that a political scientist can review and
extend them without reading Python. `load_codebook()` refuses a codebook that breaks its schema and
names the file, the entry and the rule.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import pandera.polars as pa
import polars as pl
import yaml

from entente.nlp import model_name, nlp_setting
from entente.tokens import tokenize

CODEBOOK_DIR = Path(__file__).parent / "codebook"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SECTORS = ("government", "military", "legislature", "judiciary", "business", "civil_society", "media", "rebel", "other")
AGREEMENT_TYPES = ("treaty", "agreement", "protocol", "memorandum", "declaration", "joint_statement",
                   "partnership", "trade_agreement", "ceasefire", "other")
AGREEMENT_STATUSES = ("proposed", "negotiating", "concluded", "signed", "ratified", "in_force", "suspended", "withdrawn")
FRAMES = ("active", "joint", "host", "visit", "undergo", "broker")
NEEDS = ("agreement", "named_parties", "object", "group_subject", "actor_object", "place")
GAP = None  # a slot of a compiled pattern that stands for up to MAX_GAP words
MAX_GAP = 4
LONG_GAP = ...  # "**": up to MAX_LONG_GAP words, for a verb and its distant object ("announced a package of 25 million euros in aid")
MAX_LONG_GAP = 10
YEAR = "#year"  # a slot for a year as written ("the 1949 agreement")

STR_LIST = pl.List(pl.Utf8)


class CodebookError(ValueError):
    """The codebook breaks its schema; the message names the file and the entry."""


# ---------------------------------------------------------------------------------------------------
# Schemas of the codebook files
# ---------------------------------------------------------------------------------------------------

class TriggerSchema(pa.DataFrameModel):
    pattern: str = pa.Field(str_length={"min_value": 2}, unique=True)
    type: str = pa.Field(isin=PLOVER_TYPES)
    mode: str = pa.Field(nullable=True)
    cameo: str = pa.Field(str_matches=r"^[0-2][0-9]{2,3}$")
    frame: str = pa.Field(isin=FRAMES)
    needs: str = pa.Field(nullable=True, isin=NEEDS)
    status: str = pa.Field(nullable=True, isin=AGREEMENT_STATUSES)
    confidence: float = pa.Field(gt=0, le=1)


class CountrySchema(pa.DataFrameModel):
    iso3: str = pa.Field(str_matches=r"^[A-Z]{3}$", unique=True)
    name: str = pa.Field(unique=True)
    aliases: STR_LIST
    demonyms: STR_LIST
    capitals: STR_LIST
    metonyms: STR_LIST
    cities: STR_LIST
    surnames: STR_LIST


class OrganizationSchema(pa.DataFrameModel):
    name: str = pa.Field(unique=True)
    type: str = pa.Field(isin=["igo", "organization", "group"])
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    sector: str = pa.Field(isin=SECTORS)
    aliases: STR_LIST
    members: STR_LIST
    seat: str = pa.Field(nullable=True)  # a capital news uses for the body once it is named: "Brussels" for the EU
    serves: STR_LIST  # a peace operation's host states: "UN peacekeepers" in a story on one of them are this mission


class PersonSchema(pa.DataFrameModel):
    name: str = pa.Field(unique=True)
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    sector: str = pa.Field(isin=SECTORS)  # "other" for opposition figures: their acts on the state are not its own
    aliases: STR_LIST


class TitleSchema(pa.DataFrameModel):
    title: str = pa.Field(unique=True)
    variants: STR_LIST
    abbreviations: STR_LIST
    sector: str = pa.Field(isin=SECTORS)
    country: str = pa.Field(nullable=True, str_matches=r"^[A-Z]{3}$")


class GroupSchema(pa.DataFrameModel):
    name: str = pa.Field(unique=True)
    forms: STR_LIST
    sector: str = pa.Field(isin=SECTORS)
    stateless: bool  # a collective of many states ("donors"): no state unless the text gives one


def _frame(file: str, rows: list[dict[str, Any]], schema: type[pa.DataFrameModel],
           defaults: dict[str, Any]) -> pl.DataFrame:
    columns = list(schema.to_schema().columns)
    unknown = sorted({k for r in rows for k in r} - set(columns))
    if unknown:
        raise CodebookError(f"{file}: unknown keys {unknown}; allowed: {columns}")
    filled = [{c: (r.get(c) if r.get(c) is not None else defaults.get(c)) for c in columns} for r in rows]
    dtypes = {c: schema.to_schema().columns[c].dtype.type for c in columns}
    try:
        frame = pl.DataFrame(filled, schema=dtypes, orient="row")
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        raise CodebookError(f"{file}: {_describe_failures(err.failure_cases, filled)}") from None
    except (TypeError, pl.exceptions.PolarsError) as err:
        raise CodebookError(f"{file}: {err}") from None


def _describe_failures(cases: pl.DataFrame, rows: list[dict[str, Any]]) -> str:
    out = []
    for case in cases.head(5).iter_rows(named=True):
        index = case.get("index")
        entry = rows[index] if index is not None and index < len(rows) else None
        out.append(f"column {case['column']!r} fails {case['check']} with {case['failure_case']!r}"
                   + (f" in entry {entry}" if entry else ""))
    return "; ".join(out)


# ---------------------------------------------------------------------------------------------------
# The indexed codebook
# ---------------------------------------------------------------------------------------------------

ACTOR_TYPES = ("country", "igo", "organization", "group", "person")


@dataclass(frozen=True, slots=True)
class ActReferred:
    """What "condemned the arrest" names: an act of these event types (any, when empty) by these kinds of actor;
    a request for it ("demanded the release of") is made of the author of the latest act of `undoes` types."""
    types: frozenset[str]
    authors: frozenset[str]
    undoes: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Trigger:
    slots: tuple  # each slot: frozenset of lowercase token tuples, or GAP
    type: str
    mode: str | None
    cameo: str
    frame: str
    needs: str | None
    status: str | None
    confidence: float
    pattern: str
    nominal: bool  # the pattern starts with a noun phrase, not a verb
    second: frozenset[str] | None = None  # the words that may follow the first, when the pattern says (a quick test)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """What a surface form in the gazetteer names."""

    key: str  # stable identity: "country:IND", "org:United Nations", "person:Vladimir Putin"
    name: str
    actor_type: str  # country | igo | organization | group | person
    country: str | None
    sector: str | None
    form: str  # name | alias | demonym | capital | metonym | city
    members: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TitleEntry:
    title: str
    sector: str
    country: str | None
    is_role: bool = True  # False for relations such as "counterpart"


@dataclass
class Codebook:
    version: str
    digest: str
    triggers_by_first: dict[str, list[Trigger]]
    gazetteer: dict[tuple[str, ...], GazetteerEntry]
    gazetteer_max: int
    gazetteer_lengths: dict[str, tuple[int, ...]]  # first token -> the lengths of the forms it begins, longest first
    titles: dict[tuple[str, ...], TitleEntry]  # lowercase tokens, abbreviations as written
    title_max: int
    title_lengths: dict[str, tuple[int, ...]]
    lower_starters: frozenset[str]  # lower-case words that begin a title, group or gazetteer form
    modifiers: frozenset[str]
    portfolio_words: frozenset[str]  # lowercase
    body_heads: dict[str, str]  # head word as written -> sector
    of_heads: dict[str, str]  # head word that names a body only before "of" ("House of Commons") -> sector
    lower_bodies: dict[tuple[str, ...], str]  # "foreign ministry" -> sector: a body news names in lower case
    ship_prefixes: dict[str, GazetteerEntry]  # "INS" -> the Indian Navy: "INS Airavat" acts as its navy
    groups: dict[tuple[str, ...], tuple[str, str]]  # lowercase tokens -> (name, sector)
    group_max: int
    stateless_groups: frozenset[str]  # names of groups that take no state from the story
    state_forces: dict[tuple[str, tuple[str, ...]], GazetteerEntry]  # (ISO3, group form) -> the state's named body
    countries: dict[str, GazetteerEntry]
    members: dict[str, tuple[str, ...]]  # IGO key -> member ISO3 codes
    seats: dict[str, str]  # a capital as written -> the key of the body it stands for once that body is named
    seated_names: dict[str, tuple[GazetteerEntry, re.Pattern[str]]]  # that body's key -> its entry and any of its names
    missions: dict[str, GazetteerEntry]  # a host state's ISO3 -> the UN peace operation serving there
    agreement_heads: frozenset[str]
    agreement_generic: frozenset[str]
    agreement_rules: list[tuple[frozenset[str], str]]
    agreement_abbreviations: dict[str, str]
    agreement_modifiers: frozenset[str]
    standing_instruments: tuple[str, ...]  # law every state is party to, cited rather than agreed ("UNCLOS")
    status_cues: dict[str, list[tuple[str, ...]]]
    contexts: dict[str, list[tuple[str, ...]]]
    default_context: dict[str, str]
    acts_referred: dict[str, ActReferred]  # "arrest": the kind of act a reaction's object names
    quad_by_root: dict[str, int]
    place_taken: tuple[str, str, str] | None  # type, mode, CAMEO of a seizure of a place
    talks_before_signing: tuple[str, str | None, str] | None  # of talks told only as leading to a signing
    family_name_first: frozenset[str]
    place_country: dict[str, str] = field(default_factory=dict)  # capitals and other cities in lower case: where a dateline files from
    demonyms: dict[str, str] = field(default_factory=dict)  # ISO3 -> adjective ("Indian")
    surname_states: dict[str, str] = field(default_factory=dict)  # a family name common in one state -> its ISO3
    word_lists: dict[str, frozenset[str]] = field(default_factory=dict)  # word_lists.yaml: name -> lowercase words
    # a hash of the codebook files and the coding source when the codebook was loaded: what the coded store
    # and a release were made by, so that a change to either codes again even when no version was raised (worker
    # processes get it with the codebook, so a run keeps one store folder whatever changes on disk meanwhile)
    coder_digest: str = ""
    nlp: str = ""  # the spaCy pipeline that also finds person names (nlp.py), "" for the rules alone

    @property
    def extractor(self) -> str:
        from entente import __version__

        return f"entente-rules/{__version__}+codebook.{self.version}" + (f"+{self.nlp}" if self.nlp else "")

    def quad_class(self, cameo: str) -> int:
        return self.quad_by_root[cameo[:2]]


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader is ten times faster where built


def _read(name: str, directory: Path) -> Any:
    path = directory / name
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except FileNotFoundError:
        raise CodebookError(f"{name}: missing from {directory}") from None
    except yaml.YAMLError as err:
        raise CodebookError(f"{name}: not valid YAML: {err}") from None


def verb_forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """The base form, the regular inflections and the listed irregular ones. Over-generating is
    harmless: a form that is not a word never occurs in text."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma[-1] not in "aeiouwxy":  # ban -> banned; "visitted" is never seen, so no harm
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    forms |= set(irregular.get(lemma, []))
    return forms


def _token_tuple(text: str, lower: bool = True) -> tuple[str, ...]:
    return tuple((t.lower if lower else t.text) for t in tokenize(text))


def compile_pattern(pattern: str, irregular: dict[str, list[str]], lists: dict[str, list[str]]) -> tuple:
    slots: list = []
    for word in pattern.split():
        if word == "*":
            slots.append(GAP)
        elif word == "**":
            slots.append(LONG_GAP)
        elif word == YEAR:
            slots.append(YEAR)
        elif word.startswith("{") and word.endswith("}"):
            slots.append(frozenset(_token_tuple(f) for f in verb_forms(word[1:-1].lower(), irregular)))
        elif word.startswith("<") and word.endswith(">"):
            if word[1:-1] not in lists:
                raise CodebookError(f"triggers.yaml: pattern {pattern!r} names {word}, which word_lists.yaml lacks")
            slots.append(frozenset(_token_tuple(str(w)) for w in lists[word[1:-1]]))
        else:
            slots.append(frozenset([_token_tuple(word)]))
    if slots[0] in (GAP, LONG_GAP, YEAR) or slots[-1] in (GAP, LONG_GAP):
        raise CodebookError(f"triggers.yaml: pattern {pattern!r} may not start or end with *, nor start with #year")
    return tuple(slots)


def _lengths_by_first(index: dict[tuple[str, ...], Any]) -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = defaultdict(set)
    for key in index:
        lengths[key[0]].add(len(key))
    return {first: tuple(sorted(ns, reverse=True)) for first, ns in lengths.items()}


def _add_form(index: dict, file: str, form: str, entry: Any, lower: bool = False) -> None:
    key = _token_tuple(form, lower=lower)
    if not key:
        return
    old = index.get(key)
    if old is not None and old != entry and getattr(old, "key", old) != getattr(entry, "key", entry):
        raise CodebookError(f"{file}: the form {form!r} names both {getattr(old, 'name', old)!r} and "
                            f"{getattr(entry, 'name', entry)!r}")
    index[key] = entry


# the modules that make the coded store's rows: reading, coding, and the local rows (not the build, release,
# command line or Dagster wiring, whose changes need not code a corpus again)
CODING_SOURCES = ("agreements.py", "codebook.py", "coder.py", "dates.py", "events.py", "ingest.py", "mentions.py",
                  "nlp.py", "resolve.py", "store.py", "tokens.py")


def _source_digest() -> str:
    digest = hashlib.sha256()
    for name in CODING_SOURCES:
        digest.update(name.encode() + b"\0" + (Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()


def _data_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _coder_digest(data_digest: str) -> str:
    return hashlib.sha256(f"{data_digest}\0{_source_digest()}".encode()).hexdigest()


def load_codebook(directory: Path = CODEBOOK_DIR) -> Codebook:
    meta = _read("codebook.yaml", directory)
    irregular = {k: list(v) for k, v in (_read("verbs.yaml", directory) or {}).items()}
    lists = _read("word_lists.yaml", directory) or {}
    for name, words in lists.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise CodebookError(f"word_lists.yaml: {name!r} must be a list of words")

    triggers = _frame("triggers.yaml", _read("triggers.yaml", directory), TriggerSchema,
                      {"frame": "active", "confidence": 0.8})
    by_first: dict[str, list[Trigger]] = defaultdict(list)
    for row in triggers.iter_rows(named=True):
        slots = compile_pattern(row["pattern"], irregular, lists)
        single_first = len(slots) > 1 and all(len(alt) == 1 for alt in slots[0]) and isinstance(slots[1], frozenset)
        trig = Trigger(slots=slots, type=row["type"], mode=row["mode"], cameo=row["cameo"], frame=row["frame"],
                       needs=row["needs"], status=row["status"], confidence=row["confidence"],
                       pattern=row["pattern"], nominal=not row["pattern"].startswith("{"),
                       second=frozenset(alt[0] for alt in slots[1]) if single_first else None)
        for first in {alt[0] for alt in slots[0]}:
            by_first[first].append(trig)

    plover = _read("plover.yaml", directory)
    for trig_list in by_first.values():
        for trig in trig_list:
            if trig.mode and trig.mode not in plover["event_types"][trig.type]:
                raise CodebookError(f"triggers.yaml: mode {trig.mode!r} is not a PLOVER mode of {trig.type} "
                                    f"(pattern {trig.pattern!r}); modes: {plover['event_types'][trig.type]}")
            if trig.cameo[:2] not in plover["quad_by_cameo_root"]:
                raise CodebookError(f"triggers.yaml: CAMEO code {trig.cameo} of {trig.pattern!r} has no quad class")
    derived = {}
    for key in ("place_taken", "talks_before_signing"):
        code = plover.get(key)
        derived[key] = (code["type"], code["mode"], str(code["cameo"])) if code else None
        if code and (code["type"] not in plover["event_types"]
                     or code["mode"] is not None and code["mode"] not in plover["event_types"][code["type"]]
                     or str(code["cameo"])[:2] not in plover["quad_by_cameo_root"]):
            raise CodebookError(f"plover.yaml: {key} {code} names no PLOVER type or mode or no CAMEO root")

    gazetteer: dict[tuple[str, ...], GazetteerEntry] = {}
    countries: dict[str, GazetteerEntry] = {}
    place_country: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    surname_states: dict[str, str] = {}
    country_rows = _frame("countries.yaml", _read("countries.yaml", directory), CountrySchema,
                          {"aliases": [], "demonyms": [], "capitals": [], "metonyms": [], "cities": [], "surnames": []})
    for row in country_rows.iter_rows(named=True):
        base = dict(key=f"country:{row['iso3']}", name=row["name"], actor_type="country",
                    country=row["iso3"], sector="government")
        countries[row["iso3"]] = GazetteerEntry(form="name", **base)
        if row["demonyms"]:
            demonyms[row["iso3"]] = row["demonyms"][0]
        for form_kind, forms in (("name", [row["name"]]), ("alias", row["aliases"]), ("demonym", row["demonyms"]),
                                 ("capital", row["capitals"]), ("metonym", row["metonyms"]), ("city", row["cities"])):
            for form in forms:
                _add_form(gazetteer, "countries.yaml", form, GazetteerEntry(form=form_kind, **base))
                if form_kind == "capital":
                    place_country[form.lower()] = row["iso3"]
        place_country.update(dict.fromkeys((city.lower() for city in row["cities"]), row["iso3"]))
        for surname in row["surnames"]:
            if surname_states.setdefault(surname, row["iso3"]) != row["iso3"]:
                raise CodebookError(f"countries.yaml: surname {surname!r} is listed for two states")

    members: dict[str, tuple[str, ...]] = {}
    seats: dict[str, str] = {}
    seated_names: dict[str, tuple[GazetteerEntry, re.Pattern[str]]] = {}
    missions: dict[str, GazetteerEntry] = {}
    org_rows = _frame("organizations.yaml", _read("organizations.yaml", directory), OrganizationSchema,
                      {"aliases": [], "members": [], "sector": "government", "serves": []})
    for row in org_rows.iter_rows(named=True):
        key = f"org:{row['name']}"
        members[key] = tuple(row["members"])
        spellings = []
        for i, form in enumerate([row["name"], *row["aliases"]]):
            entry = GazetteerEntry(key=key, name=row["name"], actor_type=row["type"], country=row["country"],
                                   sector=row["sector"], form="name" if i == 0 else "alias",
                                   members=tuple(row["members"]))
            # wire copy spells every "UN ..." body "U.N. ..." too
            for spelling in {form, re.sub(r"^UN ", "U.N. ", form)}:
                _add_form(gazetteer, "organizations.yaml", spelling, entry)
                spellings.append(" ".join(_token_tuple(spelling, lower=False)))
            if i == 0:
                for state in row["serves"]:
                    if missions.setdefault(state, entry) is not entry:
                        raise CodebookError(f"organizations.yaml: two missions serve {state}")
        if row["seat"]:
            seats[row["seat"]] = key
            seated_names[key] = (gazetteer[_token_tuple(row["name"], lower=False)],
                                 re.compile(r"\b(?:" + "|".join(map(re.escape, spellings)) + r")\b"))

    person_rows = _frame("persons.yaml", _read("persons.yaml", directory), PersonSchema,
                         {"aliases": [], "sector": "government"})
    for row in person_rows.iter_rows(named=True):
        for i, form in enumerate([row["name"], *row["aliases"]]):
            _add_form(gazetteer, "persons.yaml", form,
                      GazetteerEntry(key=f"person:{row['name']}", name=row["name"], actor_type="person",
                                     country=row["country"], sector=row["sector"],
                                     form="name" if i == 0 else "alias"))

    for row in country_rows.iter_rows(named=True):  # "the Republic of Turkiye", "the State of Qatar"
        entry = GazetteerEntry(form="alias", key=f"country:{row['iso3']}", name=row["name"], actor_type="country",
                               country=row["iso3"], sector="government")
        for form in [row["name"], *row["aliases"]]:
            if not form.isupper():
                for style in lists.get("official_styles", []):
                    gazetteer.setdefault(_token_tuple(f"{style} of {form}", lower=False), entry)

    titles: dict[tuple[str, ...], TitleEntry] = {}
    title_rows = _frame("titles.yaml", _read("titles.yaml", directory), TitleSchema,
                        {"variants": [], "abbreviations": [], "sector": "government"})
    for row in title_rows.iter_rows(named=True):
        entry = TitleEntry(title=row["title"], sector=row["sector"], country=row["country"])
        for form in [row["title"], *row["variants"]]:
            titles.setdefault(_token_tuple(form), entry)
        for form in row["abbreviations"]:
            titles.setdefault(_token_tuple(form, lower=False), entry)
    title_words = _read("title_modifiers.yaml", directory) or {}
    modifiers = frozenset(m.lower() for m in title_words.get("modifiers", []))
    for word in title_words.get("relational", []):
        titles.setdefault(_token_tuple(word), TitleEntry(title=word, sector="government", country=None, is_role=False))
    body_heads, of_heads, lower_bodies = {}, {}, {}
    bodies = _read("bodies.yaml", directory) or {}
    for part, into in (("heads", body_heads), ("heads_before_of", of_heads), ("lower_case", lower_bodies)):
        for sector, names in bodies.get(part, {}).items():
            if sector not in SECTORS:
                raise CodebookError(f"bodies.yaml: unknown sector {sector!r}; allowed {SECTORS}")
            into.update(dict.fromkeys(map(_token_tuple, names) if part == "lower_case" else names, sector))
    ship_prefixes = {}
    for prefix, navy in (bodies.get("ship_prefixes") or {}).items():
        entry = gazetteer.get(_token_tuple(str(navy), lower=False))
        if entry is None or entry.actor_type != "organization":
            raise CodebookError(f"bodies.yaml: ship prefix {prefix!r} names {navy!r}, no organisation of organizations.yaml")
        ship_prefixes[str(prefix)] = entry

    groups: dict[tuple[str, ...], tuple[str, str]] = {}
    group_rows = _frame("groups.yaml", _read("groups.yaml", directory), GroupSchema, {"stateless": False})
    for row in group_rows.iter_rows(named=True):
        for form in row["forms"]:
            groups[_token_tuple(form)] = (row["name"], row["sector"])

    state_forces: dict[tuple[str, tuple[str, ...]], GazetteerEntry] = {}
    for entry in gazetteer.values():  # "Chinese coast guard": the China Coast Guard
        if entry.actor_type == "organization" and entry.country and entry.form == "name":
            words = _token_tuple(entry.name.lower())
            for n in range(1, len(words)):
                if words[-n:] in groups:
                    state_forces.setdefault((entry.country, words[-n:]), entry)

    agreements = _read("agreement_types.yaml", directory)
    rules = []
    for rule in agreements["rules"]:
        if rule["type"] not in AGREEMENT_TYPES:
            raise CodebookError(f"agreement_types.yaml: unknown type {rule['type']!r}; allowed {AGREEMENT_TYPES}")
        rules.append((frozenset(w.lower() for w in rule["words"]), rule["type"]))
    for status in agreements["status_cues"]:
        if status not in AGREEMENT_STATUSES:
            raise CodebookError(f"agreement_types.yaml: unknown status {status!r}")

    contexts = _read("contexts.yaml", directory)
    acts_referred: dict[str, ActReferred] = {}
    for row in _read("acts_referred.yaml", directory):
        types, undoes = set(row["types"]) | set(row.get("undoes", [])), frozenset(row.get("undoes", []))
        unknown = types - set(PLOVER_TYPES) | set(row.get("authors", [])) - set(ACTOR_TYPES)
        if unknown:
            raise CodebookError(f"acts_referred.yaml: unknown event or actor types {sorted(unknown)}")
        for word in row["words"]:
            acts_referred[str(word).lower()] = ActReferred(frozenset(row["types"]), frozenset(row.get("authors", [])),
                                                           undoes)
    data_digest = _data_digest(directory)
    return Codebook(
        version=str(meta["version"]),
        digest=data_digest,
        coder_digest=_coder_digest(data_digest),
        triggers_by_first=dict(by_first),
        gazetteer=gazetteer,
        gazetteer_max=max(len(k) for k in gazetteer),
        gazetteer_lengths=_lengths_by_first(gazetteer),
        titles=titles,
        title_max=max(len(k) for k in titles),
        title_lengths=_lengths_by_first(titles),
        lower_starters=frozenset({k[0] for k in [*gazetteer, *titles, *groups, *lower_bodies] if k[0].islower()}),
        modifiers=modifiers,
        portfolio_words=frozenset(w.lower() for w in title_words.get("portfolio_words", [])),
        body_heads=body_heads,
        of_heads=of_heads,
        lower_bodies=lower_bodies,
        ship_prefixes=ship_prefixes,
        groups=groups,
        stateless_groups=frozenset(group_rows.filter(pl.col("stateless"))["name"]),
        group_max=max(len(k) for k in groups),
        state_forces=state_forces,
        countries=countries,
        members=members,
        seats=seats,
        seated_names=seated_names,
        missions=missions,
        agreement_heads=frozenset(w.lower() for w in agreements["heads"]),
        agreement_generic=frozenset(w.lower() for w in agreements["generic_words"]),
        agreement_rules=rules,
        agreement_abbreviations={str(k).lower(): str(v).lower() for k, v in (agreements.get("abbreviations") or {}).items()},
        agreement_modifiers=frozenset(w.lower() for w in agreements["modifiers"]),
        standing_instruments=tuple(str(w).lower() for w in agreements.get("standing") or ()),
        status_cues={s: [_token_tuple(c) for c in cues] for s, cues in agreements["status_cues"].items()},
        contexts={c: [_token_tuple(w) for w in words] for c, words in contexts["contexts"].items()},
        default_context=dict(contexts.get("default_by_type", {})),
        acts_referred=acts_referred,
        quad_by_root={str(k): int(v) for k, v in plover["quad_by_cameo_root"].items()},
        place_taken=derived["place_taken"],
        talks_before_signing=derived["talks_before_signing"],
        family_name_first=frozenset(meta.get("family_name_first", [])),
        place_country=place_country,
        word_lists={name: frozenset(w.lower() for w in words) for name, words in lists.items()},
        surname_states=surname_states,
        demonyms=demonyms,
    )


@cache
def default_codebook() -> Codebook:
    """The codebook of CODEBOOK_DIR, with the spaCy pipeline of ENTENTE_NLP=spacy (nlp.py) when it is set:
    the pipeline's name then joins the extractor and the coder digest, so its codings have a store of their own."""
    codebook = _rules_codebook()
    return with_spacy(codebook) if nlp_setting() else codebook


def with_spacy(codebook: Codebook) -> Codebook:
    """The codebook whose coder also takes person names from the installed spaCy pipeline."""
    name = model_name()
    return replace(codebook, nlp=name, coder_digest=hashlib.sha256(f"{codebook.coder_digest}\0{name}".encode()).hexdigest())


def _rules_codebook() -> Codebook:
    """The codebook of CODEBOOK_DIR. Loading and checking its files takes half a second in every process
    that codes, so a copy is kept in the cache folder (ENTENTE_CACHE, else ~/.cache/entente), named by the
    digest of the codebook's files and the coding modules: any change to either makes a new copy."""
    folder = Path(os.environ.get("ENTENTE_CACHE") or Path.home() / ".cache" / "entente")
    copy = folder / f"codebook-{_coder_digest(_data_digest(CODEBOOK_DIR))[:20]}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    try:
        codebook = pickle.loads(copy.read_bytes())
        if isinstance(codebook, Codebook):
            return codebook
    except Exception:  # noqa: BLE001 - a missing, partial or stale copy is made again
        pass
    codebook = load_codebook(CODEBOOK_DIR)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = copy.with_name(f".{copy.name}.{os.getpid()}")
        staging.write_bytes(pickle.dumps(codebook, protocol=pickle.HIGHEST_PROTOCOL))
        staging.replace(copy)
    except OSError:
        pass  # a read-only home: load every time
    return codebook

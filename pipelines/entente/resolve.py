"""Turn per-article codings into the release tables: one actor per real-world actor across articles,
one agreement per agreement, and IDs derived from content only.

Two steps, so that a coded article never has to be coded again: `local_frames` turns codings into
article-local rows (entities still numbered within their article), which the coded store keeps;
`resolve_tables` joins the local rows of every article into the release tables with Polars.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

import polars as pl

from entente.coder import ArticleCoding
from entente.mentions import PAIR
from entente.schemas.tables import UTC_US

S, I32, DATE = pl.Utf8, pl.Int32, pl.Date
LOCAL_SCHEMAS: dict[str, dict[str, pl.DataType]] = {
    "articles": {"article_id": S, "source_uri": S, "publisher": S, "title": S, "published_date": DATE,
                 "language": S, "n_sentences": I32, "body_sha256": S},
    "entities": {"article_id": S, "entity": I32, "key": S, "name": S, "actor_type": S, "country": S, "role": S,
                 "sector": S, "aliases": pl.List(S), "n_mentions": I32, "referenced": pl.Boolean,
                 "published_date": DATE},
    "mentions": {"article_id": S, "entity": I32, "sentence_index": I32, "char_start": I32, "char_end": I32,
                 "text": S},
    "events": {"event_id": S, "article_id": S, "sentence_index": I32, "char_start": I32, "char_end": I32, "evidence": S,
               "event_date": DATE, "event_date_precision": S, "event_type": S, "event_mode": S,
               "contexts": pl.List(S), "cameo_code": S, "quad_class": pl.Int8, "source": I32, "target": I32,
               "location": S, "location_country": S, "agreement": I32, "confidence": pl.Float32, "trigger": S},
    "agreements": {"article_id": S, "agreement": I32, "key": S, "name": S, "agreement_type": S, "status": S,
                   "status_date": DATE, "status_date_precision": S, "parties": pl.List(I32),
                   "signatories": pl.List(I32), "location": S, "evidence": S, "published_date": DATE},
}


def content_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}_{digest[:16]}"


def _surname(keys: pl.Series) -> pl.Series:
    """The surname of each person key ("person?IND?s?jaishankar"), null for other keys."""
    person = keys.str.starts_with("person?")
    return pl.select(pl.when(person).then(keys.str.splitn("?", 4).struct.field("field_3"))).to_series()


def canonical_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map each entity key to the key of the actor it is: a person known by surname only in one article
    is the one person of that surname (and state) named fully elsewhere; a person named with an initial
    but no state is the one other person of that initial and surname."""
    frame = pl.DataFrame({"key": sorted(set(keys))}, schema={"key": S})
    persons = (frame.filter(pl.col("key").str.starts_with("person?"))  # person?<state>?<initial>?<surname>
               .with_columns(pl.col("key").str.splitn("?", 4)
                             .struct.rename_fields(["_", "country", "initial", "surname"]).alias("part"))
               .unnest("part").drop("_"))
    full, bare = persons.filter(pl.col("initial") != ""), persons.filter(pl.col("initial") == "")

    def sole(on: list[str]) -> pl.DataFrame:
        return (full.group_by(on).agg(pl.col("key").alias("target"))
                .filter(pl.col("target").list.len() == 1).with_columns(pl.col("target").list.first()))

    others = full.group_by("surname", "initial").agg(pl.col("key").alias("same")).filter(pl.col("same").list.len() == 2)
    targets = pl.concat([
        bare.filter(pl.col("country") != "").join(sole(["country", "surname"]), on=["country", "surname"]),
        bare.filter(pl.col("country") == "").join(sole(["surname"]), on="surname"),
        full.filter(pl.col("country") == "").join(others, on=["surname", "initial"])
        .with_columns(target=pl.col("same").list.set_difference(pl.concat_list("key")).list.first()),
    ], how="diagonal").select("key", "target")
    result = frame.join(targets, on="key", how="left").select("key", pl.coalesce("target", "key"))
    return dict(zip(result["key"].to_list(), result["target"].to_list(), strict=True))


ONE_SIDED = frozenset(["MOBILIZE", "RETREAT", "PROTEST"])  # PLOVER types whose act may fall on no one


SPOKEN_TO_RE = re.compile(r"\b(?:told|to)\s+(?:the\s+)?$")  # "an official told Reuters"


def local_rows(coding: ArticleCoding) -> dict[str, list[dict]]:
    """One article's coding as rows that name actors by their article-local entity number. An interaction is
    published only with a target: one on no one the text names ("said it would respond") tells a user too little,
    and almost none of them is an event in the gold files. A show of force, a withdrawal or a protest may have none
    ("North Korea test-fired a missile")."""
    art = coding.article
    counts: dict[int, int] = defaultdict(int)
    for m in coding.mentions:
        if m.entity != PAIR and m.named:
            counts[m.entity] += 1
    events = [e for e in coding.events if e.target is not None or e.event_type in ONE_SIDED]
    referenced = {x for e in events for x in (e.source, e.target) if x is not None}
    referenced |= {x for a in coding.agreements for x in (*a.parties, *a.signatories)}
    # an unnamed collective ("Chinese vessels") is an actor only where it takes part in an event, and so is a news
    # agency that is only spoken to ("told Reuters"); "KCNA said" speaks for its state
    speaking = {m.entity for m in coding.mentions if m.entity != PAIR and m.named and not (
        coding.entities[m.entity].sector == "media" and SPOKEN_TO_RE.search(art.body[max(0, m.start - 12):m.start]))}
    kept = {e.index for e in coding.entities
            if e.index in referenced or (e.index in speaking and e.actor_type != "group")}
    return {
        "articles": [{"article_id": art.article_id, "source_uri": art.source_uri, "publisher": art.publisher,
                      "title": art.title, "published_date": art.published_date, "language": art.language,
                      "n_sentences": coding.n_sentences, "body_sha256": art.body_sha256}],
        "entities": [{"article_id": art.article_id, "entity": e.index, "key": e.key, "name": e.name,
                      "actor_type": e.actor_type, "country": e.country, "role": e.role, "sector": e.sector,
                      "aliases": sorted(a for a in e.aliases if a), "n_mentions": counts.get(e.index, 0),
                      "referenced": e.index in referenced, "published_date": art.published_date}
                     for e in coding.entities if e.index in kept],
        "mentions": [{"article_id": art.article_id, "entity": m.entity, "sentence_index": m.sentence,
                      "char_start": m.start, "char_end": m.end, "text": m.text}
                     for m in coding.mentions if m.entity in kept and m.named],
        "events": [{"event_id": _event_id(coding, e), "article_id": art.article_id, "sentence_index": e.sentence,
                    "char_start": e.char_start,
                    "char_end": e.char_end, "evidence": e.evidence, "event_date": e.event_date,
                    "event_date_precision": e.precision, "event_type": e.event_type, "event_mode": e.mode,
                    "contexts": e.contexts, "cameo_code": e.cameo, "quad_class": e.quad_class, "source": e.source,
                    "target": e.target, "location": e.location, "location_country": e.location_country,
                    "agreement": e.agreement, "confidence": e.confidence, "trigger": e.trigger}
                   for e in events],
        "agreements": [{"article_id": art.article_id, "agreement": k, "key": a.key, "name": a.name,
                        "agreement_type": a.agreement_type, "status": a.status, "status_date": a.status_date,
                        "status_date_precision": a.status_precision, "parties": a.parties,
                        "signatories": a.signatories, "location": a.location, "evidence": a.evidence,
                        "published_date": art.published_date}
                       for k, a in enumerate(coding.agreements)],
    }


def _event_id(coding: ArticleCoding, event) -> str:
    """Content only: the article, the sentence, the coded fields, and the actors and agreement by the keys
    that identify them (stable as more articles arrive, unlike the resolved IDs)."""
    def key(index: int | None) -> str | None:
        return coding.entities[index].key if index is not None else None

    agreement = coding.agreements[event.agreement].key if event.agreement is not None else None
    return content_id("evt", coding.article.article_id, event.sentence, event.event_type, event.mode,
                      key(event.source), key(event.target), event.event_date, event.trigger, agreement)


def local_frames(codings: Iterable[ArticleCoding]) -> dict[str, pl.DataFrame]:
    rows: dict[str, list[dict]] = {name: [] for name in LOCAL_SCHEMAS}
    for coding in codings:
        for name, part in local_rows(coding).items():
            rows[name].extend(part)
    return {name: pl.DataFrame(rows[name], schema=schema, orient="row") for name, schema in LOCAL_SCHEMAS.items()}


def _ids(prefix: str, values: pl.Series) -> pl.DataFrame:
    unique = values.unique().drop_nulls().sort().to_list()
    return pl.DataFrame({values.name: unique, "id": [content_id(prefix, v) for v in unique]},
                        schema={values.name: S, "id": S})


def _most_common(frame: pl.LazyFrame, column: str) -> pl.LazyFrame:
    """actor_id -> the most frequent non-null value of a column (ties: the first in sort order)."""
    return (frame.select("actor_id", column).filter(pl.col(column).is_not_null()).group_by("actor_id", column).len()
            .sort(["actor_id", "len", column], descending=[False, True, False])
            .group_by("actor_id", maintain_order=True).first().select("actor_id", column))


def _actor_rows(entities: pl.LazyFrame) -> pl.DataFrame:
    """One row per actor_id of `entities` (local entity rows, each with its actor_id): an actor's row
    depends on its own entity rows only."""
    names = (entities.select("actor_id", "name").unique()
             .with_columns(words=pl.col("name").str.split(" ").list.len(), chars=pl.col("name").str.len_chars())
             .sort(["actor_id", "words", "chars", "name"], descending=[False, True, True, True])
             .group_by("actor_id", maintain_order=True).agg(pl.col("name").first()))
    aliases = (pl.concat([entities.select("actor_id", alias=pl.col("aliases")).explode("alias"),
                          entities.select("actor_id", alias=pl.col("name"))])
               .drop_nulls().unique().group_by("actor_id").agg(pl.col("alias").sort().alias("aliases")))
    seen_in = entities.group_by("actor_id").agg(pl.col("published_date").min().alias("first_seen"),
                                                pl.col("published_date").max().alias("last_seen"),
                                                pl.col("n_mentions").sum().cast(I32))
    roles = (entities.filter(pl.col("role").is_not_null()).select("actor_id", "role", "published_date", "article_id")
             .sort([pl.col("published_date").fill_null(dt.date.min), "article_id", "role"])
             .group_by("actor_id", maintain_order=True).last().select("actor_id", "role"))
    actors = (names.join(aliases, on="actor_id").join(seen_in, on="actor_id")
              .join(_most_common(entities, "actor_type"), on="actor_id", how="left")
              .join(_most_common(entities, "country"), on="actor_id", how="left")
              .join(roles, on="actor_id", how="left")
              .join(_most_common(entities, "sector"), on="actor_id", how="left"))
    return _conform(actors, "actors")


def resolve_tables(local: dict[str, pl.DataFrame | pl.LazyFrame], seen: pl.DataFrame, extractor: str,
                   now: dt.datetime, canon: dict[str, str] | None = None,
                   actors_kept: tuple[pl.LazyFrame, pl.Series] | None = None) -> dict[str, pl.DataFrame]:
    """The articles, events, actors, agreements and mentions tables from every article's local rows.
    `seen` (article_id, ingested_at) says when each article was first ingested; others get `now`.
    `canon` is canonical_keys of every entity key, when the caller has it already. With `actors_kept`
    (an actors table and some actor IDs) only the actors of those IDs are aggregated again; the others'
    rows are taken from that table."""
    # Tables may come lazy (scanned from the coded store): each is read when its output is made, so
    # that memory holds the output tables and one stage's inputs, not every input at once.
    local = {name: frame.lazy() for name, frame in local.items()}
    canon = canon or canonical_keys(local["entities"].select("key").unique().collect()["key"].to_list())
    keys = pl.LazyFrame({"key": list(canon), "actor_id": [content_id("act", v) for v in canon.values()]},
                        schema={"key": S, "actor_id": S})
    lazy = local.pop("entities").join(keys, on="key", how="left").drop("key")
    ref = lazy.select("article_id", "entity", "actor_id").collect()
    ref_keys = ref.select(_hex("article_id"), "entity", "actor_id", _hex("actor_id"))
    if actors_kept is None:
        actors = _actor_rows(lazy)
    else:
        kept, again = actors_kept[0], pl.col("actor_id").is_in(actors_kept[1].implode())
        actors = pl.concat([kept.filter(~again).collect(), _actor_rows(lazy.filter(again))])
    del lazy

    agreements = local.pop("agreements").collect()
    agreement_ids = _ids("agr", agreements["key"]).rename({"id": "agreement_id"})
    agreements = agreements.join(agreement_ids, on="key", how="left")
    agreement_of = agreements.select("article_id", "agreement", "agreement_id")

    def to_actors(frame: pl.DataFrame, column: str) -> pl.DataFrame:
        """A list of local entity numbers as the sorted actor IDs of the whole agreement."""
        return (frame.select("agreement_id", _hex("article_id"), pl.col(column).alias("entity")).explode("entity")
                .join(ref_keys, on=["_article_id", "entity"], how="inner")
                .group_by("agreement_id").agg(pl.col("actor_id").unique().sort().alias(column)))

    ordered = agreements.with_row_index("_order").sort(["article_id", "agreement"])
    first = ordered.group_by("agreement_id", maintain_order=True).first().select(
        "agreement_id", "agreement_type", "location")
    named = (ordered.sort([pl.col("published_date").fill_null(dt.date.max), "article_id", "agreement"])
             .group_by("agreement_id", maintain_order=True).first()
             .select("agreement_id", "name", "evidence", pl.col("article_id").alias("first_article_id")))
    status = (ordered.sort([pl.col("status_date").fill_null(dt.date.min), "article_id", "agreement"],
                           descending=[True, False, False])
              .group_by("agreement_id", maintain_order=True).first()
              .select("agreement_id", "status", "status_date", "status_date_precision"))
    agreement_table = (first.join(named, on="agreement_id").join(status, on="agreement_id")
                       .join(to_actors(agreements, "parties"), on="agreement_id", how="left")
                       .join(to_actors(agreements, "signatories"), on="agreement_id", how="left")
                       .with_columns(pl.col("parties").fill_null([]), pl.col("signatories").fill_null([])))

    # Events and mentions are the long tables: their IDs are joined and their order found on the key
    # columns alone, as numbers, and the wide rows are gathered once, in that order.
    ref_keys = ref_keys.lazy()
    events = _gathered(local.pop("events"), lambda keys: (
        keys.join(ref_keys.select("_article_id", source="entity", source_actor_id="actor_id"),
                  on=["_article_id", "source"], how="left")
        .join(ref_keys.select("_article_id", target="entity", target_actor_id="actor_id"),
              on=["_article_id", "target"], how="left")
        .join(agreement_of.lazy().select(_hex("article_id"), "agreement", "agreement_id"),
              on=["_article_id", "agreement"], how="left")
        .sort("_event_id").select("_row", "source_actor_id", "target_actor_id", "agreement_id")),
        [_hex("article_id"), "source", "target", "agreement", _hex("event_id")])
    events = _conform(events.with_columns(negated=pl.lit(False), extractor=pl.lit(extractor)), "events")
    mentions = _gathered(local.pop("mentions"), lambda keys: (
        keys.join(ref_keys, on=["_article_id", "entity"], how="inner")
        .sort(["_article_id", "char_start", "char_end", "_actor_id"]).select("_row", "actor_id")),
        [_hex("article_id"), "entity", "char_start", "char_end"])
    mentions = _conform(mentions, "mentions")
    articles = (local.pop("articles").join(seen.lazy(), on="article_id", how="left")
                .with_columns(pl.col("ingested_at").fill_null(pl.lit(now).cast(UTC_US))))
    return {
        "articles": _conform(articles, "articles", "article_id"),
        "events": events,
        "actors": actors.sort("actor_id"),
        "agreements": _conform(agreement_table, "agreements", "agreement_id"),
        "mentions": mentions,
    }


def resolve_onto(previous: dict[str, pl.LazyFrame], local: dict[str, pl.DataFrame | pl.LazyFrame],
                 seen: pl.DataFrame, extractor: str, now: dt.datetime,
                 rows: Callable[[str, pl.DataFrame], pl.LazyFrame] | None = None) -> dict[str, pl.DataFrame] | None:
    """The tables `resolve_tables` makes, with the events and mentions of unchanged articles taken from
    `previous` (the tables of a release made by the same code from a subset of these articles) instead of
    resolved again: an article is resolved again when it is new, or when one of its entity keys now
    names another actor (a new article made a surname-only person resolvable, or ambiguous). The long
    tables are then merged, not sorted. None when an article of `previous` is gone: resolve everything.
    `rows(table, articles)` reads the local rows of some articles only (default: filter `local`)."""
    before = previous["articles"].select("article_id").collect()
    articles = local["articles"].lazy().select("article_id").collect()
    if before.join(articles, on="article_id", how="anti").height:
        return None
    entities = local["entities"].lazy().select("article_id", "key").collect()
    keys = entities["key"].unique()
    new = canonical_keys(keys.to_list())
    old_keys = entities.join(before, on="article_id", how="semi")["key"].unique()
    added = keys.filter(~keys.is_in(old_keys.implode()))
    touched = _surname(added).drop_nulls()  # only these surnames can name another actor now
    old = canonical_keys(old_keys.filter(_surname(old_keys).is_in(touched.implode())).to_list())
    moved = [key for key, actor in old.items() if new[key] != actor]
    redo = pl.concat([articles.join(before, on="article_id", how="anti"),
                      entities.filter(pl.col("key").is_in(moved)).select("article_id")]).unique()
    rows = rows or (lambda name, some: local[name].lazy().join(some.lazy(), on="article_id", how="semi"))
    only = {name: rows(name, redo) for name in ("events", "mentions")}
    changed = pl.Series([content_id("act", new[key]) for key in
                         entities.join(redo, on="article_id", how="semi")["key"].unique().to_list()]
                        + [content_id("act", old[key]) for key in moved], dtype=S)  # actors that gain or lose rows
    tables = resolve_tables({**local, **only}, seen, extractor, now, canon=new, actors_kept=(previous["actors"], changed))
    for name, key in (("events", "event_id"), ("mentions", "article_id")):
        kept = previous[name].filter(~pl.col("article_id").is_in(redo["article_id"].implode())).collect()
        tables[name] = _merged(kept, tables[name], key)
    return tables


def _merged(kept: pl.DataFrame, new: pl.DataFrame, key: str) -> pl.DataFrame:
    """Two frames sorted on `key`, no key in both, as one sorted frame: cut at the keys' places and put
    together again, faster than merging them row by row."""
    cuts = kept[key].search_sorted(new[key], side="left").to_list()
    pieces, start, i = [], 0, 0
    while i < len(cuts):
        j = i
        while j < len(cuts) and cuts[j] == cuts[i]:
            j += 1
        pieces += [kept.slice(start, cuts[i] - start), new.slice(i, j - i)]
        start, i = cuts[i], j
    pieces.append(kept.slice(start))
    return pl.concat(pieces, rechunk=True)


def build_tables(codings: list[ArticleCoding], ingested_at: dict[str, dt.datetime], extractor: str,
                 now: dt.datetime) -> dict[str, pl.DataFrame]:
    """The release tables (but quarantine) straight from codings in memory."""
    seen = pl.DataFrame({"article_id": list(ingested_at), "ingested_at": list(ingested_at.values())},
                        schema={"article_id": S, "ingested_at": UTC_US})
    return resolve_tables(local_frames(codings), seen, extractor, now)


def table_schema(table: str) -> dict[str, pl.DataType]:
    from entente.schemas.tables import TABLES

    return {name: col.dtype.type for name, col in TABLES[table].to_schema().columns.items()}


def _conform(frame: pl.DataFrame | pl.LazyFrame, table: str, sort_by=None) -> pl.DataFrame:
    schema = table_schema(table)
    frame = frame.lazy().select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
    return (frame.sort(sort_by) if sort_by is not None else frame).collect(engine="streaming")


def _hex(column: str) -> pl.Expr:
    """An ID (a prefix of four characters, then 16 hex digits, as the contract fixes them) as the number it
    spells, named `_<column>`: it sorts as the text does and joins at a fraction of the cost."""
    return pl.col(column).str.slice(4).str.to_integer(base=16, dtype=pl.UInt64).alias(f"_{column}")


def _gathered(rows: pl.LazyFrame, order: Callable[[pl.LazyFrame], pl.LazyFrame],
              keys: list[str | pl.Expr]) -> pl.DataFrame:
    """`rows` in the order `order` finds from their `keys` columns (with a row number), with the columns
    it adds: the wide columns are copied once, not by every join and sort."""
    rows = rows.collect().with_row_index("_row")
    found = order(rows.lazy().select("_row", *keys)).collect()
    return rows.drop("_row")[found["_row"]].hstack(found.drop("_row"))


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=table_schema("quarantine"), orient="row").sort(["source_uri", "reason"])


__all__ = ["LOCAL_SCHEMAS", "UTC_US", "build_tables", "canonical_keys", "content_id", "local_frames",
           "quarantine_frame", "resolve_onto", "resolve_tables"]

"""Turn per-article codings into the release tables: one actor per real-world actor across articles,
one agreement per agreement, and IDs derived from content only."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable

import polars as pl

from entente.coder import ArticleCoding
from entente.mentions import PAIR, Entity
from entente.schemas.tables import UTC_US

STATUS_ORDER = ["proposed", "negotiating", "concluded", "signed", "ratified", "in_force", "suspended", "withdrawn"]


def content_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode()).hexdigest()
    return f"{prefix}_{digest[:16]}"


def _person_parts(key: str) -> tuple[str, str, str] | None:
    """"person?IND?s?jaishankar" -> (country, initial, surname)."""
    if not key.startswith("person?"):
        return None
    _, country, initial, surname = key.split("?", 3)
    return country, initial, surname


def canonical_keys(keys: Iterable[str]) -> dict[str, str]:
    """Map each entity key to the key of the actor it is: a person known by surname only in one article
    is the one person of that surname (and state) named fully elsewhere."""
    keys = sorted(set(keys))
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        parts = _person_parts(key)
        if parts and parts[1]:
            full[(parts[0], parts[2])].append(key)
            by_surname[parts[2]].append(key)
    mapping = {}
    for key in keys:
        parts = _person_parts(key)
        target = key
        if parts:
            country, initial, surname = parts
            if not initial:
                candidates = full.get((country, surname)) if country else by_surname.get(surname)
                if candidates and len(candidates) == 1:
                    target = candidates[0]
            elif not country:
                candidates = [k for k in by_surname[surname] if k != key and _person_parts(k)[1] == initial]
                if len(candidates) == 1:
                    target = candidates[0]
        mapping[key] = target
    return mapping


def build_tables(codings: list[ArticleCoding], ingested_at: dict[str, dt.datetime], extractor: str,
                 now: dt.datetime) -> dict[str, pl.DataFrame]:
    """The articles, events, actors, agreements and mentions tables (quarantine is made by ingest)."""
    all_keys = [e.key for c in codings for e in c.entities]
    canon = canonical_keys(all_keys)

    def actor_id(ent: Entity) -> str:
        return content_id("act", canon[ent.key])

    article_rows, event_rows, mention_rows = [], [], []
    actor_info: dict[str, dict] = {}
    agreements: dict[str, dict] = {}

    def touch(ent: Entity, published: dt.date | None, article_id: str, mentions: int = 0) -> str:
        aid = actor_id(ent)
        info = actor_info.setdefault(aid, {"names": set(), "types": defaultdict(int), "countries": defaultdict(int),
                                           "roles": [], "sectors": defaultdict(int), "aliases": set(),
                                           "dates": [], "n": 0})
        info["names"].add(ent.name)
        info["types"][ent.actor_type] += 1
        if ent.country:
            info["countries"][ent.country] += 1
        if ent.role:
            info["roles"].append((published or dt.date.min, article_id, ent.role))
        if ent.sector:
            info["sectors"][ent.sector] += 1
        info["aliases"] |= {a for a in ent.aliases if a and a != ent.name} | {ent.name}
        if published:
            info["dates"].append(published)
        info["n"] += mentions
        return aid

    # articles are visited in a fixed order so that ties below break the same way on every run
    for coding in sorted(codings, key=lambda c: c.article.article_id):
        art = coding.article
        article_rows.append({
            "article_id": art.article_id, "source_uri": art.source_uri, "publisher": art.publisher,
            "title": art.title, "published_date": art.published_date, "language": art.language,
            "n_sentences": coding.n_sentences, "body_sha256": art.body_sha256,
            "ingested_at": ingested_at.get(art.article_id, now),
        })
        counts: dict[int, int] = defaultdict(int)
        for m in coding.mentions:
            if m.entity != PAIR and m.named:
                counts[m.entity] += 1
        ids = {ent.index: touch(ent, art.published_date, art.article_id, counts.get(ent.index, 0))
               for ent in coding.entities if counts.get(ent.index) or _referenced(coding, ent.index)}
        for m in coding.mentions:
            if m.entity != PAIR and m.named:
                mention_rows.append({"article_id": art.article_id, "actor_id": ids[m.entity],
                                     "sentence_index": m.sentence, "char_start": m.start, "char_end": m.end,
                                     "text": m.text})
        agreement_ids = []
        for ag in coding.agreements:
            agr_id = content_id("agr", ag.key)
            agreement_ids.append(agr_id)
            row = agreements.get(agr_id)
            evidence_date = ag.status_date or dt.date.min
            candidate = {
                "agreement_id": agr_id, "name": ag.name, "agreement_type": ag.agreement_type, "status": ag.status,
                "status_date": ag.status_date, "status_date_precision": ag.status_precision,
                "parties": [ids[p] for p in ag.parties], "signatories": [ids[s] for s in ag.signatories],
                "location": ag.location, "first_article_id": art.article_id, "evidence": ag.evidence,
                "_first": (art.published_date or dt.date.max, art.article_id), "_status_at": evidence_date,
            }
            if row is None:
                agreements[agr_id] = candidate
                continue
            row["parties"] = sorted(set(row["parties"]) | set(candidate["parties"]))
            row["signatories"] = sorted(set(row["signatories"]) | set(candidate["signatories"]))
            if candidate["_status_at"] > row["_status_at"]:  # the latest dated evidence sets the status
                for k in ("status", "status_date", "status_date_precision", "_status_at"):
                    row[k] = candidate[k]
            if candidate["_first"] < row["_first"]:
                for k in ("first_article_id", "evidence", "_first", "name"):
                    row[k] = candidate[k]
        for ev in coding.events:
            src = ids.get(ev.source) if ev.source is not None else None
            tgt = ids.get(ev.target) if ev.target is not None else None
            agr = agreement_ids[ev.agreement] if ev.agreement is not None else None
            event_rows.append({
                "event_id": content_id("evt", art.article_id, ev.sentence, ev.event_type, ev.mode, src, tgt,
                                       ev.event_date, ev.trigger, agr),
                "article_id": art.article_id, "sentence_index": ev.sentence,
                "char_start": ev.char_start, "char_end": ev.char_end, "evidence": ev.evidence,
                "event_date": ev.event_date, "event_date_precision": ev.precision,
                "event_type": ev.event_type, "event_mode": ev.mode, "contexts": ev.contexts,
                "cameo_code": ev.cameo, "quad_class": ev.quad_class,
                "source_actor_id": src, "target_actor_id": tgt,
                "location": ev.location, "location_country": ev.location_country,
                "agreement_id": agr, "negated": False, "confidence": ev.confidence, "extractor": extractor,
            })

    actor_rows = []
    for aid, info in actor_info.items():
        roles = sorted(info["roles"])
        actor_rows.append({
            "actor_id": aid,
            "name": max(info["names"], key=lambda n: (len(n.split()), len(n), n)),
            "actor_type": _most_common(info["types"]),
            "country": _most_common(info["countries"]) if info["countries"] else None,
            "role": roles[-1][2] if roles else None,
            "sector": _most_common(info["sectors"]) if info["sectors"] else None,
            "aliases": sorted(info["aliases"]),
            "first_seen": min(info["dates"]) if info["dates"] else None,
            "last_seen": max(info["dates"]) if info["dates"] else None,
            "n_mentions": info["n"],
        })
    agreement_rows = [{k: v for k, v in row.items() if not k.startswith("_")} for row in agreements.values()]
    return {
        "articles": _frame(article_rows, "articles", "article_id"),
        "events": _frame(event_rows, "events", "event_id"),
        "actors": _frame(actor_rows, "actors", "actor_id"),
        "agreements": _frame(agreement_rows, "agreements", "agreement_id"),
        "mentions": _frame(mention_rows, "mentions", ["article_id", "char_start", "char_end", "actor_id"]),
    }


def _referenced(coding: ArticleCoding, index: int) -> bool:
    return any(index in (e.source, e.target) for e in coding.events) or any(
        index in a.parties or index in a.signatories for a in coding.agreements)


def _most_common(counts: dict[str, int]) -> str:
    return max(sorted(counts), key=lambda k: counts[k])


def table_schema(table: str) -> dict[str, pl.DataType]:
    from entente.schemas.tables import TABLES

    return {name: col.dtype.type for name, col in TABLES[table].to_schema().columns.items()}


def _frame(rows: list[dict], table: str, sort_by) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=table_schema(table), orient="row").sort(sort_by)


def quarantine_frame(rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=table_schema("quarantine"), orient="row").sort(["source_uri", "reason"])


__all__ = ["UTC_US", "build_tables", "canonical_keys", "content_id", "quarantine_frame"]

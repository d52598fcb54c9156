"""Score release tables against gold files (format: docs/gold-format.md).

The matching rules are those of the project's reference scorer, so the figures agree with it: names
match by any alias, a person also by surname within the same country, a gold country accepts any actor
of that country in an event slot, an event needs its type, date and source/target, and agreements match
by name (at least half of the meaningful words shared). On top of those figures this module breaks the
events down by PLOVER type and lists every miss and extra, which is what one needs to improve a coder.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
import yaml

STOP = {"the", "of", "on", "and", "with", "between", "for", "a", "an", "to", "in"}
TABLES = ("articles", "events", "actors", "agreements", "mentions")


def norm(text: object) -> str:
    tokens = re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()).split()
    return " ".join(t for t in tokens if len(t) > 1)


def date_ok(pred: object, gold: object) -> bool:
    return gold is None or (pred is not None and str(pred).startswith(str(gold)))


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def as_dict(self) -> dict:
        p, r, f = self.prf()
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _names(row: dict) -> set[str]:
    names = {norm(row.get("name"))} | {norm(a) for a in row.get("aliases") or []}
    return names - {""}


def actor_matches(pred: dict | None, gold: dict) -> bool:
    if pred is None:
        return False
    if _names(pred) & _names(gold):
        return True
    gtype, ptype = gold.get("type"), pred.get("actor_type")
    if gtype == ptype == "person":
        g_last, p_last = norm(gold["name"]).split()[-1:], norm(pred.get("name")).split()[-1:]
        same_country = not gold.get("country") or not pred.get("country") or gold["country"] == pred["country"]
        return bool(g_last) and g_last == p_last and same_country
    if gtype == ptype == "country":
        return bool(gold.get("country")) and gold.get("country") == pred.get("country")
    return False


def slot_matches(pred: dict | None, gold: dict) -> bool:
    if actor_matches(pred, gold):
        return True
    return (gold.get("type") == "country" and pred is not None and bool(gold.get("country"))
            and pred.get("country") == gold.get("country"))


def name_similar(a: str, b: str) -> bool:
    ta, tb = set(norm(a).split()) - STOP, set(norm(b).split()) - STOP
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= 0.5 or ta <= tb or tb <= ta


def _max_matching(golds: list[dict], preds: list[dict], same: Callable, allowed: Iterable[int]) -> dict[int, int]:
    """Maximum one-to-one matching by augmenting paths: gold index -> pred index."""
    edges = [[i for i in sorted(allowed) if same(preds[i], g)] for g in golds]
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in edges[gi]:
            if pi not in seen:
                seen.add(pi)
                if pi not in owner or augment(owner[pi], seen):
                    owner[pi] = gi
                    return True
        return False

    for gi in range(len(golds)):
        augment(gi, set())
    return {gi: pi for pi, gi in owner.items()}


def _match(golds: list[dict], preds: list[dict], same: Callable) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Matched pairs, missed required golds and extra preds; optional golds are neither required nor extra."""
    required = [g for g in golds if not g.get("optional")]
    optional = [g for g in golds if g.get("optional")]
    hits = _max_matching(required, preds, same, range(len(preds)))
    used = set(hits.values())
    used |= set(_max_matching(optional, preds, same, set(range(len(preds))) - used).values())
    pairs = [(required[gi], preds[pi]) for gi, pi in hits.items()]
    missed = [g for gi, g in enumerate(required) if gi not in hits]
    return pairs, missed, [p for i, p in enumerate(preds) if i not in used]


def _count(tally: Tally, pairs: list, missed: list, extras: list, describe_gold: Callable, describe_pred: Callable) -> None:
    tally.tp += len(pairs)
    tally.fn += len(missed)
    tally.fp += len(extras)
    tally.misses += [describe_gold(g) for g in missed]
    tally.extras += [describe_pred(p) for p in extras]


def read_tables(release: Path) -> dict[str, list[dict]]:
    return {name: pl.read_parquet(release / f"{name}.parquet").to_dicts() for name in TABLES}


def frames_to_rows(tables: dict[str, pl.DataFrame]) -> dict[str, list[dict]]:
    return {name: tables[name].to_dicts() for name in TABLES}


def gold_files(gold: Path) -> list[Path]:
    return sorted(gold.glob("*.yaml")) if gold.is_dir() else [gold]


@dataclass
class Scores:
    events: Tally = field(default_factory=Tally)
    events_type_date: Tally = field(default_factory=Tally)
    actors: Tally = field(default_factory=Tally)
    agreements: Tally = field(default_factory=Tally)
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    attributes: dict[str, list[int]] = field(
        default_factory=lambda: {k: [0, 0] for k in ("type", "status", "date", "parties")})


class _Release:
    """The release's rows, indexed by article."""

    def __init__(self, tables: dict[str, list[dict]]):
        self.tables = tables
        self.actors = {a["actor_id"]: a for a in tables["actors"]}
        self.events: dict[str, list[dict]] = defaultdict(list)
        for e in tables["events"]:
            self.events[e["article_id"]].append(e)
        self.mentioned: dict[str, set[str]] = defaultdict(set)
        for m in tables["mentions"]:
            self.mentioned[m["article_id"]].add(m["actor_id"])

    def article_ids(self, file_name: str) -> set[str]:
        return {a["article_id"] for a in self.tables["articles"] if Path(str(a["source_uri"])).name == file_name}


def _score_article(gold: dict, ids: set[str], release: _Release, scores: Scores) -> None:
    name, actors = gold["article"], release.actors
    specs = {s["name"]: s for s in gold.get("actors", [])}

    def spec(actor_name: str | None) -> dict | None:
        return specs.get(actor_name, {"name": actor_name}) if actor_name else None

    def label(actor_id: str | None) -> str:
        return actors[actor_id]["name"] if actor_id in actors else "-"

    art_events = [e for i in sorted(ids) for e in release.events[i]]
    actor_ids = set().union(*(release.mentioned[i] for i in ids))
    actor_ids |= {x for e in art_events for x in (e["source_actor_id"], e["target_actor_id"]) if x}
    pred_actors = [actors[i] for i in sorted(actor_ids) if i in actors]
    _count(scores.actors, *_match(gold.get("actors", []), pred_actors, actor_matches),
           lambda g: f"{name}: actor {g['name']}", lambda p: f"{name}: actor {p['name']} ({p['actor_type']})")

    def event_same(p: dict, g: dict, with_actors: bool = True) -> bool:
        if p["event_type"] != g["type"] or not date_ok(p["event_date"], g.get("date")):
            return False
        if not with_actors:
            return True
        src, tgt = actors.get(p["source_actor_id"]), actors.get(p["target_actor_id"])
        gs, gt = spec(g.get("source")), spec(g.get("target"))

        def fits(first: dict | None, second: dict | None) -> bool:
            return (gs is None or slot_matches(first, gs)) and (gt is None or slot_matches(second, gt))

        return fits(src, tgt) or (bool(g.get("symmetric")) and fits(tgt, src))

    def describe_gold(g: dict) -> str:
        return f"{name}: {g['type']} {g.get('date')} {g.get('source')} -> {g.get('target')}"

    def describe_pred(p: dict) -> str:
        return (f"{name}: {p['event_type']} {p['event_date']} {label(p['source_actor_id'])} -> "
                f"{label(p['target_actor_id'])} | {p['evidence'][:120]}")

    golds = gold.get("events", [])
    pairs, missed, extras = _match(golds, art_events, event_same)
    _count(scores.events, pairs, missed, extras, describe_gold, describe_pred)
    for t in {g["type"] for g in golds} | {p["event_type"] for p in art_events}:
        _count(scores.by_type[t], [x for x in pairs if x[0]["type"] == t], [g for g in missed if g["type"] == t],
               [p for p in extras if p["event_type"] == t], describe_gold, describe_pred)
    _count(scores.events_type_date, *_match(golds, art_events, lambda p, g: event_same(p, g, False)),
           describe_gold, describe_pred)

    agreement_ids = {e["agreement_id"] for e in art_events if e["agreement_id"]}
    art_agreements = [a for a in release.tables["agreements"]
                      if a["agreement_id"] in agreement_ids or a["first_article_id"] in ids]
    pairs, missed, extras = _match(gold.get("agreements", []), art_agreements,
                                   lambda p, g: name_similar(p["name"], g["name"]))
    _count(scores.agreements, pairs, missed, extras, lambda g: f"{name}: agreement {g['name']}",
           lambda p: f"{name}: agreement {p['name']} ({p['agreement_type']}, {p['status']})")
    for g, p in pairs:
        parties = [actors.get(x) for x in p["parties"] or []]
        checks = {"type": p["agreement_type"] == g.get("type"), "status": p["status"] == g.get("status"),
                  "date": date_ok(p["status_date"], g.get("date")),
                  "parties": all(any(slot_matches(a, spec(w)) for a in parties) for w in g.get("parties", []))}
        for k, ok in checks.items():
            scores.attributes[k][0] += ok
            scores.attributes[k][1] += 1


def evaluate(tables: dict[str, list[dict]], files: list[Path]) -> dict:
    """Precision, recall and F1 per table and per event type, with every miss and extra."""
    release, scores, missing = _Release(tables), Scores(), []
    for path in files:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        ids = release.article_ids(gold["article"])
        if not ids:
            missing.append(gold["article"])
        _score_article(gold, ids, release, scores)
    tallies = (scores.events, scores.actors, scores.agreements)
    return {
        "files": len(files),
        "articles_missing": missing,
        "events": scores.events.as_dict(),
        "events_type_date": scores.events_type_date.as_dict(),
        "actors": scores.actors.as_dict(),
        "agreements": scores.agreements.as_dict(),
        "agreement_attributes": {k: (v[0] / v[1] if v[1] else 0.0) for k, v in scores.attributes.items()},
        "event_types": {t: scores.by_type[t].as_dict() for t in sorted(scores.by_type)},
        "misses": [m for t in tallies for m in t.misses],
        "extras": [x for t in tallies for x in t.extras],
    }


def evaluate_release(release: Path, gold: Path) -> dict:
    return evaluate(read_tables(release), gold_files(gold))


def format_report(report: dict, verbose: bool = False) -> str:
    lines = [f"{report['files']} gold files"]
    if report["articles_missing"]:
        lines.append(f"articles not in the release: {', '.join(report['articles_missing'])}")
    lines.append(f"{'table':18} {'P':>5} {'R':>5} {'F1':>5} {'tp':>5} {'fp':>5} {'fn':>5}")
    rows = [(k, report[k]) for k in ("events", "events_type_date", "actors", "agreements")]
    rows += [(f"  {t}", v) for t, v in report["event_types"].items() if v["tp"] + v["fp"] + v["fn"]]
    for key, v in rows:
        lines.append(f"{key:18} {v['precision']:5.2f} {v['recall']:5.2f} {v['f1']:5.2f} {v['tp']:5} {v['fp']:5} {v['fn']:5}")
    lines.append("agreement attributes (of matched): "
                 + ", ".join(f"{k}={v:.2f}" for k, v in report["agreement_attributes"].items()))
    if verbose:
        lines += [f"  missed {m}" for m in report["misses"]] + [f"  extra  {x}" for x in report["extras"]]
    return "\n".join(lines)

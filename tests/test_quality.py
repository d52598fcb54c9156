"""The coder held to the gold corpus: tests/corpus/<split>/ (articles and gold files), one split per floor.

The floors sit just under what the coder scores today; a change that makes coding worse fails here.
Raise a floor when the coder improves. Rules are written against the dev articles. The heldout and
unseen* sets were each written apart from the coder and scored before any rule looked at them; all
but unseen12, unseen14, unseen15, unseen19 to unseen22, unseen25, unseen27, unseen28, unseen36, unseen37, unseen40,
unseen41, unseen60, unseen62, unseen64, unseen66 to unseen92 and unseen101 to unseen104 have since been read for errors,
so a fresh set is the only clean measure of unseen news.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from entente.build import code_all, ingest
from entente.codebook import default_codebook
from entente.evaluate import evaluate, frames_to_rows, gold_files
from entente.resolve import build_tables

from .conftest import ROOT, SEEDS

CORPUS = ROOT / "tests" / "corpus"
FLOORS = {  # split: (events F1, actors F1, agreements F1)
    "seed": (1.0, 1.0, 1.0),
    "dev": (0.77, 0.92, 0.88),
    "heldout": (0.76, 0.93, 0.85),
    "unseen": (0.79, 0.89, 0.86),
    "unseen2": (0.70, 0.93, 0.98),
    "unseen3": (0.75, 0.89, 0.94),
    "unseen4": (0.64, 0.88, 0.84),
    "unseen5": (0.68, 0.89, 0.78),
    "unseen6": (0.76, 0.94, 0.89),
    "unseen7": (0.65, 0.86, 0.79),
    "unseen8": (0.81, 0.89, 0.81),
    "unseen9": (0.72, 0.91, 0.84),
    "unseen10": (0.81, 0.90, 0.90),
    "unseen11": (0.74, 0.89, 0.78),
    "unseen12": (0.70, 0.90, 0.98),
    "unseen13": (0.72, 0.93, 0.86),
    "unseen14": (0.64, 0.92, 0.78),
    "unseen15": (0.70, 0.90, 0.75),
    "unseen16": (0.70, 0.92, 0.95),
    "unseen17": (0.62, 0.89, 0.71),
    "unseen18": (0.64, 0.94, 0.92),
    "unseen19": (0.61, 0.90, 0.80),
    "unseen20": (0.68, 0.90, 0.94),
    "unseen21": (0.61, 0.90, 0.80),
    "unseen22": (0.58, 0.90, 0.92),
    "unseen23": (0.68, 0.90, 0.90),
    "unseen24": (0.77, 0.91, 0.82),
    "unseen25": (0.68, 0.93, 0.86),
    "unseen26": (0.76, 0.92, 0.83),
    "unseen27": (0.60, 0.92, 0.88),
    "unseen28": (0.74, 0.92, 0.92),
    "unseen29": (0.74, 0.90, 0.76),
    "unseen30": (0.79, 0.94, 0.88),
    "unseen31": (0.74, 0.88, 0.81),
    "unseen32": (0.76, 0.89, 0.81),
    "unseen33": (0.73, 0.92, 0.81),
    "unseen34": (0.84, 0.91, 0.98),
    "unseen35": (0.72, 0.90, 0.76),
    "unseen36": (0.67, 0.87, 0.84),
    "unseen37": (0.74, 0.94, 0.80),
    "unseen38": (0.61, 0.93, 0.85),
    "unseen39": (0.63, 0.89, 0.79),
    "unseen40": (0.69, 0.93, 0.89),
    "unseen41": (0.69, 0.93, 0.80),
    "unseen42": (0.76, 0.86, 0.75),
    "unseen43": (0.58, 0.85, 0.75),
    "unseen44": (0.60, 0.69, 0.50),
    "unseen45": (0.66, 0.81, 0.83),
    "unseen46": (0.70, 0.83, 0.75),
    "unseen47": (0.53, 0.86, 0.77),
    "unseen48": (0.63, 0.87, 0.78),
    "unseen49": (0.60, 0.83, 0.71),
    "unseen50": (0.66, 0.87, 0.75),
    "unseen51": (0.60, 0.88, 0.71),
    "unseen52": (0.62, 0.87, 0.74),
    "unseen53": (0.57, 0.85, 0.73),
    "unseen54": (0.72, 0.84, 0.81),
    "unseen55": (0.53, 0.83, 0.75),
    "unseen56": (0.60, 0.89, 0.77),
    "unseen57": (0.54, 0.84, 0.91),
    "unseen58": (0.51, 0.78, 0.65),
    "unseen59": (0.61, 0.84, 0.67),
    "unseen60": (0.55, 0.84, 0.71),
    "unseen61": (0.53, 0.82, 0.80),
    "unseen62": (0.50, 0.75, 0.68),
    "unseen63": (0.61, 0.86, 0.78),
    "unseen64": (0.51, 0.77, 0.59),
    "unseen65": (0.63, 0.90, 0.75),
    "unseen66": (0.50, 0.79, 0.84),
    "unseen67": (0.48, 0.84, 0.63),
    "unseen68": (0.52, 0.82, 0.78),
    "unseen69": (0.52, 0.79, 0.75),
    "unseen70": (0.50, 0.85, 0.70),
    "unseen71": (0.53, 0.81, 0.69),
    "unseen72": (0.53, 0.84, 0.75),
    "unseen73": (0.67, 0.81, 0.60),
    "unseen74": (0.57, 0.85, 0.77),
    "unseen75": (0.61, 0.89, 0.70),
    "unseen76": (0.54, 0.81, 0.74),
    "unseen77": (0.62, 0.88, 0.69),
    "unseen78": (0.44, 0.79, 0.84),
    "unseen79": (0.43, 0.80, 0.67),
    "unseen80": (0.54, 0.82, 0.67),
    "unseen81": (0.54, 0.86, 0.56),
    "unseen82": (0.47, 0.79, 0.74),
    "unseen83": (0.50, 0.76, 0.66),
    "unseen84": (0.59, 0.86, 0.83),
    "unseen85": (0.47, 0.81, 0.66),
    "unseen86": (0.55, 0.85, 0.76),
    "unseen87": (0.49, 0.83, 0.79),
    "unseen88": (0.51, 0.82, 0.76),
    "unseen89": (0.53, 0.90, 0.73),
    "unseen90": (0.52, 0.84, 0.65),
    "unseen91": (0.52, 0.84, 0.65),
    "unseen92": (0.42, 0.85, 0.94),
    "unseen93": (0.58, 0.91, 0.93),
    "unseen94": (0.54, 0.78, 0.80),
    "unseen95": (0.55, 0.85, 0.73),
    "unseen96": (0.55, 0.87, 0.66),
    "unseen97": (0.56, 0.86, 0.65),
    "unseen98": (0.56, 0.86, 0.80),
    "unseen99": (0.62, 0.85, 0.75),
    "unseen100": (0.54, 0.86, 0.74),
    "unseen101": (0.51, 0.81, 0.67),
    "unseen102": (0.40, 0.85, 0.68),
    "unseen103": (0.40, 0.79, 0.70),
    "unseen104": (0.35, 0.87, 0.64),
}
# Issue-defining stories and the event each must yield as the gold codes it (type, source, target).
HEADLINES = {
    "101_india_vietnam_state_visit_mous.txt": "AGREE",
    "102_eu_sanctions_iran_drones.txt": "SANCTION",
    "103_jakarta_us_embassy_protest.txt": "PROTEST",
    "104_norway_russia_expulsions.txt": "SANCTION",
    "105_kyrgyz_tajik_ceasefire_kazakhstan.txt": "AGREE",
    "106_pakistan_afghanistan_border_clash.txt": "ASSAULT",
}


def _rows(articles: Path) -> dict[str, list[dict]]:
    codebook = default_codebook()
    tables = build_tables(code_all(codebook, ingest(articles).articles), {}, codebook.extractor,
                          dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    return frames_to_rows(tables)


@pytest.fixture(scope="module")
def coded() -> dict[str, dict[str, list[dict]]]:
    return {"seed": _rows(SEEDS), **{split: _rows(CORPUS / split / "articles") for split in FLOORS if split != "seed"}}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_f1_stays_above_floor(coded, split: str) -> None:
    report = evaluate(coded[split], gold_files(CORPUS / split / "gold"))
    assert not report["articles_missing"], report["articles_missing"]
    scores = tuple(round(report[t]["f1"], 3) for t in ("events", "actors", "agreements"))
    floors = FLOORS[split]
    assert all(s >= f for s, f in zip(scores, floors, strict=True)), \
        f"{split}: events/actors/agreements F1 {scores} fell below {floors}\n" + "\n".join(report["misses"][:30])


@pytest.mark.parametrize("article", sorted(HEADLINES))
def test_headline_event_is_coded(coded, article: str) -> None:
    report = evaluate(coded["dev"], [CORPUS / "dev" / "gold" / article.replace(".txt", ".yaml")])
    assert report["event_types"][HEADLINES[article]]["tp"] >= 1, report["misses"]


def test_every_gold_file_names_an_article() -> None:
    for split in FLOORS:
        articles = {p.name for p in (SEEDS if split == "seed" else CORPUS / split / "articles").glob("*.txt")}
        for gold in gold_files(CORPUS / split / "gold"):
            assert gold.name.replace(".yaml", ".txt") in articles, gold

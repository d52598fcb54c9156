"""The coder with and without the optional spaCy setting (ENTENTE_NLP=spacy), side by side: precision,
recall and F1 on every gold article in tests/corpus/ and seeds/, and articles per second of coding in one
process (reading and resolving excluded).

    python bench/nlp.py        # needs `pip install -e '.[nlp]'`
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from entente.build import code_all, ingest
from entente.codebook import default_codebook, with_spacy
from entente.evaluate import evaluate, frames_to_rows, gold_files
from entente.resolve import build_tables

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TABLES = ("events", "actors", "agreements")


def splits() -> list[tuple[Path, Path]]:
    corpus = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if (p / "articles").is_dir() and p.name != "seed")
    return [(p / "articles", p / "gold") for p in corpus]


def measure(codebook, sets) -> tuple[dict[str, tuple[int, int, int]], float, int]:
    """Summed (tp, fp, fn) per table over all sets, seconds spent coding, and articles coded."""
    counts = {t: [0, 0, 0] for t in TABLES}
    seconds, articles = 0.0, 0
    for articles_dir, gold_dir in sets:
        ingested = ingest(articles_dir)
        start = time.perf_counter()
        codings = code_all(codebook, ingested.articles)
        seconds += time.perf_counter() - start
        articles += len(codings)
        report = evaluate(frames_to_rows(build_tables(codings, {}, codebook.extractor, NOW)), gold_files(gold_dir))
        for t in TABLES:
            for k, key in enumerate(("tp", "fp", "fn")):
                counts[t][k] += report[t][key]
    return {t: tuple(v) for t, v in counts.items()}, seconds, articles


def f1(tp: int, fp: int, fn: int) -> str:
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    return f"{p:.2f}/{r:.2f}/{(2 * p * r / (p + r) if p + r else 0.0):.2f}"


def main() -> int:
    rules = default_codebook()
    sets = splits()
    print(f"{'coder':34} {'events P/R/F1':>15} {'actors P/R/F1':>15} {'agreements P/R/F1':>18} {'art/s':>7}")
    for codebook in (rules, with_spacy(rules)):
        with_model = codebook is not rules
        if with_model:
            code_all(codebook, ingest(sets[0][0]).articles[:1])  # load the model before timing
        counts, seconds, articles = measure(codebook, sets)
        name = codebook.nlp or "rules"
        print(f"{name:34} {f1(*counts['events']):>15} {f1(*counts['actors']):>15} {f1(*counts['agreements']):>18} "
              f"{articles / seconds:>7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

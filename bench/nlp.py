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
from entente.evaluate import Tally, evaluate, frames_to_rows, gold_files
from entente.resolve import build_tables

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TABLES = ("events", "actors", "agreements")


def splits() -> list[tuple[Path, Path]]:
    corpus = sorted(p for p in (ROOT / "tests" / "corpus").iterdir() if (p / "articles").is_dir() and p.name != "seed")
    return [(p / "articles", p / "gold") for p in corpus]


def measure(codebook, sets) -> tuple[dict[str, Tally], float, int]:
    """Summed counts per table over all sets, seconds spent coding, and articles coded."""
    counts = {t: Tally() for t in TABLES}
    seconds, articles = 0.0, 0
    for articles_dir, gold_dir in sets:
        ingested = ingest(articles_dir)
        start = time.perf_counter()
        codings = code_all(codebook, ingested.articles)
        seconds += time.perf_counter() - start
        articles += len(codings)
        report = evaluate(frames_to_rows(build_tables(codings, {}, codebook.extractor, NOW)), gold_files(gold_dir))
        for t in TABLES:
            counts[t].tp += report[t]["tp"]
            counts[t].fp += report[t]["fp"]
            counts[t].fn += report[t]["fn"]
    return counts, seconds, articles


def prf(tally: Tally) -> str:
    return "/".join(f"{v:.2f}" for v in tally.prf())


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
        print(f"{name:34} {prf(counts['events']):>15} {prf(counts['actors']):>15} {prf(counts['agreements']):>18} "
              f"{articles / seconds:>7.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

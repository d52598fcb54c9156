"""Benchmark: build releases from synthetic corpora of N articles and print throughput and memory.

    python bench/run.py [--sizes 1000 10000] [--work data/bench]

A corpus of N articles is made from the sample articles (seeds/ and tests/corpus/*/articles/): each copy
gets new person names (from the gold files' person actors), a shifted publication date and shifted
years, its later paragraphs shuffled, and paragraphs of other samples appended until it reaches 300
words, so that every copy is a distinct article of realistic length. For each N the script times a full
build (`entente build` in a fresh process, coding in worker processes), a re-run on unchanged input, and
a run with 1% new articles; peak memory is the resident memory of the build and its workers together.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
ENTENTE = Path(sys.executable).parent / "entente"
FIRST = ["Amara", "Boris", "Chen", "Dalia", "Emil", "Farida", "Goran", "Hana", "Ivan", "Jana", "Kofi", "Leila",
         "Marek", "Nadia", "Omar", "Priya", "Rafael", "Sofia", "Tariq", "Ulla", "Viktor", "Yuki", "Zofia"]
LAST = ["Abara", "Brandt", "Castell", "Dragan", "Eriksen", "Fontaine", "Grieve", "Haddad", "Ilyin", "Jovanic",
        "Kader", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quint", "Rahman", "Salo", "Tanaka", "Varga"]
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


@dataclass(frozen=True)
class Sample:
    date: dt.date
    title: str | None
    paragraphs: list[str]
    source: str
    persons: list[str]


def load_samples() -> list[Sample]:
    gold_persons: dict[str, list[str]] = {}
    for gold in ROOT.glob("tests/corpus/*/gold/*.yaml"):
        spec = yaml.safe_load(gold.read_text(encoding="utf-8"))
        gold_persons[spec["article"]] = [a["name"] for a in spec.get("actors", []) if a.get("type") == "person"]
    samples = []
    for path in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/corpus/*/articles/*.txt")]):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        date = dt.date.fromisoformat(lines[0].split()[1])
        title = lines[1][len("title:"):].strip() if lines[1].startswith("title:") else None
        body = lines[2 if title else 1:-1]
        samples.append(Sample(date, title, body, lines[-1], gold_persons.get(path.name, [])))
    return samples


def vary(sample: Sample, others: list[Sample], rng: random.Random) -> str:
    """One distinct, realistic article made from a sample."""
    days = rng.randint(-3650, 0)
    date = sample.date + dt.timedelta(days=days)
    years = round(days / 365.25)
    names = {}
    for person in sample.persons:
        parts = person.split()
        first, last = rng.choice(FIRST), rng.choice(LAST) + rng.choice(["", "a", "ov", "is", "en"])
        names[person] = f"{first} {last}" if len(parts) > 1 else last
        names[parts[-1]] = last
    paragraphs = [sample.paragraphs[0], *rng.sample(sample.paragraphs[1:], len(sample.paragraphs) - 1)]
    while sum(len(p.split()) for p in paragraphs) < 300:
        paragraphs.append(rng.choice(rng.choice(others).paragraphs))
    text = "\n\n".join(paragraphs)
    for old in sorted(names, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(old)}\b", names[old], text)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
    head = f"date {date.isoformat()}\n\n" + (f"title: {sample.title}\n\n" if sample.title else "")
    return f"{head}{text}\n\n{sample.source}\n"


def write_corpus(folder: Path, n: int, seed: int, start: int = 0) -> None:
    samples = load_samples()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        (folder / f"{i:07d}.txt").write_text(vary(rng.choice(samples), samples, rng), encoding="utf-8")


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        children = [p for p, pp in parents.items() if pp == parent and p not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(p, 0) for p in tree)


def timed_build(corpus: Path, releases: Path, *extra: str) -> tuple[float, int]:
    """Wall seconds and peak resident memory (bytes) of one `entente build`, its worker processes
    included (sampled every 50 ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(ENTENTE), "build", "--input", str(corpus), "--releases", str(releases), *extra],
                            stdout=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"build of {corpus} failed")
    return elapsed, max(peak, usage.ru_maxrss * 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=ROOT / "data" / "bench")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    rows = []
    for n in args.sizes:
        corpus, releases = args.work / f"corpus-{n}", args.work / f"releases-{n}"
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.rmtree(releases, ignore_errors=True)
        shutil.rmtree(releases.with_name(releases.name + ".coded"), ignore_errors=True)
        write_corpus(corpus, n, args.seed)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.iterdir()) / n
        full, rss = timed_build(corpus, releases)
        noop, _ = timed_build(corpus, releases)
        write_corpus(corpus, max(1, n // 100), args.seed + 1, start=n)
        update, _ = timed_build(corpus, releases)
        rows.append((n, words, n / full, full, rss / 2**20, noop, update))
        print(f"N={n}: {n / full:.0f} articles/s", file=sys.stderr)
    print(f"{'N':>8} {'words/art':>9} {'art/s':>7} {'build s':>8} {'peak RSS MiB':>12} {'no-op s':>8} {'+1% s':>7}")
    for n, words, rate, full, rss, noop, update in rows:
        print(f"{n:>8} {words:>9.0f} {rate:>7.0f} {full:>8.1f} {rss:>12.0f} {noop:>8.1f} {update:>7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

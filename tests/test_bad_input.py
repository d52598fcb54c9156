"""Bad input never crashes a build: every bad item lands in quarantine with a reason, every good one is read.

Three layers: hypothesis properties over `read_file` / `read_inputs` (arbitrary bytes and text, in and out of
the article format), a corpus of nasty files with the outcome of each one spelled out, and one whole build
(Dagster graph, release, verify) on that corpus.

Date policy (what `ingest.make_article` implements and these tests hold it to): the `date` header is the
publication date. A date that is not YYYY-MM-DD (or not a real day) is `bad_date`; so is a date later than
today + `ingest.FUTURE_SLACK` (2 days, for articles dated in time zones ahead of the build machine) or
earlier than `ingest.EARLIEST_DATE` (1900-01-01), and the detail says which side and why.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import random
import re
import tempfile
import time
import tracemalloc
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entente import build, ingest
from entente.ingest import Article, Quarantined, input_fingerprint, list_inputs, read_file, read_inputs

REASONS = {"empty", "not_text", "too_large", "unsupported_format", "unsupported_language", "bad_date",
           "bad_json", "bad_record", "duplicate", "unreadable"}
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = [
    "The foreign ministers of India and Japan met in Tokyo on Monday and signed an agreement on trade.",
    "They said the talks were useful and that both sides would meet again in the spring.",
    "The President of France spoke with the Chancellor of Germany about the war in Ukraine.",
    "Officials from the two countries agreed to hold a summit on energy and security next year.",
]


def article_text(paragraphs: list[str], *, date: str | None = "2025-03-04", source: str | None = "Kyodo",
                 newline: str = "\n") -> str:
    """The plain-text article format: `date` header, paragraphs, `Source:` attribution."""
    parts = ([f"date {date}"] if date is not None else []) + paragraphs + ([f"Source: {source}"] if source else [])
    return (newline * 2).join(parts) + newline


def check_items(items: list[Article | Quarantined]) -> None:
    assert items, "a file produced neither an article nor a quarantine row"
    for item in items:
        assert isinstance(item, Article | Quarantined)
        if isinstance(item, Quarantined):
            assert item.reason in REASONS, item
            assert item.detail.strip(), item
            assert item.source_uri
        else:
            assert item.body.split() and item.language == "en"
            assert re.fullmatch(r"art_[0-9a-f]{16}", item.article_id)


def read_one(name: str, data: bytes) -> list[Article | Quarantined]:
    """Write one file into a fresh folder and read it both ways; the two must agree on the count."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / name).write_bytes(data)
        items = list(read_file(root / name, root))
        check_items(items)
        articles, quarantined = read_inputs(root)
        assert len(articles) + len(quarantined) == len(items)
        assert input_fingerprint(list_inputs(root))
        return items


# --- 1. properties --------------------------------------------------------------------------------------------

@PROPERTY
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl"]))
def test_arbitrary_bytes_never_raise_and_are_never_dropped(data: bytes, suffix: str):
    items = read_one("input" + suffix, data)
    if suffix == ".txt":
        assert len(items) == 1


paragraph = st.one_of(st.text(max_size=200), st.sampled_from(SENTENCES))


@PROPERTY
@given(
    paragraphs=st.lists(paragraph, max_size=6),
    wrapped=st.booleans(),
    date=st.one_of(st.dates(min_value=dt.date(1, 1, 1)).map(dt.date.isoformat), st.text(max_size=12)),
    source=st.text(max_size=30),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_arbitrary_text_in_or_out_of_the_article_format_never_raises(paragraphs, wrapped, date, source, newline,
                                                                     encoding):
    text = article_text(paragraphs, date=date, source=source, newline=newline) if wrapped else "\n\n".join(paragraphs)
    items = read_one("article.txt", text.encode(encoding))
    assert len(items) == 1


@PROPERTY
@given(
    paragraphs=st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4),
    date=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date.today()),
    source=st.from_regex(r"[A-Z][a-z]{2,12}", fullmatch=True),
    newline=st.sampled_from(["\n", "\r\n"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_every_good_article_is_read(paragraphs, date, source, newline, encoding):
    items = read_one("good.txt", article_text(paragraphs, date=date.isoformat(), source=source,
                                              newline=newline).encode(encoding))
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert items[0].published_date == date and items[0].publisher == source
    assert items[0].body == "\n\n".join(paragraphs)


@PROPERTY
@given(st.lists(st.one_of(
    st.text(max_size=80),
    st.dictionaries(st.sampled_from(["text", "title", "date", "url", "publisher"]),
                    st.one_of(st.none(), st.integers(), st.text(max_size=80), st.sampled_from(SENTENCES),
                              st.lists(st.integers(), max_size=2)),
                    ).map(json.dumps),
), max_size=8))
def test_arbitrary_json_lines_never_raise(lines: list[str]):
    read_one("feed.jsonl", "\n".join(lines).encode("utf-8"))


# --- 2. the nasty corpus --------------------------------------------------------------------------------------

GOOD = article_text([SENTENCES[0], SENTENCES[1]], source="ANI")
CRLF = article_text([SENTENCES[2], SENTENCES[1]], date="2024-11-20", source="Reuters", newline="\r\n")
UTF16 = article_text([SENTENCES[3], SENTENCES[1]], date="2024-06-01", source="AFP")
GERMAN = article_text([
    "Die Außenminister Deutschlands und Frankreichs trafen sich am Montag in Berlin zu Gesprächen.",
    "Sie sprachen über die Lage in der Ukraine und über neue Sanktionen gegen Russland.",
])
CHINESE = article_text(["中国外交部长周一在北京会见了日本外务大臣，双方讨论了贸易问题。",
                        "双方同意明年举行峰会，并加强在能源和安全领域的合作。"])
BIG_BYTES = 50 * 1024 * 1024
JSONL_LINES = 10_000
GOOD_LINE = "Item {n} is a short line of the wire copy."  # short: cheap to code


def broken_line(n: int) -> tuple[str, str]:
    """The JSON line put at line n (every 100th line) and the reason it must be quarantined with."""
    kinds = [
        ("{not json", "bad_json"),
        ("[" * 100_000, "bad_json"),                                 # too deep for the JSON parser
        (json.dumps({"title": "no text"}), "bad_record"),
        (json.dumps(["a", "list"]), "bad_record"),
        ('{"text": "' + GOOD_LINE.format(n=n) + ' \\ud800"}', "bad_record"),  # unpaired surrogate
        (json.dumps({"text": GOOD_LINE.format(n=n), "title": 7}), "bad_record"),
        (json.dumps({"text": GOOD_LINE.format(n=n), "date": "2025-02-30"}), "bad_date"),
        (json.dumps({"text": GOOD_LINE.format(n=n), "date": "2100-01-01"}), "bad_date"),
        (json.dumps({"text": "too short"}), "empty"),
    ]
    return kinds[(n // 100) % len(kinds)]


def jsonl_feed() -> tuple[str, dict[int, str]]:
    lines, broken = [], {}
    for n in range(1, JSONL_LINES + 1):
        if n % 100 == 0:
            line, broken[n] = broken_line(n)
        else:
            record: dict[str, str] = {"text": GOOD_LINE.format(n=n)}
            if n % 3 == 0:
                record["date"] = "2024-05-01"
            line = json.dumps(record)
        lines.append(line)
    return "\n".join(lines) + "\n", broken


FEED, FEED_BROKEN = jsonl_feed()
FEED_GOOD = JSONL_LINES - len(FEED_BROKEN)

# file name -> (reason, a pattern the detail must match); None means the file is read as an article
EXPECTED: dict[str, tuple[str, str] | None] = {
    "good.txt": None,
    "windows_crlf.txt": None,
    "utf16_bom.txt": None,
    "good_copy.txt": ("duplicate", r"same text as good\.txt"),
    "empty.txt": ("empty", r"empty"),
    "binary.txt": ("not_text", r"NUL|binary|UTF-8"),
    "nul_inside.txt": ("not_text", r"NUL"),
    "invalid_utf8.txt": ("not_text", r"not valid UTF-8 at byte \d+"),
    "huge.txt": ("too_large", rf"^{BIG_BYTES} bytes"),
    "page.txt": ("unsupported_format", r"HTML"),
    "page.html": ("unsupported_format", r"\.html"),
    "future.txt": ("bad_date", r"2100-01-01 is in the future"),
    "old.txt": ("bad_date", r"1850-01-01 is before 1900-01-01"),
    "german.txt": ("unsupported_language", r"English"),
    "chinese.txt": ("unsupported_language", r"English"),
}


@pytest.fixture(scope="module")
def nasty(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("nasty")
    rng = random.Random(20250304)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "good_copy.txt").write_text(GOOD.replace("\n\n", "\n\n\n"), encoding="utf-8")
    (root / "windows_crlf.txt").write_bytes(CRLF.encode("utf-8"))
    (root / "utf16_bom.txt").write_bytes(codecs.BOM_UTF16_LE + UTF16.encode("utf-16-le"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4096))
    (root / "nul_inside.txt").write_bytes(article_text([SENTENCES[0] + "\x00", SENTENCES[2]]).encode())
    (root / "invalid_utf8.txt").write_bytes(article_text([SENTENCES[1], SENTENCES[3]]).encode() + b"\xc3\x28 more")
    with (root / "huge.txt").open("wb") as handle:      # 50 MB: real text at the start, sparse after it
        handle.write(GOOD.encode())
        handle.truncate(BIG_BYTES)
    page = ("<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>" + SENTENCES[0]
            + "</p><p>" + SENTENCES[1] + "</p></body></html>\n")
    (root / "page.txt").write_text(page, encoding="utf-8")
    (root / "page.html").write_text(page, encoding="utf-8")
    (root / "future.txt").write_text(article_text([SENTENCES[2], SENTENCES[3]], date="2100-01-01"))
    (root / "old.txt").write_text(article_text([SENTENCES[3], SENTENCES[0]], date="1850-01-01"))
    (root / "german.txt").write_text(GERMAN, encoding="utf-8")
    (root / "chinese.txt").write_text(CHINESE, encoding="utf-8")
    (root / "feed.jsonl").write_text(FEED, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def nasty_read(nasty: Path) -> tuple[list[Article], list[Quarantined]]:
    return read_inputs(nasty)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_nasty_file_has_its_outcome(nasty, nasty_read, name):
    articles, quarantined = nasty_read
    mine = [q for q in quarantined if q.source_uri == name]
    read = [a for a in articles if a.source_uri == name]
    if EXPECTED[name] is None:
        assert mine == [] and len(read) == 1
        assert "\r" not in read[0].body and read[0].published_date is not None and read[0].publisher
    else:
        reason, detail = EXPECTED[name]
        assert read == [] and len(mine) == 1, mine
        assert mine[0].reason == reason, mine[0]
        assert re.search(detail, mine[0].detail), mine[0].detail


def test_windows_line_endings_and_utf16_read_as_normal_articles(nasty_read):
    by_uri = {a.source_uri: a for a in nasty_read[0]}
    crlf, utf16 = by_uri["windows_crlf.txt"], by_uri["utf16_bom.txt"]
    assert (crlf.published_date, crlf.publisher, crlf.body) == (
        dt.date(2024, 11, 20), "Reuters", f"{SENTENCES[2]}\n\n{SENTENCES[1]}")
    assert (utf16.published_date, utf16.publisher, utf16.body) == (
        dt.date(2024, 6, 1), "AFP", f"{SENTENCES[3]}\n\n{SENTENCES[1]}")


def test_jsonl_good_lines_are_articles_and_each_broken_line_is_one_row(nasty_read):
    articles, quarantined = nasty_read
    feed_articles = {a.source_uri for a in articles if a.source_uri.startswith("feed.jsonl")}
    assert feed_articles == {f"feed.jsonl#L{n}" for n in range(1, JSONL_LINES + 1) if n not in FEED_BROKEN}
    rows = [q for q in quarantined if q.source_uri.startswith("feed.jsonl")]
    assert len(rows) == len(FEED_BROKEN)
    assert {q.source_uri: q.reason for q in rows} == {f"feed.jsonl#L{n}": r for n, r in FEED_BROKEN.items()}
    for q in rows:
        number = q.source_uri.rsplit("#L", 1)[1]
        assert re.search(rf"\bline {number}\b", q.detail), q


def test_nothing_is_dropped(nasty, nasty_read):
    articles, quarantined = nasty_read
    assert len(articles) == 3 + FEED_GOOD
    assert len(quarantined) == sum(v is not None for v in EXPECTED.values()) + len(FEED_BROKEN)
    files = {p.name for p in list_inputs(nasty)}
    seen = {item.source_uri.split("#", 1)[0] for item in [*articles, *quarantined]}
    assert seen == files


def test_huge_file_is_rejected_quickly_without_reading_it(nasty, monkeypatch):
    opened: list[str] = []
    real_open = Path.open

    def spy_open(self: Path, *args, **kwargs):
        opened.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy_open)
    tracemalloc.start()
    started = time.perf_counter()
    items = list(read_file(nasty / "huge.txt", nasty))
    fingerprint = input_fingerprint([nasty / "huge.txt"])
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(q.reason, q.source_uri) for q in items] == [("too_large", "huge.txt")]
    assert opened == ["huge.txt"]                     # once, by the fingerprint, which reads it in chunks
    assert peak < 5 * 1024 * 1024, f"peak {peak} bytes of Python memory for a 50 MB file"
    assert elapsed < 2.0 and len(fingerprint) == 64


def test_unreadable_file_is_quarantined_and_does_not_stop_ingest(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "locked.txt").write_text(UTF16)
    real_open = Path.open

    def locked_open(self: Path, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    ingested = build.ingest(tmp_path)
    assert [a.source_uri for a in ingested.articles] == ["good.txt"]
    assert [(q.source_uri, q.reason) for q in ingested.quarantined] == [("locked.txt", "unreadable")]
    assert "Permission denied" in ingested.quarantined[0].detail
    assert len(ingested.fingerprint) == 64


def test_blank_jsonl_file_is_quarantined_not_dropped(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n  \n\n")
    assert read_inputs(tmp_path) == ([], [Quarantined("blank.jsonl", "empty",
                                                      "the JSON Lines file has no non-blank line")])


@pytest.mark.parametrize(
    ("date", "outcome"),
    [
        (dt.date.today(), "article"),
        (dt.date.today() + ingest.FUTURE_SLACK, "article"),
        (dt.date.today() + ingest.FUTURE_SLACK + dt.timedelta(days=1), "in the future"),
        (dt.date(1900, 1, 1), "article"),
        (dt.date(1899, 12, 31), "before 1900-01-01"),
    ],
)
def test_date_policy_edges(date, outcome):
    text = article_text([SENTENCES[0]], date=date.isoformat())
    if outcome == "article":
        assert ingest.make_article("a.txt", text).published_date == date
    else:
        with pytest.raises(ingest.Rejected) as err:
            ingest.make_article("a.txt", text)
        assert err.value.reason == "bad_date" and outcome in err.value.detail


# --- 3. the whole build ---------------------------------------------------------------------------------------

def test_whole_build_on_the_nasty_corpus(nasty, tmp_path):
    from entente.definitions import run_build
    from entente.release import read_latest, read_release, verify_release

    releases = tmp_path / "releases"
    started = time.perf_counter()
    result = run_build(nasty, releases)
    elapsed = time.perf_counter() - started
    assert result.success
    release = read_latest(releases)
    assert release is not None and release.is_dir()
    assert verify_release(release) == []
    tables = read_release(release)

    quarantine = tables["quarantine"]
    got = dict(zip(quarantine["source_uri"], quarantine["reason"], strict=True))
    assert quarantine.height == len(got)              # one row per bad item
    expected = {name: v[0] for name, v in EXPECTED.items() if v is not None}
    expected |= {f"feed.jsonl#L{n}": reason for n, reason in FEED_BROKEN.items()}
    assert got == expected
    assert quarantine.filter(pl.col("detail").str.strip_chars() == "").height == 0

    uris = set(tables["articles"]["source_uri"])
    assert {"good.txt", "windows_crlf.txt", "utf16_bom.txt"} <= uris
    assert tables["articles"].height == 3 + FEED_GOOD
    assert tables["events"].height > 0
    assert elapsed < 20, f"the build took {elapsed:.1f}s"


def test_an_article_the_coder_fails_on_is_quarantined_and_the_others_are_coded(tmp_path, monkeypatch):
    from entente import store
    from entente.codebook import default_codebook
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "bad.txt").write_text(GOOD.replace("date ", "date ", 1) + "\nA different closing sentence for a new id.\n")
    real = store.code_article

    def failing(codebook, article):
        if article.source_uri == "bad.txt":
            raise KeyError(None)
        return real(codebook, article)

    monkeypatch.setattr(store, "code_article", failing)
    files = [store.InputFile(tmp_path / name, name, "x") for name in ("bad.txt", "good.txt")]
    frames = store.code_files(default_codebook(), files, tmp_path)
    assert frames["articles"]["source_uri"].to_list() == ["good.txt"]
    assert frames["quarantine"].select("source_uri", "reason").rows() == [("bad.txt", "coding_failed")]
    assert "KeyError" in frames["quarantine"]["detail"][0]

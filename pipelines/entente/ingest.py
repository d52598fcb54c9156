"""Read the input folder: plain-text articles and JSON Lines, with everything that cannot be read
sent to quarantine with a reason. Nothing is dropped silently."""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from entente.tokens import HEADING_RE

MAX_BYTES = 5 * 1024 * 1024
EARLIEST_DATE = dt.date(1900, 1, 1)
FUTURE_SLACK = dt.timedelta(days=2)  # a header date may run ahead of this machine's clock by a time zone or two
MIN_WORDS = 8
TEXT_SUFFIXES = {".txt", ".text", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

HEADER_DATE_RE = re.compile(r"^\s*date\s*:?\s*(\S+)\s*$", re.I)
HEADER_FIELD_RE = re.compile(r"^\s*(title|url|publisher)\s*:\s*(.*?)\s*$", re.I)
ATTRIBUTION_RES = (
    re.compile(r"^\s*based\s+on\s+(.+?)\s+report\s*\.?\s*$", re.I),
    re.compile(r"^\s*based\s+on\s+(?:the\s+)?(.+?)\s*\.?\s*$", re.I),  # "Based On MEA Statement"
    re.compile(r"^\s*source\s*:\s*(.+?)\s*\.?\s*$", re.I),
    re.compile(r"^\s*\(\s*(?:with inputs from|inputs from)\s+(.+?)\s*\)\s*$", re.I),
)
ENGLISH_MARKERS = frozenset(["the", "of", "and", "to", "in", "a", "is", "was", "for", "on", "with", "said", "that", "by", "as", "at", "from", "has", "have", "its"])
# Frequent function words of other languages written in the Latin script that are not English words: German
# or French text has a few English markers too ("in", "a"), so the check compares the two counts.
FOREIGN_MARKERS = frozenset([
    "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf", "für", "ein", "eine",
    "le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "el", "los", "las", "y", "que", "del",
    "por", "una", "il", "di", "che", "della", "het", "een", "não", "em", "os", "da",
])


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, parsed: the body is what offsets in every other table point into."""

    article_id: str
    source_uri: str
    publisher: str | None
    title: str | None
    published_date: dt.date | None
    language: str
    body: str
    body_sha256: str


@dataclass(frozen=True, slots=True)
class Quarantined:
    source_uri: str
    reason: str
    detail: str


class Rejected(Exception):
    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def normalise_text(text: str) -> str:
    """What makes two copies of a story the same article: Unicode form and white space do not count."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def article_id_for(body: str) -> str:
    return "art_" + sha256_hex(normalise_text(body).encode("utf-8"))[:16]


CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # Unicode's control characters (Cc) but tab, line and page breaks


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise Rejected("not_text", f"UTF-16 byte order mark but undecodable: {err}") from None
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise Rejected("not_text", f"not valid UTF-8 at byte {err.start}") from None
    if "\x00" in text:
        raise Rejected("not_text", "contains NUL bytes: a binary file, not text")
    controls = len(CONTROL_RE.findall(text))
    if controls > max(5, len(text) // 100):
        raise Rejected("not_text", f"{controls} control characters: a binary file, not text")
    return text


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise Rejected("bad_date", f"date {value!r} is not YYYY-MM-DD") from None


def _paragraphs(text: str) -> list[str]:
    """Blocks between blank lines; a heading in capitals and a bulleted line stand apart from the lines around
    them, so that neither runs into the sentence next to it."""
    paragraphs: list[list[str]] = []
    for block in re.split(r"\n\s*\n", text):
        after_heading = True
        for line in block.split("\n"):
            heading = HEADING_RE.match(line) is not None
            if after_heading or heading or BULLET_RE.match(line):
                paragraphs.append([])
            paragraphs[-1].append(line)
            after_heading = heading
    return [" ".join(" ".join(p).split()) for p in paragraphs if "".join(p).strip()]


BULLET_RE = re.compile(r"\s*[-•*]\s+\S")


def _unspaced_script(body: str) -> bool:
    """Text in a script written without spaces (Chinese, Japanese, Thai): few 'words' but not empty; the
    language check, not the word count, decides it."""
    letters = [ch for ch in body if ch.isalpha()]
    return len(letters) >= 20 and sum(not ch.isascii() for ch in letters) > len(letters) // 2


def make_article(source_uri: str, text: str, *, title: str | None = None, date: str | None = None,
                 publisher: str | None = None, parse_header: bool = True) -> Article:
    """Turn one document's text into an Article, or raise Rejected with the reason."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<html" in text[:2000].lower() or "<!doctype html" in text[:2000].lower():
        raise Rejected("unsupported_format", "looks like an HTML page; expected plain text")
    lines = text.split("\n")
    if parse_header:
        while lines:
            line = lines[0]
            if not line.strip():
                lines.pop(0)
                continue
            m_date, m_field = HEADER_DATE_RE.match(line), HEADER_FIELD_RE.match(line)
            if m_date and date is None:
                date = m_date.group(1)
            elif m_field:
                name, value = m_field.group(1).lower(), m_field.group(2) or None
                if name == "title":
                    title = title or value
                elif name == "publisher":
                    publisher = publisher or value
            else:
                break
            lines.pop(0)
    paragraphs = _paragraphs("\n".join(lines))
    while paragraphs and len(paragraphs[-1]) < 120:  # "Based On MEA Statement" above "Source: ...": both go
        m = next((m for regex in ATTRIBUTION_RES if (m := regex.match(paragraphs[-1]))), None)
        if m is None:
            break
        publisher = publisher or m.group(1).strip()
        paragraphs.pop()
    body = "\n\n".join(paragraphs)
    words = body.split()
    if not words:
        raise Rejected("empty", "no article text after the header")
    if len(words) < MIN_WORDS and not _unspaced_script(body):
        raise Rejected("empty", f"only {len(words)} words of text; at least {MIN_WORDS} are needed")
    published = parse_date(date)
    latest = dt.date.today() + FUTURE_SLACK
    if published is not None and published > latest:
        raise Rejected("bad_date", f"publication date {published} is in the future (later than {latest})")
    if published is not None and published < EARLIEST_DATE:
        raise Rejected("bad_date", f"publication date {published} is before {EARLIEST_DATE}, the earliest accepted")
    sample = [w.lower().strip(".,;:\"'()") for w in words[:400]]
    english = sum(w in ENGLISH_MARKERS for w in sample) / len(sample)
    foreign = sum(w in FOREIGN_MARKERS for w in sample) / len(sample)
    if english < 0.06 or foreign > english:
        raise Rejected("unsupported_language",
                       f"does not read as English ({english:.0%} common English words, {foreign:.0%} common "
                       "words of other languages); only English is coded")
    return Article(
        article_id=article_id_for(body),
        source_uri=source_uri,
        publisher=publisher,
        title=title,
        published_date=published,
        language="en",
        body=body,
        body_sha256=sha256_hex(body.encode("utf-8")),
    )


def _string_field(record: dict, name: str) -> str | None:
    """A record's optional string field; any other type, or text that is not valid Unicode, is a bad record."""
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise Rejected("bad_record", f"field {name!r} must be a string, not {type(value).__name__}")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise Rejected("bad_record", f"field {name!r} contains an unpaired surrogate (\\ud800-\\udfff)") from None
    return value


def _read_jsonl(path: Path, uri: str, text: str) -> Iterator[Article | Quarantined]:
    seen = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        seen = True
        line_uri = f"{uri}#L{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise Rejected("bad_record", "a JSON line needs an object with a string field 'text'")
            body = _string_field(record, "text") or ""
            fields = {name: _string_field(record, name) for name in ("title", "date", "url", "publisher")}
            yield make_article(
                fields["url"] or line_uri, body, title=fields["title"],
                date=fields["date"], publisher=fields["publisher"], parse_header=False,
            )
        except json.JSONDecodeError as err:
            yield Quarantined(line_uri, "bad_json", f"line {number} is not JSON: {err.msg}")
        except RecursionError:
            yield Quarantined(line_uri, "bad_json", f"line {number} is JSON nested too deeply to read")
        except Rejected as rej:
            yield Quarantined(line_uri, rej.reason, f"line {number}: {rej.detail}")
    if not seen:
        yield Quarantined(uri, "empty", "the JSON Lines file has no non-blank line")


def read_file(path: Path, root: Path) -> Iterator[Article | Quarantined]:
    """Every article in one input file, and a Quarantined for each part that could not be read."""
    uri = path.relative_to(root).as_posix()
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if suffix not in TEXT_SUFFIXES | JSONL_SUFFIXES:
            raise Rejected("unsupported_format", f"file type {suffix!r} is not read; use .txt or .jsonl")
        if size == 0:
            raise Rejected("empty", "the file is empty")
        if size > MAX_BYTES and suffix not in JSONL_SUFFIXES:
            raise Rejected("too_large", f"{size} bytes; an article file may have at most {MAX_BYTES}")
        text = decode(path.read_bytes())
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, uri, text)
        else:
            yield make_article(uri, text)
    except Rejected as rej:
        yield Quarantined(uri, rej.reason, rej.detail)
    except OSError as err:
        yield Quarantined(uri, "unreadable", f"cannot read the file: {err.strerror or err}")


def walk_inputs(root: Path) -> list[tuple[str, str, int, int]]:
    """(path, uri, size, mtime_ns) of every input file under root, hidden files and folders skipped, in
    the order of their paths. os.scandir hands over each file's stat with its name, and paths stay
    strings (a Path per file costs more than the walk), which keeps indexing a folder of 100,000 files
    well under a second."""
    found = []
    stack = [(str(root), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            uri = f"{prefix}{entry.name}"
            try:
                if entry.is_dir():
                    stack.append((entry.path, f"{uri}/"))
                elif entry.is_file():
                    st = entry.stat()
                    found.append((entry.path, uri, st.st_size, st.st_mtime_ns))
            except OSError:
                found.append((entry.path, uri, -1, -1))
    return sorted(found, key=lambda f: f[1].replace("/", "\0"))  # as Path orders them: by part, then depth


def list_inputs(root: Path) -> list[Path]:
    """Input files in a stable order; hidden files and folders are skipped."""
    return [Path(path) for path, *_ in walk_inputs(root)]


def file_sha256(path: Path) -> str:
    """The file's sha256, read in chunks (a huge input is quarantined, not held in memory); an unreadable
    file (quarantined by read_file) counts by its name so that it does not stop the build."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return sha256_hex(f"unreadable:{path.name}".encode())


def fingerprint_of(hashes: Iterable[str]) -> str:
    """A hash over the sorted content hashes of all inputs (the release manifest's `input_fingerprint`)."""
    return sha256_hex("\n".join(sorted(hashes)).encode())


def input_fingerprint(paths: list[Path]) -> str:
    return fingerprint_of(file_sha256(p) for p in paths)


def read_inputs(root: Path) -> tuple[list[Article], list[Quarantined]]:
    """All articles under `root`, each distinct text once; repeats and unreadable inputs quarantined."""
    articles: dict[str, Article] = {}
    quarantined: list[Quarantined] = []
    for path in list_inputs(root):
        for item in read_file(path, root):
            if isinstance(item, Quarantined):
                quarantined.append(item)
            elif item.article_id in articles:
                first = articles[item.article_id].source_uri
                quarantined.append(Quarantined(item.source_uri, "duplicate", f"same text as {first}"))
            else:
                articles[item.article_id] = item
    return list(articles.values()), quarantined

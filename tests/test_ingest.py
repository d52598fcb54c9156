import codecs
import json

import pytest

from entente import ingest
from entente.ingest import make_article, read_inputs

STORY = (" date 2025-03-04 \n\ntitle: Ministers meet\n\nThe foreign ministers of India and Japan met in Tokyo on "
         "Monday and signed an agreement on trade.\n\nThey said the talks were useful.\n\nBased On ANI Report\n")


def test_header_title_and_attribution_are_not_body():
    art = make_article("a.txt", STORY)
    assert art.published_date.isoformat() == "2025-03-04"
    assert art.title == "Ministers meet"
    assert art.publisher == "ANI"
    assert "ANI" not in art.body and "date" not in art.body.split()[0]
    assert art.body.startswith("The foreign ministers")
    assert art.language == "en"


def test_source_line_sets_publisher():
    art = make_article("a.txt", STORY.replace("Based On ANI Report", "Source: Kyodo"))
    assert art.publisher == "Kyodo"


def test_same_story_with_other_whitespace_is_one_article(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_text(STORY.replace("\n\n", "\n\n\n").replace(" and signed", "  and signed"))
    articles, quarantined = read_inputs(tmp_path)
    assert len(articles) == 1
    assert [(q.source_uri, q.reason) for q in quarantined] == [("b.txt", "duplicate")]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("header_only.txt", b" date 2025-01-01 \n\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text"),
        ("latin1.txt", "Le ministre a signé l'accord à Genève".encode("latin-1"), "not_text"),
        ("page.txt", b"<!DOCTYPE html><html><body>The minister met the envoy in the city today.</body></html>", "unsupported_format"),
        ("french.txt", "Le ministre des affaires étrangères a rencontré son homologue allemand à Paris lundi pour "
                       "discuter des sanctions.".encode(), "unsupported_language"),
        ("future.txt", b" date 2999-01-01 \n\nThe foreign minister of India met the envoy of Japan in Tokyo.", "bad_date"),
        ("old.txt", b" date 1850-01-01 \n\nThe foreign minister of India met the envoy of Japan in Tokyo.", "bad_date"),
        ("table.csv", b"a,b\n1,2\n", "unsupported_format"),
    ],
)
def test_bad_input_is_quarantined_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(STORY)
    articles, quarantined = read_inputs(tmp_path)
    assert [a.source_uri for a in articles] == ["good.txt"]
    assert [(q.source_uri, q.reason) for q in quarantined] == [(name, reason)]
    assert quarantined[0].detail


def test_utf16_with_bom_and_windows_line_endings_are_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + STORY.replace("\n", "\r\n").encode("utf-16-le"))
    articles, quarantined = read_inputs(tmp_path)
    assert quarantined == [] and articles[0].publisher == "ANI"
    assert "\r" not in articles[0].body


def test_too_large_file_is_quarantined(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    (tmp_path / "big.txt").write_text(STORY * 3)
    articles, quarantined = read_inputs(tmp_path)
    assert articles == [] and quarantined[0].reason == "too_large"


def test_jsonl_reads_good_lines_and_quarantines_broken_ones(tmp_path):
    good = {"text": "The prime ministers of India and Japan met in Tokyo and signed a trade agreement.",
            "title": "Summit", "date": "2025-02-01", "url": "https://example.org/a", "publisher": "Kyodo"}
    lines = [json.dumps(good), "{not json", json.dumps({"title": "no text"}), "",
             json.dumps({**good, "text": good["text"] + " Both sides welcomed it.", "url": None})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines))
    articles, quarantined = read_inputs(tmp_path)
    assert sorted(a.source_uri for a in articles) == ["feed.jsonl#L5", "https://example.org/a"]
    assert {a.publisher for a in articles} == {"Kyodo"}
    assert [(q.source_uri, q.reason) for q in quarantined] == [("feed.jsonl#L2", "bad_json"),
                                                               ("feed.jsonl#L3", "bad_record")]


def test_article_id_depends_on_text_only():
    a = make_article("x/a.txt", STORY)
    b = make_article("y/b.txt", STORY.replace("Based On ANI Report", "Source: Other"))
    assert a.article_id == b.article_id
    assert a.article_id.startswith("art_") and len(a.article_id) == 20


def test_attribution_lines_at_the_end_are_all_taken_off_the_body():
    body = "India and Japan signed a pact on Monday in Tokyo, the ministry said in a statement. " * 3
    article = make_article("a.txt", f"date 2025-01-01\n\n{body}\n\nBased On MEA Statement\n\nSource: Entente wire\n")
    assert article.body == body.strip() and article.publisher == "Entente wire"


def test_headings_and_bulleted_lines_are_paragraphs_of_their_own():
    text = ("date 2025-01-01\n\nBRUSSELS SUSPENDS VISA-FREE TRAVEL\nThe Council of the European Union on Monday suspended "
            "visa-free travel for holders of Georgian diplomatic passports, a first.\n\nIN BRIEF\n- Armenia and Georgia "
            "held talks on Thursday.\n- Azerbaijan freed four detainees.")
    assert make_article("a.txt", text).body.split("\n\n") == [
        "BRUSSELS SUSPENDS VISA-FREE TRAVEL",
        "The Council of the European Union on Monday suspended visa-free travel for holders of Georgian diplomatic "
        "passports, a first.", "IN BRIEF", "- Armenia and Georgia held talks on Thursday.",
        "- Azerbaijan freed four detainees."]

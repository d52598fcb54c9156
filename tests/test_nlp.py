"""The optional spaCy setting (ENTENTE_NLP=spacy): off by default and never imported then, a clear error
when asked for without the model, and, where the model is installed, person names the rules miss."""

import subprocess
import sys
import textwrap

import pytest

from entente import nlp
from entente.coder import code_article
from entente.ingest import make_article

BODY = ("Abdelhakim Shaibi condemned the closure of the Ras Jedir crossing by Libya on Monday.\n\n"
        "The statement was published on the website of the ministry and was read out to the press.")


def test_without_the_setting_spacy_is_never_imported():
    script = textwrap.dedent(f"""
        import sys
        from entente.codebook import default_codebook
        from entente.coder import code_article
        from entente.ingest import make_article
        codebook = default_codebook()
        code_article(codebook, make_article("a.txt", "date 2025-07-02\\n\\n" + {BODY!r} + "\\n\\nSource: Test"))
        print(codebook.nlp == "" and "spacy" not in sys.modules)
    """)
    env = {k: v for k, v in __import__("os").environ.items() if k != nlp.SETTING}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"


def test_an_unknown_setting_or_a_missing_model_is_a_clear_error(monkeypatch):
    monkeypatch.setenv(nlp.SETTING, "bert")
    with pytest.raises(nlp.NlpUnavailable, match="set it to 'spacy'"):
        nlp.nlp_setting()
    monkeypatch.setitem(sys.modules, "spacy", None)  # as if spaCy were not installed
    nlp.spacy_pipeline.cache_clear()
    try:
        with pytest.raises(nlp.NlpUnavailable, match=r"pip install -e '\.\[nlp\]'"):
            nlp.spacy_pipeline()
    finally:
        nlp.spacy_pipeline.cache_clear()


def test_with_the_model_a_person_the_rules_miss_is_found(codebook):
    pytest.importorskip("spacy")
    from entente.codebook import with_spacy

    try:
        model = with_spacy(codebook)
    except nlp.NlpUnavailable:
        pytest.skip("no English spaCy pipeline installed")
    article = make_article("a.txt", f"date 2025-07-02\n\n{BODY}\n\nSource: Test")
    rules, both = code_article(codebook, article), code_article(model, article)
    assert not [e for e in rules.entities if e.actor_type == "person"]
    assert [(e.name, e.actor_type) for e in both.entities if e.actor_type == "person"] == [("Abdelhakim Shaibi", "person")]
    assert [(e.event_type, both.entities[e.source].name) for e in both.events] == [("ACCUSE", "Abdelhakim Shaibi")]
    assert model.extractor.endswith(model.nlp) and model.coder_digest != codebook.coder_digest

import shutil

import pytest
import yaml

from entente.codebook import CODEBOOK_DIR, CodebookError, default_codebook, load_codebook, verb_forms
from entente.coder import code_article
from entente.ingest import make_article


def test_codebook_loads_and_covers_every_plover_type(codebook):
    types = {t.type for triggers in codebook.triggers_by_first.values() for t in triggers}
    assert len(types) == 16
    assert codebook.version and len(codebook.digest) == 64
    assert codebook.quad_class("057") == 1 and codebook.quad_class("190") == 4


def test_verb_forms_include_regular_and_irregular():
    assert {"sign", "signs", "signed", "signing"} <= verb_forms("sign", {})
    assert "held" in verb_forms("hold", {"hold": ["held"]})


def test_the_default_codebook_is_kept_in_the_cache_folder_by_digest(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTENTE_CACHE", str(tmp_path))
    default_codebook.cache_clear()
    try:
        loaded = default_codebook()
        [copy] = tmp_path.glob("codebook-*.pickle")
        assert copy.name.startswith(f"codebook-{loaded.coder_digest[:20]}-")
        default_codebook.cache_clear()
        cached = default_codebook()
        assert cached == loaded and cached is not loaded
        copy.write_bytes(b"not a pickle")  # a broken copy is made again
        default_codebook.cache_clear()
        assert default_codebook() == loaded and copy.read_bytes() != b"not a pickle"
    finally:
        default_codebook.cache_clear()


def _copy(tmp_path):
    target = tmp_path / "codebook"
    shutil.copytree(CODEBOOK_DIR, target)
    return target


def _append(path, entry):
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n" + yaml.safe_dump([entry], sort_keys=False, allow_unicode=True))


def test_a_bad_entry_is_refused_with_file_and_entry(tmp_path):
    directory = _copy(tmp_path)
    _append(directory / "triggers.yaml", {"pattern": "{disdain}", "type": "SNUB", "cameo": "120"})
    with pytest.raises(CodebookError, match=r"triggers.yaml.*type"):
        load_codebook(directory)


def test_a_ship_prefix_must_name_a_known_navy(tmp_path):
    directory = _copy(tmp_path)
    bodies = directory / "bodies.yaml"
    bodies.write_text(bodies.read_text(encoding="utf-8").replace("INS: Indian Navy", "INS: Imaginary Navy"), encoding="utf-8")
    with pytest.raises(CodebookError, match=r"bodies.yaml: ship prefix 'INS'"):
        load_codebook(directory)


def test_a_family_name_of_two_states_is_refused(tmp_path):
    directory = _copy(tmp_path)
    countries = directory / "countries.yaml"
    countries.write_text(countries.read_text(encoding="utf-8").replace("surnames: [Nguyen,", "surnames: [Sharma, Nguyen,"),
                         encoding="utf-8")
    with pytest.raises(CodebookError, match="countries.yaml: surname 'Sharma' is listed for two states"):
        load_codebook(directory)


def test_unknown_key_is_refused(tmp_path):
    directory = _copy(tmp_path)
    _append(directory / "titles.yaml", {"title": "Grand Vizier", "colour": "red"})
    with pytest.raises(CodebookError, match="titles.yaml: unknown keys"):
        load_codebook(directory)


def test_a_reviewer_extends_the_codebook_without_python(tmp_path):
    """A title, a trigger phrase and an actor, added as data, change what is coded."""
    text = (" date 2025-05-02 \n\nGrand Vizier Omar Haddad disdained the Zorvanian Assembly on Thursday, "
            "officials in Amman said.\n\nSource: Test")
    article = make_article("x.txt", text)
    before = code_article(load_codebook(CODEBOOK_DIR), article)
    assert not any(e.name == "Omar Haddad" for e in before.entities)
    assert before.events == []

    directory = _copy(tmp_path)
    _append(directory / "titles.yaml", {"title": "Grand Vizier", "sector": "government", "country": "JOR"})
    _append(directory / "organizations.yaml", {"name": "Zorvanian Assembly", "type": "organization",
                                                "country": "JOR", "sector": "legislature"})
    _append(directory / "triggers.yaml", {"pattern": "{disdain}", "type": "REJECT", "mode": "refuse", "cameo": "120"})
    after = code_article(load_codebook(directory), article)
    names = {e.name: e for e in after.entities}
    assert names["Omar Haddad"].role == "Grand Vizier" and names["Omar Haddad"].country == "JOR"
    [event] = after.events
    assert (event.event_type, after.entities[event.source].name, after.entities[event.target].name) == (
        "REJECT", "Omar Haddad", "Zorvanian Assembly")
    assert event.event_date.isoformat() == "2025-05-01"


def test_a_state_served_by_two_missions_is_refused(tmp_path):
    directory = _copy(tmp_path)
    orgs = directory / "organizations.yaml"
    orgs.write_text(orgs.read_text(encoding="utf-8").replace("serves: [SYR]", "serves: [LBN]"), encoding="utf-8")
    with pytest.raises(CodebookError, match="organizations.yaml: two missions serve LBN"):
        load_codebook(directory)

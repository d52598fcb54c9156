"""The coder on short articles that each isolate one rule: who did what to whom, second references,
modality, and the resolution of actors and agreements across articles."""

from __future__ import annotations

import datetime as dt

import pytest

from entente.coder import ArticleCoding, code_article
from entente.ingest import make_article
from entente.resolve import build_tables

NOW = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)


FILLER = "The statement was published on the website of the ministry and was read out to the press."


def coded(codebook, body: str, date: str = "2025-11-12", name: str = "a.txt") -> ArticleCoding:
    """One article made of `body` and a neutral paragraph (ingest wants enough English words)."""
    return code_article(codebook, make_article(name, f"date {date}\n\n{body}\n\n{FILLER}\n\nSource: Test"))


def events(coding: ArticleCoding) -> list[tuple[str, str | None, str | None, str | None]]:
    def name(i: int | None) -> str | None:
        return coding.entities[i].name if i is not None else None

    return [(e.event_type, name(e.source), name(e.target), e.event_date.isoformat() if e.event_date else None)
            for e in coding.events]


def test_source_and_target_come_from_structure_not_order(codebook):
    got = events(coded(codebook, "Poland was criticised by Russia on Monday."))
    assert ("ACCUSE", "Russia", "Poland", "2025-11-10") in got


def test_joint_act_is_coded_once(codebook):
    got = events(coded(codebook, "India and Japan signed a Memorandum of Understanding on Space Cooperation on Tuesday."))
    assert [e[0] for e in got] == ["AGREE"]
    assert {got[0][1], got[0][2]} == {"India", "Japan"}


def test_several_events_in_one_sentence(codebook):
    got = events(coded(codebook, "Greece condemned the seizure on Monday and demanded that Iran release the tanker."))
    assert {e[0] for e in got} >= {"ACCUSE", "REQUEST"}
    assert ("REQUEST", "Greece", "Iran", "2025-11-10") in got


def test_hosted_is_the_visit_seen_from_the_host(codebook):
    got = events(coded(codebook, "Prime Minister Arvind Mehra hosted Vietnamese President Tran Van Hoa on Friday."))
    assert got == [("CONSULT", "Tran Van Hoa", "Arvind Mehra", "2025-11-07")]


@pytest.mark.parametrize("body", [
    "Russia did not sign the Treaty on Open Skies.",
    "Foreign Minister Lena Varga will visit Beijing next month.",
    "India would impose sanctions on the company if talks failed.",
    "Kyrgyzstan denied that it had deployed troops to the border.",
])
def test_acts_that_did_not_happen_are_not_events(codebook, body):
    got = events(coded(codebook, body))
    assert not [e for e in got if e[0] in ("AGREE", "CONSULT", "SANCTION", "MOBILIZE")], got


def test_second_references_resolve_within_the_article(codebook):
    coding = coded(codebook, "Indian Foreign Secretary Vikram Verma met Chinese Vice Minister Sun Weidong in "
                             "Beijing on Monday.\n\nVerma later told reporters that the minister had raised the "
                             "border issue. Beijing said the talks were candid.")
    persons = [e for e in coding.entities if e.actor_type == "person"]
    assert {p.name for p in persons} == {"Vikram Verma", "Sun Weidong"}
    verma = next(p for p in persons if p.name == "Vikram Verma")
    assert "Verma" in verma.aliases and verma.country == "IND"
    assert any(m.text == "the minister" for m in coding.mentions)
    china = next(e for e in coding.entities if e.name == "China")
    assert any(m.entity == china.index and m.text == "Beijing" for m in coding.mentions)


def test_demonyms_name_groups_of_their_state(codebook):
    coding = coded(codebook, "Chinese coast guard vessels fired water cannon at a Philippine boat on Sunday.")
    group = next(e for e in coding.entities if e.actor_type == "group")
    assert group.country == "CHN"


def test_one_actor_keeps_one_id_when_the_title_changes(codebook):
    first = coded(codebook, "Foreign Minister Lena Varga of Hungary met Polish Foreign Minister Jan Nowak on Monday.",
                  date="2024-03-05", name="a.txt")
    later = coded(codebook, "Prime Minister Lena Varga of Hungary met Polish President Jan Nowak on Tuesday.",
                  date="2025-10-08", name="b.txt")
    actors = build_tables([first, later], {}, "test", NOW)["actors"]
    varga = actors.filter(actors["name"] == "Lena Varga")
    assert varga.height == 1
    assert varga["role"][0] == "Prime Minister"


def test_an_agreement_named_two_ways_is_one_row_with_the_latest_status(codebook):
    first = coded(codebook, "India and the European Union held a round of talks on the India-EU FTA in Brussels "
                            "on March 3.", date="2025-03-05", name="a.txt")
    later = coded(codebook, "India and the European Union signed the India-European Union Free Trade Agreement "
                            "in New Delhi on October 6.", date="2025-10-07", name="b.txt")
    agreements = build_tables([first, later], {}, "test", NOW)["agreements"]
    assert agreements.height == 1, agreements
    assert agreements["status"][0] == "signed"
    assert agreements["status_date"][0] == dt.date(2025, 10, 6)

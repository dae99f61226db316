"""Quotes and their speakers, on invented text and on the example."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate import extract, ingest, pipeline


def speakers(tmp_path: Path, text: str) -> dict[str, str | None]:
    (tmp_path / "r.txt").write_text(text, "utf-8")
    sources, _ = pipeline.clean_all(ingest.read_inputs([tmp_path / "r.txt"]).documents)
    (parsed,) = extract.parse(sources)
    body = sources[0].text
    return {
        body[q.start : q.end]: body[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
        for q in extract.quotes(parsed)
    }


def test_attribution_patterns(tmp_path: Path):
    found = speakers(
        tmp_path,
        "The talks ended late on Tuesday.\n\n"
        "“We are closer than ever to a deal,” said Maria Lindqvist, the lead negotiator. "
        "“Nobody wants another winter of this.”\n\n"
        "Her counterpart was less sure. Tomas Berg said: “There are still three open points on the table.” "
        "“I would not bet on Friday,” he added.\n\n"
        "“The fleet will stay in port until further notice,” according to the harbour authority.\n",
    )
    assert "Maria Lindqvist" in found["We are closer than ever to a deal,"]
    assert "Maria Lindqvist" in found["Nobody wants another winter of this."]  # continues the quote
    assert "Tomas Berg" in found["There are still three open points on the table."]
    assert "Tomas Berg" in found["I would not bet on Friday,"]  # "he": the previous speaker
    assert "authority" in found["The fleet will stay in port until further notice,"]


def test_quoted_as_saying_and_more_speech_verbs(tmp_path: Path):
    found = speakers(
        tmp_path,
        "The minister left the hospital in the evening.\n\n"
        "\"Unfortunately, the condition of the patient remains very serious,\" the Harbour Post quoted "
        "Anna Kowalska as saying.\n\n"
        "Pressed on why the council had given a wrong count, Peter Lindgren answered: \"We work with "
        "the figures we are given by the city.\"\n",
    )
    assert found["Unfortunately, the condition of the patient remains very serious,"] == "Anna Kowalska"
    assert found["We work with the figures we are given by the city."] == "Peter Lindgren"


@pytest.mark.parametrize(
    ("speaker", "words"),
    [("ent-john-coale", "I’ll see what I can do"), ("ent-sviatlana-tsikhanouskaya", "It’s rather mixed feelings"),
     ("ent-alexander-lukashenko", "They say Trump loves flattery"), ("ent-artyom-shraibman", "more polyphonic"),
     ("ent-karoline-leavitt", "President Trump has done more to solve global conflicts")],
)
def test_example_quotes_are_attributed_to_the_right_entities(example_dossier: dict, speaker: str, words: str):
    (claim,) = [c for c in example_dossier["claims"] if c["kind"] == "quote" and words in c["value"]]
    assert claim["subject"] == speaker
    texts = {s["id"]: s["text"] for s in example_dossier["sources"]}
    for stated in claim["values"]:
        span = stated["span"]
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]

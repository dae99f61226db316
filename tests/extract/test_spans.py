"""The index of a parse's sentences and entities gives exactly spaCy's own spans; the mention
checks made once per text give exactly the whole-text searches they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corroborate import extract, ingest, pipeline
from corroborate.extract.mentions import Text
from corroborate.extract.nlp import Parsed
from corroborate.extract.spans import entities, entities_in, entity_at, sentence_of, sentences

ROOT = Path(__file__).resolve().parent.parent.parent
REPORTS = [ROOT / "examples/belarus-2025/000_ecad93d212ea3404.txt",
           ROOT / "corpora/maui-wildfires-2023/03_westhawaiitoday_ap.txt"]


@pytest.fixture(scope="module")
def parsed() -> tuple[Parsed, ...]:
    sources, _ = pipeline.clean_all(ingest.read_inputs(REPORTS).documents)
    return extract.parse(sources)


def test_the_index_gives_spacys_sentences_and_entities(parsed: tuple[Parsed, ...]):
    for p in parsed:
        doc = p.doc
        assert sentences(doc) == tuple(doc.sents) and entities(doc) == tuple(doc.ents)
        for sentence in doc.sents:
            assert entities_in(sentence) == list(sentence.ents)
        for token in doc:
            assert sentence_of(token) == token.sent
        for ent in doc.ents:
            assert sentence_of(ent) == ent.sent
            wider = doc[max(0, ent.start - 3) : min(len(doc), ent.end + 2)]
            assert entities_in(wider) == list(wider.ents)
            assert entity_at(doc[ent.start]) == ent
        with pytest.raises(LookupError):
            entity_at(next(t for t in doc if t.ent_iob_ != "B"))


def test_text_checks_match_the_searches_over_the_whole_text(parsed: tuple[Parsed, ...]):
    for p in parsed:
        text = p.source.text
        checked = Text(text)
        for ent in p.doc.ents:
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            line_end = text.find("\n", ent.end_char)
            line = text[line_start : line_end if line_end >= 0 else None]
            words = [w for w in line.split() if w[:1].isalpha()]
            headline = len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
            assert checked.in_headline(ent.start_char, ent.end_char) == headline
            lower = ent.text.lower()
            assert checked.contains(lower) == (lower in text)
            for token in ent:
                word = token.lower_
                assert checked.has_word(word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None)

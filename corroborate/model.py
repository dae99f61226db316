"""The values that flow between stages. All frozen: a stage returns new values, never mutates.

Offsets are 0-based, end-exclusive, in code points (Python `str` indices), into the cleaned
text of a source, as dossier/1 requires.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from corroborate.event_types import EventType
from corroborate.lang.en.time import MONTH_NAMES, SEASON_NAMES


class InputFormat(StrEnum):
    """An input file's format. A document's `fmt` is only ever TEXT, MARKDOWN or HTML: how its
    content is cleaned. The other formats are containers their reader opens into those."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    PDF = "pdf"
    DOCX = "docx"
    EMAIL = "email"
    MBOX = "mbox"
    FEED = "feed"
    WARC = "warc"


class RemovedKind(StrEnum):
    """What a block dropped by cleaning was (the dossier/1 `removed.blocks[].kind` enum)."""

    COMMENTS = "comments"
    BOILERPLATE = "boilerplate"
    NAVIGATION = "navigation"
    ADVERTISING = "advertising"
    WIDGET = "widget"
    OTHER = "other"


@dataclass(frozen=True)
class Hints:
    """Metadata given with the input itself (JSON record fields, e-mail headers, feed items, WARC
    headers). They win over what we infer."""

    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    captured: str | None = None  # when an archive fetched the page (ISO day): not its publication
    rules: tuple[tuple[str, str], ...] = ()  # (field, where the input gave it), when not a JSON record
    notes: tuple[Evidence, ...] = ()  # what was dropped from the record, and why (metadata_evidence)

    def rule(self, field: str) -> str:
        """The evidence rule for a given field: which header or element of the input carried it."""
        return dict(self.rules).get(field, "given in the input record")


@dataclass(frozen=True)
class RawDocument:
    """One report as received: the exact bytes, and the text they decode to."""

    name: str  # the dossier's `file`: basename (plus `#n` for a record of a multi-record file) or URL
    path: str  # where it came from, for messages
    fmt: InputFormat
    raw: bytes  # this document's bytes as received (a JSON Lines record: its line)
    input_sha256: str  # sha256 of the whole input file it came from (stored as received)
    content: str  # decoded text or HTML, mojibake repaired
    encoding: str
    repairs: tuple[str, ...] = ()  # what decoding had to fix, in words
    hints: Hints = field(default_factory=Hints)
    record: int | None = None  # 1-based record number inside a JSON / JSON Lines file


@dataclass(frozen=True)
class InputFile:
    """A file exactly as read from disk: stored byte for byte, whatever becomes of it."""

    name: str
    path: str
    sha256: str
    data: bytes


@dataclass(frozen=True)
class RemovedBlock:
    kind: RemovedKind
    text: str
    rule: str  # which cleaning rule removed it, so every removal explains itself


@dataclass(frozen=True)
class Evidence:
    """Where a metadata value was read: a span of the cleaned text (or None) and the rule used."""

    field: str
    value: str
    rule: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Metadata:
    title: str | None
    outlet: str | None
    published: str | None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    bylines: tuple[str, ...]
    language: str  # ISO 639-1, "und" when it cannot be told
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Source:
    """A cleaned report with its metadata: what the rest of the pipeline reads."""

    id: str  # "src-" + the first 12 hex digits of sha256: stable across runs
    sha256: str  # of doc.raw
    doc: RawDocument
    text: str
    removed: tuple[RemovedBlock, ...]
    meta: Metadata


@dataclass(frozen=True)
class Rejection:
    """An input that was skipped, and why: one line for the user."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class EntityType(StrEnum):
    """The dossier/1 `entities[].type` enum."""

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    PRODUCT = "product"
    OTHER = "other"


# spaCy labels we keep, and the type each one votes for. NORP (nationalities, "Ukrainian"),
# dates, numbers and money are not entities of the dossier.
LABEL_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "PRODUCT": EntityType.PRODUCT,
    "EVENT": EntityType.OTHER,
    "LAW": EntityType.OTHER,
    "WORK_OF_ART": EntityType.OTHER,
}

# A context cue ("the airline X", "Mr. X", the report's byline) outweighs this many NER labels:
# labels on news text are noisy, cues from the parse much less so.
CUE_WEIGHT = 3.0


@dataclass(frozen=True)
class Cue:
    """Context that says what a name is: the type, why (in words), and how much it weighs."""

    type: EntityType
    why: str
    weight: float = CUE_WEIGHT


@dataclass(frozen=True)
class Mention:
    """A name as it stands in one source: exact characters, what NER called it, and context cues."""

    source: str  # Source.id
    start: int
    end: int
    text: str  # == source.text[start:end]
    label: str  # the NER label (PERSON, ORG, GPE, ...)
    cues: tuple[Cue, ...] = ()

    @property
    def form(self) -> str:
        """The surface form with whitespace normalised: what an alias is."""
        return " ".join(self.text.split())


@dataclass(frozen=True)
class Link:
    """Why one alias was joined to an entity: the rule and the features that matched."""

    alias: str
    to: str  # the alias it was matched against
    rule: str
    features: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # source ids involved


@dataclass(frozen=True)
class Entity:
    id: str
    type: EntityType
    name: str  # canonical display name
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    links: tuple[Link, ...] = ()  # how the aliases came together
    type_votes: tuple[tuple[str, float], ...] = ()  # (type, weight) that decided `type`


class DerivationKind(StrEnum):
    """How one source derives from another (dossier/1 `derived_from[].kind`)."""

    COPY = "copy"  # the same text
    WIRE = "wire"  # both carry one agency's story
    TRANSLATION = "translation"
    REWRITE = "rewrite"
    SUMMARY = "summary"
    CITES = "cites"  # names the other source as where it got the story


@dataclass(frozen=True)
class DerivedFrom:
    """One source copies, translates, rewrites, summarises or cites another of the run."""

    source: str  # the source id it derives from
    kind: DerivationKind
    score: float  # 0..1
    evidence: tuple[str, ...]  # the shared details or the attribution, in words
    # The aligned passages, each as the two reports write it: (this report's words, the other's).
    passages: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Origin:
    """Where a source stands: its group's original, and what it derives from."""

    source: str
    origin: str  # the source id of the group's original
    derived_from: tuple[DerivedFrom, ...] = ()
    # Links whose evidence is too weak to count: offered to the reader, never used for the origin
    # or in independence counts.
    possibly_derived_from: tuple[DerivedFrom, ...] = ()


class Qualifier(StrEnum):
    """How a number is stated: "52" exact, "more than 50", "some 4%" about, "up to 30"."""

    EXACT = "exact"
    AT_LEAST = "at least"
    MORE_THAN = "more than"
    ABOUT = "about"
    UP_TO = "up to"
    LESS_THAN = "less than"


@dataclass(frozen=True)
class When:
    """When a stated happening took place, as precisely as the text says: a year (or None when the
    text does not say and the report's date is unknown), the months it may fall in (all twelve
    when only the year is known), or a running total ("since ...", "so far")."""

    year: int | None
    months: frozenset[int]
    total: bool = False
    text: str = ""  # the words it was read from
    inherited: bool = False  # read from an earlier sentence of the same paragraph
    day: int | None = None  # when the text names the day ("December 13", "on Friday")
    start: int | None = None  # the words' span in the source text, when read from it
    end: int | None = None

    @property
    def iso(self) -> str:
        """ISO 8601 at the precision known: '2025-12-13', '2025-12', '--12' (no year), '2025'."""
        if self.total or len(self.months) != 1:
            return f"{self.year:04d}" if self.year else ""
        month = next(iter(self.months))
        if self.year is None:
            return f"--{month:02d}"
        return f"{self.year:04d}-{month:02d}" + (f"-{self.day:02d}" if self.day else "")

    @property
    def precise(self) -> bool:
        """Precise enough to tell one happening from another: a running total, or a season at most."""
        return self.total or 0 < len(self.months) <= 3

    def overlaps(self, other: When) -> bool:
        """Whether two times can be the same: both running totals, or months in common in a year that
        is the same or unknown on one side."""
        if self.total or other.total:
            return self.total and other.total
        return (self.year is None or other.year is None or self.year == other.year) and bool(self.months & other.months)

    @property
    def words(self) -> str:
        """'June 2025', 'summer 2025', '13 December 2025', 'running total'."""
        if self.total:
            return "running total"
        year = f" {self.year}" if self.year else ""
        if len(self.months) == 1:
            return (f"{self.day} " if self.day else "") + MONTH_NAMES[next(iter(self.months)) - 1] + year
        if self.months in SEASON_NAMES:
            return SEASON_NAMES[self.months] + year
        return (year.strip() or "year not stated") if len(self.months) == 12 else f"months {sorted(self.months)}{year}"


@dataclass(frozen=True)
class Reference:
    """The date a report's relative times count from: its publication date, or, for an undated
    report, an estimate from the reports of its story (then only years are read from it)."""

    date: str | None
    estimated: bool = False
    why: str = ""


class QuantityKind(StrEnum):
    """What a number measures."""

    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DURATION = "duration"
    AGE = "age"


@dataclass(frozen=True)
class Quantity:
    """A number a report states, with what it counts and the happening it belongs to."""

    source: str
    start: int  # the sentence
    end: int
    value_start: int  # the number expression inside it ("more than 250")
    value_end: int
    value: float
    qualifier: Qualifier
    kind: QuantityKind
    unit: str  # what it counts, normalised: "people", "% of gdp", "usd", "year"
    unit_text: str  # as written: "political prisoners"
    trigger: str  # the happening, normalised: "release", "sentence", "" when none
    trigger_text: str
    when: When | None
    dated: bool = False  # the sentence's date modifies the happening itself ("freed on Friday", not "said on Friday")
    place: tuple[int, int, str] | None = None  # a name the happening points to, and how: (start, end, "to" | "in")


@dataclass(frozen=True)
class Role:
    """What a report calls a person: "opposition leader X", "X, a Washington lawyer"."""

    source: str
    start: int  # the sentence
    end: int
    person_start: int  # the name
    person_end: int
    phrase_start: int  # the description, as written
    phrase_end: int
    head: str  # the description's head noun, lower case: "leader", "lawyer", "envoy"
    phrase: str  # the description as written, whitespace normalised


@dataclass(frozen=True)
class Quote:
    """Words a report puts in someone's mouth, and who it says spoke them (and by which rule)."""

    source: str
    start: int  # the quoted words, without the quotation marks
    end: int
    speaker_start: int | None  # the words naming the speaker (a name, or the pronoun resolved)
    speaker_end: int | None
    rule: str  # how the speaker was found: "speech verb", "according to", "pronoun", "continues"


class ClaimKind(StrEnum):
    """What a claim states (dossier/1 `claims[].kind`)."""

    QUANTITY = "quantity"
    ATTRIBUTE = "attribute"  # what a person is called, or their age
    QUOTE = "quote"
    DATE = "date"  # when a happening took place
    PLACE = "place"  # where


class ConflictKind(StrEnum):
    """What a conflict is about (dossier/1 `conflicts[].kind`)."""

    NUMBER = "number"
    DATE = "date"
    PLACE = "place"
    PERSON = "person"
    OTHER = "other"


class ClaimStatus(StrEnum):
    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"
    SINGLE_SOURCE = "single-source"


@dataclass(frozen=True)
class Claim:
    """One value of one fact, with every report that states it (values that agree are one claim).
    A number comes with the quantities stating it; a description of a person with its roles."""

    id: str
    fact: str  # the fact it is a value of: claims of one fact that disagree are in conflict
    kind: ClaimKind
    statement: str
    value: float | str
    qualifier: Qualifier | None
    unit: str | None
    quantities: tuple[Quantity, ...]
    origins: tuple[str, ...]  # the origins (independence groups) of the sources that state it
    status: ClaimStatus
    subject: str | None = None  # entity id
    conflicts_with: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()  # why these statements are one fact, in words
    roles: tuple[Role, ...] = ()
    quotes: tuple[Quote, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()  # per quantity, the words of a date or place claim

    @property
    def sources(self) -> set[str]:
        return {q.source for q in self.quantities} | {r.source for r in self.roles} | {q.source for q in self.quotes}


@dataclass(frozen=True)
class Conflict:
    id: str
    topic: str
    claims: tuple[Claim, ...]  # one per disagreeing value
    note: str | None = None
    kind: ConflictKind = ConflictKind.NUMBER


class Mood(StrEnum):
    """Whether a report says a happening took place, or only that it was promised, offered or failed."""

    FACT = "fact"
    PLEDGED = "pledged"  # "he pledged to release"
    PROPOSED = "proposed"  # "suggested a meeting", "would need to", "could buy"
    FAILED = "failed"  # "the idea fizzled out"
    NEGATED = "negated"  # "did not meet"


@dataclass(frozen=True)
class EventMention:
    """One report's words for a happening: the trigger word, who did it, to whom, when and where."""

    source: str
    start: int  # the sentence
    end: int
    trigger_start: int  # the verb or event noun ("released", "meeting")
    trigger_end: int
    type: EventType
    trigger: str  # its lemma
    when: When | None
    dated: bool  # the date words modify the trigger in the parse
    mood: Mood
    agent: tuple[int, int] | None = None  # who did it (a pronoun is replaced by the name it stands for)
    partner: tuple[int, int] | None = None  # with whom ("met with X", "called X")
    scope: tuple[int, int] = (0, 0)  # the trigger's phrase: its participants are named inside
    patient: str = ""  # what or whom it happened to, as written ("123 political prisoners")
    target: frozenset[str] = frozenset()  # content words of what sanctions are on ("oil", "airline")
    place: tuple[int, int] | None = None
    numbers: tuple[int, ...] = ()  # start offsets of the numbers counting its patient (to link quantities)
    why: str = ""


@dataclass(frozen=True)
class Event:
    """One real happening, as one or more reports state it."""

    id: str
    type: EventType
    when: When | None
    summary: str
    mentions: tuple[EventMention, ...]
    origins: tuple[str, ...]
    actors: tuple[str, ...] = ()  # entity ids
    place: str | None = None  # entity id
    quantity: tuple[float, str] | None = None  # (value, unit) of its best-supported count
    claims: tuple[str, ...] = ()
    conflicted: bool = False  # a claim about it is contradicted
    evidence: tuple[str, ...] = ()  # why its mentions are one happening, and where its date comes from

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.mentions))


class ExchangeStatus(StrEnum):
    DONE = "done"
    PLEDGED = "pledged"
    PROPOSED = "proposed"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SideMention:
    """One side of a trade as a report words it: what was given (its words and span), by whom."""

    what: str
    start: int
    end: int
    by: tuple[int, int] | None = None
    event: EventMention | None = None


@dataclass(frozen=True)
class ExchangeMention:
    """A report's statement that one thing was traded for another, with the cue that says so."""

    source: str
    start: int  # the sentence(s)
    end: int
    given: SideMention  # what one party gave
    received: SideMention  # what it got for it
    status: ExchangeStatus
    cue: str  # "in exchange for", "in return", "after", "deal"
    cue_start: int = 0
    cue_end: int = 0


@dataclass(frozen=True)
class Side:
    by: str | None  # entity id
    what: str
    event: str | None  # event id


@dataclass(frozen=True)
class Exchange:
    id: str
    given: Side
    received: Side
    status: ExchangeStatus
    mentions: tuple[ExchangeMention, ...]
    origins: tuple[str, ...]
    evidence: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True)
class Analysis:
    """What the extract and reconcile stages found in a run's sources."""

    entities: tuple[Entity, ...] = ()
    origins: tuple[Origin, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    events: tuple[Event, ...] = ()
    exchanges: tuple[Exchange, ...] = ()


@dataclass(frozen=True)
class Known:
    """What resolution and derivation found, indexed once per run for every later stage: which
    entities' mentions cover a character, and each report's origin.

        known = Known.of(entities, origins)
        known.at(source, offset, {EntityType.PERSON})     the person named at that character
        known.inside(source, start, end)                  (start, end, entity) of each mention inside
        known.origin(source)                              the id of the report it derives from, or its own
    """

    entities: tuple[Entity, ...]
    origins: tuple[Origin, ...]
    # Per source, every mention as (start, end, entity), in the order of the entities.
    mentions: dict[str, tuple[tuple[int, int, Entity], ...]] = field(repr=False, compare=False)
    covering: dict[tuple[str, int], tuple[Entity, ...]] = field(repr=False, compare=False)
    origin_of: dict[str, str] = field(repr=False, compare=False)

    @classmethod
    def of(cls, entities: tuple[Entity, ...], origins: tuple[Origin, ...]) -> Known:
        mentions: dict[str, list[tuple[int, int, Entity]]] = {}
        covering: dict[tuple[str, int], list[Entity]] = {}
        for e in entities:
            for m in e.mentions:
                mentions.setdefault(m.source, []).append((m.start, m.end, e))
                for i in range(m.start, m.end):
                    covering.setdefault((m.source, i), []).append(e)
        return cls(entities, origins, {s: tuple(ms) for s, ms in mentions.items()},
                   {k: tuple(es) for k, es in covering.items()}, {o.source: o.origin for o in origins})

    def at(self, source: str, offset: int, types: frozenset[EntityType] | None = None) -> Entity | None:
        """The entity (of `types`) whose mention covers this character: the last one, where two do."""
        found = [e for e in self.covering.get((source, offset), ()) if types is None or e.type in types]
        return found[-1] if found else None

    def inside(self, source: str, start: int, end: int, types: frozenset[EntityType] | None = None
               ) -> list[tuple[int, int, Entity]]:
        """Each mention (of an entity of `types`) that lies within [start, end), in entity order."""
        return [x for x in self.mentions.get(source, ()) if start <= x[0] and x[1] <= end
                and (types is None or x[2].type in types)]

    def starting_at(self, source: str, offset: int, types: frozenset[EntityType] | None = None) -> Entity | None:
        """The entity (of `types`) with a mention that starts at this character: the last one, where two do."""
        found = [e for start, _, e in self.mentions.get(source, ())
                 if start == offset and (types is None or e.type in types)]
        return found[-1] if found else None

    def origin(self, source: str) -> str:
        return self.origin_of.get(source, source)

    def origins_of(self, sources: Iterable[str]) -> tuple[str, ...]:
        """The distinct origins of these reports, sorted: how many independent sources they are."""
        return tuple(sorted({self.origin(s) for s in sources}))

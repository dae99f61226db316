"""Entity resolution: one entity per real person or organisation, however the reports spell it.

    resolve(mentions) -> Resolution(entities, comparisons, groups)

1. Forms. Mentions with the same folded spelling are one form; every mention votes for a type
   (its NER label once, each context cue CUE_WEIGHT times), summed over the whole run.
2. Within a report. Full personal names (two or more words) that compare as one person join;
   a short form (surname alone, first name alone) joins the full name it abbreviates, or, when
   several share it, the one mentioned last before it. Short organisation names join the longer
   name they end ("the Courier") or abbreviate ("UN").
3. Across reports. Groups are filed under blocking keys (name skeletons, normalised names,
   acronyms) and compared only within a key, so the cost follows the number of distinct
   spellings, not the square of the mentions. Personal names merge by names.compare with
   complete linkage (every full name of one side must match every full name of the other);
   a surname alone joins only an unambiguous full name.
4. Recovery (reconcile/recovery.py). The mentions NER missed, found again by each entity's names.
Every join is recorded as a Link with the rule and the features that matched.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from corroborate.lang.xx import names as xx_names
from corroborate.model import CUE_WEIGHT, LABEL_TYPES, Entity, EntityType, Link, Mention
from corroborate.reconcile import acronyms
from corroborate.reconcile.gazetteer import place_of
from corroborate.reconcile.names import PersonName, compare, fold, parse_name, surname_keys
from corroborate.reconcile.recovery import aliases, recover_mentions
from corroborate.reconcile.spelling import has_acronym_word, key, one_qualifier_apart, same_words

# How this matcher is named in the dossier: names compared part by part: surname skeletons with gendered
# endings, given-name variants, initials.
ALGORITHM = "name-parts-v1"

# A bare word stays a place, not a person's surname, when more than this share of its votes say place
# ("Lincoln" next to "Abraham Lincoln"), unless it has a gendered surname ending: a GPE label
# on "Sokolovskaya" is a tagging slip.
PLACE_SHARE = 0.5
# Ties between types go to the first in this order.
TYPE_ORDER = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.PRODUCT, EntityType.OTHER)
# Small words left out of an organisation's name key, in the languages of the reports (many at once).
STOP_WORDS = xx_names.ORGANISATION_STOP_WORDS


@dataclass
class _Group:
    """Mentions believed to be one entity, growing as groups merge (internal, mutable)."""

    mentions: list[Mention]
    person: bool
    links: list[Link] = field(default_factory=list)

    @property
    def forms(self) -> set[str]:
        return {m.form for m in self.mentions}

    @property
    def full_names(self) -> list[PersonName]:
        if not self.person:
            return []
        forms = [f for f in sorted(self.forms) if len(f.split()) > 1 and not has_acronym_word(f)]
        return [n for n in map(parse_name, forms) if n.full]


@dataclass(frozen=True)
class Resolution:
    entities: tuple[Entity, ...]
    comparisons: int  # name pairs compared across reports (the cost blocking keeps near-linear)
    groups: int  # entities found inside single reports, before merging across reports


def resolve(mentions: Sequence[Mention], texts: Mapping[str, str]) -> Resolution:
    """`texts`: each source's text by id, to find the mentions NER missed (recovery.recover_mentions)."""
    votes = _votes(mentions)
    by_source: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_source[mention.source].append(mention)
    groups = [g for source in sorted(by_source) for g in _within_source(by_source[source], votes)]
    merged, comparisons = _across_sources(groups, texts)
    return Resolution(recover_mentions(_entities(merged), texts), comparisons, len(groups))


# 1. Forms and type votes.


Votes = defaultdict[EntityType, float]  # type -> weight: NER labels count 1, cues their weight


def _votes(mentions: Iterable[Mention]) -> dict[str, Votes]:
    """Type votes per form (folded spelling), summed over the whole run."""
    votes: dict[str, Votes] = defaultdict(lambda: defaultdict(float))
    for m in mentions:
        _vote(votes[key(m.form)], m)
    return votes


def _vote(votes: Votes, mention: Mention) -> None:
    votes[LABEL_TYPES[mention.label]] += 1
    for cue in mention.cues:
        votes[cue.type] += cue.weight


def _best(counter: Votes) -> EntityType:
    return max(TYPE_ORDER, key=lambda t: (counter[t], -TYPE_ORDER.index(t)))


# 2. Within one report.


def _within_source(mentions: list[Mention], votes: dict[str, Votes]) -> list[_Group]:
    by_form: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_form[key(m.form)].append(m)

    def is_person(form_key: str) -> bool:
        counter = votes[form_key].copy()
        words = form_key.split()
        if len(words) > 1 and words[-1] in by_form:  # "Anna Kowal" (ORG) and "Kowal" (PERSON x4)
            counter[EntityType.PERSON] += votes[words[-1]][EntityType.PERSON]
        acronymed = any(has_acronym_word(m.form) for m in by_form[form_key])  # "МВД Словакии": an office
        return len(words) > 1 and not acronymed and _best(counter) is EntityType.PERSON and parse_name(form_key).full

    people: list[_Group] = []
    for form_key in sorted(k for k in by_form if is_person(k)):
        group = _Group(list(by_form.pop(form_key)), person=True)
        people.append(group)
    people = _merge_people_in_source(people)
    others = _link_short_people(by_form, people, votes)
    return people + _merge_organisations(others, votes)


def _merge_people_in_source(people: list[_Group]) -> list[_Group]:
    merged: list[_Group] = []
    for group in people:
        for other in merged:
            verdict = _linkable(other, group)
            if verdict is not None:
                other.links.append(Link(group.mentions[0].form, other.mentions[0].form, "same person in one report",
                                        verdict, (group.mentions[0].source,)))
                other.mentions += group.mentions
                break
        else:
            merged.append(group)
    return merged


def _linkable(a: _Group, b: _Group) -> tuple[str, ...] | None:
    """Complete linkage: every full name of `a` is the same person as every full name of `b`."""
    return _all_match(a.full_names, b.full_names)


def _all_match(names: Iterable[PersonName], others: Sequence[PersonName]) -> tuple[str, ...] | None:
    """The features of every pair's match, or None when any pair is not the same person."""
    features: list[str] = []
    for x in names:
        for y in others:
            verdict = compare(x, y)
            if not verdict.same:
                return None
            features += [f for f in verdict.features if f not in features]
    return tuple(features)


def _link_short_people(
    by_form: dict[str, list[Mention]], people: list[_Group], votes: dict[str, Votes]
) -> list[_Group]:
    """Attach surnames and first names alone to the full name they stand for; return what is left."""
    left: list[_Group] = []
    for form_key, mentions in sorted(by_form.items()):
        counter = votes[form_key]
        placeish = counter[EntityType.PLACE] > PLACE_SHARE * sum(counter.values())
        placeish &= parse_name(form_key).gender is None
        cued_other = {c.type for m in mentions for c in m.cues if c.weight >= CUE_WEIGHT} - {EntityType.PERSON}
        candidates = [] if placeish or cued_other else _abbreviated(form_key, people)
        # A name of several words with an acronym in it ("Каховскую ГЭС", a plant NER took for a
        # person) is no person's, whatever the votes.
        person = _best(counter) is EntityType.PERSON and not (" " in form_key and any(
            has_acronym_word(m.form) for m in mentions))
        if not candidates:
            left.append(_Group(list(mentions), person=person))
            continue
        unsure = []
        for mention in mentions:
            target, rule = _nearest(mention, candidates)
            if target is None:
                unsure.append(mention)
                continue
            target.mentions.append(mention)
            target.links.append(Link(mention.form, target.mentions[0].form, rule, (), (mention.source,)))
        if unsure:
            left.append(_Group(unsure, person=person))
    return left


def _abbreviated(form_key: str, people: list[_Group]) -> list[_Group]:
    """The people whose full name `form_key` shortens: by surname, else by first name."""
    by_surname = [g for g in people if any(n.surname.replace("-", " ") == form_key for n in g.full_names)]
    if by_surname:
        return by_surname
    if " " not in form_key:
        return [g for g in people if any(n.given[:1] == (form_key,) for n in g.full_names)]
    return []


def _nearest(mention: Mention, candidates: list[_Group]) -> tuple[_Group | None, str]:
    """The one full name a short form can stand for: the only one, or the only one named before it
    ("Hrytsenko's wife, Olena Hrytsenko" after "Oleksandr Hrytsenko"). When two people of that name
    were both named before it ("Siamak Namazi ... Babak Namazi, his brother ... Namazi"), which one
    it is would be a guess: None."""
    if len(candidates) == 1:
        return candidates[0], "short form of the full name in the same report"
    before = [g for g in candidates if any(len(m.form.split()) > 1 and m.start < mention.start for m in g.mentions)]
    if len(before) != 1:
        return None, ""
    return before[0], "short form of the only full name before it that it can stand for"


def _merge_organisations(groups: list[_Group], votes: dict[str, Votes]) -> list[_Group]:
    """'Courier' joins 'Black Sea Courier', 'UN' joins 'United Nations', when exactly one fits.
    Only one-word names join, and only longer ones are joined, so no group both joins and is joined."""
    long_forms = {g.mentions[0].form: g for g in groups if len(key(g.mentions[0].form).split()) > 1}
    # Which long forms a short one can shorten: those ending in its one word, or with its acronym.
    by_last, by_acronym = defaultdict(list), defaultdict(list)
    for f, g in long_forms.items():
        by_last[key(f).split()[-1]].append((f, g))
        by_acronym[acronym(f)].append((f, g))
    kept: list[_Group] = []
    for group in groups:
        form = group.mentions[0].form
        fits = by_acronym.get(key(form).replace(" ", ""), []) if _is_acronym(form) else by_last.get(key(form), [])
        targets = [g for f, g in fits if g is not group and _shortens(form, f, votes)]
        if len(targets) == 1:
            targets[0].mentions += group.mentions
            targets[0].links.append(Link(form, targets[0].mentions[0].form, _how_short(form),
                                         (), (group.mentions[0].source,)))
        else:
            kept.append(group)
    return kept


def _shortens(short: str, long: str, votes: dict[str, Votes]) -> bool:
    if not short[:1].isupper():
        return False
    if _is_acronym(short):
        return acronym(long) == key(short).replace(" ", "")
    short_words, long_words = key(short).split(), key(long).split()
    organisation = _best(votes[key(long)]) is EntityType.ORGANIZATION
    organisation &= _best(votes[key(short)]) not in (EntityType.PERSON, EntityType.PLACE)
    return organisation and len(short_words) == 1 < len(long_words) and long_words[-1] == short_words[0]


def _how_short(form: str) -> str:
    return "acronym of the full name" if _is_acronym(form) else "short form of the organisation's name"


def _is_acronym(form: str) -> bool:
    letters = form.replace(".", "").replace(" ", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()


def acronym(form: str) -> str:
    """'United Nations' -> 'un'; '' for one word, or for a name with an acronym in it ("AP Photo")."""
    if any(_is_acronym(w) for w in re.split(r"[\s\-/]+", form)):
        return ""
    words = [w for w in re.split(r"[\s\-]+", key(form)) if w and w not in STOP_WORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


# 3. Across reports.


@dataclass
class _Clusters:
    """Union-find over groups, merging their contents as they join (internal)."""

    groups: list[_Group]
    comparisons: int = 0

    def __post_init__(self) -> None:
        self.parent = list(range(len(self.groups)))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, link: Link) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[rj] = ri
            self.groups[ri].mentions += self.groups[rj].mentions
            self.groups[ri].links += [*self.groups[rj].links, link]

    def roots(self) -> list[_Group]:
        return [g for i, g in enumerate(self.groups) if self.find(i) == i]


def _across_sources(groups: list[_Group], texts: Mapping[str, str]) -> tuple[list[_Group], int]:
    """Merge groups of different reports that are one entity. Returns them and the comparisons made."""
    people = _Clusters([g for g in groups if g.person and g.full_names])
    # The same letters are the same full name, spaces and hyphens aside ("Al-e-Sadegh" / "Ale-Sadegh").
    _join_same_keys(people, lambda g: {key(f).replace(" ", "") for f in g.forms if len(f.split()) > 1},
                    "same full name")
    _join_compatible_people(people)
    bare = _Clusters([g for g in groups if g.person and not g.full_names])
    _join_same_keys(bare, lambda g: {key(f) for f in g.forms}, "same name alone")
    _attach_surnames(bare, people, texts)
    things = _Clusters([g for g in groups if not g.person])
    _join_same_keys(things, lambda g: {key(f) for f in g.forms}, "same name")
    _join_same_keys(things, _places, "same place in the gazetteer (CLDR)")
    _join_acronyms(things)
    _join_defined_acronyms(things, texts)
    _join_spelling_variants(things)
    _attach_short_organisations(things)
    _attach_tails(things)
    comparisons = people.comparisons + bare.comparisons + things.comparisons
    return [g for g in people.roots() + bare.roots() + things.roots() if g.mentions], comparisons


def _join_same_keys(clusters: _Clusters, keys_of: Callable[[_Group], set[str]], rule: str) -> None:
    """Join every two groups that share a key: a hash join, linear in the number of groups."""
    first: dict[str, int] = {}
    for i, group in enumerate(clusters.groups):
        for k in sorted(keys_of(group)):
            if k in first:
                other = clusters.groups[first[k]]
                clusters.join(first[k], i, Link(group.mentions[0].form, other.mentions[0].form, rule, (f"key '{k}'",),
                                                _sources(group)))
            else:
                first[k] = i


def _places(group: _Group) -> set[str]:
    """The gazetteer's places a group of place names stands for ("Moskwa", "Moscou": one city). A name
    in capitals is most often a dateline, where the report was filed rather than what it is about
    ("MOSCOW" above a report on what "Moscow", the government, said): it joins by its own spelling
    only."""
    if _best(_group_votes(group)) is not EntityType.PLACE:
        return set()
    return {p.id for p in map(place_of, (f for f in group.forms if not f.isupper())) if p is not None}


def _join_compatible_people(people: _Clusters) -> None:
    """Compare people filed under the same surname key; join those every name of which matches."""
    for members in _blocks(people, lambda g: {k for n in g.full_names for k in surname_keys(n)}).values():
        for i, j in combinations(members, 2):
            ri, rj = people.find(i), people.find(j)
            if ri == rj:
                continue
            people.comparisons += 1
            features = _linkable(people.groups[ri], people.groups[rj])
            if features is not None:
                a, b = people.groups[ri], people.groups[rj]
                people.join(ri, rj, Link(b.mentions[0].form, a.mentions[0].form, "same person across reports",
                                         features, _sources(b)))


def _attach_surnames(bare: _Clusters, people: _Clusters, texts: Mapping[str, str]) -> None:
    """A surname alone joins the one person it can be; else a first name alone joins the one person
    it can be ("his wife Olena") if every report that writes it also writes that person's surname
    (a place NER took for a person's first name, "Agadir" beside "Agadir Ida Outanane", does not);
    with none or several, it stays apart."""
    blocks = _blocks(people, lambda g: {k for n in g.full_names for k in surname_keys(n)})
    firsts = _blocks(people, lambda g: {n.given[0] for n in g.full_names if len(n.given[0]) > 1})
    for group in bare.roots():
        name = parse_name(group.mentions[0].form)
        fits: dict[int, tuple[str, ...]] = {}
        for k in surname_keys(name):
            for i in {people.find(i) for i in blocks.get(k, [])} - set(fits):
                bare.comparisons += 1
                features = _all_match([name], people.groups[i].full_names)
                if features is not None:
                    fits[i] = features
        if not fits and " " not in name.surname:
            for i in {people.find(i) for i in firsts.get(name.surname, [])}:
                bare.comparisons += 1
                surnames = {n.form.split()[-1] for n in people.groups[i].full_names}
                if all(_writes_any(texts.get(s, ""), surnames) for s in _sources(group)):
                    fits[i] = (f"first name {name.surname} alone", "its reports also write the surname")
        if len(fits) == 1:
            ((i, features),) = fits.items()
            target = people.groups[i]
            target.mentions += group.mentions
            target.links.append(Link(name.form, target.mentions[0].form, "name alone: one person fits",
                                     features, _sources(group)))
            group.mentions = []


def _writes_any(text: str, words: set[str]) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


def _join_acronyms(things: _Clusters) -> None:
    """'UN' joins 'United Nations': an acronym as written joins the one long name in the run whose
    initials it is. Two long names with the same initials ("North America", "North Atlantic") are
    never joined by them, and an acronym that several long names fit joins none."""
    written: dict[str, list[int]] = defaultdict(list)
    spelled: dict[str, set[int]] = defaultdict(set)
    for i, group in enumerate(things.groups):
        for form in group.forms:
            if _is_acronym(form):
                written[key(form).replace(" ", "")].append(i)
            elif acronym(form):
                spelled[acronym(form)].add(i)
    for letters, short in sorted(written.items()):
        longs = {things.find(i) for i in spelled.get(letters, ())}
        things.comparisons += len(longs)
        if len(longs) != 1:
            continue
        (target,) = longs
        for i in short:
            group = things.groups[things.find(i)]
            things.join(target, things.find(i), Link(group.mentions[0].form, things.groups[target].mentions[0].form,
                                                    "acronym of the full name", (f"initials '{letters}'",),
                                                    _sources(group)))


def _join_defined_acronyms(things: _Clusters, texts: Mapping[str, str]) -> None:
    """'FSB' joins 'Federal Security Service' where a report writes "Federal Security Service (FSB)"."""
    by_source: dict[str, list[tuple[int, int, str, int]]] = defaultdict(list)
    for i, group in enumerate(things.groups):
        for m in group.mentions:
            by_source[m.source].append((m.start, m.end, m.form, i))
    defined: dict[str, set[int]] = defaultdict(set)
    for source, spans in sorted(by_source.items()):
        for letters, at in acronyms.defined(texts.get(source, ""), [s[:3] for s in spans]):
            defined[key(letters).replace(" ", "")].add(spans[at][3])
    written = {key(f).replace(" ", ""): i for i, g in enumerate(things.groups) for f in g.forms if _is_acronym(f)}
    for letters, longs in sorted(defined.items()):
        roots = {things.find(i) for i in longs}
        if len(roots) != 1 or letters not in written:
            continue  # two names defined by one acronym: which the acronym alone is, is a guess
        (target,) = roots
        group = things.groups[things.find(written[letters])]
        things.join(target, things.find(written[letters]), Link(
            group.mentions[0].form, things.groups[target].mentions[0].form, "acronym defined in parentheses",
            (f"'{letters.upper()}' in parentheses after the name",), _sources(group)))


def _join_spelling_variants(things: _Clusters) -> None:
    """Two names of several words (not people's) that are one name spelled two ways join: word for
    word, the same consonant skeleton or one letter apart ("International Organisation for Migration"
    / "... Organization ...", "Roosvelt Hospital" / "Roosevelt Hospital"). Filed by the initials of
    their words, an acronym word's too ("Каховскую ГЭС" / "Каховської ГЕС")."""
    for members in _blocks(things, lambda g: {_initials(f) for f in g.forms} - {""}).values():
        for i, j in combinations(members, 2):
            ri, rj = things.find(i), things.find(j)
            if ri == rj:
                continue
            things.comparisons += 1
            a, b = things.groups[ri], things.groups[rj]
            pair = next(((x, y) for x in sorted(a.forms) for y in sorted(b.forms) if same_words(x, y)), None)
            if pair is not None:
                things.join(ri, rj, Link(pair[1], pair[0], "same name spelled another way",
                                         (f"word for word: {pair[1]} ~ {pair[0]}",), _sources(b)))
                continue
            pair = next(((x, y) for x in sorted(a.forms) for y in sorted(b.forms) if one_qualifier_apart(x, y)), None)
            if pair is not None:
                things.join(ri, rj, Link(pair[1], pair[0], "same name with another qualifier of the same initial",
                                         (f"all words but one the same: {pair[1]} ~ {pair[0]}",), _sources(b)))


def _initials(form: str) -> str:
    """The first letters of a name's words (small words left out), an acronym counting as a word:
    'Каховскую ГЭС' -> 'kg'; '' for one word."""
    words = [w for w in key(form).split() if w not in STOP_WORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _attach_short_organisations(things: _Clusters) -> None:
    """A one-word name (not a person's or place's) joins the one longer organisation name in the run
    that ends with it ("the Courier", "the Times"); failing that, the one that is it and words
    saying what kind of body it is ("Halvard" / "Halvard Group": xx_names.ORGANISATION_DESIGNATORS)."""
    roots = things.roots()
    votes = {id(g): _group_votes(g) for g in roots}
    endings: dict[str, list[_Group]] = defaultdict(list)
    starts: dict[str, list[_Group]] = defaultdict(list)
    for group in roots:
        if _best(votes[id(group)]) is EntityType.ORGANIZATION:
            for k in {key(f) for f in group.forms if len(key(f).split()) > 1}:
                endings[k.split()[-1]].append(group)
                if all(w in xx_names.ORGANISATION_DESIGNATORS for w in k.split()[1:]):
                    starts[k.split()[0]].append(group)
    for group in roots:
        words = {key(f) for f in group.forms}
        if _best(votes[id(group)]) in (EntityType.PERSON, EntityType.PLACE) or any(" " in w for w in words):
            continue
        targets = {id(t): t for w in words for t in endings.get(w, []) if t is not group}
        targets = targets or {id(t): t for w in words for t in starts.get(w, []) if t is not group}
        things.comparisons += len(targets)
        if len(targets) == 1:
            _move(group, into=next(iter(targets.values())), why="short form of the organisation's name")


def _move(group: _Group, into: _Group, why: str) -> None:
    """`group`'s mentions join `into`, with the link that says why (a join of a short form, not a merge
    of two clusters: `group` is left empty)."""
    into.mentions += group.mentions
    into.links.append(Link(group.mentions[0].form, into.mentions[0].form, why, (), _sources(group)))
    group.mentions = []


def _attach_tails(things: _Clusters) -> None:
    """A name of two or more words that ends the one longer name of its type in the run joins it
    ("Coast Guard" / "U.S. Coast Guard", "Key Bridge" / "Francis Scott Key Bridge"); one that ends
    two ("Red Crescent": the Libyan and the Turkish) joins neither."""
    roots = things.roots()
    kinds = {id(g): _best(_group_votes(g)) for g in roots}
    tails: dict[tuple[EntityType, str], dict[int, _Group]] = defaultdict(dict)
    for group in roots:
        for words in {tuple(key(f).split()) for f in group.forms}:
            for i in range(1, len(words) - 1):
                tails[kinds[id(group)], " ".join(words[i:])][id(group)] = group
    for group in roots:
        if kinds[id(group)] not in (EntityType.ORGANIZATION, EntityType.PLACE) or not group.mentions:
            continue
        fits = {t_id: t for f in group.forms if len(key(f).split()) > 1
                for t_id, t in tails.get((kinds[id(group)], key(f)), {}).items() if t is not group and t.mentions}
        things.comparisons += len(fits)
        if len(fits) == 1:
            _move(group, into=next(iter(fits.values())), why="the end of the one longer name of its kind")


def _blocks(clusters: _Clusters, keys_of: Callable[[_Group], set[str]]) -> dict[str, list[int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, group in enumerate(clusters.groups):
        if clusters.find(i) == i:
            for k in keys_of(group):
                blocks[k].append(i)
    return blocks


def _sources(group: _Group) -> tuple[str, ...]:
    return tuple(sorted({m.source for m in group.mentions}))


# 4. Entities.


def _group_votes(group: _Group) -> Votes:
    votes: Votes = defaultdict(float)
    for m in group.mentions:
        _vote(votes, m)
    return votes


def _entities(groups: list[_Group]) -> tuple[Entity, ...]:
    entities = []
    taken: Counter[str] = Counter()
    for group in sorted(groups, key=lambda g: (-len(g.mentions), _name(g))):
        counter = _group_votes(group)
        kind = EntityType.PERSON if group.full_names or group.person else _best(counter)
        name = _name(group)
        slug = "-".join(fold(name).replace("-", " ").split())[:40] or "x"
        taken[slug] += 1
        votes = tuple((t.value, counter[t]) for t in TYPE_ORDER if counter[t])
        if group.full_names:
            votes += (("person: a full personal name", 0.0),)
        mentions = tuple(sorted(group.mentions, key=lambda m: (m.source, m.start)))
        entities.append(
            Entity(
                id=f"ent-{slug}" + (f"-{taken[slug]}" if taken[slug] > 1 else ""),
                type=kind,
                name=name,
                aliases=aliases(mentions),
                mentions=mentions,
                links=tuple(group.links),
                type_votes=votes,
            )
        )
    return tuple(entities)


def _name(group: _Group) -> str:
    """The most used full name; else the most used form. Ties: the longer, then alphabetical."""
    counts = Counter(m.form for m in group.mentions)
    full = {f: n for f, n in counts.items() if len(f.split()) > 1 and (not group.person or parse_name(f).full)}
    pool = full or counts
    return max(sorted(pool), key=lambda f: (pool[f], len(f)))

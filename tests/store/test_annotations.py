"""Entities linked across articles, and quotes by speaker, as the store keeps them."""

from dateline.model import Entity, Mention, Quote, Span, Speaker

from .conftest import make_record


def _mention(text, start):
    return Mention(
        text=text, span=Span(start=start, end=start + len(text)), sentence=Span(start=0, end=40)
    )


def _person(eid, name, *aliases, country="USA"):
    mentions = tuple(_mention(a, i * 5) for i, a in enumerate((name, *aliases)))
    return Entity(id=eid, name=name, type="PERSON", country=country, role="Secretary of Defense",
                  sector="GOV", aliases=(name, *aliases), mentions=mentions)  # fmt: skip


def _with(record, entities, quotes=()):
    from dataclasses import replace

    return replace(record, entities=tuple(entities), quotes=tuple(quotes))


def test_entities_link_across_articles_and_keep_their_aliases(store):
    turkey_a = Entity(id="e2", name="Turkey", type="GPE", country="TUR", aliases=("Ankara",),
                      mentions=(_mention("Ankara", 0),))  # fmt: skip
    turkey_b = Entity(id="e1", name="Turkey", type="GPE", country="TUR",
                      aliases=("the Turkish side", "Turkey"), mentions=(_mention("Turkey", 0),) * 2)  # fmt: skip
    first = _with(make_record("a"), [_person("e1", "Mark Esper", "Esper"), turkey_a])
    second = _with(make_record("b"), [turkey_b, _person("e2", "Mark Esper", "the defense chief")])
    store.write_batch([first, second])
    rows = {r.name: r for r in store.entities()}
    assert rows["Turkey"].articles == 2 and rows["Turkey"].mentions == 3
    assert rows["Turkey"].aliases == ("Ankara", "Turkey", "the Turkish side")
    assert rows["Mark Esper"].aliases == ("Esper", "Mark Esper", "the defense chief")
    assert [r.name for r in store.entities(type_="GPE")] == ["Turkey"]


def test_a_shared_surname_is_never_linked(store):
    first = _with(make_record("a"), [_person("e1", "Kim", country="KOR")])
    second = _with(make_record("b"), [_person("e1", "Kim", country="KOR")])
    store.write_batch([first, second])
    assert [(r.name, r.articles) for r in store.entities()] == [("Kim", 1), ("Kim", 1)]


def test_quotes_by_speaker(store):
    record = make_record("a")
    esper = _person("e1", "Mark Esper", "Esper")
    quote = Quote(kind="direct", text="We are concerned", span=Span(start=1, end=17),
                  speaker=Speaker(entity_id="e1", text="Esper", span=Span(start=20, end=25)),
                  cue=_mention("told", 26), medium="Reuters", confidence=0.9)  # fmt: skip
    store.write_batch([_with(record, [esper], [quote])])
    rows = store.quotes(speaker="mark esp")
    assert [(q.text, q.speaker, q.speaker_name, q.cue, q.medium) for q in rows] == [
        ("We are concerned", "Esper", "Mark Esper", "told", "Reuters"),
    ]
    assert store.quotes(speaker="nobody") == []
    assert store.quotes(speaker="%") == []
    assert len(store.quotes()) == 1
    assert store.get(record.id).quotes == (quote,)

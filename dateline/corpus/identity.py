"""Corpus identities: which entities of different articles are the same one.

An entity of one article gets a key; entities with equal keys across the corpus are
one identity, and the store keeps the aliases seen under it. The rule is cautious:

- a country (GPE or NORP with a country code) is its ISO3 code: "Ankara" in one
  article and "the Turkish side" in another are both ``GPE|TUR``;
- a person needs a full name (two words or more) and agrees on country: "Mark Esper"
  (USA) is one person across articles; a lone surname ("Esper") never links to
  anyone outside its article, so two people are never merged for sharing a surname;
- anything else links by type, name and country.
"""

from __future__ import annotations

from dateline.model import Entity


def entity_key(entity: Entity, article_id: str) -> str:
    """Return the corpus identity key of one article's entity.

    Args:
        entity: the entity, as the language stage found it in the article.
        article_id: the article's id, for entities that must not link outside it.

    Returns:
        A key; equal keys across articles mean one identity.
    """
    name = " ".join(entity.name.casefold().split())
    if entity.type in {"GPE", "NORP"} and entity.country:
        return f"GPE|{entity.country}"
    if entity.type == "PERSON":
        if len(name.split()) < 2:
            return f"PERSON|{name}|@{article_id}"
        return f"PERSON|{name}|{entity.country or ''}"
    return f"{entity.type}|{name}|{entity.country or ''}"

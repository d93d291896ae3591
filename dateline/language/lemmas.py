"""Base forms of the words the quote and event rules test, without spaCy's lemmatizer.

The quote rules only ask "is this a form of *say*, *tell*, *urge* ...?" and "is this
noun a *statement*, an *interview* ...?"; the event rules ask the same of the event
lexicon's verbs and nouns. Building those forms here lets the language step run
without spaCy's attribute ruler and lemmatizer, a quarter of its parse time
(benchmark: docs/benchmarks.md, "Language stage speed").
"""

from __future__ import annotations

import functools

_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "made": "make", "gave": "give", "given": "give",
    "put": "put", "held": "hold", "felt": "feel", "thought": "think", "meant": "mean",
    "sent": "send", "foretold": "foretell", "forecast": "forecast", "swore": "swear",
    "sworn": "swear", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    # verbs of the event lexicon
    "met": "meet", "fought": "fight", "struck": "strike", "stricken": "strike",
    "shot": "shoot", "led": "lead", "fled": "flee", "sold": "sell", "sought": "seek",
    "won": "win", "lost": "lose", "broke": "break", "broken": "break", "took": "take",
    "taken": "take", "drove": "drive", "driven": "drive", "froze": "freeze",
    "frozen": "freeze", "threw": "throw", "thrown": "throw", "beaten": "beat",
    "began": "begin", "begun": "begin", "brought": "bring", "built": "build",
    "withdrew": "withdraw", "withdrawn": "withdraw", "forgave": "forgive",
    "forgiven": "forgive", "overthrew": "overthrow", "overthrown": "overthrow",
    "stole": "steal", "stolen": "steal", "kept": "keep", "left": "leave", "lent": "lend",
    "paid": "pay", "laid": "lay", "spent": "spend", "stood": "stand",
    "undertook": "undertake", "undertaken": "undertake", "upheld": "uphold",
    "withheld": "withhold", "hung": "hang", "dealt": "deal", "blew": "blow",
    "blown": "blow", "flew": "fly", "flown": "fly", "shook": "shake", "shaken": "shake",
    "sank": "sink", "sunk": "sink", "slew": "slay", "slain": "slay", "forbade": "forbid",
    "forbidden": "forbid", "overran": "overrun", "ran": "run", "came": "come",
    "became": "become", "got": "get", "gotten": "get", "hid": "hide", "hidden": "hide",
    "went": "go", "gone": "go", "did": "do", "done": "do", "had": "have", "rebuilt": "rebuild",
    "dug": "dig", "fed": "feed", "sat": "sit", "stuck": "stick", "bound": "bind",
    "bade": "bid", "fell": "fall", "fallen": "fall", "lit": "light", "misled": "mislead",
    "swept": "sweep", "arose": "arise", "arisen": "arise",
    "overtook": "overtake", "overtaken": "overtake", "rode": "ride", "ridden": "ride",
    "rose": "rise", "risen": "rise", "bore": "bear", "borne": "bear", "tore": "tear",
    "torn": "tear", "wore": "wear", "worn": "wear", "grew": "grow", "grown": "grow",
    "drew": "draw", "drawn": "draw", "chose": "choose", "chosen": "choose",
    "equipped": "equip", "equipping": "equip", "vetoes": "veto", "heard": "hear",
    "understood": "understand", "sped": "speed", "forgot": "forget",
    "acquitted": "acquit", "acquitting": "acquit", "initialled": "initial",
    "initialling": "initial",
}  # fmt: skip


def _forms(base: str) -> set[str]:
    """The regular forms of an English verb: -s, -ed, -ing, with the usual spelling changes."""
    if base.endswith("ee"):  # agree, free, flee
        return {base, base + "s", base + "d", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    doubled = {base + base[-1] + "ed", base + base[-1] + "ing"} if _doubles(base) else set()
    return {base, base + "s", base + "ed", base + "ing", *doubled}


def _doubles(base: str) -> bool:
    """Short verbs ending consonant-vowel-consonant double it: "admit" -> "admitted"."""
    vowels = set("aeiou")
    return (
        len(base) >= 3
        and base[-1] not in vowels | {"w", "x", "y"}
        and base[-2] in vowels
        and base[-3] not in vowels
        and base in _DOUBLING
    )


# Verbs of the cue lists whose final consonant doubles; listed, as stress decides it.
_DOUBLING = frozenset(
    "admit regret commit submit omit permit refer prefer ban bar plan stop drop ship rob "
    "grab kidnap rig scrap shun slam snub strip trap cap spur stab step deter control "
    "patrol compel expel repel propel occur confer transfer incur chop pin tap "
    "top net rebut sob airdrop annul cancel cut gas gun hit initial quit set shut slap swap "
    "travel unban put".split()
)


@functools.cache
def _table(bases: frozenset[str]) -> dict[str, str]:
    table = {form: base for base in sorted(bases) for form in _forms(base)}
    table.update({k: v for k, v in _IRREGULAR.items() if v in bases})
    return table


def verb_base(word: str, bases: frozenset[str]) -> str | None:
    """The base form of ``word`` if it is a form of one of ``bases``, else None.

    Args:
        word: a token's text.
        bases: the verbs of interest, in their base form.

    Returns:
        The base form ("said" -> "say"), or None.
    """
    return _table(bases).get(word.lower())


def noun_base(word: str, bases: frozenset[str]) -> str | None:
    """The singular of ``word`` if it is one of ``bases`` or its plural, else None."""
    low = word.lower()
    if low in bases:
        return low
    for cut in ("es", "s"):
        if low.endswith(cut) and low[: -len(cut)] in bases:
            return low[: -len(cut)]
    one = singular(low)  # "rallies" -> "rally", "crises" -> "crisis"
    return one if one in bases else None


# Plurals the regular rules get wrong: Greek "-is" nouns, and "-oe" nouns ("foes").
_PLURAL_IS = frozenset({"crises", "analyses", "theses", "hypotheses", "diagnoses",
                        "syntheses", "oases", "parentheses", "emphases"})  # fmt: skip
_PLURAL_OE = frozenset({"foes", "toes", "shoes", "canoes", "hoes", "oboes", "throes",
                        "floes", "woes", "does", "goes", "roes", "sloes"})  # fmt: skip


def singular(word: str) -> str:
    """The singular of a plural noun by the regular rules ("allies" -> "ally", "forces" ->
    "force", "sanctions" -> "sanction"); other words come back lower-cased."""
    low = word.lower()
    if low in _PLURAL_IS:  # "crises" -> "crisis"
        return low[:-2] + "is"
    if low.endswith("oes") and low not in _PLURAL_OE:  # "embargoes" -> "embargo"
        return low[:-2]
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "xes", "zes", "ches", "shes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low

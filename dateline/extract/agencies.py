"""News agencies and broadcasters that write datelines and credits, with their spellings.

The table maps each canonical name to the spellings seen in datelines ("(Xinhua)"),
reprint headers ("Source: Xinhua") and credits ("The Associated Press"). Matching
is on the whole credit, case-insensitive, after trimming punctuation; an unknown
credit is kept as text by the caller, never dropped.
"""

from __future__ import annotations

import re

AGENCIES: dict[str, tuple[str, ...]] = {
    "Xinhua": ("xinhua", "xinhua news agency", "xinhuanet", "xinhua net"),
    "Reuters": ("reuters", "thomson reuters", "reuters news agency"),
    "AP": ("ap", "associated press", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse", "agence france-press"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutsche presse agentur"),
    "ANSA": ("ansa", "agenzia nazionale stampa associata"),
    "EFE": ("efe", "agencia efe"),
    "Kyodo": ("kyodo", "kyodo news", "kyodo news agency"),
    "Yonhap": ("yonhap", "yonhap news agency", "yonhap news"),
    "TASS": ("tass", "itar-tass", "itar tass"),
    "RIA Novosti": ("ria novosti", "ria"),
    "Interfax": ("interfax",),
    "Sputnik": ("sputnik",),
    "PTI": ("pti", "press trust of india"),
    "ANI": ("ani", "asian news international"),
    "IANS": ("ians", "indo-asian news service"),
    "UPI": ("upi", "united press international"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "CNN": ("cnn",),
    "BBC": ("bbc", "bbc news"),
    "Anadolu": ("aa", "anadolu", "anadolu agency", "anadolu ajansi"),
    "IRNA": ("irna", "islamic republic news agency"),
    "KUNA": ("kuna", "kuwait news agency"),
    "WAM": ("wam", "emirates news agency"),
    "SPA": ("spa", "saudi press agency"),
    "MENA": ("mena", "middle east news agency"),
    "Bernama": ("bernama",),
    "Antara": ("antara", "antara news"),
    "CNA": ("cna", "central news agency", "channel newsasia"),
    "PAP": ("pap", "polish press agency"),
    "CTK": ("ctk", "čtk", "czech news agency"),
    "Lusa": ("lusa",),
    "ANP": ("anp",),
    "Belga": ("belga",),
    "APA": ("apa", "austria presse agentur"),
    "Ukrinform": ("ukrinform",),
    "CNS": ("cns", "china news service"),
    "CGTN": ("cgtn",),
    "People's Daily": ("people's daily", "people's daily online"),
    "China Daily": ("china daily",),
    "Global Times": ("global times",),
    "NHK": ("nhk",),
    "Al Jazeera": ("al jazeera",),
    "Prensa Latina": ("prensa latina",),
    "AAP": ("aap", "australian associated press"),
    "Canadian Press": ("cp", "canadian press", "the canadian press"),
    "PA": ("pa", "press association", "pa media"),
    "NTB": ("ntb",),
    "TT": ("tt", "tidningarnas telegrambyrå"),
}

_BY_SPELLING: dict[str, str] = {
    spelling: name for name, spellings in AGENCIES.items() for spelling in spellings
}
_TRIM = re.compile(r"^[\s\[(\"'“”]+|[\s\])\"'“”.,:;]+$")


def find_agency(credit: str) -> str | None:
    """Return the canonical agency for a credit, or None when it is not a known agency.

    Args:
        credit: the credit as written: "Xinhua", "(AP)", "Agence France-Presse".

    Returns:
        The canonical name from `AGENCIES`, or None.
    """
    key = " ".join(_TRIM.sub("", credit).lower().split())
    return _BY_SPELLING.get(key)


def split_credits(credit: str) -> tuple[str, ...]:
    """Split a joint credit such as "Reuters/AFP" or "AP, AFP" into its parts."""
    parts = re.split(r"\s*(?:/|,|&|\band\b|\+)\s*", credit)
    return tuple(p.strip() for p in parts if p.strip())

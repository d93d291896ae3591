"""The event lexicon: the loader's checks on small files, and the shipped data/lexicon.txt."""

import pytest

from dateline.events.cameo import PLOVER_CATEGORIES, load_cameo
from dateline.events.lexicon import DATA_PATH, FRAMES, LexEntry, LexiconError, load_lexicon

_POS = {"v": "verb", "n": "noun"}
# The documented exceptions to the CAMEO table (the header of data/lexicon.txt says why).
_OVERRIDES = {
    ("CONCEDE", "055"),  # apologies
    ("RETREAT", "0831"),  # resignations
    ("SANCTION", "116"),  # convictions
    ("SANCTION", "163"),  # sanctions, embargoes, asset freezes
}


@pytest.fixture(scope="module")
def shipped():
    return load_lexicon()


def _write(tmp_path, *lines):
    path = tmp_path / "lexicon.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def coding(lexicon, trigger, *context):
    """The entry the engine would pick for a trigger with these neighbours, or None.

    Each neighbour is "role=lemma" ("obj=ambassador", "mod=joint", "subj=worker") or, for
    particles and prepositions, "prt=out", "prep=of:allegation"; entries are tried most
    specific first, as `triggers.best_entry` does on a parse.
    """
    have = []
    for item in context:
        role, _, value = item.partition("=")
        word, _, lemma = value.partition(":") if role in ("prep", "prt") else ("", "", value)
        have.append((role, word, lemma))
    pos, lemma = _POS[trigger[0]], trigger[2:]
    for entry in lexicon.entries(pos, lemma):
        if all(_holds(cond, have) for cond in entry.conditions):
            return entry
    return None


def _holds(cond, have):
    return any(
        role == cond.role and word == cond.word and (not cond.lemmas or lemma in cond.lemmas)
        for role, word, lemma in have
    )


def _code(entry: LexEntry | None) -> tuple[str, str, str] | None:
    return None if entry is None else (entry.event, entry.mode, entry.cameo)


# --- the loader -----------------------------------------------------------------------


def test_a_small_file_loads_with_sets_comments_and_reverse_codes(tmp_path):
    path = _write(
        tmp_path,
        "# a comment",
        "@envoys = ambassador, envoy  # trailing comment",
        "v:meet | | CONSULT | 040",
        "v:meet | obj=@envoys, charge | CONSULT:visit | -",
        "v:resign | | RETREAT:resign | 0831 | override",
        "v:hold | | LIGHT | -",
        "v:say | | NONE | - | frame=report",
        "n:strike | mod=hunger | PROTEST:hunger | 142",
        "v:decline | obj=* | REJECT | 120 | frame=reject",
    )
    lexicon = load_lexicon(path)
    assert len(lexicon) == 7
    assert lexicon.entries("verb", "decline")[0].conditions[0].lemmas == frozenset()  # any object
    assert lexicon.lemmas("verb") == {"meet", "resign", "hold", "say", "decline"}
    visit = lexicon.entries("verb", "MEET")[0]
    assert (visit.event, visit.mode, visit.cameo, visit.line) == ("CONSULT", "visit", "042", 4)
    assert visit.conditions[0].lemmas == {"ambassador", "envoy", "charge"}
    assert _code(lexicon.entries("verb", "resign")[0]) == ("RETREAT", "resign", "0831")
    assert _code(lexicon.entries("verb", "hold")[0]) == ("LIGHT", "", "")
    assert lexicon.entries("verb", "say")[0].frame == "report"
    assert lexicon.entries("noun", "meet") == ()
    with pytest.raises(ValueError, match="verb"):
        lexicon.entries("adjective", "meet")


def test_entries_come_most_specific_first_then_in_file_order(tmp_path):
    path = _write(
        tmp_path,
        "v:withdraw | | RETREAT:withdraw | 0874",
        "v:withdraw | obj=ambassador | SANCTION:withdraw | 161",
        "v:withdraw | obj=aid | SANCTION:discontinue | 162",
        "v:withdraw | obj=troop; prep=from | RETREAT:withdraw | 0874",
    )
    lines = [e.line for e in load_lexicon(path).entries("verb", "withdraw")]
    assert lines == [4, 2, 3, 1]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("x:meet | | CONSULT | 040", "bad trigger 'x:meet'"),
        ("v:Meet | | CONSULT | 040", "bad trigger 'v:Meet'"),
        ("v:meet | | CONSULT", "got 3 fields"),
        ("v:meet | with=envoy | CONSULT | 040", "unknown condition 'with=envoy'"),
        ("v:meet | obj=Envoy | CONSULT | 040", "bad lemma 'Envoy'"),
        ("v:meet | prt=up: envoy | CONSULT | 040", "prt=up takes no lemma list"),
        ("v:meet | | CONFER | 040", "unknown PLOVER category 'CONFER'"),
        ("v:meet | | CONSULT:lunch | 040", "'lunch' is not a mode of CONSULT"),
        ("v:meet | | CONSULT | 049", "CAMEO code '049' is not in the CAMEO table"),
        ("v:meet | | CONSULT | 04a", "CAMEO code '04a' is not in the CAMEO table"),
        (
            "v:meet | | CONSULT | 190",
            "CAMEO 190 maps to ASSAULT, not CONSULT; add the flag 'override'",
        ),
        (
            "v:meet | | CONSULT | 040 | override",
            "needless override: CAMEO 040 already maps to CONSULT",
        ),
        ("v:meet | | CONSULT | - | override", "override needs a CAMEO code"),
        ("v:urge | | REQUEST | 100 | frame=plea", "bad frame 'plea'"),
        ("v:urge | | REQUEST | 100 | frame=request frame=threat", "bad frame 'threat'"),
        ("v:urge | | REQUEST | 100 | loud", "unknown flag 'loud'"),
        ("v:hold | | LIGHT | 040", "a LIGHT entry takes '-' for CAMEO"),
        ("v:hold | | LIGHT | - | frame=report", "a LIGHT entry takes no frame"),
        ("v:meet | | NONE | -", "a NONE entry without conditions or frame has no effect"),
        ("v:meet | obj=@envoys | CONSULT | 040", "word set @envoys is not defined above this line"),
        ("@sides", "a word set is written '@name = a, b, c'"),
        ("@ties = tie", "word set @ties is defined twice"),
        (
            "v:meet | obj=ambassador | SUPPORT | 051",
            "duplicate entry: same trigger and conditions as line 3",
        ),
    ],
)
def test_each_problem_is_one_message_naming_the_file_and_line(tmp_path, line, problem):
    path = _write(
        tmp_path,
        "# the bad line is line 4",
        "@ties = tie, relation",
        "v:meet | obj=ambassador | CONSULT | 040",
        line,
        "v:meet | obj=@envoys | CONSULT | 040",  # after the bad line: never read
    )
    with pytest.raises(LexiconError) as caught:
        load_lexicon(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:4: ")
    assert problem in message
    assert "\n" not in message


def test_a_word_set_must_be_defined_before_its_use(tmp_path):
    path = _write(tmp_path, "v:cut | obj=@ties | SANCTION:withdraw | 161", "@ties = tie")
    with pytest.raises(LexiconError, match=r":1: word set @ties is not defined above this line"):
        load_lexicon(path)


def test_the_same_conditions_in_another_order_are_a_duplicate(tmp_path):
    path = _write(
        tmp_path,
        "v:pull | prt=out; obj=troop | RETREAT:withdraw | 0874",
        "v:pull | obj=troop ; prt=out | RETREAT:withdraw | 0874",
    )
    with pytest.raises(LexiconError, match=r":2: duplicate entry: .* line 1"):
        load_lexicon(path)


# --- the shipped lexicon ------------------------------------------------------------------


def test_the_shipped_lexicon_is_read_once(shipped):
    assert load_lexicon() is shipped
    assert len(load_lexicon(DATA_PATH)) == len(shipped)


@pytest.mark.parametrize("category", PLOVER_CATEGORIES)
def test_every_category_has_verb_and_noun_triggers(shipped, category):
    entries = [e for e in shipped if e.event == category]
    assert {e.pos for e in entries} == {"verb", "noun"}
    assert len(entries) >= 10, category


def test_the_shipped_lexicon_is_large_and_uses_every_frame(shipped):
    assert len(shipped) >= 500
    assert {e.frame for e in shipped} - {""} == FRAMES
    assert {e.event for e in shipped} == {*PLOVER_CATEGORIES, "LIGHT", "NONE"}


def _implied(general, specific):
    """Does every condition of ``general`` hold whenever ``specific``'s conditions hold?"""
    return all(
        any(
            g.role == s.role
            and g.word == s.word
            and (not g.lemmas or (s.lemmas and s.lemmas <= g.lemmas))
            for s in specific.conditions
        )
        for g in general.conditions
    )


def test_no_shipped_entry_is_hidden_by_an_earlier_one(shipped):
    hidden = []
    for pos in ("verb", "noun"):
        for lemma in shipped.lemmas(pos):
            entries = shipped.entries(pos, lemma)
            for i, later in enumerate(entries):
                hidden += [
                    f"line {later.line} (hidden by line {first.line})"
                    for first in entries[:i]
                    if _implied(first, later)
                ]
    assert not hidden, hidden


def test_shipped_overrides_are_the_documented_ones(shipped):
    table = load_cameo()
    overridden = {
        (e.event, e.cameo) for e in shipped if e.cameo and table.forward(e.cameo)[0] != e.event
    }
    assert overridden == _OVERRIDES


def test_shipped_lemmas_have_no_hyphens(shipped):
    # spaCy splits "cease-fire" into three tokens, so a hyphenated lemma could never match
    words = {(e.line, e.lemma) for e in shipped}
    words |= {(e.line, w) for e in shipped for c in e.conditions for w in c.lemmas | {c.word}}
    assert not sorted(line for line, word in words if "-" in word)


@pytest.mark.parametrize(
    ("trigger", "context", "expected"),
    [
        # pardon and amnesty are concessions; the release itself is a retreat
        ("v:pardon", (), ("CONCEDE", "", "080")),
        ("n:amnesty", (), ("CONCEDE", "", "080")),
        ("v:release", ("obj=prisoner",), ("RETREAT", "release", "0841")),
        ("v:free", ("obj=hostage",), ("RETREAT", "release", "0841")),
        ("v:release", ("obj=statement",), ("NONE", "", "")),
        # a summoned ambassador is a diplomatic protest, not a meeting
        ("v:summon", ("obj=ambassador",), ("ACCUSE", "disapprove", "114")),
        ("v:summon", ("obj=charge",), ("ACCUSE", "disapprove", "114")),
        ("n:protest", ("mod=diplomatic",), ("ACCUSE", "disapprove", "114")),
        ("n:protest", (), ("PROTEST", "demo", "141")),
        # expelled diplomats and missions are SANCTION; expelled people are deported
        ("v:expel", ("obj=diplomat",), ("SANCTION", "expel", "166")),
        ("v:expel", ("obj=inspector",), ("SANCTION", "expel", "1662")),
        ("v:expel", ("obj=journalist",), ("COERCE", "deport", "174")),
        ("v:deport", (), ("COERCE", "deport", "174")),
        # joint exercises are cooperation; one army's exercises a show of force
        ("n:exercise", ("mod=joint",), ("COOPERATE", "", "062")),
        ("n:exercise", (), ("MOBILIZE", "troops", "150")),
        ("n:exercise", ("mod=military",), ("MOBILIZE", "troops", "150")),
        # captured in fighting is abduction; by police an arrest; a captured town is seized
        ("v:capture", ("obj=soldier",), ("ASSAULT", "abduct", "181")),
        ("v:capture", ("subj=police",), ("COERCE", "arrest", "173")),
        ("v:capture", ("obj=town",), ("COERCE", "seize", "192")),
        ("n:warrant", ("mod=arrest",), ("THREATEN", "arrest", "130")),
        ("v:investigate", (), ("ACCUSE", "investigate", "090")),
        ("n:probe", (), ("ACCUSE", "investigate", "090")),
        ("v:convict", ("obj=activist",), ("SANCTION", "convict", "116")),
        ("v:sentence", ("obj=man",), ("SANCTION", "convict", "116")),
        ("v:convict", (), None),  # "the convicted man": a participle without an object
        ("v:cut", ("obj=aid",), ("SANCTION", "discontinue", "162")),
        ("v:suspend", ("obj=aid",), ("SANCTION", "discontinue", "162")),
        ("v:cancel", ("obj=visit",), ("REJECT", "meet", "125")),
        ("v:call", ("prt=off", "obj=talk"), ("REJECT", "meet", "125")),
        ("v:call", ("prt=off", "obj=strike"), ("CONCEDE", "", "080")),
        ("v:suspend", ("obj=talk",), ("SANCTION", "withdraw", "164")),
        ("v:recall", ("obj=ambassador",), ("SANCTION", "withdraw", "161")),
        ("v:sever", ("obj=tie",), ("SANCTION", "withdraw", "161")),
        ("n:sanction", (), ("SANCTION", "", "163")),
        # strikes: labour, hunger, military
        ("n:strike", (), ("PROTEST", "strike", "143")),
        ("n:strike", ("mod=hunger",), ("PROTEST", "hunger", "142")),
        ("n:strike", ("mod=air",), ("ASSAULT", "aerial", "195")),
        ("n:strike", ("mod=drone",), ("ASSAULT", "drone", "195")),
        ("n:strike", ("prep=on:monday",), ("PROTEST", "strike", "143")),
        ("n:strike", ("prep=on:village",), ("ASSAULT", "", "190")),
        ("v:strike", ("subj=worker",), ("PROTEST", "strike", "143")),
        ("v:strike", ("obj=town",), ("ASSAULT", "", "190")),
        ("v:strike", ("obj=deal",), ("AGREE", "", "030")),
        ("v:strike", ("subj=earthquake",), ("NONE", "", "")),
        ("v:launch", ("obj=strike",), ("ASSAULT", "", "190")),
        ("v:go", ("prep=on:strike",), ("PROTEST", "strike", "143")),
        ("v:riot", (), ("PROTEST", "riot", "145")),
        ("v:block", ("obj=road",), ("PROTEST", "obstruct", "144")),
        ("v:block", ("obj=road", "subj=police"), ("COERCE", "restrict", "191")),
        ("v:block", ("obj=website",), ("COERCE", "censor", "1721")),
        ("v:boycott", (), ("PROTEST", "boycott", "143")),
        ("v:boycott", ("obj=good",), ("SANCTION", "", "163")),
        # killing, and what is no killing
        ("v:kill", (), ("ASSAULT", "", "180")),
        ("v:kill", ("subj=earthquake",), ("NONE", "", "")),
        ("v:kill", ("prep=in:crash",), ("NONE", "", "")),
        ("v:assassinate", (), ("ASSAULT", "targeted", "186")),
        ("v:kidnap", (), ("ASSAULT", "abduct", "181")),
        ("v:shell", (), ("ASSAULT", "heavy-weapons", "194")),
        ("n:bombing", ("mod=suicide",), ("ASSAULT", "suicide-attack", "1831")),
        ("v:fire", ("obj=gas",), ("ASSAULT", "crowd-control", "175")),
        ("v:fire", ("obj=worker",), None),
        ("v:arm", ("obj=rebel",), ("AID", "", "072")),
        ("v:arm", (), None),  # "armed with stones"
        ("v:offer", ("obj=aid",), ("AGREE", "", "030")),
        ("v:offer", ("obj=discount",), None),
        ("v:support", ("subj=dollar",), ("NONE", "", "")),
        ("v:support", (), ("SUPPORT", "", "051")),
        ("v:arrest", (), ("COERCE", "arrest", "173")),
        ("n:curfew", (), ("COERCE", "curfew", "1723")),
        ("n:law", ("mod=martial",), ("COERCE", "martial-law", "1724")),
        ("v:deploy", ("obj=troop",), ("MOBILIZE", "troops", "154")),
        ("v:deploy", ("obj=police",), ("MOBILIZE", "police", "153")),
        ("v:deploy", ("obj=peacekeeper",), ("AID", "", "074")),
        # cooperation, aid, support, consultation
        ("v:meet", (), ("CONSULT", "", "040")),
        ("v:meet", ("obj=demand",), ("CONCEDE", "", "083")),
        ("v:meet", ("obj=deadline",), ("NONE", "", "")),
        ("v:visit", (), ("CONSULT", "visit", "042")),
        ("v:mediate", (), ("CONSULT", "", "045")),
        ("v:speak", ("prep=by:phone",), ("CONSULT", "phone", "041")),
        ("v:sign", ("obj=treaty",), ("SUPPORT", "", "057")),
        ("v:sign", ("obj=letter",), None),
        ("v:apologise", (), ("CONCEDE", "", "055")),
        ("v:resign", (), ("RETREAT", "resign", "0831")),
        ("v:extradite", (), ("COOPERATE", "", "063")),
        ("v:send", ("obj=aid",), ("AID", "", "070")),
        ("v:send", ("obj=weapon",), ("AID", "", "072")),
        ("v:send", ("obj=troop",), ("MOBILIZE", "troops", "154")),
        ("v:forgive", ("obj=debt",), ("AID", "", "071")),
        ("v:lift", ("obj=sanction",), ("RETREAT", "", "085")),
        ("v:lift", ("obj=curfew",), ("RETREAT", "", "0813")),
        ("v:lift", ("obj=ban",), ("CONCEDE", "", "081")),
        ("v:withdraw", ("obj=troop",), ("RETREAT", "withdraw", "0874")),
        ("v:withdraw", ("obj=demand",), ("CONCEDE", "", "080")),
        ("v:pull", ("prt=out",), ("RETREAT", "withdraw", "0874")),
        ("v:surrender", (), ("RETREAT", "disarm", "0874")),
        ("n:ceasefire", (), ("RETREAT", "ceasefire", "0871")),
        ("n:fire", ("mod=cease",), ("RETREAT", "ceasefire", "0871")),
        ("v:allow", ("obj=inspector",), ("RETREAT", "access", "0862")),
        ("v:deny", ("obj=visa",), ("REJECT", "", "120")),
        ("v:veto", (), ("REJECT", "", "129")),
        ("v:sue", (), ("ACCUSE", "allege", "115")),
        ("v:condemn", (), ("ACCUSE", "disapprove", "111")),
        ("n:ultimatum", (), ("THREATEN", "relations", "139")),
    ],
)
def test_shipped_codings_follow_plovers_precedence_rules(shipped, trigger, context, expected):
    assert _code(coding(shipped, trigger, *context)) == expected


@pytest.mark.parametrize(
    ("trigger", "context", "frame", "event"),
    [
        ("v:urge", (), "request", "REQUEST"),
        ("v:call", ("prep=for",), "request", "REQUEST"),
        ("v:call", ("prep=on", "xcomp=release"), "request", "REQUEST"),
        ("v:threaten", (), "threat", "THREATEN"),
        ("v:warn", (), "threat", "THREATEN"),
        ("v:warn", ("prep=of:recession",), "report", "NONE"),
        ("v:promise", (), "intent", "AGREE"),
        ("v:agree", ("xcomp=meet",), "intent", "AGREE"),
        ("v:refuse", (), "reject", "REJECT"),
        ("v:rule", ("prt=out",), "reject", "REJECT"),
        ("v:say", (), "report", "NONE"),
        ("v:deny", (), "deny", "NONE"),
        ("v:accuse", (), "accuse", "ACCUSE"),
        ("v:charge", ("prep=with",), "accuse", "ACCUSE"),
        ("v:blame", ("prep=for",), "accuse", "ACCUSE"),
    ],
)
def test_shipped_frames(shipped, trigger, context, frame, event):
    entry = coding(shipped, trigger, *context)
    assert entry is not None
    assert (entry.frame, entry.event) == (frame, event)


@pytest.mark.parametrize(
    ("trigger", "context"),
    [
        ("v:hold", ()),
        ("v:stage", ()),
        ("v:launch", ()),
        ("v:carry", ("prt=out",)),
        ("v:conduct", ()),
        ("v:pay", ("obj=visit",)),
        ("v:make", ("obj=appeal",)),
        ("v:mount", ()),
        ("v:impose", ()),
        ("v:wage", ()),
    ],
)
def test_shipped_light_verbs(shipped, trigger, context):
    assert _code(coding(shipped, trigger, *context)) == ("LIGHT", "", "")


def test_light_verbs_need_their_particle_or_object(shipped):
    assert coding(shipped, "v:carry") is None
    assert coding(shipped, "v:pay", "obj=bill") is None
    assert _code(coding(shipped, "v:open", "obj=fire")) == ("ASSAULT", "firearms", "193")

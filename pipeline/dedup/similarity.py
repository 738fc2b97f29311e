"""When two stories count as the same story: their wording, checked against their evidence.

Surface similarity, from the MinHash signatures: Jaccard resemblance alone
punishes the commonest duplicate of all, the update that adds paragraphs: a
six-paragraph story and its twelve-paragraph update share every shingle of
the first yet resemble each other at about 0.5. The score is therefore the
larger of resemblance and containment (the share of the shorter story found
in the longer), estimated from the resemblance and the two shingle counts:
|A∩B| = J(|A| + |B|) / (1 + J).

Verification, from the names, figures and quotes each story reports
(evidence.py): wording is vetoed when the evidence says another story (a
template filled in with another company's name and results), and the
evidence alone confirms a rewrite that shares no wording but the same people,
places and figures (another agency's report of the event, a brief of a long
story), or, where there are no figures to agree (a statement, an obituary, a
weather warning), nearly all the same people and places quoting the same
words or writing about the same things (terms.py). A one-sentence brief,
naming two or three things and keeping one figure or none, is confirmed by
its words: nearly all of them are the longer story's headline and lede, or,
when every name and figure it gives are the story's, two in five of them. A
confirmed rewrite scores the settings' `confirmed_similarity`.

The same cast makes other news the same day, naming the event's people and
places and recapping its figures: a reaction, a rival's story, the same
official on another matter, a template filled in for another region. What
tells them apart is what a desk editor reads first: who the story is about
(its most mentioned name, `another_lead`; near-verbatim wording about
another lead is a template) and who speaks in what words (`another_speaker`,
`another_statement`): two stories quoting other statements are one story
only by nearly all the same figures, never by the price and premium a
sector story recaps of the deal it cites. One body's formula filled in for
another instance (its other closure the same day) shares a third of the
wording or more and none of the figures (`another_instance`).
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.dedup.evidence import (
    MOST_SPECIFIC,
    NAME_HASH,
    PROTAGONIST,
    Evidence,
    figure_specificity,
)
from pipeline.dedup.terms import MAX_TERMS


def story_similarity(jaccard: float, shingles_a: int, shingles_b: int, min_shingles: int) -> float:
    """max(resemblance, containment); resemblance only when the shorter story is tiny."""
    shorter = min(shingles_a, shingles_b)
    if jaccard <= 0.0 or shorter < min_shingles:
        return jaccard
    overlap = jaccard * (shingles_a + shingles_b) / (1.0 + jaccard)
    return min(1.0, max(jaccard, overlap / shorter))


# Evidence alone (names and figures, without shared wording) joins two stories
# only within one news cycle: agencies' rewrites of an event arrive within
# hours, while a story a day later with the same names and the recap's figures
# is a follow-up (the investigation, the reaction, tomorrow's market report).
EVIDENCE_HOURS = 12.0
# Above this, the wording alone says copy: an edit that corrects the figures
# keeps nearly every sentence, and no template is this close.
VERBATIM = 0.8
# A third of the wording in common is more than rewrites of one event share (next to
# none) and what one formula filled in for two instances shares at least.
FORMULA_WORDING = 0.3
# Wording this close, but not verbatim, is what one template filled in twice shares
# (two regions' weather warnings: 0.6 to 0.8); a rewrite shares next to none.
TEMPLATE_WORDING = 0.5
# Shares of the smaller story's names and figures found in the other: most of
# the actors, the same actors; most of the figures, hardly any.
NAMES_AGREE = 0.5
NAMES_SAME = 0.8
NUMBERS_AGREE = 0.5
NUMBERS_DISAGREE = 1 / 3
# Three exact figures, nearly all of the smaller story's, never agree by chance.
STRONG_FIGURES = 3
FIGURES_SAME = 0.8
# Four figures or more in common, nearly all of the smaller story's and one of them of
# the most specific kind: more than a template repeats (the score and the minutes of
# the goals), so with a name in common they outweigh names read otherwise throughout
# (another language's names, a machine-written results line whose labels the tagger
# reads as names). Three specific figures alone do not: the day's index levels recur
# in every market story, whoever it is about. Every figure of the smaller story, four
# or more, needs no name in common: a race report whose tagger found none of the
# skiers gives the winning time and margins, and a story citing another recaps a few
# of its figures beside its own.
MANY_FIGURES = 4
# A summary keeping one figure needs this many of the names and this share of them.
SUMMARY_NAMES = 3
SUMMARY_NAMES_SHARE = 0.75
# A brief naming at most this many things needs its one figure to be specific.
BRIEF_NAMES = 2
# Without figures in common, the same words quoted and this many of the names,
# at least NAMES_SAME of them: the same minister the same day on another matter
# names the same people and places (three in four of them) but quotes other words,
# and a template filled in for another region quotes the same advice about others.
QUOTED_NAMES = 3
# Without figures or quotes in common, nearly all the same names (at least
# QUOTED_NAMES, at least NAMES_SAME of them) and a quarter of the smaller story's
# terms, at least TERMS_SHARED: one event's reports share its words (resigned,
# investigation, border, tender) where the same cast on another matter shares
# one or two of sixteen.
TERMS_AGREE = 0.25
TERMS_SHARED = 3
# Twice as many terms in common say the same subject with three in four of the names
# (SUMMARY_NAMES_SHARE): a warning's rewrite that names the region its own way ("the
# north" for one of its provinces) or a place the tagger reads in one story only. The
# same cast on another matter shares a few words of sixteen, not six.
SUBJECT_TERMS = 2 * TERMS_SHARED
# A brief (fewer than MAX_TERMS terms: all its content words) with this many terms,
# this share of them in the other story's: the words of its headline and lede.
BRIEF_TERMS = 6
BRIEF_TERMS_SHARE = 0.75
# A brief giving only the story's names and figures, every one, needs this share of
# its terms in the story's (`Agreement.keeps_every_fact`).
BRIEF_FACT_TERMS = 0.4
# ... or this many names and figures, every one the story's, with TERMS_SHARED terms.
BRIEF_FACTS = 3
# Quoted four-word runs in common that say a statement quoted alike, at length (six
# words in a row or more): with half the names (at least QUOTED_NAMES) and the same
# lead, a rewrite whose tagger read other names for a few of the same people and
# places (a rewrite in another language, an obituary naming the family). Quoted in
# part (a run or two), the same figure beside them says as much.
QUOTED_ALIKE = 3
# A rewrite giving every figure of the smaller story, with this many of its names
# (half of them or more) and this share of its terms, at least half of MAX_TERMS.
ACCOUNT_NAMES = 4
ACCOUNT_TERMS = 0.5
# Quoted four-word runs (a statement of seven words or more) each of two stories
# needs for quotes with no words in common to say two statements: a reaction, or the
# same official on another matter. A brief quoting a phrase draws too few runs.
STATEMENT_RUNS = 4


@dataclass(frozen=True, slots=True)
class Agreement:
    """How far two stories' evidence agrees: shared names and figures, and the smaller counts."""

    names_shared: int
    names_fewer: int
    numbers_shared: int
    numbers_fewer: int
    # Shared figures of the most specific kind ("58.3", "1,840", a score of 34-30).
    specific_shared: int
    # Quoted four-word runs found in both samples.
    quotes_shared: int = 0
    # Terms (what each is about) in common, and the smaller story's count.
    terms_shared: int = 0
    terms_fewer: int = 0
    # Each story's most mentioned name is one the other never names.
    other_leads: bool = False
    # The two are known to be written in different languages (`other_languages`).
    translated: bool = False
    # The two come from one agency: in two languages, its own services' versions.
    same_source: bool = False
    # One story gives no figure and names more than the other, which gives figures.
    longer_without_figures: bool = False

    @staticmethod
    def of(a: Evidence, b: Evidence, *, same_source: bool = False) -> Agreement:
        figures = set(a.numbers) & set(b.numbers)
        return Agreement(
            names_shared=len(set(a.name_hashes) & set(b.name_hashes)),
            names_fewer=min(len(a.names), len(b.names)),
            numbers_shared=len(figures),
            numbers_fewer=min(len(a.numbers), len(b.numbers)),
            specific_shared=sum(1 for f in figures if figure_specificity(f) == MOST_SPECIFIC),
            quotes_shared=len(set(a.quotes) & set(b.quotes)),
            terms_shared=len(set(a.terms) & set(b.terms)),
            terms_fewer=min(len(a.terms), len(b.terms)),
            other_leads=_lead_unknown(a, b) and _lead_unknown(b, a),
            translated=other_languages(a, b),
            same_source=same_source,
            longer_without_figures=_longer_without_figures(a, b) or _longer_without_figures(b, a),
        )

    @property
    def names(self) -> float:
        return self.names_shared / self.names_fewer if self.names_fewer else 0.0

    @property
    def numbers(self) -> float:
        return self.numbers_shared / self.numbers_fewer if self.numbers_fewer else 0.0

    @property
    def same_figures(self) -> bool:
        """Several exact figures in common: no chance agreement, whatever the tagger found.

        Nearly all of the smaller story's, or three of the most specific kind
        (a profit of 63.4 million, sales of 842 million, a forecast of 60.8
        million), which no other company's results repeat, whatever else
        each story adds (a reporter's story on machine-written results).
        """
        if self.specific_shared >= STRONG_FIGURES:
            return True
        return self.numbers_shared >= STRONG_FIGURES and self.numbers >= FIGURES_SAME

    @property
    def many_figures(self) -> bool:
        """MANY_FIGURES figures, nearly all of the smaller story's, one specific, and a name.

        Or every one of the smaller story's figures, without a name in common.
        """
        return (
            self.numbers_shared >= MANY_FIGURES
            and self.numbers >= FIGURES_SAME
            and self.specific_shared >= 1
            and (self.names_shared >= 1 or self.numbers_shared == self.numbers_fewer)
        )

    def conflict(self, surface: float) -> bool:
        """Different actors, or different figures for the same actors: another story.

        Templates (two companies' results, two regions' warnings) share their
        wording and differ exactly there. Same names with other figures is
        still an update (a death toll rises, a market report closes) unless
        the names differ too; near-verbatim text is an edit however its
        figures changed, but not whoever it names: a template filled in for
        another region changes only its few names and is near-verbatim. Nor
        do the same figures make one story of two that name other things
        throughout (two matches from one template, both 2-0), and template
        wording whose names differ in part needs its figures to confirm it.
        Nor is near-verbatim text an edit when each story leads with a name
        the other never names (a wind warning for one region filled in for
        another): an edit keeps what its story is about.
        """
        if self.names_fewer >= SUMMARY_NAMES and self.names < NAMES_AGREE:
            # Other names throughout, even with the same few figures: two matches from
            # one template ending 2-0 with goals in the same minutes, not one match.
            # In two languages the names are another matter: one service names the
            # "Instituto Nacional de Estadística" and its survey in Spanish where the
            # other writes "Spain's statistics office", so three figures of the most
            # specific kind, which no template repeats, say the same account.
            return not (self.many_figures or (self.translated and self.same_figures))
        if self.same_figures:
            return False
        if self.names_fewer >= 2 and self.names < NAMES_AGREE:
            return True
        if (surface >= VERBATIM and not self.other_leads) or self.names >= NAMES_SAME:
            return False
        other_figures = self.numbers_fewer >= 2 and self.numbers < NUMBERS_DISAGREE
        # Template wording with a name in four changed (the region of a warning) is
        # another story unless its figures say it is this one; when that name is
        # what each leads with, only several figures can (the same gusts of 70 mph
        # are forecast for the next region).
        template = surface >= TEMPLATE_WORDING and self.names_fewer >= 2
        if template and self.other_leads:
            return not self.same_figures
        return other_figures or (template and not self.confirms_by_figures())

    def another_instance(self, surface: float) -> bool:
        """The same formula filled in for another instance: its wording, none of its figures.

        One body's other closure, fire or result the same day, written from the
        same formula, names the same body and city and is about the same things
        in the same words (a third of them or more, where rewrites of one event
        share next to none), so names and terms cannot confirm it; its figures are
        its own. Wording this close still matches by itself (an update raising
        every figure of a warning keeps nearly every sentence).
        """
        return surface >= FORMULA_WORDING and self.numbers_fewer > 0 and not self.numbers_shared

    @property
    def terms(self) -> float:
        return self.terms_shared / self.terms_fewer if self.terms_fewer else 0.0

    def confirms(self, *, by_names: bool = True) -> bool:
        """The same facts, however worded: by their figures, or by names with quotes or terms.

        `by_names` false (the two quote other statements, `another_statement`)
        leaves the figures, and nearly all of the smaller story's: a rewrite in
        another language translates the quotes and reports every figure, while
        a story on another matter that cites this one (a sector story on a
        takeover quoting an analyst, a reaction) recaps its headline figures,
        the price and the premium, beside figures of its own.
        """
        if not self.confirms_by_figures():
            return by_names and (
                self.confirms_by_names() or self.confirms_brief() or self.keeps_every_fact()
            )
        return by_names or self.same_figures or self.numbers >= FIGURES_SAME

    def keeps_every_fact(self) -> bool:
        """A brief giving only the story's names and figures, every one, and its words.

        A one-sentence brief in the story's language keeps a figure or two and the
        names it needs, all of them the story's, and draws its words from the story,
        though not always from its headline and lede: its verbs are its own
        ("killed" where the story writes "died"), the scorer it names is in the
        story's last paragraph. Every name and every figure agreeing, at least
        TERMS_SHARED of its words do (two in five of them, BRIEF_FACT_TERMS): a
        brief of the same template filled in for another place or company names
        the other place or gives other figures, and one of the same cast's other
        news gives figures of its own. A brief giving three facts or more (BRIEF_FACTS:
        two names and a figure), every one the story's, needs only TERMS_SHARED of
        its words, whatever their share: a language that inflects its nouns ("Čechy",
        "v Čechách") words the same things in forms whose stems differ. Where the
        tagger read no name in either (copy in a script it reads through its
        lexicons only), two figures stand for the names.
        """
        if not self.terms_fewer < MAX_TERMS or not self.numbers_fewer:
            return False
        if self.numbers_shared < self.numbers_fewer or self.names_shared < self.names_fewer:
            return False
        facts = self.numbers_shared + self.names_shared
        if facts < 2 or self.terms_shared < TERMS_SHARED:
            return False
        return facts >= BRIEF_FACTS or self.terms >= BRIEF_FACT_TERMS

    def confirms_brief(self) -> bool:
        """A brief whose words are nearly all the longer story's, naming the same things.

        A one-sentence brief names two or three things (the tagger misses some,
        its dateline is the bureau's city) and keeps one figure or none, too
        little for names or figures to confirm; but its terms are all its
        content words, and a brief of the story draws them from the story's
        headline and lede, three in four or more. A brief of another story of
        the same cast (a reaction, the same official on another matter) is
        about other things; one of a template filled in for another region
        names another region, and a figure it keeps must not disagree. A brief
        naming one thing beside its bureau's city (OPEC+ from Vienna) names it
        with the same figure: the figure stands for a second name. A brief
        naming one thing and giving no figure at all ("3 dead in Dhanbad mine
        collapse", its count under ten) has only its words to say it, and the
        one name it gives must be the story's.
        """
        if not BRIEF_TERMS <= self.terms_fewer < MAX_TERMS:
            return False
        if self.numbers_fewer and self.numbers < NUMBERS_AGREE:
            return False
        named = self.names_shared >= 2 or (
            self.names_shared == 1
            and self.names_fewer <= BRIEF_NAMES
            and (self.numbers_shared > 0 or (self.names_fewer == 1 and not self.numbers_fewer))
        )
        if not named or self.names < NAMES_AGREE:
            return False
        return self.terms_shared >= BRIEF_TERMS and self.terms >= BRIEF_TERMS_SHARE

    def confirms_by_names(self) -> bool:
        """Nearly all the same people and places, quoting the same words or about the same things.

        What a rewrite of a statement, an obituary or a warning without
        figures has in common with its original: the names alone are not
        enough, since the same cast makes other news the same day. Figures
        both stories carry must not say otherwise, nor their quotes
        (`another_statement`, checked by the caller). A statement quoted
        alike at length needs only half the names, but the same lead: a
        template filled in for another region quotes the same advice. So does
        a statement quoted in part beside the same figure (a rewrite keeping
        "long waits at every airport" and the 35% of flights cancelled, whose
        tagger read other names for some of the places). And so does a
        rewrite that gives every figure of the smaller story, names four of
        its people and places and is about the same things, half its terms
        (a rewrite from a bureau that names the country where the original
        names the province): the same cast's follow-up the same day (the
        probe into a blast) tells of other things or names fewer of them. In
        another language, where no quote or term can be shared, nearly every
        name of the smaller story, four or more, does (`every_name_translated`).
        In one language, three in four of the names do with twice the terms
        (SUBJECT_TERMS).
        """
        if self.numbers_fewer >= 2 and self.numbers < NUMBERS_AGREE:
            return False
        if self.names_shared < QUOTED_NAMES or self.names < NAMES_AGREE:
            return False
        if self.quotes_shared >= QUOTED_ALIKE and not self.other_leads:
            return True
        if self.quotes_shared and self.numbers_shared and not self.other_leads:
            return True  # the same words quoted and the same figure given
        if self.same_account():
            return True
        if self.every_name_translated():
            return True
        same_terms = self.terms_shared >= TERMS_SHARED and self.terms >= TERMS_AGREE
        if same_terms and self.names >= SUMMARY_NAMES_SHARE and self.terms_shared >= SUBJECT_TERMS:
            return True
        if self.names < NAMES_SAME:
            return False
        return self.quotes_shared >= 1 or same_terms

    @property
    def own_translation(self) -> bool:
        """One agency's services in two languages giving every figure of the smaller, two or more.

        A service translates its agency's story within the hour and names the
        body as its readers know it ("Czech Hydrometeorological Institute" for
        the Czech initials), so its lead is one the other never names and few
        names agree; every figure does (the gusts in the mountains and in the
        lowlands). The agency's other story the same day, from the same formula,
        gives figures of its own.
        """
        every_figure = self.numbers_shared == self.numbers_fewer >= 2
        return self.same_source and self.translated and every_figure

    def every_name_translated(self) -> bool:
        """In another language, nearly every name of the smaller story, ACCOUNT_NAMES or more.

        Quotes and terms are words of one language, so a brief of the story in
        another (the operator, the country and the two stations it names) can
        share neither; nearly all its names (NAMES_SAME), four at least, say
        what the terms say in one language. A longer rewrite names one thing
        the other service spells its own way or the tagger reads otherwise
        (seven of eight: "Warsaw" beside "Warszawy"). The same cast's story on
        another matter names someone or something of its own. An agency's own
        services translate one story within the hour, each naming what its
        readers know (the country's capital, the hospital by its initials):
        three of their names in four do. A brief drops figures, but names fewer
        things than its story: a story without a figure that names more than one
        giving figures (a company's new chief beside its results, in another
        language) is the same cast on another matter.
        """
        if not self.translated or self.longer_without_figures:
            return False
        if self.same_source:
            return self.names_shared >= SUMMARY_NAMES and self.names >= SUMMARY_NAMES_SHARE
        return self.names_shared >= ACCOUNT_NAMES and self.names >= NAMES_SAME

    def same_account(self) -> bool:
        """Every figure of the smaller story, ACCOUNT_NAMES names and (one language) half its terms.

        A service's own version in another language (a quake's magnitude and the
        same places, a quote translated) shares none of its terms.
        """
        every_figure = self.numbers_shared > 0 and self.numbers_shared == self.numbers_fewer
        if not every_figure or self.names_shared < ACCOUNT_NAMES:
            return False
        # Terms are words of one language: a service's own version in another says
        # the same things in other words, so its names and figures have to.
        return self.translated or (
            self.terms_shared >= MAX_TERMS // 2 and self.terms >= ACCOUNT_TERMS
        )

    def confirms_by_figures(self) -> bool:
        """The same figures and the same people or places.

        A summary may keep a single figure; it then needs most of the names,
        or, if it names next to nothing (a brief the tagger found one place
        in), a specific figure among those it shares: a brief keeping two
        figures of the story (186 evacuated, 64 firefighters) says no less
        than one keeping one of them. Where one story names one thing or none
        (copy in a script or language the tagger reads little of beside a
        machine-written brief), names can neither confirm nor deny, and two
        figures of the most specific kind, half the smaller story's, say the
        same results.
        """
        if self.same_figures:
            return True
        if self.numbers_shared == 0 or self.numbers < NUMBERS_AGREE:
            return False
        if self.specific_shared >= 2 and self.names_fewer <= 1:
            return True  # one story names one thing or none: the names cannot tell
        if self.own_translation and self.names_shared >= 1:
            return True
        if self.numbers_shared >= 2 and self.names_shared >= 2 and self.names >= NAMES_AGREE:
            return True
        if self.names_shared >= SUMMARY_NAMES and self.names >= SUMMARY_NAMES_SHARE:
            return True
        brief = 0 < self.names_fewer <= BRIEF_NAMES
        return brief and self.specific_shared >= 1 and self.names >= NAMES_AGREE


def verified_similarity(
    surface: float,
    a: Evidence | None,
    b: Evidence | None,
    hours_apart: float,
    *,
    confirmed: float,
    by_names: bool = True,
    declared: bool = False,
    revises: bool = False,
    same_source: bool = False,
) -> float:
    """The score of a candidate: its surface similarity, vetoed or confirmed by evidence.

    0 when the evidence says another story; at least `confirmed` (the settings'
    `confirmed_similarity`, never below the threshold) when it says the same
    facts within a news cycle; the surface score otherwise, and whenever a
    story carries no evidence (state written before evidence existed).
    `by_names` false leaves only nearly all the same figures to confirm it:
    the caller knows of another statement in the candidate's cluster
    (`another_statement`). `declared` true (an update or correction of the
    candidate's source under its slug) lifts the news cycle: the agency says
    the write-thru of the next morning is its story, the evidence has only
    to agree. `revises` true (the story says it is an update or correction,
    and the candidate is of its source) lifts `another_statement`: a
    write-thru quotes the voices it adds, the rescuers after the mayor.
    `same_source` true (both from one agency) lets its services' versions in
    two languages agree on fewer names (`Agreement.every_name_translated`).
    """
    if a is None or b is None:
        return surface
    agreement = Agreement.of(a, b, same_source=same_source)
    if agreement.conflict(surface):
        return 0.0
    # The event's own figures, three of them, outweigh a new voice: an update quoting
    # a new official still reports the event's account (see `another_speaker`).
    own_account = (
        agreement.numbers_shared >= STRONG_FIGURES
        or agreement.own_translation
        or not (another_speaker(a, b) or another_lead(a, b))
    )
    by_names = by_names and (revises or not another_statement(a, b))
    in_cycle = declared or hours_apart <= EVIDENCE_HOURS
    same_facts = agreement.confirms(by_names=by_names) and not agreement.another_instance(surface)
    if in_cycle and same_facts and own_account:
        return max(surface, confirmed)
    return surface


def _longer_without_figures(story: Evidence, other: Evidence) -> bool:
    """`story` gives no figure, `other` gives some, and `story` names more than `other`."""
    return not story.numbers and len(other.numbers) >= 2 and len(story.names) > len(other.names)


def another_speaker(story: Evidence, earlier: Evidence) -> bool:
    """`story` is led by someone `earlier` never names, speaking in words of their own.

    A reaction to an event (a minister, the opposition, a union or a rival
    company on it; analysts on results the same evening) names the first
    story's actors, recaps its headline figures and may quote its words, so
    those cannot confirm it as a copy: what it adds is a protagonist of its
    own, a person or organisation it mentions more than once (evidence.py),
    quoted in words the first story does not have. A rewrite's extra names (a
    witness, a spokesman) are mentioned once; the event's own figures, three
    of them, outweigh this (the caller's STRONG_FIGURES: an update quoting a
    new official). Only the later story is read this way, against an earlier
    one naming enough (QUOTED_NAMES) to have named that protagonist if it were
    the same story.
    """
    if len(earlier.names) < QUOTED_NAMES or not story.quotes:
        return False
    own_words = len(set(story.quotes) - set(earlier.quotes))
    if 2 * own_words < len(story.quotes):
        return False  # mostly the earlier story's quotes: the same statement
    known = set(earlier.name_hashes)
    return any(name & PROTAGONIST and name & NAME_HASH not in known for name in story.names)


def another_lead(story: Evidence, earlier: Evidence) -> bool:
    """`story` is led by a person or organisation `earlier` never names.

    A story's most mentioned name is what it is about. When that is an actor
    (a protagonist, evidence.py) the earlier story does not name at all, the
    later one is another actor's story that recaps the first: a rival's shares
    after a drugmaker's results, another carmaker's recall of the same
    supplier's part, a minister on a strike call, with or without a quote of
    their own. A rewrite, a brief or an update names the event's actor first,
    or at least names it. Like `another_speaker`, three of the event's own
    figures outweigh it (the caller's STRONG_FIGURES), and it is read only
    against an earlier story naming more than one thing: one the tagger read
    its dateline's city in alone (a script it reads little of) names nobody.
    """
    return (
        bool(story.names)
        and bool(story.names[0] & PROTAGONIST)
        and len(earlier.names) > 1
        and _lead_unknown(story, earlier)
    )


def _lead_unknown(story: Evidence, other: Evidence) -> bool:
    """`story`'s most mentioned name (its first) is one `other` never names."""
    return bool(story.names) and story.names[0] & NAME_HASH not in other.name_hashes


def another_statement(story: Evidence, earlier: Evidence) -> bool:
    """Both stories quote a statement, and none of the same words: two statements.

    Agencies paraphrase a statement but quote its words, so two reports of
    one statement share some; a union after a blast, an opposition leader
    after a budget or the same official on another volcano quote other words.
    Names and terms cannot then confirm the two as one story; nearly all the
    same figures still can, the two or three a story citing another recaps
    cannot. A copy that drops the quotes (a brief, a trimmed redistribution)
    cannot say this, so the engine asks it of every story of a candidate's
    cluster. Nor can a story in another language (evidence.py): its rewrite
    translates the words it quotes, so they share none however alike they are.
    """
    if not quotes_a_statement(story) or not quotes_a_statement(earlier):
        return False
    if other_languages(story, earlier):
        return False
    return not set(story.quotes) & set(earlier.quotes)


def other_languages(a: Evidence, b: Evidence) -> bool:
    """The two stories are known to be written in different languages."""
    return bool(a.language and b.language) and a.language != b.language


def quotes_a_statement(story: Evidence) -> bool:
    """The story quotes STATEMENT_RUNS four-word runs or more, a statement's words."""
    return len(story.quotes) >= STATEMENT_RUNS

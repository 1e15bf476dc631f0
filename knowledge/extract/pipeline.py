"""The parser: article -> sentences -> clauses -> facts.

Per sentence the pipeline runs: mentions (``mentions``) -> event frame (``events``) -> facts per clause,
each family in turn (``results``, ``standings``, ``grid``, ``incidents``, ``penalties``), attached to
their driver (``clauses.owner_left``) and placed in their race (``events.place``) -> consistency (one
finish per driver and session per sentence; no fact twice). After the article, penalties without a
reason look for one in the sentences around them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from knowledge.extract import (
    absence,
    champion,
    constructors,
    corners,
    counts,
    culprits,
    distance,
    events,
    fastest,
    fines,
    gaps,
    giveback,
    grid,
    incidents,
    knockout,
    laps,
    laptimes,
    licence,
    mentions,
    moments,
    overtakes,
    penalties,
    penaltycause,
    pitstops,
    practice,
    quotes,
    racepoints,
    results,
    running,
    safetycar,
    schedule,
    sentcause,
    shootout,
    standings,
    startcause,
    statline,
    status,
    tables,
    timegaps,
    tyres,
)
from knowledge.extract.clauses import (
    EMBEDDED_RE,
    OWN_WORD_RE,
    RELATIVE_RE,
    SUBORDINATE_OPEN_RE,
    opens_with_dutch_verb,
    split_clauses,
    strip_quotes,
    subject_group,
)
from knowledge.extract.context import ArticleState, Clause, Mention, SentenceContext
from knowledge.extract.model import LAST, Fact, ParsedArticle, ParseError
from knowledge.extract.phrases import group
from knowledge.gazetteer import Gazetteer, load_gazetteer
from knowledge.reference import GrandPrix
from knowledge.text import (
    ORDINAL_RE,
    Sentence,
    detect_language,
    fold,
    normalise,
    ordinal_value,
    split_header,
    split_sentences,
)

# words read as their common synonym, of the same length so that offsets into the sentence hold ("finish on
# the rostrum" is the podium)
_SYNONYMS = (("rostrum", "podium "),)


def _same_length_synonyms(f: str) -> str:
    """Folded sentence ``f`` with rare words replaced by the common word the families read."""
    for word, common in _SYNONYMS:
        if word in f:
            f = f.replace(word, common)
    return f


class ArticleParser:
    """Parses one article's text into sentences and facts, against the reference gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer or load_gazetteer()

    def parse(self, text: str) -> ParsedArticle:
        """Parse an article's full text (header included). Raises ``ParseError`` when nothing is usable."""
        if "\x00" in text:
            raise ParseError("binary content (NUL bytes)")
        gz = self.gz
        header, body = split_header(normalise(text))
        sentences = split_sentences(body)
        if not sentences:
            raise ParseError("no sentences found")
        lang = header.lang if header.lang in ("nl", "en") else detect_language(body[:4000])
        season = events.article_season(gz, header)
        folded = [_same_length_synonyms(fold(s.text)) for s in sentences]
        season = events.look_back_season(gz, folded, season) or season
        main_event = events.main_event(gz, sentences, folded, season, header.title, header)
        state = ArticleState(
            season=season,
            year=header.year,
            month=header.month,
            main_event=main_event,
            day=header.day,
            lang=lang,
            report=events.report_kind(header.title, sentences, folded),
        )
        # an article written on a practice day about one practice session: its places are that session's
        # (a lead that names qualifying as what comes next, "de kwalificaties beginnen om 16 uur", is read as
        # a qualifying report: the practice session its lead names and its words are mostly of decide)
        report_session = practice.report_session(folded) if state.report in ("race", "qualifying") else None
        if report_session is not None and self._before_race_day(state):
            state.practice_report = (report_session,)
        # the title and the first two sentences: a report of sprint qualifying names it there
        state.sprint_quali = shootout.reported(" ".join([fold(header.title or ""), *folded[:2]]), season)
        named_in = [{d for h in gz.drivers(f) for d in h.ids} for f in folded]  # one gazetteer pass
        if (
            report_session is None
            and state.report in ("race", "qualifying")
            and (lead := practice.lead_session(folded, [bool(n) for n in named_in])) is not None
            and self._before_race_day(state)
        ):
            # a lead that opens with one practice session, on a practice day: a report of that session
            state.practice_report = (lead,)
        # a practice report written before the race's day: a bare place in it is of the session ("Pérez is
        # terug te vinden op de dertiende plek"); one dated on race day may be the race's report after all
        state.practice_day = bool(state.practice_report) and self._before_race_day(state, at_least=1)
        surnames_seen = set().union(*named_in)
        facts: list[Fact] = []
        para_gps = events.paragraph_gps(gz, sentences, folded, state.season)
        sections = events.section_gps(sentences, folded, para_gps)
        for i, (sent, fs) in enumerate(zip(sentences, folded, strict=True)):
            if sent.paragraph != state.para:
                state.para = sent.paragraph
                state.para_gp = None
                state.section_gp = sections.get(sent.paragraph)
                state.prev_sprint = False
                state.para_segment = False
                state.prev_conditional = False
                state.prev_year_override = None
                state.prev_penalised = ()
                state.prev_practice = False
                state.practice_sessions = ()
                state.para_practice = False
                state.at_start = 0
                state.quote_open, state.quote_speaker, state.quote_pending = False, None, []
            # the paragraph's next sentence may tell a penalty that makes a place on the road provisional
            same_paragraph = i + 1 < len(sentences) and sentences[i + 1].paragraph == sent.paragraph
            state.next_text = folded[i + 1] if same_paragraph else ""
            state.prev_sentence = folded[i - 1] if i and sentences[i - 1].paragraph == sent.paragraph else ""
            state.prev_orig = sentences[i - 1].text if state.prev_sentence else ""
            told = self._sentence(sent, fs, state, surnames_seen, para_gps.get(sent.paragraph))
            if state.para_segment and _STARTS_SUNDAY_RE.search(fs):
                # "kende problemen in het tweede deel van de kwalificatie, maar start zondag van P3": the grid
                # told, the paragraph goes on with the final order, not the part's
                state.para_segment = False
            if _ROAD_FIRST_RE.search(fs) and (awarded := _BUT_AWARDED_RE.search(fs)):
                told = self._awarded_after_the_road(told, fs, awarded.start())
            if _SAME_PLACE_RE.search(fs):
                told = _finished_where_started(told)
            if _CROSSED_LINE_RE.search(fs):
                told = _crossed_the_line(told)
            # ("wie vertrekt morgen vanop de poleposition?": a question the article asks states nothing of
            # who; its sentence was read all the same, for the names and the race it carries on)
            if not _ASKS_RE.match(fs) or not sent.text.rstrip(_CLOSING).endswith("?"):
                facts.extend(told)
            state.prev_penalised = tuple(dict.fromkeys(x.driver for x in told if x.kind == "penalty"))
            state.prev_practice = events.is_practice(fs)
            # (the sessions named hold for the next sentence; named by the paragraph's first sentence, they
            # go on through it until another session is named: "Verstappen klokte in VT3 de vijfde tijd. Hij
            # was 1,1 seconde langzamer dan Leclerc. De Monegask had de beste tijd.")
            named = practice.sessions_named(fs) if state.prev_practice else ()
            opening = i == 0 or sentences[i - 1].paragraph != sent.paragraph
            if named:
                state.practice_sessions = named
                state.para_practice = opening
            elif _SESSION_NAMED_RE.search(fs) or not state.para_practice:
                state.practice_sessions = ()
            # (a qualifying report's "start zondag van P3" tells the grid to come, no start run so far)
            state.at_start = status.start_moment(fs, state.at_start) if state.report != "qualifying" else 0
            state.by_vote = state.by_vote or tables.VOTE_RE.search(fs) is not None
        facts = tables.regrid(facts, folded)
        facts = penalties.attach_receivers(facts, sentences, folded, named_in, state.season, state.main_event)
        facts = penalties.to_the_one_at_fault(facts, folded, named_in)
        facts = penalties.attach_reasons(facts, sentences, folded, state.leads)
        facts = penalties.whole_reasons(facts)
        facts = penaltycause.attach(facts, sentences, folded, state.leads, state.told_of)
        facts = penalties.attach_sizes(facts, sentences, folded, named_in)
        facts = penalties.dsq_sessions(facts, folded, named_in, state.leads)
        facts = incidents.attach_causes(facts, sentences, folded, state.leads, named_in)
        facts = grid.attach_start_causes(facts, sentences, folded, named_in)
        # (last of the reason readers: a cause marker beside the event, whatever its verb)
        facts = sentcause.attach(facts, sentences, folded, named_in)
        facts = grid.pole_before_penalty(facts)
        facts = safetycar.attach_causes(facts, sentences, folded)
        facts = timegaps.to_the_winner(facts)
        facts = gaps.to_the_leader(facts, folded)
        facts = timegaps.qualifying_only(facts, sentences, folded, state.season)
        facts = laptimes.qualifying_only(facts)
        facts = moments.crash_moments(facts, sentences, folded, named_in)
        facts = pitstops.in_pit_context(facts, sentences, folded)
        facts = fastest.taken_away(facts, sentences, folded)
        facts = giveback.attach_reasons(facts, sentences, folded, state.leads)
        facts = absence.settle(facts)
        facts = tyres.race_stops(facts, folded, state.report, bool(state.practice_report))
        if state.practice_report:
            facts = practice.report_places(
                facts, folded, state.practice_report[0], state.main_event, state.season, state.practice_day
            )
        # (after the report's reading: a corner follows its crash into the practice session it was of)
        facts = corners.follow_events(facts)
        facts = practice.settle_tops(facts, folded)
        settled = status.settle(
            dedupe(facts),
            lambda x: x.driver in named_in[x.sentence],
            lambda x: status.PROMOTED_RE.search(folded[x.sentence]) is not None,
        )
        settled = penalties.attach_partners(settled, named_in)
        return ParsedArticle(header, lang, season, main_event, sentences, settled)

    def _before_race_day(self, state: ArticleState, at_least: int = 0) -> bool:
        """Whether the article was written in the days before its race (a practice day), by its header; with
        ``at_least``, that many days before it at least (1: not on the race's own day)."""
        written = events.written_date(state.year, state.month, state.day)
        race = self.gz.ref.race(state.season, state.main_event) if state.main_event and state.season else None
        if written is None or race is None:
            return False
        return timedelta(days=at_least) <= date.fromisoformat(race.date) - written <= timedelta(days=3)

    def _awarded_after_the_road(self, told: list[Fact], fs: str, but: int) -> list[Fact]:
        """ "Vettel kwam als eerste over de streep, maar de zege ging naar Hamilton", "crossed the line first,
        but Hamilton was awarded the win": the one named after "but" won; the one first on the road not."""
        # (the one named after it: "kreeg Hamilton meteen de zege achter zijn naam"; up to a colon, which
        # opens the why: "maar de zege ging naar Sainz: de stewards gaven Leclerc vijf seconden")
        end = _WHY_OPENS_RE.search(fs, but)
        told_after = fs[but : end.start() if end else len(fs)]
        after = list(dict.fromkeys(d for h in self.gz.drivers(told_after) if len(h.ids) == 1 for d in h.ids))
        firsts = [
            x for x in told if x.kind == "finish" and x.position == 1 and x.status in ("final", "conflict")
        ]
        if len(after) != 1 or not firsts:
            return told
        winner = after[0]
        out = [
            replace(x, status="superseded")
            if x in firsts and x.driver != winner
            else replace(x, status="final")
            if x in firsts
            else x
            for x in told
        ]
        if not any(x.driver == winner for x in firsts):
            out.append(replace(firsts[0], driver=winner, status="final"))  # "kreeg Hamilton de zege"
        return out

    def _sentence(
        self,
        sent: Sentence,
        raw_folded: str,
        state: ArticleState,
        surnames_seen: set[str],
        para_gp: str | None,
    ) -> list[Fact]:
        gz = self.gz
        unquoted = strip_quotes(raw_folded)
        f = events.strip_history(gz, unquoted)
        aside_gps = events.explicit_gps(gz, unquoted, state.season) if f != unquoted else []
        if state.para_gp is not None and any(k != state.para_gp for _, k in aside_gps):
            # "Sinds Brazilië staat ook Magnussen in dit lijstje. De Deen verraste met pole": a race named in
            # an aside about another time ends the paragraph's race before it, as a race named does
            state.para_gp = None
        sc = SentenceContext(
            index=sent.index, text=f, orig=sent.text, mentions=[], report=state.report, season=state.season
        )
        sc.mentions = found = mentions.find_mentions(gz, f, state, surnames_seen, sc.undecided)
        all_found = found  # every mention, before lists and tables take theirs out
        if _DOCUMENT_LINE_RE.match(f):
            # a line of a stewards' document ("Car: 5 - Sebastian Vettel", "Fact: ...", "Decision: ..."): its
            # driver is the one the block named
            named = {d for m in found if not m.group for d in m.drivers}
            if len(named) == 1:
                state.block_driver = next(iter(named))
            elif named:
                state.block_driver = None
            sc.block_driver = state.block_driver
        else:
            state.block_driver = None
        # who the sentence before was about (its drivers not objects), for a "hem" that points back at him
        prev_own = state.prev_own
        state.prev_own = tuple(dict.fromkeys(d for m in found if not m.is_object for d in m.drivers))
        opening = next((m for m in found if not m.is_object), None)
        if opening is not None and not opening.group and opening.start <= _LEAD_REACH:
            state.leads[sent.index] = opening.drivers
        state.told_of[sent.index] = frozenset(d for m in found if not m.group for d in m.drivers)
        events.frame_sentence(gz, sc, state, para_gp)
        if aside_gps and not sc.gp_hits:
            # "..., twee weken nadat het team op Monza eerste en tweede werd. Daar moest Norris ...": the race
            # of the aside is the one a sentence opening with "daar" goes on about
            state.prev_named_gp = aside_gps[-1][1]
        # the constructors' standings: read before the tables below blank their rows
        team_rows = [
            events.place(gz, x, f, sc, state)
            for x in constructors.team_standings(gz, sc, state.constructors, state.season)
        ]
        state.constructors = constructors.section(f, state.constructors, names_driver=bool(found))
        if ":" in f or " om " in f or " at " in f:  # cheap gate: a schedule's item, or "begint om"
            team_rows += [
                x
                for x in (events.place(gz, y, f, sc, state) for y in schedule.session_times(f, sent.index))
                if _ahead_of_writing(gz, state, x)
            ]
        heading, state.name_line = state.name_line, _name_line(f, found)
        part = None
        if (
            "q" in f or "deel" in f or "part" in f or "sessie" in f or "session" in f or "pole" in f
        ):  # cheap gate
            part = knockout.names_early_part(f)
            if part is not None:
                state.para_segment = part
            if part is not None:
                state.early_part = part
            state.quali_part = knockout.part_told(f) or state.quali_part
        sc.early_part = state.early_part or state.para_segment
        sc.quali_part = state.quali_part
        # the top places of a part named in this sentence, or of one named before in the paragraph (where
        # tenth may already be the result: one who reached the last part but set no time there)
        segment_top = _TOP_TEN if part else _TOP_TEN - 1
        over = tables.season_over(gz, state)
        in_block = statline.block_line(f, sent.index, state.stat_block, state.season, over)
        if in_block is not None:
            # "Aantal WK-punten: 454" under "Max Verstappen (Nederland, 30 september 1997)": his season's
            # figure
            state.prev_text = sc.text
            return in_block
        state.stat_block = statline.block_head(f, found)
        season_line = statline.season_line(f, sent.index, found, heading, state.season, over)
        if season_line is not None:
            # "5th | Pts: 240 | Wins: 1": the whole line is the driver's season in figures
            state.prev_text = sc.text
            return season_line
        out_line = tables.out_list(sc, state)
        if out_line is not None:
            state.prev_text = sc.text
            return [events.place(gz, x, f, sc, state) for x in out_line]
        listed = tables.table_facts(gz, sc, state)
        if listed is not None:
            # A results list answers for its own rows; the prose around it is read as usual.
            _, t_start, t_end = listed
            if t_start and len(f[:t_start].split()) <= _HEADING_WORDS and tables.table_heading(f[:t_start]):
                t_start = 0  # its heading ("F1 driver standings") is the list's, not the prose after it's
            f = f[:t_start] + " " * (t_end - t_start) + f[t_end:]
            found = [m for m in found if not t_start <= m.start < t_end]
            sc.text, sc.mentions = f, found
        outs = tables.labelled_outs(sc, state.out_label) if ":" in f or state.out_label else None
        state.out_label = ":" in f and tables.ends_with_out_label(f)
        if outs is not None:
            # "Did not finish: Vettel, Magnussen, ...": each listed retired; the prose reads around them
            _, o_start, o_end = outs
            f = f[:o_start] + " " * (o_end - o_start) + f[o_end:]
            found = [m for m in found if not o_start <= m.start < o_end]
            sc.text, sc.mentions = f, found
        brackets = tables.team_brackets(gz, sc) if "(" in f else None
        if brackets is not None:
            # "MCLAREN (Lando Norris 5, Carlos Sainz 9) Norris moved up ...": the brackets are read, the
            # prose around them as usual
            for b_start, b_end in brackets[1]:
                f = f[:b_start] + " " * (b_end - b_start) + f[b_end:]
            found = [m for m in found if not any(s <= m.start < e for s, e in brackets[1])]
            sc.text, sc.mentions = f, found
        # "Bottas en Hamilton werden respectievelijk tweede en derde": placed and marked like a clause.
        paired = results.respectively(sc)
        facts: list[Fact] = [
            events.place(gz, x, f, sc, state)
            for x in (
                status.with_status(paired, status.clause_status(f, f, before=state.prev_sentence), f)
                if paired
                else []
            )
        ]
        if facts and events.names_qualifying_only(f):
            # "problemen in de kwalificatie, waardoor Sainz en Leclerc met respectievelijk P5 en P7 genoegen
            # moesten nemen": in a race report, places paired in a sentence about qualifying are no results
            facts = [x for x in facts if x.kind != "finish"]
        if listed is not None:
            facts.extend(listed[0])
        if outs is not None:
            facts.extend(events.place(gz, x, f, sc, state) for x in outs[0])
        if brackets is not None:
            facts.extend(events.place(gz, x, f, sc, state) for x in brackets[0])
        offset = 0
        subject: tuple[str, ...] = ()
        team_head: str | None = None  # the first clause of a run without a driver of its own
        prev_clause = ""
        start_kind: str | None = None  # the start a clause before told of ("Bottas starting from second")
        embedded_doer: tuple[str, ...] = ()  # the subject of an "after ..."/"nadat ..." clause just told
        relative: tuple[str, ...] = ()  # the driver a relative clause is about, while it goes on
        main_before: tuple[str, ...] | None = None  # the subject before a subordinate clause ("nadat ...")
        perceiver: tuple[str, ...] = ()  # who saw the one a clause before is about ("zag Pérez uitvallen")
        perceiving = "za" in f or "zie" in f or "saw" in f or "see" in f or "watch" in f  # cheap gate
        # ("Leclerc and Ferrari exploited ...": a driver and a team joined as one subject)
        joined = any(f.startswith((" and ", " en "), m.end) for m in found)
        teams = [(h.start, h.end) for h in gz.teams(f)] if joined else []
        clauses = split_clauses(f, [(m.start, m.end) for m in found], teams)
        if sc.asides:
            # a dashed aside naming another race is a clause of its own, of that race
            clauses = _cut_at(clauses, f, sorted({x for a, b, _ in sc.asides for x in (a, b)}))
        for clause in clauses:
            start = f.find(clause, offset)
            if start < 0:
                start = offset
            end = start + len(clause)
            gap = f[offset:start]  # what the split took out before this clause: a comma, "en", "and"
            offset = end
            cm = [m for m in found if start <= m.start < end]
            before = [m for m in found if m.end <= start]
            restore: tuple[str, ...] | None = None
            if (
                perceiver
                and not cm
                and _AND_JOIN_RE.fullmatch(gap)
                and state.lang == "nl"
                and (opens_with_dutch_verb(clause) or clause.startswith(("werd ", "kwam ", "bleef ")))
            ):
                # "Hamilton zag Pérez uitvallen en completeerde het podium": a finite verb after "en" is the
                # one who saw again
                subject = perceiver
            perceiver = ()
            if main_before is not None and "," in gap and _AND_JOIN_RE.fullmatch(gap):
                # "Verstappen won, nadat Leclerc was uitgevallen, en in Canada was er een zege": after the
                # subordinate clause and a comma the main clause's subject is back
                subject = main_before
            main_before = subject if start and subject and SUBORDINATE_OPEN_RE.match(clause) else None
            causee = _causee(clause, start, cm, f) if state.lang == "en" else None
            if causee is not None:
                # "..., allowing Norris to take victory": the one allowed does what follows
                cm = [replace(m, is_object=False) if m is causee else m for m in cm]
            elif state.lang == "en" and _PARTICIPLE_RE.match(clause) and before and not before[-1].group:
                # "Leclerc, running second and catching leader Hamilton, aquaplaned ...": a participle
                # clause after a name is about that name; drivers inside it are objects. After "two points
                # clear of Verstappen, having started fourth" it is about the subject, not the object.
                restore = subject
                doers = [m for m in before if not m.is_object and not m.group]
                # ("with Gasly benefiting from Hamilton's penalty and starting P5": the one after "with")
                withs = [m for m in before if _WITH_JUST_BEFORE_RE.search(f, max(0, m.start - 6), m.start)]
                subject = (doers or withs or before)[-1].drivers
                cm = [replace(m, is_object=True) for m in cm]
            elif (
                RELATIVE_RE.match(clause)
                and before
                and not before[-1].group
                and _AMONG_BEFORE_RE.search(f, max(0, before[-1].start - 14), before[-1].start)
            ):
                # "haalde een reeks coureurs in, waaronder Norris, die op slicks bleven doorrijden": the
                # relative is about the group Norris is one of; what follows it is the subject's
                cm = [replace(m, is_object=True) for m in cm]
            elif RELATIVE_RE.match(clause) and before and not before[-1].group:
                # ", who took his first victory": the relative pronoun is the driver just named; drivers
                # inside the relative clause are its objects, and the main clause goes on after it.
                restore = subject
                subject = relative = before[-1].drivers
                # "Latifi en Stroll, die allebei crashten": "allebei"/"both" makes the relative the pair
                both = [m for m in cm if m.group and set(subject) <= set(m.drivers)]
                if both:
                    subject = relative = both[0].drivers
                cm = [replace(m, is_object=True) for m in cm]
            elif relative and not cm and _goes_on(gap, clause):
                # "..., who led until late but stayed out and ended up seventh": a relative clause goes on
                # over "and"/"but" without a comma; after ", and" the main clause is back.
                restore = subject
                subject = relative
            if restore is None:
                relative = ()
            # A driver inside an embedded "after ..."/"nadat ..." does not become the clause's subject.
            own = [m for m in cm if not m.is_object and not EMBEDDED_RE.search(f, start, m.start)]
            # (a Dutch subordinate clause closes with its verb: "nadat Magnussen was gecrasht en boekte zijn
            # zege" goes back to the main clause's subject after "en"; "doordat Vettel ... verloor en in de
            # muur eindigde" goes on)
            went_on = (
                embedded_doer
                if not cm
                and _AND_JOIN_RE.fullmatch(gap)
                and "," not in gap
                and not (state.lang == "nl" and opens_with_dutch_verb(clause))
                else ()
            )
            embedded = [m for m in cm if not m.is_object and not m.group and m not in own]
            embedded_doer = embedded[-1].drivers if embedded else ()
            if went_on and restore is None:
                # "... after Ferrari's Vettel ignored team orders and then retired": the embedded clause's
                # subject goes on over "and", then the main clause's is back
                restore = subject
                subject = went_on
            elif own and _AMONG_OPEN_RE.match(clause):
                # ", waaronder Norris,": an example of a group the clause before told of, no new subject
                cm = [replace(m, is_object=True) if m in own else m for m in cm]
            elif (
                own
                and subject
                and _APPOSITION_OPEN_RE.match(clause)
                and end < len(f)
                and f[end : end + 1] == ","
                and any(f[m.start : m.end] == prev_clause.strip(" ,") for m in before)
            ):
                # "Pietro Fittipaldi, de vervanger van de gecrashte Romain Grosjean, eindigde als laatste": a
                # noun phrase between commas right after a bare name describes him (no new subject)
                cm = [replace(m, is_object=True) if m in own else m for m in cm]
            elif any(start <= p < end for p in sc.undecided):
                # "..., maar door Hamiltons gridstraf start hij als negende": a "hij" the mentions could not
                # tell is somebody, neither the mishap's owner nor the subject carried on
                subject = ()
                cm = [replace(m, is_object=True) if m in own else m for m in cm]
            elif (
                not own
                and perceiving
                and (
                    seen_only := [
                        m
                        for m in cm
                        if not m.group and _PERCEIVED_BEFORE_RE.search(f, max(0, m.start - 60), m.start)
                    ]
                )
            ):
                # "(Verstappen, die ...,) zag Sainz met een tijd van 1.40,983 pole pakken": the one seen does
                # what the infinitive tells; the one who saw is carried as the perceiver
                perceiver = subject
                subject = seen_only[-1].drivers
            elif own:
                carried = subject
                subject = subject_group(own, f)
                seen = (
                    [
                        m
                        for m in own
                        if (saw := _PERCEIVED_BEFORE_RE.search(f, max(0, m.start - 60), m.start))
                        # ("took the win in a race which saw Hamilton finish seventh": the race saw it)
                        and not _RELATIVE_BEFORE_SAW_RE.search(f, max(0, saw.start() - 12), saw.start())
                    ]
                    if perceiving
                    else []
                )
                if seen:
                    # "Verstappen zag Hamilton voorbij schieten en de overwinning pakken": the one seen does
                    # what the infinitives after tell; the one who saw is no subject of them
                    # (no one of the clause before the first seen: the subject carried on saw them, "Bottas,
                    # die ..., zag tijdens de race Hamilton en Verstappen voorbijkomen en finishte als derde")
                    seers = [m for m in own if m.end <= seen[0].start]
                    perceiver = subject if seers or not carried else carried
                    subject = seen[-1].drivers
                    cm = [
                        replace(m, is_object=True) if m in own and m.end <= seen[-1].start else m for m in cm
                    ]
            elif not cm and _UNNAMED_GROUP_RE.search(clause):
                # "the Mexican GP saw two drivers retire", "twee coureurs vielen uit": drivers the clause does
                # not name, not the subject carried on
                subject = ()
            elif start == 0 and (lead := _leading_subject(f, end, found)):
                # "Having started P19, Bottas claimed third", "Gestart vanaf P4, werd Norris ...": an
                # opening clause without a name is about the subject right after it.
                subject = lead
            elif start == 0 and not cm and (owner := _possessive_opening_owner(clause, f, end, found)):
                # "Met zijn negentiende zege en nog vier races te gaan staat Verstappen er beter voor": "zijn"
                # in an opening phrase points forward at the one the sentence names
                subject = owner
            elif not subject and (topic := _topic(f, found)) and _clause_has_event(clause):
                # "For Albon, this was his first podium", "Voor Leclerc is het zijn tweede zege": the
                # sentence's topic, not the paragraph's focus
                subject = topic
            elif (
                not cm
                and "," in gap
                and before
                and not before[-1].group
                and not before[-1].is_object
                and _AUX_OPEN_RE.match(clause)
                and _ASIDE_OPEN_RE.match(prev_clause)
                and before[-1].end <= f.rfind(prev_clause, 0, start)  # (the aside names nobody)
            ):
                # "... as Lewis Hamilton, on the verge of his seventh title, could manage only sixth": after
                # an aside, the verb goes on with the one named before it
                subject = before[-1].drivers
            elif not cm and (owner := _noun_phrase_owner(f, before, gap)):
                # "The second place by Hamilton, and the fastest lap, keep him on top": a list of things of
                # the one driver named with the first
                subject = owner
            elif (
                not subject
                and not cm
                and state.focus
                and prev_own == (state.focus,)
                and penalties.PENALTY_TO_PRONOUN_RE.search(clause)
            ):
                # "Hamilton maakte twee proefstarts. Het kwam hem op twee tijdstraffen te staan": "hem" is the
                # one the sentence before was about, when it was about him alone
                subject = (state.focus,)
            elif (
                not subject
                and not cm
                and len(state.prev_penalised) == 1
                and penalties.PENALTY_TO_PRONOUN_RE.search(clause)
            ):
                # "... de strafseconden die Hamilton incasseerde. De stewards bestraften hem met twee keer 5
                # seconden": "hem" is the one the sentence before told a penalty of
                subject = state.prev_penalised
            elif (
                not subject
                and state.focus
                and _clause_has_event(clause)
                and (OWN_WORD_RE.search(clause) or not results.WIN_RE.search(clause))
                and (OWN_WORD_RE.search(clause) or not gz.teams(clause))
                and not mentions.OTHER_PERSON_RE.search(clause)
            ):
                # "... en Ferrari vijfde": a team's place is not the focus driver's
                # "Het was zijn derde zege" is the focus driver's; "the first win for a French driver" is not.
                subject = (state.focus,)
            here = Clause(clause, start, sc, cm, subject)
            clause_facts = clause_facts_of(here)
            # "McLaren legde beslag op de eerste en vierde plek": the team's places (in this clause and the
            # ones after it without a driver of their own), no driver's
            # (the team is looked for only where a place would go to a driver: most clauses have none)
            team_head = None if own else (team_head if team_head is not None else clause)
            if (
                clause_facts
                and team_head is not None
                and any(x.kind in _PLACE_KINDS for x in clause_facts)
                and _team_subject(gz, team_head)
            ):
                named = {d for m in cm for d in m.drivers}
                prior = [m for m in found if m.end <= start]
                if prior and _RELATIVE_OPENS_RE.match(clause) and f[prior[-1].end : start].strip() == ",":
                    # "AlphaTauri were kept in the hunt by Kvyat, who secured fourth place": the relative
                    # clause is about the driver right before it, not the team
                    named.update(prior[-1].drivers)
                clause_facts = [x for x in clause_facts if x.kind not in _PLACE_KINDS or x.driver in named]
            if clause_facts and (
                (state.para_segment and not _qualified_in_the_end(clause))
                or knockout.TO_NEXT_PART_RE.search(clause)
            ):
                # "In Q1 ... Hij zette de tweede tijd neer", "ging als vijfde naar Q3": a place in a part of
                # qualifying, not its result; a place below the top ten is where one knocked out there ended
                clause_facts = [
                    replace(x, status="running")
                    if (x.kind == "qualifying" or (x.kind == "finish" and state.report == "qualifying"))
                    and x.status == "final"
                    and 0 < (x.position or 0) <= segment_top
                    else x
                    for x in clause_facts
                ]
            if clause_facts and _FIRST_ATTEMPT_RE.search(clause):
                # "In de eerste snelle ronde reed hij de beste tijd": the order after a first run, not the
                # result
                clause_facts = [
                    replace(x, status="running") if x.kind == "qualifying" and x.status == "final" else x
                    for x in clause_facts
                ]
            if clause_facts and (
                state.para_segment or (state.early_part and not laptimes.BEST_TIME_RE.search(clause))
            ):
                # "In Q1 ... hij klokte 1:30.512", and the paragraphs after it until Q3 is told of: a time in
                # one part of qualifying, not his best (unless the clause says it is: "pole", "toptijd")
                clause_facts = [x for x in clause_facts if x.kind != "lap_time"]
            if (
                events.is_practice(clause)
                or events.opens_with_practice(f)
                # "na een matige derde training | waarin Verstappen niet verder kwam dan de negende tijd": the
                # relative clause of a practice session named right before it
                or (_IN_WHICH_RE.match(clause) and events.is_practice(f[max(0, start - 40) : start]))
                # a gap told in a sentence that names practice ("Albon topped FP1, beating Russell by 0.033s")
                or any(x.kind == "time_gap" and x.other_label == timegaps.PRACTICE for x in clause_facts)
                # "... in de tweede vrije training. Hij klokte een zesde tijd.": the session goes on
                # (or the paragraph's session goes on, or the article reports on one session)
                or (
                    (state.prev_practice or state.practice_sessions or state.practice_report)
                    and (
                        _TIMESHEET_PLACE_RE.search(clause)
                        or practice.tells_fastest(clause)
                        # ("In de derde vrije training ... Max Verstappen werd achtste.": a bare place, while
                        # the paragraph's first sentence named the session)
                        # (or the article, written before the race's day, reports on one session: "Pérez is
                        # terug te vinden op de dertiende plek")
                        or (state.para_practice and practice.tells_place(clause, f))
                        or (state.practice_day and practice.tells_sheet_place(clause, f))
                        # ("Verstappen kwam tijdens de tweede sessie tot 1.45,507": a time, no place; "was
                        # 0,405 seconden sneller dan zijn teamgenoot": a gap)
                        or (state.practice_day and laptimes.only_lap_ms(clause) is not None)
                        or (state.practice_day and any(x.kind == "time_gap" for x in clause_facts))
                    )
                    and not _SESSION_NAMED_RE.search(f)
                )
            ):
                # Practice sessions are not results; a penalty earned in practice applies to the race, and
                # so does a start whose own cause names the session ("startte naar aanleiding van zijn crash
                # in de derde vrije training achteraan")
                # (and a statistics line's "Snelste raceronde 1:36.169 (Leclerc)" after its practice times is
                # the race's fastest lap)
                gaps = [x for x in clause_facts if x.kind == "time_gap"]
                told_results = [x for x in clause_facts if x.kind in ("finish", "qualifying")]
                happened = [x for x in clause_facts if x.kind in practice.EVENT_KINDS]
                clause_facts = [
                    x
                    for x in clause_facts
                    if x.kind == "penalty"
                    or _start_caused_by_practice(x)
                    or (x.kind == "fastest_lap" and _RACE_LAP_RE.search(clause))
                ]
                # ... but a place on its timesheet is a practice place, of the session named (in the clause,
                # the sentence or the one before)
                # (a sentence that names practice without its number, "de eerste trainingen", is of none)
                sessions = practice.sessions_named(f, start, start + len(clause))
                sessions = sessions or practice.sessions_named(f)
                if not sessions and not events.is_practice(f):
                    sessions = state.practice_sessions or state.practice_report
                    # (a session carried from before, unless the sentence names a day of others: "was vrijdag
                    # het snelst in beide sessies", in a report of the third)
                    if any(practice.names_another_day(f, x) for x in sessions):
                        sessions = ()
                places = practice.practice_places(here, sessions)
                clause_facts.extend(places)
                clause_facts.extend(practice.practice_times(here, places))
                if not places and state.practice_day:
                    clause_facts.extend(practice.bare_time(here, sessions, f))
                if not places and state.practice_day and not practice.sessions_named(f):
                    # (a place this reader does not read, "werd in zijn Mercedes achtste op 1,229 seconde", is
                    # left to the report's reading of places told as results; not one of a session named)
                    clause_facts.extend(told_results)
                # ... and a gap between two drivers on it is a gap of that session, and a crash, a stop or a
                # red flag in it that session's
                clause_facts.extend(practice.session_gaps(gaps, sessions, f))
                clause_facts.extend(practice.session_events(happened, sessions))
            if clause_facts and _BARE_PLACE_RE.fullmatch(clause) and _LABEL_BEFORE_RE.search(f, 0, start):
                # "Championship Position: 4th; Average Rating Ranking: 2nd": a label's value, with no name of
                # its own, is no place of the driver carried from before (the label says what it ranks)
                clause_facts = [x for x in clause_facts if x.kind not in _PLACE_KINDS]
            if clause_facts:  # the status phrases are only read where there is a fact to mark
                told = status.clause_status(clause, f, state.next_text, state.prev_sentence, state.at_start)
                if (
                    told == "epithet"
                    and status.race_winner_epithet(clause)
                    and _names_only(gz, clause, state.main_event)
                    and _just_after(gz, state)
                ):
                    # "na de 70th Anniversary GP-winnaar Max Verstappen" in a report of that race: its winner
                    told = "final"
                if (
                    told == "final"
                    and _CONSEQUENCE_RE.match(clause)
                    and status.clause_status(prev_clause, f) == "hypothetical"
                ):
                    # "zou er met de punten vandoor gaan en daarmee de leiding terugpakken": what it'd bring
                    told = "hypothetical"
                if (
                    told == "final"
                    and start
                    and _WITH_OPENS_RE.match(clause)
                    and status.clause_status(f[:start], f) == "running"
                    # (not "took over the lead and went on to win, with Vettel in third": the end told; nor
                    # "zakte terug naar P4, met Pérez en Hamilton op het podium": the podium is the end's)
                    and not status.tells_result(f[:start])
                    and "podium" not in clause
                ):
                    # "Sainz ran third, ahead of Norris, with Hamilton in sixth": the order at that moment
                    told = "running"
                best = _BEST_HOPED_RE.search(f, 0, start) if told == "final" else None
                if (
                    best is not None
                    and _COPULA_RE.search(f, best.end(), start + len(clause))
                    and status.clause_status(f[:start], f) == "hypothetical"
                ):
                    # "the best Red Bull can hope for, from here, is second place and fastest lap": the places
                    # the wish is
                    told = "hypothetical"
                if (
                    told == "final"
                    and all(mentions.PRONOUN_RE.fullmatch(m.label) for m in own)  # (none, or "hij")
                    and _AND_JOIN_RE.fullmatch(gap)
                    and (status.PASS_RE.search(prev_clause) or _PIT_DIVE_RE.search(prev_clause))
                ):
                    # "snelt langs Gasly en pakt P3": the place the pass brought, for a while; "duikt naar
                    # binnen voor nieuwe banden en blijft achtste": the place around the stop
                    told = "running"
                if told == "hypothetical" and _FROM_START_OPENING_RE.match(clause):
                    # "Vanaf de derde startplek hoopt Verstappen aan te vallen": the start the wish is made
                    # from is told as done; what is hoped comes after it
                    clause_facts = [
                        x if x.kind in _PREMISE_KINDS else status.with_status([x], told, clause)[0]
                        for x in clause_facts
                    ]
                else:
                    clause_facts = status.with_status(clause_facts, told, clause)
                if told == "running" and results.penalty_outcome(f, start + len(clause)):
                    # "got a time penalty after the race, which means he fell from ninth to tenth": the
                    # place the penalty left him in, however the fall is worded
                    # ("kreeg vijf seconden straf ... en viel terug naar de vierde plaats": the clause after
                    # "en" names no penalty of its own)
                    clause_facts = [
                        replace(x, status="final")
                        if x.kind == "finish"
                        and (x.detail == "penalty" or (x.detail is None and x.status == "running"))
                        else x
                        for x in clause_facts
                    ]
                if _MOVED_UP_RE.search(clause) and _BY_PENALTY_RE.search(f):
                    # "Gasly profiteert en schuift hierdoor op naar de negende plek", "Door straffen voor de
                    # Alfa Romeo's promoveerde hij naar P10": the place another's penalty gave him corrects
                    # the one told on the road
                    clause_facts = [
                        replace(x, detail="penalty")
                        if x.kind == "finish" and x.status == "final" and x.detail is None
                        else x
                        for x in clause_facts
                    ]
                became = _GRID_BECAME_RE.search(clause) if "grid" in f or "start" in f else None
                if became is not None:
                    clause_facts = _grid_became(clause_facts, ordinal_value(became.group(1)))
                if grid.RESTART_RE.search(clause):
                    # "kwam bij de herstart als derde op de grid te staan", "the polesitter for the restart":
                    # the order for a restart, not the race's grid
                    clause_facts = [
                        replace(x, status="running") if x.kind in ("grid", "pitlane") else x
                        for x in clause_facts
                    ]
                if told not in ("final", "running"):
                    # "als hij na de eerste ronde derde ligt", "vorig jaar lag hij na de start achtste": not
                    # a place he held in this race
                    clause_facts = [x for x in clause_facts if not (x.kind == "moment" and x.unit == "place")]
            if clause_facts:
                starts = {x.kind for x in clause_facts if x.kind in _START_KINDS and x.status == "final"}
                if start_kind and not starts and _bare_clause(clause, start, cm):
                    # "Bottas starting from second, Pérez third on mediums and Hamilton 20th": the bare places
                    # after a start go on with it (a paragraph of the race's course does not make them places
                    # while running: "Pérez was at second on the grid and Verstappen at third")
                    clause_facts = [
                        replace(x, kind=start_kind, status="final")
                        if x.kind == "finish" and x.status in ("final", "running")
                        else x
                        for x in clause_facts
                    ]
                elif len(starts) == 1 and not any(
                    x.kind == "finish" and x.status == "final" for x in clause_facts
                ):
                    # (a qualifying report's "on pole, X third" tells the qualifying order; not "Norris won
                    # from pole, with Leclerc third": the start told with a win is an aside of his)
                    # ("moves up to 14th on the grid as a result of the penalty, with Russell 15th": the grid)
                    start_kind = (
                        "qualifying"
                        if state.report == "qualifying" and not _ON_THE_GRID_RE.search(clause)
                        else next(iter(starts))
                    )
                elif any(x.kind == "finish" for x in clause_facts):
                    start_kind = None
            elif _QUALIFIED_VERB_RE.search(clause):
                # "The two Red Bulls qualified with the same time, with Verstappen fifth and Albon sixth": the
                # bare places after it are qualifying places
                start_kind = "qualifying"
            if restore is not None:
                subject = restore or subject
            prev_clause = clause
            for fact in clause_facts:
                placed = events.place(gz, fact, clause, sc, state)
                if fact.session == "practice" and placed.session != "practice":
                    # (a practice session's crash in a sentence that names qualifying after it: "viel vrijdag
                    # uit met een hydraulisch probleem" stays the session's)
                    placed = replace(placed, session="practice")
                if (
                    placed.kind in TOLD_ELSEWHERE_KINDS
                    and sc.year_override is not None
                    and sc.year_override != state.season
                ):
                    # "in 2019 haalde hij Bottas in": told about another season, never answered
                    placed = replace(placed, status="history")
                if (
                    placed.kind == "championship"
                    and placed.detail is None
                    and placed.status == "final"
                    and placed.season == state.season
                    and tables.season_running(gz, state)
                ):
                    # "Leclerc volgt op de tweede plek met 178 punten" in an article of August: where he
                    # stood then, not where he ended the season
                    placed = replace(placed, detail="interim")
                if placed.kind == "constructors_title":
                    # a title is of a season (the one the sentence names, else the article's), not of a race
                    season = sc.year_override if sc.year_override is not None else state.season
                    placed = replace(placed, grand_prix=None, season=season)
                if placed.kind == "safety_car" and state.report == "qualifying" and placed.session == "race":
                    placed = replace(placed, session="qualifying")  # a red flag in a qualifying report
                facts.append(placed)
        follow = results.FOLLOWED_RE.search(f) if "gevolgd door" in f or "followed" in f else None
        if follow is not None:
            # "won, gevolgd door Leclerc": the places after the last one told (unless a running order)
            told = status.clause_status(f[follow.start() :], f)
            behind = results.followed_by(sc, follow, facts, told)
            facts.extend(events.place(gz, x, f, sc, state) for x in behind)
        conditional = status.is_conditional(f) or (state.prev_conditional and status.goes_on_conditional(f))
        state.prev_conditional = conditional
        if conditional:
            # "Als Leclerc alle races zou winnen, dan verdient hij 242 punten", "Mocht Verstappen doorgaan met
            # winnen, dan kan hij in Japan beslissen", and the sentence after that goes on with "dan": what
            # would happen, no result
            facts = [status.with_status([x], "hypothetical")[0] for x in facts]
        if _QUESTION_END_RE.search(sent.text):
            # "Kunnen zij nog mee in de strijd om het podium?", "will anybody spoil the party?": a question
            # asks about the result, it states none. Where they start is told as the premise
            # ("hoe ver komt Bottas, die vanuit de pits begint?").
            # (a pole the question itself asks for is no premise: "Can Leclerc take pole in Monaco?")
            facts = [
                x
                if x.kind in _PREMISE_KINDS and not (x.detail == "pole" and _ASKING_OPEN_RE.match(f))
                else status.with_status([x], "hypothetical")[0]
                for x in facts
            ]
        if state.prev_start_kind and found and _bare_places(f, found):
            # "Leclerc op pole. Verstappen tweede, Hamilton zevende": a line of names and places without
            # a verb goes on with the start the line before told of.
            kind = state.prev_start_kind
            facts = [
                replace(x, kind=kind, session="qualifying" if kind == "qualifying" else x.session)
                if x.kind == "finish" and x.status == "final"
                else x
                for x in facts
            ]
        whose = _owner_at_end(f, found)
        if whose:
            # "Een vijfde plaats in Engeland en een uitvalbeurt in Duitsland voor Daniel Ricciardo.": a line
            # of noun phrases whose owner is named last, after "voor"/"for"
            facts = [replace(x, driver=whose) if x.driver and ":" not in x.driver else x for x in facts]
        if (
            state.standings_para == sent.paragraph
            and _PRESENT_PLACE_RE.search(f)
            and not status.tells_result(f)
            and not sc.gp_hits
        ):
            # "Bij de coureurs leidt Verstappen, met 52 punten voorsprong op Norris. Leclerc is derde.": the
            # place told in the present after the standings is one in them
            facts = [
                replace(
                    x,
                    kind="championship",
                    grand_prix=None,
                    session="season",
                    detail="interim" if tables.season_running(gz, state) else None,
                )
                if x.kind == "finish" and x.status == "final"
                else x
                for x in facts
            ]
        standing_kinds = {x.kind for x in facts} & {"championship", "points", "points_gap"}
        state.standings_para = (
            sent.paragraph
            if standing_kinds and not any(x.kind == "finish" and x.status == "final" for x in facts)
            else -1
        )
        live = laps.LIVE_LAP_RE.match(f)
        if live:
            state.live_para = sent.paragraph if int(live.group(1)) < int(live.group(2)) else -1
        elif state.live_para == sent.paragraph and not status.tells_finish(f):
            # "LAP 27/52: The rain is back. Piastri pits one lap too late and drops to fifth.": the line's
            # lap times the sentences after it in its paragraph
            facts = [
                replace(x, status="running") if x.kind == "finish" and x.status == "final" else x
                for x in facts
            ]
        starts = {x.kind for x in facts if x.kind in ("grid", "qualifying") and x.status == "final"}
        state.prev_start_kind = next(iter(starts)) if len(starts) == 1 else None
        if state.prev_penalised and _OUTCOME_OPENING_RE.match(f) and _MOVED_TO_RE.search(f):
            # "... kreeg vijf seconden straf. Daardoor zakte hij naar de achtste plaats.": the place the
            # penalty told just before left him in (not a place during the race)
            facts = [
                replace(x, status="final")
                if x.kind == "finish" and x.status == "running" and x.driver in state.prev_penalised
                else x
                for x in facts
            ]
        if "omgezet" in f or "veranderd" in f or "became" in f or "turned into" in f or "converted" in f:
            facts = results.converted(f, facts)
        facts = last_finish_only(facts)
        facts = _places_before_retiring(facts)
        # a qualifying report of the Saturday cannot tell Sunday's result: "wist de Brit alsnog beslag te
        # leggen op P2" is his qualifying place, or a prediction, never the race's
        # (a results list may be a page first dated in April and kept up to date all year: only in the days
        # of the weekend itself does its date rule out the race's result)
        in_list = {id(x) for x in listed[0]} if listed is not None else set()
        as_told = facts
        facts = [
            _on_sprint_day(gz, state, x)
            if x.status == "final"
            and x.kind in _RACE_OUTCOME_KINDS
            and _before_it(gz, state, x, weekend_only=id(x) in in_list and not _after_main_race(gz, state, x))
            # (a crash or a stop in a practice report, told with no race named, is the session's: done)
            and not (state.practice_day and x.kind in practice.EVENT_KINDS and practice.of_the_session(f))
            else x
            for x in facts
        ]
        sprinted = {
            y.driver
            for x, y in zip(as_told, facts, strict=True)
            if x.session != y.session and y.kind == "finish"
        }
        if sprinted:
            # "Hamilton drove from last to fifth in the 24-lap race" on the sprint's day: where he started it
            # is the sprint's too (not a pole the sprint won for the race)
            facts = [
                replace(x, session="sprint")
                if x.kind == "grid" and x.driver in sprinted and x.session == "race" and x.detail != "pole"
                else x
                for x in facts
            ]
        # a neutralisation or a team's fine names no driver to carry on to the next sentence
        if "punt" in f or "point" in f:
            facts.extend(standings.totals_of_gap(f, sent.index, facts))
        facts.extend(status.after_places_lost(f, facts))
        if "achter" in f or "behind" in f:
            facts.extend(results.behind_leaders(sc, facts))
        if "twitter" in f and _TWEET_RE.search(f):
            # "@LewisHamilton stormed to his fourth pole ... pic.twitter.com/...": an embedded tweet names its
            # driver by a handle; only the drivers it names by name have facts in it
            named = {d for m in found for d in m.drivers}
            facts = [x for x in facts if not x.driver or x.driver in named]
        mentions.after_sentence(state, found, [x for x in facts if x.driver and ":" not in x.driver], f)
        facts.extend(events.place(gz, x, f, sc, state) for x in distance.race_laps(f, sent.index))
        if f.lstrip().startswith(("lap ", "ronde ")):
            facts = laps.live_blog_laps(f, facts)
        if state.quote_open or '"' in raw_folded or "'" in raw_folded or ",," in raw_folded:
            told_quotes = _quotes(gz, raw_folded, sent, all_found, state)
            facts.extend(events.place(gz, x, f, sc, state) for x in told_quotes)
        return facts + team_rows


# a place told in the present: "Leclerc is derde", "Hamilton staat nog vijfde", "Russell remains fourth"
_PRESENT_PLACE_RE = re.compile(
    r"\b(?:is|staat|ligt|blijft|remains|stays|sits|lies)\s+(?:nu\s+|nog\s+|now\s+|still\s+)?(?:de\s+|the\s+)?"
    r"(?:" + ORDINAL_RE + r")\b"
)
_QUOTE_CARRY = 6  # the most sentences one quote runs over (a stray mark opens none for the article)


def _quotes(gz: Gazetteer, raw: str, sent: Sentence, found: list[Mention], state: ArticleState) -> list[Fact]:
    """The quotes of the sentence told with their speaker, and those of the sentences before it in one
    quote whose speaker this sentence names; the quote state carried on to the next sentence."""
    quoted, still_open = quotes.spans(raw, state.quote_open)
    carried_in = state.quote_open
    state.quote_open = still_open and len(state.quote_pending) < _QUOTE_CARRY
    if not quoted:
        state.quote_speaker, state.quote_pending = None, []
        return []
    who = quotes.speaker(raw, quoted, found)
    goes_on = carried_in or quotes.opens_sentence(raw, quoted)
    lead = state.prev_orig
    if who is None and goes_on and state.quote_speaker is not None:
        who = state.quote_speaker  # '"..." zei Verstappen. "Maar we gaan door."': his still
        lead = ""
    if who is None and goes_on and not carried_in and state.prev_sentence:
        # "..., al denkt Wolff daar anders over. "Ik vind die straf te zwaar."": the one whose view the
        # sentence before announced
        prev = state.prev_sentence
        who = quotes.viewer(prev, [(h.start, h.ids[0]) for h in gz.drivers(prev) if len(h.ids) == 1])
    if who is None:
        if goes_on or still_open:
            # who spoke may be told at the quote's end
            pending = state.quote_pending if goes_on else []
            state.quote_pending = [*pending, (sent.index, sent.text, quoted, "" if pending else lead)]
        else:
            state.quote_pending = []
        state.quote_speaker = None
        return []
    out = (
        [quotes.quote_fact(i, who, text, spans_, before) for i, text, spans_, before in state.quote_pending]
        if goes_on
        else []
    )
    out.append(quotes.quote_fact(sent.index, who, sent.text, quoted, "" if out else lead))
    state.quote_speaker, state.quote_pending = who, []
    drv = gz.ref.driver(who) if ":" not in who else None
    if drv is not None:
        # ("Ik ruik een vreemde vloeistof." "Stap snel uit, Max.": the team's answer, said to him, is not his)
        names = (drv.forename, drv.surname, *drv.nicknames)
        out = [x for x in out if not quotes.addressed(x.reason or "", names)]
    return out


# a sentence that opens with what a penalty told just before brought: "Daardoor zakte hij", "As a result he
# dropped to"
_OUTCOME_OPENING_RE = re.compile(
    r"\s*(?:daardoor|hierdoor|door die straf|door de straf|als gevolg daarvan|als gevolg hiervan|"
    r"as a result|(?:that|this|the penalty) (?:drops|dropped|demoted|means|meant))\b"
)
# a move to the place the outcome tells ("zakte naar de achtste plaats", "dropped to eighth"; not "lost his
# seventh place")
_MOVED_TO_RE = re.compile(r"\b(?:naar|to|tot)\b(?!.*\b(?:verloor|lost|kwijt)\b)")
_AMONG_OPEN_RE = re.compile(r"\s*(?:waaronder|onder wie|onder andere|including|among them)\s")
_AMONG_BEFORE_RE = re.compile(r"\b(?:waaronder|onder wie|onder andere|including|among them)\s+$")
_RELATIVE_BEFORE_SAW_RE = re.compile(r"\b(?:which|that|die|dat|waarin)\s+$")
_HEADING_WORDS = 8  # the most words of a heading right before a list in the same sentence
_LEAD_REACH = 30  # "Voor de coureur van Red Bull ...": how far into a sentence its opening subject may start
_FROM_START_OPENING_RE = re.compile(
    r"\s*(?:vanaf|vanuit|van|from)\s+(?:de\s+|the\s+)?\S+\s+"
    r"(?:startplek|startplaats|startpositie|plek op de grid|place on the grid|on the grid|grid slot)\b"
)
_TWEET_RE = re.compile(r"\bpic\.twitter\.com/")
_PREMISE_KINDS = frozenset({"grid", "qualifying", "pitlane", "knockout"})
_START_KINDS = ("grid", "qualifying")
_QUESTION_END_RE = re.compile(r"\?[\s\"'”’)]*$")
# a question that opens with its verb or "who": what it asks is its own ("Can Leclerc take pole?")
_ASKING_OPEN_RE = re.compile(
    r"\W*(?:can|could|will|would|does|did|is|who|kan|kon|zal|zou|wordt|pakt|gaat|wie)\b"
)

#: kinds whose facts from an aside about another season are kept as history (never answered)
TOLD_ELSEWHERE_KINDS = frozenset({"overtake", "safety_car", "fine"})

_PARTICIPLE_RE = re.compile(
    # (", meaning the Dane drops to 10th": an outcome with its own subject, no deed of the one named)
    r"(?!during|following|including|according|regarding|nothing|something|meaning)[a-z]+ing\s"
)
# "zag Hamilton", "zag concurrent Leclerc", "watched his rival Hamilton"
_PERCEIVED_BEFORE_RE = re.compile(
    # ("zag Verstappens teamgenoot Pérez uitvallen": a genitive before the noun)
    # ("zag tijdens de race zowel zijn teamgenoot Hamilton als ...": a time and "zowel" between)
    r"\b(?:zag|zagen|ziet|zien|saw|sees|watched|watches)\s+(?:(?:tijdens|during|in)\s+(?:de|the)\s+\w+\s+)?"
    r"(?:zowel\s+|both\s+)?(?:(?:zijn|his|de|the)\s+|[\w-]+s\s+)?(?:[\w-]+\s+)?$"
)
_LEADING_GAP_RE = re.compile(r"[\s,]*(?:(?:werd|was|is|eindigde|finishte|kon|moest|mocht|heeft|had)\s+)?")


# What is left of a line of bare places once its names and places are taken out: "," "en" "and" "P".
_BARE_REST_RE = re.compile(r"(?:[\s,;.:!&-]|\ben\b|\band\b|\bp\d{1,2}\b|\d{1,2}(?:e|de|ste|st|nd|rd|th)\b)*")
_BARE_PLACE_WORD_RE = re.compile(r"(?<![\w-])(?:" + ORDINAL_RE + r")(?![\w-])")


def _bare_places(f: str, found: list[Mention]) -> bool:
    """Whether the folded sentence is only names and places ("verstappen second, hamilton seventh")."""
    rest = list(f)
    for m in found:
        rest[m.start : m.end] = " " * (m.end - m.start)
    text = _BARE_PLACE_WORD_RE.sub(" ", "".join(rest))
    return bool(_BARE_PLACE_WORD_RE.search(f)) and _BARE_REST_RE.fullmatch(text) is not None


# what may stand beside a name and a place in a clause without a verb ("Pérez third on medium tyres")
_BARE_FILLER = frozenset(
    """on in op met with de het the a een and en his zijn last laatste medium mediums soft softs hard hards
    tyres tires banden band used new nieuwe gebruikte place plaats plek position positie als as at from vanaf
    with to up promoted demoted bumped elevated
    """.split()
)
_WORD_RE = re.compile(r"[a-z]+")


#: facts only the race itself can tell
_RACE_LAP_RE = re.compile(
    r"\b(?:snelste raceronde|snelste ronde in de race|fastest race lap|race'?s fastest lap)\b"
)
_IN_WHICH_RE = re.compile(r"\s*(?:waarin|waarbij|in which|where)\b")
_RACE_OUTCOME_KINDS = frozenset({"finish", "podium", "retirement", "fastest_lap"})


# "begon als tweede en finishte ook op die plek", "started third and finished there too": the finish is the
# start place told before it
_SAME_PLACE_RE = re.compile(
    r"\b(?:finishte|eindigde|kwam (?:\w+ )?binnen|finished|ended|came home|crossed the line)\b[^.;]{0,12}"
    r"\b(?:(?:ook )?op (?:die|diezelfde|dezelfde) (?:plek|plaats|positie|stek)|daar ook|ook daar|"
    r"(?:in )?(?:that|the same) (?:place|position|spot)|there too|there as well|where he started)\b"
)


# "begaf de voorband het waardoor hij slechts als zeventiende over de lijn kwam", "limped across the line in
# 17th": he finished, whatever broke
_CROSSED_LINE_RE = re.compile(
    r"\bover de (?:streep|lijn|finish|meet) (?:kwam|kwamen|komt|ging|strompelde)"
    r"|\bhaalde (?:toch )?de finish\b"
    r"|\b(?:crossed|limped across|limped over|nursed it across) the line\b"
)


def _crossed_the_line(told: list[Fact]) -> list[Fact]:
    """A sentence that tells a driver crossed the line in a place tells no retirement of his."""
    placed = {x.driver for x in told if x.kind == "finish" and x.position and x.position > 0}
    return [x for x in told if not (x.kind == "retirement" and x.driver in placed)]


def _finished_where_started(told: list[Fact]) -> list[Fact]:
    """A sentence that tells one driver's start place, then that he finished in that same place: his
    finish too (none when it tells more than one start, or a finish of his already)."""
    starts = [x for x in told if x.kind == "grid" and x.status == "final" and x.position and x.position > 0]
    if len(starts) != 1 or any(x.kind == "finish" and x.driver == starts[0].driver for x in told):
        return told
    start = starts[0]
    return [*told, replace(start, kind="finish", detail=None, reason=None)]


def _start_caused_by_practice(x: Fact) -> bool:
    """Whether ``x`` is a start whose cause is what happened in a practice session ("after his crash in
    FP3"): the session is the cause's, the start is the race's."""
    return x.kind in ("grid", "pitlane") and x.reason is not None and events.is_practice(fold(x.reason))


def _race_days_ahead(gz: Gazetteer, state: ArticleState, fact: Fact) -> tuple[GrandPrix, timedelta] | None:
    """The race ``fact`` is of, and how long before its day the article was written (by its dated header);
    None when either is unknown."""
    written = events.written_date(state.year, state.month, state.day)
    race = gz.ref.race(fact.season, fact.grand_prix) if fact.grand_prix and fact.season is not None else None
    if written is None or race is None:
        return None
    return race, date.fromisoformat(race.date) - written


def _ahead_of_writing(gz: Gazetteer, state: ArticleState, fact: Fact) -> bool:
    """Whether the race of ``fact`` is on or after the day before the article was written: a schedule is of
    a race to come (not "last year the race started at ..."); unknown when either date is."""
    ahead = _race_days_ahead(gz, state, fact)
    return ahead is not None and ahead[1] >= timedelta(days=-1)


def _before_it(gz: Gazetteer, state: ArticleState, fact: Fact, *, weekend_only: bool) -> bool:
    """Whether the article was written before the session ``fact`` tells the outcome of (the race's day, or
    the day before for a sprint), by its dated header; ``weekend_only``: only in the three days before."""
    ahead = _race_days_ahead(gz, state, fact)
    if ahead is None:
        return False
    held = ahead[1] - timedelta(days=1 if fact.session == "sprint" else 0)
    return timedelta(0) < held and (not weekend_only or held <= timedelta(days=3))


def _after_main_race(gz: Gazetteer, state: ArticleState, fact: Fact) -> bool:
    """Whether ``fact`` is of a later race than the one the article reports on: a list under "how that race
    finished" in a report of Spa, after a sentence that named Monza, is not of Monza (a results page kept up
    to date reports on no race of its own)."""
    main = gz.ref.race(state.season, state.main_event) if state.main_event and state.season else None
    race = gz.ref.race(fact.season, fact.grand_prix) if fact.grand_prix and fact.season is not None else None
    return main is not None and race is not None and race.date > main.date


def _on_sprint_day(gz: Gazetteer, state: ArticleState, fact: Fact) -> Fact:
    """A race's outcome told as done before the race's day: what would come (hypothetical); on the day of
    the weekend's sprint, told of "the race", the sprint's ("Bottas won the 18-lap race at Monza" on the
    Saturday)."""
    ahead = _race_days_ahead(gz, state, fact)
    if fact.session == "race" and ahead is not None and ahead[0].has_sprint and ahead[1] == timedelta(days=1):
        return replace(fact, session="sprint")
    return replace(fact, status="hypothetical")


_AND_JOIN_RE = re.compile(r"[\s,]*(?:and|en)\s*")
_OWNED_BY_RE = re.compile(r"\b(?:by|van|door)\s+$")
_AND_GAP_RE = re.compile(r"[\s,]*(?:and|en)?\s*$")


def _noun_phrase_owner(f: str, before: list[Mention], gap: str) -> tuple[str, ...]:
    """The driver a list of noun phrases belongs to ("the second place by Hamilton, and the fastest lap"):
    the one driver the sentence named so far, right after "by"/"van", with "and" before this clause."""
    if len(before) != 1 or before[0].group or len(before[0].drivers) != 1 or not _AND_GAP_RE.fullmatch(gap):
        return ()
    m = before[0]
    return m.drivers if _OWNED_BY_RE.search(f, max(0, m.start - 6), m.start) else ()


_NOUN_LINE_RE = re.compile(r"\s*(?:een|a|an)\s")
_FOR_BEFORE_END_RE = re.compile(r"\s(?:voor|for)\s+$")


def _owner_at_end(f: str, found: list[Mention]) -> str | None:
    """The one driver a line of noun phrases names at its end after "voor"/"for" ("Een vijfde plaats in
    Engeland en een uitvalbeurt in Duitsland voor Ricciardo."), else nobody."""
    if len(found) != 1 or found[0].group or len(found[0].drivers) != 1 or not _NOUN_LINE_RE.match(f):
        return None
    m = found[0]
    if f[m.end :].strip(" .!") or not _FOR_BEFORE_END_RE.search(f, 0, m.start):
        return None
    return m.drivers[0]


def _bare_clause(clause: str, start: int, cm: list[Mention]) -> bool:
    """Whether a clause holds only names, places and filler words ("sergio perez third on medium tyres")."""
    rest = list(clause)
    for m in cm:
        a, b = max(0, m.start - start), max(0, m.end - start)
        rest[a:b] = " " * (b - a)
    text = _BARE_PLACE_WORD_RE.sub(" ", "".join(rest))
    return bool(cm) and all(w in _BARE_FILLER for w in _WORD_RE.findall(text))


def _name_line(f: str, found: list[Mention]) -> tuple[str, ...]:
    """The driver a line names and nothing else ("sebastian vettel", "max verstappen:"), else nobody."""
    if len(found) != 1 or found[0].group or len(found[0].drivers) != 1:
        return ()
    m = found[0]
    return m.drivers if not f[: m.start].strip() and not f[m.end :].strip(" .:-") else ()


# "allowing (his rival) Norris (- who ... -) to take victory": a causative participle and its doer
_CAUSATIVE_RE = re.compile(
    r"(?:allowing|letting|enabling|helping|leaving|handing|gifting|"
    # "which worsened and led to Sainz to crashing", "forcing Leclerc to retire", "caused Albon to spin"
    r"(?:(?:which|that|and)\s+(?:[\w-]+\s+){0,3})?"
    # ("that allowed Alonso to swoop in and snatch P2": the one allowed)
    r"(?:led to|leading to|forced|forcing|caused|causing|prompted|prompting|allowed|enabled|helped))\s+"
)
_CAUSEE_GAP_RE = re.compile(r"(?:[\w'-]+\s+){0,3}")
_TO_AFTER_RE = re.compile(r"\s*(?:-[^-]{0,160}-\s*|,[^,]{0,160},\s*|\([^()]{0,40}\)\s*)?to\s")


def _causee(clause: str, start: int, cm: list[Mention], f: str) -> Mention | None:
    """The driver a causative participle clause lets do what follows ("allowing Norris to win"), or None."""
    c = _CAUSATIVE_RE.match(clause)
    if c is None or not cm or cm[0].group:
        return None
    m = cm[0]
    if _CAUSEE_GAP_RE.fullmatch(f, start + c.end(), m.start) and _TO_AFTER_RE.match(f, m.end):
        return m
    return None


_WITH_JUST_BEFORE_RE = re.compile(r"\b(?:with|met)\s+$")
# "(the best he can hope for) is second": the places a wish or a best case is, told after its verb
_COPULA_RE = re.compile(r"\b(?:is|was|are|were|would be|will be|zou zijn)\b")
_BEST_HOPED_RE = re.compile(
    r"\b(?:the best|het beste|the most|het meeste|het hoogste|the highest|alles wat)\b"
)
# a question the article asks who did it ("wie vertrekt morgen vanop pole?"): its driver is what it asks, so
# no one named in it did (the premise of another question is told: "Hoe ver komt Ocon, die vanaf de twaalfde
# startplek moet beginnen?")
_CLOSING = " \"'\u201d\u2019"
_ASKS_RE = re.compile(r"\s*(?:[\w ,':]{0,40}\b)?(?:wie|who|welke coureur|which driver)\b")
# a line of a stewards' document: "Car: 5 - Sebastian Vettel", "Fact: ...", "Decision: ..."
_DOCUMENT_LINE_RE = re.compile(
    r"\s*(?:car|no ?/ ?driver|driver|coureur|fact|feit|offence|infringement|overtreding|decision|beslissing|"
    r"time|tijd|session|sessie|reason|reden|competitor)\s*:"
)
# "en daarmee", "and so", "waarbij": a clause that tells what the one before brings or how
_WITH_OPENS_RE = re.compile(r"\s*(?:with|met)\s")
_CONSEQUENCE_RE = re.compile(
    r"(?:en |and )?(?:daarmee|daardoor|zodoende|waarbij|thereby|thus|so)\b"
    # "slaagde er niet in om Gasly in te halen | en zijn eerste overwinning binnen te halen", "failed to pass
    # him | and take the win": the same aim goes on
    r"|(?:en |and )?(?!.*\b(?:werd|won|wint|eindigde|finishte|pakte|won|took|finished|claimed)\b)"
    r"(?:.*\bte \w+|(?:to )?(?:take|win|claim|grab|secure) .*)\W*$"
)
_PLACE_KINDS = frozenset({"finish", "grid", "qualifying", "podium"})
# a clause that is only a place ("2nd", "P4", "vierde") right after a label and its colon, the label holding
# no name ("Championship Position: 4th")
_BARE_PLACE_RE = re.compile(r"\W*(?:p?\d{1,2}(?:st|nd|rd|th|e|ste|de)?|" + ORDINAL_RE + r")\W*")
_LABEL_BEFORE_RE = re.compile(r"(?:^|[;|\n])\s*[a-z][a-z ]{2,40}:\s*$")
# ("..., with the Mercedes cars down in eighth and ninth": a team's places in an absolute clause)
_TEAM_LEAD_RE = re.compile(r"(?:ook|also|en|and|maar|but|toen|then|with|met)?\s*(?:de\s+|het\s+|the\s+)?$")


def _goes_on(gap: str, clause: str) -> bool:
    """Whether a clause continues the one before it without a comma ("... who led | but stayed out |
    and ended up seventh"): the split took out only "and"/"en", or only space before "but"/"maar"."""
    joint = gap.strip()
    if joint == "," and clause.startswith("maar "):
        # "..., die op weg leek naar de tweede plek, maar in de slotfase uitviel": a Dutch relative clause
        # goes on after ", maar" with its verb last; a main clause puts its verb or subject first ("maar viel
        # uit", "maar hij viel uit")
        rest = clause[5:]
        return (
            not opens_with_dutch_verb(rest)
            and _NL_FINITE_FIRST_RE.match(rest) is None
            and _NL_SUBJECT_PRONOUN_RE.search(rest) is None
            and _NL_VERB_LAST_RE.search(rest) is not None
        )
    return joint in ("and", "en") or (not joint and clause.startswith(("but ", "maar ")))


# (no article after a preposition: "maar in het zicht van de haven strandde", "het" there is no subject)
_NL_SUBJECT_PRONOUN_RE = re.compile(
    r"(?<!\bin )(?<!\bop )(?<!\bvan )(?<!\baan )(?<!\bmet )(?<!\bnaar )(?<!\bvoor )(?<!\bbij )(?<!\buit )"
    r"(?<!\bdoor )(?<!\bover )\b(?:hij|zij|ze|het|dat|er|die|ik|we|wij)\b"
)
# a main clause's verb first ("maar viel later uit"), a subordinate clause's last ("maar in de slotfase
# uitviel", "maar daarna crashte")
# a place on a timesheet ("klokte een zesde tijd", "set the sixth-fastest time"), and a session named
_TIMESHEET_PLACE_RE = re.compile(
    r"\b(?:" + ORDINAL_RE + r")(?:\s+(?:snelste\s+)?(?:tijd|time)|[- ](?:snelste|fastest|quickest))\b"
)
_SESSION_NAMED_RE = re.compile(
    # (not "in een kwalificatiesimulatie", "a qualifying simulation": a run in practice)
    r"\b(?:kwalificatie(?!-?simulatie)\w*|qualifying(?! sim)|q[123]|race|wedstrijd|grand prix|sprint\w*|grid|"
    r"start\w*)\b"
)


_NL_FINITE_FIRST_RE = re.compile(
    r"(?:viel|was|werd|kwam|ging|reed|bleef|had|stond|lag|moest|kon|zat|wist|mocht|liep|heeft|is|wordt)\b"
)
_NL_VERB_LAST_RE = re.compile(
    r"\b(?:(?:uit|op|af|in|door|weg|terug|aan|vast|stil)\w+|\w+(?:de|te|den|ten))"
    # ("maar in het zicht van de haven strandde met motorpech": a cause may follow the verb)
    r"(?:\s+(?:met|door|vanwege|wegens)(?:\s+[\w'-]+){1,5})?\W*$"
)


# a place moved up to ("schuift op naar", "promoveerde naar", "was promoted to", "moves up to") by a penalty
# the sentence names or points back at ("hierdoor", "as a result")
_MOVED_UP_RE = re.compile(
    r"\b(?:schuift|schoof|schuiven|schoven|promoveert|promoveerde|gepromoveerd|klimt|klom|steeg|stijgt|"
    r"moves?|moved|promoted|bumped|elevated|inherit\w*)\b(?:\s+[\w'-]+){0,4}?\s+(?:op\s+)?(?:naar|to|into)\b"
)
_BY_PENALTY_RE = re.compile(
    r"\b(?:hierdoor|daardoor|daarmee|as a result|door (?:de |die |deze |zijn |een )?(?:\w+ )?straf\w*|"
    r"(?:na|dankzij|vanwege) (?:de |die |deze |zijn )(?:\w+ )?straf\w*|"
    r"(?:after|because of|thanks to|following) (?:the |that |his |a )(?:[\w-]+ )?penalt\w*)"
)
_STARTS_SUNDAY_RE = re.compile(
    r"\b(?:start|starts|vertrekt)\s+(?:zondag|morgen|sunday|tomorrow)\b|\bwill start (?:sunday's|the) race\b"
)
# an apposition's opening: an article and a noun ("de vervanger bij Haas van ...", "the son of ...")
_APPOSITION_OPEN_RE = re.compile(r"\s*(?:de|het|een|the|a|an)\s+[a-z][\w-]*\s+(?:bij|van|voor|of|for|at)\b")
_WHY_OPENS_RE = re.compile(r"[:;(]|\s-\s")
# a start place that became another ("Zijn vierde startplek werd een derde na een gridstraf voor Hamilton",
# "his fifth place on the grid became fourth"): the second is the grid, the first superseded
_GRID_BECAME_RE = re.compile(
    r"\b(?:startplek\w*|startplaats\w*|startpositie|plek op de grid|plaats op de grid|"
    r"(?:grid|starting) (?:slot|spot|position|place)|place on the grid)\s+"
    r"(?:werd|wordt|veranderde in|became|becomes|turned into|was turned into)\s+"
    r"(?:nog\s+)?(?:een\s+|de\s+|a\s+)?"
    r"(" + ORDINAL_RE + r")(?![\w-])"
)


def _grid_became(facts: list[Fact], new: int | None) -> list[Fact]:
    """The clause's facts when a start place became place ``new``: the place it became is the grid (read
    as a finish after "werd"), the start place before it superseded."""
    olds = [x for x in facts if x.kind == "grid" and x.status == "final" and x.position != new]
    if new is None or not olds:
        return facts
    out = [replace(x, status="superseded") if x in olds else x for x in facts]
    out = [x for x in out if not (x.kind == "finish" and x.position == new and x.driver == olds[0].driver)]
    return [*out, replace(olds[0], position=new)]


# first on the road ("als eerste over de streep", "zag als eerste de geblokte vlag", "crossed the line first")
_ROAD_FIRST_RE = re.compile(
    r"\b(?:als eerste (?:over de (?:streep|finish|meet)|de (?:geblokte |zwart-wit geblokte )?vlag)|"
    r"(?:crossed|took) the (?:finish )?line first|first (?:across|over) the line|"
    r"took the chequered flag first)"
)
# then the win given to another after "maar"/"but"
# (not "zijn zege", "his win": the one first on the road, going on)
_BUT_AWARDED_RE = re.compile(
    r"\b(?:maar|but)\b[^.;]{0,80}\b(?<!zijn )(?<!his )(?<!haar )(?<!her )(?:zege|overwinning|win|victory)\b"
)
_RELATIVE_OPENS_RE = re.compile(r"\s*(?:who|die)\b")


def _team_subject(gz: Gazetteer, clause: str) -> bool:
    """Whether the clause opens with a team as its subject ("McLaren legde beslag op ...", "Ferrari took")."""
    hits = gz.teams(clause[:40])
    if not hits:
        return False
    h = hits[0]
    after = clause[h.end : h.end + 1]
    # "McLaren-coureur Sainz", "Ferrari's Leclerc": a team word that qualifies a driver is no subject
    return after not in ("-", "'") and _TEAM_LEAD_RE.fullmatch(clause, 0, h.start) is not None


def _topic(f: str, found: list[Mention]) -> tuple[str, ...]:
    """The driver a sentence opens on with "for"/"voor" ("For Albon, this was ...", "Voor de 24-jarige
    Leclerc is het ..."), when he is its only single driver; else nobody."""
    if not f.startswith(("for ", "voor ")):
        return ()
    singles = [m for m in found if not m.group]
    if len(singles) != 1 or not _TOPIC_BEFORE_RE.fullmatch(f, 0, singles[0].start):
        return ()
    return singles[0].drivers if _TOPIC_AFTER_RE.match(f, singles[0].end) else ()


_TOPIC_BEFORE_RE = re.compile(r"(?:for|voor)\s+(?:de\s+|the\s+)?(?:[\w-]+\s+){0,2}")
_TOPIC_AFTER_RE = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:,|\s(?:is|was) (?:het|dit|dat)\b)")


_POSSESSIVE_OPENING_RE = re.compile(r"(?:met|door|dankzij|na|with|thanks to|after) (?:zijn|z'n|his) ")


def _possessive_opening_owner(clause: str, f: str, end: int, found: list[Mention]) -> tuple[str, ...]:
    """The driver a sentence-opening phrase with "zijn"/"his" points forward at: the first driver the rest
    of the sentence names, as its subject and alone; else nobody."""
    if not _POSSESSIVE_OPENING_RE.match(clause):
        return ()
    after = [m for m in found if m.start >= end]
    if not after or after[0].is_object or after[0].group or len(after[0].drivers) != 1:
        return ()
    # near, in the next clause ("Door zijn zege, neemt Verstappen ..."); "Na zijn pole in Portimão, Portugal
    # van begin dit seizoen, was er weinig te lachen voor de Finse coureur, die ... Russell" is no such
    gap = f[end : after[0].start].lstrip(" ,")
    return after[0].drivers if len(gap) <= _FORWARD_REACH and "," not in gap else ()


_FORWARD_REACH = 60


# a dive into the pits: "duikt gelijk naar binnen", "dook de pits in", "dived into the pits"
_PIT_DIVE_RE = re.compile(
    r"\b(?:duikt|dook|doken|duiken|dives?|dived) (?:\w+ ){0,3}(?:naar binnen|de pits? in|de pitstraat in|"
    r"into the pits?|into the pit ?lane)\b"
)
# a first attempt in qualifying: "in de eerste snelle ronde", "on the first runs in Q3"
# the end of qualifying told: "ging door en kwalificeerde zich uiteindelijk als vierde" after a paragraph
# about Q2 is where he ended, not his place in Q2 (not "zette daar uiteindelijk de vierde tijd neer")
_QUALIFIED_RE = re.compile(r"\b(?:kwalificeerde|kwalificeert|gekwalificeerd|qualified|qualifies)\b")
_PART_NAMED_RE = re.compile(r"\b(?:q[123]|daar|there|that session|die sessie)\b")


def _qualified_in_the_end(clause: str) -> bool:
    return bool(
        timegaps.IN_THE_END_RE.search(clause)
        and _QUALIFIED_RE.search(clause)
        and not _PART_NAMED_RE.search(clause)
    )


_FIRST_ATTEMPT_RE = re.compile(
    r"\b(?:eerste (?:snelle ronde|run|poging|serie)|first (?:runs?|attempts?|flying laps?|hot laps?)|"
    r"initial (?:runs?|attempts?))\b"
)
# the grid named: its places are starts, in a qualifying report too
_ON_THE_GRID_RE = re.compile(r"\b(?:on the grid|op de (?:start)?grid|startopstelling|startgrid)\b")


def _leading_subject(f: str, end: int, found: list[Mention]) -> tuple[str, ...]:
    """The driver named right after an opening clause that names none, else nobody."""
    after = [m for m in found if m.start >= end]
    if after and not after[0].is_object and _LEADING_GAP_RE.fullmatch(f, end, after[0].start):
        return after[0].drivers
    return ()


_TOP_TEN = 10  # the places of those who go on to the last part of qualifying


def _just_after(gz: Gazetteer, state: ArticleState) -> bool:
    """Whether the article was written on the day of its main race or in the three days after it."""
    offset = events.main_race_offset(gz, state)
    return offset is not None and 0 <= offset <= 3


def _names_only(gz: Gazetteer, clause: str, event: str | None) -> bool:
    """Whether the Grands Prix ``clause`` names are all ``event`` (and it names one)."""
    keys = {k for h in gz.grands_prix(clause) for k in h.ids}
    return event is not None and keys == {event}


def clause_facts_of(c: Clause) -> list[Fact]:
    """The facts of one clause, family by family (later families look at what earlier ones found)."""
    facts = results.positions(c)
    title = champion.title(c)
    facts.extend(title if title is not None else results.win(c))
    facts.extend(grid.pole(c, facts))
    facts.extend(grid.fastest(c, facts))
    facts.extend(grid.front_row_second(c, facts))
    facts.extend(results.podium(c, facts))
    facts.extend(results.led_home(c, facts))
    facts.extend(results.won_from(c, facts))
    if "alleen" in c.text or "enkel" in c.text or "slechts" in c.text:
        facts.extend(results.only_one_ahead(c))
    facts.extend(grid.pitlane(c))
    facts.extend(grid.back_of_grid(c))
    if "achteren" in c.text:
        facts.extend(grid.sent_back(c))
    subj = incidents.clause_subject(c)
    facts.extend(incidents.incidents(c, subj))
    facts.extend(penalties.penalties(c, subj))
    facts.extend(penalties.licence_points(c, subj))
    facts.extend(licence.licence_total(c, subj))
    facts.extend(standings.points(c))
    facts.extend(standings.bracketed_totals(c))
    facts.extend(standings.totals_for(c))
    facts.extend(standings.others_on(c))
    facts.extend(racepoints.race_points(c))
    facts.extend(standings.leader(c))
    facts.extend(fastest.fastest_lap(c))
    facts.extend(counts.counts(c))
    facts.extend(knockout.knockout(c))
    facts.extend(gaps.gaps(c))
    facts.extend(timegaps.time_gaps(c))
    facts.extend(timegaps.behind_the_winner(c))
    facts.extend(timegaps.winning_margin(c))
    facts.extend(laptimes.lap_times(c))
    facts.extend(overtakes.overtakes(c))
    facts.extend(running.places_at(c))
    facts.extend(safetycar.safety_cars(c))
    facts.extend(fines.fines(c))
    facts.extend(giveback.give_backs(c))
    facts.extend(absence.absences(c))
    facts.extend(startcause.start_causes(c))
    facts.extend(tyres.tyres(c))
    facts.extend(pitstops.pit_stops(c))
    facts.extend(culprits.culprits(c))
    facts.extend(laps.laps(c, facts))
    facts.extend(corners.corners(c, facts))
    return facts


_QUALIFIED_VERB_RE = re.compile(r"\b(?:qualified|kwalificeerde\w*|gekwalificeerd)\b")
_UNNAMED_GROUP_RE = re.compile(
    r"\b(?:twee|drie|vier|vijf|beide|meerdere|enkele|two|three|four|five|both|several|\d) "
    r"(?:\w+ )?" + group(mentions.PAIR_NOUNS_NL, mentions.PAIR_NOUNS_EN, ("men",)) + r"\b"
)


def _cut_at(clauses: list[str], f: str, cuts: list[int]) -> list[str]:
    """The clauses of ``f`` cut again at the offsets ``cuts``."""
    out: list[str] = []
    offset = 0
    for clause in clauses:
        start = f.find(clause, offset)
        offset = start + len(clause) if start >= 0 else offset
        inner = [c - start for c in cuts if start >= 0 and start < c < start + len(clause)]
        bounds = [0, *inner, len(clause)]
        pieces = (clause[bounds[i] : bounds[i + 1]] for i in range(len(bounds) - 1))
        out.extend(p for p in pieces if p.strip())
    return out


# a clause opening with a finite verb of its own (its subject before an aside), and an aside opening
_AUX_OPEN_RE = re.compile(r"(?:could|would|was|were|had|has|did|managed|ended|finished|took)\s")
_ASIDE_OPEN_RE = re.compile(r"(?:on|in|at|despite|after|with|for|by|once)\s")


def _clause_has_event(clause: str) -> bool:
    return bool(
        results.ORD_TOKEN.search(clause)
        or incidents.RETIRE_RE.search(clause)
        or incidents.CRASH_RE.search(clause)
        or penalties.PENALTY_WORD_RE.search(clause)
        or grid.PITLANE_RE.search(clause)
        or mentions.PRONOUN_RE.search(clause)
        or results.PODIUM_RE.search(clause)
        or grid.POLE_RE.search(clause)
        or tyres.failed_tyre(clause)
    )


def _places_before_retiring(facts: list[Fact]) -> list[Fact]:
    """ "Pérez schoof op naar de derde plaats ..., maar moest in de laatste ronde ook naar de kant": a place
    told in the sentence that tells he retired from that race was held before it, not his result."""
    out_of = {
        (x.driver, x.session, x.grand_prix, x.season)
        for x in facts
        if x.kind == "retirement" and x.status == "final" and x.driver
    }
    if not out_of:
        return facts
    return [
        replace(x, status="running")
        if x.kind == "finish"
        and x.status == "final"
        and x.position not in (None, LAST)
        and (x.driver, x.session, x.grand_prix, x.season) in out_of
        else x
        for x in facts
    ]


def last_finish_only(facts: list[Fact]) -> list[Fact]:
    """Two finishing positions for one driver in one race in one sentence ("crossed the line eleventh and
    was promoted to ninth"): the later one is the outcome."""
    # Per status: "claimed third, finishing fourth on the road" keeps its final third beside the
    # provisional fourth, which ``status.settle`` then supersedes.
    # Per race: a calendar row names a driver's wins of several races in one sentence.
    last_finish: dict[tuple[object, ...], int] = {}
    for i, x in enumerate(facts):
        if x.kind == "finish":
            last_finish[(x.driver, x.session, x.status, x.season, x.grand_prix)] = i
    return [
        x
        for i, x in enumerate(facts)
        if x.kind != "finish" or last_finish[(x.driver, x.session, x.status, x.season, x.grand_prix)] == i
    ]


# the kinds whose detail tells one fact from another ("FP1" and "FP2" of one sentence are two places)
_DETAIL_KINDS = frozenset(
    {"count", "safety_car", "tyre", "lap", "moment", "pit_stop", "practice", "practice_time", "corner"}
)


def dedupe(facts: list[Fact]) -> list[Fact]:
    """The facts without repeats (same kind, driver, sentence, position, others and penalty kind)."""
    seen: set[tuple[object, ...]] = set()
    out: list[Fact] = []
    for x in facts:
        # a count keeps its scope: "de eerste pole van dit seizoen en zijn derde in totaal" are two facts
        key = (
            x.kind,
            x.driver,
            x.sentence,
            x.position,
            x.others,
            x.penalty,
            x.detail if x.kind in _DETAIL_KINDS else None,
            # a calendar row's winner of two races: two facts
            (x.season, x.grand_prix) if x.kind == "finish" and x.position == 1 else None,
            # "a five-second penalty for ... and a further 10-second penalty for ...": two penalties
            x.amount if x.kind == "penalty" else None,
        )
        if key not in seen:
            seen.add(key)
            out.append(x)
    # a penalty told with its size, and again in the sentence without it, is one
    sized = {(x.driver, x.sentence, x.penalty) for x in out if x.kind == "penalty" and x.amount is not None}
    return [
        x
        for x in out
        if not (x.kind == "penalty" and x.amount is None and (x.driver, x.sentence, x.penalty) in sized)
    ]


def parse_article(text: str) -> ParsedArticle:
    """Parse one article's text with the bundled reference data."""
    return ArticleParser().parse(text)

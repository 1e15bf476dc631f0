"""Turn an article into facts: who finished where, who crashed with whom, who got which penalty.

The parser reads an article sentence by sentence and clause by clause. It finds driver mentions
(names, nicknames, "de Mexicaan", "de Red Bull-coureur", pronouns), the Grand Prix (named, by city or
circuit, "zijn thuisrace", "de tweede race") and event phrases, then ties each event to the driver
it belongs to. Quoted speech is indexed but never turned into facts: what a driver says he hoped
for is not what happened.

Modules (rules per fact family, Dutch and English phrase tables at the top of each):

    model       Fact, ParsedArticle, ParseError, LAST
    context     per-article, per-sentence and per-clause state; Mention
    phrases     building patterns from the NL/EN phrase tables
    clauses     quoted speech, clause splitting, name lists, objects and subjects, owner_left
    mentions    driver mentions: names, team epithets and groups, demonyms, pronouns
    events      season, main event, the Grand Prix and session of a sentence
    results     finish positions, wins, podium, "respectively" lists, position kinds
    grid        grid and qualifying words, pole, pit-lane start
    standings   championship standings and titles
    incidents   collision, crash, retirement and its cause
    penalties   penalties, disqualification, size and reason
    pipeline    ArticleParser: the per-sentence pipeline and consistency
"""

from knowledge.extract.model import LAST, Fact, ParsedArticle, ParseError
from knowledge.extract.pipeline import ArticleParser, parse_article

__all__ = ["LAST", "ArticleParser", "Fact", "ParseError", "ParsedArticle", "parse_article"]

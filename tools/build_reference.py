"""Build ``knowledge/data/reference.json`` from the Ergast CSV dump plus ``tools/reference_extra.py``.

Usage: ``python tools/build_reference.py [ERGAST_DIR] [--out PATH]`` (default ``../shared/data/ergast``).
The output is compact, deterministic JSON; run time code never needs the CSV files.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import reference_extra as extra

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "knowledge" / "data" / "reference.json"
CIRCUIT_COUNTRY = {"UK": "United Kingdom", "USA": "United States", "UAE": "United Arab Emirates"}


def read_csv(folder: Path, name: str) -> list[dict[str, str | None]]:
    """Rows of one Ergast CSV file, ``\\N`` turned into None and values stripped."""
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return [
            {k: (None if v is None or v.strip() == "\\N" else v.strip()) for k, v in row.items()}
            for row in csv.DictReader(fh)
        ]


def fold(text: str) -> str:
    """Case- and accent-insensitive form used to compare aliases."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def ascii_variant(text: str) -> str:
    """``text`` without diacritics, case kept ("São Paulo" -> "Sao Paulo")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def must(value: str | None) -> str:
    """A required CSV value."""
    if value is None:
        raise ValueError("missing required value")
    return value


def build(ergast: Path) -> dict[str, Any]:
    """The whole reference document as a JSON-ready dict."""
    seasons = list(range(extra.FIRST_SEASON, extra.LAST_SEASON + 1))
    circuits = {must(c["circuitId"]): c for c in read_csv(ergast, "circuits")}
    races = {
        must(r["raceId"]): r
        for r in read_csv(ergast, "races")
        if extra.FIRST_SEASON <= int(must(r["year"])) <= extra.LAST_SEASON
    }
    drivers_csv = {must(d["driverId"]): d for d in read_csv(ergast, "drivers")}
    constructors_csv = {must(c["constructorId"]): c for c in read_csv(ergast, "constructors")}

    # (season, round, driverRef, constructorRef) for every race, qualifying and sprint entry.
    entries: set[tuple[int, int, str, str]] = set()
    sprint_races: set[str] = set()
    for table in ("results", "qualifying", "sprint_results"):
        for row in read_csv(ergast, table):
            race = races.get(must(row["raceId"]))
            if race is None:
                continue
            if table == "sprint_results":
                sprint_races.add(must(row["raceId"]))
            entries.add(
                (
                    int(must(race["year"])),
                    int(must(race["round"])),
                    must(drivers_csv[must(row["driverId"])]["driverRef"]),
                    must(constructors_csv[must(row["constructorId"])]["constructorRef"]),
                )
            )

    # Grands Prix.
    grands_prix: list[dict[str, Any]] = []
    for race_id, race in sorted(
        races.items(), key=lambda kv: (int(must(kv[1]["year"])), int(must(kv[1]["round"])))
    ):
        season, rnd = int(must(race["year"])), int(must(race["round"]))
        name_en = must(race["name"])
        key, short_en, short_nl, name_nl = extra.RACE_NAMES[name_en]
        circuit = circuits[must(race["circuitId"])]
        country = must(circuit["country"])
        has_sprint = (
            race.get("sprint_date") is not None
            or race_id in sprint_races
            or key in extra.EXTRA_SPRINTS.get(season, frozenset())
        )
        tiers: list[tuple[int, str]] = [
            (1, name_en.removesuffix(" Grand Prix")),
            (1, short_en),
            (1, short_nl),
        ]
        tiers += [(2, a) for a in extra.EVENT_ALIASES[key]]
        if key not in extra.SECONDARY_EVENTS:
            # "Albert Park Grand Prix Circuit" -> "Albert Park Circuit": aliases never say "Grand Prix".
            venue = must(circuit["name"]).replace("Grand Prix ", "")
            tiers += [(3, venue), (3, must(circuit["location"]))]
        grands_prix.append(
            {
                "season": season,
                "round": rnd,
                "key": key,
                "name_en": name_en,
                "name_nl": name_nl,
                "short_en": short_en,
                "short_nl": short_nl,
                "aliases": tiers,  # resolved below
                "country": CIRCUIT_COUNTRY.get(country, country),
                "city": must(circuit["location"]),
                "circuit": must(circuit["name"]),
                "date": must(race["date"]),
                "has_sprint": has_sprint,
            }
        )
    resolve_aliases(grands_prix)

    # Drivers and teams.
    driver_teams: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[tuple[int, str, str], int] = defaultdict(int)
    first_round: dict[tuple[int, str, str], int] = {}
    weekends = {(s, r, d, t) for s, r, d, t in entries}
    for season, rnd, drv, team in sorted(weekends):
        if team not in driver_teams[drv][season]:
            driver_teams[drv][season].append(team)
        counts[(season, team, drv)] += 1
        first_round.setdefault((season, team, drv), rnd)
    by_ref = {must(d["driverRef"]): d for d in drivers_csv.values()}
    drivers: list[dict[str, Any]] = []
    for ref in sorted(driver_teams):
        row = by_ref[ref]
        nationality = must(row["nationality"])
        number = row["number"]
        drivers.append(
            {
                "id": ref,
                "forename": must(row["forename"]),
                "surname": must(row["surname"]),
                "code": row["code"],
                "number": int(number) if number is not None else None,
                "nationality": nationality,
                "country": extra.NATIONALITY_COUNTRY[nationality],
                "demonyms_nl": list(extra.DEMONYMS_NL[nationality]),
                "adjective_nl": extra.ADJECTIVES_NL[nationality],
                "demonyms_en": list(extra.DEMONYMS_EN[nationality]),
                "nicknames": list(extra.NICKNAMES.get(ref, ())),
                "teams": {str(s): teams for s, teams in sorted(driver_teams[ref].items())},
                # ("de 21-jarige Brit": his age at an article's date tells which Briton)
                "dob": row["dob"],
            }
        )
    unknown_nick = set(extra.NICKNAMES) - set(driver_teams)
    if unknown_nick:
        raise ValueError(f"nicknames for unknown drivers: {sorted(unknown_nick)}")

    team_seasons: dict[str, set[int]] = defaultdict(set)
    for season, _, _, team in entries:
        team_seasons[team].add(season)
    teams: list[dict[str, Any]] = []
    for ref in sorted(team_seasons):
        name, own, lineage = extra.TEAMS[ref]
        aliases = dedupe([*own, *(a for other in lineage for a in extra.TEAMS[other][1])])
        teams.append(
            {
                "id": ref,
                "name": name,
                "aliases": aliases,
                "seasons": sorted(team_seasons[ref]),
                "lineage": list(lineage),
            }
        )

    # Lineups: season -> team -> drivers, regulars (most weekends) first.
    def regulars_first(season: int, team: str) -> Callable[[str], tuple[int, int, str]]:
        return lambda d: (-counts[(season, team, d)], first_round[(season, team, d)], d)

    lineups: dict[str, dict[str, list[str]]] = {}
    for season in seasons:
        per_team: dict[str, list[str]] = defaultdict(list)
        for (s, team, drv), _ in counts.items():
            if s == season:
                per_team[team].append(drv)
        lineups[str(season)] = {
            team: sorted(ds, key=regulars_first(season, team)) for team, ds in sorted(per_team.items())
        }

    # Home events: events in the driver's country, in order of first appearance, main events only.
    event_order: list[tuple[str, str]] = []
    for gp in grands_prix:
        pair = (gp["key"], gp["country"])
        if gp["key"] not in extra.SECONDARY_EVENTS and pair not in event_order:
            event_order.append(pair)
    home_events = {
        d["id"]: [key for key, country in event_order if country == d["country"]]
        for d in drivers
        if any(country == d["country"] for _, country in event_order)
    }

    return {
        "version": 1,
        "champions": champions(ergast, {d["id"] for d in drivers}),
        "titles": titles(ergast, {d["id"] for d in drivers}),
        "source": "Ergast CSV (CC0) + tools/reference_extra.py",
        "seasons": seasons,
        "demonyms_nl": {k: list(v) for k, v in sorted(extra.DEMONYMS_NL.items())},
        "demonyms_en": {k: list(v) for k, v in sorted(extra.DEMONYMS_EN.items())},
        "nationality_country": dict(sorted(extra.NATIONALITY_COUNTRY.items())),
        "drivers": drivers,
        "teams": teams,
        "grands_prix": grands_prix,
        "lineups": lineups,
        "home_events": home_events,
    }


def champions(ergast: Path, known: set[str]) -> dict[str, str]:
    """Season -> the drivers' champion (driverRef), from the standings after each season's last round; from
    the season before the first (the reigning champion of the first season's articles). A season whose last
    round has no standings yet has no champion."""
    years = range(extra.FIRST_SEASON - 1, extra.LAST_SEASON + 1)
    won = {y: driver for driver, seasons in titles(ergast, known).items() for y in seasons if y in years}
    return {str(year): won[year] for year in sorted(won)}


def titles(ergast: Path, known: set[str]) -> dict[str, list[int]]:
    """Driver -> the seasons he was champion, over every season of the dump (for "the seven-time world
    champion"): the leader of the standings after each season's last round."""
    races = read_csv(ergast, "races")
    last_round: dict[int, int] = {}
    for r in races:
        year = int(must(r["year"]))
        last_round[year] = max(last_round.get(year, 0), int(must(r["round"])))
    final_race = {
        must(r["raceId"]): int(must(r["year"]))
        for r in races
        if int(must(r["round"])) == last_round[int(must(r["year"]))]
    }
    refs = {must(d["driverId"]): must(d["driverRef"]) for d in read_csv(ergast, "drivers")}
    out: dict[str, list[int]] = defaultdict(list)
    for row in read_csv(ergast, "driver_standings"):
        year = final_race.get(must(row["raceId"]))
        ref = refs[must(row["driverId"])]
        if year is not None and row["position"] == "1" and ref in known:
            out[ref].append(year)
    return {d: sorted(years) for d, years in sorted(out.items())}


def dedupe(names: list[str]) -> list[str]:
    """Names in order, case/accent duplicates dropped, accent-free spellings added after the originals."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    for name in list(out):
        plain = ascii_variant(name)
        if plain.casefold() not in seen:
            seen.add(plain.casefold())
            out.append(plain)
    return out


def resolve_aliases(grands_prix: list[dict[str, Any]]) -> None:
    """Turn tiered aliases into plain lists; an alias claimed by two events of one season goes to the
    event with the stronger claim (1 = its own name, 2 = hand alias, 3 = circuit/city)."""
    by_season: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for gp in grands_prix:
        by_season[gp["season"]].append(gp)
    for season, gps in by_season.items():
        claims: dict[str, dict[str, int]] = defaultdict(dict)
        for gp in gps:
            for tier, alias in gp["aliases"]:
                best = claims[fold(alias)].get(gp["key"], 9)
                claims[fold(alias)][gp["key"]] = min(best, tier)
        for gp in gps:
            kept: list[str] = []
            for _tier, alias in gp["aliases"]:
                rivals = claims[fold(alias)]
                top = min(rivals.values())
                winners = [k for k, t in rivals.items() if t == top]
                if len(winners) > 1:
                    raise ValueError(f"{season}: alias {alias!r} ambiguous between {winners}")
                if winners[0] == gp["key"]:
                    kept.append(alias)
            gp["aliases"] = dedupe(kept)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ergast", nargs="?", default="../shared/data/ergast", type=Path)
    parser.add_argument("--out", default=DEFAULT_OUT, type=Path)
    args = parser.parse_args(argv)
    doc = build(args.ergast)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"
    args.out.write_text(text, encoding="utf-8")
    print(
        f"wrote {args.out} ({len(text.encode())} bytes): {len(doc['grands_prix'])} races, "
        f"{len(doc['drivers'])} drivers, {len(doc['teams'])} teams"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

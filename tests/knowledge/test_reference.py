"""Properties of the generated reference data (knowledge/data/reference.json)."""

from __future__ import annotations

import time
import unicodedata

import pytest

from knowledge.reference import (
    Reference,
    demonyms_en,
    demonyms_nl,
    load_reference,
    nationality_countries,
)


@pytest.fixture(scope="module")
def ref() -> Reference:
    return load_reference()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def test_loads_quickly_and_is_cached() -> None:
    start = time.perf_counter()
    first = load_reference()
    assert time.perf_counter() - start < 5  # generous; typically a few ms
    assert load_reference() is first


def test_covers_2018_to_2025(ref: Reference) -> None:
    assert ref.seasons() == tuple(range(2018, 2026))
    assert [len(ref.races(s)) for s in ref.seasons()] == [21, 21, 17, 22, 22, 22, 24, 24]
    for season in ref.seasons():
        assert [gp.round for gp in ref.races(season)] == list(range(1, len(ref.races(season)) + 1))


def test_2024_calendar(ref: Reference) -> None:
    assert len(ref.races(2024)) == 24
    saudi = ref.race_by_round(2024, 2)
    assert saudi is not None
    assert saudi.key == "saudi_arabia"
    assert saudi.name_nl == "Grand Prix van Saoedi-Arabië"
    assert saudi.date == "2024-03-09"
    last = ref.last_race(2024)
    assert last is not None
    assert last.key == "abu_dhabi"
    assert last.round == 24
    assert ref.race_by_round(2024, 25) is None
    assert ref.races(1999) == ()
    assert ref.last_race(1999) is None


def test_mexico_key_is_stable(ref: Reference) -> None:
    mex_2019 = ref.race(2019, "mexico")
    mex_2024 = ref.race(2024, "mexico")
    assert mex_2019 is not None and mex_2024 is not None
    assert mex_2019.name_en == "Mexican Grand Prix"
    assert mex_2024.name_en == "Mexico City Grand Prix"
    assert mex_2019.name_nl == mex_2024.name_nl == "Grand Prix van Mexico"
    assert ref.event_names("mexico") == ("Mexico City Grand Prix", "Grand Prix van Mexico")


def test_brazil_and_sao_paulo_share_a_key(ref: Reference) -> None:
    brazil = ref.race(2019, "sao_paulo")
    sao_paulo = ref.race(2023, "sao_paulo")
    assert brazil is not None and sao_paulo is not None
    assert brazil.name_en == "Brazilian Grand Prix"
    assert sao_paulo.name_en == "São Paulo Grand Prix"
    assert "Interlagos" in brazil.aliases and "Interlagos" in sao_paulo.aliases


def test_baku_aliases(ref: Reference) -> None:
    baku = ref.race(2024, "azerbaijan")
    assert baku is not None
    assert {"Bakoe", "Baku", "Azerbeidzjan", "Baku City Circuit"} <= set(baku.aliases)


def test_aliases_never_contain_grand_prix(ref: Reference) -> None:
    for gp in ref.grands_prix:
        for alias in gp.aliases:
            assert "grand prix" not in alias.casefold(), (gp.season, gp.key, alias)


def test_shared_circuits_give_venue_aliases_to_main_event(ref: Reference) -> None:
    bahrain, sakhir = ref.race(2020, "bahrain"), ref.race(2020, "sakhir")
    assert bahrain is not None and sakhir is not None
    assert "Sakhir" in sakhir.aliases and "Sakhir" not in bahrain.aliases
    assert "Bahrain" in bahrain.aliases and "Bahrain" not in sakhir.aliases
    austria, styria = ref.race(2020, "austria"), ref.race(2020, "styria")
    assert austria is not None and styria is not None
    assert "Red Bull Ring" in austria.aliases and "Red Bull Ring" not in styria.aliases
    britain, anniversary = ref.race(2020, "great_britain"), ref.race(2020, "70th_anniversary")
    assert britain is not None and anniversary is not None
    assert "Silverstone" in britain.aliases and "Silverstone" not in anniversary.aliases
    assert "Imola" in ref.race(2024, "emilia_romagna").aliases  # type: ignore[union-attr]


def test_no_alias_maps_to_two_events_in_one_season(ref: Reference) -> None:
    for season in ref.seasons():
        owner: dict[str, str] = {}
        for gp in ref.races(season):
            for alias in gp.aliases:
                folded = _fold(alias)
                assert owner.setdefault(folded, gp.key) == gp.key, (season, alias, owner[folded], gp.key)


def test_every_race_has_dutch_names(ref: Reference) -> None:
    for gp in ref.grands_prix:
        assert gp.name_nl.startswith("Grand Prix van"), gp
        assert gp.short_nl and gp.short_en and gp.aliases
        assert gp.key.isascii() and gp.key == gp.key.lower()


def test_sprints(ref: Reference) -> None:
    sprints_2024 = [gp.key for gp in ref.races(2024) if gp.has_sprint]
    assert sprints_2024 == ["china", "miami", "austria", "usa", "sao_paulo", "qatar"]
    assert not any(gp.has_sprint for gp in ref.races(2020))
    assert sum(gp.has_sprint for gp in ref.races(2025)) == 6


def test_perez(ref: Reference) -> None:
    perez = ref.driver("perez")
    assert perez is not None
    assert perez.full_name == "Sergio Pérez"
    assert perez.code == "PER" and perez.number == 11
    assert "Checo" in perez.nicknames
    assert perez.demonyms_nl == ("Mexicaan",)
    assert "Mexican" in perez.demonyms_en
    assert perez.country == "Mexico"
    assert ref.home_event_keys("perez") == ("mexico",)
    assert perez.teams[2024] == ("red_bull",)


def test_home_events(ref: Reference) -> None:
    assert ref.home_event_keys("leclerc") == ("monaco",)
    assert ref.home_event_keys("max_verstappen") == ("netherlands",)
    for brit in ("hamilton", "norris", "russell"):
        assert ref.home_event_keys(brit) == ("great_britain",)
    assert ref.home_event_keys("sainz") == ("spain",)
    assert ref.home_event_keys("sargeant") == ("usa", "miami", "las_vegas")
    assert ref.home_event_keys("albon") == ()
    assert ref.home_event_keys("nobody") == ()


def test_haas_2024(ref: Reference) -> None:
    # Bearman stood in for Magnussen at Baku and Interlagos (and for Sainz at Ferrari in Jeddah).
    assert [d.id for d in ref.team_drivers("haas", 2024)] == ["hulkenberg", "kevin_magnussen", "bearman"]
    bearman = ref.driver("bearman")
    assert bearman is not None and bearman.teams[2024] == ("ferrari", "haas")
    hulk = ref.driver("hulkenberg")
    assert hulk is not None and hulk.surname == "Hülkenberg" and "Hulk" in hulk.nicknames


def test_drivers_in_season(ref: Reference) -> None:
    ids = {d.id for d in ref.drivers_in_season(2024)}
    assert len(ids) == 24
    assert {"max_verstappen", "colapinto", "doohan", "lawson", "bearman"} <= ids
    assert "vettel" not in ids


def test_teams(ref: Reference) -> None:
    red_bull = ref.team("red_bull")
    assert red_bull is not None and {"Red Bull", "Red Bull Racing", "RBR"} <= set(red_bull.aliases)
    rb = ref.team("rb")
    assert rb is not None and {"Racing Bulls", "AlphaTauri", "Toro Rosso"} <= set(rb.aliases)
    assert rb.seasons == (2024, 2025)
    sauber = ref.team("sauber")
    assert sauber is not None and {"Kick Sauber", "Alfa Romeo"} <= set(sauber.aliases)
    for driver in ref.drivers:
        for teams in driver.teams.values():
            assert all(ref.team(t) is not None for t in teams)
    assert ref.team("brawn") is None


def test_event_keys_and_names(ref: Reference) -> None:
    keys = ref.event_keys()
    assert len(keys) == len(set(keys))
    assert {"mexico", "usa", "miami", "las_vegas", "great_britain", "netherlands", "sao_paulo"} <= set(keys)
    assert ref.event_names("netherlands") == ("Dutch Grand Prix", "Grand Prix van Nederland")
    with pytest.raises(KeyError):
        ref.event_names("atlantis")


def test_demonym_tables() -> None:
    nl, en, countries = demonyms_nl(), demonyms_en(), nationality_countries()
    assert nl["Spanish"] == ("Spanjaard",) and en["Spanish"] == ("Spaniard",)
    assert nl["Dutch"] == ("Nederlander",) and en["Dutch"] == ("Dutchman",)
    assert "Brit" in en["British"] and "Briton" in en["British"]
    assert countries["Monegasque"] == "Monaco"
    ref = load_reference()
    for driver in ref.drivers:
        assert driver.nationality in nl and driver.nationality in en


def test_champions_of_finished_seasons() -> None:
    from knowledge.reference import load_reference

    ref = load_reference()
    assert ref.champion(2017) == "hamilton" and ref.champion(2020) == "hamilton"
    assert ref.champion(2021) == "max_verstappen"
    assert ref.champion(2099) is None


def test_drivers_by_their_number_of_titles() -> None:
    from knowledge.reference import load_reference

    ref = load_reference()
    # Hamilton had six titles when 2020 began and seven when it ended
    assert ref.titled(6, 2020) == ("hamilton",) and ref.titled(7, 2020) == ("hamilton",)
    assert ref.titled(4, 2019) == ("vettel",)
    # two drivers of 2022 had two titles at some moment of it
    assert set(ref.titled(2, 2022)) == {"alonso", "max_verstappen"}
    assert ref.titled(9, 2020) == ()


def test_every_driver_has_a_birth_date_and_a_dutch_adjective(ref: Reference) -> None:
    # ("de 21-jarige Brit", "de Nederlandse coureur": the age and the adjective name the driver)
    for d in ref.drivers:
        assert d.dob is not None and len(d.dob) == 10 and d.dob[4] == "-", d
        assert d.adjective_nl and d.adjective_nl.endswith(("se", "sche")), d
    max_ = ref.driver("max_verstappen")
    assert max_ is not None and max_.adjective_nl == "Nederlandse"

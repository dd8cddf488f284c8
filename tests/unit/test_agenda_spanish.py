"""The agenda's sentences, numbers and table headers in Spanish, on the hand-counted synthetic slate.

English stays as it was (the other agenda tests); here the same answers must come out in Spanish, with
Spanish number formats, singular and plural right, and chamber names as the slate given holds them.
"""

import datetime as dt

import pytest

from slate_explorer import i18n
from slate_explorer.agenda.coordination import by_kind
from slate_explorer.agenda.graphic import network_alt, network_dot
from slate_explorer.agenda.matrix import build_matrix, candidate_coverage, plank_counts, sorted_cells
from slate_explorer.agenda.network import Unity, build_network, slate_unity, unity_change
from slate_explorer.agenda.platform import path_words
from slate_explorer.agenda.tables import coverage_frame, endorsements_frame, network_frame, pairs_frame, plank_counts_frame
from slate_explorer.data.versions import load_slate
from slate_explorer.data_text import translated
from tests.unit.agenda_slate import CANDIDATES, ENDORSEMENTS, coordination_row, make_slate


@pytest.fixture
def spanish():
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_numbers_follow_the_language(spanish):
    assert Unity(1, 56).describe() == "1 de 56 posibles (1,8\xa0%)"
    assert slate_unity(build_network(make_slate())).describe() == "3 de 12 posibles (25,0\xa0%)"
    assert Unity(0, 0).share_text() == "n/d"
    i18n.set_language("en")
    assert Unity(1, 56).describe() == "1 of 56 possible (1.8%)" and i18n.percent_text(0.5) == "50%"


def test_change_in_spanish_with_signed_points(spanish):
    running = [c if c[0] != "e" else ("e", "Eve", "r-az", "running") for c in CANDIDATES]
    old = make_slate("2026-01-01", candidates=running)  # 5 of 20 (25 %)
    new = make_slate("2026-02-01", endorsements=[*ENDORSEMENTS, ("d", "slate", "a")])  # 4 of 12 (33.3 %)
    assert unity_change(old, new).points_text() == "+8,3 puntos"
    assert unity_change(new, old).points_text() == "-8,3 puntos"
    text = unity_change(old, new).describe({"a": "Ann", "d": "Dee", "e": "Eve"})
    assert text.startswith("Entre la versión 2026-01-01 y la 2026-02-01, el índice de unidad pasó de "
                           "5 de 20 posibles (25,0\xa0%) a 4 de 12 posibles (33,3\xa0%).")
    assert "Nuevos respaldos cruzados: Dee → Ann." in text and "Ya no cuentan: c → Eve; Eve → Ann." in text
    assert "Salida de la lista (por derrota o retiro): Eve." in text
    i18n.set_language("en")
    assert unity_change(old, new).points_text() == "+8.3 points"


def test_alt_text_singular_and_plural(spanish):
    alt = network_alt(build_network(make_slate()))
    assert alt.startswith("Red de respaldos cruzados: 4 candidaturas de la lista, 3 respaldos cruzados entre ellas "
                          "y 5 respaldos de fuera de la lista; 1 candidatura de la lista sin ningún respaldo cruzado.")
    dot = network_dot(build_network(make_slate()), highlight="a")
    assert "de fuera: cargo público" in dot and "antes en la lista" in dot and "seleccionada" in dot
    assert 'label="Aisladas: sin respaldos cruzados dados ni recibidos"' in dot


def test_tables_have_spanish_headers_and_words(spanish):
    slate = make_slate()
    grid, net = build_matrix(slate), build_network(slate)
    pairs = pairs_frame(slate, sorted_cells(grid), {}, candidate="a")
    assert list(pairs.columns) == ["Candidatura", "Propuesta", "Postura", "Fuente"]
    assert list(pairs["Postura"][:3]) == ["**A favor**", "**A favor**", "Desconocido (sin registro)"]
    assert pairs["Candidatura"][0].endswith("— **seleccionada**") and pairs["Fuente"][2] == "sin registro"
    counts = plank_counts_frame(slate, plank_counts(grid), {})
    assert list(counts.columns) == ["Propuesta", "A favor", "Con el apoyo de", "En contra", "Desconocido"]
    assert list(counts["A favor"]) == ["2 de 4", "1 de 4", "0 de 4"] and counts["Con el apoyo de"][2] == "ninguna"
    assert coverage_frame(slate, candidate_coverage(grid), {})["A favor"][0] == "2 de 3 (67\xa0%)"
    rows = network_frame(slate, net, {})
    assert rows["Respaldos recibidos"][0] == "Ben, Eve (antes en la lista), Endorser union\\-y (fuera de la lista)"
    endorsements = endorsements_frame(slate, net, {})
    assert endorsements["Respaldo de"][6] == "Endorser sen\\-x (respaldo de fuera\\: un cargo público)"
    assert endorsements["Cuándo"][0] == "fecha no registrada"


def test_coordination_headlines_agree_in_number(spanish):
    rows = [coordination_row("one", "joint_event", dt.date(2026, 2, 1), ["a", "b"]),
            coordination_row("ad", "shared_media", dt.date(2026, 2, 5), ["a", "d"]),
            coordination_row("ad2", "shared_media", dt.date(2026, 2, 6), ["a", "d"])]
    assert [k.headline() for k in by_kind(make_slate(coordination=rows))] == [
        "Eventos conjuntos: 1 registro", "Recaudaciones de fondos compartidas: sin registros", "Medios compartidos: 2 registros"]


def test_path_names_the_chambers_in_the_slates_language(spanish):
    published = load_slate("2025-11-25").slate
    slate = translated(published)
    assert path_words(slate, slate.planks["medicare-for-all"]) == (
        "Primero lo aprueba la Cámara de Representantes de EE. UU. (119.º Congreso), luego lo aprueba el Senado de "
        "EE. UU. (119.º Congreso), luego lo firma la Presidencia de los Estados Unidos.")
    assert path_words(slate, slate.planks["rent-freeze"]) == (
        "La Alcaldía de la Ciudad de Nueva York actúa por su cuenta; ninguna legislatura tiene que votar.")
    assert "U.S. Senate (119th Congress)" in path_words(published, published.planks["medicare-for-all"])

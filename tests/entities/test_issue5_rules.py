"""Rules added for issue #5 (ORG/LOC/PER on French news), each with the case that exposed it,
written in new sentences: preset model entities in, guideline spans out (spacy.blank("fr"))."""

from __future__ import annotations

import pytest
import spacy

from sikyx.entities.patterns import KnownNames


def _ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_short_known_names_need_their_case():
    nlp = spacy.blank("fr")
    known = KnownNames(nlp.make_doc, ["Assurance maladie"])
    assert known([t.text for t in nlp.make_doc("les dépenses d'assurance maladie")]) == []
    assert known([t.text for t in nlp.make_doc("remboursé par l'Assurance maladie")]) == [(3, 5)]


def test_known_names_match_case_and_commas():
    nlp = spacy.blank("fr")
    known = KnownNames(nlp.make_doc, ["Météo-France", "Direction générale des douanes et droits indirects",
                                       "Conseil économique, social et environnemental"])
    words = [t.text for t in nlp.make_doc(
        "la direction générale des douanes et droits indirects, Météo-France, météo-france et le "
        "Conseil économique, social et environnemental")]
    assert [" ".join(words[s:e]) for s, e in known(words)] == [
        "direction générale des douanes et droits indirects", "Météo - France",
        "Conseil économique , social et environnemental"]


@pytest.mark.parametrize("text, model, expected", [
    # a listed body's full name keeps its commas, over the model's cut name
    ("Selon la Direction générale de la concurrence, de la consommation et de la répression des "
     "fraudes, les plaintes montent.", [("Direction générale de la concurrence", 0, "ORG")],
     [("Direction générale de la concurrence, de la consommation et de la répression des fraudes", "ORG")]),
    # the model reads the weather service and the health agency as a place and a person
    ("Hier, Météo-France a levé l'alerte et Santé publique France compte les cas.",
     [("Météo-France", 0, "LOC"), ("Santé publique France", 0, "PER")],
     [("Météo-France", "ORG"), ("Santé publique France", "ORG")]),
    ("Un vote du groupe (Les Républicains) suit.", [("Républicains", 0, "ORG")],
     [("Les Républicains", "ORG")]),
])
def test_known_organisations(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    # a body's name runs on to the region that closes it
    ("Mardi, l'Agence régionale de santé Grand Est a fermé deux lits.",
     [("Grand Est", 0, "LOC")], [("Agence régionale de santé Grand Est", "ORG")]),
    # the place named before is not propagated into the body's name
    ("Alerte en Grand Est.\n\nL'Agence régionale de santé Grand Est ferme des lits.",
     [("Grand Est", 0, "LOC"), ("Agence régionale de santé", 0, "ORG"), ("Grand Est", 1, "LOC")],
     [("Grand Est", "LOC"), ("Agence régionale de santé Grand Est", "ORG")]),
    # an acronym after an article opens a body or a club, not a place
    ("Lundi, l'ARS Normandie a confirmé trois cas.", [("ARS Normandie", 0, "LOC")],
     [("ARS Normandie", "ORG")]),
    ("Le match oppose l'ESTAC à Nancy.", [("ESTAC", 0, "LOC"), ("Nancy", 0, "LOC")],
     [("ESTAC", "ORG"), ("Nancy", "LOC")]),
    # a dateline in capitals has no article: still a place
    ("Le jour se lève.\nFRIBOURG, 3 mai. Le conseil siège.", [("FRIBOURG", 0, "LOC")],
     [("FRIBOURG", "LOC")]),
])
def test_bodies_named_with_places(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


CUED = [
    ("La biscuiterie bretonne Kerlann recrute.", ["Kerlann"]),
    ("Le fabricant de jouets Ludimo ferme.", ["Ludimo"]),
    ("selon le cabinet Datastat.", ["Datastat"]),
    ("Le bailleur, Habitat Sud Logement, promet des travaux.", ["Habitat Sud Logement"]),
    ("Les ouvriers de Plastikor, un fabricant de bâches, manifestent.", ["Plastikor"]),
    # a cue that is the complement of a role: the person after the comma is not the company
    ("a dit le directeur de la société, Paul Roux.", []),
    ("a dit le président du club, Paul Roux.", []),
    ("la société basée à Lyon", []),
]


@pytest.mark.parametrize("text, expected", CUED)
def test_cued_company_names(text, expected):
    from sikyx.entities.institutions import find_cued_names

    doc = spacy.blank("fr").make_doc(text)
    assert [doc[s:e].text for s, e in find_cued_names([t.text for t in doc])] == expected


def test_cue_evidence_relabels_every_mention(run_rules):
    # the model reads a company named like a family as a person
    text = "La fromagerie savoyarde Durand-Pellet embauche. Durand-Pellet vend en Italie."
    doc = run_rules(text, [("Durand-Pellet", 0, "PER"), ("Durand-Pellet", 1, "PER"), ("Italie", 0, "LOC")])
    assert _ents(doc) == [("Durand-Pellet", "ORG"), ("Durand-Pellet", "ORG"), ("Italie", "LOC")]


@pytest.mark.parametrize("words, expected", [
    (["chantier"], True), (["bourgogne"], True), (["C"], True), (["h", "."], True), (["XIXe"], True),
    (["IIe"], True), (["II"], True), (["CIC"], False), (["A7"], False), (["G7"], False), (["Lyon"], False), (["CP"], False),
    (["Côte", "d'", "Ivoire"], False), (["ligne", "B"], True), (["autoroute", "A7"], False),
])
def test_unnamelike_model_spans(words, expected):
    from sikyx.entities.hygiene import is_unnamelike

    assert is_unnamelike(words) is expected


@pytest.mark.parametrize("text, model, expected", [
    ("Sur le chantier du tram, la vitesse est limitée à 30 km/h. Le département du Gard paie.",
     [("chantier", 0, "LOC"), ("h.", 0, "LOC"), ("département du", 0, "LOC"), ("Gard", 0, "LOC")],
     [("Gard", "LOC")]),
    ("Une église du XIIe siècle, à Reims.", [("XIIe", 0, "LOC"), ("Reims", 0, "LOC")], [("Reims", "LOC")]),
])
def test_model_spans_that_are_not_names(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    # a district, a station named after its town, a road towards a town: the name alone
    ("La piscine du quartier Sainte-Anne ferme.", [("quartier Sainte-Anne", 0, "LOC")], [("Sainte-Anne", "LOC")]),
    ("Le train s'arrête à la gare de Lunel.", [("gare de Lunel", 0, "LOC")], [("Lunel", "LOC")]),
    ("à dix minutes de route de Nîmes", [], [("Nîmes", "LOC")]),
    ("La route du col de la Bonette est fermée.", [], []),
    ("les résidents d'Ehpad du Gard", [("Ehpad du Gard", 0, "LOC")], [("Gard", "LOC")]),
])
def test_place_generics_stay_outside(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    # an event named by its place keeps only the place
    ("Il a gagné le semi-marathon de Bordeaux.", [("semi-marathon de Bordeaux", 0, "MISC")], [("Bordeaux", "LOC")]),
    ("Le Festival de Cannes ouvre.", [("Festival de Cannes", 0, "MISC")], [("Cannes", "LOC")]),
    # a line between two towns is two places
    ("Les trains Lille-Amiens roulent.", [("Lille-Amiens", 0, "LOC")], [("Lille", "LOC"), ("Amiens", "LOC")]),
    # a town whose article is part of its name, opening a headline
    ("Le Mans : le circuit rouvre.", [("Le Mans", 0, "LOC")], [("Le Mans", "LOC")]),
])
def test_events_lines_and_articles(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    # clubs and teams the model reads as the place they are named after
    ("Le Stade toulousain reçoit le Racing Strasbourg.",
     [("Stade toulousain", 0, "LOC"), ("Racing Strasbourg", 0, "LOC")],
     [("Stade toulousain", "ORG"), ("Racing Strasbourg", "ORG")]),
    ("Le XV d'Irlande arrive au Stade de France.", [("XV d'Irlande", 0, "MISC"), ("Stade de France", 0, "LOC")],
     [("XV d'Irlande", "ORG"), ("Stade de France", "LOC")]),
    # a hospital, an intercommunal body, a metropolis council
    ("opérée à l'hôpital Pasteur de Colmar", [("hôpital Pasteur", 0, "LOC"), ("Colmar", 0, "LOC")],
     [("hôpital Pasteur", "ORG"), ("Colmar", "LOC")]),
    ("les élus de Brest Océan Métropole votent", [("Brest Océan Métropole", 0, "LOC")],
     [("Brest Océan Métropole", "ORG")]),
])
def test_clubs_hospitals_and_councils(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


def test_acronym_spells_accented_initials():
    from sikyx.entities.acronyms import spells

    assert spells("ONEC", "Office national des étudiants en chimie".split())
    assert spells("Giec", "Groupe d' experts intergouvernemental sur l' évolution du climat".split())
    assert not spells("ONU", "Office national des étudiants".split())


def test_a_named_mill_keeps_its_head(run_rules):
    doc = run_rules("Le village rachète le moulin de la Tuilerie.", [("Tuilerie", 0, "LOC")])
    assert _ents(doc) == [("moulin de la Tuilerie", "LOC")]


@pytest.mark.parametrize("words, end, expected", [
    # the tail of an association's name runs to the comma
    ("Union pour la défense des rivières et la sauvegarde des moulins , fondée".split(), 1, 11),
    ("Comité des riverains opposés aux lignes aériennes .".split(), 4, 7),
    # a verb before the punctuation: no tail
    ("Comité de soutien aux victimes de l' amiante demande que ,".split(), 3, 3),
    ("Fédération du Var a porté plainte .".split(), 3, 3),
])
def test_descriptive_tail(words, end, expected):
    from sikyx.entities.institutions import descriptive_tail_end

    assert descriptive_tail_end(words, end) == expected


def test_association_name_runs_to_the_comma(run_rules):
    text = "Selon la Fédération du Gers pour la pêche et la protection du milieu aquatique, l'eau baisse."
    doc = run_rules(text, [("Fédération du Gers", 0, "ORG")])
    assert _ents(doc) == [("Fédération du Gers pour la pêche et la protection du milieu aquatique", "ORG")]


@pytest.mark.parametrize("text, model, expected", [
    ("Un écran géant sera installé place Jean-Jaurès ce soir.", [("Jean-Jaurès", 0, "PER")],
     [("place Jean-Jaurès", "LOC")]),
    ("Il a joué à la place de Martin Dubois.", [("Martin Dubois", 0, "PER")], [("Martin Dubois", "PER")]),
])
def test_a_square_takes_its_name_directly(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    ("Viticulture : les vendanges commencent à Beaune.", [("Viticulture", 0, "ORG"), ("Beaune", 0, "LOC")],
     [("Beaune", "LOC")]),
    ("Beaune : les vendanges commencent.", [("Beaune", 0, "LOC")], [("Beaune", "LOC")]),
    # a company named in its own headline and again in the text is kept
    ("Kerlann : la biscuiterie recrute. Kerlann emploie 40 personnes.",
     [("Kerlann", 0, "ORG"), ("Kerlann", 1, "ORG")], [("Kerlann", "ORG"), ("Kerlann", "ORG")]),
])
def test_headline_rubric_is_not_a_name(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, model, expected", [
    ("Les Rennais ont gagné à Brest.", [("Rennais", 0, "LOC"), ("Brest", 0, "LOC")], [("Brest", "LOC")]),
    ("Il a attaqué les Prussiens.", [("Prussiens", 0, "LOC")], []),
    # a place that looks like a plural demonym stays a place
    ("Ils visitent les Landes et Calais.", [("Landes", 0, "LOC"), ("Calais", 0, "LOC")],
     [("Landes", "LOC"), ("Calais", "LOC")]),
])
def test_plural_demonyms_are_not_places(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Monsieur le Président", True), ("Madame la Commissaire", True), ("Messieurs", True),
    ("Mademoiselle Chanel", False), ("Monsieur Hulot", False),
])
def test_forms_of_address_are_not_names(text, expected):
    from sikyx.entities.hygiene import is_noise

    assert is_noise(text) is expected


def test_a_surname_named_before_is_a_person(run_rules):
    text = "Le Grenoblois Hugo Mercier a gagné. Mercier a attaqué à Vienne."
    doc = run_rules(text, [("Hugo Mercier", 0, "PER"), ("Mercier", 1, "LOC"), ("Vienne", 0, "LOC")])
    assert _ents(doc) == [("Hugo Mercier", "PER"), ("Mercier", "PER"), ("Vienne", "LOC")]


def test_competitions_and_grades_are_not_entities(run_rules):
    text = "Lyon vise la Ligue des champions ; en CP, les élèves prennent le TER."
    doc = run_rules(text, [("Lyon", 0, "LOC"), ("Ligue des champions", 0, "ORG"), ("CP", 0, "LOC"),
                                 ("TER", 0, "ORG")])
    assert _ents(doc) == [("Lyon", "LOC")]


@pytest.mark.parametrize("text, model, expected", [
    ("La ministre des Sports, Anne Roy, et le secrétaire d'État au Numérique sont venus.",
     [("Sports", 0, "ORG"), ("Anne Roy", 0, "PER"), ("Numérique", 0, "LOC")], [("Anne Roy", "PER")]),
    # a place after a minister's title stays a place
    ("le ministre de la France d'outre-mer, à Paris", [("France", 0, "LOC"), ("Paris", 0, "LOC")],
     [("France", "LOC"), ("Paris", "LOC")]),
])
def test_portfolios_are_part_of_job_titles(run_rules, text, model, expected):
    assert _ents(run_rules(text, model)) == expected

import Testing

@testable import FrenchText

/// Compact rendering of tokens: `term@position`, joined tokens marked `+term@position`.
func render(_ text: String) -> String {
  FrenchAnalyzer().tokens(in: text).map { ($0.isJoined ? "+" : "") + "\($0.term)@\($0.position)" }
    .joined(separator: " ")
}

struct FrenchAnalyzerTests {
  let analyzer = FrenchAnalyzer()

  /// Words that must give the same term (search.md §1 and §7).
  @Test(arguments: [
    ["Ségur", "segur", "SÉGUR", "ségur", "Se\u{301}gur"],
    ["œuvre", "oeuvre", "Œuvre", "OEUVRE"],
    ["cœur", "coeur"],
    ["l'accord", "l’accord", "l\u{2BC}accord", "L'ACCORD", "accord", "accords"],
    ["départements", "département", "DÉPARTEMENT", "Départements"],
    ["nationaux", "national", "nationals"],
    ["EHPAD", "Ehpad", "Ehpads", "EHPADs", "ehpad"],
    ["âgées", "agees", "âgée", "AGÉE"],
    ["établissements", "établissement", "etablissement"],
    ["qu'il", "il"],
    ["jusqu’à", "à", "a"],
    ["lorsqu'elle", "puisqu’elle", "quoiqu'elle", "elles"],
    ["d'une", "une", "D’UNE"],
    ["c'est", "n'est", "s'est", "est"],
    ["j'ai", "m'ai", "t'ai", "ai"],
    ["bureaux", "bureau"],
    ["enjeux", "enjeu"],
    ["revenus", "revenu"],
    ["élus", "élu"],
    ["lois", "loi"],
    ["ans", "an"],
    ["médico-sociaux", "médico-social"],
    ["aides-soignantes", "aide-soignante"],
    ["Île-de-France", "ile-de-france"],
    ["hôpitaux", "hôpital"],
    ["ﬁnancement", "financement"],
  ])
  func sameTerm(words: [String]) {
    let expected = analyzer.normalize(words[0])
    #expect(expected != nil)
    for word in words.dropFirst() {
      #expect(analyzer.normalize(word) == expected, "\(word) vs \(words[0])")
    }
  }

  /// Words that must stay apart.
  @Test(arguments: [
    ("départements", "départ"),
    ("département", "départemental"),
    ("fois", "foi"),
    ("mois", "moi"),
    ("fonds", "fond"),
    ("cours", "cour"),
    ("fils", "fil"),
    ("mars", "mar"),
    ("prix", "pri"),
    ("taux", "tal"),
    ("pas", "pa"),
    ("êtes", "été"),
    ("peux", "peu"),
    ("travaux", "travail"),
    ("150 000", "150"),
    ("2021-1234", "20211234"),
  ])
  func differentTerms(first: String, second: String) {
    #expect(analyzer.normalize(first) != analyzer.normalize(second))
  }

  /// Words kept as they are (after folding): invariable, short, or numbers.
  @Test(arguments: [
    ("âge", "age"), ("été", "ete"), ("pas", "pas"), ("fois", "fois"), ("prix", "prix"),
    ("taux", "taux"), ("fonds", "fonds"), ("mois", "mois"), ("corps", "corps"),
    ("temps", "temps"), ("bras", "bras"), ("gens", "gens"), ("succès", "succes"),
    ("accès", "acces"), ("recours", "recours"), ("frais", "frais"), ("pays", "pays"),
    ("avis", "avis"), ("plus", "plus"), ("sous", "sous"), ("dans", "dans"), ("très", "tres"),
    ("après", "apres"),
    ("virus", "virus"), ("stress", "stress"), ("PLFSS", "plfss"), ("ARS", "ars"),
    ("deux", "deux"), ("choix", "choix"), ("eaux", "eau"), ("jeux", "jeu"), ("1er", "1er"),
    ("2e", "2e"), ("Ségur", "segur"), ("Œuvre", "oeuvre"), ("ÆTHER", "aether"),
    ("aujourd'hui", "aujourdhui"), ("aujourd’hui", "aujourdhui"), ("presqu'île", "presquile"),
    ("18\u{a0}millions", "18"), ("4,5", "4,5"), ("150\u{202f}000", "150000"),
  ])
  func singleTerm(word: String, term: String) {
    #expect(analyzer.terms(in: word).first == term)
  }

  /// Full token streams: positions, joined forms (`+`), numbers, references.
  @Test(arguments: [
    ("L'accord du Ségur", "accord@0 du@1 segur@2"),
    ("d'aujourd'hui", "aujourdhui@0"),
    ("jusqu’à l’EHPAD", "a@0 ehpad@1"),
    ("médico-social", "medico@0 +medicosocial@0 social@1"),
    ("Île-de-France", "ile@0 +iledefrance@0 de@1 france@2"),
    ("aides-soignants", "aide@0 +aidesoignant@0 soignant@1"),
    ("Saint-Jean-d'Angély", "saint@0 +saintjeanangely@0 jean@1 angely@2"),
    ("COVID-19", "covid@0 +covid19@0 19@1"),
    ("le 2024-03-15", "le@0 2024@1 +2024-03-15@1 03@2 15@3"),
    ("article L. 314-6 du", "article@0 l@1 +l314-6@1 314@2 +314-6@2 6@3 du@4"),
    ("R.\u{a0}4127-1", "r@0 +r4127-1@0 4127@1 +4127-1@1 1@2"),
    ("L314-6-1", "l@0 +l314-6-1@0 314@1 +314-6-1@1 6@2 1@3"),
    ("L. 314 et", "l@0 314@1 et@2"),
    ("décret n° 2021-1234", "decret@0 n@1 2021@2 +2021-1234@2 1234@3"),
    ("1 200 000 €", "1200000@0"),
    ("18\u{a0}millions d’euros", "18@0 million@1 euro@2"),
    ("en 2020 150 000 personnes", "en@0 2020@1 150000@2 personne@3"),
    ("en 2020, 2021 et 2022", "en@0 2020@1 2021@2 et@3 2022@4"),
    ("1.200.000 et 3.5", "1200000@0 et@1 3@2 5@3"),
    ("4,5 % et 10,25 %", "4,5@0 et@1 10,25@2"),
    ("les 3 000 agents", "les@0 3000@1 agent@2"),
    ("le 1 000e", "le@0 1@1 000e@2"),
    ("Le 1er janvier", "le@0 1er@1 janvier@2"),
    ("pas de hausse", "pas@0 de@1 hausse@2"),
    ("« l'État » — oui", "etat@0 oui@1"),
    ("médi\u{AD}cal l‘avis d´une", "medical@0 avis@1 une@2"),
    ("‘citation’ fin’", "citation@0 fin@1"),
    ("2 500–3 000 euros", "2500@0 3000@1 euro@2"),
    ("pré- et post-natal", "pre@0 et@1 post@2 +postnatal@2 natal@3"),
    ("ehpad - domicile", "ehpad@0 domicile@1"),
    ("l'", "l@0"),
    ("", ""),
  ])
  func tokenStream(text: String, expected: String) {
    #expect(render(text) == expected)
  }

  @Test func rangesAreUTF8OffsetsOfTheWordAsWritten() {
    let text = "L’accord « Ségur » : 150\u{202f}000 médico-sociaux"
    let bytes = Array(text.utf8)
    let shown = analyzer.tokens(in: text).map {
      String(decoding: bytes[$0.range], as: UTF8.self)
    }
    #expect(
      shown == ["accord", "Ségur", "150\u{202f}000", "médico", "médico-sociaux", "sociaux"])
  }

  @Test func termsLeaveOutJoinedForms() {
    #expect(analyzer.terms(in: "L’aide-soignante") == ["aide", "soignante"])
  }

  @Test(arguments: [
    ("départements", "departement"), ("logem", "logem"), ("fonds", "fonds"),
    ("Médico-soc", "medicosoc"), ("nationaux", "national"), ("l'acc", "acc"),
    // From 6 letters a prefix is plural-folded like a word: broader, never narrower.
    ("ÉTABLIS", "etabli"),
  ])
  func prefixTerms(word: String, term: String) {
    #expect(analyzer.prefixTerm(word) == term)
  }

  @Test func foldTableMatchesBaseLetters() {
    let pairs: [(String, String)] = [
      ("ÀÂÄàâä", "aaaaaa"), ("ÇçČ", "ccc"), ("ÉÈÊËéèêë", "eeeeeeee"), ("ÎÏîï", "iiii"),
      ("ÔÖôöØ", "ooooo"), ("ÙÛÜùûü", "uuuuuu"), ("Ÿÿ", "yy"), ("Ññ", "nn"), ("ß", "ss"),
      ("Łódź", "lodz"), ("ΣΟΦΙΑ", "σοφια"),
    ]
    for (input, folded) in pairs {
      #expect(analyzer.tokens(in: input).first?.term == folded, "\(input)")
    }
  }
}

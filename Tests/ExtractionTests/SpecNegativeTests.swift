import Testing

@testable import Extraction

/// The negative rows of french-expressions.md §2 ("—": no entity of that kind), and more of the
/// same families: identifiers, JO pages, article numbers, years and ordinals are never amounts
/// or counts; the participle "été" is never a date.
@Suite struct SpecNegativeTests {
  /// (row id, text, the mention types that must not appear).
  static let quantityTypes: Set<MentionType> = [.amount, .count, .percent, .number, .ratio]
  static let cases: [(id: String, text: String)] = [
    ("N18", "le 93ème congrès des Assises"), ("N19", "17ème législature"),
    ("N20", "Rhône (3<sup>e</sup> circonscription)"), ("N21", "Question écrite n° 3769"),
    ("N23", "article L. 314-6"), ("N24 no count", "en 2024"),
    ("Q1", "Question écrite n° 3769"), ("Q2", "17ème législature"),
    ("Q3 page", "**Question publiée au JO le** : [4 février 2025](#), page 514"),
    ("question number", "la question écrite n°\u{00A0}1223 du 4 février 2025"),
    ("numéro", "sa question numéro 42"), ("JO page", "JO du 4 février 2025, p. 514"),
    ("JO page bare", "page 6484"), ("article number", "l'article 12 de la loi"),
    ("article range", "les articles L. 314-3 à L. 314-7"), ("year", "l'année 2025"),
    ("year alone", "2025"), ("législature 3e", "la 17e législature"),
    ("circonscription", "3e circonscription"), ("circonscription ème", "3ème circonscription"),
    ("congrès", "93ème congrès"), ("1re", "1re circonscription"),
    ("siècle", "au XXIe siècle"), ("décret", "décret n° 2024-12"),
    ("subdivision", "le 1° du I de l'article L. 314-6"), ("alinéa", "le deuxième alinéa"),
  ]

  @Test(arguments: cases)
  func noQuantity(_ row: (id: String, text: String)) {
    let found = extract(row.text).filter { Self.quantityTypes.contains($0.type) }
    #expect(found.isEmpty, "\(row.id): \(found.map(\.facts))")
  }

  static let noDates: [(id: String, text: String)] = [
    ("F29", "ont été"), ("F29b", "les crédits ont été votés"), ("été", "il a été décidé"),
    ("number", "les 93 congrès"), ("100M", "100M"), ("73 20", "73 20"),
    ("two-digit year", "le 18/06/89"), ("eight digits", "20240604"), ("mixed", "01.07/2021"),
  ]

  @Test(arguments: noDates)
  func noDate(_ row: (id: String, text: String)) {
    let found = extract(row.text).filter { $0.type == .date }
    #expect(found.isEmpty, "\(row.id): \(found.map(\.facts))")
  }
}

/// Each entry of the `LEGITEXT` table, read from a citation of its code.
@Suite struct LegitextTests {
  static let cases: [(code: String, text: String, id: String)] = [
    (
      "CASF", "l'article L. 314-6 du code de l'action sociale et des familles",
      "LEGITEXT000006074069"
    ),
    ("CSS", "l'article L. 162-22 du code de la sécurité sociale", "LEGITEXT000006073189"),
    ("CSP", "l'article L. 6111-1 du code de la santé publique", "LEGITEXT000006072665"),
    ("CT", "l'article L. 1234-9 du code du travail", "LEGITEXT000006072050"),
    ("CGCT", "l'article L. 3211-1 du CGCT", "LEGITEXT000006070633"),
    ("CGI", "l'article 200 du code général des impôts", "LEGITEXT000006069577"),
    (
      "CCH", "l'article L. 441-2 du code de la construction et de l'habitation",
      "LEGITEXT000006074096"
    ),
    ("CC", "l'article 1240 du code civil", "LEGITEXT000006070721"),
    ("CPP", "l'article 12-1 du code de procédure pénale", "LEGITEXT000006071154"),
    ("CENV", "l'article L. 110-1 du code de l'environnement", "LEGITEXT000006074220"),
  ]

  @Test(arguments: cases)
  func identifier(_ row: (code: String, text: String, id: String)) throws {
    let mention = try #require(extract(row.text).first { $0.type == .reference })
    #expect(mention.normalized?.hasPrefix(row.code + " ") == true)
    #expect(mention.legitext == row.id)
    #expect(ReferenceLexicon.legitext[row.code] == row.id)
  }

  @Test func everyEntryIsTested() {
    #expect(Set(ReferenceLexicon.legitext.keys) == Set(Self.cases.map(\.code)))
  }

  @Test func noCodeNoIdentifier() {
    #expect(extract("l'article 3").first?.legitext == nil)
  }
}

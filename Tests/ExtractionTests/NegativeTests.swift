import Testing

@testable import Extraction

/// Identifiers, pages, article numbers, years, ordinals and dates are never amounts or counts.
@Suite struct NegativeTests {
  static let cases: [String] = [
    "Question écrite n° 3769", "la question n° 1223 de M. Durand", "n°1223", "nº 42 salariés",
    "publiée au JO le 4 février 2025, page 514", "pages 12 à 14", "article L. 314-6",
    "l'article L. 314-6 du code de l'action sociale et des familles", "au sens du L 312-1",
    "l'article L312-1", "article 12", "les articles 3 et 4 de la loi", "en 2020", "2024",
    "17ème législature", "Rhône (3<sup>e</sup> circonscription)", "3e circonscription",
    "le 93ème congrès des Assises", "le 1er janvier", "1er", "décret n° 2021-1234",
    "le décret n° 2021-1234 du 3 septembre 2021", "le 4 juin 2024", "4 juin 2024",
    "la loi n° 2021-1754 du 23 décembre 2021", "les accords ont été signés",
    "campagne 2024-2025", "le 14/03/2024", "à 14 h 30", "la 2e partie", "le 1° du I",
    "la LFSS 2024", "le PLF 2025", "75007 Paris", "à 14h30 précises",
  ]

  @Test(arguments: cases)
  func noQuantity(_ text: String) {
    let found = extract(text).filter { [.amount, .count, .percent, .number].contains($0.type) }
    #expect(found.isEmpty, "\(found.map(\.facts))")
  }
}

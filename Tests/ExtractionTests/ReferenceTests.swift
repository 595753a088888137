import Testing

@testable import Extraction

/// One expected reference: a row of french-expressions.md §2.7.
struct ReferenceCase: Sendable, CustomStringConvertible {
  var id: String
  var text: String
  var kind: String
  var normalized: String? = nil
  var date: String? = nil
  var inherited: Bool? = nil

  var description: String { "\(id): \(text)" }
}

@Suite struct ReferenceTests {
  static let cases: [ReferenceCase] = [
    .init(id: "L1", text: "l'accord du 4 juin 2024", kind: "agreement", date: "2024-06-04"),
    .init(
      id: "L2", text: "la conclusion de deux accords le 4 juin 2024", kind: "agreement",
      date: "2024-06-04"),
    .init(
      id: "L5", text: "la publication de l'arrêté du 26 juin 2024", kind: "order",
      date: "2024-06-26"),
    .init(
      id: "L6", text: "l'article L. 314-6 du code de l'action sociale et des familles",
      kind: "code-article", normalized: "CASF L314-6"),
    .init(
      id: "L7", text: "l'article L. 314-6 du Code de l'action sociale et des familles",
      kind: "code-article", normalized: "CASF L314-6"),
    .init(
      id: "L9", text: "au sens du L 312-1 du code de l'action sociale et des familles",
      kind: "code-article", normalized: "CASF L312-1"),
    .init(
      id: "CSS", text: "l'article L. 162-22 du code de la sécurité sociale",
      kind: "code-article", normalized: "CSS L162-22"),
    .init(
      id: "CASF", text: "l'article L312-1 du CASF", kind: "code-article",
      normalized: "CASF L312-1"),
    .init(id: "L16", text: "la loi de finances 2025", kind: "finance-law", normalized: "LFI 2025"),
    .init(
      id: "L17", text: "la loi de finances pour 2025", kind: "finance-law",
      normalized: "LFI 2025"),
    .init(
      id: "L18a", text: "la loi de financement de la sécurité sociale pour 2024",
      kind: "social-security-finance-law", normalized: "LFSS 2024"),
    .init(
      id: "L18b", text: "la LFSS 2024", kind: "social-security-finance-law",
      normalized: "LFSS 2024"),
    .init(
      id: "L19", text: "la loi n° 2021-1754 du 23 décembre 2021", kind: "law",
      normalized: "loi n° 2021-1754", date: "2021-12-23"),
    .init(
      id: "decree", text: "le décret n° 2021-1234 du 3 septembre 2021", kind: "decree",
      normalized: "décret n° 2021-1234", date: "2021-09-03"),
    .init(
      id: "decree nº", text: "décret nº 2024-12", kind: "decree",
      normalized: "décret n° 2024-12"),
    .init(
      id: "L21", text: "la conférence des métiers sociaux du 18 février 2022", kind: "event",
      normalized: "conférence des métiers sociaux", date: "2022-02-18"),
    .init(
      id: "L22a", text: "la mission Laforcade", kind: "mission",
      normalized: "mission Laforcade"),
    .init(
      id: "L22b", text: "la mission dite Laforcade", kind: "mission",
      normalized: "mission Laforcade"),
    .init(id: "L23", text: "le Ségur de la santé", kind: "policy", normalized: "Ségur de la santé"),
    .init(
      id: "L24", text: "les accords du Ségur de la santé du 13 juillet 2020",
      kind: "agreement", date: "2020-07-13"),
    .init(
      id: "L28",
      text: "le 93ème congrès des Assises des Départements de France à Angers, le 15 novembre 2024",
      kind: "event", normalized: "congrès des Assises des Départements de France",
      date: "2024-11-15"),
    .init(
      id: "L4", text: "l'accord de branche étendu, agréé par arrêté le 25 juin 2024",
      kind: "agreement"),
  ]

  @Test(arguments: cases)
  func reference(_ row: ReferenceCase) throws {
    let found = extract(row.text).filter { $0.type == .reference }
    let mention = try #require(found.first, "\(extract(row.text).map(\.facts))")
    #expect(mention.kind == row.kind)
    #expect(mention.normalized == row.normalized)
    #expect(mention.date == row.date)
    #expect(mention.inherited == row.inherited)
  }

  @Test func theCliExampleText() {
    let text =
      "Les accords ont été agréés dans le respect de l'article L. 314-6 du code de "
      + "l'action sociale et des familles, après avis de la commission."
    let found = extract(text).filter { $0.type == .reference }
    #expect(found.map(\.text) == ["l'article L. 314-6 du code de l'action sociale et des familles"])
  }

  @Test func anOrderDateIsNotCopiedOntoTheAgreement() {
    let found = extract("l'accord de branche étendu, agréé par arrêté le 25 juin 2024")
      .filter { $0.type == .reference }
    #expect(found.map(\.kind) == ["agreement", "order"])
    #expect(found.map(\.date) == [nil, "2024-06-25"])
  }

  @Test func sameCodeIsInherited() {
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    _ = extractor.mentions(
      in: "l'article L. 314-6 du code de l'action sociale et des familles", documentDate: nil,
      context: &context)
    let found = extractor.mentions(
      in: "les articles L. 314-3 à L. 314-7 du même code", documentDate: nil, context: &context)
    #expect(found.map(\.normalized) == ["CASF L314-3", "CASF L314-7"])
    #expect(found.allSatisfy { $0.inherited == true })
    let later = extractor.mentions(in: "l'article L312-1", documentDate: nil, context: &context)
    #expect(later.first?.normalized == "CASF L312-1")
    #expect(later.first?.inherited == true)
  }

  @Test func numbersInsideAReferenceAreNotDatesOrCounts() {
    let found = extract("la loi n° 2021-1754 du 23 décembre 2021 et l'accord du 4 juin 2024")
    #expect(found.map(\.type) == [.reference, .reference])
  }

  @Test(arguments: ["la loi", "un accord a été conclu", "le comité des financeurs", "la mission"])
  func noReference(_ text: String) {
    #expect(extract(text).filter { $0.type == .reference }.isEmpty)
  }
}

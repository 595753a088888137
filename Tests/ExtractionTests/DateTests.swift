import FrenchText
import Testing

@testable import Extraction

/// One expected date: a row of french-expressions.md §2.4–2.6.
struct DateCase: Sendable, CustomStringConvertible {
  var id: String
  var text: String
  var reference: String? = nil
  var value: String?
  var mod: DateMod? = nil
  var relation: DateRelation? = nil
  var resolved: Bool? = nil

  var description: String { "\(id): \(text)" }
}

@Suite struct DateTests {
  static let absolute: [DateCase] = [
    .init(id: "D1", text: "le 4 juin 2024", value: "2024-06-04"),
    .init(id: "D2", text: "1er janvier 2024", value: "2024-01-01"),
    .init(id: "D4", text: "premier janvier 2024", value: "2024-01-01"),
    .init(id: "D5", text: "le 25 juin 2024", value: "2024-06-25"),
    .init(id: "D6", text: "le 18 février 2022", value: "2022-02-18"),
    .init(id: "D8", text: "le 15 novembre 2024", value: "2024-11-15"),
    .init(id: "D9", text: "14/03/2024", value: "2024-03-14"),
    .init(id: "D11", text: "en mai 2025", value: "2025-05"),
    .init(id: "D12", text: "juillet 2024", value: "2024-07"),
    .init(id: "D13", text: "en 2025", value: "2025"),
    .init(id: "D14a", text: "au cours de l'année 2025", value: "2025"),
    .init(id: "D14b", text: "dans le courant de l'année 2025", value: "2025"),
    .init(id: "D15", text: "dans la courant de l'année 2025", value: "2025"),
    .init(id: "D16", text: "4 févr. 2025", value: "2025-02-04"),
    .init(id: "D18", text: "le 4\njuin 2024", value: "2024-06-04"),
    .init(id: "D19", text: "le 4\u{00A0}juin\u{00A0}2024", value: "2024-06-04"),
    .init(id: "N24", text: "en 2024", value: "2024"),
    .init(id: "sept.", text: "le 3 sept. 2021", value: "2021-09-03"),
  ]

  static let relative: [DateCase] = [
    .init(
      id: "F1", text: "Le 6 août dernier", reference: "2025-02-04", value: "2024-08-06",
      resolved: true),
    .init(
      id: "F2", text: "le 6 août dernier", reference: "2024-09-10", value: "2024-08-06",
      resolved: true),
    .init(id: "F1 no ref", text: "le 6 août dernier", value: "XXXX-08-06", resolved: false),
    .init(
      id: "F4", text: "le 1er janvier prochain", reference: "2024-10-01", value: "2025-01-01",
      resolved: true),
    .init(
      id: "F5", text: "en juin prochain", reference: "2025-02-04", value: "2025-06",
      resolved: true),
    .init(
      id: "F6a", text: "l'année dernière", reference: "2025-02-04", value: "2024",
      resolved: true),
    .init(id: "F6b", text: "l'an dernier", reference: "2025-02-04", value: "2024", resolved: true),
    .init(id: "F6 no ref", text: "l'an dernier", value: nil, resolved: false),
    .init(id: "F8", text: "cette année", reference: "2025-02-04", value: "2025", resolved: true),
    .init(
      id: "F9", text: "le mois dernier", reference: "2025-02-04", value: "2025-01",
      resolved: true),
    .init(
      id: "F9b", text: "le mois dernier", reference: "2025-01-15", value: "2024-12",
      resolved: true),
    .init(
      id: "F10", text: "il y a deux ans", reference: "2025-02-04", value: "2023",
      resolved: true),
    .init(
      id: "F13", text: "le 4 juin", reference: "2025-03-11", value: "XXXX-06-04",
      resolved: false),
    .init(id: "F14", text: "début 2025", value: "2025", mod: .start),
    .init(
      id: "F15", text: "a annoncé la création, début 2025, d'un fonds", value: "2025",
      mod: .start),
    .init(id: "F16", text: "début juin 2025", value: "2025-06", mod: .start),
    .init(id: "F18", text: "mi-septembre 2024", value: "2024-09", mod: .mid),
    .init(id: "mi-2025", text: "mi-2025", value: "2025", mod: .mid),
    .init(id: "F19", text: "fin 2024", value: "2024", mod: .end),
    .init(id: "F20", text: "fin juin 2025", value: "2025-06", mod: .end),
    .init(id: "fin juin", text: "fin juin", value: "XXXX-06", mod: .end, resolved: false),
    .init(id: "F21", text: "à la fin de l'année 2024", value: "2024", mod: .end),
    .init(id: "F24", text: "au premier semestre 2024", value: "2024-H1"),
    .init(id: "F25", text: "au 1er trimestre 2025", value: "2025-Q1"),
    .init(
      id: "F26", text: "au troisième trimestre", reference: "2025-02-04", value: "2025-Q3",
      resolved: true),
    .init(id: "F27", text: "l'été 2022", value: "2022-SU"),
    .init(id: "H2", text: "au second semestre 2025", value: "2025-H2"),
  ]

  static let anchored: [DateCase] = [
    .init(id: "A1", text: "dès juillet 2024", value: "2024-07", relation: .from),
    .init(id: "A2", text: "à compter de juin 2025", value: "2025-06", relation: .from),
    .init(id: "A3", text: "à compter du 1er janvier 2024", value: "2024-01-01", relation: .from),
    .init(
      id: "A5", text: "avec effet rétroactif au 1er janvier 2024", value: "2024-01-01",
      relation: .from),
    .init(id: "A6", text: "depuis l'été 2022", value: "2022-SU", relation: .since),
    .init(id: "A9", text: "jusqu'au 31 décembre 2025", value: "2025-12-31", relation: .until),
    .init(id: "d'ici", text: "d'ici 2027", value: "2027", relation: .until),
    .init(id: "avant", text: "avant le 30 juin 2025", value: "2025-06-30", relation: .before),
    .init(id: "après", text: "après 2026", value: "2026", relation: .after),
    .init(
      id: "à partir", text: "à partir du 1er avril 2025", value: "2025-04-01",
      relation: .from),
    .init(
      id: "A19", text: "la mise en œuvre est prévue à compter de juin 2025", value: "2025-06",
      relation: .from),
  ]

  @Test(arguments: absolute + relative + anchored)
  func date(_ row: DateCase) throws {
    let reference = row.reference.flatMap { CalendarDate(parsing: $0) }
    let found = extract(row.text, date: reference).filter { $0.type == .date }
    #expect(found.count == 1, "\(found.map(\.facts))")
    let mention = try #require(found.first)
    #expect(mention.value?.string == row.value)
    #expect(mention.mod == row.mod)
    #expect(mention.relation == row.relation)
    #expect(mention.resolved == row.resolved)
  }

  static let intervals: [(String, String, String)] = [
    ("entre 2020 et 2022", "2020", "2022"), ("de 2020 à 2022", "2020", "2022"),
    ("du 1er janvier au 30 juin 2024", "2024-01-01", "2024-06-30"),
    ("du 4 au 6 juin 2024", "2024-06-04", "2024-06-06"),
    ("du 1er juillet 2021 au 30 juin 2022", "2021-07-01", "2022-06-30"),
    ("campagne 2024-2025", "2024", "2025"),
  ]

  @Test(arguments: intervals)
  func interval(_ row: (String, String, String)) {
    let found = extract(row.0).filter { $0.type == .date }
    #expect(found.map(\.value?.string) == [row.1, row.2])
    #expect(found.map(\.relation) == [.from, .until])
  }

  @Test func textKeepsTheAnchor() {
    let found = extract("a financé la mise en œuvre à hauteur de 300 M€, dès juillet 2024.")
    #expect(found.map(\.text) == ["300 M€", "dès juillet 2024"])
    #expect(found.map(\.type) == [.amount, .date])
  }

  @Test func retroactiveEffect() {
    let found = extract("avec effet rétroactif au 1er janvier 2024").first
    #expect(found?.retroactive == true)
    #expect(extract("à compter du 1er janvier 2024").first?.retroactive == nil)
  }

  @Test func yearFromTheDiscourse() {
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    _ = extractor.mentions(in: "En 2024, deux accords.", documentDate: nil, context: &context)
    let found = extractor.mentions(
      in: "Le 4 juin, ils ont signé.", documentDate: nil, context: &context)
    #expect(found.first?.value == .text("2024-06-04"))
    #expect(found.first?.resolved == true)
  }

  @Test(arguments: [
    "ont été", "les accords ont été signés", "il a été décidé", "un salarié", "mai",
  ])
  func noDate(_ text: String) {
    #expect(extract(text).filter { $0.type == .date }.isEmpty)
  }
}

@Suite struct DateClauseTests {
  @Test func endOfBudgetYear() {
    let found = extract("sera versée en 2024 dans le cadre de la fin de gestion")
      .filter { $0.type == .date }
    #expect(found.map(\.value) == [.text("2024")])
    #expect(found.first?.mod == .end)
  }

  @Test func sinceAnEventInAYear() {
    let found = extract("Depuis l'instauration du Ségur de la santé en 2020, une partie")
      .filter { $0.type == .date }
    #expect(found.map(\.value) == [.text("2020")])
    #expect(found.first?.relation == .since)
  }

  @Test func aPlainYearHasNoAnchor() {
    let found = extract("Elle a été créée en 2020.").filter { $0.type == .date }
    #expect(found.first?.relation == nil)
    #expect(found.first?.mod == nil)
  }
}

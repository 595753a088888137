import Foundation
import Testing

@testable import Extraction

@Suite struct CountTests {
  static let cases: [QuantityCase] = [
    .init(
      id: "N1", text: "150 000 professionnels", type: .count, value: "150000",
      noun: "professionnels"),
    .init(
      id: "N2", text: "150\u{00A0}000 professionnels", type: .count, value: "150000",
      noun: "professionnels"),
    .init(
      id: "N4", text: "environ 150 000 professionnels", type: .count, value: "150000",
      approximate: true, noun: "professionnels"),
    .init(
      id: "N5", text: "près de 700 000 salariés", type: .count, value: "700000",
      approximate: true, noun: "salariés"),
    .init(
      id: "N7", text: "plus de 330 000 professionnels", type: .count, value: "330000",
      bound: .min, noun: "professionnels"),
    .init(id: "N8", text: "1 550 étudiants", type: .count, value: "1550", noun: "étudiants"),
    .init(
      id: "N10", text: "200 000 professionnels de la filière socio-éducative", type: .count,
      value: "200000", noun: "professionnels"),
    .init(
      id: "N11", text: "4\u{202F}000\u{202F}000 de bénéficiaires", type: .count,
      value: "4000000", noun: "bénéficiaires"),
    .init(
      id: "N13", text: "3 millions de personnes", type: .count, value: "3000000",
      noun: "personnes"),
    .init(
      id: "N15", text: "quatre-vingt-dix établissements", type: .count, value: "90",
      noun: "établissements"),
    .init(
      id: "N17", text: "trois présidents de conseils départementaux", type: .count,
      value: "3", noun: "présidents"),
    .init(
      id: "165", text: "la création de 165 emplois", type: .count, value: "165",
      noun: "emplois"),
    .init(id: "1550", text: "1550 étudiants", type: .count, value: "1550", noun: "étudiants"),
    .init(
      id: "vingt-et-un", text: "vingt-et-un départements", type: .count, value: "21",
      noun: "départements"),
    .init(
      id: "soixante-dix", text: "soixante-dix associations", type: .count, value: "70",
      noun: "associations"),
    .init(id: "R6", text: "5,5 %", type: .percent, value: "5.5"),
    .init(id: "pct", text: "une hausse de 10\u{00A0}%", type: .percent, value: "10"),
    .init(id: "pour cent", text: "10 pour cent des salariés", type: .percent, value: "10"),
    .init(
      id: "pct approx", text: "environ 4,5 % des crédits", type: .percent, value: "4.5",
      approximate: true),
  ]

  @Test(arguments: cases)
  func count(_ row: QuantityCase) throws {
    let found = extract(row.text).filter { $0.type == row.type }
    #expect(found.count == 1, "\(extract(row.text).map(\.facts))")
    let mention = try #require(found.first)
    #expect(mention.value == .number(decimal(row.value)))
    #expect(mention.approximate == row.approximate)
    #expect(mention.bound == row.bound)
    #expect(mention.noun == row.noun)
    #expect(mention.currency == nil)
  }

  @Test func inheritedNoun() {
    let found = extract(
      "près de 700 000 salariés, dont 500 000 environ au titre du Ségur"
    ).filter { $0.type == .count }
    #expect(found.map(\.value) == [.number(700000), .number(500000)])
    #expect(found.map(\.noun) == ["salariés", "salariés"])
    #expect(found.map(\.nounInherited) == [nil, true])
    #expect(found.map(\.approximate) == [true, true])
  }

  @Test func inheritedNounWithApproximationBefore() {
    let found = extract("700 000 salariés, dont environ 500 000 au titre du Ségur")
    #expect(found.last?.noun == "salariés")
    #expect(found.last?.nounInherited == true)
    #expect(found.last?.approximate == true)
  }

  @Test func countRange() {
    let found = extract("entre 2 000 et 3 000 salariés").filter { $0.type == .count }
    #expect(found.map(\.value) == [.number(2000), .number(3000)])
    #expect(found.map(\.bound) == [.min, .max])
    #expect(found.map(\.noun) == ["salariés", "salariés"])
  }

  @Test(arguments: ["une baisse de 3 points de pourcentage", "une hausse de 3 points"])
  func percentagePointsAreNotAPercent(_ text: String) {
    let found = extract(text)
    #expect(found.map(\.type) == [.points])
    #expect(found.first?.value == .number(3))
  }

  @Test func aLoneUnIsNotACount() {
    #expect(extract("un salarié sur cinq n'est pas couvert").filter { $0.type == .count }.isEmpty)
    #expect(extract("une enveloppe budgétaire").isEmpty)
  }
}

@Suite struct InheritedNounTests {
  @Test func anArticleIsNotACountAndDoesNotLendItsNoun() {
    let found = extract(
      "près de 700 000 salariés qui ont bénéficié d'une revalorisation de 183 € net mensuels, "
        + "dont 500 000 environ au titre du Ségur.")
    #expect(found.map(\.type) == [.count, .amount, .count])
    #expect(found.last?.noun == "salariés")
  }
}

@Suite struct CountNounTests {
  static let cases: [(String, String?)] = [
    ("40 nouveaux postes", "postes"), ("les 40 dernières années", nil), ("sept secondes", nil),
    ("22 000 de nos concitoyens", nil), ("les deux tiers des ESSMS", nil), ("trois quarts", nil),
    ("des milliers de personnes", nil), ("1 200 000 personnes", "personnes"),
  ]

  @Test(arguments: cases)
  func noun(_ row: (String, String?)) {
    let counts = extract(row.0).filter { $0.type == .count }
    #expect(counts.map(\.noun) == (row.1.map { [$0] } ?? []))
  }
}

@Suite struct CountNounFormTests {
  @Test(arguments: [
    "20 000 étaient concernés", "3 000 restent à pourvoir", "2 000 supplémentaires",
    "mille sévèrement touchés", "500 permet",
  ])
  func notANoun(_ text: String) {
    #expect(extract(text).filter { $0.type == .count }.isEmpty)
  }

  @Test(arguments: [
    ("12 Ehpad", "Ehpad"), ("300 AESH", "AESH"), ("1,5 million de Français", "Français"),
  ])
  func capitalisedNouns(_ row: (String, String)) {
    #expect(extract(row.0).first { $0.type == .count }?.noun == row.1)
  }

  @Test func dollarsAreNotEuros() {
    let found = extract("3 millions de dollars")
    #expect(found.map(\.type) == [.amount])
    #expect(found.first?.currency == "USD")
  }
}

@Suite struct RatioTests {
  @Test(arguments: [
    "un salarié sur cinq", "un sur cinq", "deux salariés sur trois", "2 sur 3",
    "les deux tiers des ESSMS", "la moitié des salariés",
  ])
  func aRatioIsNeitherACountNorAPercent(_ text: String) {
    #expect(extract(text).filter { [.count, .percent, .number].contains($0.type) }.isEmpty)
  }
}

@Suite struct RatioValueTests {
  static let cases: [(String, Int, Int, String?)] = [
    ("un salarié sur cinq", 1, 5, "salarié"), ("un sur cinq", 1, 5, nil),
    ("deux salariés sur trois", 2, 3, "salariés"), ("la moitié des salariés", 1, 2, "salariés"),
    ("les deux tiers des ESSMS", 2, 3, "ESSMS"), ("un tiers", 1, 3, nil), ("2 sur 3", 2, 3, nil),
  ]

  @Test(arguments: cases)
  func ratio(_ row: (String, Int, Int, String?)) throws {
    let found = extract(row.0).filter { $0.type == .ratio }
    let mention = try #require(found.first)
    #expect(found.count == 1)
    #expect(mention.numerator == Decimal(row.1))
    #expect(mention.denominator == Decimal(row.2))
    #expect(mention.noun == row.3)
  }

  @Test func valueIsRoundedButTheFractionIsExact() {
    let mention = extract("deux salariés sur trois").first
    #expect(mention?.value == .number(decimal("0.6667")))
    #expect(extract("un sur cinq").first?.value == .number(decimal("0.2")))
  }

  @Test func aDurationIsNotADenominator() {
    #expect(extract("une hausse de 3 sur 5 ans").filter { $0.type == .ratio }.isEmpty)
  }
}

@Suite struct RatioNegativeTests {
  @Test(arguments: ["un timbre sur une enveloppe", "une annonce sur un site"])
  func anArticleAfterSurIsNotADenominator(_ text: String) {
    #expect(extract(text).filter { $0.type == .ratio }.isEmpty)
  }
}

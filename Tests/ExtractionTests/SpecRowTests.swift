import Foundation
import Testing

@testable import Extraction

/// The rows of french-expressions.md §2 that need a context, a second mention or a fact the
/// per-kind tables (`AmountTests`, `CountTests`, `DateTests`, `ReferenceTests`) do not check.
@Suite struct SpecRowTests {
  static let quantities: [SpecRowCase] = [
    .init(
      id: "N6", text: "près de 700 000 salariés, dont 500 000 environ au titre du Ségur",
      type: .count, index: 1, value: "500000", noun: "salariés", nounInherited: true,
      approximate: true),
    .init(
      id: "N16a", text: "entre 2 000 et 3 000 salariés", type: .count, value: "2000",
      noun: "salariés", bound: .min),
    .init(
      id: "N16b", text: "entre 2 000 et 3 000 salariés", type: .count, index: 1, value: "3000",
      noun: "salariés", bound: .max),
    .init(
      id: "M39a", text: "entre 100 et 200 millions d'euros", type: .amount, value: "100000000",
      currency: "EUR", bound: .min),
    .init(
      id: "M39b", text: "entre 100 et 200 millions d'euros", type: .amount, index: 1,
      value: "200000000", currency: "EUR", bound: .max),
    .init(
      id: "M40a", text: "de 10 à 15 M€", type: .amount, value: "10000000", currency: "EUR",
      bound: .min),
    .init(
      id: "M40b", text: "de 10 à 15 M€", type: .amount, index: 1, value: "15000000",
      currency: "EUR", bound: .max),
    .init(
      id: "M42 kind", text: "augmentant de 4 milliards d'euros les rémunérations", type: .amount,
      value: "4000000000", currency: "EUR", kind: "increase"),
    .init(id: "M43", text: "12,5 millions", type: .number, value: "12500000"),
    .init(
      id: "R1", text: "un salarié sur cinq", type: .ratio, value: "0.2", noun: "salarié",
      numerator: 1, denominator: 5),
    .init(id: "R2", text: "un sur cinq", type: .ratio, value: "0.2", numerator: 1, denominator: 5),
    .init(
      id: "R3", text: "deux salariés sur trois", type: .ratio, value: "0.6667", noun: "salariés",
      numerator: 2, denominator: 3),
    .init(id: "R8a", text: "3 points de pourcentage", type: .points, value: "3"),
    .init(id: "R8b", text: "une hausse de 3 points", type: .points, value: "3", kind: "increase"),
    .init(
      id: "R9", text: "la moitié des salariés", type: .ratio, value: "0.5", noun: "salariés",
      numerator: 1, denominator: 2),
    .init(
      id: "R10", text: "les deux tiers des ESSMS", type: .ratio, value: "0.6667", noun: "ESSMS",
      numerator: 2, denominator: 3),
    .init(id: "R11", text: "un tiers", type: .ratio, value: "0.3333", numerator: 1, denominator: 3),
    .init(
      id: "hausse %", text: "une hausse de 10 % des crédits", type: .percent, value: "10",
      kind: "increase"),
    .init(
      id: "baisse", text: "une baisse de 2 millions d'euros", type: .amount, value: "2000000",
      currency: "EUR", kind: "decrease"),
    .init(
      id: "M5 kind", text: "une revalorisation mensuelle nette de 183 euros", type: .amount,
      value: "183", currency: "EUR", kind: "increase"),
    .init(
      id: "hausse des", text: "une hausse des crédits de 5 M€", type: .amount, value: "5000000",
      currency: "EUR", kind: "increase"),
    .init(
      id: "level", text: "une prime de 183 euros", type: .amount, value: "183", currency: "EUR"),
  ]

  static let dates: [SpecRowCase] = [
    .init(id: "D21a", text: "campagne 2024-2025", type: .date, value: "2024", relation: .from),
    .init(
      id: "D21b", text: "campagne 2024-2025", type: .date, index: 1, value: "2025",
      relation: .until),
    .init(id: "D9 dotted", text: "le 01.07.2021", type: .date, value: "2021-07-01"),
    .init(id: "D9 slash", text: "le 1/7/2021", type: .date, value: "2021-07-01"),
    .init(
      id: "A7", text: "Depuis l'instauration du Ségur de la santé en 2020", type: .date,
      value: "2020", relation: .since),
    .init(id: "A12a", text: "entre 2020 et 2022", type: .date, value: "2020", relation: .from),
    .init(
      id: "A12b", text: "entre 2020 et 2022", type: .date, index: 1, value: "2022",
      relation: .until),
    .init(id: "A13a", text: "de 2020 à 2022", type: .date, value: "2020", relation: .from),
    .init(
      id: "A13b", text: "de 2020 à 2022", type: .date, index: 1, value: "2022", relation: .until),
    .init(
      id: "A14a", text: "du 1er janvier au 30 juin 2024", type: .date, value: "2024-01-01",
      relation: .from),
    .init(
      id: "A14b", text: "du 1er janvier au 30 juin 2024", type: .date, index: 1,
      value: "2024-06-30", relation: .until),
    .init(
      id: "A15a", text: "du 4 au 6 juin 2024", type: .date, value: "2024-06-04", relation: .from),
    .init(
      id: "A15b", text: "du 4 au 6 juin 2024", type: .date, index: 1, value: "2024-06-06",
      relation: .until),
    .init(
      id: "A16a", text: "du 1er juillet 2021 au 30 juin 2022", type: .date, value: "2021-07-01",
      relation: .from),
    .init(
      id: "A16b", text: "du 1er juillet 2021 au 30 juin 2022", type: .date, index: 1,
      value: "2022-06-30", relation: .until),
    .init(
      id: "A18", text: "sera versée en 2024 dans le cadre de la fin de gestion", type: .date,
      value: "2024", mod: .end),
    .init(
      id: "F12", before: "Deux accords ont été conclus en 2024.",
      text: "Le 4 juin, ils ont été signés.", reference: "2025-03-11", type: .date,
      value: "2024-06-04", resolved: true),
    .init(
      id: "F22", text: "les crédits seront délégués en fin de gestion en 2024", type: .date,
      value: "2024", mod: .end),
    .init(
      id: "F22 after", text: "versés en 2024 en fin de gestion", type: .date, value: "2024",
      mod: .end),
  ]

  static let references: [SpecRowCase] = [
    .init(
      id: "L6 id", text: "l'article L. 314-6 du code de l'action sociale et des familles",
      type: .reference, value: nil, kind: "code-article", normalized: "CASF L314-6",
      legitext: "LEGITEXT000006074069"),
    .init(
      id: "L10", before: "l'article L. 314-6 du code de l'action sociale et des familles",
      text: "l'article L312-1", type: .reference, value: nil, kind: "code-article",
      normalized: "CASF L312-1", legitext: "LEGITEXT000006074069", inherited: true),
    .init(
      id: "L11a", before: "l'article L. 314-6 du CASF",
      text: "les articles L. 314-3 à L. 314-7 du même code", type: .reference, value: nil,
      kind: "code-article", normalized: "CASF L314-3", inherited: true),
    .init(
      id: "L11b", before: "l'article L. 314-6 du CASF",
      text: "les articles L. 314-3 à L. 314-7 du même code", type: .reference, index: 1,
      value: nil, kind: "code-article", normalized: "CASF L314-7", inherited: true),
    .init(
      id: "L13", text: "le I de l'article L. 314-6 du code de l'action sociale et des familles",
      type: .reference, value: nil, kind: "code-article", normalized: "CASF L314-6",
      subdivision: "I", legitext: "LEGITEXT000006074069"),
    .init(
      id: "L13 nested", text: "au 2° du II de l'article L. 314-6 du CASF", type: .reference,
      value: nil, kind: "code-article", normalized: "CASF L314-6", subdivision: "II 2°"),
    .init(
      id: "L13 alinéa",
      text: "le deuxième alinéa de l'article L. 162-22 du code de la sécurité "
        + "sociale", type: .reference, value: nil, kind: "code-article",
      normalized: "CSS L162-22", subdivision: "alinéa 2", legitext: "LEGITEXT000006073189"),
    .init(
      id: "L13 after", text: "l'article L. 314-6 I du CASF", type: .reference, value: nil,
      kind: "code-article", normalized: "CASF L314-6", subdivision: "I"),
    .init(
      id: "L13 alinéa n", text: "l'article 3 alinéa 2", type: .reference, value: nil,
      kind: "article", normalized: "article 3", subdivision: "alinéa 2"),
    .init(
      id: "L13 a)", text: "le a) du 1° de l'article L. 312-1 du CASF", type: .reference,
      value: nil, kind: "code-article", normalized: "CASF L312-1", subdivision: "1° a)"),
    .init(
      id: "L13 comma", text: "le recours à l'article 49, alinéa 3, de la Constitution",
      type: .reference, value: nil, kind: "article", normalized: "article 49",
      subdivision: "alinéa 3"),
    .init(
      id: "L15", text: "l'article 3", type: .reference, value: nil, kind: "article",
      normalized: "article 3"),
    .init(
      id: "L15 list", text: "les articles 3 et 4 de la loi", type: .reference, index: 1,
      value: nil, kind: "article", normalized: "article 4"),
    .init(
      id: "L27", text: "la convention collective unique étendue (CCNUE)", type: .reference,
      value: nil, kind: "collective-agreement", normalized: "CCNUE"),
    .init(
      id: "L29", text: "l'instruction conjointe attendue en mai 2025", type: .reference,
      value: nil, kind: "circular"),
    .init(
      id: "Q9",
      text: "M. Jean-Luc Bourgeaux attire l'attention de Mme la ministre du travail, sur",
      type: .actor, value: "Jean-Luc Bourgeaux", kind: "person",
      normalized: "Jean-Luc Bourgeaux"),
    .init(
      id: "L29 date", text: "l'instruction conjointe attendue en mai 2025", type: .date,
      value: "2025-05"),
  ]

  @Test(arguments: quantities + dates + references)
  func row(_ row: SpecRowCase) throws {
    let found = row.mentions().filter { $0.type == row.type }
    #expect(found.count > row.index, "\(row.mentions().map(\.facts))")
    guard found.count > row.index else { return }
    let mention = found[row.index]
    #expect(plain(mention.value) == row.value)
    #expect(mention.currency == row.currency)
    #expect(mention.noun == row.noun)
    #expect(mention.nounInherited == row.nounInherited)
    #expect(mention.bound == row.bound)
    #expect((mention.approximate ?? false) == row.approximate)
    #expect(mention.relation == row.relation)
    #expect(mention.mod == row.mod)
    #expect(mention.kind == row.kind)
    #expect(mention.normalized == row.normalized)
    #expect(mention.subdivision == row.subdivision)
    #expect(mention.inherited == row.inherited)
    #expect(mention.numerator == row.numerator.map { Decimal($0) })
    #expect(mention.denominator == row.denominator.map { Decimal($0) })
    if let legitext = row.legitext { #expect(mention.legitext == legitext) }
    if let resolved = row.resolved { #expect(mention.resolved == resolved) }
  }
}

import Foundation
import Testing

@testable import Extraction

@Suite struct AmountTests {
  static let cases: [QuantityCase] = [
    .init(
      id: "M1", text: "183 euros nets par mois", type: .amount, value: "183", currency: "EUR",
      period: "P1M", basis: .net),
    .init(
      id: "M2", text: "183 € net mensuels", type: .amount, value: "183", currency: "EUR",
      period: "P1M", basis: .net),
    .init(
      id: "M4", text: "183 euros net par mois", type: .amount, value: "183", currency: "EUR",
      period: "P1M", basis: .net),
    .init(
      id: "M5", text: "une revalorisation mensuelle nette de 183 euros", type: .amount,
      value: "183", currency: "EUR", period: "P1M", basis: .net),
    .init(
      id: "M6", text: "une prime mensuelle de 183 euros net par mois", type: .amount,
      value: "183", currency: "EUR", period: "P1M", basis: .net),
    .init(
      id: "M7", text: "183 €/mois", type: .amount, value: "183", currency: "EUR",
      period: "P1M"),
    .init(
      id: "M8", text: "183 euros net/mois", type: .amount, value: "183", currency: "EUR",
      period: "P1M", basis: .net),
    .init(
      id: "M10", text: "2 196 euros par an", type: .amount, value: "2196", currency: "EUR",
      period: "P1Y"),
    .init(
      id: "M11", text: "183 euros par mois et par salarié", type: .amount, value: "183",
      currency: "EUR", period: "P1M", unitPer: "salarié"),
    .init(
      id: "M12", text: "4 milliards d'euros", type: .amount, value: "4000000000",
      currency: "EUR"),
    .init(
      id: "M13", text: "4 milliards d\u{2019}euros", type: .amount, value: "4000000000",
      currency: "EUR"),
    .init(
      id: "M14", text: "1,5 milliard d'euros", type: .amount, value: "1500000000",
      currency: "EUR"),
    .init(id: "M16a", text: "2,3 Mds€", type: .amount, value: "2300000000", currency: "EUR"),
    .init(
      id: "M16b", text: "2,3 Mds d'euros", type: .amount, value: "2300000000",
      currency: "EUR"),
    .init(id: "M17", text: "300 M€", type: .amount, value: "300000000", currency: "EUR"),
    .init(id: "M18", text: "300\u{202F}M€", type: .amount, value: "300000000", currency: "EUR"),
    .init(
      id: "M19", text: "à hauteur de 300 M€, dès juillet 2024", type: .amount,
      value: "300000000", currency: "EUR"),
    .init(
      id: "M20", text: "300 millions d'euros", type: .amount, value: "300000000",
      currency: "EUR"),
    .init(
      id: "M21", text: "un financement de 300 millions d'euros", type: .amount,
      value: "300000000", currency: "EUR"),
    .init(id: "M22", text: "7 millions d'euros", type: .amount, value: "7000000", currency: "EUR"),
    .init(
      id: "M23", text: "Une enveloppe de 7 millions d'euros", type: .amount, value: "7000000",
      currency: "EUR"),
    .init(id: "M25", text: "0,5 M€", type: .amount, value: "500000", currency: "EUR"),
    .init(id: "M26", text: "150\u{00A0}000 €", type: .amount, value: "150000", currency: "EUR"),
    .init(
      id: "M27", text: "4\u{202F}000\u{202F}000 €", type: .amount, value: "4000000",
      currency: "EUR"),
    .init(id: "M29", text: "2.500,50 €", type: .amount, value: "2500.50", currency: "EUR"),
    .init(id: "M30a", text: "EUR 20", type: .amount, value: "20", currency: "EUR"),
    .init(id: "M30b", text: "20 EUR", type: .amount, value: "20", currency: "EUR"),
    .init(
      id: "M32", text: "trois millions d'euros", type: .amount, value: "3000000",
      currency: "EUR"),
    .init(id: "M33", text: "50 centimes", type: .amount, value: "0.5", currency: "EUR"),
    .init(
      id: "M34", text: "environ 200 millions d'euros", type: .amount, value: "200000000",
      currency: "EUR", approximate: true),
    .init(
      id: "M36", text: "plus de 500 millions d'euros", type: .amount, value: "500000000",
      currency: "EUR", bound: .min),
    .init(
      id: "M37", text: "jusqu'à 300 euros", type: .amount, value: "300", currency: "EUR",
      bound: .max),
    .init(
      id: "M37b", text: "dans la limite de 300 euros", type: .amount, value: "300",
      currency: "EUR", bound: .max),
    .init(
      id: "M42", text: "augmentant de 4 milliards d'euros les rémunérations", type: .amount,
      value: "4000000000", currency: "EUR"),
    .init(id: "M46", text: "1 Md€", type: .amount, value: "1000000000", currency: "EUR"),
    .init(id: "k€", text: "une aide de 15 k€", type: .amount, value: "15000", currency: "EUR"),
    .init(
      id: "brute", text: "une prime annuelle brute de 1 200 euros", type: .amount,
      value: "1200", currency: "EUR", period: "P1Y", basis: .gross),
    .init(
      id: "près de", text: "près de 2 milliards d’euros", type: .amount,
      value: "2000000000", currency: "EUR", approximate: true),
    .init(
      id: "words", text: "deux cents euros par mois", type: .amount, value: "200",
      currency: "EUR", period: "P1M"),
  ]

  @Test(arguments: cases)
  func amount(_ row: QuantityCase) throws {
    let found = extract(row.text).filter { $0.type == row.type }
    #expect(found.count == 1, "\(found.map(\.facts))")
    let mention = try #require(found.first)
    #expect(mention.value == .number(decimal(row.value)))
    #expect(mention.currency == row.currency)
    #expect(mention.period == row.period)
    #expect(mention.basis == row.basis)
    #expect(mention.approximate == row.approximate)
    #expect(mention.bound == row.bound)
    #expect(mention.unitPer == row.unitPer)
  }

  static let ranges: [(String, String, String)] = [
    ("entre 100 et 200 millions d'euros", "100000000", "200000000"),
    ("de 10 à 15 M€", "10000000", "15000000"),
    ("entre 12 euros et 15 euros", "12", "15"),
    ("entre 500 000 et 1 million d'euros", "500000", "1000000"),
  ]

  @Test(arguments: ranges)
  func range(_ row: (String, String, String)) {
    let found = extract(row.0).filter { $0.type == .amount }
    #expect(found.map(\.value) == [.number(decimal(row.1)), .number(decimal(row.2))])
    #expect(found.map(\.bound) == [.min, .max])
    #expect(found.allSatisfy { $0.currency == "EUR" })
  }

  @Test func scaledNumberWithoutCurrencyIsNotAnAmount() {
    let found = extract("12,5 millions")
    #expect(found.map(\.type) == [.number])
    #expect(found.first?.value == .number(decimal("12500000")))
    #expect(found.first?.currency == nil)
  }

  @Test func textKeepsTheQualifiers() {
    let found = extract("les salariés toucheront une prime mensuelle de 183 euros net par mois.")
    #expect(found.map(\.text) == ["183 euros net par mois"])
  }
}

@Suite struct AmountUnitTests {
  @Test func parRapportIsNotAUnit() {
    let found = extract("43 milliards d'euros par rapport à 2017")
    #expect(found.first?.text == "43 milliards d'euros")
    #expect(found.first?.unitPer == nil)
  }

  @Test func perPost() {
    #expect(extract("une aide de 1 000 euros par poste").first?.unitPer == "poste")
  }
}

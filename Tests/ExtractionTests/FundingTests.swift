import Corpus
import Foundation
import Testing

@testable import Extraction

/// One expected funding relation: the worked examples of french-expressions.md §3.4.
struct FundingCase: Sendable, CustomStringConvertible {
  var id: String
  var text: String
  var payer: String?
  var mechanism: FundingMechanism
  var modality: FundingModality
  var polarity: FundingPolarity = .positive
  var recipient: String? = nil
  var object: String? = nil
  var amount: String? = nil
  var time: String? = nil
  var inQuestion = false

  var description: String { "\(id): \(text)" }
}

func funding(_ text: String, inQuestion: Bool = false) -> [FundingRelation] {
  let sentence = Sentence(
    text: text, span: SourceSpan(file: "t.txt", line: 1, byteRange: 0..<text.utf8.count))
  let extractor = MentionExtractor()
  let mentions = extractor.mentions(in: sentence, documentDate: nil)
  return extractor.funding(in: sentence, mentions: mentions, inQuestion: inQuestion)
}

@Suite struct FundingTests {
  static let cases: [FundingCase] = [
    .init(
      id: "1", text: "L'accord prévoit que l'État financera la prime Ségur pour les salariés.",
      payer: "État", mechanism: .directFunding, modality: .planned, object: "prime Ségur"),
    .init(
      id: "1b",
      text: "les salariés des associations majoritairement financées par les départements",
      payer: "départements", mechanism: .backgroundShare, modality: .realised,
      recipient: "associations"),
    .init(
      id: "R12", text: "des associations majoritairement financées par les départements",
      payer: "départements", mechanism: .backgroundShare, modality: .realised,
      recipient: "associations"),
    .init(
      id: "2a",
      text:
        "Concrètement, les départements avanceront les fonds nécessaires au versement de la prime",
      payer: "départements", mechanism: .advance, modality: .planned, object: "fonds nécessaires"),
    .init(
      id: "2b", text: "et l'État leur versera ensuite une compensation financière.", payer: "État",
      mechanism: .compensation, modality: .planned, object: "compensation financière"),
    .init(
      id: "3",
      text: "la branche autonomie a d'ores et déjà engagé un financement de 300 millions d'euros "
        + "dès juillet 2024 pour assurer la mise en œuvre de cet accord",
      payer: "branche autonomie", mechanism: .directFunding, modality: .realised,
      amount: "300000000", time: "2024-07"),
    .init(
      id: "4",
      text:
        "Il revient donc aux régions de prévoir la compensation du versement de la prime Ségur.",
      payer: "régions", mechanism: .obligation, modality: .obligation),
    .init(
      id: "5", text: "Une enveloppe de 7 millions d'euros doit ainsi être consacrée à cet objet.",
      payer: nil, mechanism: .earmarking, modality: .planned, amount: "7000000"),
    .init(
      id: "6a",
      text: "Cependant, faute de compensation financière de l'État, les régions ne peuvent pas "
        + "assumer ces dépenses.",
      payer: "État", mechanism: .compensation, modality: .realised, polarity: .negative),
    .init(
      id: "8", text: "cette prime relève de l'unique effort financier des associations concernées",
      payer: "associations", mechanism: .costBearing, modality: .realised),
    .init(
      id: "10",
      text: "il lui demande quelles mesures le Gouvernement prévoit pour financer la prime Ségur",
      payer: "État", mechanism: .directFunding, modality: .requested, object: "prime Ségur",
      inQuestion: true),
  ]

  @Test(arguments: cases)
  func relation(_ row: FundingCase) throws {
    let found = funding(row.text, inQuestion: row.inQuestion)
    let relation = try #require(found.first, "no relation")
    #expect(relation.payer == row.payer)
    #expect(relation.mechanism == row.mechanism)
    #expect(relation.modality == row.modality)
    #expect(relation.polarity == row.polarity)
    if let recipient = row.recipient { #expect(relation.recipient == recipient) }
    if let object = row.object { #expect(relation.object == object) }
    if let amount = row.amount { #expect(relation.amount?.value == .number(decimal(amount))) }
    if let time = row.time { #expect(relation.time?.value == .text(time)) }
  }

  @Test func regionsCannotBearTheCost() {
    let found = funding(
      "Cependant, faute de compensation financière de l'État, les régions ne peuvent pas "
        + "assumer ces dépenses.")
    let bearing = found.first { $0.mechanism == .costBearing }
    #expect(bearing?.payer == "régions")
    #expect(bearing?.polarity == .negative)
    #expect(bearing?.modality == .possible)
  }

  @Test func noFunderAndNoAmountMeansNoRelation() {
    #expect(funding("les acteurs du financement de l'action sociale").isEmpty)
  }

  @Test func encodesTheCliFundingObject() throws {
    let relation = try #require(funding("l'État financera la prime Ségur.").first)
    let data = try JSONEncoder().encode(relation)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["payer"] as? String == "État")
    #expect(object["mechanism"] as? String == "direct-funding")
    #expect(object["modality"] as? String == "planned")
    #expect(object["polarity"] as? String == "positive")
    #expect(object["amount"] is NSNull)
    #expect(object["line"] as? Int == 1)
    #expect(try JSONDecoder().decode(FundingRelation.self, from: data) == relation)
  }
}

@Suite struct FundingEdgeTests {
  @Test func genericFundersArePayers() {
    let found = funding(
      "les professionnels ont bénéficié de revalorisations à hauteur de 4 milliards d'euros qui "
        + "ont été pris en charge par les financeurs de la branche")
    let bearing = found.first { $0.mechanism == .costBearing }
    #expect(bearing?.payer == "financeurs de la branche")
    #expect(bearing?.amount?.value == .number(4_000_000_000))
  }

  @Test func aMajorityFunderIsABackgroundShare() {
    let found = funding(
      "La branche autonomie, en tant que financeur majoritaire des ESSMS, a d'ores et déjà "
        + "financé la mise en œuvre de cet accord à hauteur de 300 M€, dès juillet 2024.")
    #expect(found.map(\.mechanism) == [.backgroundShare, .directFunding])
    #expect(found.map(\.payer) == ["branche autonomie", "branche autonomie"])
    #expect(found.first?.recipient == "ESSMS")
    #expect(found.last?.modality == .realised)
    #expect(found.last?.time?.value == .text("2024-07"))
  }

  @Test(arguments: [
    "une instance entre l'État et les départements qui actera les finances",
    "sans que les financeurs publics puissent compenser ce coût",
    "Il revient donc aux régions de prévoir la compensation du versement de la prime Ségur.",
  ])
  func noSpuriousPayer(_ text: String) {
    let found = funding(text).filter { $0.mechanism != .obligation }
    #expect(found.isEmpty, "\(found.map { ($0.trigger, $0.payer) })")
  }
}

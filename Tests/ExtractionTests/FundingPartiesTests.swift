import Corpus
import Foundation
import FrenchText
import Testing

@testable import Extraction

/// Payers written after their clause, payers given by a pronoun, and recipients.
@Suite struct FundingPartiesTests {
  static let payersAfter: [(text: String, payer: String, mechanism: FundingMechanism)] = [
    ("La prime sera financée par l'État.", "État", .directFunding),
    ("Cette revalorisation est à la charge des départements.", "départements", .costBearing),
    ("Le surcoût est à la charge de l'assurance maladie.", "assurance maladie", .costBearing),
    ("La mesure est prise en charge par la CNSA.", "branche autonomie", .costBearing),
    ("La compensation sera versée par l'État.", "État", .compensation),
    ("Les primes sont financées par les régions.", "régions", .directFunding),
  ]

  @Test(arguments: payersAfter)
  func payerAfterTheClause(_ row: (text: String, payer: String, mechanism: FundingMechanism))
    throws
  {
    let relation = try #require(funding(row.text).first)
    #expect(relation.payer == row.payer)
    #expect(relation.mechanism == row.mechanism)
    #expect(relation.payerInferred == nil)
  }

  static let recipients: [(text: String, recipient: String?)] = [
    ("L'État financera la prime pour les salariés des associations.", "salariés des associations"),
    ("L'État a débloqué 5 M€ en faveur des associations gestionnaires.", "associations"),
    ("L'État versera une aide de 3 M€ au profit des communes rurales.", "communes"),
    ("La région versera 2 M€ aux organismes de formation.", "organismes de formation"),
    (
      "L'État allouera une enveloppe de 4 M€ destinée aux familles d'accueil.", "familles d'accueil"
    ),
    ("L'État a mobilisé 10 M€ à destination des centres de formation.", "centres de formation"),
    ("L'État versera une compensation aux départements.", "départements"),
    (
      "L'État financera la prime pour les salariés concernés, dès juillet 2024.",
      "salariés concernés"
    ),
    ("L'État financera la prime pour assurer la mise en œuvre de l'accord.", nil),
    (
      "le Gouvernement prévoit de financer la prime pour les organismes de formation en travail "
        + "social ainsi que pour les écoles", "organismes de formation en travail social"
    ),
    ("L'État versera 2 M€ pour les familles en difficulté.", "familles en difficulté"),
    ("L'État versera 2 M€ pour les familles en 2025.", "familles"),
    ("L'État financera la prime.", nil),
    ("Les départements contribuent aux coûts de la prime.", nil),
  ]

  @Test(arguments: recipients)
  func recipient(_ row: (text: String, recipient: String?)) throws {
    let relation = try #require(funding(row.text).first)
    #expect(relation.recipient == row.recipient)
  }

  @Test func anAntecedentInTheSameSentence() throws {
    let relation = try #require(
      funding("L'État a annoncé qu'il financera la prime Ségur.").first)
    #expect(relation.payer == "État")
    #expect(relation.payerAnaphor == "il")
    #expect(relation.payerInferred == "same-sentence")
  }

  @Test(arguments: [
    "L'État ne peut prendre une responsabilité qu'il n'est pas chargé d'exercer.",
    "La charge de travail des départements augmente.",
  ])
  func chargeIsNotAlwaysCostBearing(_ text: String) {
    #expect(funding(text).isEmpty)
  }

  @Test(arguments: ["Il est prévu de financer la prime.", "Il faut financer la prime."])
  func anImpersonalIlIsNoPayer(_ text: String) {
    #expect(funding(text).allSatisfy { $0.payerAnaphor == nil })
  }

  @Test func aPronounAloneIsNotResolvedInItsSentence() throws {
    let relation = try #require(funding("Celui-ci la financera à hauteur de 5 M€.").first)
    #expect(relation.payer == nil)
    #expect(relation.payerAnaphor == "Celui-ci")
  }

  @Test func encodesWhatWasInferred() throws {
    let relation = try #require(
      funding("L'État a annoncé qu'il financera la prime Ségur.").first)
    let data = try JSONEncoder().encode(relation)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["payerInferred"] as? String == "same-sentence")
    #expect(object["payerAnaphor"] as? String == "il")
    #expect(try JSONDecoder().decode(FundingRelation.self, from: data) == relation)
  }
}

/// "Celui-ci la finance": the payer taken from the previous sentence by `RecordExtractor`.
@Suite struct FundingAnaphoraTests {
  static func record(_ sentences: [String]) -> DocumentRecord {
    let list = sentences.enumerated().map { offset, text in
      Sentence(
        text: text,
        span: SourceSpan(file: "a.txt", line: offset + 1, byteRange: 0..<text.utf8.count))
    }
    let document = Document(
      id: "a", file: "a.txt", kind: .announcement, format: "announcement-text",
      date: CalendarDate(year: 2025, month: 3, day: 11),
      sections: [Section(kind: .body, sentences: list)])
    return RecordExtractor().record(for: document)
  }

  static let cases: [(before: String, text: String, payer: String?)] = [
    (
      "L'État s'est engagé à soutenir le secteur.", "Celui-ci la financera à hauteur de 5 M€.",
      "État"
    ),
    (
      "La CNSA a publié son rapport.", "Cette dernière versera 10 M€ aux associations.",
      "branche autonomie"
    ),
    (
      "Les départements ont signé l'accord.", "Ils avanceront les fonds nécessaires.",
      "départements"
    ),
    ("L'État et les régions ont signé l'accord.", "Ce dernier financera la prime.", "État"),
    ("Les départements et l'État ont signé l'accord.", "Ils la financeront.", nil),
    ("Le rapport a été publié.", "Celui-ci la financera à hauteur de 5 M€.", nil),
    ("La ministre a reçu la CNSA.", "Elle financera la prime.", nil),
    ("La ministre a reçu la CNSA.", "Cette dernière financera la prime.", "branche autonomie"),
    ("Les départements ont signé l'accord.", "Celui-ci la financera à hauteur de 5 M€.", nil),
  ]

  @Test(arguments: cases)
  func payerFromThePreviousSentence(_ row: (before: String, text: String, payer: String?))
    throws
  {
    let relations = Self.record([row.before, row.text]).funding.filter {
      $0.sentence.span.line == 2
    }
    let relation = try #require(relations.first)
    #expect(relation.payer == row.payer)
    #expect(relation.payerInferred == (row.payer == nil ? nil : "previous-sentence"))
    #expect(relation.payerAnaphor != nil)
  }

  @Test func aNamedPayerIsNeverReplaced() throws {
    let relations = Self.record([
      "Les départements ont signé l'accord.", "L'État la financera à hauteur de 5 M€.",
    ]).funding
    #expect(relations.map(\.payer) == ["État"])
    #expect(relations.first?.payerInferred == nil)
  }
}

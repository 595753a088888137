import Corpus
import Extraction
import Foundation
import Testing

@testable import Answers

/// A record whose mentions are those the extractor finds in `sentences` (one per line).
func figureRecord(_ id: String, _ sentences: [String]) -> DocumentRecord {
  let document = Document(id: id, file: "corpus/\(id).txt", kind: .question, format: "test")
  var mentions: [Mention] = []
  var context = DiscourseContext()
  for (index, text) in sentences.enumerated() {
    let sentence = Sentence(
      text: text, span: SourceSpan(file: document.file, line: index + 1, byteRange: 0..<0))
    mentions += MentionExtractor().mentions(in: sentence, documentDate: nil, context: &context)
  }
  return DocumentRecord(document: document, mentions: mentions)
}

@Suite struct FigureReportTests {
  static let records = [
    figureRecord("A", ["Les salariés toucheront une prime mensuelle de 183 euros net par mois."]),
    figureRecord(
      "B",
      [
        "Près de 700 000 salariés ont bénéficié d'une revalorisation de 183 € net mensuels.",
        "La branche autonomie a engagé un financement de 300 millions d'euros.",
      ]),
    figureRecord(
      "C",
      [
        "On estime qu'environ 150 000 professionnels étaient concernés.",
        "La branche a financé cet accord à hauteur de 300 M€, dès juillet 2024.",
      ]),
  ]

  @Test func equalValuesWrittenDifferentlyMerge() throws {
    let report = FigureReport(topic: "", records: Self.records)
    let monthly = try #require(
      report.groups.first { $0.measure == "revalorisation salariale, EUR, net, per month" })
    #expect(monthly.agree)
    #expect(monthly.values.count == 1)
    #expect(monthly.values[0].documentIDs == ["A", "B"])
    let funding = try #require(report.groups.first { $0.measure == "financement, EUR" })
    #expect(funding.agree)
    #expect(funding.values[0].value == 300_000_000)
    #expect(Set(funding.values[0].sources.map(\.text)) == ["300 millions d'euros", "300 M€"])
  }

  @Test func disagreementsStayVisible() throws {
    let report = FigureReport(topic: "", records: Self.records)
    let people = try #require(report.groups.first { $0.measure == "salariés concernés" })
    #expect(!people.agree)
    #expect(people.values.map(\.value).sorted() == [150_000, 700_000])
    #expect(people.values.allSatisfy { $0.approximate })
  }

  @Test(arguments: [
    ("183 €", Decimal(183), "EUR" as String?), ("300 M€", 300_000_000, "EUR"),
    ("700 000", 700_000, nil), ("4 milliards d'euros", 4_000_000_000, "EUR"),
  ])
  func valuesParse(text: String, value: Decimal, currency: String?) throws {
    let probe = try #require(FigureProbe.parse(text))
    #expect(probe.value == value)
    #expect(probe.currency == currency)
  }

  @Test(arguments: ["prime ségur", "départements", ""])
  func topicsAreNotValues(text: String) {
    #expect(FigureProbe.parse(text) == nil)
  }

  @Test func aValueSelectsItsGroups() {
    let report = FigureReport(topic: "", records: Self.records)
    let selected = report.selecting(FigureProbe(value: 300_000_000, currency: "EUR"))
    #expect(selected.groups.map(\.measure) == ["financement, EUR"])
    #expect(report.selecting(FigureProbe(value: 42)).groups.isEmpty)
  }

  @Test(arguments: [
    ("une enveloppe de 7 millions d'euros", "enveloppe, EUR"),
    ("183 euros par mois et par salarié", "montant, EUR, per month, per salarie"),
    ("1 550 étudiants", "étudiants"),
    ("4 000 000 de bénéficiaires", "bénéficiaires"),
  ])
  func measureKeys(text: String, measure: String) throws {
    let mention = try #require(
      MentionExtractor().mentions(in: text, documentDate: nil).first {
        [.amount, .count].contains($0.type)
      })
    #expect(FigureMeasure().key(for: mention.facts) == measure)
  }
}

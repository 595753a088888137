import Corpus
import Foundation
import Testing

/// Reads the 639 real Assemblée open-data records (questions au gouvernement of the 16th
/// legislature, as the Assemblée distributes them, copied under `Fixtures/`) and checks fields.
struct RealRecordsTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/an-open-data-16-qg")

  static func load(_ name: String) throws -> LoadOutcome {
    let url = folder.appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    let file = CorpusFile(path: url.path, relativePath: name, size: data.count, modificationTime: 0)
    return DocumentLoader().load(data: data, file: file)
  }

  @Test
  func everyRecordReadsWithoutDiagnostic() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".json") }
    #expect(names.count == 639)
    for name in names {
      let outcome = try Self.load(name)
      #expect(outcome.diagnostics.isEmpty, "\(name): \(outcome.diagnostics)")
      let document = try #require(outcome.documents.first)
      #expect(outcome.documents.count == 1)
      #expect(document.type == "QG" && document.legislature == 16 && document.number != nil)
      #expect(document.id == "AN-16-QG-\(document.number ?? -1)")
      #expect(document.status == "answered")
      // QANR5L16QG565's closing page is written "audi": not a page.
      #expect((document.answerPage == nil) == (name == "QANR5L16QG565.json"), "\(name)")
      #expect(document.date != nil && document.dateSource == .questionPublication)
      #expect(!document.sentences.isEmpty, "\(name)")
    }
  }

  @Test
  func questionTen() throws {
    let document = try #require(try Self.load("QANR5L16QG10.json").documents.first)
    #expect(document.id == "AN-16-QG-10")
    #expect(document.kind == .question && document.chamber == .assemblee)
    #expect(document.answerPage == 2337)
    #expect(document.questionPage == nil)
    #expect(document.answerDate?.iso == "2022-07-13")
    #expect(document.questionDate?.iso == "2022-07-13")
    #expect(document.analysis == "Pouvoir d'achat outre-mer")
    #expect(document.title == "Pouvoir d'achat outre-mer")
    #expect(document.rubric == "outre-mer")
    #expect(document.author?.id == "PA721046")
    #expect(document.author?.group == "Libertés, Indépendants, Outre-mer et Territoires")
    #expect(document.author?.groupShort == "LIOT")
    #expect(document.author?.name == "Nathalie Bassire")
    #expect(document.author?.constituency == nil)
    let ministry =
      "Ministère auprès du ministre de l’intérieur et des outre-mer, chargé des outre-mer"
    #expect(document.ministryAsked == ministry && document.ministryAnswering == ministry)
    #expect(document.closureCode == "REP_PUB" && document.closureLabel == "Réponse publiée")
    let answer = try #require(document.sections.first { $0.kind == .answer })
    #expect(answer.sentences.first?.text == "POUVOIR D'ACHAT OUTRE-MER")
    #expect(answer.sentences.contains { $0.text.hasPrefix("La parole est à") })
    #expect(!answer.sentences.contains { $0.text.contains("<") || $0.text.contains(">") })
  }

  @Test(arguments: ["QANR5L16QG414.json", "QANR5L16QG494.json"])
  func recordsWithoutAnalysis(name: String) throws {
    let document = try #require(try Self.load(name).documents.first)
    #expect(document.analysis == nil && document.title == nil)
    #expect(!document.sections.contains { $0.kind == .title })
    if name == "QANR5L16QG494.json" { #expect(document.rubric == nil) }
  }

  /// Every sentence's span starts on its first character in the file: the same byte, or the
  /// backslash of the JSON escape that encodes it.
  @Test(arguments: ["QANR5L16QG90.json", "QANR5L16QG405.json"])
  func spansPointIntoTheFile(name: String) throws {
    let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
    let bytes = [UInt8](data)
    let document = try #require(try Self.load(name).documents.first)
    for sentence in document.sentences {
      let range = sentence.span.byteRange
      #expect(range.lowerBound < range.upperBound && range.upperBound <= bytes.count)
      let first = try #require(sentence.text.utf8.first)
      #expect(bytes[range.lowerBound] == first || bytes[range.lowerBound] == 0x5C)
      #expect(sentence.span.line == 1)
    }
  }
}

import Corpus
import Foundation
import Testing

@testable import Corpus

/// Bulk files read as streams, one record at a time, and documents bounded in size
/// (`DocumentLoader.maximumDocumentSize`).
struct BulkStreamTests {
  static func file(_ name: String, size: Int = 0) -> CorpusFile {
    CorpusFile(path: "corpus/" + name, relativePath: name, size: size, modificationTime: 0)
  }

  @Test(arguments: BulkFixture.Layout.allCases, [1, 7, 4096])
  func streamedJSONGivesTheDocumentsOfTheWholeRead(layout: BulkFixture.Layout, chunk: Int) {
    let bytes = BulkFixture.json(count: 5, layout: layout)
    let whole = ANOpenDataJSONReader().read(
      String(decoding: bytes, as: UTF8.self), file: Self.file("b.json"))
    #expect(whole.documents.count == 5 && whole.diagnostics.isEmpty)
    var offset = 0
    var batches: [LoadOutcome] = []
    ANOpenDataJSONReader().stream(
      file: Self.file("b.json"),
      nextChunk: {
        guard offset < bytes.count else { return nil }
        defer { offset += chunk }
        return Array(bytes[offset..<min(offset + chunk, bytes.count)])
      }
    ) { batches.append($0) }
    #expect(batches.count == 5, "one batch per record")
    #expect(batches.flatMap(\.documents) == whole.documents, "same documents, same spans")
  }

  @Test(arguments: BulkFixture.Layout.allCases)
  func largeJSONBulkFileIsStreamedRecordByRecord(layout: BulkFixture.Layout) throws {
    let count = 1_000
    let file = try BulkFixture.write(BulkFixture.json(count: count, layout: layout), name: "b.json")
    defer { BulkFixture.remove(file) }
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 64 << 10
    var batches = 0
    var ids: [String] = []
    var diagnostics: [Diagnostic] = []
    loader.stream(file) { part in
      batches += 1
      ids += part.documents.map(\.id)
      diagnostics += part.diagnostics
    }
    #expect(diagnostics.isEmpty)
    #expect(batches == count)
    #expect(ids == (1...count).map { "AN-17-QE-\($0)" })
  }

  @Test func largeXMLBulkFileIsStreamedRecordByRecord() throws {
    let file = try BulkFixture.write(BulkFixture.xml(rounds: 300), name: "bulk.xml")
    defer { BulkFixture.remove(file) }
    var documents = 0
    var diagnostics: [Diagnostic] = []
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 64 << 10
    loader.stream(file) { part in
      documents += part.documents.count
      diagnostics += part.diagnostics
    }
    #expect(diagnostics.isEmpty && documents == 900)
  }

  @Test func truncatedBulkFileKeepsItsCompleteRecordsAndSaysWhere() {
    let bytes = BulkFixture.json(count: 3, layout: .wrappedList)
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 2_000
    let cut = Array(bytes.prefix(bytes.count - 400))
    let outcome = loader.load(data: Data(cut), file: Self.file("b.json"))
    #expect(outcome.documents.count == 2)
    #expect(outcome.diagnostics.count == 1)
    #expect(outcome.diagnostics.first?.message.contains("truncated JSON") == true)
    #expect(outcome.diagnostics.first?.message.contains("after 2 record(s)") == true)
  }

  @Test func largeJSONWithoutAListOfRecordsIsSkippedWithAReason() {
    let text = "{\"question\": {\"uid\": \"" + String(repeating: "x", count: 5_000) + "\"}}"
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 1_000
    let outcome = loader.load(data: Data(text.utf8), file: Self.file("one.json"))
    #expect(outcome.documents.isEmpty)
    #expect(outcome.diagnostics.first?.message.contains("no list of question records") == true)
  }

  @Test func oversizedTextIsCutAtALineBreakWithAWarning() throws {
    let line = "Le département finance la prime Ségur des salariés.\n"
    let text = String(repeating: line, count: 400) + "zfinduficher\n"
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 10_000
    let outcome = loader.load(data: Data(text.utf8), file: Self.file("long.txt"))
    let document = try #require(outcome.documents.first)
    #expect(!document.sentences.contains { $0.text.contains("zfinduficher") })
    #expect(document.sentences.last?.text.hasSuffix("salariés.") == true)
    let warning = try #require(outcome.diagnostics.first)
    #expect(warning.file == "corpus/long.txt")
    #expect(warning.message.hasPrefix("truncated: read the first 0.0 MB of 0.0 MB"))
  }

  @Test(arguments: [
    ("ab\ncd\nef", 5, 3), ("ab\ncd\nef", 6, 6), ("abcdef", 4, 4), ("aé", 2, 1), ("\nabc", 2, 1),
  ])
  func cutPointFallsOnALineOrACharacter(text: String, limit: Int, expected: Int) {
    #expect(DocumentLoader.cutPoint(Array(text.utf8), limit: limit) == expected)
  }

  @Test(arguments: [
    ("[1]", true), ("  \n{", true), ("\u{FEFF}[", true), ("<x/>", false), ("abc", false),
  ])
  func jsonIsRecognisedByItsFirstByte(text: String, expected: Bool) {
    #expect(DocumentLoader.startsLikeJSON(Array(text.utf8)) == expected)
  }

  @Test(arguments: ["json", "xml"])
  func aRecordOverTheDocumentLimitStopsTheReadingWithAReason(format: String) {
    let bytes =
      format == "json"
      ? BulkFixture.json(count: 3, layout: .wrappedList) : BulkFixture.xml(rounds: 2)
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 300
    let outcome = loader.load(data: Data(bytes), file: Self.file("bulk.\(format)"))
    #expect(outcome.documents.isEmpty)
    let message = outcome.diagnostics.first?.message ?? ""
    #expect(message.hasPrefix("skipped: a record larger than 0.0 MB at line "), "\(message)")
  }
}

import Corpus
import Foundation
import Testing

@testable import Indexing

/// A bulk file larger than one document may be is streamed part by part into the index, and
/// gives the same records as a whole read.
@Suite struct StreamedFileTests {
  static let record: String = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "CorpusTests/Fixtures/opendata/QANR5L17QE9002.json")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    let start = text.firstIndex(of: ":").map { text.index(after: $0) } ?? text.startIndex
    let end = text.lastIndex(of: "}") ?? text.endIndex
    return String(text[start..<end])
  }()

  static func bulk(count: Int) -> String {
    let records = (1...count).map { record.replacingOccurrences(of: "9002", with: "\($0)") }
    return "{\"questionsEcrites\": {\"question\": [\n" + records.joined(separator: ",\n") + "]}}\n"
  }

  @Test func bulkFileIsStreamedInPartsAndGivesTheSameRecords() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    let count = 600
    try temp.write("bulk.json", Self.bulk(count: count))
    try temp.write("cp.txt", "Le département finance la prime Ségur.")
    var streamed = IndexBuilder(directory: temp.index)
    streamed.largeFileSize = 16 << 10
    let report = try streamed.build(paths: [temp.corpus.path])
    #expect(report.totalDocuments == count + 1 && report.diagnostics.isEmpty)
    let whole = temp.root.appendingPathComponent("whole")
    _ = try IndexBuilder(directory: whole).build(paths: [temp.corpus.path])
    let (a, b) = (try IndexReader(directory: temp.index), try IndexReader(directory: whole))
    for number in [1, 255, 256, 257, 600] {
      let id = "AN-17-QE-\(number)"
      #expect(a.record(id: id) != nil && a.record(id: id) == b.record(id: id), "\(id)")
    }
    let again = try streamed.build(paths: [temp.corpus.path])
    #expect(again.unchanged == count + 1 && again.updated == 0 && again.added == 0)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }
}

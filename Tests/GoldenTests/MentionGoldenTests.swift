import Corpus
import Extraction
import Foundation
import Testing

/// One golden mention dump per document of `corpus/` (every mention and funding relation),
/// compared exactly. With `PARLINDEX_RECORD_GOLDEN=1` the dumps are rewritten and the test
/// fails on purpose.
struct MentionGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = root.appendingPathComponent("corpus")
  static let golden = root.appendingPathComponent("Tests/GoldenTests/golden-mentions")

  static var names: [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return all.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test(arguments: names)
  func mentionDump(name: String) throws {
    let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name))
    let file = CorpusFile(
      path: "corpus/" + name, relativePath: name, size: data.count, modificationTime: 0)
    let documents = DocumentLoader().load(data: data, file: file).documents
    #expect(!documents.isEmpty)
    let dump = documents.map { MentionDump.dump(RecordExtractor().record(for: $0)) }
      .joined(separator: "\n")
    let target = Self.golden.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["PARLINDEX_RECORD_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
      try dump.write(to: target, atomically: true, encoding: .utf8)
      Issue.record("recorded \(name), rerun without PARLINDEX_RECORD_GOLDEN")
      return
    }
    let expected = try String(contentsOf: target, encoding: .utf8)
    #expect(dump == expected)
  }
}

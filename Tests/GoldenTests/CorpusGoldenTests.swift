import Corpus
import Foundation
import Testing

/// One golden dump per document of `corpus/`, compared exactly. With
/// `PARLINDEX_RECORD_GOLDEN=1` the dumps are rewritten and the test fails on purpose.
struct CorpusGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = root.appendingPathComponent("corpus")
  static let golden = root.appendingPathComponent("Tests/GoldenTests/golden")

  static var names: [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
    return all.filter { !$0.hasPrefix(".") }.sorted()
  }

  @Test func corpusHoldsTheSeeds() {
    #expect(Self.names.count >= 5)
  }

  @Test(arguments: names)
  func goldenDump(name: String) throws {
    let url = Self.corpus.appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    let file = CorpusFile(
      path: "corpus/" + name, relativePath: name, size: data.count, modificationTime: 0)
    let outcome = DocumentLoader().load(data: data, file: file)
    #expect(outcome.diagnostics.isEmpty)
    let dump = outcome.documents.map(DocumentDump.dump).joined(separator: "\n")
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

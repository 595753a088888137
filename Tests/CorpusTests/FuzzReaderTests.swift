import Corpus
import Foundation
import FuzzSupport
import Testing

/// A seeded sample of the `parlindex-fuzz readers` target: mutated and truncated fixtures never
/// trap, and an input without a document gets a diagnostic naming its file.
@Suite struct FuzzReaderTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let seeds: [[UInt8]] = {
    var seeds: [[UInt8]] = []
    for folder in ["corpus", "Tests/CorpusTests/Fixtures"] {
      let base = root.appendingPathComponent(folder)
      let names = FileManager.default.enumerator(atPath: base.path)?.allObjects as? [String]
      for name in (names ?? []).sorted().prefix(60) {
        guard let data = try? Data(contentsOf: base.appendingPathComponent(name)) else { continue }
        if !data.isEmpty { seeds.append(Array(data.prefix(32 << 10))) }
      }
    }
    return seeds
  }()

  @Test(arguments: 0..<4)
  func mutatedFilesAreReadOrNamed(batch: Int) throws {
    try #require(Self.seeds.count >= 5)
    var random = FuzzGenerator(seed: 8_000 + UInt64(batch))
    let loader = DocumentLoader()
    for number in 0..<500 {
      let seed = Self.seeds[random.below(Self.seeds.count)]
      let bytes = random.mutate(seed)
      let path = "fuzz/case \(batch)-\(number) é.json"
      let file = CorpusFile(path: path, relativePath: path, size: bytes.count, modificationTime: 0)
      let outcome = loader.load(data: Data(bytes), file: file)
      #expect(outcome.diagnostics.allSatisfy { $0.file == path }, "case \(batch)-\(number)")
      #expect(
        !outcome.documents.isEmpty || !outcome.diagnostics.isEmpty,
        "case \(batch)-\(number): nothing said about \(bytes.count) bytes")
    }
  }
}

import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// A merge of sorted runs split into parts merged at once writes the same `.terms` and `.post`
/// bytes as one merge, on seeded random corpora spilled into many runs.
struct RunMergerTests {
  private static let words = [
    "prime", "Ségur", "départements", "l'accord", "médico-social", "150 000", "4,5", "œuvre",
    "aide", "financement", "établissements", "d'État", "a", "zèbre", "zone", "élan", "1er",
    "L. 314-6", "ministère", "santé", "crédits", "euros", "Île-de-France", "qu'il", "x",
  ]

  static func corpus(seed: UInt64) throws -> TemporaryIndex {
    var random = FuzzGenerator(seed: seed)
    let temporary = try TemporaryIndex()
    for file in 0..<40 {
      let text = (0..<(5 + random.below(80))).map { _ in words[random.below(words.count)] }
      try temporary.write(
        "cp-\(file).txt", "Paris, le 4 juin 2024\n\n" + text.joined(separator: " ") + ".\n")
    }
    return temporary
  }

  private static func build(_ temporary: TemporaryIndex, into name: String, parts: Int) throws
    -> [String: Data]
  {
    let folder = temporary.root.appendingPathComponent(name)
    var builder = IndexBuilder(directory: folder)
    builder.memoryBudget = 512
    builder.chunkSize = 3
    builder.merger.parts = parts
    builder.merger.parallelThreshold = 0
    _ = try builder.build(paths: [temporary.corpus.path])
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
    where name.hasSuffix(".terms") || name.hasSuffix(".post") {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  @Test(arguments: [(1, 2), (2, 3), (3, 4), (4, 7)] as [(UInt64, Int)])
  func partsWriteTheBytesOfOneMerge(seed: UInt64, parts: Int) throws {
    let temporary = try Self.corpus(seed: seed)
    defer { temporary.cleanUp() }
    let whole = try Self.build(temporary, into: "one", parts: 1)
    let split = try Self.build(temporary, into: "parts", parts: parts)
    #expect(whole.count == 2)
    #expect(split == whole)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: temporary.root.appendingPathComponent("parts").path
    ).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  /// The longest list spills its positions (more than `spillThreshold` bytes of them).
  @Test(arguments: [1, 100, 128, 129, 5000, 300_000])
  func listsWrittenPieceByPieceAreTheAssembledOnes(count: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "blocklist-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var random = FuzzGenerator(seed: UInt64(count))
    var assembled = BlockListWriter()
    var streamed = BlockListWriter(spillURL: folder.appendingPathComponent("spill.tmp"))
    var document = 0
    for _ in 0..<count {
      document += 1 + random.below(50)
      let positions = (0..<(1 + random.below(30))).map { _ in UInt8(1 + random.below(120)) }
      let (length, frequency) = (1 + random.below(900), positions.count)
      positions.withUnsafeBytes {
        assembled.add(document: document, length: length, frequency: frequency, positions: $0)
        streamed.add(document: document, length: length, frequency: frequency, positions: $0)
      }
    }
    let (bytes, crc) = assembled.finish()
    let file = try FileWriter(url: folder.appendingPathComponent("list.tmp"))
    let (length, streamedCRC) = try streamed.finish(into: file)
    _ = try file.finish(footer: false, sync: false)
    let written = try Data(contentsOf: folder.appendingPathComponent("list.tmp"))
    #expect(Array(written) == bytes)
    #expect(length == bytes.count)
    #expect(streamedCRC == crc)
    #expect(
      !FileManager.default.fileExists(atPath: folder.appendingPathComponent("spill.tmp").path))
  }
}

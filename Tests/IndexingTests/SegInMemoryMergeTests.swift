import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// The merge of a build's only run straight from memory writes the `.terms` and `.post` bytes of
/// a spill and a merge of the run, including lists held in several blocks (entries of 2 500
/// bytes) and lists over several postings blocks; the document table's helpers keep their
/// results (`DocumentTable.field`, `IDOrderRuns.precedes`).
struct SegInMemoryMergeTests {
  /// The `.terms` and `.post` bytes of `rounds` rounds of the test documents, merged from
  /// memory or through a run on disk.
  private static func merged(inMemory: Bool, rounds: Int, seed: UInt64) throws -> ([UInt8], [UInt8])
  {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("seg-memory-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var accumulator = PostingsAccumulator()
    var random = FuzzGenerator(seed: seed)
    var number = 0
    for _ in 0..<rounds {
      for index in AccumulatorArenaTests.inverted.indices.shuffled(using: &random) {
        number += 1 + (random.below(4) == 0 ? random.below(400) : 0)
        accumulator.add(document: number, postings: AccumulatorArenaTests.inverted[index])
      }
    }
    let terms = try FileWriter(url: folder.appendingPathComponent("t.terms"), chunked: true)
    let postings = try FileWriter(url: folder.appendingPathComponent("t.post"))
    let merger = RunMerger()
    if inMemory {
      _ = try merger.merge(&accumulator, terms: terms, postings: postings)
    } else {
      let run = folder.appendingPathComponent("run0")
      try accumulator.spill(to: run)
      _ = try merger.merge(runs: [run], terms: terms, postings: postings)
    }
    #expect(accumulator.isEmpty)
    _ = try terms.finish()
    _ = try postings.finish()
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
    return (
      try [UInt8](Data(contentsOf: terms.url)), try [UInt8](Data(contentsOf: postings.url))
    )
  }

  @Test(arguments: [(UInt64(3), 1), (UInt64(4), 3), (UInt64(5), 12)])
  func listsMergedFromMemoryAreThoseOfARun(seed: UInt64, rounds: Int) throws {
    let memory = try Self.merged(inMemory: true, rounds: rounds, seed: seed)
    let disk = try Self.merged(inMemory: false, rounds: rounds, seed: seed)
    #expect(memory.1.count > 10_000)
    #expect(memory.0 == disk.0)
    #expect(memory.1 == disk.1)
  }

  /// An empty accumulator merges into an empty dictionary, as an empty run does.
  @Test func anEmptyAccumulatorMergesLikeAnEmptyRun() throws {
    let memory = try Self.merged(inMemory: true, rounds: 0, seed: 1)
    let disk = try Self.merged(inMemory: false, rounds: 0, seed: 1)
    #expect(memory.0 == disk.0)
    #expect(memory.1 == disk.1)
  }

  /// `field` (NULs found by `memchr`) returns what a byte-by-byte split gives.
  @Test func fieldsAreTheSplitOnes() {
    var random = FuzzGenerator(seed: 12)
    for _ in 0..<500 {
      let bytes = (0..<random.below(40)).map { _ in
        random.below(5) == 0 ? UInt8(0) : UInt8(1 + random.below(200))
      }
      let parts = bytes.split(separator: 0, omittingEmptySubsequences: false)
      bytes.withUnsafeBytes { all in
        for index in 0..<parts.count + 2 {
          let expected = index < parts.count ? Array(parts[index]) : []
          #expect(Array(DocumentTable.field(index, of: all)) == expected, "\(bytes) \(index)")
        }
      }
    }
  }

  @Test func idsCompareByTheirBytes() {
    let ids = ["", "a", "ab", "b", "AN-1", "AN-10", "AN-2", "é", "e\u{301}", "zz", "z", "Z"]
    for a in ids {
      for b in ids {
        #expect(
          IDOrderRuns.precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
      }
    }
  }
}

/// With many lists (`wideRadixThreshold`, lowered to 4 096 here) the spill's radix sort takes
/// two bytes per pass: the runs are still the reference's (terms sorted by comparison), terms
/// sharing their first eight bytes included.
struct SegWideRadixTests {
  @Test(arguments: [(UInt64(21), 300), (UInt64(22), 9_000)])
  func runsOfManyListsAreThoseOfTheReference(seed: UInt64, words: Int) throws {
    var random = FuzzGenerator(seed: seed)
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    var documents: [InvertedDocument] = []
    for _ in 0..<6 {
      let text = (0..<words).map { _ in
        let prefix = random.below(3) == 0 ? "constitutionnel" : ""
        return prefix + String((0..<(2 + random.below(7))).map { _ in letters[random.below(26)] })
      }.joined(separator: " ")
      var document = InvertedDocumentTests.documents[0]
      document.sections = [
        Section(
          kind: .body,
          sentences: [
            Sentence(text: text, span: SourceSpan(file: "f", line: 1, byteRange: 0..<1))
          ])
      ]
      documents.append(
        InvertedDocument(document: document, analyzer: InvertedDocumentTests.analyzer))
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("seg-radix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var accumulator = PostingsAccumulator()
    accumulator.wideRadixThreshold = 4_096
    var reference = AccumulatorReference()
    for (number, document) in documents.enumerated() {
      accumulator.add(document: number * 3, postings: document)
      reference.add(document: number * 3, postings: document)
    }
    let lists = accumulator.sortedByTerm().count
    #expect(words < 1_000 ? lists < 4_096 : lists >= 4_096)
    try accumulator.spill(to: folder.appendingPathComponent("new"))
    try reference.spill(to: folder.appendingPathComponent("old"))
    let new = try Data(contentsOf: folder.appendingPathComponent("new"))
    let old = try Data(contentsOf: folder.appendingPathComponent("old"))
    #expect(new == old)
  }
}

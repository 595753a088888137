import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// `PostingsAccumulator` (its lists in a `PostingsArena`, chained blocks) writes the same runs
/// as the reference (`AccumulatorReference`: one array per term), on real documents added many
/// times in random order with random gaps between document numbers, with entries of 2 500 bytes
/// (written across blocks), and across spills (the arena is reused).
@Suite struct AccumulatorArenaTests {
  static let inverted: [InvertedDocument] = {
    var documents = Array(InvertedDocumentTests.documents.prefix(60))
    var long = documents[0]
    let text = String(repeating: "prime de fin d’année ", count: 2_500)
    long.sections = [
      Section(
        kind: .body,
        sentences: [Sentence(text: text, span: SourceSpan(file: "f", line: 1, byteRange: 0..<1))])
    ]
    documents.append(long)
    return documents.map {
      InvertedDocument(document: $0, analyzer: InvertedDocumentTests.analyzer)
    }
  }()

  /// The two runs of `rounds` rounds of the documents in a random order, spilled halfway and at
  /// the end.
  static func runs(
    seed: UInt64, rounds: Int, spill: (Int) throws -> Void,
    add: (Int, InvertedDocument) -> Void
  ) throws {
    var random = FuzzGenerator(seed: seed)
    var number = 0
    for round in 0..<rounds {
      for index in inverted.indices.shuffled(using: &random) {
        number += 1 + (random.below(4) == 0 ? random.below(400) : 0)
        add(number, inverted[index])
      }
      if round == rounds / 2 || round == rounds - 1 { try spill(round) }
    }
  }

  @Test(arguments: [(UInt64(1), 3), (UInt64(7), 9)])
  func runsAreThoseOfTheReference(seed: UInt64, rounds: Int) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("accumulator-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var accumulator = PostingsAccumulator()
    var reference = AccumulatorReference()
    try Self.runs(
      seed: seed, rounds: rounds,
      spill: { round in
        #expect(!accumulator.isEmpty)
        try accumulator.spill(to: folder.appendingPathComponent("new-\(round)"))
        try reference.spill(to: folder.appendingPathComponent("old-\(round)"))
        #expect(accumulator.isEmpty)
      },
      add: { number, document in
        accumulator.add(document: number, postings: document)
        reference.add(document: number, postings: document)
      })
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasPrefix("new-") }
    #expect(names.count == 2)
    for name in names {
      let new = try Data(contentsOf: folder.appendingPathComponent(name))
      let old = try Data(contentsOf: folder.appendingPathComponent("old-" + name.dropFirst(4)))
      #expect(new.count > 1_000)
      #expect(new == old, "\(name)")
    }
  }

  /// The long document's entries are longer than most blocks (each of its lists crosses blocks).
  @Test func theLongEntryIsLongerThanMostBlocks() {
    let longest = Self.inverted.last!.entryEnds.enumerated().map { index, end in
      end - (index == 0 ? 0 : Self.inverted.last!.entryEnds[index - 1])
    }.max()!
    #expect(longest > 2_000)
  }

  @Test func estimatedBytesFollowTheArena() {
    var accumulator = PostingsAccumulator()
    for (number, document) in Self.inverted.enumerated() {
      accumulator.add(document: number, postings: document)
    }
    #expect(accumulator.estimatedBytes > 0)
  }
}

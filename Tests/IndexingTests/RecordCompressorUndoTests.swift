import Corpus
import Extraction
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The compressor's scratch stamps each record's table entries instead of clearing the table
/// whole before each record: one scratch compressing records one
/// after another (real, shipped, random, incompressible, over its capacity) gives the same
/// streams as a scratch reset whole before each, and holds the dictionary's table after each.
@Suite struct RecordCompressorUndoTests {
  /// The sequences of `encoding` compressed in `scratch` (nil when not shorter), and whether the
  /// scratch's table is the dictionary's afterwards (its own entries stale).
  static func sequences(
    _ encoding: [UInt8], in scratch: RecordCompressorScratch, wholeReset: Bool
  ) -> (stream: [UInt8]?, clean: Bool) {
    encoding.withUnsafeBufferPointer { scratch.load($0) }
    let count = RecordCompressorEncoder.sequences(
      in: scratch, count: encoding.count, limit: max(0, encoding.count - 4),
      wholeReset: wholeReset)
    let stream = count.map { Array(UnsafeBufferPointer(start: scratch.output, count: $0)) }
    return (stream, scratch.isClean())
  }

  /// Compresses `encodings` in order in one scratch undoing, and in another reset whole.
  static func compareInOrder(_ encodings: [[UInt8]]) {
    let undoing = RecordCompressorScratch.take()
    let whole = RecordCompressorScratch.take()
    defer {
      RecordCompressorScratch.give(undoing)
      RecordCompressorScratch.give(whole)
    }
    #expect(undoing.isClean())
    for encoding in encodings where encoding.count >= 16 {
      let fast = sequences(encoding, in: undoing, wholeReset: false)
      let reference = sequences(encoding, in: whole, wholeReset: true)
      #expect(fast.stream == reference.stream)
      #expect(fast.clean)
      #expect(reference.clean)
    }
  }

  @Test func seedRecordsInOrder() throws {
    let encodings = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    #expect(encodings.count >= 5)
    Self.compareInOrder(encodings + encodings.reversed())
  }

  /// The real open-data records sit beside the checkout (`../shared/data`), not in it.
  static let realRecordsPresent = FileManager.default.fileExists(
    atPath: RecordFastPathTests.realRecords.path)

  @Test(
    .enabled(
      if: realRecordsPresent, "needs the open-data records in ../shared/data beside the checkout"))
  func realOpenDataRecordsInOrder() throws {
    let walk = CorpusWalker().files(under: [RecordFastPathTests.realRecords.path])
    var encodings: [[UInt8]] = []
    for file in walk.files.prefix(80) {
      for document in DocumentLoader().load(file).documents {
        encodings.append(try RecordEncoder.encode(RecordExtractor().record(for: document)))
      }
    }
    #expect(encodings.count >= 40)
    Self.compareInOrder(encodings)
  }

  @Test(arguments: [UInt64(21), 22, 23])
  func randomAndMutatedInputsInOrder(seed: UInt64) throws {
    var random = RecordCompressorTests.Random(seed: seed)
    let records = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    var encodings: [[UInt8]] = []
    for _ in 0..<30 {
      switch random.below(4) {
      case 0:
        let count = random.below(3_000)
        encodings.append((0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
      case 1: encodings.append(random.mutate(records[random.below(records.count)]))
      case 2: encodings.append(records[random.below(records.count)])
      default: encodings.append(RecordCompressorTests.input(&random))
      }
    }
    // Past the scratch's first capacity (it grows), then an ordinary record again.
    let copies = 40_000 / records[0].count + 1
    encodings.append(
      RecordCompressorTests.input(&random) + Array(repeating: records[0], count: copies).joined())
    encodings.append(records[0])
    Self.compareInOrder(encodings)
  }

  @Test func compressMatchesWholeResetAcrossCalls() throws {
    let encodings = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    let fast = encodings.map { RecordCompressor.compress($0) }
    let reference = encodings.map {
      RecordCompressor.compress($0, wholeReset: true)
    }
    #expect(fast == reference)
    for (stored, encoding) in zip(fast, encodings) {
      #expect(RecordCompressor.encoding(stored) == encoding)
    }
  }
}

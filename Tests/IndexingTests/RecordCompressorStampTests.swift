import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The compressor's record table is stamped (never reset between records): one scratch
/// compressing records one after another, across a stamp overflow, gives the same streams as a
/// scratch cleared whole before each, for every size of record.
@Suite struct RecordCompressorStampTests {
  /// Compresses `encodings` in order in `scratch` and in a scratch reset whole each time.
  static func compare(_ encodings: [[UInt8]], in scratch: RecordCompressorScratch) {
    let whole = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(whole) }
    for encoding in encodings where encoding.count >= 16 {
      let fast = RecordCompressorUndoTests.sequences(encoding, in: scratch, wholeReset: false)
      let reference = RecordCompressorUndoTests.sequences(encoding, in: whole, wholeReset: true)
      #expect(fast.stream == reference.stream)
      #expect(fast.clean)
    }
  }

  static func encodings(seed: UInt64) throws -> [[UInt8]] {
    var random = RecordCompressorTests.Random(seed: seed)
    let records = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    var encodings: [[UInt8]] = []
    for _ in 0..<12 {
      encodings.append(records[random.below(records.count)])
      encodings.append(random.mutate(records[random.below(records.count)]))
      encodings.append(RecordCompressorTests.input(&random))
    }
    return encodings
  }

  @Test(arguments: [UInt64(31), 32])
  func sameStreamsAcrossAStampOverflow(seed: UInt64) throws {
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    let encodings = try Self.encodings(seed: seed)
    Self.compare(Array(encodings.prefix(6)), in: scratch)
    // The next records' stamps would pass UInt32.max: the heads are cleared whole once.
    scratch.jumpStamps(to: UInt32.max - 40_000)
    Self.compare(encodings, in: scratch)
  }

  /// Records of many sizes, small to large and back, compress alike in a stamped scratch and
  /// in one cleared whole, and come back.
  @Test(arguments: [16, 100, 127, 128, 1_000, 4_096, 20_000, 40_000, 300])
  func sizesCompressAlike(count: Int) throws {
    var random = RecordCompressorTests.Random(seed: UInt64(count))
    let record = try RecordEncoder.encode(RecordCoderTests.seedRecords[0])
    var encoding: [UInt8] = []
    while encoding.count < count {
      encoding += random.below(2) == 0 ? record : RecordCompressorTests.input(&random)
    }
    encoding = Array(encoding.prefix(count))
    let stamped = RecordCompressor.compress(encoding)
    #expect(stamped == RecordCompressor.compress(encoding, wholeReset: true))
    #expect(RecordCompressor.encoding(stamped) == encoding)
  }
}

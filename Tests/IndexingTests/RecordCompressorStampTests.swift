import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The compressor's record heads are stamped (never reset between records) and its record
/// filter is cleared to the record's size: one scratch compressing records one after another,
/// across a stamp overflow, gives the same streams as a scratch cleared whole before each, and
/// as the chains walked without any filter.
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

  /// Records of every size class of the record filter (up to 2^18 bits), small to large and
  /// back, compress alike with the filter and with every chain walked.
  @Test(arguments: [16, 100, 127, 128, 1_000, 4_096, 20_000, 40_000, 300])
  func filterSizesChangeNoByte(count: Int) throws {
    var random = RecordCompressorTests.Random(seed: UInt64(count))
    let record = try RecordEncoder.encode(RecordCoderTests.seedRecords[0])
    var encoding: [UInt8] = []
    while encoding.count < count {
      encoding += random.below(2) == 0 ? record : RecordCompressorTests.input(&random)
    }
    encoding = Array(encoding.prefix(count))
    let filtered = RecordCompressor.compress(encoding, filtered: true)
    #expect(filtered == RecordCompressor.compress(encoding, filtered: false))
    #expect(RecordCompressor.encoding(filtered) == encoding)
  }
}

import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The encoder's loop reads the record's table and the dictionary's (a copy in the scratch),
/// and compares a match's next eight bytes at once, reading past the record's end into whatever
/// a longer record left there: the bytes past the end never lengthen a match, and matches
/// ending at or near the end (where the tail of a match is hashed only in part) come back.
@Suite struct RecordCompressorLimitTests {
  @Test func scratchHoldsTheDictionaryTableAfterTheRecordTable() {
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    let reference = RecordCompressorEncoder.dictionaryTable
    #expect(reference.indices.allSatisfy { scratch.dictionary[$0] == reference[$0] })
    // Both tables are small (24 KB together, within the L1 cache) and start on a cache line.
    let slots = RecordCompressorScratch.recordSlots
    #expect(slots == 1 << RecordCompressorEncoder.recordBits)
    #expect(Int(bitPattern: scratch.records) % 64 == 0)
    #expect(UnsafeRawPointer(scratch.dictionary) == UnsafeRawPointer(scratch.records + slots))
    #expect(slots * 4 + reference.count * 2 <= 24_576)
  }

  /// A record of `count` bytes repeating `period` random bytes.
  static func periodic(_ random: inout RecordCompressorTests.Random, period: Int, count: Int)
    -> [UInt8]
  {
    let pattern = (0..<period).map { _ in UInt8(truncatingIfNeeded: random.below(256)) }
    return (0..<count).map { pattern[$0 % period] }
  }

  /// Records whose last match ends at the end, one or two bytes before it, or is cut by it.
  @Test(arguments: [UInt64(61), 62])
  func matchesNearTheEndRoundTrip(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    for period in [5, 7, 8, 9, 12, 16] {
      for count in 16..<80 {
        let encoding = Self.periodic(&random, period: period, count: count)
        let stored = RecordCompressor.compress(encoding)
        #expect(RecordCompressor.encoding(stored) == encoding)
      }
    }
  }

  /// The sequences of `encoding` in `scratch`, allowed to be longer than the encoding.
  static func sequences(_ encoding: [UInt8], in scratch: RecordCompressorScratch) -> [UInt8]? {
    encoding.withUnsafeBufferPointer { scratch.load($0) }
    let count = RecordCompressorEncoder.sequences(
      in: scratch, count: encoding.count, limit: encoding.count + 32)
    return count.map { Array(UnsafeBufferPointer(start: scratch.output, count: $0)) }
  }

  /// The stream of `short` after `before` was compressed in the same scratch (its bytes left
  /// past the end of `short`).
  static func stream(_ short: [UInt8], after before: [UInt8]) -> [UInt8]? {
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    _ = sequences(before, in: scratch)
    return sequences(short, in: scratch)
  }

  /// A record compressed after a longer one that continues its last match (for `extra`
  /// bytes, then differs), and after one whose bytes there differ at once, gives the same
  /// stream, and it comes back. The record ends with a copy of 4 to 11 of its first bytes, so
  /// that its last match starts near the end and its first eight bytes after the four cross it.
  @Test(arguments: [UInt64(71), 72, 73])
  func bytesPastTheEndNeverLengthenAMatch(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    for copied in 4...11 {
      for extra in 0..<8 {
        let head = (0..<40).map { _ in UInt8(truncatingIfNeeded: random.below(256)) }
        let short = head + head[0..<copied]
        let continuation = Array(head[copied..<copied + extra])
        let long = short + continuation + [~head[copied + extra]] + head
        let other = short + [~head[copied]] + head
        let continued = Self.stream(short, after: long)
        #expect(continued != nil)
        #expect(continued == Self.stream(short, after: other))
        let stored = RecordCompressor.compress(short)
        #expect(RecordCompressor.encoding(stored) == short)
      }
    }
  }
}

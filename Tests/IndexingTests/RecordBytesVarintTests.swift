import FuzzSupport
import Testing

@testable import Indexing

/// `RecordBytes.append(tag:varint:)` (one capacity check for a tag and a varint) and
/// `appendContainer(tag:)` write the bytes of the byte-at-a-time appends they replaced, at
/// every varint length and across the buffer's growth.
@Suite struct RecordBytesVarintTests {
  /// The reference: the tag, then seven bits at a time, low first, high bit set but on the last.
  static func reference(tag: UInt8?, _ value: UInt64) -> [UInt8] {
    var bytes: [UInt8] = tag.map { [$0] } ?? []
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
    return bytes
  }

  static func contents(_ bytes: RecordBytes) -> [UInt8] {
    Array(UnsafeBufferPointer(start: bytes.base, count: bytes.count))
  }

  @Test(arguments: [
    UInt64(0), 1, 127, 128, 255, 16_383, 16_384, 2_097_151, 2_097_152, UInt64(UInt32.max),
    UInt64(Int64.max), UInt64.max,
  ])
  func varintsAtEveryLength(value: UInt64) {
    for tag in [nil, UInt8(7)] as [UInt8?] {
      var bytes = RecordBytes(capacity: 64)
      defer { bytes.deallocate() }
      bytes.append(tag: tag, varint: value)
      #expect(Self.contents(bytes) == Self.reference(tag: tag, value))
    }
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func seededSequencesAcrossGrowth(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    var bytes = RecordBytes(capacity: 64)
    defer { bytes.deallocate() }
    var expected: [UInt8] = []
    for _ in 0..<5_000 {
      let value = random.next() >> UInt64(random.below(64))
      switch random.below(4) {
      case 0:
        bytes.append(tag: nil, varint: value)
        expected += Self.reference(tag: nil, value)
      case 1:
        let slot = bytes.appendContainer(tag: 9)
        #expect(slot == expected.count + 1)
        expected += [9, 0, 0, 0, 0]
      case 2:
        bytes.append(UInt8(truncatingIfNeeded: value))
        expected.append(UInt8(truncatingIfNeeded: value))
      default:
        bytes.append(tag: 3, varint: value)
        expected += Self.reference(tag: 3, value)
      }
    }
    #expect(Self.contents(bytes) == expected)
  }
}

import FuzzSupport
import Testing

@testable import Indexing

/// `PositionDecoder.decode` (one-byte gaps on a fast path) against a plain varint reading of
/// the same bytes: random gap lists of one- to five-byte varints, every limit, and lists cut
/// inside a varint.
@Suite struct PositionDecoderTests {
  /// Varint gaps of `positions` (ascending), as the postings writer stores them.
  static func encode(_ positions: [Int32]) -> [UInt8] {
    var bytes: [UInt8] = []
    var previous: Int32 = 0
    for position in positions {
      var gap = UInt32(position - previous)
      previous = position
      while gap >= 0x80 {
        bytes.append(UInt8(truncatingIfNeeded: gap) | 0x80)
        gap >>= 7
      }
      bytes.append(UInt8(gap))
    }
    return bytes
  }

  /// The reference: every varint read one byte at a time, stopping after the first position
  /// above `limit`; a varint cut by the end ends the list with what it had.
  static func reference(_ bytes: [UInt8], through limit: Int32) -> [Int32] {
    var result: [Int32] = []
    var offset = 0
    var position: Int32 = 0
    while offset < bytes.count {
      var value: UInt32 = 0
      var shift: UInt32 = 0
      var byte: UInt8
      repeat {
        byte = bytes[offset]
        offset += 1
        value |= UInt32(byte & 0x7F) &<< shift
        shift += 7
      } while byte & 0x80 != 0 && offset < bytes.count
      position &+= Int32(bitPattern: value)
      result.append(position)
      if position > limit { break }
    }
    return result
  }

  static func decoded(_ bytes: [UInt8], through limit: Int32) -> [Int32] {
    let output = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, bytes.count))
    defer { output.deallocate() }
    let count = bytes.withUnsafeBytes { raw in
      PositionDecoder.decode(
        raw.baseAddress ?? UnsafeRawPointer(output), from: 0, to: bytes.count, through: limit,
        into: output)
    }
    return Array(UnsafeBufferPointer(start: output, count: count))
  }

  @Test func randomGapsMatchTheReference() {
    var random = FuzzGenerator(seed: 0x5EED_0A05)
    for round in 0..<2_000 {
      var positions: [Int32] = []
      var position: Int32 = 0
      for _ in 0..<Int.random(in: 0...40, using: &random) {
        // Mostly one-byte gaps, some of two to five bytes.
        let wide = Int.random(in: 0..<4, using: &random) == 0
        let gap =
          wide
          ? Int32.random(in: 128...(1 << 24), using: &random)
          : Int32.random(in: 1...127, using: &random)
        position &+= gap
        positions.append(position)
      }
      var bytes = Self.encode(positions)
      #expect(Self.decoded(bytes, through: .max) == positions, "round \(round)")
      if let last = positions.last {
        let limit = Int32.random(in: 0...last, using: &random)
        #expect(
          Self.decoded(bytes, through: limit) == Self.reference(bytes, through: limit),
          "round \(round), limit \(limit)")
      }
      if !bytes.isEmpty, bytes.last! & 0x80 == 0, bytes.count > 1 {
        // A list cut inside (or right after) a varint.
        bytes.removeLast(Int.random(in: 1...min(3, bytes.count - 1), using: &random))
        #expect(
          Self.decoded(bytes, through: .max) == Self.reference(bytes, through: .max),
          "round \(round), cut")
      }
    }
  }
}

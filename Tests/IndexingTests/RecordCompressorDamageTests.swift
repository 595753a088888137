import Foundation
import Testing

@testable import Indexing

/// Damaged and hostile compressed records: every truncation, flipped bytes, lying lengths and
/// distances. Each gives nil or some bytes of at most the stated length, never a trap.
@Suite struct RecordCompressorDamageTests {
  static func stored(seed: UInt64) -> [UInt8] {
    var random = RecordCompressorTests.Random(seed: seed)
    var encoding: [UInt8] = []
    while encoding.count < 3000 { encoding += RecordCompressorTests.input(&random) }
    let stored = RecordCompressor.compress(encoding)
    #expect(stored.withUnsafeBytes { RecordCompressor.isCompressed($0) })
    return stored
  }

  @Test func everyTruncationIsRefused() {
    let stored = RecordCompressorDamageTests.stored(seed: 11)
    for cut in 0..<stored.count {
      let prefix = Array(stored.prefix(cut))
      // A prefix shorter than the marker is an (undecodable) plain encoding, returned as is.
      if cut < 2 { continue }
      #expect(RecordCompressor.encoding(prefix) == nil, "cut at \(cut)")
    }
  }

  @Test(arguments: [21, 22, 23, 24, 25, 26])
  func flippedBytesNeverTrap(seed: UInt64) {
    let stored = RecordCompressorDamageTests.stored(seed: seed)
    var random = RecordCompressorTests.Random(seed: seed &* 7)
    for _ in 0..<300 {
      var damaged = stored
      for _ in 0...random.below(4) {
        damaged[2 + random.below(damaged.count - 2)] ^= UInt8(1 + random.below(255))
      }
      if let decoded = RecordCompressor.encoding(damaged) {
        #expect(decoded.count <= damaged.count * RecordCompressor.maximumRatio)
      }
      _ = try? damaged.withUnsafeBytes { try RecordDecoder.decode(Probe.self, from: $0) }
    }
  }

  private struct Probe: Decodable {
    var document: [String: String]?
  }

  /// Hand-made streams: marker, length, then sequences.
  @Test(
    arguments: [
      [0x80, 0x00, 0x00, 0x10, 0x41],  // length 0
      [0x80, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x10, 0x41],  // huge length
      [0x80, 0x00, 0x05, 0x50, 0x41, 0x42],  // 5 literals announced, 2 there
      [0x80, 0x00, 0x08, 0x10, 0x41, 0x00],  // distance 0
      [0x80, 0x00, 0x08, 0x10, 0x41, 0x80, 0x80, 0x01],  // distance beyond the dictionary
      [0x80, 0x00, 0x06, 0x1F, 0x41, 0x01, 0x7F],  // match longer than the output
      [0x80, 0x00, 0x01, 0x10, 0x41, 0x00],  // bytes after the end
      [0x80, 0x00, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],  // varint too long
    ] as [[UInt8]])
  func hostileStreamsAreRefused(stored: [UInt8]) {
    #expect(RecordCompressor.encoding(stored) == nil)
    #expect(throws: (any Error).self) {
      try stored.withUnsafeBytes { try RecordDecoder.decode(Probe.self, from: $0) }
    }
  }

  @Test func matchesMayReachIntoTheDictionary() {
    // One literal, then 4 bytes copied from the dictionary's last bytes.
    let dictionary = RecordDictionary.bytes
    let stored: [UInt8] = [0x80, 0x00, 0x05, 0x10, 0x41, 0x05]
    #expect(RecordCompressor.encoding(stored) == [0x41] + Array(dictionary.suffix(4)))
  }
}

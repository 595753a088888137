import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The parse extends each match backwards over the literals before it (down to the
/// dictionary's first byte): no match of a stream could have started one byte earlier, and
/// records built to need it (pieces of the dictionary and of themselves, each a little
/// changed) come back byte for byte at every size, alike from a stamped scratch and from one
/// cleared whole.
@Suite struct RecordCompressorBackwardTests {
  /// A sequence of a stream: where its match starts in the dictionary-and-record bytes, how
  /// many literals come before it, and its distance.
  struct Match {
    var start: Int
    var literals: Int
    var distance: Int
  }

  /// The matches of the sequences `stream` (after the header) of an encoding of `count` bytes,
  /// or nil when the stream is not well formed.
  static func matches(_ stream: [UInt8], count: Int) -> [Match]? {
    var read = 0
    var written = RecordDictionary.bytes.count
    let end = written + count
    var found: [Match] = []
    func varint() -> Int? {
      var value = 0
      var shift = 0
      while read < stream.count, shift < 35 {
        let byte = stream[read]
        read += 1
        value |= Int(byte & 0x7F) << shift
        if byte < 0x80 { return value }
        shift += 7
      }
      return nil
    }
    while written < end {
      guard read < stream.count else { return nil }
      let token = Int(stream[read])
      read += 1
      var literals = token >> 4
      if literals == 15 {
        guard let more = varint() else { return nil }
        literals += more
      }
      read += literals
      written += literals
      if written >= end { break }
      guard let distance = varint() else { return nil }
      var length = (token & 15) + RecordCompressorEncoder.minimumMatch
      if token & 15 == 15 {
        guard let more = varint() else { return nil }
        length += more
      }
      found.append(Match(start: written, literals: literals, distance: distance))
      written += length
    }
    return written == end && read == stream.count ? found : nil
  }

  /// Records of pieces of the dictionary and of the record so far, a byte changed here and
  /// there, with short random runs between them.
  static func record(_ random: inout RecordCompressorTests.Random, count: Int) -> [UInt8] {
    let dictionary = RecordDictionary.bytes
    var bytes: [UInt8] = []
    while bytes.count < count {
      switch random.below(3) {
      case 0:
        let start = random.below(dictionary.count - 64)
        bytes += dictionary[start..<start + 4 + random.below(60)]
      case 1 where bytes.count > 8:
        let start = random.below(bytes.count - 4)
        bytes += bytes[start..<min(bytes.count, start + 4 + random.below(40))]
      default:
        for _ in 0..<random.below(6) { bytes.append(UInt8(truncatingIfNeeded: random.next())) }
      }
      if !bytes.isEmpty, random.below(3) == 0 {
        bytes[random.below(bytes.count)] ^= UInt8(1 + random.below(255))
      }
    }
    return Array(bytes.prefix(count))
  }

  /// No match starts after a literal equal to the byte before its source.
  static func noMatchExtendsBackwards(_ encoding: [UInt8]) -> Bool {
    let stored = RecordCompressor.compress(encoding)
    guard stored.withUnsafeBytes({ RecordCompressor.isCompressed($0) }) else { return true }
    var header = 2
    while stored[header] >= 0x80 { header += 1 }
    guard let found = matches(Array(stored[(header + 1)...]), count: encoding.count) else {
      return false
    }
    let all = RecordDictionary.bytes + encoding
    return found.allSatisfy { match in
      let from = match.start - match.distance
      return match.literals == 0 || from == 0 || all[match.start - 1] != all[from - 1]
    }
  }

  @Test(arguments: [UInt64(81), 82, 83])
  func noMatchCouldStartEarlier(seed: UInt64) throws {
    var random = RecordCompressorTests.Random(seed: seed)
    var failing = 0
    for _ in 0..<30 {
      let encoding = Self.record(&random, count: 16 + random.below(6_000))
      if !Self.noMatchExtendsBackwards(encoding) { failing += 1 }
    }
    let real = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    for encoding in real where !Self.noMatchExtendsBackwards(encoding) { failing += 1 }
    #expect(real.count >= 5)
    #expect(failing == 0, "\(failing) records have a match that could start earlier")
  }

  /// A record that repeats the dictionary's first bytes after a literal equal to nothing
  /// before them: the extension stops at the dictionary's start.
  @Test func extensionStopsAtTheDictionaryStart() {
    let dictionary = RecordDictionary.bytes
    for head in 1..<8 {
      let encoding = [UInt8](repeating: 0xFF, count: head) + Array(dictionary.prefix(40))
      #expect(RecordCompressorTests.roundTrip(encoding) == encoding)
      #expect(Self.noMatchExtendsBackwards(encoding))
    }
  }

  @Test func everySizeRoundTripsAlikeStampedAndWhole() {
    var random = RecordCompressorTests.Random(seed: 84)
    for count in 16..<400 {
      let encoding = Self.record(&random, count: count)
      let stored = RecordCompressor.compress(encoding)
      #expect(stored == RecordCompressor.compress(encoding, wholeReset: true))
      #expect(RecordCompressor.encoding(stored) == encoding)
    }
  }
}

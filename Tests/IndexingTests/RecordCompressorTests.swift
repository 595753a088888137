import Corpus
import Extraction
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The stored-record compressor gives back exactly what it was given, and a damaged or hostile
/// stored record gives nil (or, rarely, other bytes), never a trap or an over-read.
@Suite struct RecordCompressorTests {
  /// The shared SplitMix64 generator, so that every run tests the same inputs.
  typealias Random = FuzzGenerator

  static let words = [
    "la ", "prime ", "Ségur ", "de ", "183 € ", "net ", "par mois ", "l’hôpital ", "œuvre ",
    "ministère ", "\u{00A0}", "santé ", "1er ", "janvier ", "{\"text\":", "0,5 % ",
  ]

  /// Random bytes, French-like text, runs, and mixtures of the three.
  static func input(_ random: inout Random) -> [UInt8] {
    let count = random.below(4) == 0 ? random.below(64) : random.below(20_000)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count {
      switch random.below(4) {
      case 0: bytes.append(UInt8(truncatingIfNeeded: random.next()))
      case 1: bytes += Array(repeating: UInt8(random.below(3)), count: random.below(300))
      case 2 where !bytes.isEmpty:
        let start = random.below(bytes.count)
        bytes += bytes[start..<min(bytes.count, start + random.below(200))]
      default: bytes += Array(words[random.below(words.count)].utf8)
      }
    }
    return bytes
  }

  static func roundTrip(_ encoding: [UInt8]) -> [UInt8]? {
    RecordCompressor.encoding(RecordCompressor.compress(encoding))
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
  func randomInputsRoundTrip(seed: UInt64) {
    var random = Random(seed: seed)
    for _ in 0..<40 {
      let encoding = RecordCompressorTests.input(&random)
      #expect(RecordCompressorTests.roundTrip(encoding) == encoding)
    }
  }

  @Test(arguments: [0, 1, 15, 16, 17, 19, 270, 70_000])
  func repeatedBytesRoundTrip(count: Int) {
    let encoding = [UInt8](repeating: 7, count: count)
    #expect(RecordCompressorTests.roundTrip(encoding) == encoding)
    let stored = RecordCompressor.compress(encoding)
    // A run compresses, but never beyond the ratio the reader accepts.
    #expect(stored.count * RecordCompressor.maximumRatio >= encoding.count)
  }

  /// Measured on records whose paths are relative, so that the ratio does not depend on where
  /// the checkout lives. Half or a little over (52.1 % with the two small tables, 50.6 % with
  /// the 512 KB table of one record entry per slot, below 50 % with two).
  @Test func seedRecordsRoundTripAndShrink() throws {
    var encoded = 0
    var stored = 0
    for record in try RecordCoderTests.relativeSeedRecords {
      let encoding = try RecordEncoder.encode(record)
      #expect(!encoding.withUnsafeBytes { RecordCompressor.isCompressed($0) })
      let compressed = RecordCompressor.compress(encoding)
      #expect(compressed.withUnsafeBytes { RecordCompressor.isCompressed($0) })
      let decoded = try compressed.withUnsafeBytes {
        try RecordDecoder.decode(DocumentRecord.self, from: $0)
      }
      #expect(decoded == record)
      encoded += encoding.count
      stored += compressed.count
    }
    #expect(stored * 1_000 < encoded * 525, "stored \(stored) of \(encoded) encoded bytes")
  }

  @Test func dictionaryIsPresent() {
    #expect(RecordDictionary.bytes.count > 4096)
  }

  @Test func shortAndIncompressibleEncodingsAreStoredAsTheyAre() {
    var random = Random(seed: 99)
    let noise = (0..<3000).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    for encoding in [[], [1, 2, 3], noise] as [[UInt8]] {
      #expect(RecordCompressor.compress(encoding) == encoding)
      #expect(RecordCompressor.encoding(encoding) == encoding)
    }
  }
}

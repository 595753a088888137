import Corpus
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The hand-written decoding of `.sources` entries gives back every entry as encoded, with or
/// without diagnostics, and refuses damaged bytes instead of inventing an entry.
@Suite struct SourceEntryDecodingTests {
  static func randomEntry(_ random: inout FuzzGenerator) -> SourceEntry {
    let count = random.below(4)
    let ids = (0..<count).map { "QANR5L16QE\(random.below(100_000))-\($0)" }
    let diagnostics: [Diagnostic]? =
      switch random.below(3) {
      case 0: nil
      case 1: []
      default:
        [
          Diagnostic(
            file: "corpus/sénat/q\u{202F}\(random.below(99)).txt",
            line: random.below(2) == 0 ? nil : random.below(500),
            message: "date illisible « 31 févr. »"),
          Diagnostic(severity: .error, file: "corpus/x.json", message: "invalid JSON"),
        ]
      }
    return SourceEntry(
      path: "corpus/an/16/Q\(random.below(1_000_000))-l’état.json", size: random.below(1 << 40),
      modificationTime: Double(random.below(1 << 31)) + Double(random.below(1000)) / 1000,
      contentHash: String(repeating: "ab0f", count: 16), ids: ids,
      recordHashes: ids.map { "h-\($0.count)-\(random.below(1 << 30))" },
      diagnostics: diagnostics)
  }

  @Test(arguments: 1...4) func randomEntriesDecodeAsEncoded(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    var payload: [UInt8] = []
    var entries: [SourceEntry] = []
    for _ in 0..<200 {
      let entry = Self.randomEntry(&random)
      entries.append(entry)
      payload += try SourceTable.encoded(entry)
    }
    let decoded = payload.withUnsafeBytes { SourceTable.entries(in: $0) }
    #expect(decoded == entries)
  }

  /// Flipped bytes never crash the decoder; those that break the structure (a tag, a length,
  /// a string index) are refused, and the entry's own keyed tag always is.
  @Test func damagedEntriesNeverCrashAndBrokenStructureIsRefused() throws {
    var random = FuzzGenerator(seed: 9)
    let encoded = try RecordEncoder.encode(Self.randomEntry(&random))
    var refused: [Int] = []
    for index in encoded.indices {
      var damaged = encoded
      damaged[index] ^= 0xFF
      let decoded = damaged.withUnsafeBytes {
        try? RecordDecoder.decode(SourceEntry.self, from: $0)
      }
      if decoded == nil { refused.append(index) }
    }
    let body = try encoded.withUnsafeBytes { try RecordSource($0).bodyStart }
    #expect(refused.contains(body))
    #expect(refused.count > 10)
  }
}

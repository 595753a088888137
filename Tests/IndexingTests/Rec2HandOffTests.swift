import Corpus
import Extraction
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// A prepared document hands the write thread its record's hash as a number and its CRC-32
/// (computed in the parallel phase): both must be those of its stored bytes, and the hash's
/// hexadecimal form the one the source table has always kept.
@Suite struct Rec2HandOffTests {
  static let analyzer = FrenchAnalyzer()

  @Test(arguments: [11, 12, 13] as [UInt64])
  func hashAndChecksumAreThoseOfTheStoredBytes(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for document in InvertedDocumentTests.documents.prefix(40) {
      let count = random.below(4) == 0 ? random.below(8) : random.below(5_000)
      let stored = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
      let prepared = PreparedDocument(document: document, encoded: stored, analyzer: Self.analyzer)
      #expect(prepared.record == stored)
      #expect(prepared.recordCRC == CRC32.checksum(stored))
      #expect(ContentHash.hex(prepared.recordHash) == ContentHash.hex(stored))
      #expect(ContentHash.value(hex: ContentHash.hex(stored)) == prepared.recordHash)
    }
  }

  @Test func encodedRecordsCarryTheirOwnHashAndChecksum() throws {
    var seen = Set<UInt64>()
    for document in InvertedDocumentTests.documents {
      let prepared = PreparedDocument(
        record: DocumentRecord(document: document), analyzer: Self.analyzer)
      #expect(!prepared.record.isEmpty)
      #expect(prepared.recordCRC == CRC32.checksum(prepared.record))
      #expect(ContentHash.hex(prepared.recordHash) == ContentHash.hex(prepared.record))
      seen.insert(prepared.recordHash)
    }
    #expect(seen.count > 1)
  }
}

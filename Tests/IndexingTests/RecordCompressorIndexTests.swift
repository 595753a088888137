import Foundation
import Testing

@testable import Indexing

/// Two indexes of the same corpus, written by different record compressors, hold the same
/// records: every stored record of each decodes to the same encoding, document by document.
/// Run on demand with `PARLINDEX_COMPARE_STORES=REFERENCE:CANDIDATE` (two index folders) in
/// the environment; it prints the stored bytes of each.
@Suite struct RecordCompressorIndexTests {
  static let folders: [String] =
    ProcessInfo.processInfo.environment["PARLINDEX_COMPARE_STORES"]?
    .split(separator: ":").map(String.init) ?? []

  @Test(
    .enabled(
      if: folders.count == 2, "needs PARLINDEX_COMPARE_STORES=REFERENCE:CANDIDATE (two indexes)"))
  func storedRecordsDecodeToTheSameEncodings() throws {
    let readers = try Self.folders.map { try IndexReader(directory: URL(fileURLWithPath: $0)) }
    let (reference, candidate) = (readers[0], readers[1])
    #expect(reference.segments.count == candidate.segments.count)
    var compared = 0
    var storedBytes = (0, 0)
    var encodedBytes = 0
    for (old, new) in zip(reference.segments, candidate.segments) {
      #expect(old.documents.storedCount == new.documents.storedCount)
      for document in 0..<min(old.documents.storedCount, new.documents.storedCount) {
        let oldStored = old.documents.storedRecord(document)
        let newStored = new.documents.storedRecord(document)
        let oldEncoding = oldStored.flatMap { RecordCompressor.encoding($0) }
        let newEncoding = newStored.flatMap { RecordCompressor.encoding($0) }
        let same = newEncoding == oldEncoding
        #expect(oldEncoding != nil, "document \(document): the reference does not decode")
        #expect(same, "document \(document): the encodings differ")
        storedBytes.0 += oldStored?.count ?? 0
        storedBytes.1 += newStored?.count ?? 0
        encodedBytes += oldEncoding?.count ?? 0
        compared += 1
      }
    }
    #expect(compared > 0)
    print(
      "compared \(compared) records: \(encodedBytes) bytes encoded, stored \(storedBytes.0)"
        + " (reference) and \(storedBytes.1) (candidate)")
  }
}

import Foundation

/// The deletions of one segment: a bitset of deleted document numbers and one of deleted source
/// entries (files changed or gone since the segment was written).
///
/// File `seg-NNNNNN.del-GGGGGG` (written by generation G, named in its manifest): payload = the
/// stored count and the source count (u64 each), then the two bitsets as u64 words, then the
/// footer. A later generation that deletes more writes a new file holding all of them.
package struct Deletions: Sendable, Equatable {
  package private(set) var documents: [UInt64]
  package private(set) var sources: [UInt64]
  package let storedCount: Int
  package let sourceCount: Int

  package init(storedCount: Int, sourceCount: Int) {
    self.storedCount = storedCount
    self.sourceCount = sourceCount
    documents = [UInt64](repeating: 0, count: (storedCount + 63) / 64)
    sources = [UInt64](repeating: 0, count: (sourceCount + 63) / 64)
  }

  package func isDeleted(document: Int) -> Bool {
    Deletions.test(documents, document)
  }

  package func isDeleted(source: Int) -> Bool {
    Deletions.test(sources, source)
  }

  package mutating func delete(document: Int) {
    guard document >= 0, document < storedCount else { return }
    documents[document >> 6] |= 1 << UInt64(document & 63)
  }

  package mutating func delete(source: Int) {
    guard source >= 0, source < sourceCount else { return }
    sources[source >> 6] |= 1 << UInt64(source & 63)
  }

  package var deletedDocumentCount: Int { documents.reduce(0) { $0 + $1.nonzeroBitCount } }

  package var deletedSourceCount: Int { sources.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// The deleted document numbers, ascending.
  package var deletedDocuments: [Int] {
    var numbers: [Int] = []
    for (word, bits) in documents.enumerated() where bits != 0 {
      var rest = bits
      while rest != 0 {
        numbers.append(word * 64 + rest.trailingZeroBitCount)
        rest &= rest - 1
      }
    }
    return numbers
  }

  private static func test(_ bits: [UInt64], _ index: Int) -> Bool {
    guard index >= 0, index >> 6 < bits.count else { return false }
    return bits[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  package func encoded() -> [UInt8] {
    var buffer = ByteBuffer(capacity: 16 + (documents.count + sources.count) * 8)
    buffer.u64(UInt64(storedCount))
    buffer.u64(UInt64(sourceCount))
    for word in documents { buffer.u64(word) }
    for word in sources { buffer.u64(word) }
    return buffer.bytes
  }

  /// Reads a mapped deletions file whose footer was read; checks its CRC and its counts against
  /// the segment's.
  package static func read(
    _ file: MappedFile, storedCount: Int, sourceCount: Int
  ) throws(IndexError) -> Deletions {
    try Footer.verifyChecksum(file.bytes, name: file.name)
    var reader = ByteReader(file.payload)
    var deletions = Deletions(
      storedCount: Int(truncatingIfNeeded: reader.u64()),
      sourceCount: Int(truncatingIfNeeded: reader.u64()))
    guard deletions.storedCount == storedCount, deletions.sourceCount == sourceCount,
      file.payload.count == 16 + (deletions.documents.count + deletions.sources.count) * 8
    else { throw .corrupted(file: file.name, reason: "deletions do not fit their segment") }
    for index in deletions.documents.indices { deletions.documents[index] = reader.u64() }
    for index in deletions.sources.indices { deletions.sources[index] = reader.u64() }
    return deletions
  }
}

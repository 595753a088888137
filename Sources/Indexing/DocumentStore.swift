import Corpus
import Extraction
import Foundation

/// Per-document columns, strings and stored records, read in place from `.docs` (through its
/// chunk checksums, `ChunkedFile`) and `.store` (each record checked against its CRC-32).
///
/// A segment's `Deletions` overlay the table: a deleted document is not live, is not found by
/// id or path, and is not listed in id order.
package struct DocumentStore: Sendable {
  private let docs: ChunkedFile
  private let store: MappedFile
  /// Documents stored, deleted ones included; document numbers run below this.
  package let storedCount: Int
  /// Documents neither replaced by a duplicate nor deleted.
  package private(set) var liveCount: Int
  package private(set) var totalFieldLength: Int
  /// The documents listed in the id and path orders (those not replaced when written).
  private let orderCount: Int
  private var deletions: Deletions?
  private let entriesOffset: Int
  private let idOrderOffset: Int
  private let fileOrderOffset: Int
  private let stringsOffset: Int

  package init(docs: ChunkedFile, store: MappedFile) throws(IndexError) {
    self.docs = docs
    self.store = store
    func header(_ index: Int) -> Int {
      Int(truncatingIfNeeded: docs.load(UInt64.self, at: index * 8))
    }
    storedCount = header(0)
    liveCount = header(1)
    orderCount = liveCount
    totalFieldLength = header(2)
    entriesOffset = header(3)
    idOrderOffset = header(4)
    fileOrderOffset = header(5)
    stringsOffset = header(6)
    guard docs.contentCount >= DocumentTable.headerSize, storedCount >= 0, liveCount >= 0,
      liveCount <= storedCount, entriesOffset == DocumentTable.headerSize,
      idOrderOffset == entriesOffset + storedCount * DocumentColumns.size,
      fileOrderOffset == idOrderOffset + liveCount * 4,
      stringsOffset == fileOrderOffset + liveCount * 4, stringsOffset <= docs.contentCount
    else { throw .corrupted(file: docs.name, reason: "inconsistent document table header") }
  }

  /// The store with `deletions` overlaid; a deleted document must have been live.
  package init(
    docs: ChunkedFile, store: MappedFile, deletions: Deletions?
  ) throws(IndexError) {
    try self.init(docs: docs, store: store)
    guard let deletions else { return }
    for document in deletions.deletedDocuments {
      guard document < storedCount, isLive(document) else {
        throw .corrupted(file: docs.name, reason: "deletes a document that is not live")
      }
      liveCount -= 1
      totalFieldLength -= fieldLength(document)
    }
    self.deletions = deletions
  }

  package func columns(_ document: Int) -> DocumentColumns {
    let size = DocumentColumns.size
    return DocumentColumns(from: docs.bytes(entriesOffset + document * size, size), at: 0)
  }

  package func isLive(_ document: Int) -> Bool {
    docs.load(UInt8.self, at: entriesOffset + document * DocumentColumns.size + 7) & 1 == 0
      && !(deletions?.isDeleted(document: document) ?? false)
  }

  private func isDeleted(_ document: Int) -> Bool {
    deletions?.isDeleted(document: document) ?? false
  }

  package func fieldLength(_ document: Int) -> Int {
    Int(docs.load(UInt32.self, at: entriesOffset + document * DocumentColumns.size + 12))
  }

  private func strings(_ document: Int) -> UnsafeRawBufferPointer {
    let entry = columns(document)
    return docs.bytes(
      stringsOffset + Int(truncatingIfNeeded: entry.stringsOffset), Int(entry.stringsLength))
  }

  /// The `index`th NUL-separated string of a document (0 id, 1 file, then `FilterField`s).
  private func string(_ document: Int, _ index: Int) -> UnsafeRawBufferPointer {
    DocumentTable.field(index, of: strings(document))
  }

  package func id(_ document: Int) -> String {
    String(decoding: string(document, 0), as: UTF8.self)
  }

  /// Whether `a`'s id sorts before `b`'s (byte order), without building strings.
  package func idPrecedes(_ a: Int, _ b: Int) -> Bool {
    RunMerger.compare(string(a, 0), string(b, 0)) < 0
  }

  package func file(_ document: Int) -> String {
    String(decoding: string(document, 1), as: UTF8.self)
  }

  /// Whether the folded field contains the folded pattern (" ministere sante ").
  package func field(_ field: FilterField, of document: Int, contains pattern: [UInt8]) -> Bool {
    let haystack = string(document, field.rawValue)
    guard pattern.count <= haystack.count else { return false }
    return pattern.withUnsafeBytes { needle in
      guard let first = needle.first else { return true }
      var index = 0
      while index + needle.count <= haystack.count {
        if haystack[index] == first,
          memcmp(haystack.baseAddress! + index, needle.baseAddress!, needle.count) == 0
        {
          return true
        }
        index += 1
      }
      return false
    }
  }

  /// The stored record of a document, checked against its CRC and decompressed
  /// (`RecordDecoder` reads the stored form); nil when damaged.
  package func record(_ document: Int) -> DocumentRecord? {
    recordBytes(document).flatMap { try? RecordDecoder.decode(DocumentRecord.self, from: $0) }
  }

  /// Only the document of a stored record (its mentions are skipped, which is much cheaper).
  package func document(_ document: Int) -> Document? {
    recordBytes(document).flatMap { try? RecordDecoder.decode(DocumentOnly.self, from: $0) }?
      .document
  }

  private struct DocumentOnly: Decodable {
    var document: Document
  }

  /// The stored bytes of a record (checked against its CRC), to carry over unchanged: compressed
  /// or not (`RecordCompressor`), as they were written.
  package func storedRecord(_ document: Int) -> [UInt8]? {
    recordBytes(document).map { Array($0) }
  }

  private func recordBytes(_ document: Int) -> UnsafeRawBufferPointer? {
    guard document >= 0, document < storedCount else { return nil }
    let entry = columns(document)
    let start = Int(entry.storeOffset)
    let end = start + Int(entry.storeLength)
    guard end <= store.payload.count else { return nil }
    let bytes = UnsafeRawBufferPointer(rebasing: store.payload[start..<end])
    guard CRC32.checksum(bytes) == entry.storeCRC else { return nil }
    return bytes
  }

  /// The live documents' numbers in id order.
  package func liveDocumentsByID() -> [Int] {
    let order = docs.bytes(idOrderOffset, orderCount * 4)
    let all = (0..<orderCount).map { Int(ByteReader.load(UInt32.self, from: order, at: $0 * 4)) }
    return deletions == nil ? all : all.filter { !isDeleted($0) }
  }

  /// The live document with this id.
  package func document(id: String) -> Int? {
    find(id, order: idOrderOffset, field: 0)
  }

  /// The first live document read from this path.
  package func document(path: String) -> Int? {
    find(path, order: fileOrderOffset, field: 1)
  }

  /// The first document of the order whose `field` is `key` and that is not deleted.
  private func find(_ key: String, order: Int, field: Int) -> Int? {
    let bytes = Array(key.utf8)
    return bytes.withUnsafeBytes { key -> Int? in
      var low = 0
      var high = orderCount
      while low < high {
        let middle = (low + high) / 2
        let document = Int(docs.load(UInt32.self, at: order + middle * 4))
        if RunMerger.compare(string(document, field), key) < 0 {
          low = middle + 1
        } else {
          high = middle
        }
      }
      while low < orderCount {
        let document = Int(docs.load(UInt32.self, at: order + low * 4))
        guard RunMerger.compare(string(document, field), key) == 0 else { return nil }
        if !isDeleted(document) { return document }
        low += 1
      }
      return nil
    }
  }
}

import Corpus
import Extraction
import Foundation
import FrenchText

/// One document made ready for the index in the parallel phase: its record as stored
/// (`RecordCompressor`), columns, strings for filters, and its terms with positions.
package struct PreparedDocument: Sendable {
  package var id: String
  package var file: String
  /// The stored bytes of the record: its encoding, compressed when that is smaller.
  package var record: [UInt8]
  /// The hash of the stored bytes, as `SegmentWriter` and `PreviousGeneration` compute it from a
  /// store. The compressor is deterministic, so equal encodings give equal stored bytes. Kept as
  /// a number: the source table writes its hexadecimal form (`ContentHash.hex`).
  package var recordHash: UInt64
  /// The CRC-32 of the stored bytes (the store entry's `storeCRC`), computed here in the
  /// parallel phase rather than on the write thread.
  package var recordCRC: UInt32
  package var columns: DocumentColumns
  /// id, file, ministries, author, groups, rubric, joined by NUL bytes.
  package var strings: [UInt8]
  /// Each term with its encoded postings entry.
  package var postings: InvertedDocument

  package init(record: DocumentRecord, analyzer: FrenchAnalyzer) {
    self.init(
      document: record.document, encoded: RecordEncoder.stored(record) ?? [], analyzer: analyzer)
  }

  /// A document whose record is already in its stored form (carried over from the previous
  /// generation: its bytes are kept as they are, compressed or not).
  ///
  /// The document is borrowed (an initializer's argument is otherwise owned: the caller copied
  /// the document, a retain of each of its strings and arrays, and this init destroyed it).
  package init(document: __shared Document, encoded: [UInt8], analyzer: FrenchAnalyzer) {
    id = document.id
    file = document.file
    record = encoded
    recordHash = encoded.withUnsafeBytes { ContentHash.value(of: $0) }
    recordCRC = CRC32.checksum(encoded)
    postings = InvertedDocument(document: document, analyzer: analyzer)
    columns = DocumentColumns(document: document, fieldLength: postings.length)
    strings = Self.strings(of: document, analyzer: analyzer)
  }

  /// id, file, ministries, author, groups, rubric (the last four folded as
  /// `IndexedText.foldedField` folds them), joined by NUL bytes. The analysis buffer is the
  /// thread's inversion buffer (no buffer made per document).
  static func strings(of document: Document, analyzer: FrenchAnalyzer) -> [UInt8] {
    var strings: [UInt8] = []
    strings.reserveCapacity(document.id.utf8.count + document.file.utf8.count + 256)
    strings.append(contentsOf: document.id.utf8)
    strings.append(0)
    strings.append(contentsOf: document.file.utf8)
    let scratch = InversionScratch.current
    // Taken out of the scratch (a copy of it, then `nil` stored, was a retain and a release of
    // each of its arrays).
    var buffer = scratch.buffer.take() ?? TermBuffer()
    strings.append(0)
    IndexedText.appendFoldedField(
      document.ministryAsked, document.ministryAnswering, analyzer: analyzer, buffer: &buffer,
      to: &strings)
    strings.append(0)
    IndexedText.appendFoldedField(
      document.author?.name, analyzer: analyzer, buffer: &buffer, to: &strings)
    strings.append(0)
    IndexedText.appendFoldedField(
      document.author?.group, document.author?.groupShort, analyzer: analyzer, buffer: &buffer,
      to: &strings)
    strings.append(0)
    IndexedText.appendFoldedField(
      document.rubric, analyzer: analyzer, buffer: &buffer, to: &strings)
    scratch.buffer = buffer
    return strings
  }
}

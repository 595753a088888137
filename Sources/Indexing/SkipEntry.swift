/// What the skip table says about one block of a postings list: its last document, where its
/// bytes are, the bounds BM25 needs to prune it, and the checksums of its two parts.
package struct SkipEntry: Sendable, Equatable {
  package var lastDocument: Int32 = 0
  /// Byte range of the block's documents and frequencies, from the list's documents region.
  package var documentStart = 0
  package var documentEnd = 0
  /// Byte range of the block's positions, from the list's positions region.
  package var positionStart = 0
  package var positionEnd = 0
  /// The largest BM25 frequency and the smallest BM25 length of the block's documents.
  package var maxFrequency = 0
  package var minLength = 0
  /// CRC-32 of the two byte ranges (lists of one block carry one checksum for everything).
  package var documentCRC: UInt32 = 0
  package var positionCRC: UInt32 = 0
}

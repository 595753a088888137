/// One term's decoded postings: document numbers ascending and their term frequencies; the
/// positions stay encoded in the mapped file until `positions(at:)` asks for one document's.
/// (Queries read lists through `PostingCursor`; this whole-list view serves tests and tools.)
package struct PostingList: @unchecked Sendable {
  package var documents: [Int32] = []
  package var frequencies: [Int32] = []
  private var cursor: PostingCursor?
  /// Whether the bytes failed their checksum (or lie outside the file): the list is then empty
  /// and must not be used as if the term occurred nowhere.
  package private(set) var isDamaged = false

  package init() {}

  /// Decodes `info`'s postings from the mapped `.post` file (which must outlive the list).
  package init(_ info: TermInfo, in file: MappedFile, positions withPositions: Bool) {
    let cursor = PostingCursor(info, file: file.bytes, payloadCount: file.payload.count)
    documents.reserveCapacity(info.documentFrequency)
    frequencies.reserveCapacity(info.documentFrequency)
    while cursor.document != PostingCursor.end {
      documents.append(cursor.document)
      frequencies.append(Int32(truncatingIfNeeded: cursor.frequency))
      cursor.next()
    }
    isDamaged = cursor.isDamaged
    if isDamaged {
      documents = []
      frequencies = []
    } else if withPositions {
      self.cursor = PostingCursor(info, file: file.bytes, payloadCount: file.payload.count)
    }
  }

  /// The positions of the `index`th document of the list (needs `positions: true`).
  package func positions(at index: Int) -> [Int32] {
    guard let cursor, index < documents.count else { return [] }
    cursor.advance(to: documents[index])
    var list: [Int32] = []
    cursor.positions(into: &list)
    return list
  }
}

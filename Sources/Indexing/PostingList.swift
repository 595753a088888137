/// One term's decoded postings: document numbers ascending and their term frequencies; the
/// positions stay encoded in the mapped file until `positions(at:)` asks for one document's.
package struct PostingList: @unchecked Sendable {
  package var documents: [Int32] = []
  package var frequencies: [Int32] = []
  /// Where each document's encoded positions start in `payload`, and their byte length.
  private var positionStarts: [Int] = []
  private var positionLengths: [Int32] = []
  private var payload = UnsafeRawBufferPointer(start: nil, count: 0)
  /// Whether the bytes failed their checksum (or lie outside the file): the list is then empty
  /// and must not be used as if the term occurred nowhere.
  package private(set) var isDamaged = false

  package init() {}

  /// Decodes `info`'s postings from the `.post` payload (which must outlive the list).
  package init(_ info: TermInfo, in payload: UnsafeRawBufferPointer, positions withPositions: Bool)
  {
    guard info.offset >= 0, info.length >= 0, info.offset + info.length <= payload.count,
      CRC32.checksum(
        UnsafeRawBufferPointer(rebasing: payload[info.offset..<info.offset + info.length]))
        == info.crc
    else {
      isDamaged = true
      return
    }
    self.payload = payload
    var reader = ByteReader(
      UnsafeRawBufferPointer(rebasing: payload[0..<info.offset + info.length]),
      offset: info.offset)
    documents.reserveCapacity(info.documentFrequency)
    frequencies.reserveCapacity(info.documentFrequency)
    var document = 0
    while !reader.isAtEnd {
      document += reader.varintInt()
      documents.append(Int32(truncatingIfNeeded: document))
      frequencies.append(Int32(truncatingIfNeeded: reader.varintInt()))
      let length = reader.varintInt()
      if withPositions {
        positionStarts.append(reader.offset)
        positionLengths.append(Int32(truncatingIfNeeded: length))
      }
      reader.offset += length
    }
  }

  /// The positions of the `index`th document of the list (needs `positions: true`).
  package func positions(at index: Int) -> [Int32] {
    guard index < positionStarts.count else { return [] }
    let start = min(positionStarts[index], payload.count)
    let end = min(payload.count, start + Int(positionLengths[index]))
    var reader = ByteReader(UnsafeRawBufferPointer(rebasing: payload[start..<end]))
    var list: [Int32] = []
    list.reserveCapacity(Int(frequencies[index]))
    var position = 0
    while !reader.isAtEnd {
      position += reader.varintInt()
      list.append(Int32(truncatingIfNeeded: position))
    }
    return list
  }
}

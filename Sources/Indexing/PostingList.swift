/// One term's decoded postings: document numbers ascending, their term frequencies, and, when
/// asked for, their positions.
package struct PostingList: Sendable {
  package var documents: [Int32] = []
  package var frequencies: [Int32] = []
  package var positions: [[Int32]] = []

  package init() {}

  /// Decodes `info`'s postings from the `.post` payload.
  package init(_ info: TermInfo, in payload: UnsafeRawBufferPointer, positions withPositions: Bool)
  {
    guard info.offset >= 0, info.length >= 0, info.offset + info.length <= payload.count else {
      return
    }
    let bytes = UnsafeRawBufferPointer(rebasing: payload[info.offset..<info.offset + info.length])
    var reader = ByteReader(bytes)
    documents.reserveCapacity(info.documentFrequency)
    frequencies.reserveCapacity(info.documentFrequency)
    var document = 0
    while !reader.isAtEnd {
      document += reader.varintInt()
      documents.append(Int32(truncatingIfNeeded: document))
      frequencies.append(Int32(truncatingIfNeeded: reader.varintInt()))
      let length = reader.varintInt()
      if withPositions {
        var positionReader = ByteReader(reader.slice(length))
        var list: [Int32] = []
        var position = 0
        while !positionReader.isAtEnd {
          position += positionReader.varintInt()
          list.append(Int32(truncatingIfNeeded: position))
        }
        positions.append(list)
      } else {
        reader.offset += length
      }
    }
  }
}

/// Reading a list's skip table when a `PostingCursor` opens.
extension PostingCursor {
  /// The skip table, where the documents region starts and where the positions region starts.
  static func readSkips(
    _ info: TermInfo, blocks: Int, in file: UnsafeRawBufferPointer
  ) -> ([SkipEntry], Int, Int)? {
    let list = UnsafeRawBufferPointer(rebasing: file[info.offset..<info.offset + info.length])
    var reader = ByteReader(list)
    let tableLength = reader.varintInt()
    guard tableLength > 0, tableLength <= list.count else { return nil }
    let headerEnd = reader.offset + tableLength
    guard headerEnd <= list.count,
      CRC32.checksum(
        UnsafeRawBufferPointer(rebasing: list[0..<(blocks > 1 ? headerEnd : list.count)]))
        == info.crc
    else { return nil }
    var skips: [SkipEntry] = []
    skips.reserveCapacity(blocks)
    var last: Int64 = -1
    var documentBytes = 0
    var positionBytes = 0
    for _ in 0..<blocks {
      var entry = SkipEntry()
      last += Int64(reader.varintInt())
      entry.lastDocument = Int32(truncatingIfNeeded: last)
      entry.documentStart = documentBytes
      documentBytes += reader.varintInt()
      entry.documentEnd = documentBytes
      entry.positionStart = positionBytes
      positionBytes += reader.varintInt()
      entry.positionEnd = positionBytes
      entry.maxFrequency = reader.varintInt()
      entry.minLength = reader.varintInt()
      if blocks > 1 {
        entry.documentCRC = reader.u32()
        entry.positionCRC = reader.u32()
      }
      skips.append(entry)
    }
    guard reader.offset == headerEnd, last < Int64(Int32.max),
      headerEnd + documentBytes + positionBytes == info.length
    else { return nil }
    let documentsBase = info.offset + headerEnd
    return (skips, documentsBase, documentsBase + documentBytes)
  }
}

/// Where a term's postings are, and in how many documents it occurs.
package struct TermInfo: Sendable, Hashable {
  package var term: String
  package var documentFrequency: Int
  package var offset: Int
  package var length: Int
  /// CRC-32 of the postings bytes.
  package var crc: UInt32 = 0
}

/// The sorted term dictionary of a generation, read in place from the mapped `.terms` file:
/// exact lookup by binary search over the offset table, prefix enumeration from there. Every
/// byte is read through the file's chunk checksums (`ChunkedFile`).
package struct TermDictionary: Sendable {
  private let file: ChunkedFile
  package let count: Int
  private let tableStart: Int

  package init(file: ChunkedFile) throws(IndexError) {
    self.file = file
    let end = file.contentCount
    guard end >= 16 else { throw .corrupted(file: file.name, reason: "no term table") }
    count = Int(truncatingIfNeeded: file.load(UInt64.self, at: end - 16))
    tableStart = Int(truncatingIfNeeded: file.load(UInt64.self, at: end - 8))
    guard count >= 0, count < end, tableStart >= 0, tableStart + count * 8 + 16 == end
    else { throw .corrupted(file: file.name, reason: "inconsistent term table") }
  }

  private func entryOffset(_ index: Int) -> Int {
    Int(truncatingIfNeeded: file.load(UInt64.self, at: tableStart + index * 8))
  }

  /// The bytes of entry `index`: entries are written one after another, the table after them.
  private func entry(_ index: Int) -> ByteReader {
    let start = entryOffset(index)
    let end = index + 1 < count ? entryOffset(index + 1) : tableStart
    return ByteReader(file.bytes(start, end - start))
  }

  private func termBytes(_ index: Int) -> UnsafeRawBufferPointer {
    var reader = entry(index)
    return reader.slice(reader.varintInt())
  }

  package func info(at index: Int) -> TermInfo {
    var reader = entry(index)
    let term = reader.string()
    return TermInfo(
      term: term, documentFrequency: reader.varintInt(), offset: reader.varintInt(),
      length: reader.varintInt(), crc: reader.u32())
  }

  /// The index of the first term not less than `key` (byte order).
  private func lowerBound(_ key: [UInt8]) -> Int {
    var low = 0
    var high = count
    key.withUnsafeBytes { key in
      while low < high {
        let middle = (low + high) / 2
        if RunMerger.compare(termBytes(middle), key) < 0 { low = middle + 1 } else { high = middle }
      }
    }
    return low
  }

  package func lookup(_ term: String) -> TermInfo? {
    let key = Array(term.utf8)
    let index = lowerBound(key)
    guard index < count else { return nil }
    let found = key.withUnsafeBytes { RunMerger.compare(termBytes(index), $0) == 0 }
    return found ? info(at: index) : nil
  }

  /// Every term starting with `prefix`, in order.
  package func terms(withPrefix prefix: String) -> [TermInfo] {
    let key = Array(prefix.utf8)
    var index = lowerBound(key)
    var result: [TermInfo] = []
    while index < count {
      let bytes = termBytes(index)
      guard bytes.count >= key.count, bytes.starts(with: key) else { break }
      result.append(info(at: index))
      index += 1
    }
    return result
  }
}

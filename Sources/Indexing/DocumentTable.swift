/// The `.docs` file's content as the builder assembles it.
///
/// Payload: a 64-byte header (stored count, live count, total field length of live documents,
/// then the offsets of the entries, the id order, the path order and the strings), the 48-byte
/// `DocumentColumns` entries, the live documents' numbers sorted by id, then sorted by path
/// (4 bytes each), and the NUL-separated strings of every document.
///
/// The strings are not copied: the builder keeps them in a temporary file, mapped at the end,
/// and `write(to:)` streams the table into the `.docs` writer, so that the build holds only
/// the 48-byte entries per document. The map is read in order only, its pages released behind:
/// the id order comes from the builder (`idOrder`), and the path order is the document order
/// whenever the documents came in path order (a walk of one folder), which one pass checks;
/// otherwise the paths are sorted.
package struct DocumentTable {
  package static let headerSize = 64

  var columns: [DocumentColumns]
  /// Every document's strings (id, file, filter fields, NUL-separated), at the offsets the
  /// columns give.
  var strings: MappedFile
  /// The live documents in id order.
  var idOrder: [Int32]

  package var totalFieldLength: Int {
    columns.reduce(0) { $0 + ($1.isDeleted ? 0 : Int($1.fieldLength)) }
  }

  /// The `field`th NUL-separated string of a document (0 id, 1 file).
  private func string(_ number: Int, field: Int) -> UnsafeRawBufferPointer {
    let entry = columns[number]
    let start = Int(entry.stringsOffset)
    return DocumentTable.field(
      field,
      of: UnsafeRawBufferPointer(rebasing: strings.bytes[start..<start + Int(entry.stringsLength)]))
  }

  /// The `index`th of the NUL-separated strings in `all` (empty when there are fewer).
  static func field(_ index: Int, of all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    var field = 0
    var start = 0
    for offset in 0..<all.count where all[offset] == 0 {
      if field == index { return UnsafeRawBufferPointer(rebasing: all[start..<offset]) }
      field += 1
      start = offset + 1
    }
    guard field == index else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(rebasing: all[start..<all.count])
  }

  /// Writes the whole payload to `writer`.
  package func write(to writer: FileWriter) throws(IndexError) {
    let live = columns.indices.filter { !columns[$0].isDeleted }
    let byFile = fileOrder(live)
    let entriesOffset = DocumentTable.headerSize
    let idOrderOffset = entriesOffset + columns.count * DocumentColumns.size
    let fileOrderOffset = idOrderOffset + live.count * 4
    let stringsOffset = fileOrderOffset + live.count * 4
    var buffer = ByteBuffer(capacity: 1 << 16)
    for value in [
      columns.count, live.count, totalFieldLength, entriesOffset, idOrderOffset, fileOrderOffset,
      stringsOffset, 0,
    ] {
      buffer.u64(UInt64(value))
    }
    func flushIfFull() throws(IndexError) {
      guard buffer.count >= 1 << 16 else { return }
      try writer.write(buffer.bytes)
      buffer.bytes.removeAll(keepingCapacity: true)
    }
    for entry in columns {
      entry.encode(into: &buffer)
      try flushIfFull()
    }
    for number in idOrder {
      buffer.u32(UInt32(number))
      try flushIfFull()
    }
    for number in byFile {
      buffer.u32(UInt32(number))
      try flushIfFull()
    }
    try writer.write(buffer.bytes)
    let bytes = strings.bytes
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + (1 << 20))
      try writer.write(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
      strings.releasePages(before: end)
      start = end
    }
  }

  /// The live documents by path (equal paths by document number): their own order when one
  /// pass over the strings finds it sorted already, a sort otherwise.
  private func fileOrder(_ live: [Int]) -> [Int] {
    var sorted = true
    var released = 0
    for (previous, next) in zip(live, live.dropFirst()) {
      if RunMerger.compare(string(previous, field: 1), string(next, field: 1)) > 0 {
        sorted = false
        break
      }
      let reached = Int(columns[previous].stringsOffset)
      if reached - released > 1 << 20 {
        strings.releasePages(before: reached)
        released = reached
      }
    }
    guard !sorted else { return live }
    return live.sorted {
      let order = RunMerger.compare(string($0, field: 1), string($1, field: 1))
      return order == 0 ? $0 < $1 : order < 0
    }
  }
}

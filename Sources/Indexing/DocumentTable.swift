import Foundation

/// The `.docs` file's content as the builder assembles it.
///
/// Payload: a 64-byte header (stored count, live count, total field length of live documents,
/// then the offsets of the entries, the id order, the path order and the strings), the 48-byte
/// `DocumentColumns` entries, the live documents' numbers sorted by id, then sorted by path
/// (4 bytes each), and the NUL-separated strings of every document.
///
/// Nothing per document is held in memory: the builder keeps the entries and the strings in
/// temporary files, mapped at the end and read in order with their pages released behind, and
/// gives the id order as a stream (`IDOrderRuns`); the path order is the document order
/// whenever the documents came in path order (a walk of one folder), which one pass checks;
/// otherwise the live numbers are sorted by path.
package struct DocumentTable {
  package static let headerSize = 64

  /// The 48-byte entries, by document number (flags as written: `deleted` marks the replaced).
  var columns: MappedFile
  var storedCount: Int
  /// The documents replaced by a later one with the same id.
  var deleted: Set<Int32>
  var totalFieldLength: Int
  /// Every document's strings (id, file, filter fields, NUL-separated), at the offsets the
  /// entries give.
  var strings: MappedFile

  var liveCount: Int { storedCount - deleted.count }

  private func entry(_ number: Int) -> DocumentColumns {
    var entry = DocumentColumns(from: columns.bytes, at: number * DocumentColumns.size)
    if deleted.contains(Int32(number)) { entry.flags |= 1 }
    return entry
  }

  /// The `field`th NUL-separated string of a document (0 id, 1 file).
  private func string(_ number: Int, field: Int) -> UnsafeRawBufferPointer {
    let entry = entry(number)
    let start = Int(entry.stringsOffset)
    return DocumentTable.field(
      field,
      of: UnsafeRawBufferPointer(rebasing: strings.bytes[start..<start + Int(entry.stringsLength)]))
  }

  /// The `index`th of the NUL-separated strings in `all` (empty when there are fewer).
  static func field(_ index: Int, of all: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    guard let base = all.baseAddress else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    var field = 0
    var start = 0
    // Each NUL found by `memchr`.
    while let found = memchr(base + start, 0, all.count - start) {
      let offset = UnsafeRawPointer(found) - base
      if field == index { return UnsafeRawBufferPointer(rebasing: all[start..<offset]) }
      field += 1
      start = offset + 1
    }
    guard field == index else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(rebasing: all[start..<all.count])
  }

  /// Writes the whole payload to `writer`; `idOrder` calls its argument with every live
  /// document number in id order.
  package func write(
    to writer: FileWriter,
    idOrder: ((Int32) throws(IndexError) -> Void) throws(IndexError) -> Void
  ) throws(IndexError) {
    let entriesOffset = DocumentTable.headerSize
    let idOrderOffset = entriesOffset + storedCount * DocumentColumns.size
    let fileOrderOffset = idOrderOffset + liveCount * 4
    let stringsOffset = fileOrderOffset + liveCount * 4
    var output = TableOutput(writer: writer)
    for value in [
      storedCount, liveCount, totalFieldLength, entriesOffset, idOrderOffset, fileOrderOffset,
      stringsOffset, 0,
    ] {
      output.buffer.u64(UInt64(value))
    }
    for number in 0..<storedCount {
      entry(number).encode(into: &output.buffer)
      try output.flushIfFull()
      if number % 16_384 == 16_383 { columns.releasePages(before: number * DocumentColumns.size) }
    }
    var written = 0
    try idOrder { number throws(IndexError) in
      output.buffer.u32(UInt32(bitPattern: number))
      written += 1
      try output.flushIfFull()
    }
    guard written == liveCount else {
      throw .io(path: writer.url.path, message: "the id order does not list every document")
    }
    try writeFileOrder(&output)
    try writer.write(output.buffer.bytes)
    try stream(strings, to: writer)
  }

  /// The live documents by path (equal paths by document number): their own order when one
  /// pass over the strings finds it sorted already, a sort otherwise.
  private func writeFileOrder(_ output: inout TableOutput) throws(IndexError) {
    let live = (0..<storedCount).lazy.filter { !deleted.contains(Int32($0)) }
    var sorted = true
    var previous: Int?
    var released = 0
    for number in live {
      defer { previous = number }
      guard let previous else { continue }
      if RunMerger.compare(string(previous, field: 1), string(number, field: 1)) > 0 {
        sorted = false
        break
      }
      let reached = Int(entry(previous).stringsOffset)
      if reached - released > 1 << 20 {
        strings.releasePages(before: reached)
        columns.releasePages(before: previous * DocumentColumns.size)
        released = reached
      }
    }
    guard !sorted else {
      for number in live {
        output.buffer.u32(UInt32(number))
        try output.flushIfFull()
      }
      return
    }
    let order = live.map { Int32($0) }.sorted {
      let order = RunMerger.compare(string(Int($0), field: 1), string(Int($1), field: 1))
      return order == 0 ? $0 < $1 : order < 0
    }
    for number in order {
      output.buffer.u32(UInt32(bitPattern: number))
      try output.flushIfFull()
    }
  }

  private func stream(_ file: MappedFile, to writer: FileWriter) throws(IndexError) {
    let bytes = file.bytes
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + (1 << 20))
      try writer.write(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
      file.releasePages(before: end)
      start = end
    }
  }

  /// A 64 KB buffer in front of the `.docs` writer.
  private struct TableOutput {
    let writer: FileWriter
    var buffer = ByteBuffer(capacity: 1 << 16)

    init(writer: FileWriter) { self.writer = writer }

    mutating func flushIfFull() throws(IndexError) {
      guard buffer.count >= 1 << 16 else { return }
      try writer.write(buffer.bytes)
      buffer.bytes.removeAll(keepingCapacity: true)
    }
  }
}

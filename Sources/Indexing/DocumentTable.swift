/// The `.docs` file's content as the builder assembles it.
///
/// Payload: a 64-byte header (stored count, live count, total field length of live documents,
/// then the offsets of the entries, the id order, the path order and the strings), the 48-byte
/// `DocumentColumns` entries, the live documents' numbers sorted by id, then sorted by path
/// (4 bytes each), and the NUL-separated strings of every document.
package struct DocumentTable {
  package static let headerSize = 64

  var columns: [DocumentColumns]
  var ids: [String]
  var files: [String]
  var strings: [UInt8]

  package var totalFieldLength: Int {
    columns.reduce(0) { $0 + ($1.isDeleted ? 0 : Int($1.fieldLength)) }
  }

  package func encoded() -> [UInt8] {
    let live = columns.indices.filter { !columns[$0].isDeleted }
    let byID = live.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
    let byFile = live.sorted {
      files[$0] == files[$1] ? $0 < $1 : files[$0].utf8.lexicographicallyPrecedes(files[$1].utf8)
    }
    let entriesOffset = DocumentTable.headerSize
    let idOrderOffset = entriesOffset + columns.count * DocumentColumns.size
    let fileOrderOffset = idOrderOffset + live.count * 4
    let stringsOffset = fileOrderOffset + live.count * 4
    var buffer = ByteBuffer(capacity: stringsOffset + strings.count)
    for value in [
      columns.count, live.count, totalFieldLength, entriesOffset, idOrderOffset, fileOrderOffset,
      stringsOffset, 0,
    ] {
      buffer.u64(UInt64(value))
    }
    for entry in columns { entry.encode(into: &buffer) }
    for number in byID { buffer.u32(UInt32(number)) }
    for number in byFile { buffer.u32(UInt32(number)) }
    buffer.append(strings)
    return buffer.bytes
  }
}

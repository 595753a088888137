/// The `.sources` file: one entry per source file, each a varint byte length and the entry in
/// the record encoding, written as files are added (nothing of it is held in memory) and read
/// back in order.
package enum SourceTable {
  static func encoded(_ entry: SourceEntry) throws(IndexError) -> [UInt8] {
    guard let bytes = try? RecordEncoder.encode(entry) else {
      throw .io(path: "sources", message: "cannot encode the entry of \(entry.path)")
    }
    var output = ByteBuffer(capacity: bytes.count + 5)
    output.varint(bytes.count)
    output.append(bytes)
    return output.bytes
  }

  /// Every entry of a `.sources` payload; nil when one is damaged.
  static func entries(in payload: UnsafeRawBufferPointer) -> [SourceEntry]? {
    var reader = ByteReader(payload)
    var entries: [SourceEntry] = []
    while !reader.isAtEnd {
      let length = reader.varintInt()
      guard length >= 0, length <= payload.count - reader.offset else { return nil }
      let bytes = reader.slice(length)
      guard let entry = try? RecordDecoder.decode(SourceEntry.self, from: bytes) else {
        return nil
      }
      entries.append(entry)
    }
    return entries
  }
}

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
    var source: RecordSource?
    while !reader.isAtEnd {
      let length = reader.varintInt()
      guard length >= 0, length <= payload.count - reader.offset,
        let entry = entry(reader.slice(length), reusing: &source)
      else { return nil }
      entries.append(entry)
    }
    return entries
  }

  /// One entry's value, read with `source` reloaded (one record source for the whole file, not
  /// one per entry). Entries are written uncompressed; a compressed one, which this program
  /// never writes, goes through the general decoder.
  private static func entry(
    _ bytes: UnsafeRawBufferPointer, reusing source: inout RecordSource?
  ) -> SourceEntry? {
    if RecordCompressor.isCompressed(bytes) {
      return try? RecordDecoder.decode(SourceEntry.self, from: bytes)
    }
    do {
      let reader: RecordSource
      if let source {
        try source.reload(bytes)
        reader = source
      } else {
        reader = try RecordSource(bytes)
        source = reader
      }
      return try reader.sourceEntry(at: reader.bodyStart)
    } catch {
      source = nil
      return nil
    }
  }
}

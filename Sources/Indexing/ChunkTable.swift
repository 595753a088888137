/// The CRC-32s of consecutive fixed-size chunks of the bytes fed, and the trailer `ChunkedFile`
/// reads: one CRC per chunk, then the chunk size, the chunk count and the CRC of those.
struct ChunkTable {
  let size: Int
  private var crcs: [UInt32] = []
  private var current = CRC32()
  private var filled = 0

  init(size: Int) {
    self.size = size
  }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var start = 0
    while start < bytes.count {
      let take = min(size - filled, bytes.count - start)
      current.update(UnsafeRawBufferPointer(rebasing: bytes[start..<start + take]))
      filled += take
      start += take
      if filled == size { close() }
    }
  }

  private mutating func close() {
    crcs.append(current.value)
    current = CRC32()
    filled = 0
  }

  /// The trailer: every chunk's CRC (the last one may be short), size, count, their CRC.
  mutating func finished() -> [UInt8] {
    if filled > 0 { close() }
    var buffer = ByteBuffer(capacity: crcs.count * 4 + 12)
    for crc in crcs { buffer.u32(crc) }
    buffer.u32(UInt32(size))
    buffer.u32(UInt32(crcs.count))
    buffer.u32(CRC32.checksum(buffer.bytes))
    return buffer.bytes
  }
}

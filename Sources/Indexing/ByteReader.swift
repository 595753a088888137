/// Reads little-endian integers and varints from a byte view (usually a memory-mapped file).
///
/// Reads past the end return zero instead of trapping, so a corrupt file gives wrong numbers,
/// never a crash; the checksums then name the file.
package struct ByteReader {
  package let bytes: UnsafeRawBufferPointer
  package var offset: Int

  package init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  package var isAtEnd: Bool { offset >= bytes.count }

  package mutating func varint() -> UInt64 {
    var result: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      offset += 1
      result |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 || shift >= 63 { return result }
      shift += 7
    }
    return result
  }

  package mutating func varintInt() -> Int { Int(truncatingIfNeeded: varint()) }

  package mutating func u32() -> UInt32 { fixed(UInt32.self) }

  package mutating func u64() -> UInt64 { fixed(UInt64.self) }

  /// A varint-prefixed UTF-8 string.
  package mutating func string() -> String {
    let length = varintInt()
    let range = slice(length)
    return String(decoding: range, as: UTF8.self)
  }

  /// The next `length` bytes (clamped to the end of the view).
  package mutating func slice(_ length: Int) -> UnsafeRawBufferPointer {
    let start = min(offset, bytes.count)
    let end = min(bytes.count, start + max(0, length))
    offset = end
    return UnsafeRawBufferPointer(rebasing: bytes[start..<end])
  }

  private mutating func fixed<T: FixedWidthInteger>(_ type: T.Type) -> T {
    let size = MemoryLayout<T>.size
    guard offset >= 0, offset + size <= bytes.count else {
      offset += size
      return 0
    }
    let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
    offset += size
    return T(littleEndian: value)
  }

  /// A fixed-width integer at an absolute offset, zero when out of range.
  package static func load<T: FixedWidthInteger>(
    _ type: T.Type, from bytes: UnsafeRawBufferPointer, at offset: Int
  ) -> T {
    guard offset >= 0, offset + MemoryLayout<T>.size <= bytes.count else { return 0 }
    return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
  }
}

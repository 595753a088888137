/// A growable little-endian byte buffer with LEB128 varints, used to build file payloads.
package struct ByteBuffer: Sendable {
  package var bytes: [UInt8] = []

  package init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  package var count: Int { bytes.count }

  package mutating func varint(_ value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  package mutating func varint(_ value: Int) { varint(UInt64(value)) }

  package mutating func u8(_ value: UInt8) { bytes.append(value) }

  package mutating func u16(_ value: UInt16) { fixed(value) }

  package mutating func u32(_ value: UInt32) { fixed(value) }

  package mutating func u64(_ value: UInt64) { fixed(value) }

  package mutating func i32(_ value: Int32) { fixed(UInt32(bitPattern: value)) }

  package mutating func append(_ other: some Sequence<UInt8>) { bytes.append(contentsOf: other) }

  /// A string as a varint length and its UTF-8 bytes.
  package mutating func string(_ value: String) {
    varint(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  private mutating func fixed<T: FixedWidthInteger>(_ value: T) {
    var little = value.littleEndian
    withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
  }
}

/// CRC-32 (IEEE 802.3, the zlib polynomial), computed incrementally with a 256-entry table,
/// since Foundation on Linux does not expose zlib.
package struct CRC32: Sendable {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 {
      value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
    }
    return value
  }

  private var state: UInt32 = 0xFFFF_FFFF

  package init() {}

  /// The checksum of the bytes fed so far.
  package var value: UInt32 { state ^ 0xFFFF_FFFF }

  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    var crc = state
    CRC32.table.withUnsafeBufferPointer { table in
      for byte in bytes {
        crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
      }
    }
    state = crc
  }

  package mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { update($0) }
  }

  /// The checksum of `bytes` alone.
  package static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
    var crc = CRC32()
    crc.update(bytes)
    return crc.value
  }

  package static func checksum(_ bytes: [UInt8]) -> UInt32 {
    bytes.withUnsafeBytes { checksum($0) }
  }
}

/// CRC-32 (IEEE 802.3, the zlib polynomial), computed incrementally with lookup tables, since
/// Foundation on Linux does not expose zlib.
package struct CRC32: Sendable {
  /// Sixteen 256-entry tables (slicing-by-16: sixteen bytes per step): table `k` gives the CRC
  /// of a byte followed by `k` zero bytes. Allocated once and never freed (read through a
  /// pointer: no array access in the loop).
  nonisolated(unsafe) private static let tables: UnsafePointer<UInt32> = {
    let tables = UnsafeMutablePointer<UInt32>.allocate(capacity: 16 * 256)
    for index in 0..<256 {
      var value = UInt32(index)
      for _ in 0..<8 {
        value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
      }
      tables[index] = value
    }
    for slice in 1..<16 {
      for index in 0..<256 {
        let previous = tables[(slice - 1) * 256 + index]
        tables[slice * 256 + index] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
      }
    }
    return UnsafePointer(tables)
  }()

  private var state: UInt32 = 0xFFFF_FFFF

  package init() {}

  /// The checksum of the bytes fed so far.
  package var value: UInt32 { state ^ 0xFFFF_FFFF }

  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    let table = CRC32.tables
    @inline(__always) func lookup(_ slice: Int, _ byte: UInt32) -> UInt32 {
      table[slice &* 256 &+ Int(byte)]
    }
    var crc = state
    var at = base
    let end = base + bytes.count
    while end - at >= 16 {
      let first = UInt32(littleEndian: at.loadUnaligned(as: UInt32.self)) ^ crc
      let second = UInt32(littleEndian: at.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
      let third = UInt32(littleEndian: at.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
      let fourth = UInt32(littleEndian: at.loadUnaligned(fromByteOffset: 12, as: UInt32.self))
      crc =
        lookup(15, first & 0xFF) ^ lookup(14, (first >> 8) & 0xFF)
        ^ lookup(13, (first >> 16) & 0xFF) ^ lookup(12, first >> 24)
        ^ lookup(11, second & 0xFF) ^ lookup(10, (second >> 8) & 0xFF)
        ^ lookup(9, (second >> 16) & 0xFF) ^ lookup(8, second >> 24)
        ^ lookup(7, third & 0xFF) ^ lookup(6, (third >> 8) & 0xFF)
        ^ lookup(5, (third >> 16) & 0xFF) ^ lookup(4, third >> 24)
        ^ lookup(3, fourth & 0xFF) ^ lookup(2, (fourth >> 8) & 0xFF)
        ^ lookup(1, (fourth >> 16) & 0xFF) ^ lookup(0, fourth >> 24)
      at += 16
    }
    while end - at >= 4 {
      let word = UInt32(littleEndian: at.loadUnaligned(as: UInt32.self)) ^ crc
      crc =
        lookup(3, word & 0xFF) ^ lookup(2, (word >> 8) & 0xFF)
        ^ lookup(1, (word >> 16) & 0xFF) ^ lookup(0, word >> 24)
      at += 4
    }
    while at < end {
      crc = lookup(0, (crc ^ UInt32(at.load(as: UInt8.self))) & 0xFF) ^ (crc >> 8)
      at += 1
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

/// A 64-bit FNV-1a hash in hexadecimal, to notice changed content.
package enum ContentHash {
  package static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    return hex(hash)
  }

  package static func hex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes { hex($0) } }

  /// The 16 hexadecimal digits of a hash.
  package static func hex(_ value: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { digits in
      for index in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: value >> UInt64(60 - 4 * index)) & 0x0F
        digits[index] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
      }
      return 16
    }
  }

  /// The hash that `hex` wrote (0 for anything else, such as an empty hash).
  package static func value(hex: String) -> UInt64 { UInt64(hex, radix: 16) ?? 0 }
}

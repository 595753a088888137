import Corpus

/// A 64-bit content hash (`ContentHasher`: XXH64) in hexadecimal, to notice changed content.
package enum ContentHash {
  package static func hex(_ bytes: UnsafeRawBufferPointer) -> String { hex(value(of: bytes)) }

  /// The content hash of `bytes` (`ContentHasher` fed them at once).
  package static func value(of bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = ContentHasher()
    hasher.update(bytes)
    return hasher.value
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
  package static func value(hex: String) -> UInt64 {
    // The form `hex` writes, read here; any other through the general parser.
    let digits = hex.utf8
    if digits.count == 16 {
      var value: UInt64 = 0
      var isLowerHex = true
      for byte in digits {
        switch byte {
        case 0x30...0x39: value = value << 4 | UInt64(byte &- 0x30)
        case 0x61...0x66: value = value << 4 | UInt64(byte &- 0x57)
        default: isLowerHex = false
        }
      }
      if isLowerHex { return value }
    }
    return UInt64(hex, radix: 16) ?? 0
  }
}

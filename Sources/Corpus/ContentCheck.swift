import Foundation
import FrenchText

/// Checks the raw bytes of a file before any reader sees them: binary content, invalid UTF-8,
/// nothing but white space.
enum ContentCheck {
  /// Why the bytes cannot be read as text, or nil when they can.
  static func problem(with bytes: [UInt8]) -> String? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    if bytes.count <= start { return "skipped: empty file" }
    if let nul = firstNUL(bytes) {
      return "skipped: binary content (NUL byte at offset \(nul))"
    }
    if let invalid = firstInvalidUTF8Offset(bytes) {
      return "skipped: not UTF-8 text (invalid byte at offset \(invalid))"
    }
    let isBlank = bytes[start...].allSatisfy {
      $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C
    }
    if isBlank { return "skipped: empty file (white space only)" }
    return nil
  }

  /// The offset of the first NUL byte among the first `limit` bytes, or nil.
  static func firstNUL(_ bytes: [UInt8], limit: Int = .max) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress,
        let found = memchr(base, 0, min(limit, buffer.count))
      else { return nil }
      return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
  }

  /// The offset of the first byte that is not valid UTF-8, or nil: valid bytes (nearly all
  /// files) are told by `TextRepairString.validity`, which skips the ASCII bytes between the
  /// multi-byte sequences a window at a time; invalid ones are read again to find the offset.
  static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer in
      TextRepairString.validity(buffer) != nil ? nil : firstInvalidUTF8Offset(in: buffer)
    }
  }

  /// `firstInvalidUTF8Offset(_:)` read byte by byte past the ASCII runs (the offset of the
  /// first invalid byte, which the fast check does not give).
  static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    let count = bytes.count
    let raw = UnsafeRawBufferPointer(bytes)
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        // Sixteen ASCII bytes at a time (two words tested at once), then eight.
        while index + 16 <= count,
          (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
            & 0x8080_8080_8080_8080 == 0
        {
          index += 16
        }
        while index + 8 <= count,
          raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          index += 8
        }
        if index < count, bytes[index] < 0x80 { index += 1 }
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lowest = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        highest = 0x9F
      case 0xF0:
        length = 4
        lowest = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        highest = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      let second = bytes[index + 1]
      if second < lowest || second > highest { return index + 1 }
      for k in 2..<max(2, length) where bytes[index + k] & 0xC0 != 0x80 {
        return index + k
      }
      index += length
    }
    return nil
  }
}

import FrenchText

/// Finds the raw JSON string literals that hold a key's values in the original file and decodes
/// them with the origin of every byte, so that sentences of an open-data text point at their
/// place in the file ("\u00e9" maps to its six bytes).
struct JSONLiteralLocator {
  let bytes: [UInt8]
  /// The file offset of `bytes[0]` (one record of a streamed bulk file), added to every origin.
  var baseOffset = 0

  /// The decoded values of every string literal given to `key` (directly, or inside an array),
  /// in file order.
  func values(forKey key: String) -> [TextRepairBuffer] {
    let pattern = Array("\"\(key)\"".utf8)
    var result: [TextRepairBuffer] = []
    var index = 0
    while let found = find(pattern, from: index) {
      index = found + pattern.count
      guard found == 0 || bytes[found - 1] != 0x5C else { continue }
      var cursor = skipSpaces(from: index)
      guard cursor < bytes.count, bytes[cursor] == 0x3A else { continue }
      cursor = skipSpaces(from: cursor + 1)
      guard cursor < bytes.count else { break }
      if bytes[cursor] == 0x22 {
        if let literal = decodeLiteral(at: cursor) {
          result.append(literal.value)
          index = literal.end
        }
      } else if bytes[cursor] == 0x5B {
        cursor += 1
        while true {
          cursor = skipSpaces(from: cursor)
          guard cursor < bytes.count, bytes[cursor] == 0x22,
            let literal = decodeLiteral(at: cursor)
          else { break }
          result.append(literal.value)
          cursor = skipSpaces(from: literal.end)
          guard cursor < bytes.count, bytes[cursor] == 0x2C else { break }
          cursor += 1
        }
        index = cursor
      }
    }
    return result
  }

  /// Decodes the string literal whose opening quote is at `start`.
  func decodeLiteral(at start: Int) -> (value: TextRepairBuffer, end: Int)? {
    var buffer = TextRepairBuffer()
    var index = start + 1
    var end = index
    while end < bytes.count, bytes[end] != 0x22 { end += bytes[end] == 0x5C ? 2 : 1 }
    buffer.reserveCapacity(end - index)
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x22 { return (buffer, index + 1) }
      guard byte == 0x5C else {
        buffer.append(byte, origin: baseOffset + index)
        index += 1
        continue
      }
      guard index + 1 < bytes.count else { return nil }
      let escape = bytes[index + 1]
      if escape == 0x75 {
        guard let (scalar, length) = unicodeEscape(at: index) else { return nil }
        let encoded = Array(String(Character(scalar)).utf8)
        for (k, unit) in encoded.enumerated() {
          buffer.append(unit, origin: baseOffset + (k == 0 ? index : index + length - 1))
        }
        index += length
        continue
      }
      let simple: [UInt8: UInt8] = [
        0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x62: 0x08, 0x66: 0x0C, 0x6E: 0x0A, 0x72: 0x0D,
        0x74: 0x09,
      ]
      buffer.append(simple[escape] ?? escape, origin: baseOffset + index)
      index += 2
    }
    return nil
  }

  /// The scalar of "\uXXXX" (or a surrogate pair "\uD83D\uDE00") at `index` and its length.
  private func unicodeEscape(at index: Int) -> (Unicode.Scalar, Int)? {
    guard let high = hex4(at: index + 2) else { return nil }
    if (0xD800..<0xDC00).contains(high), index + 11 < bytes.count, bytes[index + 6] == 0x5C,
      bytes[index + 7] == 0x75, let low = hex4(at: index + 8), (0xDC00..<0xE000).contains(low),
      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    {
      return (scalar, 12)
    }
    return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
  }

  private func hex4(at index: Int) -> UInt32? {
    guard index + 4 <= bytes.count else { return nil }
    return UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
  }

  private func skipSpaces(from index: Int) -> Int {
    var cursor = index
    while cursor < bytes.count,
      bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D
        || bytes[cursor] == 0x09
    {
      cursor += 1
    }
    return cursor
  }

  private func find(_ pattern: [UInt8], from start: Int) -> Int? {
    guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
    var index = start
    let last = bytes.count - pattern.count
    while index <= last {
      if bytes[index] == first {
        var k = 1
        while k < pattern.count, bytes[index + k] == pattern[k] { k += 1 }
        if k == pattern.count { return index }
      }
      index += 1
    }
    return nil
  }
}

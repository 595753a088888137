import FrenchText

/// Strings (with their escapes) and numbers.
extension JSONParser {
  /// The string whose opening quote is at `index`; `index` ends after its closing quote (the
  /// former path, byte by byte after an escape; kept to check `string()` against it).
  mutating func generalString() throws(Failure) -> String {
    index += 1
    let start = index
    while index < bytes.count {
      index = plainEnd(from: index)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == 0x22 {
        defer { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
      }
      if byte == 0x5C { break }
      guard byte >= 0x20 else { throw fail("unescaped control character in a string") }
      index += 1
    }
    var decoded = Array(bytes[start..<index])
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x22 {
        index += 1
        return String(decoding: decoded, as: UTF8.self)
      }
      guard byte >= 0x20 else { throw fail("unescaped control character in a string") }
      guard byte == 0x5C else {
        decoded.append(byte)
        index += 1
        continue
      }
      let (scalar, length) = try escape()
      UTF8.encode(scalar) { decoded.append($0) }
      index += length
    }
    throw fail("unexpected end of the text in a string")
  }

  /// The string whose opening quote is at `index`, also as a buffer giving each byte's file
  /// offset: a byte written as such, its own; a decoded escape, the backslash for its first
  /// byte and the last byte of the escape for the next ones (as `JSONLiteralLocator`). The
  /// former path, appending run by run; kept to check `trackedString()` against it.
  mutating func generalTrackedString() throws(Failure) -> TextRepairBuffer {
    index += 1
    var buffer = TextRepairBuffer()
    var run = index
    while index < bytes.count {
      index = plainEnd(from: index)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte != 0x22 && byte != 0x5C && byte >= 0x20 {
        index += 1
        continue
      }
      if buffer.isEmpty { buffer.reserveCapacity(min(bytes.count - run, 1024)) }
      buffer.append(bytes, range: run..<index, shift: baseOffset)
      if byte == 0x22 {
        index += 1
        return buffer
      }
      guard byte == 0x5C else { throw fail("unescaped control character in a string") }
      let (scalar, length) = try escape()
      Self.append(
        scalar, first: baseOffset + index, next: baseOffset + index + length - 1, to: &buffer)
      index += length
      run = index
    }
    throw fail("unexpected end of the text in a string")
  }

  /// Appends the UTF-8 bytes of `scalar`, the first from `first`, the others from `next`.
  @inline(__always)
  private static func append(
    _ scalar: Unicode.Scalar, first: Int, next: Int, to buffer: inout TextRepairBuffer
  ) {
    let value = scalar.value
    switch value {
    case 0..<0x80:
      buffer.append(UInt8(value), origin: first)
    case 0x80..<0x800:
      buffer.append(UInt8(0xC0 | value >> 6), origin: first)
      buffer.append(UInt8(0x80 | value & 0x3F), origin: next)
    case 0x800..<0x10000:
      buffer.append(UInt8(0xE0 | value >> 12), origin: first)
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F), origin: next)
      buffer.append(UInt8(0x80 | value & 0x3F), origin: next)
    default:
      buffer.append(UInt8(0xF0 | value >> 18), origin: first)
      buffer.append(UInt8(0x80 | value >> 12 & 0x3F), origin: next)
      buffer.append(UInt8(0x80 | value >> 6 & 0x3F), origin: next)
      buffer.append(UInt8(0x80 | value & 0x3F), origin: next)
    }
  }

  /// The index of the first quote, backslash or control character from `start` on (or the end),
  /// skipping sixteen bytes at a time (vector compares), then eight, while none is there.
  func plainEnd(from start: Int) -> Int {
    bytes.withUnsafeBytes { raw in
      var index = start
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      if let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) {
        while index + 16 <= raw.count {
          let special = Self.specialFlags(base, at: index)
          if special.low != 0 { return index + special.low.trailingZeroBitCount / 8 }
          if special.high != 0 { return index + 8 + special.high.trailingZeroBitCount / 8 }
          index += 16
        }
      }
      while index + 8 <= raw.count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special =
          ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
          | ((word &- ones &* 0x20) & ~word)
        // The lowest flag is on the first quote, backslash or control byte (a borrow only
        // flags bytes above a real one).
        if special & highs != 0 { return index + (special & highs).trailingZeroBitCount / 8 }
        index += 8
      }
      while index < raw.count {
        let byte = raw[index]
        if byte == 0x22 || byte == 0x5C || byte < 0x20 { break }
        index += 1
      }
      return index
    }
  }

  /// The scalar of the escape whose backslash is at `index`, and the escape's length in bytes.
  func escape() throws(Failure) -> (Unicode.Scalar, Int) {
    guard index + 1 < bytes.count else { throw fail("unexpected end of the text in a string") }
    let simple: UInt8
    switch bytes[index + 1] {
    case 0x22, 0x5C, 0x2F: simple = bytes[index + 1]
    case 0x62: simple = 0x08
    case 0x66: simple = 0x0C
    case 0x6E: simple = 0x0A
    case 0x72: simple = 0x0D
    case 0x74: simple = 0x09
    case 0x75: return try unicodeEscape()
    default: throw fail("invalid escape sequence")
    }
    return (Unicode.Scalar(simple), 2)
  }

  /// "\uXXXX", or a surrogate pair "\uD83D\uDE00".
  private func unicodeEscape() throws(Failure) -> (Unicode.Scalar, Int) {
    guard let high = hex4(at: index + 2) else { throw fail("invalid \\u escape") }
    if (0xD800..<0xDC00).contains(high) {
      guard index + 11 < bytes.count, bytes[index + 6] == 0x5C, bytes[index + 7] == 0x75,
        let low = hex4(at: index + 8), (0xDC00..<0xE000).contains(low),
        let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
      else { throw fail("high surrogate escape without its low surrogate") }
      return (scalar, 12)
    }
    guard let scalar = Unicode.Scalar(high) else {
      throw fail("low surrogate escape without its high surrogate")
    }
    return (scalar, 6)
  }

  private func hex4(at start: Int) -> UInt32? {
    guard start + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[start..<start + 4] {
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: return nil
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// The number at `index`: its value as an `Int` when it is an integer that fits, or a
  /// fraction or exponent form whose value is one exactly (as `NSNumber` bridges to `Int`).
  mutating func number() throws(Failure) -> JSONValue {
    let start = index
    if bytes[index] == 0x2D { index += 1 }
    guard digit() else { throw fail("invalid number") }
    if bytes[index] == 0x30 {
      index += 1
      if digit() { throw fail("number with a leading zero") }
    } else {
      while digit() { index += 1 }
    }
    var isInteger = true
    if index < bytes.count, bytes[index] == 0x2E {
      isInteger = false
      index += 1
      guard digit() else { throw fail("invalid number") }
      while digit() { index += 1 }
    }
    if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
      isInteger = false
      index += 1
      if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
      guard digit() else { throw fail("invalid number") }
      while digit() { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if isInteger { return .number(Int(text)) }
    guard let double = Double(text), double.isFinite else {
      throw Failure(message: "number \(text) out of range", offset: baseOffset + start)
    }
    return .number(Int(exactly: double))
  }

  private func digit() -> Bool {
    index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39
  }
}

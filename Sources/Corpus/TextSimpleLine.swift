/// Byte-level answers for lines whose characters are all "simple": ASCII (without line feeds),
/// precomposed Latin-1 letters U+00C0–U+00FF, "Œ", "œ", and a few French marks (no-break space, "«", "»",
/// "°", "–", "—", "‘", "’", "“", "”", "…", narrow no-break space, "€").
///
/// In such a line every scalar is a character of its own (none extends, prepends or joins, and
/// there is no line feed for a carriage return to join), no character is canonically equivalent
/// to another, lower-casing turns no non-ASCII character into ASCII, and the only characters
/// that are numbers are the ASCII digits. So `String` searches for ASCII needles, `isNumber` and
/// `lowercased()` prefixes give what the bytes give, and readers may decide on the bytes; any
/// other line goes through the `String` code.
enum SimpleLine {
  /// Whether every character of `bytes` (valid UTF-8) is simple.
  static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x0A { return false }
        index += 1
        continue
      }
      guard index + 1 < count else { return false }
      let second = bytes[index + 1]
      switch byte {
      case 0xC3:
        index += 2
      case 0xC5:
        guard second == 0x92 || second == 0x93 else { return false }
        index += 2
      case 0xC2:
        guard second == 0xA0 || second == 0xAB || second == 0xBB || second == 0xB0 else {
          return false
        }
        index += 2
      case 0xE2:
        guard index + 2 < count else { return false }
        let third = bytes[index + 2]
        if second == 0x80 {
          switch third {
          case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6, 0xAF: index += 3
          default: return false
          }
        } else if second == 0x82, third == 0xAC {
          index += 3
        } else {
          return false
        }
      default:
        return false
      }
    }
    return true
  }

  /// `body` on the bytes of `text` when they are contiguous and simple, else nil.
  static func withSimpleBytes<Result>(
    _ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    let answer: Result?? = text.utf8.withContiguousStorageIfAvailable { buffer -> Result? in
      isSimple(buffer) ? body(buffer) : nil
    }
    return answer ?? nil
  }

  /// The start of the first occurrence of the ASCII `needle` in `bytes[range]`, or nil.
  static func firstIndex(
    of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Int? {
    let length = needle.utf8CodeUnitCount
    guard range.count >= length else { return nil }
    return needle.withUTF8Buffer { pattern -> Int? in
      var start = range.lowerBound
      while start + length <= range.upperBound {
        if matches(pattern, bytes, at: start) { return start }
        start += 1
      }
      return nil
    }
  }

  /// The start of the last occurrence of the ASCII `needle` in `bytes[range]`, or nil.
  static func lastIndex(
    of needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> Int? {
    let length = needle.utf8CodeUnitCount
    guard range.count >= length else { return nil }
    return needle.withUTF8Buffer { pattern -> Int? in
      var start = range.upperBound - length
      while start >= range.lowerBound {
        if matches(pattern, bytes, at: start) { return start }
        start -= 1
      }
      return nil
    }
  }

  /// Whether `bytes[range]` starts with the ASCII `prefix`.
  static func hasPrefix(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: StaticString
  ) -> Bool {
    guard range.count >= prefix.utf8CodeUnitCount else { return false }
    return prefix.withUTF8Buffer { matches($0, bytes, at: range.lowerBound) }
  }

  @inline(__always)
  private static func matches(
    _ pattern: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int
  ) -> Bool {
    for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] {
      return false
    }
    return true
  }

  /// Whether `bytes[range]` starts with the ASCII `prefix`, ASCII letters of `bytes` compared
  /// in lower case (as `lowercased().hasPrefix(prefix)` decides for a simple line and a
  /// lower-case `prefix`).
  static func startsWithLowercased(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ prefix: StaticString
  ) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard range.count >= count else { return false }
    return prefix.withUTF8Buffer { expected in
      for offset in 0..<count {
        var byte = bytes[range.lowerBound + offset]
        if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
        if byte != expected[offset] { return false }
      }
      return true
    }
  }

  /// The text of `bytes[range]` (valid UTF-8 on character boundaries).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The text of `bytes[range]` trimmed of the spaces `SourceText.trimmingSpaces` removes.
  static func trimmedString(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    string(bytes, SourceText.spaceTrimmed(bytes, range))
  }

  /// The number of characters of `bytes[range]` (of a simple line: its scalars).
  static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var count = 0
    for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  /// `FrenchDateReader.words` of the part `range` of the simple line `text`, whose bytes are
  /// `bytes`: split on spaces (no-break ones included), trailing ",.;:)]" and leading "(["
  /// removed, each word a slice of `text`.
  static func words(
    of text: String, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> [Substring] {
    var result: [Substring] = []
    var cursor = range.lowerBound
    let end = range.upperBound
    while cursor < end {
      let separator = separatorLength(bytes, at: cursor, end: end)
      if separator > 0 {
        cursor += separator
        continue
      }
      var wordEnd = cursor
      while wordEnd < end, separatorLength(bytes, at: wordEnd, end: end) == 0 { wordEnd += 1 }
      let next = wordEnd
      var wordStart = cursor
      while wordEnd > wordStart, isClosingMark(bytes[wordEnd - 1]) { wordEnd -= 1 }
      while wordStart < wordEnd, bytes[wordStart] == 0x28 || bytes[wordStart] == 0x5B {
        wordStart += 1
      }
      result.append(substring(of: text, wordStart..<wordEnd))
      cursor = next
    }
    return result
  }

  /// ",", ".", ";", ":", ")" or "]".
  private static func isClosingMark(_ byte: UInt8) -> Bool {
    byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A || byte == 0x29 || byte == 0x5D
  }

  /// The length of the space, no-break space or narrow no-break space at `index`, else 0.
  private static func separatorLength(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int
  ) -> Int {
    let byte = bytes[index]
    if byte == 0x20 { return 1 }
    if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF {
      return 3
    }
    return 0
  }

  /// The index after the first `count` characters from `start` (of a simple line: scalars), or
  /// the end.
  static func offset(
    afterCharacters count: Int, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    var index = start
    var skipped = 0
    while index < bytes.count, skipped < count {
      index += 1
      while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
      skipped += 1
    }
    return index
  }

  /// The part of `text` at the byte offsets `range` (on character boundaries).
  static func substring(of text: String, _ range: Range<Int>) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    return text[lower..<utf8.index(lower, offsetBy: range.count)]
  }

  /// The end of the run of ASCII digits from `start`.
  static func digitsEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var cursor = start
    while cursor < end, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
    return cursor
  }
}

/// Short strings (at most 15 UTF-8 bytes) made from bytes known to be valid UTF-8, without a
/// call: the bytes are packed into the two words of Swift's small-string form, as
/// `String(decoding:as:)` would store them, with no validation and no allocation.
///
/// The layout is checked once against strings the standard library makes (`available`), ASCII
/// and not; where it differs, the lexer takes `String(decoding:as:)` instead.
enum SmallString {
  /// The most bytes a small string holds.
  static let capacity = 15

  /// The small string whose bytes were packed into `low` (bytes 0–7) and `high` (bytes 8–14),
  /// whose length is `count`, all ASCII when `ascii`.
  @inline(__always)
  static func string(low: UInt64, high: UInt64, count: Int, ascii: Bool = true) -> String {
    unsafeBitCast((low, flagged(high, count: count, ascii: ascii)), to: String.self)
  }

  /// `high` with the flags and the length `count` of a small string in its top byte.
  @inline(__always)
  static func flagged(_ high: UInt64, count: Int, ascii: Bool = true) -> UInt64 {
    let flags: UInt64 = ascii ? 0xE0 : 0xA0
    return high | (flags | UInt64(count)) << 56
  }

  /// `string` of `bytes` (valid UTF-8, at most `capacity`); ASCII letters lowered when
  /// `lowering`.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool = false) -> String {
    unsafeBitCast(words(bytes, lowering: lowering), to: String.self)
  }

  /// The two words of `string(bytes, lowering:)`.
  @inline(__always)
  static func words(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool = false) -> (
    UInt64, UInt64
  ) {
    var words: (UInt64, UInt64) = (0, 0)
    var any: UInt8 = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      any |= byte
      let value = UInt64(lowering && byte &- 0x41 < 26 ? byte + 32 : byte)
      if index < 8 {
        words.0 |= value << (8 * index)
      } else {
        words.1 |= value << (8 * (index - 8))
      }
    }
    return (words.0, flagged(words.1, count: bytes.count, ascii: any < 0x80))
  }

  /// Whether the packed strings are bit for bit those of the standard library, checked on
  /// every length, ASCII and accented.
  static let available: Bool = {
    let samples = [
      "", "a", "Ab", "l'", "2024", "deux", "ministre", "a-b,c.d/e;f", "abcdefghijklmno", "é",
      "État", "œuvre", "l\u{2019}", "ministère", "départementaux", "n°", "😀",
    ]
    for sample in samples {
      var copy = sample
      let expected = String(decoding: Array(sample.utf8), as: UTF8.self)
      let packed = copy.withUTF8 { string($0) }
      guard
        unsafeBitCast(packed, to: (UInt64, UInt64).self)
          == unsafeBitCast(expected, to: (UInt64, UInt64).self),
        packed == sample, packed.utf8.count == sample.utf8.count,
        Array(packed.utf8) == Array(sample.utf8), packed.hashValue == sample.hashValue,
        Array(packed.unicodeScalars) == Array(sample.unicodeScalars)
      else { return false }
    }
    return true
  }()
}

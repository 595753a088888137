/// Short ASCII strings (at most 15 bytes) made from their bytes without a call: the bytes are
/// packed into the two words of Swift's small-string form, as `String(decoding:as:)` would
/// store them, with no UTF-8 validation (ASCII is valid) and no allocation.
///
/// The layout is checked once against strings the standard library makes (`available`); where
/// it differs, the lexer takes `String(decoding:as:)` instead.
enum SmallASCII {
  /// The most bytes a small string holds.
  static let capacity = 15

  /// The two words of a small ASCII string whose bytes were packed into `low` (bytes 0–7) and
  /// `high` (bytes 8–14), and whose length is `count`.
  @inline(__always)
  static func string(low: UInt64, high: UInt64, count: Int) -> String {
    unsafeBitCast((low, high | (0xE0 | UInt64(count)) << 56), to: String.self)
  }

  /// `string` of `bytes` (ASCII, at most `capacity`), lowered when `lowering`.
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, lowering: Bool) -> String {
    var words: (UInt64, UInt64) = (0, 0)
    for (index, byte) in bytes.enumerated() {
      let value = UInt64(lowering && byte &- 0x41 < 26 ? byte + 32 : byte)
      if index < 8 {
        words.0 |= value << (8 * index)
      } else {
        words.1 |= value << (8 * (index - 8))
      }
    }
    return string(low: words.0, high: words.1, count: bytes.count)
  }

  /// Whether the packed strings are bit for bit those of the standard library, checked on
  /// every length and on letters, digits and punctuation.
  static let available: Bool = {
    let samples = [
      "", "a", "Ab", "l'", "2024", "deux", "ministre", "a-b,c.d/e;f", "abcdefghijklmno",
    ]
    for sample in samples {
      var copy = sample
      let expected = String(decoding: Array(sample.utf8), as: UTF8.self)
      let packed = copy.withUTF8 { string($0, lowering: false) }
      guard
        unsafeBitCast(packed, to: (UInt64, UInt64).self)
          == unsafeBitCast(expected, to: (UInt64, UInt64).self),
        packed == sample, packed.utf8.count == sample.utf8.count,
        Array(packed.utf8) == Array(sample.utf8), packed.hashValue == sample.hashValue
      else { return false }
    }
    return true
  }()
}

/// Where a run of ASCII letters or of ASCII digits ends, read eight bytes at a time: each word
/// is tested with a few additions whose per-byte carries never cross a byte (every operand
/// byte is below 0x80), and the first byte outside the run is the lowest flagged byte.
enum LexerRuns {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Bit 7 of every byte of `word` that is not an ASCII letter ("A"–"Z", "a"–"z").
  @inline(__always)
  static func nonLetters(_ word: UInt64) -> UInt64 {
    // Upper case lowered with 0x20 (no other byte lands in "a"–"z"), bit 7 cleared.
    let lowered = (word | ones &* 0x20) & ~highBits
    let fromA = lowered &+ ones &* (0x80 - 0x61)
    let pastZ = lowered &+ ones &* (0x80 - 0x7B)
    return (~fromA | pastZ | word) & highBits
  }

  /// Bit 7 of every byte of `word` that is not an ASCII digit.
  @inline(__always)
  static func nonDigits(_ word: UInt64) -> UInt64 {
    let low = word & ~highBits
    let from0 = low &+ ones &* (0x80 - 0x30)
    let past9 = low &+ ones &* (0x80 - 0x3A)
    return (~from0 | past9 | word) & highBits
  }

  /// Whether `byte` is an ASCII letter.
  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  /// Whether `byte` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  /// The end of the run of ASCII letters (of ASCII digits when `digits`) that continues at
  /// `offset` in the `count` bytes at `base`: `offset` itself when that byte is outside it.
  /// Never reads past `count`.
  @inline(__always)
  static func end(_ base: UnsafePointer<UInt8>, _ count: Int, from offset: Int, digits: Bool)
    -> Int
  {
    var end = offset
    while end &+ 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self))
      let outside = digits ? nonDigits(word) : nonLetters(word)
      if outside != 0 { return end &+ outside.trailingZeroBitCount &>> 3 }
      end &+= 8
    }
    if digits {
      while end < count, isDigit(base[end]) { end &+= 1 }
    } else {
      while end < count, isLetter(base[end]) { end &+= 1 }
    }
    return end
  }
}

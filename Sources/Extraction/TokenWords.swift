/// Word-at-a-time reading of a short ASCII token (at most 15 bytes): its bytes loaded as two
/// little-endian words from the sentence's buffer (never past its end), tested for non-ASCII
/// bytes and lowered eight bytes at a time, as `TokenBuilder.make` packs them into small
/// strings (`SmallString`).
enum TokenWords {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// The `count` bytes (1–8) at `offset` in `bytes` as a little-endian word, the bytes after
  /// them 0. `offset + count` must not pass `bytes.count`.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ count: Int) -> UInt64 {
    // Wrapping arithmetic: `offset` and `count` are within a buffer, so nothing overflows (and
    // no overflow check is made per token).
    let base = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped)
    if offset &+ 8 <= bytes.count {
      let word = UInt64(littleEndian: (base + offset).loadUnaligned(as: UInt64.self))
      return word & (~0 &>> (64 &- 8 &* count))
    }
    if bytes.count >= 8 {
      let word = UInt64(
        littleEndian: (base + (offset &+ count &- 8)).loadUnaligned(as: UInt64.self))
      return word &>> (8 &* (8 &- count))
    }
    var word: UInt64 = 0
    var index = 0
    while index < count {
      word |= UInt64(bytes[offset &+ index]) &<< UInt64(8 &* index)
      index &+= 1
    }
    return word
  }

  /// `word` (ASCII bytes) with its upper-case letters lowered.
  @inline(__always)
  static func lowered(_ word: UInt64) -> UInt64 {
    // Bit 7 of a byte set when the byte is at least "A", and when it is past "Z": no carry
    // crosses a byte, every byte being below 0x80.
    let fromA = word &+ ones &* 0x3F
    let pastZ = word &+ ones &* 0x25
    return word | (fromA & ~pastZ & highBits) >> 2
  }

  /// `WordKey` of the `count` bytes (at most 16) of `low` then `high` (zeros past `count`).
  @inline(__always)
  static func key(_ low: UInt64, _ high: UInt64, _ count: Int) -> UInt64 {
    let hash = WordKey.first(low, count)
    return count > 8 ? WordKey.next(hash, high) : hash
  }
}

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
    let base = UnsafeRawPointer(bytes.baseAddress!)
    if offset + 8 <= bytes.count {
      let word = UInt64(littleEndian: (base + offset).loadUnaligned(as: UInt64.self))
      return word & (~0 &>> (64 - 8 * count))
    }
    if bytes.count >= 8 {
      let word = UInt64(littleEndian: (base + offset + count - 8).loadUnaligned(as: UInt64.self))
      return word &>> (8 * (8 - count))
    }
    var word: UInt64 = 0
    for index in 0..<count { word |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
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

  /// FNV-1a (`WordKey`) of the `count` bytes (at most 16) of `low` then `high`: one step per
  /// byte, unrolled (no loop counter).
  @inline(__always)
  static func key(_ low: UInt64, _ high: UInt64, _ count: Int) -> UInt64 {
    let hash = steps(0xcbf2_9ce4_8422_2325, low, min(count, 8))
    return count > 8 ? steps(hash, high, count &- 8) : hash
  }

  /// `hash` carried on by FNV-1a over the first `count` bytes (0–8) of `word`.
  @inline(__always)
  static func steps(_ hash: UInt64, _ word: UInt64, _ count: Int) -> UInt64 {
    let prime: UInt64 = 0x100_0000_01b3
    var hash = hash
    var word = word
    switch count {
    case 8:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 7:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 6:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 5:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 4:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 3:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 2:
      hash = (hash ^ (word & 0xFF)) &* prime
      word &>>= 8
      fallthrough
    case 1:
      hash = (hash ^ (word & 0xFF)) &* prime
    default:
      break
    }
    return hash
  }
}

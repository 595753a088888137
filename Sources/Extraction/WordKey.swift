/// The key of a folded word, computed once per token when lexing (`TextToken.key`) and once
/// per lexicon word, so that the scanners' look-ups compare two integers before they compare two
/// strings, and never hash a `String`. The bytes are read eight at a time as little-endian
/// words (the last one padded with zeros): the first word, with the length, takes one multiply
/// (a bijection, so no two words of at most 8 bytes share a key), each further word one
/// 64x64->128-bit multiply folded to 64 bits.
enum WordKey {
  static let seed: UInt64 = 0x243f_6a88_85a3_08d3
  static let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
  static let carry: UInt64 = 0xe703_7ed1_a0b4_28db
  // Never a valid UTF-8 word (0xBD after "d"): `word ^ mixer` is never 0.
  static let mixer: UInt64 = 0xa076_1d64_78bd_642f

  /// The key so far of a word of `count` bytes whose first eight (fewer: padded) are `word`.
  @inline(__always)
  static func first(_ word: UInt64, _ count: Int) -> UInt64 {
    (word ^ seed ^ UInt64(truncatingIfNeeded: count)) &* multiplier
  }

  /// `hash` carried on by the next eight bytes (fewer: padded) of the word, `word`.
  @inline(__always)
  static func next(_ hash: UInt64, _ word: UInt64) -> UInt64 {
    let product = (hash ^ carry).multipliedFullWidth(by: word ^ mixer)
    return product.high ^ product.low
  }

  /// The key of `bytes`.
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = bytes.count
    guard count > 0, let base = bytes.baseAddress else { return first(0, 0) }
    var hash = first(chunk(base, count, 0), count)
    var offset = 8
    while offset < count {
      hash = next(hash, chunk(base, count, offset))
      offset &+= 8
    }
    return hash
  }

  /// The (at most) eight bytes at `offset` of the `count` bytes at `base`, as a little-endian
  /// word padded with zeros.
  @inline(__always)
  static func chunk(_ base: UnsafePointer<UInt8>, _ count: Int, _ offset: Int) -> UInt64 {
    if offset &+ 8 <= count {
      return UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
    var word: UInt64 = 0
    for index in offset..<count { word |= UInt64(base[index]) << UInt64(8 &* (index &- offset)) }
    return word
  }

  /// The key of the UTF-8 bytes of `word`.
  static func of(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { of($0) }
  }

  /// The slot of `key` in an open-addressing table of `mask + 1` slots.
  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
  }
}

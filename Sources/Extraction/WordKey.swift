/// The key of a folded word: FNV-1a over its UTF-8 bytes, computed once per token when lexing
/// (`TextToken.key`) and once per lexicon word, so that the scanners' look-ups compare two
/// integers before they compare two strings, and never hash a `String`.
enum WordKey {
  /// FNV-1a (64 bits) of `bytes`.
  @inline(__always)
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// FNV-1a (64 bits) of the UTF-8 bytes of `word`.
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

/// `Lexer.fold` on UTF-8 bytes for the letters French text is written with: ASCII, the
/// accented Latin-1 letters of `Lexer.foldNonASCII`, "œ", "Ÿ", the typographic apostrophes and
/// "º". A token holding any other non-ASCII scalar gets nil, and `Lexer.fold(_:)` reads it.
enum FoldedBytes {
  /// The folded form of `bytes` (valid UTF-8), or nil when a scalar has no fast path.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { output in
      guard let count = fold(bytes, into: output) else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
    }
  }

  /// Writes the folded form of `bytes` (valid UTF-8) into `output` (at least `bytes.count`
  /// bytes: a folded scalar is never longer) and returns its length, or nil when a scalar has
  /// no fast path.
  @inline(__always)
  static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    var count = 0
    var offset = 0
    while offset < bytes.count {
      let lead = bytes[offset]
      if lead < 0x80 {
        output[count] = lead >= 0x41 && lead <= 0x5A ? lead + 32 : lead
        count += 1
        offset += 1
        continue
      }
      guard let folded = fold(lead, bytes, offset) else { return nil }
      output[count] = folded.first
      count += 1
      if folded.second != 0 {
        output[count] = folded.second
        count += 1
      }
      offset += folded.width
    }
    return count
  }

  /// One or two folded bytes (`second` 0 when one) and the width of the scalar read.
  struct Folded {
    var first: UInt8
    var second: UInt8 = 0
    var width = 2
  }

  @inline(__always)
  static func fold(_ lead: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int)
    -> Folded?
  {
    guard offset + 1 < bytes.count else { return nil }
    let second = bytes[offset + 1]
    switch lead {
    case 0xC3:
      let letter = latin1Letters.utf8Start[Int(second & 0x3F)]
      guard letter != 0 else { return nil }
      return letter == 1 ? Folded(first: 0x61, second: 0x65) : Folded(first: letter)
    case 0xC5 where second == 0x93 || second == 0x92: return Folded(first: 0x6F, second: 0x65)
    case 0xC5 where second == 0xB8: return Folded(first: 0x79)
    case 0xCA where second == 0xBC: return Folded(first: 0x27)
    case 0xC2 where second == 0xBA: return Folded(first: 0xC2, second: 0xB0)
    case 0xE2 where second == 0x80 && offset + 2 < bytes.count && bytes[offset + 2] == 0x99:
      return Folded(first: 0x27, width: 3)
    default: return nil
    }
  }

  /// `latin1` as a constant (no lazy global to check per scalar): "\u{0}" for 0, "\u{1}" for 1.
  static var latin1Letters: StaticString {
    """
    aaa\u{0}a\u{0}\u{1}ceeee\u{0}iii\u{0}\u{0}\u{0}oo\u{0}o\u{0}\u{0}uuuu\u{0}\u{0}\u{0}\
    aaa\u{0}a\u{0}\u{1}ceeee\u{0}iii\u{0}\u{0}\u{0}oo\u{0}o\u{0}\u{0}uuuu\u{0}\u{0}y
    """
  }

  /// The folded ASCII letter of U+00C0 + i (second byte 0x80 + i after 0xC3): 0 when the
  /// scalar has no fast path, 1 for "æ"/"Æ" ("ae").
  static let latin1: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 64)
    let groups: [(String, Character)] = [
      ("àâäáÀÂÄÁ", "a"), ("éèêëÉÈÊË", "e"), ("îïíÎÏÍ", "i"), ("ôöóÔÖÓ", "o"),
      ("ùûüúÙÛÜÚ", "u"), ("çÇ", "c"), ("ÿ", "y"),
    ]
    for (letters, folded) in groups {
      for scalar in letters.unicodeScalars {
        table[Int(scalar.value - 0xC0) & 0x3F] = folded.asciiValue!
      }
    }
    table[0xE6 - 0xC0] = 1
    table[0xC6 - 0xC0] = 1
    return table
  }()
}

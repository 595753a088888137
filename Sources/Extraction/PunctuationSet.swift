/// A set of ASCII punctuation marks tested against a token's bytes: no `String` hashing in the
/// scanners' clause loops. A token is in the set when its text is exactly one of the marks.
struct PunctuationSet: Sendable, ExpressibleByStringLiteral {
  private var bits: UInt128 = 0

  /// Every character of `marks` (ASCII) is a member.
  init(stringLiteral marks: String) {
    for byte in marks.utf8 where byte < 0x80 { bits |= 1 << UInt128(byte) }
  }

  /// Whether `token` is one of the marks: its length and byte read from its stored text's
  /// words (`textByteCount`, `firstTextByte`), no `String` made for it.
  @inline(__always)
  func contains(_ token: TextToken) -> Bool {
    guard token.textByteCount == 1 else { return false }
    let byte = token.firstTextByte
    guard byte < 0x80 else { return false }
    return bits & (1 << UInt128(byte)) != 0
  }

  /// Whether `text` is one of the marks.
  func contains(_ text: String) -> Bool {
    let bytes = text.utf8
    guard bytes.count == 1, let byte = bytes.first, byte < 0x80 else { return false }
    return bits & (1 << UInt128(byte)) != 0
  }
}

/// The case of a token's first character, decided on its bytes when that character is one
/// ASCII scalar (an ASCII byte followed by an ASCII byte or nothing), else by `Character`.
extension TextToken {
  /// `text.first?.isUppercase == true`.
  var startsUppercase: Bool {
    if let first = Self.asciiFirst(text) { return first >= 0x41 && first <= 0x5A }
    return text.first?.isUppercase == true
  }

  /// `text.first?.isLowercase == true`.
  var startsLowercase: Bool {
    if let first = Self.asciiFirst(text) { return first >= 0x61 && first <= 0x7A }
    return text.first?.isLowercase == true
  }

  /// The first byte of `text` when the first character is that one ASCII byte.
  @inline(__always)
  static func asciiFirst(_ text: String) -> UInt8? {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next(), first < 0x80, first != 0x0D else { return nil }
    guard let second = bytes.next() else { return first }
    return second < 0x80 ? first : nil
  }
}

/// A short text as written ("M", "Mme", "."), compared with a token's stored text form
/// (`TextToken.storedText`) as two words: a small string's bits are its bytes, its length
/// and flags that depend only on them (`SmallString`), so equal bits are equal texts and
/// no `String` is made or compared. Where the text is not stored small (`SmallString` not
/// available), the strings are compared.
struct ScanText: Sendable {
  let text: String
  let stored: TokenText

  init(_ text: String) {
    self.text = text
    stored = TokenText(text)
  }

  static let capitalM = ScanText("M")
  static let mme = ScanText("Mme")
  static let mlle = ScanText("Mlle")
  static let dot = ScanText(".")
  static let slash = ScanText("/")
  static let comma = ScanText(",")
  static let hyphen = ScanText("-")
}

extension TextToken {
  /// Whether the token is written `constant` (`text == constant.text`).
  @inline(__always)
  func hasText(_ constant: ScanText) -> Bool {
    constant.stored.high != 0 ? storedText == constant.stored : text == constant.text
  }

  /// The first byte of `text` (0 for an empty text), read from its stored small form.
  @inline(__always)
  var firstTextByte: UInt8 {
    if storedText.high != 0 { return UInt8(truncatingIfNeeded: storedText.low) }
    return text.utf8.first ?? 0
  }
}

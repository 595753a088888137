/// A short text as written ("M", "Mme", "."), compared with a token's stored text form
/// (`TextToken.storedText`) as two words: a small string's bits are its bytes, its length
/// and flags that depend only on them (`SmallString`), so equal bits are equal texts and
/// no `String` is made or compared. Where either form is not stored small (`SmallString`
/// not available, a token lexed without packing), the strings are compared.
struct ScanText: Sendable {
  let text: String
  let stored: TokenText

  init(_ text: String) {
    self.text = text
    stored = TokenText.smallForm(of: text)
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
    TokenText.sameForm(storedText, constant.stored, constant.text)
  }

  /// The number of UTF-8 bytes of `text`, read from its stored small form.
  @inline(__always)
  var textByteCount: Int {
    storedText.high != 0 ? Int(storedText.high >> 56) & 0x0F : text.utf8.count
  }

  /// The number of UTF-8 bytes of `folded`, read from its stored small form.
  @inline(__always)
  var foldedByteCount: Int {
    storedFolded.high != 0 ? Int(storedFolded.high >> 56) & 0x0F : folded.utf8.count
  }

  /// The last byte of `text` (0 for an empty text), read from its stored small form.
  @inline(__always)
  var lastTextByte: UInt8 {
    if storedText.high != 0 {
      let count = Int(storedText.high >> 56) & 0x0F
      guard count > 0 else { return 0 }
      let word = count > 8 ? storedText.high : storedText.low
      return UInt8(truncatingIfNeeded: word >> (8 * UInt64((count - 1) & 7)))
    }
    return text.utf8.last ?? 0
  }

  /// Whether `text` is all ASCII, read from its stored small form's flags.
  @inline(__always)
  var textIsASCII: Bool {
    if storedText.high != 0 { return storedText.high >> 62 & 1 == 1 }
    return !text.utf8.contains { $0 >= 0x80 }
  }

  /// The first byte of `text` (0 for an empty text), read from its stored small form.
  @inline(__always)
  var firstTextByte: UInt8 {
    if storedText.high != 0 { return UInt8(truncatingIfNeeded: storedText.low) }
    return text.utf8.first ?? 0
  }
}

extension TokenText {
  /// The small-string form of `text`, or a form whose `high` is 0 (compared as a `String` by
  /// `sameForm`) when `text` is too long or small strings are not available: nothing is put
  /// in the thread's `TokenTextStore`.
  static func smallForm(of text: String) -> TokenText {
    guard SmallString.available, text.utf8.count <= SmallString.capacity else {
      return TokenText(low: 0, high: 0)
    }
    return TokenText(text)
  }

  /// Whether the form `form` is the form `other` (whose `String` is `string`): two words
  /// compared when both are small strings (the same bytes), else the strings. The look-ups
  /// call it once the keys (hashes of the bytes) matched, where the two tests agree.
  @inline(__always)
  static func sameForm(_ form: TokenText, _ other: TokenText, _ string: String) -> Bool {
    if form.high != 0, other.high != 0 { return form == other }
    return form.string == string
  }
}

extension TextToken {
  /// `startsUppercase`, decided on the stored small form's first two bytes when the first
  /// character is one ASCII byte (as `TextToken.asciiFirst` decides it): no `String` is read.
  @inline(__always)
  var startsUppercaseStored: Bool {
    if storedText.high != 0 {
      let count = Int(storedText.high >> 56) & 0x0F
      guard count > 0 else { return false }
      let first = UInt8(truncatingIfNeeded: storedText.low)
      let second = UInt8(truncatingIfNeeded: storedText.low >> 8)
      if first < 0x80, first != 0x0D, count == 1 || second < 0x80 {
        return first >= 0x41 && first <= 0x5A
      }
    }
    return startsUppercase
  }

  /// `text.count > 1` for a word: its byte count when its text is ASCII (a word holds no
  /// carriage return, the one ASCII byte that joins the next into one character).
  @inline(__always)
  var wordHasSeveralCharacters: Bool {
    if kind == .word, textIsASCII { return textByteCount > 1 }
    return text.count > 1
  }
}

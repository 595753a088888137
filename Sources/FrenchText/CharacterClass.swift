/// How the analyzer treats one Unicode scalar.
///
/// Word characters are letters, digits, combining marks and invisible joiners (soft hyphen,
/// zero-width joiners). Apostrophes, hyphens and the spaces that may separate digit groups are
/// connectors whose meaning depends on their neighbours; everything else separates words.
enum CharacterClass: UInt8, Sendable {
  case letter
  case digit
  /// A combining mark (accents written as a separate scalar, decomposed text).
  case mark
  /// Invisible inside a word: soft hyphen U+00AD, ZWNJ, ZWJ, word joiner, BOM.
  case ignorable
  /// ' U+0027, ’ U+2019, ʼ U+02BC, and the look-alikes ‘ U+2018, ´ U+00B4, ` U+0060.
  case apostrophe
  /// - U+002D, ‐ U+2010, ‑ U+2011 (not the en and em dashes, which separate).
  case hyphen
  /// Space, U+00A0, U+202F, U+2009, U+2007: may separate groups of digits ("150 000").
  case groupSpace
  case other

  /// Whether the scalar continues a word.
  var isWordCharacter: Bool { self.rawValue <= CharacterClass.ignorable.rawValue }

  /// Whether a word can start with the scalar.
  var startsWord: Bool { self == .letter || self == .digit }

  /// The class of a scalar value.
  @inline(__always)
  static func of(_ value: UInt32) -> CharacterClass {
    if value < 0x80 {
      switch value {
      case 0x61...0x7A, 0x41...0x5A: return .letter
      case 0x30...0x39: return .digit
      case 0x20: return .groupSpace
      case 0x27, 0x60: return .apostrophe
      case 0x2D: return .hyphen
      default: return .other
      }
    }
    switch value {
    case 0xA0, 0x2007, 0x2009, 0x202F: return .groupSpace
    case 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF: return .ignorable
    case 0xB4, 0x2BC, 0x2018, 0x2019: return .apostrophe
    case 0x2010, 0x2011: return .hyphen
    case 0xD7, 0xF7: return .other
    // Latin-1 punctuation and symbols (« » ° § €…): only ª µ º are letters.
    case 0xAA, 0xB5, 0xBA: return .letter
    case 0x80...0xBF: return .other
    // General punctuation (dashes, quotes, …, bullets): none is a letter, digit or mark.
    case 0x2000...0x206F: return .other
    // Currency symbols (€ in "15€"): none is a letter, digit or mark.
    case 0x20A0...0x20CF: return .other
    case 0xC0...0x24F: return .letter
    case 0x300...0x36F: return .mark
    default: return slowClass(value)
    }
  }

  static func slowClass(_ value: UInt32) -> CharacterClass {
    guard let scalar = Unicode.Scalar(value) else { return .other }
    let properties = scalar.properties
    if properties.isAlphabetic { return .letter }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
    // Digits of other scripts are kept as word characters, never as numbers.
    case .decimalNumber: return .letter
    default: return .other
    }
  }
}

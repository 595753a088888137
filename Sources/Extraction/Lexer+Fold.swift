import FrenchText

/// The lexer's folding rules, scalar by scalar: the general path that `FoldedBytes` and the
/// ASCII fast paths of `TokenBuilder` must agree with.
extension Lexer {
  /// `fold` with fast paths: ASCII tokens (their bytes lowered, or the text itself) and the
  /// accented letters of French (`FoldedBytes`); any other scalar takes `fold(_:)`.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> String {
    var upper = false
    for byte in bytes {
      if byte >= 0x80 { return FoldedBytes.fold(bytes) ?? fold(text) }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    guard upper else { return text }
    return lowered(bytes)
  }

  /// Every French number word (folded), checked against `NumberWords` once.
  static let numberWords: Set<String> = Set(
    [
      "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
      "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
      "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
      "nonante", "cent", "cents", "mille", "mil",
    ].filter(NumberWords.isNumberWord))

  /// Lower case without accents; "œ" → "oe"; typographic apostrophes → "'"; "º" → "°".
  static func fold(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
      case 0...0x7F: result.unicodeScalars.append(scalar)
      default: result += foldNonASCII(scalar)
      }
    }
    return result
  }

  static func foldNonASCII(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "à", "â", "ä", "á", "À", "Â", "Ä", "Á": return "a"
    case "é", "è", "ê", "ë", "É", "È", "Ê", "Ë": return "e"
    case "î", "ï", "í", "Î", "Ï", "Í": return "i"
    case "ô", "ö", "ó", "Ô", "Ö", "Ó": return "o"
    case "ù", "û", "ü", "ú", "Ù", "Û", "Ü", "Ú": return "u"
    case "ç", "Ç": return "c"
    case "ÿ", "Ÿ": return "y"
    case "œ", "Œ": return "oe"
    case "æ", "Æ": return "ae"
    case "\u{2019}", "\u{02BC}": return "'"
    case "\u{00BA}": return "°"
    default: return scalar.properties.lowercaseMapping
    }
  }

  /// The folded tokens of a pattern written in plain French ("jusqu'à" → jusqu, ', a).
  static func pattern(_ text: String) -> [String] { tokens(in: text, cues: false).map(\.folded) }
}

import FrenchText

/// One token of a sentence for the extractors: a run of letters, a run of digits or a single
/// symbol, with its folded form and its UTF-8 range in the sentence.
struct TextToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case word, number, symbol }

  /// The whitespace before a token.
  enum Gap: Sendable, Hashable {
    /// Glued to the previous token.
    case none
    /// Exactly one space, U+00A0, U+202F or U+2009: a possible digit-group separator.
    case space
    /// Several spaces or a line break.
    case wide
  }

  var kind: Kind
  var text: String
  /// Lower case, accents and ligatures folded, every apostrophe written "'".
  var folded: String
  var range: Range<Int>
  var gap: Gap
  /// True for a French number word ("deux", "vingt", "mille"), decided once when lexing.
  var isNumberWord = false

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }
}

/// Splits text into `TextToken`s with a single pass over its Unicode scalars.
enum Lexer {
  enum Class { case space, newline, letter, digit, symbol }

  static func classify(_ scalar: Unicode.Scalar) -> Class {
    switch scalar.value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x20, 0x09: return .space
    case 0x0A, 0x0D, 0x2028, 0x2029: return .newline
    case 0x27, 0x2019, 0x02BC, 0xBA, 0xAA: return .symbol
    case 0...0x7F: return .symbol
    default:
      if scalar.properties.isWhitespace { return .space }
      return scalar.properties.isAlphabetic ? .letter : .symbol
    }
  }

  static func tokens(in text: String) -> [TextToken] {
    var tokens: [TextToken] = []
    let bytes = Array(text.utf8)
    var offset = 0
    var start = 0
    var currentClass: Class?
    var spaces = 0
    var newline = false
    var gap = TextToken.Gap.none

    func flush() {
      guard let cls = currentClass else { return }
      let kind: TextToken.Kind = cls == .letter ? .word : cls == .digit ? .number : .symbol
      let slice = bytes[start..<offset]
      let current = String(decoding: slice, as: UTF8.self)
      let folded = fold(slice, text: current)
      tokens.append(
        TextToken(
          kind: kind, text: current, folded: folded, range: start..<offset, gap: gap,
          isNumberWord: kind == .word && numberWords.contains(folded)))
      currentClass = nil
    }

    for scalar in text.unicodeScalars {
      let cls = classify(scalar)
      let width = UTF8.width(scalar)
      if cls == .space || cls == .newline {
        flush()
        spaces += 1
        newline = newline || cls == .newline
      } else if cls != currentClass || cls == .symbol {
        flush()
        gap = spaces == 0 ? .none : (spaces == 1 && !newline ? .space : .wide)
        spaces = 0
        newline = false
        start = offset
        currentClass = cls
      }
      offset += width
    }
    flush()
    return tokens
  }

  /// `fold` with a fast path for ASCII tokens: their bytes lowered, or the text itself.
  static func fold(_ bytes: ArraySlice<UInt8>, text: String) -> String {
    var upper = false
    for byte in bytes {
      if byte >= 0x80 { return fold(text) }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    guard upper else { return text }
    return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
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
  static func pattern(_ text: String) -> [String] { tokens(in: text).map(\.folded) }
}

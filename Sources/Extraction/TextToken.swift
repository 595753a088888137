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

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }
}

/// Splits text into `TextToken`s with a single pass over its Unicode scalars.
enum Lexer {
  enum Class { case space, newline, letter, digit, symbol }

  static func classify(_ scalar: Unicode.Scalar) -> Class {
    switch scalar {
    case "\n", "\r", "\u{2028}", "\u{2029}": return .newline
    case "0"..."9": return .digit
    case "'", "\u{2019}", "\u{02BC}", "\u{00BA}", "\u{00AA}": return .symbol
    default:
      if scalar.properties.isWhitespace { return .space }
      return scalar.properties.isAlphabetic ? .letter : .symbol
    }
  }

  static func tokens(in text: String) -> [TextToken] {
    var tokens: [TextToken] = []
    var offset = 0
    var start = 0
    var current = ""
    var currentClass: Class?
    var spaces = 0
    var newline = false
    var gap = TextToken.Gap.none

    func flush() {
      guard let cls = currentClass else { return }
      let kind: TextToken.Kind = cls == .letter ? .word : cls == .digit ? .number : .symbol
      tokens.append(
        TextToken(
          kind: kind, text: current, folded: fold(current), range: start..<offset, gap: gap))
      current = ""
      currentClass = nil
    }

    for scalar in text.unicodeScalars {
      let cls = classify(scalar)
      let width = UTF8.width(scalar)
      if cls == .space || cls == .newline {
        flush()
        spaces += 1
        newline = newline || cls == .newline
      } else {
        if cls != currentClass || cls == .symbol {
          flush()
          gap = spaces == 0 ? .none : (spaces == 1 && !newline ? .space : .wide)
          spaces = 0
          newline = false
          start = offset
          currentClass = cls
        }
        current.unicodeScalars.append(scalar)
      }
      offset += width
    }
    flush()
    return tokens
  }

  /// Lower case without accents; "œ" → "oe"; typographic apostrophes → "'"; "º" → "°".
  static func fold(_ text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case "à", "â", "ä", "á": result += "a"
      case "é", "è", "ê", "ë": result += "e"
      case "î", "ï", "í": result += "i"
      case "ô", "ö", "ó": result += "o"
      case "ù", "û", "ü", "ú": result += "u"
      case "ç": result += "c"
      case "ÿ": result += "y"
      case "œ": result += "oe"
      case "æ": result += "ae"
      case "\u{2019}", "\u{02BC}": result += "'"
      case "\u{00BA}": result += "°"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The folded tokens of a pattern written in plain French ("jusqu'à" → jusqu, ', a).
  static func pattern(_ text: String) -> [String] { tokens(in: text).map(\.folded) }
}

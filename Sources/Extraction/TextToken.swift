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
  /// What the folded word may start or signal for the scanners, decided once when lexing.
  var cues: TokenCues = []
  /// `WordKey` of `folded`, computed once when lexing: what the lexicons' tables look up.
  var key: UInt64 = 0

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

  /// The class of an ASCII scalar, as `classify` gives it.
  @inline(__always)
  static func classifyASCII(_ value: UInt8) -> Class {
    switch value {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x20, 0x09: return .space
    case 0x0A, 0x0D: return .newline
    default: return .symbol
    }
  }

  /// `classifyASCII` of every ASCII byte, as a table (one load per byte in the lexer's loop).
  static let asciiClasses: [Class] = (0..<128).map { classifyASCII(UInt8($0)) }

  /// The one-byte string of every ASCII byte, as `String(decoding:as:)` makes it.
  static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

  /// `classify` of every scalar from U+0080 to U+2FFF (accented letters, typographic
  /// punctuation and spaces), computed once: no Unicode property look-up per scalar there.
  static let wideClasses: [Class] = (0x80..<0x3000).map { classify(Unicode.Scalar(UInt32($0))!) }

  /// The class of a non-ASCII scalar, from `table` (`wideClasses`) below U+3000.
  @inline(__always)
  static func classifyWide(_ scalar: Unicode.Scalar, _ table: [Class]) -> Class {
    scalar.value < 0x3000 ? table[Int(scalar.value) - 0x80] : classify(scalar)
  }

  /// The tokens of `text`, read from its UTF-8 bytes (scalars decoded in place).
  static func tokens(in text: String) -> [TextToken] { tokens(in: text, cues: true) }

  /// The tokens of `text`; with `cues` false, their `cues` stay empty (for the lexicons'
  /// patterns, which `TokenCues.table` is built from).
  static func tokens(in text: String, cues: Bool) -> [TextToken] {
    var text = text
    let wide = wideClasses
    let ascii = asciiClasses
    // Read once here rather than once per token (each read of a global checks its `once`).
    let table = cues ? TokenCues.byteTable : nil
    let singles = asciiStrings
    return text.withUTF8 { bytes in
      var tokens: [TextToken] = []
      tokens.reserveCapacity(bytes.count / 4)
      var offset = 0
      var start = 0
      var current: Class?
      var spaces = 0
      var newline = false
      var gap = TextToken.Gap.none
      func close() {
        guard let current else { return }
        tokens.append(token(bytes, start..<offset, current, gap, cues: table, singles: singles))
      }
      while offset < bytes.count {
        let lead = bytes[offset]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let cls =
          lead < 0x80 ? ascii[Int(lead)] : classifyWide(scalar(bytes, offset, width), wide)
        if cls == .space || cls == .newline {
          close()
          current = nil
          spaces += 1
          newline = newline || cls == .newline
        } else if cls != current || cls == .symbol {
          close()
          gap = spaces == 0 ? .none : (spaces == 1 && !newline ? .space : .wide)
          spaces = 0
          newline = false
          start = offset
          current = cls
        }
        offset = runEnd(bytes, offset + width, cls, ascii)
      }
      close()
      return tokens
    }
  }

  /// Where an ASCII run of letters or digits of class `cls` continuing at `offset` ends:
  /// nothing is decided inside it. `offset` itself for any other class.
  @inline(__always)
  static func runEnd(
    _ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ cls: Class, _ ascii: [Class]
  ) -> Int {
    guard cls == .letter || cls == .digit else { return offset }
    var end = offset
    while end < bytes.count, bytes[end] < 0x80, ascii[Int(bytes[end])] == cls { end += 1 }
    return end
  }

  /// The scalar of `width` UTF-8 bytes at `offset` (a valid non-ASCII sequence).
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, _ width: Int)
    -> Unicode.Scalar
  {
    var value = UInt32(bytes[offset]) & (0xFF >> (width + 1))
    for index in offset + 1..<offset + width {
      value = value << 6 | UInt32(bytes[index] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The token of `range`; its cues looked up in `table` (none without it).
  static func token(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ cls: Class, _ gap: TextToken.Gap,
    cues table: CueTable?, singles: [String]
  ) -> TextToken {
    let kind: TextToken.Kind = cls == .letter ? .word : cls == .digit ? .number : .symbol
    let slice = UnsafeBufferPointer(rebasing: bytes[range])
    let text: String
    var folded: String
    var key: UInt64
    if range.count == 1, slice[0] < 0x80 {
      // One ASCII byte ("l", "d", ",", "4"): its text and folded form from `asciiStrings`.
      let lower = slice[0] >= 0x41 && slice[0] <= 0x5A ? slice[0] + 32 : slice[0]
      text = singles[Int(slice[0])]
      folded = singles[Int(lower)]
      key = (0xcbf2_9ce4_8422_2325 ^ UInt64(lower)) &* 0x100_0000_01b3
    } else if let asciiKey = asciiFoldedKey(slice) {
      text = String(decoding: slice, as: UTF8.self)
      // ASCII: the folded bytes are the lowered bytes, whose key was computed on the way.
      folded = asciiKey.upper ? lowered(slice) : text
      key = asciiKey.key
    } else {
      text = String(decoding: slice, as: UTF8.self)
      folded = FoldedBytes.fold(slice) ?? fold(text)
      key = folded.withUTF8 { WordKey.of($0) }
    }
    let found = table.map { table in folded.withUTF8 { table.cues(of: $0, key: key) } } ?? []
    return TextToken(
      kind: kind, text: text, folded: folded, range: range, gap: gap,
      isNumberWord: kind == .word && found.contains(.numberWord), cues: found, key: key)
  }

  /// For an all-ASCII token: the `WordKey` of its lowered bytes (its folded form), and whether
  /// it holds an upper-case letter; nil when a byte is not ASCII.
  @inline(__always)
  static func asciiFoldedKey(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, upper: Bool)? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var upper = false
    for byte in bytes {
      if byte >= 0x80 { return nil }
      var lower = byte
      if byte >= 0x41 && byte <= 0x5A {
        lower = byte + 32
        upper = true
      }
      hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
    }
    return (hash, upper)
  }

  /// The ASCII bytes of `bytes` with their upper-case letters lowered, as a `String`.
  static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
      }
      return bytes.count
    }
  }

  /// `fold` with fast paths: ASCII tokens (their bytes lowered, or the text itself) and the
  /// accented letters of French (`FoldedBytes`); any other scalar takes `fold(_:)`.
  static func fold(_ bytes: UnsafeBufferPointer<UInt8>, text: String) -> String {
    var upper = false
    for byte in bytes {
      if byte >= 0x80 { return FoldedBytes.fold(bytes) ?? fold(text) }
      if byte >= 0x41 && byte <= 0x5A { upper = true }
    }
    guard upper else { return text }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for (index, byte) in bytes.enumerated() {
        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
      }
      return bytes.count
    }
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

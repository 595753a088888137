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

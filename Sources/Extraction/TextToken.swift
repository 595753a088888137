/// One token of a sentence for the extractors: a run of letters, a run of digits or a single
/// symbol, with its folded form and its UTF-8 range in the sentence.
///
/// Laid out in 56 bytes (the range as two 32-bit offsets, the kind and gap as bytes): the token
/// arrays are written once per sentence and read by every scanner.
struct TextToken: Sendable, Hashable {
  enum Kind: UInt8, Sendable, Hashable { case word, number, symbol }

  /// The whitespace before a token.
  enum Gap: UInt8, Sendable, Hashable {
    /// Glued to the previous token.
    case none
    /// Exactly one space, U+00A0, U+202F or U+2009: a possible digit-group separator.
    case space
    /// Several spaces or a line break.
    case wide
  }

  var text: String
  /// Lower case, accents and ligatures folded, every apostrophe written "'".
  var folded: String
  /// `WordKey` of `folded`, computed once when lexing: what the lexicons' tables look up.
  var key: UInt64 = 0
  private var lower: Int32
  private var upper: Int32
  var kind: Kind
  var gap: Gap
  /// What the folded word may start or signal for the scanners, decided once when lexing.
  var cues: TokenCues = []
  /// True for a French number word ("deux", "vingt", "mille"), decided once when lexing.
  var isNumberWord = false

  init(
    kind: Kind, text: String, folded: String, range: Range<Int>, gap: Gap,
    isNumberWord: Bool = false, cues: TokenCues = [], key: UInt64 = 0
  ) {
    self.text = text
    self.folded = folded
    self.key = key
    self.lower = Int32(truncatingIfNeeded: range.lowerBound)
    self.upper = Int32(truncatingIfNeeded: range.upperBound)
    self.kind = kind
    self.gap = gap
    self.cues = cues
    self.isNumberWord = isNumberWord
  }

  /// The token's UTF-8 range in its sentence.
  var range: Range<Int> {
    get { Int(lower)..<Int(upper) }
    set {
      lower = Int32(truncatingIfNeeded: newValue.lowerBound)
      upper = Int32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }
}

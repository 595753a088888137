/// One token of a sentence for the extractors: a run of letters, a run of digits or a single
/// symbol, with its folded form and its UTF-8 range in the sentence.
///
/// Trivially copyable: its text and folded form are stored as `TokenText` (two words, no
/// reference) and read as `String`s on demand.
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

  /// `text`, as stored.
  var storedText: TokenText
  /// `folded`, as stored.
  var storedFolded: TokenText
  var range: Range<Int>
  /// `WordKey` of `folded`, computed once when lexing: what the lexicons' tables look up.
  var key: UInt64 = 0
  var kind: Kind
  var gap: Gap
  /// True for a French number word ("deux", "vingt", "mille"), decided once when lexing.
  var isNumberWord = false
  /// What the folded word may start or signal for the scanners, decided once when lexing.
  var cues: TokenCues = []

  /// The token as written.
  var text: String {
    @inline(__always) get { storedText.string }
    set { storedText = TokenText(newValue) }
  }

  /// Lower case, accents and ligatures folded, every apostrophe written "'".
  var folded: String {
    @inline(__always) get { storedFolded.string }
    set { storedFolded = TokenText(newValue) }
  }

  var isWord: Bool { kind == .word }
  var isNumber: Bool { kind == .number }

  init(
    kind: Kind, text: String, folded: String, range: Range<Int>, gap: Gap,
    isNumberWord: Bool = false, cues: TokenCues = [], key: UInt64 = 0
  ) {
    self.init(
      kind: kind, storedText: TokenText(text), storedFolded: TokenText(folded), range: range,
      gap: gap, isNumberWord: isNumberWord, cues: cues, key: key)
  }

  @inline(__always)
  init(
    kind: Kind, storedText: TokenText, storedFolded: TokenText, range: Range<Int>, gap: Gap,
    isNumberWord: Bool, cues: TokenCues, key: UInt64
  ) {
    self.storedText = storedText
    self.storedFolded = storedFolded
    self.range = range
    self.key = key
    self.kind = kind
    self.gap = gap
    self.isNumberWord = isNumberWord
    self.cues = cues
  }
}

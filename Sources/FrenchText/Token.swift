/// One indexable word produced by the analyzer: its folded term, its position among the
/// text's tokens, and the UTF-8 byte range of the original word in the analysed text.
///
/// A hyphenated compound or a legal reference gives one token per part, at consecutive
/// positions, plus a *joined* token ("medicosocial", "l314-6") at the position of its first part,
/// whose range covers the whole compound.
public struct Token: Sendable, Hashable {
  /// The folded form that is indexed and matched ("départements" → "departement").
  public var term: String
  /// 0-based position among the tokens of the analysed text (phrases compare positions).
  public var position: Int
  /// UTF-8 byte offsets of the word as written, in the analysed string.
  public var range: Range<Int>
  /// Whether this is the extra token standing for a whole compound or reference; it shares the
  /// position of the compound's first part.
  public var isJoined: Bool

  public init(term: String, position: Int, range: Range<Int>, isJoined: Bool = false) {
    self.term = term
    self.position = position
    self.range = range
    self.isJoined = isJoined
  }
}

/// One indexable word produced by the analyzer: its folded term, its position among the
/// text's tokens, and the UTF-8 byte range of the original word in the analysed text.
public struct Token: Sendable, Hashable {
  /// The folded form that is indexed and matched ("départements" → "departement").
  public var term: String
  /// 0-based position among the tokens of the analysed text (phrases compare positions).
  public var position: Int
  /// UTF-8 byte offsets of the word as written, in the analysed string.
  public var range: Range<Int>

  public init(term: String, position: Int, range: Range<Int>) {
    self.term = term
    self.position = position
    self.range = range
  }
}

/// A mention found in bare text: its facts and the UTF-8 range of its text, end exclusive.
@dynamicMemberLookup
public struct TextMention: Sendable, Hashable, Codable {
  public var facts: MentionFacts
  public var range: Range<Int>

  public init(facts: MentionFacts, range: Range<Int>) {
    self.facts = facts
    self.range = range
  }

  public subscript<T>(dynamicMember keyPath: WritableKeyPath<MentionFacts, T>) -> T {
    get { facts[keyPath: keyPath] }
    set { facts[keyPath: keyPath] = newValue }
  }
}

/// What the extractor remembers from one sentence to the next within a document: the last year
/// written out (for "le 4 juin" with no year) and the last code cited (for "du même code").
public struct DiscourseContext: Sendable, Hashable {
  public var lastYear: Int?
  public var lastCode: String?

  public init(lastYear: Int? = nil, lastCode: String? = nil) {
    self.lastYear = lastYear
    self.lastCode = lastCode
  }
}

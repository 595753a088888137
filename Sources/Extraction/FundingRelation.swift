import Corpus

/// PLACEHOLDER: who pays for what, as one sentence states it.
public struct FundingRelation: Sendable, Hashable, Codable {
  public var sentence: Sentence

  public init(sentence: Sentence) { self.sentence = sentence }
}

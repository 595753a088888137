import Corpus

/// PLACEHOLDER: a typed value found in a sentence (amount, count, date…), with its text and span.
/// The Extraction work replaces this type, keeping `Sendable, Hashable, Codable`.
public struct Mention: Sendable, Hashable, Codable {
  public var text: String
  public var sentence: Sentence

  public init(text: String, sentence: Sentence) {
    self.text = text
    self.sentence = sentence
  }
}

/// PLACEHOLDER: who pays for what, as one sentence states it.
public struct FundingRelation: Sendable, Hashable, Codable {
  public var sentence: Sentence

  public init(sentence: Sentence) { self.sentence = sentence }
}

import Corpus
import Foundation

/// A typed value found in a sentence (amount, count, percent, date, reference), with its exact
/// text, its sentence and where it lies in the original file.
///
/// Encoded as the flat `cli.md` mention object: the keys of `MentionFacts`, then `line`,
/// `sentence` (its text), `file`, `sentenceByteRange`, `textRange` (UTF-8 offsets of `text` in
/// the sentence, end exclusive) and `byteRange` (in the file, when computable).
@dynamicMemberLookup
public struct Mention: Sendable, Hashable, Codable {
  public var facts: MentionFacts
  public var sentence: Sentence
  /// UTF-8 offsets of `text` within `sentence.text`, end exclusive.
  public var textRange: Range<Int>

  public init(facts: MentionFacts, sentence: Sentence, textRange: Range<Int>) {
    self.facts = facts
    self.sentence = sentence
    self.textRange = textRange
  }

  public subscript<T>(dynamicMember keyPath: WritableKeyPath<MentionFacts, T>) -> T {
    get { facts[keyPath: keyPath] }
    set { facts[keyPath: keyPath] = newValue }
  }

  /// 1-based line of the sentence in its file.
  public var line: Int { sentence.span.line }

  /// UTF-8 range of the mention in the original file, when the sentence text is a verbatim copy
  /// of its span; otherwise nil (the sentence's own span is then the finest provenance).
  public var byteRange: Range<Int>? {
    let span = sentence.span.byteRange
    guard span.count == sentence.text.utf8.count else { return nil }
    return (span.lowerBound + textRange.lowerBound)..<(span.lowerBound + textRange.upperBound)
  }

  enum CodingKeys: String, CodingKey {
    case line, sentence, file, sentenceByteRange, textRange, byteRange
  }

  public init(from decoder: any Decoder) throws {
    facts = try MentionFacts(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let span = SourceSpan(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decode(Int.self, forKey: .line),
      byteRange: try Self.decodeRange(container, .sentenceByteRange))
    sentence = Sentence(text: try container.decode(String.self, forKey: .sentence), span: span)
    textRange = try Self.decodeRange(container, .textRange)
  }

  public func encode(to encoder: any Encoder) throws {
    try facts.encode(to: encoder)
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sentence.span.line, forKey: .line)
    try container.encode(sentence.text, forKey: .sentence)
    try container.encode(sentence.span.file, forKey: .file)
    let span = sentence.span.byteRange
    try container.encode([span.lowerBound, span.upperBound], forKey: .sentenceByteRange)
    try container.encode([textRange.lowerBound, textRange.upperBound], forKey: .textRange)
    if let range = byteRange {
      try container.encode([range.lowerBound, range.upperBound], forKey: .byteRange)
    }
  }

  static func decodeRange(
    _ container: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys
  ) throws -> Range<Int> {
    let bounds = try container.decode([Int].self, forKey: key)
    guard bounds.count == 2, bounds[0] <= bounds[1] else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container, debugDescription: "expected [lower, upper]")
    }
    return bounds[0]..<bounds[1]
  }
}

/// One sentence of a document, as repaired (line wraps, hyphenation and page breaks undone,
/// spaces normalised), with the span of the original text it was made from.
public struct Sentence: Sendable, Hashable, Codable {
  public var text: String
  public var span: SourceSpan

  public init(text: String, span: SourceSpan) {
    self.text = text
    self.span = span
  }
}

/// Which part of a document a section is.
public enum SectionKind: String, Sendable, Hashable, Codable {
  /// The title or headline.
  case title
  /// The question's text ("Texte de la question").
  case question
  /// The government's answer ("Texte de la réponse").
  case answer
  /// The body of an announcement or any other prose.
  case body
}

/// A titled part of a document holding its sentences in reading order.
public struct Section: Sendable, Hashable, Codable {
  public var kind: SectionKind
  public var sentences: [Sentence]

  public init(kind: SectionKind, sentences: [Sentence]) {
    self.kind = kind
    self.sentences = sentences
  }
}

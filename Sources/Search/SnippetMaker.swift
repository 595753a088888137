import Corpus
import FrenchText

/// A short passage of a document around the query's words, with the line of its sentence.
public struct Snippet: Sendable, Hashable {
  /// The passage, query words marked with `[` and `]`.
  public var text: String
  /// The file and 1-based line of the sentence the passage comes from.
  public var file: String
  public var line: Int

  public init(text: String, file: String, line: Int) {
    self.text = text
    self.file = file
    self.line = line
  }
}

/// Chooses the best sentence of a document for a query and marks the matched words.
///
/// PLACEHOLDER: returns the first sentence unmarked; the query work replaces the body.
public struct SnippetMaker: Sendable {
  public let analyzer: FrenchAnalyzer

  public init(analyzer: FrenchAnalyzer) { self.analyzer = analyzer }

  public func snippet(for document: Document, query: Query) -> Snippet? {
    guard let sentence = document.sentences.first else { return nil }
    return Snippet(text: sentence.text, file: sentence.span.file, line: sentence.span.line)
  }
}

import Corpus
import FrenchText
import Search

/// The words of a topic, to keep only the passages of a document that are about it: a sentence
/// is on topic when it holds one of the query's positive terms (or a word starting with one of
/// its prefixes), and a passage is every sentence within `window` sentences of one on topic.
/// A short document (at most `wholeDocument` sentences: a question and its answer, a release)
/// is one passage, kept whole; so is every document for an empty topic. The rule matters for
/// long transcripts (questions au Gouvernement), where a date far from the topic is another
/// subject.
public struct AnswerTopicTerms: Sendable {
  public var terms: Set<String>
  public var prefixes: [String]
  public var window: Int
  public var wholeDocument: Int
  let analyzer: FrenchAnalyzer

  public init(
    _ query: Query, window: Int = 3, wholeDocument: Int = 40,
    analyzer: FrenchAnalyzer = FrenchAnalyzer()
  ) {
    var terms: Set<String> = []
    var prefixes: [String] = []
    Self.collect(query, terms: &terms, prefixes: &prefixes)
    self.terms = terms
    self.prefixes = prefixes
    self.window = window
    self.wholeDocument = wholeDocument
    self.analyzer = analyzer
  }

  static func collect(_ query: Query, terms: inout Set<String>, prefixes: inout [String]) {
    switch query {
    case .term(let term): terms.insert(term)
    case .phrase(let words): terms.formUnion(words)
    case .prefix(let prefix): prefixes.append(prefix)
    case .and(let parts), .or(let parts):
      for part in parts { collect(part, terms: &terms, prefixes: &prefixes) }
    case .not: break
    }
  }

  public var isEmpty: Bool { terms.isEmpty && prefixes.isEmpty }

  /// Whether `sentence` uses a word of the topic.
  public func mentions(_ sentence: Sentence) -> Bool {
    analyzer.terms(in: sentence.text).contains { term in
      terms.contains(term) || prefixes.contains { term.hasPrefix($0) }
    }
  }

  /// The spans of the sentences of `document` that lie in a passage about the topic.
  public func passages(in document: Document) -> Set<SourceSpan> {
    let sentences = document.sentences
    guard !isEmpty, sentences.count > wholeDocument else { return Set(sentences.map(\.span)) }
    var kept: Set<SourceSpan> = []
    for (index, sentence) in sentences.enumerated() where mentions(sentence) {
      let range = max(0, index - window)...min(sentences.count - 1, index + window)
      for near in range { kept.insert(sentences[near].span) }
    }
    return kept
  }
}

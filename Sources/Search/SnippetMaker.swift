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
/// The sentence with the most distinct query words wins (a phrase counts when it matches whole,
/// a prefix by folded prefix, words under `NOT` are ignored); on a tie a sentence outside the
/// title, then the earliest. Matched words are marked `[` `]` in the original text (a phrase or
/// a compound as one mark); a long sentence is cut to `windowWords` words around the matches,
/// with "…" where it was cut. Nothing matching: the first sentence of the question, answer or
/// body (else the title).
public struct SnippetMaker: Sendable {
  public let analyzer: FrenchAnalyzer
  /// The most words shown of a long sentence.
  public var windowWords = 30

  public init(analyzer: FrenchAnalyzer) { self.analyzer = analyzer }

  public func snippet(for document: Document, query: Query) -> Snippet? {
    let matcher = SnippetMatcher(query: query)
    var best: (sentence: Sentence, count: Int, isTitle: Bool, ranges: [Range<Int>])?
    var fallback: Sentence?
    let most = matcher.units.count
    sections: for section in document.sections {
      let isTitle = section.kind == .title
      for sentence in section.sentences {
        // A non-title sentence with every unit cannot be displaced: stop analysing.
        if let current = best, current.count == most, !current.isTitle, fallback != nil {
          break sections
        }
        if fallback == nil && !isTitle { fallback = sentence }
        let (count, ranges) = matcher.match(analyzer.tokens(in: sentence.text))
        guard count > 0 else { continue }
        if let current = best,
          current.count > count || (current.count == count && (!current.isTitle || isTitle))
        {
          continue
        }
        best = (sentence, count, isTitle, ranges)
      }
    }
    if let best {
      return make(best.sentence, marks: best.ranges)
    }
    guard let sentence = fallback ?? document.sentences.first else { return nil }
    return make(sentence, marks: [])
  }

  private func make(_ sentence: Sentence, marks: [Range<Int>]) -> Snippet {
    let text = SnippetWindow(text: sentence.text, marks: marks, width: windowWords).render()
    return Snippet(text: text, file: sentence.span.file, line: sentence.span.line)
  }
}

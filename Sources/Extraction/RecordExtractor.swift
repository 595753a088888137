import Corpus
import FrenchText

/// Turns a document into a `DocumentRecord` by running every extractor over its sentences.
///
/// Relative dates are resolved against the section's own date: the question's JO date for the
/// question, the answer's JO date for the answer, the document's `date` otherwise.
public struct RecordExtractor: Sendable {
  public init() {}

  public func record(for document: Document) -> DocumentRecord {
    let extractor = MentionExtractor()
    var context = DiscourseContext()
    var mentions: [Mention] = []
    var funding: [FundingRelation] = []
    for section in document.sections {
      let reference = referenceDate(for: section.kind, in: document)
      for sentence in section.sentences {
        let found = extractor.extract(
          sentence, documentDate: reference, context: &context,
          inQuestion: section.kind == .question)
        mentions += found.mentions
        funding += found.funding
      }
    }
    return DocumentRecord(document: document, mentions: mentions, funding: funding)
  }

  func referenceDate(for kind: SectionKind, in document: Document) -> CalendarDate? {
    switch kind {
    case .question: return document.questionDate ?? document.date
    case .answer: return document.answerDate ?? document.date
    case .title, .body: return document.date
    }
  }
}

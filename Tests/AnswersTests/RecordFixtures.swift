import Answers
import Corpus
import Extraction
import Foundation
import FrenchText

/// Small synthetic documents for the answer tests: sentences on numbered lines, mentions found
/// by their text, funding relations built by hand.
struct RecordFixture {
  var document: Document
  var mentions: [Mention] = []
  var funding: [FundingRelation] = []

  init(
    id: String, kind: DocumentKind = .question, question: [String] = [], answer: [String] = [],
    body: [String] = [], questionDate: String? = nil, answerDate: String? = nil
  ) {
    var line = 1
    var sections: [Section] = []
    for (sectionKind, texts) in [
      (SectionKind.question, question), (.answer, answer), (.body, body),
    ]
    where !texts.isEmpty {
      let sentences = texts.map { text -> Sentence in
        defer { line += 1 }
        return Sentence(
          text: text,
          span: SourceSpan(file: "\(id).txt", line: line, byteRange: 0..<text.utf8.count))
      }
      sections.append(Section(kind: sectionKind, sentences: sentences))
    }
    document = Document(
      id: id, file: "\(id).txt", kind: kind, format: "test", number: 1,
      date: questionDate.flatMap { CalendarDate(parsing: $0) },
      status: answer.isEmpty ? "unanswered" : "answered",
      questionDate: questionDate.flatMap { CalendarDate(parsing: $0) }, questionPage: 12,
      answerDate: answerDate.flatMap { CalendarDate(parsing: $0) }, answerPage: 34,
      sections: sections)
    if kind == .announcement { document.date = questionDate.flatMap { CalendarDate(parsing: $0) } }
  }

  var record: DocumentRecord {
    DocumentRecord(document: document, mentions: mentions, funding: funding)
  }

  func sentence(containing text: String) -> Sentence {
    document.sentences.first { $0.text.contains(text) }!
  }

  /// Adds a reference mention for `text` in the sentence that contains it.
  mutating func reference(_ text: String, kind: String, date: String?, normalized: String? = nil) {
    var facts = MentionFacts(type: .reference, text: text)
    facts.kind = kind
    facts.date = date
    facts.normalized = normalized
    add(facts)
  }

  /// Adds a date mention for `text`.
  mutating func date(_ text: String, value: String, relation: DateRelation? = nil) {
    var facts = MentionFacts(type: .date, text: text, value: .text(value))
    facts.relation = relation
    add(facts)
  }

  mutating func add(_ facts: MentionFacts) {
    let sentence = sentence(containing: facts.text)
    let range = sentence.text.range(of: facts.text)!
    let lower = sentence.text.utf8.distance(from: sentence.text.startIndex, to: range.lowerBound)
    mentions.append(
      Mention(facts: facts, sentence: sentence, textRange: lower..<(lower + facts.text.utf8.count)))
  }

  /// Adds a funding relation triggered by `trigger` in the sentence that contains it.
  mutating func funding(
    _ trigger: String, payer: String?, mechanism: FundingMechanism,
    modality: FundingModality = .realised, polarity: FundingPolarity = .positive,
    object: String? = nil, time: MentionFacts? = nil
  ) {
    var relation = FundingRelation(
      mechanism: mechanism, trigger: trigger, sentence: sentence(containing: trigger),
      modality: modality, polarity: polarity)
    relation.payer = payer
    relation.object = object
    relation.time = time
    funding.append(relation)
  }
}

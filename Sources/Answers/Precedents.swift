import Corpus
import Extraction
import FrenchText

/// What to find precedents for: a document of the index or free text.
public enum PrecedentTarget: Sendable {
  case document(DocumentRecord)
  case text(String)
}

/// Earlier questions on the same subject, most similar first: cosine similarity of TF-IDF
/// vectors over analysed terms of the subject (title, analysis, question text, rubric,
/// ministries). The target itself is left out, and so is any question dated on or after the
/// target's own date (question date, else document date); undated questions are kept.
public struct Precedents: Sendable {
  public var results: [PrecedentResult]
  /// Every answer family of the collection that holds at least one result.
  public var families: [AnswerFamily]

  /// Precedents of `target` among `records` (the whole index, so that term weights and answer
  /// families are the collection's), restricted to `allowed` ids when given.
  public init(
    target: PrecedentTarget, records: [DocumentRecord], allowed: Set<String>? = nil,
    limit: Int = 10, analyzer: FrenchAnalyzer = FrenchAnalyzer()
  ) {
    let vectors = PrecedentVectors(records: records, analyzer: analyzer)
    let (query, targetID, targetDate) = Self.query(for: target, vectors: vectors)
    let candidates = records.filter { record in
      record.document.kind == .question && record.document.id != targetID
        && (allowed?.contains(record.document.id) ?? true)
        && Self.isEarlier(record.document, than: targetDate)
    }
    let scored = Self.rank(candidates, query: query, vectors: vectors).prefix(limit)
    let allFamilies = AnswerFamilies.families(in: records, analyzer: analyzer)
    results = scored.map { item in
      var result = Self.result(item.record, score: item.score, query: query, analyzer: analyzer)
      result.family = allFamilies.first { $0.documentIDs.contains(item.record.document.id) }
      return result
    }
    let ids = Set(results.map(\.id))
    families = allFamilies.filter { !ids.isDisjoint(with: $0.documentIDs) }
  }

  static func rank(
    _ records: [DocumentRecord], query: [String: Double], vectors: PrecedentVectors
  ) -> [(record: DocumentRecord, score: Double)] {
    var scored: [(record: DocumentRecord, score: Double)] = []
    for record in records {
      let vector = vectors.vectors[record.document.id] ?? [:]
      let score = PrecedentVectors.cosine(query, vector)
      if score > 0 { scored.append((record, score)) }
    }
    return scored.sorted { lhs, rhs in
      if lhs.score != rhs.score { return lhs.score > rhs.score }
      return lhs.record.document.id < rhs.record.document.id
    }
  }

  static func query(
    for target: PrecedentTarget, vectors: PrecedentVectors
  ) -> ([String: Double], String?, CalendarDate?) {
    switch target {
    case .document(let record):
      let vector =
        vectors.vectors[record.document.id]
        ?? vectors.vector(for: PrecedentVectors.subject(record))
      let date = record.document.questionDate ?? record.document.date
      return (vector, record.document.id, date)
    case .text(let text):
      return (vectors.vector(for: text), nil, nil)
    }
  }

  static func isEarlier(_ document: Document, than date: CalendarDate?) -> Bool {
    guard let date, let own = document.questionDate ?? document.date else { return true }
    return own < date
  }

  static func result(
    _ record: DocumentRecord, score: Double, query: [String: Double], analyzer: FrenchAnalyzer
  ) -> PrecedentResult {
    let document = record.document
    var result = PrecedentResult(id: document.id, file: document.file, score: score)
    result.title = document.title
    result.questionDate = document.questionDate ?? document.date
    result.answerDate = document.answerDate
    result.ministryAnswering = document.ministryAnswering
    result.rubric = document.rubric
    let answer = document.sections.filter { $0.kind == .answer }.flatMap(\.sentences)
    if let best = bestSentence(answer, query: query, analyzer: analyzer) {
      result.answerExcerpt = AnswerSummary.around(best.text, width: 300)
      result.answerLine = best.span.line
    }
    return result
  }

  /// The answer sentence that weighs most against the subject's terms.
  static func bestSentence(
    _ sentences: [Sentence], query: [String: Double], analyzer: FrenchAnalyzer
  ) -> Sentence? {
    var best: (sentence: Sentence, weight: Double)?
    for sentence in sentences {
      let terms = Set(analyzer.terms(in: sentence.text))
      let weight = terms.reduce(0) { $0 + (query[$1] ?? 0) }
      if weight > (best?.weight ?? 0) { best = (sentence, weight) }
    }
    return best?.sentence ?? sentences.first
  }
}

import Extraction
import Foundation
import FrenchText

/// TF-IDF vectors of the documents' subjects: title, analysis, question text, rubric and
/// ministries, analysed as the index analyses text (folded, elided, singular).
struct PrecedentVectors: Sendable {
  var documentFrequency: [String: Int] = [:]
  var documentCount = 0
  var vectors: [String: [String: Double]] = [:]
  let analyzer: FrenchAnalyzer

  init(records: [DocumentRecord], analyzer: FrenchAnalyzer) {
    self.analyzer = analyzer
    let counts = records.map { ($0.document.id, Self.counts(analyzer.terms(in: Self.subject($0)))) }
    documentCount = records.count
    for (_, count) in counts {
      for term in count.keys { documentFrequency[term, default: 0] += 1 }
    }
    for (id, count) in counts { vectors[id] = weigh(count) }
  }

  /// The text a question is about: title, analysis, question sentences, rubric, ministries.
  static func subject(_ record: DocumentRecord) -> String {
    let document = record.document
    let body = document.sections.filter { $0.kind == .question || $0.kind == .body }
      .flatMap(\.sentences).map(\.text)
    let fields = [
      document.title, document.analysis, document.rubric, document.ministryAsked,
      document.ministryAnswering,
    ].compactMap { $0 }
    return (fields + body).joined(separator: "\n")
  }

  /// French function words (folded) that say nothing of a subject.
  static let stopWords: Set<String> = [
    "les", "des", "une", "pour", "sur", "dans", "par", "avec", "que", "qui", "est", "sont", "aux",
    "ces", "cet", "cette", "son", "ses", "leur", "leurs", "elle", "elles", "ils", "plus", "pas",
    "fait", "ainsi", "afin", "lui", "sont", "ont", "etre", "avoir", "tout", "tous", "toute",
    "toutes", "entre", "comme", "notamment", "donc", "mais", "ou", "dont", "nos", "vos", "votre",
    "notre", "quel", "quelle", "quels", "quelles", "sans", "sous", "vers", "chez", "depuis",
    "lors", "alors", "aussi", "tres", "peu", "bien", "encore", "deja", "cela", "ceci", "celle",
    "celui", "ceux", "non", "mme", "monsieur", "madame", "ministre", "demande", "attention",
  ]

  static func counts(_ terms: [String]) -> [String: Int] {
    var counts: [String: Int] = [:]
    for term in terms where term.count > 2 && !stopWords.contains(term) {
      counts[term, default: 0] += 1
    }
    return counts
  }

  func idf(_ term: String) -> Double {
    log(Double(documentCount + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1
  }

  /// Unit-length TF-IDF weights (sublinear term frequency).
  func weigh(_ counts: [String: Int]) -> [String: Double] {
    var vector: [String: Double] = [:]
    for (term, count) in counts { vector[term] = (1 + log(Double(count))) * idf(term) }
    let norm = sqrt(vector.values.reduce(0) { $0 + $1 * $1 })
    guard norm > 0 else { return [:] }
    return vector.mapValues { $0 / norm }
  }

  /// The vector of free text, weighed against this collection.
  func vector(for text: String) -> [String: Double] {
    weigh(Self.counts(analyzer.terms(in: text)))
  }

  static func cosine(_ lhs: [String: Double], _ rhs: [String: Double]) -> Double {
    let (small, large) = lhs.count < rhs.count ? (lhs, rhs) : (rhs, lhs)
    return small.reduce(0) { $0 + $1.value * (large[$1.key] ?? 0) }
  }
}

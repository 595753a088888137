import Corpus
import Foundation
import FrenchText
import Indexing
import Testing

@testable import Search

/// A phrase's top k skips the full merge of positions for documents whose score bound cannot
/// reach the k-th score, checking only that the phrase occurs (`PhraseMatcher.orderedOccurs`,
/// which tries the rarest term's first start before merging every start). On a seeded corpus of
/// a few frequent words (phrases that occur often, at several places, or only in part): the
/// quick check agrees with the full count on every candidate document, and the top k and the
/// count agree with the exhaustive ranking for every limit.
@Suite struct PhraseTopKTests {
  private static let words = ["de", "la", "prise", "en", "charge", "mise", "œuvre", "aide"]

  private static func build(in temp: TemporaryIndex) throws {
    try LineDocuments.build(
      in: temp, words: words, seed: 23, files: 4, lines: 250, length: 2...40, skew: 1,
      replacing: 1_000_000)
  }

  static let phrases = [
    "\"prise en charge\"", "\"mise en œuvre\"", "\"de la\"", "\"la prise\"", "\"en charge de la\"",
    "\"aide de la\"", "\"charge en prise\"", "\"de de\"", "\"œuvre aide\"",
  ]

  @Test func theQuickCheckAgreesWithTheFullCount() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try Self.build(in: temp)
    let reader = try IndexReader(directory: temp.index)
    let parser = QueryParser(analyzer: FrenchAnalyzer())
    let statistics = CollectionStatistics(reader: reader)
    var checked = 0
    var held = 0
    for text in Self.phrases {
      guard case .phrase(let terms) = try parser.parse(text), terms.count > 1 else {
        Issue.record("not a phrase: \(text)")
        continue
      }
      for segment in reader.segments {
        let evaluator = QueryEvaluator(segment: segment, statistics: statistics)
        let infos = terms.compactMap { segment.terms.lookup($0) }
        guard infos.count == terms.count else { continue }
        let cursors = infos.map { evaluator.open($0).cursor }
        let matcher = PhraseMatcher(cursors)
        Leapfrog(cursors).forEach { _ in
          let full = matcher.occurrences()
          matcher.orderTerms()
          #expect(matcher.leastFrequency >= full, "\(text)")
          #expect(matcher.orderedOccurs() == (full > 0), "\(text)")
          #expect(matcher.orderedOccurrences() == full, "\(text)")
          checked += 1
          if full > 0 { held += 1 }
        }
      }
    }
    #expect(checked > 500)
    #expect(held > 100 && held < checked, "phrases that hold and phrases that do not")
  }

  @Test func theTopKIsTheExhaustiveRankingsHead() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try Self.build(in: temp)
    let reader = try IndexReader(directory: temp.index)
    let analyzer = FrenchAnalyzer()
    let parser = QueryParser(analyzer: analyzer)
    let searcher = Searcher(reader: reader, analyzer: analyzer)
    for text in Self.phrases {
      let query = try parser.parse(text)
      let all = searcher.matches(query, filter: SearchFilter())
      for limit in [0, 1, 2, 5, 10, 40] {
        let results = searcher.search(query, filter: SearchFilter(), limit: limit)
        #expect(results.count == all.count, "\(text) limit \(limit)")
        #expect(results.hits.map(\.id) == all.prefix(limit).map(\.id), "\(text) limit \(limit)")
        #expect(results.hits.map(\.score) == all.prefix(limit).map(\.score), "\(text) \(limit)")
      }
    }
  }
}

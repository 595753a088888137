import Corpus
import Foundation
import FrenchText
import Indexing
import Testing

@testable import Search

/// On seeded corpora large enough for lists of several blocks (skewed word frequencies,
/// replaced duplicates, two document kinds), the top k of `search` equals the first k of the
/// exhaustive ranking (`matches`) for every limit, and the count equals a scan's, for terms,
/// prefixes, ORs, ANDs, NOTs and phrases, with and without a filter.
@Suite struct TopKAgreementTests {
  private static let words = [
    "prime", "ségur", "aide", "logement", "dotation", "hausse", "soins", "domicile",
    "département", "salariés", "œuvre", "compensation", "ehpad", "retraite",
  ]

  /// Words in a few documents each, so that ORs with them are pruned (`TopScorer.pays`).
  private static let rare = ["amiante", "radon", "cryptoactifs"]

  private static func text(_ random: inout SeededGenerator) -> String {
    var text = (0..<Int.random(in: 2...30, using: &random)).map { _ in
      // Skewed: the first words are in most documents, the last in few.
      let rank = Int(Double(words.count) * pow(Double.random(in: 0..<1, using: &random), 2.5))
      return words[min(rank, words.count - 1)]
    }.joined(separator: " ")
    if Int.random(in: 0..<30, using: &random) == 0 {
      text += " " + rare.randomElement(using: &random)!
    }
    return text
  }

  private static func build(seed: UInt64, in temp: TemporaryIndex) throws {
    var random = SeededGenerator(seed: seed)
    for file in 0..<6 {
      let lines = (0..<220).map { _ in text(&random) }
      try temp.write("f\(file).txt", lines.joined(separator: "\n"))
    }
    var builder = IndexBuilder(directory: temp.index)
    if seed.isMultiple(of: 2) { builder.memoryBudget = 20_000 }
    builder.loader = LineDocuments.loader(replacing: 37)
    _ = try builder.build(paths: [temp.corpus.path])
  }

  private static func leaf(_ random: inout SeededGenerator) -> Query {
    let analyzer = FrenchAnalyzer()
    let term = { (random: inout SeededGenerator) in
      analyzer.terms(in: (words + rare).randomElement(using: &random)!)[0]
    }
    switch Int.random(in: 0..<8, using: &random) {
    case 0..<4: return .term(term(&random))
    case 4: return .prefix(String(term(&random).prefix(2)))
    case 5:
      return .or((0..<Int.random(in: 2...4, using: &random)).map { _ in .term(term(&random)) })
    default: return .phrase((0..<Int.random(in: 2...3, using: &random)).map { _ in term(&random) })
    }
  }

  private static func query(_ random: inout SeededGenerator) -> Query {
    let a = leaf(&random)
    let b = leaf(&random)
    switch Int.random(in: 0..<6, using: &random) {
    case 0, 1: return a
    case 2: return .or([a, b])
    case 3: return .and([a, b])
    case 4: return .and([a, .not(b)])
    default: return .or([.and([a, .not(b)]), leaf(&random)])
    }
  }

  @Test(arguments: [11, 12, 13] as [UInt64])
  func topKIsTheExhaustiveRankingsHead(seed: UInt64) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try TopKAgreementTests.build(seed: seed, in: temp)
    let reader = try IndexReader(directory: temp.index)
    let analyzer = FrenchAnalyzer()
    var model: [String: [String: [Int32]]] = [:]
    var kinds: [String: DocumentKind] = [:]
    for id in reader.documentIDs() {
      let record = try #require(reader.record(id: id))
      model[id] = IndexedText.postings(of: record.document, analyzer: analyzer).terms
      kinds[id] = record.document.kind
    }
    #expect(model.count < 6 * 220, "some documents are replaced duplicates")
    let scan = BruteForce(documents: model)
    let searcher = Searcher(reader: reader, analyzer: analyzer)
    var random = SeededGenerator(seed: seed &* 104_729)
    var pruned = 0
    for round in 0..<40 {
      let query = TopKAgreementTests.query(&random)
      if let (terms, _) = TopScorer.terms(of: query, in: reader.terms), terms.count > 1,
        TopScorer.pays(terms)
      {
        pruned += 1
      }
      var filter = SearchFilter()
      filter.kind = [nil, .question, .announcement][round % 3]
      let expected = scan.matching(query).filter { filter.kind == nil || kinds[$0] == filter.kind }
      let all = searcher.matches(query, filter: filter)
      #expect(Set(all.map(\.id)) == expected, "\(query)")
      for limit in [0, 1, 3, 10, 60] {
        let results = searcher.search(query, filter: filter, limit: limit)
        #expect(results.damage == nil)
        #expect(results.count == expected.count, "\(query) limit \(limit)")
        #expect(results.hits.map(\.id) == all.prefix(limit).map(\.id), "\(query) limit \(limit)")
        #expect(
          results.hits.map(\.score) == all.prefix(limit).map(\.score), "\(query) limit \(limit)")
      }
    }
    #expect(pruned > 0, "some ORs take the pruned path")
  }
}

import Foundation
import FrenchText
import Indexing
import Search
import Testing

/// On seeded random corpora, the index finds exactly the documents a scan of the analysed
/// texts finds, for random AND, OR, NOT, phrase and prefix queries.
@Suite struct AgreementTests {
  private static let words = [
    "prime", "ségur", "départements", "salariés", "aide", "la", "de", "l’État", "logement",
    "œuvre", "dotation", "hausse", "Ehpad", "soins", "domicile", "compensation",
  ]

  private func corpus(seed: UInt64, in temp: TemporaryIndex) throws {
    var random = SeededGenerator(seed: seed)
    for number in 0..<40 {
      let lines = (0..<Int.random(in: 1...3, using: &random)).map { _ in
        (0..<Int.random(in: 2...10, using: &random)).map { _ in
          AgreementTests.words.randomElement(using: &random)!
        }.joined(separator: " ")
      }
      try temp.write("d\(number / 10)/doc\(number).txt", lines.joined(separator: "\n"))
    }
  }

  private func leaf(_ model: BruteForce, _ random: inout SeededGenerator) -> Query {
    let documents = model.documents.values.sorted { $0.count < $1.count }
    let terms = Array(Set(documents.flatMap(\.keys))).sorted()
    switch Int.random(in: 0..<10, using: &random) {
    case 0..<5: return .term(terms.randomElement(using: &random)!)
    case 5: return .prefix(String(terms.randomElement(using: &random)!.prefix(3)))
    case 6: return .term("absent")
    default:
      // A phrase taken from a document (so that it often matches), or made up.
      let document = documents.randomElement(using: &random)!
      let (term, positions) = document.randomElement(using: &random)!
      let start = positions.randomElement(using: &random)!
      var phrase = [term]
      for offset in 1...Int.random(in: 1...2, using: &random) {
        let next = document.filter { $0.value.contains(start + Int32(offset)) }.keys.sorted()
        phrase.append(next.randomElement(using: &random) ?? terms.randomElement(using: &random)!)
      }
      return .phrase(phrase)
    }
  }

  private func query(_ model: BruteForce, _ random: inout SeededGenerator) -> Query {
    let a = leaf(model, &random)
    let b = leaf(model, &random)
    switch Int.random(in: 0..<6, using: &random) {
    case 0: return a
    case 1: return .and([a, b])
    case 2: return .or([a, b])
    case 3: return .and([a, .not(b)])
    case 4: return .and([.or([a, b]), leaf(model, &random)])
    default: return .or([.and([a, .not(b)]), leaf(model, &random)])
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func indexAgreesWithAScan(seed: UInt64) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try corpus(seed: seed, in: temp)
    var builder = IndexBuilder(directory: temp.index)
    builder.chunkSize = 7
    if seed.isMultiple(of: 2) { builder.memoryBudget = 2_000 }
    _ = try builder.build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    let analyzer = FrenchAnalyzer()
    var documents: [String: [String: [Int32]]] = [:]
    for number in 0..<40 {
      let record = try #require(reader.record(id: "d\(number / 10)/doc\(number).txt"))
      documents[record.document.id] =
        IndexedText.postings(
          of: record.document, analyzer: analyzer
        ).terms
    }
    let model = BruteForce(documents: documents)
    let searcher = Searcher(reader: reader, analyzer: analyzer)
    var random = SeededGenerator(seed: seed &* 7919)
    var nonEmpty = 0
    for _ in 0..<60 {
      let query = query(model, &random)
      let expected = model.matching(query)
      if !expected.isEmpty { nonEmpty += 1 }
      let results = searcher.search(query, filter: SearchFilter(), limit: 100)
      #expect(results.count == expected.count, "\(query)")
      #expect(Set(results.hits.map(\.id)) == expected, "\(query)")
      let ordered = zip(results.hits, results.hits.dropFirst()).allSatisfy { a, b in
        a.score > b.score || (a.score == b.score && a.id < b.id)
      }
      #expect(ordered, "\(query)")
      let all = searcher.matches(query, filter: SearchFilter())
      #expect(all.map(\.id) == results.hits.map(\.id), "\(query)")
    }
    #expect(nonEmpty >= 20, "the random queries should mostly match something")
  }
}

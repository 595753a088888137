import Corpus
import Foundation
import FrenchText
import Indexing
import Testing

@testable import Search

/// A long-lived `Searcher` (a `--batch` process) remembers its filter's answers and keeps a
/// dense length table from its second search on: its answers must stay those of a fresh
/// searcher (count, hits, scores), for phrases, ANDs, ORs, prefixes and NOTs, with and
/// without a filter, on an index with replaced duplicates.
@Suite struct RepeatedSearchTests {
  private static let words = ["prime", "ségur", "aide", "de", "la", "hausse", "soins", "œuvre"]

  private static func build(in temp: TemporaryIndex) throws {
    try LineDocuments.build(
      in: temp, words: words, seed: 7, files: 3, lines: 300, length: 3...25, skew: 2,
      replacing: 41)
  }

  static let queries = [
    "\"de la\"", "\"prime de la\"", "prime \"de la\"", "\"aide de\" OR soins", "pri* OR œuvre",
    "\"la hausse\" -ségur", "aide soins", "ségur OR \"la prime\" OR hausse", "de", "prime",
    "soins OR ségur",
  ]

  @Test(arguments: [nil, DocumentKind.question, .announcement])
  func aReusedSearcherAnswersAsAFreshOne(kind: DocumentKind?) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try RepeatedSearchTests.build(in: temp)
    let reader = try IndexReader(directory: temp.index)
    let analyzer = FrenchAnalyzer()
    let parser = QueryParser(analyzer: analyzer)
    var filter = SearchFilter()
    filter.kind = kind
    let reused = Searcher(reader: reader, analyzer: analyzer)
    for round in 0..<2 {
      for text in RepeatedSearchTests.queries {
        let query = try parser.parse(text)
        let fresh = Searcher(reader: reader, analyzer: analyzer)
          .search(query, filter: filter, limit: 20)
        let again = reused.search(query, filter: filter, limit: 20)
        #expect(fresh.count > 0, "\(text)")
        #expect(again.count == fresh.count, "\(text), round \(round)")
        #expect(again.hits.map(\.id) == fresh.hits.map(\.id), "\(text), round \(round)")
        #expect(again.hits.map(\.score) == fresh.hits.map(\.score), "\(text), round \(round)")
      }
    }
  }

  @Test func theMemoAnswersAWordOnlyWhenItKnowsAllItsDocuments() {
    let memo = FilterMemo(filter: SearchFilter(), documents: 200)
    for document in 64..<128 { memo.remember(document, document.isMultiple(of: 3)) }
    let all = UInt64.max
    let expected = (0..<64).reduce(UInt64(0)) {
      (64 + $1).isMultiple(of: 3) ? $0 | 1 << UInt64($1) : $0
    }
    #expect(memo.passing(all, word: 1) == expected)
    #expect(memo.passing(0b1010, word: 1) == expected & 0b1010)
    #expect(memo.passing(1, word: 0) == nil, "document 0 was never checked")
    #expect(memo.passing(0, word: 0) == 0)
    #expect(memo.passing(1, word: 9) == nil, "beyond the documents")
  }

  @Test(arguments: [0, 63, 64, 199])
  func theMemoRemembersEachAnswer(document: Int) {
    let memo = FilterMemo(filter: SearchFilter(), documents: 200)
    #expect(memo.answer(document) == nil)
    memo.remember(document, document.isMultiple(of: 2))
    #expect(memo.answer(document) == document.isMultiple(of: 2))
    #expect(memo.answer(document == 0 ? 1 : document - 1) == nil)
    memo.remember(500, true)
    #expect(memo.answer(500) == nil, "beyond the documents: not remembered")
  }
}

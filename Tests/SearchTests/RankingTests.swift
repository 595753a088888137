import Corpus
import Foundation
import FrenchText
import Indexing
import Search
import Testing

@Suite struct RankingTests {
  private func searcher(_ files: [String: String]) throws -> (Searcher, TemporaryIndex) {
    let temp = try TemporaryIndex()
    for (name, text) in files { try temp.write(name, text) }
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    return (Searcher(reader: reader, analyzer: FrenchAnalyzer()), temp)
  }

  @Test func tiesAreBrokenByIdAscending() throws {
    let (searcher, temp) = try searcher([
      "c.txt": "prime versée", "a.txt": "prime versée", "b.txt": "prime versée",
    ])
    defer { temp.cleanUp() }
    let results = searcher.search(.term("prime"), filter: SearchFilter(), limit: 10)
    #expect(results.hits.map(\.id) == ["a.txt", "b.txt", "c.txt"])
    #expect(Set(results.hits.map(\.score)).count == 1)
  }

  @Test func frequentTermRanksHigherAndCountIsExact() throws {
    let (searcher, temp) = try searcher([
      "once.txt": "prime versée trois", "twice.txt": "prime versée prime",
      "none.txt": "rien versé ici",
    ])
    defer { temp.cleanUp() }
    let results = searcher.search(.term("prime"), filter: SearchFilter(), limit: 1)
    #expect(results.count == 2)
    #expect(results.hits.map(\.id) == ["twice.txt"])
    #expect(results.hits[0].score > 0)
    #expect(results.hits[0].file.hasSuffix("corpus/twice.txt"))
    #expect(results.hits[0].snippet != nil)
  }

  @Test func rareTermWeighsMoreThanCommonTerm() throws {
    let (searcher, temp) = try searcher([
      "a.txt": "prime ségur", "b.txt": "prime aide", "c.txt": "prime aide",
    ])
    defer { temp.cleanUp() }
    let results = searcher.search(
      .or([.term("prime"), .term("segur"), .term("ségur"), .term("aide")]),
      filter: SearchFilter(), limit: 3)
    #expect(results.hits.first?.id == "a.txt")
  }

  @Test func phraseNeedsAdjacentWordsInOrder() throws {
    let (searcher, temp) = try searcher([
      "a.txt": "la prime ségur est versée", "b.txt": "ségur prime", "c.txt": "prime et ségur",
    ])
    defer { temp.cleanUp() }
    let analyzer = FrenchAnalyzer()
    let phrase = Query.phrase(analyzer.terms(in: "prime ségur"))
    let results = searcher.search(phrase, filter: SearchFilter(), limit: 10)
    #expect(results.hits.map(\.id) == ["a.txt"])
  }

  @Test func limitZeroStillCounts() throws {
    let (searcher, temp) = try searcher(["a.txt": "prime", "b.txt": "prime"])
    defer { temp.cleanUp() }
    let results = searcher.search(.term("prime"), filter: SearchFilter(), limit: 0)
    #expect(results.count == 2)
    #expect(results.hits.isEmpty)
  }

  @Test func replacedDuplicateIsNeitherCountedNorShown() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "prime versée")
    try temp.write("b.txt", "prime annoncée")
    var builder = IndexBuilder(directory: temp.index)
    builder.loader = { file, data in
      let span = SourceSpan(file: file.path, line: 1, byteRange: 0..<data.count)
      let text = String(decoding: data, as: UTF8.self)
      return LoadOutcome(documents: [
        Document(
          id: "same", file: file.path, kind: .announcement, format: "test",
          sections: [Section(kind: .body, sentences: [Sentence(text: text, span: span)])])
      ])
    }
    _ = try builder.build(paths: [temp.corpus.path])
    let searcher = Searcher(
      reader: try IndexReader(directory: temp.index), analyzer: FrenchAnalyzer())
    let results = searcher.search(.term("prime"), filter: SearchFilter(), limit: 10)
    #expect(results.count == 1)
    #expect(results.hits.map(\.file) == [temp.corpus.path + "/b.txt"])
  }
}

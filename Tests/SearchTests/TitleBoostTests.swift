import Corpus
import Foundation
import FrenchText
import Indexing
import Search
import Testing

/// A word in the title weighs more than the same word in the body.
@Suite struct TitleBoostTests {
  @Test func titleWordRanksFirst() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("body.txt", "x")
    try temp.write("title.txt", "x")
    var builder = IndexBuilder(directory: temp.index)
    builder.loader = { file, _ in
      let inTitle = file.relativePath == "title.txt"
      let text = inTitle ? "versement aux salariés" : "prime aux salariés"
      let span = SourceSpan(file: file.path, line: 1, byteRange: 0..<1)
      let document = Document(
        id: file.relativePath, file: file.path, kind: .announcement, format: "test",
        title: inTitle ? "Prime" : "Versement",
        sections: [Section(kind: .body, sentences: [Sentence(text: text, span: span)])])
      return LoadOutcome(documents: [document])
    }
    _ = try builder.build(paths: [temp.corpus.path])
    let analyzer = FrenchAnalyzer()
    let searcher = Searcher(reader: try IndexReader(directory: temp.index), analyzer: analyzer)
    let query = Query.term(analyzer.terms(in: "prime")[0])
    let results = searcher.search(query, filter: SearchFilter(), limit: 10)
    #expect(results.hits.map(\.id) == ["title.txt", "body.txt"])
    #expect(results.hits[0].title == "Prime")
    #expect(results.hits[0].score > results.hits[1].score)
  }
}

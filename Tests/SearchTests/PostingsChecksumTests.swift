import Foundation
import FrenchText
import Indexing
import Testing

@testable import Search

/// A flipped byte in a postings list is reported naming the postings file, never as a count.
@Suite struct PostingsChecksumTests {
  @Test(arguments: ["prime", "ségur", "versée"])
  func flippedPostingsByteIsReported(word: String) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    try temp.write("b.txt", "Le département verse la prime")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let analyzer = FrenchAnalyzer()
    let query = try QueryParser(analyzer: analyzer).parse(word)
    let before = Searcher(reader: try IndexReader(directory: temp.index), analyzer: analyzer)
    #expect(try before.checkedSearch(query, filter: SearchFilter(), limit: 10).count > 0)
    let reader = try IndexReader(directory: temp.index)
    let term = try #require(analyzer.normalize(word))
    let info = try #require(reader.terms.lookup(term))
    let name = try #require(reader.manifest.file(withSuffix: ".post")?.name)
    let url = temp.index.appendingPathComponent(name)
    var data = try Data(contentsOf: url)
    data[data.startIndex + info.offset + info.length - 1] ^= 0x01
    try data.write(to: url)
    let after = Searcher(reader: try IndexReader(directory: temp.index), analyzer: analyzer)
    #expect(after.search(query, filter: SearchFilter(), limit: 10).damage != nil)
    #expect {
      try after.checkedSearch(query, filter: SearchFilter(), limit: 10)
    } throws: { error in
      guard case .corrupted(let file, _) = error as? IndexError else { return false }
      return file == name
    }
  }
}

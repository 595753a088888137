import Foundation
import FrenchText
import Indexing
import Testing

@testable import Search

/// A flipped byte anywhere in a list of several blocks (skip table, documents, frequencies,
/// positions) gives, for every kind of query that reads it, either the damage error or exactly
/// the undamaged answer: never another count or ranking.
@Suite struct BlockDamageTests {
  private static let queries = ["prime", "prime ségur", "\"prime ségur\"", "prime OR aide"]

  private struct Answer: Equatable {
    var count: Int
    var hits: [String]
    var scores: [Double]
  }

  private func answers(_ index: URL, limit: Int) throws -> [Answer?] {
    let analyzer = FrenchAnalyzer()
    let searcher = Searcher(reader: try IndexReader(directory: index), analyzer: analyzer)
    return try BlockDamageTests.queries.map { text in
      let query = try QueryParser(analyzer: analyzer).parse(text)
      let results = searcher.search(query, filter: SearchFilter(), limit: limit)
      guard results.damage == nil else { return nil }
      return Answer(
        count: results.count, hits: results.hits.map(\.id), scores: results.hits.map(\.score))
    }
  }

  @Test(arguments: [0, 10])
  func flippedByteIsDetectedOrHarmless(limit: Int) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    for number in 0..<300 {
      let extra = number % 3 == 0 ? " ségur" : number % 5 == 0 ? " aide ségur" : ""
      let repeated = String(repeating: " prime", count: number % 4)
      try temp.write("d\(number / 100)/n\(number).txt", "La prime\(extra) versée\(repeated)")
    }
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    let info = try #require(reader.terms.lookup("prime"))
    #expect(info.documentFrequency == 300)
    let name = try #require(reader.manifest.file(withSuffix: ".post")?.name)
    let url = temp.index.appendingPathComponent(name)
    let original = try Data(contentsOf: url)
    let reference = try answers(temp.index, limit: limit)
    #expect(reference.allSatisfy { $0 != nil })
    var detected = 0
    for offset in stride(from: info.offset, to: info.offset + info.length, by: 5) {
      var damaged = original
      damaged[damaged.startIndex + offset] ^= 0x10
      try damaged.write(to: url)
      for (answer, expected) in zip(try answers(temp.index, limit: limit), reference) {
        if answer == nil { detected += 1 } else { #expect(answer == expected, "byte \(offset)") }
      }
    }
    try original.write(to: url)
    #expect(detected > 0)
  }
}

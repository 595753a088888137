import Foundation
import FrenchText
import Indexing
import Search
import Testing

/// An index kept up to date by incremental builds answers as a full build of the same files:
/// random add / change / delete steps on seeded corpora, `index` after each, then every query's
/// hits and exact count compared with those of a full build in a fresh folder. Scores are
/// compared while no document was ever deleted: after a deletion, a term's document frequency
/// still counts the deleted documents of a segment until it is merged (Lucene's rule), so
/// scores, and the order of hits, may differ slightly; the set of hits and the count may not.
@Suite struct IncrementalAgreementTests {
  static let words = [
    "prime", "ségur", "hôpital", "département", "dotation", "salariés", "l’état", "commune",
    "école", "santé", "revalorisation", "aide", "ministre", "œuvre", "crédit", "budget",
  ]

  static let queries: [String] = [
    "prime", "ségur", "santé", "prime ségur", "\"prime ségur\"", "dot*", "prime OR école",
    "aide -budget", "commune OR œuvre OR crédit", "hôpital santé ministre",
  ]

  /// A corpus and its folder, changed step by step.
  private struct Steps {
    var generator: SeededGenerator
    var files: [String: String] = [:]
    var next = 0
    var clock = 1_700_000_000.0

    mutating func text() -> String {
      let count = Int.random(in: 3...12, using: &generator)
      return (0..<count).map { _ in
        IncrementalAgreementTests.words.randomElement(using: &generator)!
      }
      .joined(separator: " ")
    }

    /// Applies one random step to `temp`'s corpus; returns whether a document was deleted.
    mutating func step(_ temp: TemporaryIndex) throws -> Bool {
      let names = files.keys.sorted()
      let choice = names.isEmpty ? 0 : Int.random(in: 0..<10, using: &generator)
      if choice < 5 || names.count < 3 {
        let count = Int.random(in: 1...3, using: &generator)
        for _ in 0..<count {
          next += 1
          try write(temp, "doc\(next).txt", text())
        }
        return false
      }
      let name = names.randomElement(using: &generator)!
      if choice < 8 {
        try write(temp, name, text())
      } else {
        try temp.remove(name)
        files[name] = nil
      }
      return true
    }

    /// Writes a file with a modification time of its own (one second later each time).
    mutating func write(_ temp: TemporaryIndex, _ name: String, _ text: String) throws {
      try temp.write(name, text)
      clock += 1
      try FileManager.default.setAttributes(
        [.modificationDate: Date(timeIntervalSince1970: clock)],
        ofItemAtPath: temp.corpus.appendingPathComponent(name).path)
      files[name] = text
    }
  }

  @Test(arguments: [(UInt64(1), 8), (2, 3), (3, 2)])
  func incrementalBuildsAnswerAsAFullBuild(seed: UInt64, maxSegments: Int) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    var steps = Steps(generator: SeededGenerator(seed: seed))
    var deleted = false
    for _ in 0..<12 {
      deleted = try steps.step(temp) || deleted
      var builder = IndexBuilder(directory: temp.index)
      builder.mergePolicy.maxSegments = maxSegments
      builder.mergePolicy.mergeFactor = 2
      let report = try builder.build(paths: [temp.corpus.path])
      #expect(report.segmentCount <= maxSegments)
      let fresh = temp.root.appendingPathComponent("fresh-\(report.generation)")
      var full = IndexBuilder(directory: fresh)
      full.fullRebuild = true
      _ = try full.build(paths: [temp.corpus.path])
      defer { try? FileManager.default.removeItem(at: fresh) }
      try compare(temp.index, fresh, scores: !deleted)
      try checkRecords(temp.index, files: steps.files)
      #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
    }
  }

  private func compare(_ incremental: URL, _ full: URL, scores: Bool) throws {
    let analyzer = FrenchAnalyzer()
    let left = Searcher(reader: try IndexReader(directory: incremental), analyzer: analyzer)
    let right = Searcher(reader: try IndexReader(directory: full), analyzer: analyzer)
    #expect(left.reader.documentCount == right.reader.documentCount)
    #expect(left.reader.documentIDs() == right.reader.documentIDs())
    for text in Self.queries {
      let query = try QueryParser(analyzer: analyzer).parse(text)
      for limit in [3, 1000] {
        let a = left.search(query, filter: SearchFilter(), limit: limit)
        let b = right.search(query, filter: SearchFilter(), limit: limit)
        #expect(a.count == b.count, "\(text)")
        if scores {
          #expect(a.hits.map(\.id) == b.hits.map(\.id), "\(text)")
          let close = zip(a.hits, b.hits).allSatisfy { abs($0.score - $1.score) < 1e-9 }
          #expect(close, "\(text)")
        } else if limit == 1000 {
          #expect(Set(a.hits.map(\.id)) == Set(b.hits.map(\.id)), "\(text)")
        }
      }
      let matches = left.matches(query, filter: SearchFilter()).map(\.id)
      #expect(Set(matches) == Set(right.matches(query, filter: SearchFilter()).map(\.id)))
    }
  }

  /// `show` shows a changed file's new text; a deleted file's document is gone.
  private func checkRecords(_ index: URL, files: [String: String]) throws {
    let reader = try IndexReader(directory: index)
    #expect(
      reader.documentIDs() == files.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    for (name, text) in files {
      let record = try reader.checkedRecord(idOrPath: name)
      let words = record?.document.sections.flatMap(\.sentences).map(\.text).joined(separator: " ")
      #expect(words?.contains(text.prefix(20)) == true, "\(name)")
    }
  }
}

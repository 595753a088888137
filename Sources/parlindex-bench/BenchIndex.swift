import Corpus
import Foundation
import FrenchText
import Indexing
import Search

/// Builds an index of the files in a temporary folder, then times postings decoding and
/// top-k searches on it.
enum BenchIndex {
  static func run(files: [CorpusFile], analyzer: FrenchAnalyzer) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let builder = IndexBuilder(directory: folder, analyzer: analyzer)
    let (report, buildTime) = try BenchClock.measure { try builder.build(paths: files.map(\.path)) }
    BenchClock.report(
      "index build (all cores)", buildTime, count: report.totalDocuments, unit: "documents")
    let reader = try IndexReader(directory: folder)
    let frequent = (0..<reader.terms.count).map { reader.terms.info(at: $0) }
      .sorted { $0.documentFrequency > $1.documentFrequency }.prefix(50)
    let postingCount = frequent.reduce(0) { $0 + $1.documentFrequency } * 20
    let (_, decodeTime) = BenchClock.measure {
      for _ in 0..<20 {
        for info in frequent { _ = reader.postingList(info, positions: true) }
      }
    }
    BenchClock.report("postings decoding", decodeTime, count: postingCount, unit: "postings")
    try search(reader, analyzer: analyzer, terms: frequent.map(\.term))
  }

  private static func search(
    _ reader: IndexReader, analyzer: FrenchAnalyzer, terms: [String]
  ) throws {
    let searcher = Searcher(reader: reader, analyzer: analyzer)
    let parser = QueryParser(analyzer: analyzer)
    let texts = [
      terms[0], "\(terms[1]) \(terms[2])", "\(terms[3]) OR \(terms[4])",
      "\"\(terms[5]) \(terms[6])\"", "prime ségur", "logem*", "santé -hôpital",
    ]
    let queries = try texts.map { try parser.parse($0) }
    let rounds = 20
    let (_, countTime) = BenchClock.measure {
      for _ in 0..<rounds {
        for query in queries { _ = searcher.search(query, filter: SearchFilter(), limit: 0) }
      }
    }
    BenchClock.report("count only", countTime, count: rounds * queries.count, unit: "queries")
    let (_, topTime) = BenchClock.measure {
      for _ in 0..<rounds {
        for query in queries { _ = searcher.search(query, filter: SearchFilter(), limit: 10) }
      }
    }
    BenchClock.report("top 10 + snippets", topTime, count: rounds * queries.count, unit: "queries")
  }
}

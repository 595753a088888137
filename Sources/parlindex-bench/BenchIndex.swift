import Corpus
import Foundation
import FrenchText
import Indexing
import Search

/// Builds an index of the files in a temporary folder, then times postings decoding (documents
/// only, documents and frequencies, positions) and searches per query class on it: count only
/// (limit 0) and top 10 with snippets.
enum BenchIndex {
  /// With `PARLINDEX_BENCH_INDEX=DIR` in the environment, times the index already in DIR
  /// instead of building one (to time the benchmark kit's 100 000 documents in-process).
  static func run(files: [CorpusFile], analyzer: FrenchAnalyzer) throws {
    if let existing = ProcessInfo.processInfo.environment["PARLINDEX_BENCH_INDEX"] {
      let reader = try IndexReader(directory: URL(fileURLWithPath: existing))
      print("  (index \(existing): \(reader.documentCount) documents)")
      return try measure(reader, analyzer: analyzer)
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let builder = IndexBuilder(directory: folder, analyzer: analyzer)
    let (report, buildTime) = try BenchClock.measure { try builder.build(paths: files.map(\.path)) }
    BenchClock.report(
      "index build (all cores)", buildTime, count: report.totalDocuments, unit: "documents")
    try measure(try IndexReader(directory: folder), analyzer: analyzer)
  }

  private static func measure(_ reader: IndexReader, analyzer: FrenchAnalyzer) throws {
    compression(reader)
    let frequent = (0..<reader.terms.count).map { reader.terms.info(at: $0) }
      .sorted { $0.documentFrequency > $1.documentFrequency }.prefix(50)
    decoding(reader, Array(frequent))
    try search(reader, analyzer: analyzer, terms: frequent.map(\.term))
  }

  /// Times `RecordCompressor.compress` on the encodings of every record stored in the index.
  private static func compression(_ reader: IndexReader) {
    let encodings = reader.segments.flatMap { segment in
      (0..<segment.documents.storedCount).compactMap { document in
        segment.documents.storedRecord(document).flatMap { RecordCompressor.encoding($0) }
      }
    }
    let encoded = encodings.reduce(0) { $0 + $1.count }
    let (stored, time) = BenchClock.measure { encodings.map { RecordCompressor.compress($0) } }
    BenchClock.report(
      "record compression", time, count: encodings.count, unit: "records", bytes: encoded)
    let storedBytes = stored.reduce(0) { $0 + $1.count }
    print("  (\(encoded) bytes encoded, \(storedBytes) stored)")
  }

  private static func decoding(_ reader: IndexReader, _ frequent: [TermInfo]) {
    let postingCount = frequent.reduce(0) { $0 + $1.documentFrequency } * 20
    let passes: [(String, (PostingCursor) -> Int)] = [
      (
        "postings: documents only",
        { cursor in
          var sum = 0
          while cursor.document != PostingCursor.end {
            sum += cursor.remainingInBlock.count
            cursor.load(block: cursor.block + 1)
          }
          return sum
        }
      ),
      (
        "postings: + frequencies",
        { cursor in
          var sum = 0
          while cursor.document != PostingCursor.end {
            sum += cursor.frequency
            cursor.next()
          }
          return sum
        }
      ),
      (
        "postings: + positions",
        { cursor in
          var sum = 0
          var positions: [Int32] = []
          while cursor.document != PostingCursor.end {
            cursor.positions(into: &positions)
            sum += positions.count
            cursor.next()
          }
          return sum
        }
      ),
    ]
    for (name, pass) in passes {
      let (_, time) = BenchClock.measure {
        (0..<20).reduce(0) { sum, _ in
          frequent.reduce(sum) { $0 + pass(reader.cursor($1)) }
        }
      }
      BenchClock.report(name, time, count: postingCount, unit: "postings")
    }
  }

  private static func search(
    _ reader: IndexReader, analyzer: FrenchAnalyzer, terms: [String]
  ) throws {
    let searcher = Searcher(reader: reader, analyzer: analyzer)
    let parser = QueryParser(analyzer: analyzer)
    let classes: [(String, [String])] = [
      ("frequent term", Array(terms.prefix(5))),
      ("and", ["\(terms[1]) \(terms[2])", "\(terms[0]) \(terms[7])", "prime ségur"]),
      ("or", ["\(terms[3]) OR \(terms[4])", "\(terms[0]) OR \(terms[10]) OR \(terms[20])"]),
      ("phrase", ["\"\(terms[5]) \(terms[6])\"", "\"prime ségur\"", "\"de la\""]),
      ("prefix", ["logem*", "dép*"]),
      ("not", ["santé -hôpital", "\(terms[0]) -\(terms[1])"]),
    ]
    let rounds = 20
    for (name, texts) in classes {
      let queries = try texts.map { try parser.parse($0) }
      for limit in [0, 10] {
        let (_, time) = BenchClock.measure {
          for _ in 0..<rounds {
            for query in queries {
              _ = searcher.search(query, filter: SearchFilter(), limit: limit)
            }
          }
        }
        let label = "\(name), \(limit == 0 ? "count" : "top 10 + snippets")"
        BenchClock.report(label, time, count: rounds * queries.count, unit: "queries")
      }
    }
  }
}

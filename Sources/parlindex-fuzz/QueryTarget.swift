import Foundation
import FrenchText
import Indexing
import Search

/// Feeds `QueryParser.parse` with random token sequences and mutated real queries, and runs
/// each parsed query on a small index of the repository's corpus. An error must carry a column
/// inside the query (1 to its length + 1).
struct QueryTarget: FuzzTarget {
  let parser = QueryParser(analyzer: FrenchAnalyzer())
  let searcher: Searcher?
  let queries: [String]

  static let tokens = [
    "prime", "ségur", "SÉGUR", "départements", "médico-social", "l’accord", "L. 314-6", "OR",
    "or", "NOT", "-", "--", "*", "mé*", "médico*", "\"", "“", "”", "«", "»", "(", ")", "((",
    "))", "-(", "\u{00A0}", "\u{202F}", " ", "  ", "\t", "\n", "de", "la", "et", "œuvre", "1er",
    "3,5", "2024", "’", "'", "\\", "\u{0}", "\u{FFFD}", "\u{1F600}", "é\u{301}", "OR OR",
    "-\"prime ségur\"", String(repeating: "(", count: 200), String(repeating: "a", count: 500),
  ]

  init(root: URL, index: URL?) {
    searcher = index.flatMap { try? IndexReader(directory: $0) }.map {
      Searcher(reader: $0, analyzer: FrenchAnalyzer())
    }
    let file = root.appendingPathComponent("../shared/bench/queries.txt")
    let lines = (try? String(contentsOf: file, encoding: .utf8))?.split(separator: "\n") ?? []
    let bench = lines.compactMap { $0.split(separator: "\t").dropFirst().first.map(String.init) }
    queries = bench + ["prime ségur", "\"prime ségur\" -laforcade", "(a OR b) NOT c", "médico*"]
  }

  func input(_ random: inout FuzzRandom) -> String {
    if random.chance(40) {
      let seed = Array(random.pick(queries).utf8)
      let other = Array(random.pick(queries).utf8)
      let bytes = Mutator.mutate(seed, other: other, using: &random)
      return String(decoding: bytes, as: UTF8.self)
    }
    var text = ""
    for _ in 0..<random.below(12) {
      text += random.pick(Self.tokens)
      if random.chance(70) { text += " " }
    }
    return text
  }

  func describe(_ random: inout FuzzRandom, case number: Int) -> String {
    "query: \(input(&random).debugDescription)"
  }

  func run(_ random: inout FuzzRandom, case number: Int) -> String? {
    let text = input(&random)
    do {
      let query = try parser.parse(text)
      _ = searcher?.search(query, filter: SearchFilter(), limit: 5)
      return nil
    } catch {
      guard (1...(text.count + 1)).contains(error.column) else {
        return "column \(error.column) outside the query of \(text.count) characters"
      }
      return nil
    }
  }
}

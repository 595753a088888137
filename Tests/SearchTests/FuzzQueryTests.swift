import FrenchText
import FuzzSupport
import Search
import Testing

/// A seeded sample of the `parlindex-fuzz query` target: random token sequences and mutated
/// queries parse or fail with a column inside the query, never trap.
@Suite struct FuzzQueryTests {
  static let tokens = [
    "prime", "ségur", "médico-social", "l’accord", "L. 314-6", "OR", "NOT", "-", "*", "mé*",
    "\"", "“", "”", "«", "»", "(", ")", "-(", "\u{00A0}", " ", "\t", "de", "la", "œuvre", "1er",
    "3,5", "’", "\\", "\u{0}", "\u{1F600}", "é\u{301}", String(repeating: "(", count: 100),
  ]
  static let queries = [
    "prime ségur", "\"prime ségur\" -laforcade", "(a OR b) NOT c", "médico*", "« aide »",
  ]

  @Test(arguments: 0..<4)
  func randomQueriesParseOrPointAtAColumn(batch: Int) {
    var random = FuzzGenerator(seed: 9_000 + UInt64(batch))
    let parser = QueryParser(analyzer: FrenchAnalyzer())
    for number in 0..<500 {
      var text = ""
      if random.below(2) == 0 {
        let seed = Array(Self.queries[random.below(Self.queries.count)].utf8)
        text = String(decoding: random.mutate(seed), as: UTF8.self)
      } else {
        for _ in 0..<random.below(10) { text += Self.tokens[random.below(Self.tokens.count)] + " " }
      }
      do {
        _ = try parser.parse(text)
      } catch {
        #expect((1...(text.count + 1)).contains(error.column), "case \(batch)-\(number): \(text)")
        #expect(!error.message.isEmpty)
      }
    }
  }
}

import FrenchText

/// The positive words of a query (terms, phrases, prefixes; nothing under `.not`) and how they
/// match the tokens of one sentence.
struct SnippetMatcher: Sendable {
  /// One thing the query looks for.
  enum Unit: Hashable, Sendable {
    case term(String)
    case phrase([String])
    case prefix(String)
    /// A compound as the query parser writes it, `(phrase of parts) OR joined term`: one word.
    case any([Unit])
  }

  /// Distinct units, in query order.
  let units: [Unit]

  init(query: Query) {
    var units: [Unit] = []
    Self.collect(query, into: &units)
    var seen = Set<Unit>()
    self.units = units.filter { seen.insert($0).inserted }
  }

  private static func collect(_ query: Query, into units: inout [Unit]) {
    switch query {
    case .term(let term): units.append(.term(term))
    case .phrase(let terms): units.append(terms.count == 1 ? .term(terms[0]) : .phrase(terms))
    case .prefix(let prefix): units.append(.prefix(prefix))
    case .or(let queries):
      if queries.count == 2, case .phrase(let parts) = queries[0],
        case .term(let joined) = queries[1]
      {
        units.append(.any([.phrase(parts), .term(joined)]))
      } else {
        for query in queries { collect(query, into: &units) }
      }
    case .and(let queries):
      for query in queries { collect(query, into: &units) }
    case .not: break
    }
  }

  /// How many distinct units occur in `tokens`, and the byte ranges to mark (merged, sorted).
  func match(_ tokens: [Token]) -> (count: Int, ranges: [Range<Int>]) {
    var count = 0
    var ranges: [Range<Int>] = []
    for unit in units {
      let found = occurrences(of: unit, in: tokens)
      if !found.isEmpty {
        count += 1
        ranges.append(contentsOf: found)
      }
    }
    return (count, Self.merged(ranges))
  }

  private func occurrences(of unit: Unit, in tokens: [Token]) -> [Range<Int>] {
    switch unit {
    case .term(let term):
      return tokens.filter { $0.term == term }.map(\.range)
    case .prefix(let prefix):
      return tokens.filter { $0.term.hasPrefix(prefix) }.map(\.range)
    case .phrase(let terms):
      return phraseOccurrences(terms, in: tokens)
    case .any(let units):
      return units.flatMap { occurrences(of: $0, in: tokens) }
    }
  }

  /// Each place where the terms stand at consecutive positions, as one range from the first
  /// word to the last.
  private func phraseOccurrences(_ terms: [String], in tokens: [Token]) -> [Range<Int>] {
    var byPosition: [Int: [Token]] = [:]
    for token in tokens { byPosition[token.position, default: []].append(token) }
    var result: [Range<Int>] = []
    for start in tokens where start.term == terms[0] {
      var end = start.range.upperBound
      var matched = true
      for (offset, term) in terms.enumerated().dropFirst() {
        let candidates = byPosition[start.position + offset] ?? []
        guard let next = candidates.first(where: { $0.term == term }) else {
          matched = false
          break
        }
        end = max(end, next.range.upperBound)
      }
      if matched { result.append(start.range.lowerBound..<end) }
    }
    return result
  }

  /// Overlapping ranges united ("médico-social" and its part "médico" give one mark).
  static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = result.last, range.lowerBound < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }
}

import FrenchText
import Indexing
import Search

/// The reference the index must agree with: each document's analysed terms and positions,
/// matched against a query by scanning.
struct BruteForce {
  let documents: [String: [String: [Int32]]]

  func matching(_ query: Query) -> Set<String> {
    Set(documents.keys.filter { matches(query, documents[$0]!) })
  }

  func matches(_ query: Query, _ terms: [String: [Int32]]) -> Bool {
    switch query {
    case .term(let term): return terms[term] != nil
    case .prefix(let prefix): return terms.keys.contains { $0.utf8.starts(with: prefix.utf8) }
    case .phrase(let words):
      guard let first = words.first, let starts = terms[first] else { return false }
      return starts.contains { start in
        words.indices.allSatisfy { terms[words[$0]]?.contains(start + Int32($0)) == true }
      }
    case .and(let parts):
      return parts.allSatisfy { part in
        if case .not(let excluded) = part { return !matches(excluded, terms) }
        return matches(part, terms)
      }
    case .or(let parts): return parts.contains { matches($0, terms) }
    case .not(let excluded): return !matches(excluded, terms)
    }
  }
}

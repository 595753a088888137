/// A list of token patterns indexed by their first and last folded token, so that a look-up
/// at each token costs one dictionary access instead of a scan of the whole list.
struct PatternSet<Value: Sendable>: Sendable {
  private(set) var byFirst: [String: [([String], Value)]] = [:]
  private(set) var byLast: [String: [([String], Value)]] = [:]

  /// Patterns written in plain French ("jusqu'à"); longer patterns are tried first.
  init(_ list: [(String, Value)]) {
    let patterns = list.map { (Lexer.pattern($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    for pattern in patterns where !pattern.0.isEmpty {
      byFirst[pattern.0[0], default: []].append(pattern)
      byLast[pattern.0[pattern.0.count - 1], default: []].append(pattern)
    }
  }
}

extension TokenView {
  /// The longest pattern of `set` that ends just before `index`, and where it starts.
  func pattern<T>(endingBefore index: Int, in set: PatternSet<T>) -> (start: Int, value: T)? {
    guard let last = folded(index - 1), let candidates = set.byLast[last] else { return nil }
    return pattern(endingBefore: index, in: candidates)
  }

  /// The longest pattern of `set` that starts at `index`, and the index after it.
  func pattern<T>(startingAt index: Int, in set: PatternSet<T>) -> (end: Int, value: T)? {
    guard let first = folded(index), let candidates = set.byFirst[first] else { return nil }
    return pattern(startingAt: index, in: candidates)
  }
}

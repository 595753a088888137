/// A list of token patterns indexed by their first and last folded token, so that a look-up
/// at each token costs one dictionary access instead of a scan of the whole list.
///
/// Before hashing a word, a look-up tests two bit sets: the first bytes and the byte lengths
/// (up to 63) of the indexed words; a word that fails either is in no pattern. Numbers and most
/// words are turned away there.
struct PatternSet<Value: Sendable>: Sendable {
  private(set) var byFirst: [String: [([String], Value)]] = [:]
  private(set) var byLast: [String: [([String], Value)]] = [:]
  private var firstFilter = WordFilter()
  private var lastFilter = WordFilter()

  /// Patterns written in plain French ("jusqu'à"); longer patterns are tried first.
  init(_ list: [(String, Value)]) {
    let patterns = list.map { (Lexer.pattern($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    for pattern in patterns where !pattern.0.isEmpty {
      byFirst[pattern.0[0], default: []].append(pattern)
      byLast[pattern.0[pattern.0.count - 1], default: []].append(pattern)
      firstFilter.insert(pattern.0[0])
      lastFilter.insert(pattern.0[pattern.0.count - 1])
    }
  }

  /// The patterns whose first word is `word`.
  @inline(__always)
  func starting(with word: String) -> [([String], Value)]? {
    firstFilter.mayContain(word) ? byFirst[word] : nil
  }

  /// The patterns whose last word is `word`.
  @inline(__always)
  func ending(with word: String) -> [([String], Value)]? {
    lastFilter.mayContain(word) ? byLast[word] : nil
  }
}

/// The first bytes and the byte lengths of a set of words, as bit sets: a test that never
/// turns away a word of the set.
struct WordFilter: Sendable {
  private var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var lengths: UInt64 = 0

  mutating func insert(_ word: String) {
    let count = word.utf8.count
    lengths |= count >= 63 ? 1 << 63 : 1 << UInt64(count)
    guard let byte = word.utf8.first else { return }
    let bit: UInt64 = 1 << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: firstBytes.0 |= bit
    case 1: firstBytes.1 |= bit
    case 2: firstBytes.2 |= bit
    default: firstBytes.3 |= bit
    }
  }

  @inline(__always)
  func mayContain(_ word: String) -> Bool {
    let count = word.utf8.count
    guard lengths & (count >= 63 ? 1 << 63 : 1 << UInt64(count)) != 0 else { return false }
    guard let byte = word.utf8.first else { return true }
    let bit: UInt64 = 1 << UInt64(byte & 63)
    switch byte >> 6 {
    case 0: return firstBytes.0 & bit != 0
    case 1: return firstBytes.1 & bit != 0
    case 2: return firstBytes.2 & bit != 0
    default: return firstBytes.3 & bit != 0
    }
  }
}

extension TokenView {
  /// The longest pattern of `set` that ends just before `index`, and where it starts.
  func pattern<T>(endingBefore index: Int, in set: PatternSet<T>) -> (start: Int, value: T)? {
    guard index >= 1, index <= count, let candidates = set.ending(with: tokens[index - 1].folded)
    else { return nil }
    return pattern(endingBefore: index, in: candidates)
  }

  /// The longest pattern of `set` that starts at `index`, and the index after it.
  func pattern<T>(startingAt index: Int, in set: PatternSet<T>) -> (end: Int, value: T)? {
    guard index >= 0, index < count, let candidates = set.starting(with: tokens[index].folded)
    else { return nil }
    return pattern(startingAt: index, in: candidates)
  }
}

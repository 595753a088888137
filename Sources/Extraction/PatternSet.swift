/// A list of token patterns indexed by their first and last folded token, so that a look-up
/// at each token costs one probe of a table instead of a scan of the whole list.
///
/// The look-ups go by the tokens' keys (`TextToken.key`): the first (or last) word's key finds
/// its candidates in a `WordTable`, and a candidate is compared key by key before word by
/// word, so that no `String` is hashed and a mismatch compares no text. `byFirst` and `byLast`
/// keep the same candidates, in the same order, by word.
struct PatternTables<Value: Sendable>: Sendable {
  private(set) var byFirst: [String: [([String], Value)]] = [:]
  private(set) var byLast: [String: [([String], Value)]] = [:]
  /// Every candidate's words, flat, their keys and their stored forms (`TokenText`, compared
  /// as two words with a token's `storedFolded` when both are small strings).
  private var words: [String] = []
  private var keys: [UInt64] = []
  private var forms: [TokenText] = []
  /// One candidate: its words in `words`, its value in `values`.
  private var candidates: [Candidate] = []
  private var values: [Value] = []
  /// The candidates of a first (or last) word, as a range of `candidates`.
  private var firstTable = WordTable<Range<Int>>([])
  private var lastTable = WordTable<Range<Int>>([])
  /// The keys of the first (and last) words, as a filter (`KeyFilter`): a token whose key
  /// is not in it starts (ends) no pattern, known without probing a table.
  private(set) var firstKeys = KeyFilter()
  private(set) var lastKeys = KeyFilter()
  /// The first (and last) words of the one-word candidates, the pairs of words of the
  /// two-word ones, and the first (last) three words of the longer ones (`KeyFilter.pair`):
  /// a token whose word starts only longer candidates, followed by words none of them has
  /// next, starts none (`PatternSet.mayStart`).
  private(set) var singleKeys = KeyFilter()
  private(set) var firstPairs = KeyFilter()
  private(set) var lastPairs = KeyFilter()
  /// For each last word's range of candidates (by its lower bound): the keys of the words
  /// just before it, as a filter, and where its one-word candidates start (they come last).
  private var secondFilters: [KeyFilter] = []
  private var singleStarts: [Int] = []

  struct Candidate: Sendable {
    var start: Int
    var count: Int
    var value: Int
  }

  /// Patterns written in plain French ("jusqu'à"); longer patterns are tried first.
  init(_ list: [(String, Value)]) {
    let patterns = list.map { (Lexer.pattern($0.0), $0.1) }.sorted { $0.0.count > $1.0.count }
    var firstOrder: [String] = []
    var lastOrder: [String] = []
    for pattern in patterns where !pattern.0.isEmpty {
      let first = pattern.0[0]
      let last = pattern.0[pattern.0.count - 1]
      if byFirst[first] == nil { firstOrder.append(first) }
      if byLast[last] == nil { lastOrder.append(last) }
      byFirst[first, default: []].append(pattern)
      byLast[last, default: []].append(pattern)
    }
    firstTable = WordTable(firstOrder.map { ($0, add(byFirst[$0]!)) })
    lastTable = WordTable(lastOrder.map { ($0, add(byLast[$0]!)) })
    for word in firstOrder { firstKeys.insert(WordKey.of(word)) }
    for word in lastOrder { lastKeys.insert(WordKey.of(word)) }
    for (pattern, _) in patterns where !pattern.isEmpty {
      let keys = pattern.map(WordKey.of)
      let count = keys.count
      if count == 1 {
        singleKeys.insert(keys[0])
      } else if count == 2 {
        firstPairs.insert(KeyFilter.pair(keys[0], keys[1]))
        lastPairs.insert(KeyFilter.pair(keys[0], keys[1]))
      } else {
        firstPairs.insert(KeyFilter.pair(KeyFilter.pair(keys[0], keys[1]), keys[2]))
        lastPairs.insert(
          KeyFilter.pair(KeyFilter.pair(keys[count - 3], keys[count - 2]), keys[count - 1]))
      }
    }
    secondFilters = Array(repeating: KeyFilter(), count: candidates.count)
    singleStarts = Array(repeating: 0, count: candidates.count)
    for word in firstOrder {
      guard let range = firstTable.value(of: word) else { continue }
      index(range, second: 1)
    }
    for word in lastOrder {
      guard let range = lastTable.value(of: word) else { continue }
      index(range, second: -2)
    }
  }

  /// Records, for a first (or last) word's `range`, the keys of its candidates' second (or
  /// second-to-last) words, `offset` from the start (or the end), and where its one-word
  /// candidates start: longer patterns come first, so they are the range's tail.
  private mutating func index(_ range: Range<Int>, second offset: Int) {
    var seconds = KeyFilter()
    var singles = range.upperBound
    for candidate in range {
      let found = candidates[candidate]
      if found.count >= 2 {
        seconds.insert(keys[found.start + (offset > 0 ? offset : found.count + offset)])
      } else if singles == range.upperBound {
        singles = candidate
      }
    }
    secondFilters[range.lowerBound] = seconds
    singleStarts[range.lowerBound] = singles
  }

  /// `range`, or only its one-word candidates when the word `second` (the token after a
  /// first word, or before a last word; nil past the sentence) is none of its longer
  /// candidates' second words.
  @inline(__always)
  private func narrowed(_ range: Range<Int>, second: UInt64?) -> Range<Int> {
    guard let second, secondFilters[range.lowerBound].contains(second) else {
      return singleStarts[range.lowerBound]..<range.upperBound
    }
    return range
  }

  /// Appends `patterns` as candidates, and returns their range.
  private mutating func add(_ patterns: [([String], Value)]) -> Range<Int> {
    let lower = candidates.count
    for (pattern, value) in patterns {
      candidates.append(Candidate(start: words.count, count: pattern.count, value: values.count))
      values.append(value)
      words.append(contentsOf: pattern)
      keys.append(contentsOf: pattern.map(WordKey.of))
      forms.append(contentsOf: pattern.map(TokenText.smallForm(of:)))
    }
    return lower..<candidates.count
  }

  /// The first candidate of `range` that starts at `index`, and the index after it. Every
  /// candidate of `range` starts with the word at `index` (`starting(key:word:)`): its first
  /// word is not compared again.
  @inline(__always)
  func first(in range: Range<Int>, at index: Int, of tokens: [TextToken]) -> (Int, Value)? {
    let next = index + 1 < tokens.count && index >= -1 ? tokens[index + 1].key : nil
    for candidate in narrowed(range, second: next) {
      let found = candidates[candidate]
      if matches(found, at: index, tokens, words: 1..<found.count) {
        return (index + found.count, values[found.value])
      }
    }
    return nil
  }

  /// The first candidate of `range` that ends before `index`, and where it starts. Every
  /// candidate of `range` ends with the word before `index` (`ending(key:word:)`): its last
  /// word is not compared again, and the word before it is compared first.
  @inline(__always)
  func last(in range: Range<Int>, before index: Int, of tokens: [TextToken]) -> (Int, Value)? {
    // No candidate of two words or more can match when the word before the last one is
    // none of theirs: only the one-word candidates, which come last, are tried.
    let previous = index >= 2 && index - 2 < tokens.count ? tokens[index - 2].key : nil
    for candidate in narrowed(range, second: previous) {
      let found = candidates[candidate]
      let start = index - found.count
      guard start >= 0, index <= tokens.count else { continue }
      if found.count >= 2, tokens[index - 2].key != keys[found.start + found.count - 2] {
        continue
      }
      if matches(found, at: start, tokens, words: 0..<found.count - 1) {
        return (start, values[found.value])
      }
    }
    return nil
  }

  /// Whether the words `words` (offsets in `candidate`) are the tokens' from `index` on, the
  /// candidate lying within `tokens`: keys first, then the forms (`TokenText.sameForm`).
  @inline(__always)
  private func matches(
    _ candidate: Candidate, at index: Int, _ tokens: [TextToken], words offsets: Range<Int>
  ) -> Bool {
    guard index >= 0, index + candidate.count <= tokens.count else { return false }
    for offset in offsets {
      let word = candidate.start + offset
      if tokens[index + offset].key != keys[word] { return false }
      if !TokenText.sameForm(tokens[index + offset].storedFolded, forms[word], words[word]) {
        return false
      }
    }
    return true
  }

  /// Whether a candidate starts at `index` (`pattern(startingAt:in:) != nil`, as a `Bool`:
  /// no value and no token copied).
  @inline(__always)
  func startsAt(_ index: Int, in tokens: [TextToken]) -> Bool {
    guard index >= 0, index < tokens.count, firstKeys.contains(tokens[index].key),
      let range = firstTable.value(key: tokens[index].key, form: tokens[index].storedFolded)
    else { return false }
    let next = index + 1 < tokens.count ? tokens[index + 1].key : nil
    for candidate in narrowed(range, second: next) {
      let found = candidates[candidate]
      if matches(found, at: index, tokens, words: 1..<found.count) { return true }
    }
    return false
  }

  /// The candidates whose first word is the folded `word`, whose key is `key` (read from a
  /// token's fields in place: no copy of the token).
  @inline(__always)
  func starting(key: UInt64, word: String) -> Range<Int>? { firstTable.value(key: key, word: word) }

  /// The candidates whose first word's stored form is `form`, whose key is `key`.
  @inline(__always)
  func starting(key: UInt64, form: TokenText) -> Range<Int>? {
    firstTable.value(key: key, form: form)
  }

  /// The candidates whose last word is the folded `word`, whose key is `key`.
  @inline(__always)
  func ending(key: UInt64, word: String) -> Range<Int>? { lastTable.value(key: key, word: word) }

  /// The candidates whose last word's stored form is `form`, whose key is `key`.
  @inline(__always)
  func ending(key: UInt64, form: TokenText) -> Range<Int>? { lastTable.value(key: key, form: form) }

  /// The candidates whose first word is `token`'s.
  @inline(__always)
  func starting(with token: TextToken) -> Range<Int>? { firstTable.value(of: token) }

  /// The candidates whose last word is `token`'s.
  @inline(__always)
  func ending(with token: TextToken) -> Range<Int>? { lastTable.value(of: token) }
}

/// `PatternTables` behind one reference, with their filters of first and last words kept in
/// place: a look-up on a `static let` set copied the whole set first (~250 bytes by
/// `memcpy`); it now copies a reference and two filters.
struct PatternSet<Value: Sendable>: Sendable {
  private let box: Box
  let firstKeys: KeyFilter
  let lastKeys: KeyFilter
  /// `PatternTables.singleKeys`, `firstPairs` and `lastPairs`, read in place (`mayStart`,
  /// `mayEnd`) before the tables: most tokens that start (end) a candidate's first (last)
  /// word are followed (preceded) by words that make none of them ("l'" before anything but
  /// "État" starts no body).
  let singleKeys: KeyFilter
  let firstPairs: KeyFilter
  let lastPairs: KeyFilter

  /// The shared tables.
  final class Box: Sendable {
    let tables: PatternTables<Value>
    init(_ tables: PatternTables<Value>) { self.tables = tables }
  }

  /// Patterns written in plain French ("jusqu'à"); longer patterns are tried first.
  init(_ list: [(String, Value)]) {
    let tables = PatternTables(list)
    box = Box(tables)
    firstKeys = tables.firstKeys
    lastKeys = tables.lastKeys
    singleKeys = tables.singleKeys
    firstPairs = tables.firstPairs
    lastPairs = tables.lastPairs
  }

  /// Whether a candidate may start at `index` of `tokens` (within them): false only where
  /// none does, decided on the filters of first words, of one-word candidates and of pairs.
  @inline(__always)
  func mayStart(at index: Int, in tokens: [TextToken]) -> Bool {
    let key = tokens[index].key
    guard firstKeys.contains(key) else { return false }
    if singleKeys.contains(key) { return true }
    guard index + 1 < tokens.count else { return false }
    let pair = KeyFilter.pair(key, tokens[index + 1].key)
    if firstPairs.contains(pair) { return true }
    return index + 2 < tokens.count
      && firstPairs.contains(KeyFilter.pair(pair, tokens[index + 2].key))
  }

  /// Whether a candidate may end just before `index` of `tokens` (`1...tokens.count`): false
  /// only where none does.
  @inline(__always)
  func mayEnd(before index: Int, in tokens: [TextToken]) -> Bool {
    let key = tokens[index - 1].key
    guard lastKeys.contains(key) else { return false }
    if singleKeys.contains(key) { return true }
    guard index >= 2 else { return false }
    if lastPairs.contains(KeyFilter.pair(tokens[index - 2].key, key)) { return true }
    return index >= 3
      && lastPairs.contains(
        KeyFilter.pair(KeyFilter.pair(tokens[index - 3].key, tokens[index - 2].key), key))
  }

  var byFirst: [String: [([String], Value)]] { box.tables.byFirst }
  var byLast: [String: [([String], Value)]] { box.tables.byLast }

  /// `PatternTables.first(in:at:of:)`.
  @inline(__always)
  func first(in range: Range<Int>, at index: Int, of tokens: [TextToken]) -> (Int, Value)? {
    box.tables.first(in: range, at: index, of: tokens)
  }

  /// `PatternTables.last(in:before:of:)`.
  @inline(__always)
  func last(in range: Range<Int>, before index: Int, of tokens: [TextToken]) -> (Int, Value)? {
    box.tables.last(in: range, before: index, of: tokens)
  }

  /// Whether a candidate starts at `index`, the filter of first words read before the tables.
  @inline(__always)
  func startsAt(_ index: Int, in tokens: [TextToken]) -> Bool {
    guard index >= 0, index < tokens.count, mayStart(at: index, in: tokens) else {
      return false
    }
    return box.tables.startsAt(index, in: tokens)
  }

  @inline(__always)
  func starting(key: UInt64, word: String) -> Range<Int>? {
    box.tables.starting(key: key, word: word)
  }

  @inline(__always)
  func starting(key: UInt64, form: TokenText) -> Range<Int>? {
    box.tables.starting(key: key, form: form)
  }

  @inline(__always)
  func ending(key: UInt64, word: String) -> Range<Int>? { box.tables.ending(key: key, word: word) }

  @inline(__always)
  func ending(key: UInt64, form: TokenText) -> Range<Int>? {
    box.tables.ending(key: key, form: form)
  }

  @inline(__always)
  func starting(with token: TextToken) -> Range<Int>? { box.tables.starting(with: token) }

  @inline(__always)
  func ending(with token: TextToken) -> Range<Int>? { box.tables.ending(with: token) }
}

extension TokenView {
  /// The longest pattern of `set` that ends just before `index`, and where it starts. The
  /// filter of last words is read here, inlined in the caller: most tokens end no pattern,
  /// and then no call is made.
  @inline(__always)
  func pattern<T>(endingBefore index: Int, in set: PatternSet<T>) -> (start: Int, value: T)? {
    guard index >= 1, index <= count, set.mayEnd(before: index, in: tokens) else {
      return nil
    }
    return probe(endingBefore: index, in: set)
  }

  /// `pattern(endingBefore:in:)` past its filter.
  private func probe<T>(endingBefore index: Int, in set: PatternSet<T>) -> (start: Int, value: T)? {
    guard let range = set.ending(key: tokens[index - 1].key, form: tokens[index - 1].storedFolded),
      let found = set.last(in: range, before: index, of: tokens)
    else { return nil }
    return (found.0, found.1)
  }

  /// The longest pattern of `set` that starts at `index`, and the index after it. The filter
  /// of first words is read here, inlined in the caller.
  @inline(__always)
  func pattern<T>(startingAt index: Int, in set: PatternSet<T>) -> (end: Int, value: T)? {
    guard index >= 0, index < count, set.mayStart(at: index, in: tokens) else {
      return nil
    }
    return probe(startingAt: index, in: set)
  }

  /// `pattern(startingAt:in:)` past its filter.
  private func probe<T>(startingAt index: Int, in set: PatternSet<T>) -> (end: Int, value: T)? {
    guard let range = set.starting(key: tokens[index].key, form: tokens[index].storedFolded),
      let found = set.first(in: range, at: index, of: tokens)
    else { return nil }
    return (found.0, found.1)
  }
}

/// A set of word keys (`WordKey`) as 128 bits, one per value of a key's top seven bits: it
/// may hold a key that was never inserted, never misses one that was. A pattern's words are
/// few (at most a few dozen), so most tokens' keys are found absent at once.
struct KeyFilter: Sendable {
  private var low: UInt64 = 0
  private var high: UInt64 = 0

  /// Adds `key`.
  mutating func insert(_ key: UInt64) {
    let bit = key >> 57
    if bit < 64 { low |= 1 << bit } else { high |= 1 << (bit & 63) }
  }

  /// Whether `key` may have been inserted (false: it was not).
  @inline(__always)
  func contains(_ key: UInt64) -> Bool {
    let bit = key >> 57
    return ((bit < 64 ? low : high) >> (bit & 63)) & 1 != 0
  }

  /// The key of the pair of words whose keys are `first` and `second` (in this order), for
  /// a filter of pairs: its top seven bits mix both keys'.
  @inline(__always)
  static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    first ^ (second << 7 | second >> 57)
  }
}

/// A fixed map from folded words to values, looked up by a token's precomputed key
/// (`TextToken.key`, `WordKey`): open addressing at most a quarter full, the keys compared
/// before the words, so that a look-up hashes no `String` and a miss compares no text.
struct WordTable<Value: Sendable>: Sendable {
  private let slots: [Int32]
  private let hashes: [UInt64]
  private let words: [String]
  /// `words`' small-string forms (`TokenText.smallForm`), compared with a token's
  /// `storedFolded` as two words.
  private let forms: [TokenText]
  private let values: [Value]
  private let mask: Int

  /// The map of `pairs`; a word given twice keeps its first value.
  init(_ pairs: [(String, Value)]) {
    var size = 16
    while size < pairs.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var hashes: [UInt64] = []
    var words: [String] = []
    var values: [Value] = []
    for (word, value) in pairs {
      let hash = WordKey.of(word)
      var slot = WordKey.slot(hash, size - 1)
      var duplicate = false
      while slots[slot] >= 0 {
        let found = Int(slots[slot])
        if hashes[found] == hash, words[found] == word { duplicate = true }
        slot = (slot + 1) & (size - 1)
      }
      if duplicate { continue }
      slots[slot] = Int32(words.count)
      hashes.append(hash)
      words.append(word)
      values.append(value)
    }
    self.slots = slots
    self.hashes = hashes
    self.words = words
    self.forms = words.map(TokenText.smallForm(of:))
    self.values = values
    self.mask = size - 1
  }

  /// The words of the table, in the order given.
  var keys: [String] { words }

  /// The value of the folded word `word`, whose key is `key`.
  @inline(__always)
  func value(key: UInt64, word: String) -> Value? {
    var slot = WordKey.slot(key, mask)
    while true {
      let found = Int(slots[slot])
      if found < 0 { return nil }
      if hashes[found] == key, words[found] == word { return values[found] }
      slot = (slot + 1) & mask
    }
  }

  /// The value of the folded word whose stored form is `form` and whose key is `key` (read
  /// from a token's fields in place): the words compared as two words when both are small
  /// strings (`TokenText.sameForm`), no `String` made.
  @inline(__always)
  func value(key: UInt64, form: TokenText) -> Value? {
    var slot = WordKey.slot(key, mask)
    while true {
      let found = Int(slots[slot])
      if found < 0 { return nil }
      if hashes[found] == key, TokenText.sameForm(form, forms[found], words[found]) {
        return values[found]
      }
      slot = (slot + 1) & mask
    }
  }

  /// The value of `token`'s folded word.
  @inline(__always)
  func value(of token: TextToken) -> Value? { value(key: token.key, form: token.storedFolded) }

  /// The value of a folded word given as a `String`.
  func value(of word: String) -> Value? { value(key: WordKey.of(word), word: word) }

  /// Whether `token`'s folded word is in the table.
  @inline(__always)
  func contains(_ token: TextToken) -> Bool { value(of: token) != nil }

  /// Whether the folded word `word` is in the table.
  func contains(_ word: String) -> Bool { value(of: word) != nil }
}

extension WordTable where Value == Bool {
  /// The set of `words` (every value true).
  init<S: Sequence<String>>(set words: S) { self.init(words.map { ($0, true) }) }
}

extension WordTable: ExpressibleByDictionaryLiteral {
  /// A table written as a dictionary literal (`["mois": "P1M", …]`).
  init(dictionaryLiteral elements: (String, Value)...) { self.init(elements) }

  /// The value of a folded word given as a `String`, as a dictionary's subscript gives it.
  subscript(_ word: String) -> Value? { value(of: word) }
}

extension WordTable: ExpressibleByArrayLiteral where Value == Bool {
  /// A set written as an array literal (`["de", "du", "des"]`).
  init(arrayLiteral elements: String...) { self.init(set: elements) }
}

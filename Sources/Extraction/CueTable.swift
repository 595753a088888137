/// A fixed map from folded words to their `TokenCues`, looked up by a word's key (`WordKey`)
/// and bytes: open addressing over a table at most a quarter full, so a miss costs a probe or
/// two, and no `String` is hashed per token.
struct CueTable: Sendable {
  private let slots: [Int32]
  private let keys: [[UInt8]]
  private let hashes: [UInt64]
  private let values: [TokenCues]
  private let mask: Int

  init(_ table: [String: TokenCues]) {
    var size = 16
    while size < table.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var keys: [[UInt8]] = []
    var hashes: [UInt64] = []
    var values: [TokenCues] = []
    for (word, cues) in table.sorted(by: { $0.key < $1.key }) {
      let bytes = Array(word.utf8)
      let hash = bytes.withUnsafeBufferPointer { WordKey.of($0) }
      var slot = WordKey.slot(hash, size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(keys.count)
      keys.append(bytes)
      hashes.append(hash)
      values.append(cues)
    }
    self.slots = slots
    self.keys = keys
    self.hashes = hashes
    self.values = values
    self.mask = size - 1
  }

  /// The cues of `word`, empty when it has none.
  @inline(__always)
  func cues(of word: UnsafeBufferPointer<UInt8>) -> TokenCues {
    cues(of: word, key: WordKey.of(word))
  }

  /// The cues of `word`, whose `WordKey` is `key`.
  @inline(__always)
  func cues(of word: UnsafeBufferPointer<UInt8>, key: UInt64) -> TokenCues {
    var slot = WordKey.slot(key, mask)
    while true {
      let found = Int(slots[slot])
      if found < 0 { return [] }
      if hashes[found] == key, Self.equal(keys[found], word) { return values[found] }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private static func equal(_ key: [UInt8], _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    guard key.count == word.count else { return false }
    return key.withUnsafeBufferPointer { stored in
      for index in 0..<word.count where stored[index] != word[index] { return false }
      return true
    }
  }
}

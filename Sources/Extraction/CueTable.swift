/// A fixed map from folded words to their `TokenCues`, looked up by UTF-8 bytes: FNV-1a and
/// open addressing over a table at most a quarter full, so a miss costs one hash and a probe or
/// two, and no `String` is hashed per token.
struct CueTable: Sendable {
  private let slots: [Int32]
  private let keys: [[UInt8]]
  private let values: [TokenCues]
  private let mask: Int

  init(_ table: [String: TokenCues]) {
    var size = 16
    while size < table.count * 4 { size *= 2 }
    var slots = [Int32](repeating: -1, count: size)
    var keys: [[UInt8]] = []
    var values: [TokenCues] = []
    for (word, cues) in table.sorted(by: { $0.key < $1.key }) {
      let bytes = Array(word.utf8)
      var slot = bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(keys.count)
      keys.append(bytes)
      values.append(cues)
    }
    self.slots = slots
    self.keys = keys
    self.values = values
    self.mask = size - 1
  }

  /// The cues of `word`, empty when it has none.
  @inline(__always)
  func cues(of word: UnsafeBufferPointer<UInt8>) -> TokenCues {
    var slot = Self.hash(word) & mask
    while true {
      let found = Int(slots[slot])
      if found < 0 { return [] }
      if Self.equal(keys[found], word) { return values[found] }
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

  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}

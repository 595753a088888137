/// A fixed map from folded words to their `TokenCues`, looked up by a word's key (`WordKey`)
/// and bytes: open addressing over a table at most a quarter full, so a miss costs a probe or
/// two, and no `String` is hashed per token. Its storage is raw memory owned by the table, read
/// by the lexer through a `Probe` (pointers taken once per sentence: no retain per token).
final class CueTable: @unchecked Sendable {
  /// Read-only pointers into a live `CueTable`'s storage.
  struct Probe {
    let slots: UnsafePointer<Int32>
    let hashes: UnsafePointer<UInt64>
    let values: UnsafePointer<TokenCues>
    /// Where each word's bytes start in `bytes`; one more entry than words.
    let starts: UnsafePointer<Int32>
    let bytes: UnsafePointer<UInt8>
    /// Each word's bytes as two little-endian words, zero past its end (zero past 16 bytes).
    let words: UnsafePointer<UInt64>
    let mask: Int

    /// The cues of the word of `count` bytes (at most 16) held in `low` then `high` (zero past
    /// its end), whose `WordKey` is `key`: two words compared instead of the bytes.
    @inline(__always)
    func cues(key: UInt64, low: UInt64, high: UInt64, count: Int) -> TokenCues {
      var slot = WordKey.slot(key, mask)
      while true {
        let found = Int(slots[slot])
        if found < 0 { return [] }
        if hashes[found] == key, words[2 &* found] == low, words[2 &* found &+ 1] == high,
          Int(starts[found &+ 1] &- starts[found]) == count
        {
          return values[found]
        }
        slot = (slot &+ 1) & mask
      }
    }

    /// The cues of `word`, whose `WordKey` is `key`.
    @inline(__always)
    func cues(key: UInt64, word: UnsafeBufferPointer<UInt8>) -> TokenCues {
      var slot = WordKey.slot(key, mask)
      while true {
        let found = Int(slots[slot])
        if found < 0 { return [] }
        if hashes[found] == key, equal(found, word, lowering: false) { return values[found] }
        slot = (slot + 1) & mask
      }
    }

    /// The cues of the ASCII `word` lowered, whose lowered bytes' `WordKey` is `key`.
    @inline(__always)
    func cues(key: UInt64, lowering word: UnsafeBufferPointer<UInt8>) -> TokenCues {
      var slot = WordKey.slot(key, mask)
      while true {
        let found = Int(slots[slot])
        if found < 0 { return [] }
        if hashes[found] == key, equal(found, word, lowering: true) { return values[found] }
        slot = (slot + 1) & mask
      }
    }

    @inline(__always)
    private func equal(_ found: Int, _ word: UnsafeBufferPointer<UInt8>, lowering: Bool) -> Bool {
      let start = Int(starts[found])
      guard Int(starts[found + 1]) - start == word.count else { return false }
      for index in 0..<word.count {
        var byte = word[index]
        if lowering, byte &- 0x41 < 26 { byte += 32 }
        if bytes[start + index] != byte { return false }
      }
      return true
    }
  }

  private let slots: UnsafeMutableBufferPointer<Int32>
  private let hashes: UnsafeMutableBufferPointer<UInt64>
  private let values: UnsafeMutableBufferPointer<TokenCues>
  private let starts: UnsafeMutableBufferPointer<Int32>
  private let bytes: UnsafeMutableBufferPointer<UInt8>
  private let words: UnsafeMutableBufferPointer<UInt64>

  /// The pointers the lexer reads, valid while the table lives.
  let probe: Probe

  /// A table of no word: its probe finds no cue (the lexer's probe when lexing without cues).
  static let empty = CueTable([:])

  init(_ table: [String: TokenCues]) {
    var size = 16
    while size < table.count * 4 { size *= 2 }
    let words = table.sorted { $0.key < $1.key }
    let slots = UnsafeMutableBufferPointer<Int32>.allocate(capacity: size)
    slots.initialize(repeating: -1)
    let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(words.count, 1))
    let values = UnsafeMutableBufferPointer<TokenCues>.allocate(capacity: max(words.count, 1))
    let starts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: words.count + 1)
    let length = words.reduce(0) { $0 + $1.key.utf8.count }
    let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(length, 1))
    let packed = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: max(2 * words.count, 2))
    packed.initialize(repeating: 0)
    var offset = 0
    for (index, (word, cues)) in words.enumerated() {
      let hash = WordKey.of(word)
      var slot = WordKey.slot(hash, size - 1)
      while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = Int32(index)
      hashes[index] = hash
      values[index] = cues
      starts[index] = Int32(offset)
      for (position, byte) in word.utf8.enumerated() {
        bytes[offset] = byte
        offset += 1
        if position < 16 {
          packed[2 * index + position / 8] |= UInt64(byte) << (8 * (position % 8))
        }
      }
    }
    starts[words.count] = Int32(offset)
    self.slots = slots
    self.hashes = hashes
    self.values = values
    self.starts = starts
    self.bytes = bytes
    self.words = packed
    probe = Probe(
      slots: UnsafePointer(slots.baseAddress!), hashes: UnsafePointer(hashes.baseAddress!),
      values: UnsafePointer(values.baseAddress!), starts: UnsafePointer(starts.baseAddress!),
      bytes: UnsafePointer(bytes.baseAddress!), words: UnsafePointer(packed.baseAddress!),
      mask: size - 1)
  }

  deinit {
    slots.deallocate()
    hashes.deallocate()
    values.deallocate()
    starts.deallocate()
    bytes.deallocate()
    words.deallocate()
  }

  /// The cues of `word`, empty when it has none.
  func cues(of word: UnsafeBufferPointer<UInt8>) -> TokenCues {
    withExtendedLifetime(self) { probe.cues(key: WordKey.of(word), word: word) }
  }

  /// The cues of `word`, whose `WordKey` is `key`.
  func cues(of word: UnsafeBufferPointer<UInt8>, key: UInt64) -> TokenCues {
    withExtendedLifetime(self) { probe.cues(key: key, word: word) }
  }
}

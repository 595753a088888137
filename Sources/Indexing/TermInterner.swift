/// Gives each distinct term of a document a dense id, in first-seen order, from its UTF-8
/// bytes: FNV-1a and open addressing over a copy of each distinct term's bytes (one byte buffer),
/// so that no `String` is made or hashed per token.
struct TermInterner {
  private var slots = [Int32](repeating: -1, count: 512)
  /// Each term's FNV-1a hash, by id (`PostingsAccumulator` uses it as it is).
  private(set) var hashes: [UInt64] = []
  /// The terms' bytes, one after the other, by id.
  private(set) var bytes: [UInt8] = []
  /// Where each term's bytes end in `bytes` (they start where the previous one ends).
  private(set) var ends: [Int] = []

  var count: Int { hashes.count }

  init() {
    bytes.reserveCapacity(4096)
  }

  /// FNV-1a over a term's bytes.
  static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in term { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// Where the bytes of term `id` are in `bytes`.
  func range(of id: Int) -> Range<Int> {
    (id == 0 ? 0 : ends[id - 1])..<ends[id]
  }

  /// The id of `term`: a new term gets `count` (before the call).
  mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
    id(of: term, hash: TermInterner.hash(term))
  }

  /// The id of `term`, whose `hash(_:)` is `hash`.
  mutating func id(of term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let found = Int(slots[slot])
      if found < 0 { break }
      if hashes[found] == hash, equals(found, term) { return found }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    slots[slot] = Int32(id)
    hashes.append(hash)
    bytes.append(contentsOf: term)
    ends.append(bytes.count)
    if hashes.count * 2 > slots.count { grow() }
    return id
  }

  private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = id == 0 ? 0 : ends[id - 1]
    guard ends[id] - start == term.count else { return false }
    return bytes[start..<ends[id]].elementsEqual(term)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(id)
    }
  }
}

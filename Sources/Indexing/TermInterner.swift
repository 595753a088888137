/// Gives each distinct term of a document a dense id, in first-seen order, from its UTF-8
/// bytes: a word-at-a-time hash and open addressing over a copy of each distinct term's bytes
/// (one byte buffer), so that no `String` is made or hashed per token.
///
/// The hash never leaves the process (runs are sorted by the terms' bytes), so it may change.
struct TermInterner {
  /// Open addressing: the high 32 bits of a term's hash and its id + 1 (0: an empty slot), so
  /// that a probe reads only this table until the bytes are compared.
  private var slots = [UInt64](repeating: 0, count: 2048)
  /// Each term's `hash(_:)`, by id (`PostingsAccumulator` uses it as it is).
  private(set) var hashes: [UInt64] = []
  /// The terms' bytes, one after the other, by id, then unused room (zeros) up to its count:
  /// a new term is copied into that room (an `append(contentsOf:)` per term cost more).
  private(set) var bytes = [UInt8](repeating: 0, count: 4096)
  /// The terms' bytes in `bytes`.
  private(set) var usedBytes = 0
  /// Where each term's bytes end in `bytes` (they start where the previous one ends).
  private(set) var ends: [Int] = []

  var count: Int { hashes.count }

  init() {
    hashes.reserveCapacity(512)
    ends.reserveCapacity(512)
  }

  /// Forgets every term, keeping the storage (a table or byte buffer a large document grew is
  /// made anew at its first size).
  mutating func removeAll() {
    if slots.count > 1 << 14 {
      slots = [UInt64](repeating: 0, count: 2048)
    } else {
      clearSlots()
    }
    if bytes.count > 1 << 20 { bytes = [UInt8](repeating: 0, count: 4096) }
    hashes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    usedBytes = 0
  }

  /// Empties the table slot by slot, the terms in reverse order: a term's probe only ever
  /// passed slots of terms stored before it, still there when it is found and cleared.
  private mutating func clearSlots() {
    let mask = slots.count - 1
    slots.withUnsafeMutableBufferPointer { slots in
      for id in hashes.indices.reversed() {
        let stored = hashes[id] & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
        var slot = Int(truncatingIfNeeded: hashes[id]) & mask
        while slots[slot] != stored { slot = (slot + 1) & mask }
        slots[slot] = 0
      }
    }
  }

  /// A hash of a term's bytes, eight at a time; the last eight, or the first and last four,
  /// or the first, middle and last byte, overlapping (the length is hashed too).
  @inline(__always)
  static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    let count = term.count
    var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
    guard let base = term.baseAddress, count > 0 else { return hash }
    let raw = UnsafeRawPointer(base)
    var tail: UInt64
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
        hash ^= hash >> 31
        offset += 8
      }
      tail = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
      tail =
        UInt64(raw.loadUnaligned(as: UInt32.self))
        | UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)) << 32
    } else {
      tail = UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
    }
    hash = (hash ^ tail) &* multiplier
    hash ^= hash >> 33
    hash = hash &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 29)
  }

  /// Whether the `count` bytes at `left` and `right` are the same (eight at a time).
  @inline(__always)
  static func same(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        {
          return false
        }
        offset += 8
      }
      return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
    if count >= 4 {
      return left.loadUnaligned(as: UInt32.self) == right.loadUnaligned(as: UInt32.self)
        && left.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
          == right.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
    }
    for offset in 0..<count
    where left.load(fromByteOffset: offset, as: UInt8.self)
      != right.load(fromByteOffset: offset, as: UInt8.self)
    {
      return false
    }
    return true
  }

  /// Where the bytes of term `id` are in `bytes`.
  func range(of id: Int) -> Range<Int> {
    (id == 0 ? 0 : ends[id - 1])..<ends[id]
  }

  /// The id of `term`: a new term gets `count` (before the call).
  @inline(__always)
  mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
    id(of: term, hash: TermInterner.hash(term))
  }

  /// The id of `term`, whose `hash(_:)` is `hash`.
  @inline(__always)
  mutating func id(of term: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slots.count - 1
    let tag = hash & 0xFFFF_FFFF_0000_0000
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let found = slots[slot]
      if found == 0 { break }
      if found & 0xFFFF_FFFF_0000_0000 == tag {
        let id = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
        if equals(id, term) { return id }
      }
      slot = (slot + 1) & mask
    }
    let id = hashes.count
    slots[slot] = tag | UInt64(id + 1)
    hashes.append(hash)
    store(term)
    ends.append(usedBytes)
    if hashes.count * 2 > slots.count { grow() }
    return id
  }

  /// Copies a new term's bytes after the others.
  @inline(__always)
  private mutating func store(_ term: UnsafeBufferPointer<UInt8>) {
    guard let source = term.baseAddress, term.count > 0 else { return }
    let needed = usedBytes + term.count
    if needed > bytes.count {
      bytes.append(
        contentsOf: repeatElement(0, count: max(needed, bytes.count * 2) - bytes.count))
    }
    let start = usedBytes
    bytes.withUnsafeMutableBufferPointer { out in
      TermInterner.copy(source, to: out.baseAddress! + start, count: term.count)
    }
    usedBytes = needed
  }

  /// Copies `count` bytes eight or four at a time, the last ones overlapping (terms are short:
  /// no call to `memmove`).
  @inline(__always)
  static func copy(
    _ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int
  ) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(target)
    if count >= 8 {
      var offset = 0
      while offset + 8 < count {
        to.storeBytes(
          of: from.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset,
          as: UInt64.self)
        offset += 8
      }
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self),
        toByteOffset: count - 8, as: UInt64.self)
    } else if count >= 4 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
      to.storeBytes(of: head, as: UInt32.self)
      to.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    } else {
      for offset in 0..<count { target[offset] = source[offset] }
    }
  }

  /// The terms' bytes, one after the other, by id (without the unused room of `bytes`).
  var termBytes: [UInt8] { Array(bytes[..<usedBytes]) }

  @inline(__always)
  private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = id == 0 ? 0 : ends[id - 1]
    guard ends[id] - start == term.count else { return false }
    guard let termBase = term.baseAddress, term.count > 0 else { return true }
    return bytes.withUnsafeBytes { stored in
      TermInterner.same(stored.baseAddress! + start, termBase, count: term.count)
    }
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (id, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(id + 1)
    }
  }
}

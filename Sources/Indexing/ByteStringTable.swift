import Foundation

/// A hash table from strings to small integers (the place of the element that holds the string
/// elsewhere), compared by their UTF-8 bytes and hashed with a cheap word-at-a-time hash: for the
/// tens of thousands of paths and ids an incremental build looks up, where `Dictionary`'s
/// seeded SipHash and its canonical-equivalence comparison cost more than the rest of the
/// lookup. Two strings that differ only by Unicode normalization are two keys here, as they are
/// two files on Linux. Keys are given as bytes (where they lie in a mapped file, say) or as
/// `String`s.
struct ByteStringTable {
  /// Open addressing, linear probing: each slot holds an element's place + 1 (0: empty) and
  /// the high bits of its hash (to skip most unequal keys without comparing bytes).
  private var slots: [UInt64]
  private var mask: Int
  private(set) var count = 0

  /// A table sized for `capacity` keys without growing.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [UInt64](repeating: 0, count: size)
    mask = size - 1
  }

  /// The place stored for the key `key`, where `keyAt(place)` gives the key of a place.
  func find(
    bytes key: UnsafeRawBufferPointer, keyAt: (Int) -> UnsafeRawBufferPointer
  ) -> Int? {
    find(hash: ByteStringTable.hash(bytes: key)) { ByteStringTable.same(keyAt($0), key) }
  }

  /// Stores `place` for `key` unless the key is there already; returns the place stored before
  /// (nil when the key is new).
  mutating func insert(
    bytes key: UnsafeRawBufferPointer, place: Int, keyAt: (Int) -> UnsafeRawBufferPointer
  ) -> Int? {
    insert(
      hash: ByteStringTable.hash(bytes: key), place: place,
      matches: { ByteStringTable.same(keyAt($0), key) },
      hashAt: { ByteStringTable.hash(bytes: keyAt($0)) })
  }

  /// `find(bytes:keyAt:)` with `String` keys.
  func find(_ key: String, keyAt: (Int) -> String) -> Int? {
    find(hash: ByteStringTable.hash(key)) { ByteStringTable.same(keyAt($0), key) }
  }

  /// `insert(bytes:place:keyAt:)` with `String` keys.
  mutating func insert(_ key: String, place: Int, keyAt: (Int) -> String) -> Int? {
    insert(
      hash: ByteStringTable.hash(key), place: place,
      matches: { ByteStringTable.same(keyAt($0), key) },
      hashAt: { ByteStringTable.hash(keyAt($0)) })
  }

  /// The place whose key has `hash` and `matches`.
  private func find(hash: UInt64, matches: (Int) -> Bool) -> Int? {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 { return nil }
      let place = Int(value & 0xFFFF_FFFF) - 1
      if value >> 32 == hash >> 32, matches(place) { return place }
      slot = (slot + 1) & mask
    }
  }

  /// Stores `place` for a key of `hash` unless a place that `matches` is there; `hashAt` gives
  /// the hash of a stored place's key (to grow).
  private mutating func insert(
    hash: UInt64, place: Int, matches: (Int) -> Bool, hashAt: (Int) -> UInt64
  ) -> Int? {
    precondition(place >= 0 && place < 0xFFFF_FFFF, "place out of range")
    if (count + 1) * 2 > slots.count { grow(hashAt: hashAt) }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let value = slots[slot]
      if value == 0 {
        slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(place + 1)
        count += 1
        return nil
      }
      let existing = Int(value & 0xFFFF_FFFF) - 1
      if value >> 32 == hash >> 32, matches(existing) { return existing }
      slot = (slot + 1) & mask
    }
  }

  private mutating func grow(hashAt: (Int) -> UInt64) {
    let old = slots
    slots = [UInt64](repeating: 0, count: old.count * 2)
    mask = slots.count - 1
    for value in old where value != 0 {
      let place = Int(value & 0xFFFF_FFFF) - 1
      var slot = Int(truncatingIfNeeded: hashAt(place)) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = value
    }
  }

  /// Whether two strings have the same UTF-8 bytes.
  static func same(_ left: String, _ right: String) -> Bool {
    left.utf8.count == right.utf8.count && left.utf8.elementsEqual(right.utf8)
  }

  /// Whether two byte strings are equal.
  static func same(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
    left.count == right.count
      && (left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
  }

  /// `hash(bytes:)` of the string's UTF-8.
  static func hash(_ key: String) -> UInt64 {
    var copy = key
    return copy.withUTF8 { hash(bytes: UnsafeRawBufferPointer($0)) }
  }

  /// A 64-bit hash of the bytes, eight at a time (not seeded: the keys are the index's own
  /// paths and ids, and a collision only costs a comparison).
  static func hash(bytes raw: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
    @inline(__always) func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
    }
    var index = 0
    while index + 8 <= raw.count {
      mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
      index += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < raw.count {
      tail |= UInt64(raw[index]) << shift
      shift += 8
      index += 1
    }
    mix(tail)
    hash = (hash ^ (hash >> 29)) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 32)
  }
}

import Foundation

/// The distinct strings of one record, in first-use order, with an open-addressing hash map
/// over their UTF-8 (hashed eight bytes at a time): cheaper than a `[String: Int]` for the many
/// short keys and the sentences every mention repeats. Its memory is kept between encodings
/// (`RecordEncoderScratch`): `reset` empties it, `deallocate` frees it.
struct RecordStringTable {
  /// One string of the table: its hash and where its bytes are in `bytes`.
  private struct Entry {
    var hash: UInt64
    var start: Int
    var length: Int
  }

  /// A string looked up lately, by the address of its bytes; the string itself is kept, so
  /// that the address cannot be reused by another string while it is in the cache.
  private struct Recent {
    var address = 0
    var index = 0
    var string = ""
  }

  private static let recentCount = 64
  /// Each string as a varint length and its bytes, in index order.
  private(set) var bytes = RecordBytes(capacity: 16_384)
  private(set) var count = 0
  private var slots: UnsafeMutablePointer<Int32>
  private var slotCount = 1024
  private var entries: UnsafeMutablePointer<Entry>
  private var entryCapacity = 512
  /// The last strings longer than a small string looked up, by the address of their bytes
  /// (direct-mapped), with their index: a mention repeats its sentence and file, which then
  /// cost neither a hash nor a comparison.
  private let recent: UnsafeMutablePointer<Recent>

  init() {
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: -1, count: slotCount)
    entries = .allocate(capacity: entryCapacity)
    recent = .allocate(capacity: Self.recentCount)
    recent.initialize(repeating: Recent(), count: Self.recentCount)
  }

  /// Frees the memory; the table must not be used afterwards.
  func deallocate() {
    bytes.deallocate()
    slots.deallocate()
    entries.deallocate()
    recent.deinitialize(count: Self.recentCount)
    recent.deallocate()
  }

  /// Empties the table for the next record, keeping its memory.
  mutating func reset() {
    bytes.removeAll()
    for index in 0..<count {
      var slot = Self.slot(entries[index].hash, slotCount - 1)
      while slots[slot] >= 0 {
        slots[slot] = -1
        slot = (slot + 1) & (slotCount - 1)
      }
    }
    count = 0
    for index in 0..<Self.recentCount { recent[index].address = 0 }
  }

  @inline(__always)
  private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  mutating func index(of string: String) -> Int {
    // A native string's bytes are read in place (no copy of the string, no retain); a small
    // or bridged one goes through a copy and `withUTF8`.
    let inPlace = string.utf8.withContiguousStorageIfAvailable { utf8 -> (Int, Int) in
      guard utf8.count > 15, let base = utf8.baseAddress else { return (index(of: utf8), 0) }
      let address = Int(bitPattern: base)
      let slot = (address >> 4 ^ address >> 10) & (Self.recentCount - 1)
      if recent[slot].address == address, recent[slot].string.utf8.count == utf8.count {
        return (recent[slot].index, 0)
      }
      return (index(of: utf8), address)
    }
    if let (found, address) = inPlace {
      if address != 0 { remember(string, at: address, index: found) }
      return found
    }
    var string = string
    let (found, address) = string.withUTF8 { utf8 -> (Int, Int) in
      // Small strings (up to 15 bytes) are copied out for `withUTF8`: no stable address.
      guard utf8.count > 15, let base = utf8.baseAddress else { return (index(of: utf8), 0) }
      let address = Int(bitPattern: base)
      let slot = (address >> 4 ^ address >> 10) & (Self.recentCount - 1)
      if recent[slot].address == address, recent[slot].string.utf8.count == utf8.count {
        return (recent[slot].index, 0)
      }
      return (index(of: utf8), address)
    }
    if address != 0 { remember(string, at: address, index: found) }
    return found
  }

  /// Caches the index of a string whose bytes are at `address` (the string is kept with it).
  private mutating func remember(_ string: String, at address: Int, index: Int) {
    let slot = (address >> 4 ^ address >> 10) & (Self.recentCount - 1)
    recent[slot].address = address
    recent[slot].index = index
    recent[slot].string = string
  }

  mutating func index(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
    index(of: utf8, hash: RecordStringTable.hash(utf8))
  }

  mutating func index(of utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slotCount - 1
    var slot = Self.slot(hash, mask)
    while true {
      let found = Int(slots[slot])
      if found < 0 { break }
      if entries[found].hash == hash, equals(found, utf8) { return found }
      slot = (slot + 1) & mask
    }
    let index = count
    slots[slot] = Int32(index)
    if count == entryCapacity { growEntries() }
    entries[index] = Entry(hash: hash, start: 0, length: utf8.count)
    append(utf8, at: index)
    count += 1
    if count * 2 > slotCount { growSlots() }
    return index
  }

  /// Strings longer than this are hashed by their length, first and last `sampled` bytes only
  /// (a sentence is hashed in constant time; equal hashes are still compared byte for byte).
  static let sampled = 48

  /// A multiplicative hash of the bytes, two words at a time in two lanes (the last word may
  /// overlap the ones before).
  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = utf8.count
    guard count > 2 * sampled, let base = utf8.baseAddress else { return fullHash(utf8) }
    let head = fullHash(UnsafeBufferPointer(start: base, count: sampled))
    let tail = fullHash(UnsafeBufferPointer(start: base + count - sampled, count: sampled))
    let mixed = (head ^ (tail >> 17 | tail << 47) ^ UInt64(count)) &* 0xff51_afd7_ed55_8ccd
    return mixed ^ (mixed >> 32)
  }

  private static func fullHash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let count = utf8.count
    let multiplier: UInt64 = 0xff51_afd7_ed55_8ccd
    let other: UInt64 = 0xc4ce_b9fe_1a85_ec53
    var hash = 0x9e37_79b9_7f4a_7c15 &* UInt64(count &+ 1)
    guard count > 0, let base = utf8.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    if count < 8 {
      var word: UInt64 = 0
      for index in 0..<count { word |= UInt64(base[index]) << (8 * index) }
      hash = (hash ^ word) &* multiplier
      return hash ^ (hash >> 32)
    }
    var second = hash ^ other
    var offset = 0
    while offset + 16 <= count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      second = (second ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* other
      hash ^= hash >> 31
      second ^= second >> 29
      offset += 16
    }
    if offset + 8 <= count {
      hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
      offset += 8
    }
    if offset < count {
      let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      second = (second ^ last) &* other
    }
    hash = (hash ^ (second >> 27 | second << 37)) &* multiplier
    return hash ^ (hash >> 32)
  }

  @inline(__always)
  private func equals(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let entry = entries[index]
    guard entry.length == utf8.count else { return false }
    guard utf8.count > 0 else { return true }
    return memcmp(bytes.base + entry.start, utf8.baseAddress!, utf8.count) == 0
  }

  private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) {
    var length = UInt64(utf8.count)
    while length >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: length) | 0x80)
      length >>= 7
    }
    bytes.append(UInt8(length))
    entries[index].start = bytes.count
    bytes.append(contentsOf: UnsafeRawBufferPointer(utf8))
  }

  private mutating func growEntries() {
    let newEntries = UnsafeMutablePointer<Entry>.allocate(capacity: entryCapacity * 2)
    newEntries.moveInitialize(from: entries, count: count)
    entries.deallocate()
    entries = newEntries
    entryCapacity *= 2
  }

  private mutating func growSlots() {
    slots.deallocate()
    slotCount *= 2
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: -1, count: slotCount)
    let mask = slotCount - 1
    for index in 0..<count {
      var slot = Self.slot(entries[index].hash, mask)
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }
}

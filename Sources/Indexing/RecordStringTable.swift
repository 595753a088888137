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

  /// A string looked up lately, by its two words (a small string's bytes, or a large one's
  /// count, flags and storage address), not owned: `index(ofHeld:)` takes only strings that
  /// outlive the record, so equal words within a record mean equal bytes; `record` tells the
  /// entries of this record from older ones (whose words are never read as a string).
  private struct Recent {
    var first: UInt64 = 0
    var second: UInt64 = 0
    var index: Int32 = 0
    var record: UInt32 = 0
  }

  private static let recentBits = 12
  private static let recentCount = 1 << recentBits
  /// Each string as a varint length and its bytes, in index order.
  private(set) var bytes = RecordBytes(capacity: 16_384)
  private(set) var count = 0
  /// The hash map: each slot the record number that filled it (high half: a slot of another
  /// record is empty, so that emptying the table for the next record writes nothing) and the
  /// string's index (low half).
  private var slots: UnsafeMutablePointer<UInt64>
  private var slotCount = 1024
  private var entries: UnsafeMutablePointer<Entry>
  private var entryCapacity = 512
  /// The last strings looked up, by their two words (direct-mapped), with their index: a
  /// mention repeats its sentence, file, type and unit, which then cost neither a hash of
  /// their bytes nor a comparison.
  private let recent: UnsafeMutablePointer<Recent>
  /// This record's number in `recent` (never 0), and the last number given, shared by the
  /// copies of the table (a record abandoned half-way cannot leave entries with a number that
  /// another record reuses).
  private var record: UInt32 = 1
  private let lastRecord: UnsafeMutablePointer<UInt32>

  init() {
    slots = .allocate(capacity: slotCount)
    slots.initialize(repeating: 0, count: slotCount)
    entries = .allocate(capacity: entryCapacity)
    recent = .allocate(capacity: Self.recentCount)
    recent.initialize(repeating: Recent(), count: Self.recentCount)
    lastRecord = .allocate(capacity: 1)
    lastRecord.initialize(to: 1)
  }

  /// Frees the memory; the table must not be used afterwards.
  func deallocate() {
    bytes.deallocate()
    slots.deallocate()
    entries.deallocate()
    recent.deallocate()
    lastRecord.deallocate()
  }

  /// Empties the table for the next record, keeping its memory.
  mutating func reset() {
    bytes.removeAll()
    count = 0
    if lastRecord.pointee == UInt32.max {
      for index in 0..<Self.recentCount { recent[index].record = 0 }
      slots.update(repeating: 0, count: slotCount)
      lastRecord.pointee = 0
    }
    lastRecord.pointee &+= 1
    record = lastRecord.pointee
  }

  @inline(__always)
  private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
  }

  /// The two words of a string value (no retain).
  @inline(__always)
  private static func words(_ string: String) -> (UInt64, UInt64) {
    unsafeBitCast(string, to: (UInt64, UInt64).self)
  }

  /// The index of `string`, which must stay alive until the table is reset (a field of the
  /// value being encoded, or a literal): the cache of recent strings keys on its words without
  /// retaining it, so a string freed within the record could let another one alias its words.
  /// A temporary string goes to `uncachedIndex`.
  @inline(__always)
  mutating func index(ofHeld string: String) -> Int {
    let words = Self.words(string)
    let mixed = (words.0 &+ words.1 &* 0x9e37_79b9_7f4a_7c15) &* 0xff51_afd7_ed55_8ccd
    let entry = recent + Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.recentBits))
    if entry.pointee.first == words.0, entry.pointee.second == words.1,
      entry.pointee.record == record
    {
      return Int(entry.pointee.index)
    }
    return place(string, words: words, in: entry)
  }

  /// `index(ofHeld:)` of a string field, read in place: a hit loads its two words only.
  @inline(__always)
  mutating func index(ofHeldAt field: UnsafePointer<String>) -> Int {
    let words = UnsafeRawPointer(field).load(as: (UInt64, UInt64).self)
    let mixed = (words.0 &+ words.1 &* 0x9e37_79b9_7f4a_7c15) &* 0xff51_afd7_ed55_8ccd
    let entry = recent + Int(truncatingIfNeeded: mixed >> UInt64(64 - Self.recentBits))
    if entry.pointee.first == words.0, entry.pointee.second == words.1,
      entry.pointee.record == record
    {
      return Int(entry.pointee.index)
    }
    return place(field.pointee, words: words, in: entry)
  }

  /// Looks up a string missing from the cache (by its bytes) and caches its index.
  @inline(never)
  private mutating func place(
    _ string: String, words: (UInt64, UInt64), in entry: UnsafeMutablePointer<Recent>
  ) -> Int {
    let found = uncachedIndex(of: string)
    entry.pointee = Recent(
      first: words.0, second: words.1, index: Int32(truncatingIfNeeded: found), record: record)
    return found
  }

  /// The index of a string by its bytes, without the cache of recent strings.
  mutating func uncachedIndex(of string: String) -> Int {
    // A native string's bytes are read in place (no copy of the string, no retain); a small
    // or bridged one goes through a copy and `withUTF8`.
    if let found = string.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) {
      return found
    }
    var string = string
    return string.withUTF8 { index(of: $0) }
  }

  mutating func index(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
    index(of: utf8, hash: RecordStringTable.hash(utf8))
  }

  mutating func index(of utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
    let mask = slotCount - 1
    var slot = Self.slot(hash, mask)
    let stamp = UInt64(record) << 32
    while true {
      let filled = slots[slot]
      if filled & 0xFFFF_FFFF_0000_0000 != stamp { break }
      let found = Int(truncatingIfNeeded: filled & 0xFFFF_FFFF)
      if entries[found].hash == hash, equals(found, utf8) { return found }
      slot = (slot + 1) & mask
    }
    let index = count
    slots[slot] = stamp | UInt64(index)
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
    bytes.append(tag: nil, varint: UInt64(utf8.count))
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
    slots.initialize(repeating: 0, count: slotCount)
    let mask = slotCount - 1
    let stamp = UInt64(record) << 32
    for index in 0..<count {
      var slot = Self.slot(entries[index].hash, mask)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = stamp | UInt64(index)
    }
  }
}

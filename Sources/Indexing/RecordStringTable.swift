import Foundation

/// The distinct strings of one record, in first-use order, with an open-addressing hash map
/// over their UTF-8 (hashed eight bytes at a time): cheaper than a `[String: Int]` for the many
/// short keys and the sentences every mention repeats.
struct RecordStringTable {
  /// Each string as a varint length and its bytes, in index order.
  private(set) var bytes: [UInt8] = []
  private(set) var count = 0
  private var slots = [Int32](repeating: -1, count: 1024)
  private var hashes: [UInt64] = []
  private var starts: [Int] = []
  private var lengths: [Int] = []

  init() {
    bytes.reserveCapacity(4096)
  }

  /// The last strings longer than a small string looked up, by the address of their bytes
  /// (direct-mapped), with their index: a mention repeats its sentence and file, which then
  /// cost neither a hash nor a comparison. The strings themselves are kept, so that an address
  /// cannot be reused by another string while it is in the cache.
  private var recentAddresses = [Int](repeating: 0, count: 64)
  private var recentIndices = [Int](repeating: 0, count: 64)
  private var recentStrings = [String](repeating: "", count: 64)

  mutating func index(of string: String) -> Int {
    var string = string
    let (found, address) = string.withUTF8 { utf8 -> (Int, Int) in
      // Small strings (up to 15 bytes) are copied out for `withUTF8`: no stable address.
      guard utf8.count > 15, let base = utf8.baseAddress else { return (index(of: utf8), 0) }
      let address = Int(bitPattern: base)
      let slot = (address >> 4 ^ address >> 10) & 63
      if recentAddresses[slot] == address, recentStrings[slot].utf8.count == utf8.count {
        return (recentIndices[slot], 0)
      }
      return (index(of: utf8), address)
    }
    if address != 0 {
      let slot = (address >> 4 ^ address >> 10) & 63
      recentAddresses[slot] = address
      recentIndices[slot] = found
      recentStrings[slot] = string
    }
    return found
  }

  mutating func index(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
    let hash = RecordStringTable.hash(utf8)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    while true {
      let found = Int(slots[slot])
      if found < 0 { break }
      if hashes[found] == hash, equals(found, utf8) { return found }
      slot = (slot + 1) & mask
    }
    let index = count
    slots[slot] = Int32(index)
    hashes.append(hash)
    append(utf8)
    count += 1
    if count * 2 > slots.count { grow() }
    return index
  }

  /// A multiplicative hash of the bytes, two words at a time in two lanes (the last word may
  /// overlap the ones before).
  static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
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

  private func equals(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lengths[index] == utf8.count else { return false }
    guard utf8.count > 0 else { return true }
    return bytes.withUnsafeBufferPointer {
      memcmp($0.baseAddress! + starts[index], utf8.baseAddress!, utf8.count) == 0
    }
  }

  private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    var length = UInt64(utf8.count)
    while length >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: length) | 0x80)
      length >>= 7
    }
    bytes.append(UInt8(length))
    starts.append(bytes.count)
    lengths.append(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, hash) in hashes.enumerated() {
      var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index)
    }
  }
}

/// The 64-bit content hash of a file or a stored record: XXH64 with seed 0, fed in pieces as the
/// bytes are read (feeding the pieces one after the other gives the hash of the whole). It tells
/// a changed file from an unchanged one; `ContentHash` in `Indexing` writes it in hexadecimal.
/// Four independent lanes of 8-byte words, so that it runs at a fraction of a cycle a byte,
/// where a byte-serial hash (FNV-1a) waits on one multiplication after another.
package struct ContentHasher: Sendable {
  private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
  private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  private static let prime3: UInt64 = 0x1656_67B1_9E37_79F9
  private static let prime4: UInt64 = 0x85EB_CA77_C2B2_AE63
  private static let prime5: UInt64 = 0x27D4_EB2F_1656_67C5

  /// The four lanes, fed one 32-byte stripe at a time.
  private var lanes = (
    Self.prime1 &+ Self.prime2, Self.prime2, UInt64(0), UInt64(0) &- Self.prime1
  )
  /// The bytes fed so far, and those of them not yet in a stripe (fewer than 32).
  private var total = 0
  private var stash: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  private var stashCount = 0

  package init() {}

  /// Adds `bytes` after those already fed.
  package mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let count = bytes.count
    total += count
    var offset = 0
    if stashCount > 0 {
      let taken = min(32 - stashCount, count)
      let start = stashCount
      withUnsafeMutableBytes(of: &stash) {
        $0.baseAddress!.advanced(by: start).copyMemory(from: base, byteCount: taken)
      }
      stashCount += taken
      offset = taken
      guard stashCount == 32 else { return }
      withUnsafeBytes(of: stash) { stripe(UnsafeRawPointer($0.baseAddress!)) }
      stashCount = 0
    }
    while offset + 32 <= count {
      stripe(base + offset)
      offset += 32
    }
    let rest = count - offset
    if rest > 0 {
      withUnsafeMutableBytes(of: &stash) {
        $0.baseAddress!.copyMemory(from: base + offset, byteCount: rest)
      }
      stashCount = rest
    }
  }

  /// Adds `bytes` after those already fed.
  package mutating func update(_ bytes: [UInt8]) { bytes.withUnsafeBytes { update($0) } }

  /// The hash of the bytes fed so far.
  package var value: UInt64 {
    var hash: UInt64
    if total >= 32 {
      hash =
        rotate(lanes.0, 1) &+ rotate(lanes.1, 7) &+ rotate(lanes.2, 12) &+ rotate(lanes.3, 18)
      hash = Self.merge(hash, lanes.0)
      hash = Self.merge(hash, lanes.1)
      hash = Self.merge(hash, lanes.2)
      hash = Self.merge(hash, lanes.3)
    } else {
      hash = Self.prime5
    }
    hash &+= UInt64(truncatingIfNeeded: total)
    let count = stashCount
    withUnsafeBytes(of: stash) { tail in
      var offset = 0
      while offset + 8 <= count {
        let word = tail.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        hash ^= Self.round(0, UInt64(littleEndian: word))
        hash = rotate(hash, 27) &* Self.prime1 &+ Self.prime4
        offset += 8
      }
      if offset + 4 <= count {
        let word = tail.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        hash ^= UInt64(UInt32(littleEndian: word)) &* Self.prime1
        hash = rotate(hash, 23) &* Self.prime2 &+ Self.prime3
        offset += 4
      }
      while offset < count {
        hash ^= UInt64(tail[offset]) &* Self.prime5
        hash = rotate(hash, 11) &* Self.prime1
        offset += 1
      }
    }
    hash ^= hash >> 33
    hash &*= Self.prime2
    hash ^= hash >> 29
    hash &*= Self.prime3
    return hash ^ (hash >> 32)
  }

  /// Feeds the 32 bytes at `pointer` to the four lanes.
  @inline(__always)
  private mutating func stripe(_ pointer: UnsafeRawPointer) {
    lanes.0 = Self.round(lanes.0, UInt64(littleEndian: pointer.loadUnaligned(as: UInt64.self)))
    lanes.1 = Self.round(
      lanes.1, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
    lanes.2 = Self.round(
      lanes.2, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 16, as: UInt64.self)))
    lanes.3 = Self.round(
      lanes.3, UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
  }

  @inline(__always)
  private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
    rotate(lane &+ word &* prime2, 31) &* prime1
  }

  @inline(__always)
  private static func merge(_ hash: UInt64, _ lane: UInt64) -> UInt64 {
    (hash ^ round(0, lane)) &* prime1 &+ prime4
  }
}

@inline(__always)
private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
  (value << count) | (value >> (64 - count))
}

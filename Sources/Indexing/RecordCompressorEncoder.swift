import Foundation

/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's
/// next four bytes in a bucketed hash table (each slot holds the two latest positions of its
/// hash, newest first, each with its four bytes, so that a candidate that cannot match is
/// dismissed without reading the source and without a branch; the longer match wins). Inside a match
/// only its last two positions are hashed, and a run without a match is crossed in growing
/// steps, so that the work per record stays close to one probe per sequence. The dictionary's
/// table is built once and only read; the record's entries are stamped
/// (`RecordCompressorScratch.base`: an entry written before this record reads as empty), and
/// a slot with fewer than `ways` entries of the record is completed from the dictionary's.
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  static let hashBits = 14
  /// Entries per slot, the candidates tried per position (`probe` reads two). Four (or the
  /// dictionary's two always tried besides the record's) store 0.4-0.5 % smaller at 6-20 %
  /// more instructions; 2^13 slots store 0.6 % larger for no gain.
  static let ways = 2
  /// Positions hashed at the end of each match (the others inside it are not). One only would
  /// save 5 % of the compressor's instructions for 0.7 % larger stores.
  static let hashedTail = 2
  /// After 2^skipShift positions without a match, the parse advances two at a time, and so on.
  static let skipShift = 6

  /// An entry: the four bytes at a position (high half) and its stamp or position (low half).
  @inline(__always)
  static func entry(word: UInt32, _ position: UInt32) -> UInt64 {
    UInt64(word) &<< 32 | UInt64(position)
  }

  /// The dictionary's table alone (`ways` entries per slot, newest first). An empty entry holds
  /// four bytes that do not hash to its slot, so that no probe's bytes equal them.
  static let dictionaryTable: [UInt64] = {
    let dictionary = RecordDictionary.bytes
    var table = [UInt64](repeating: 0, count: ways << hashBits)
    for slot in 0..<(1 << hashBits) {
      let empty = entry(word: slot == 0 ? 1 : 0, 0)
      for way in 0..<ways { table[slot * ways + way] = empty }
    }
    dictionary.withUnsafeBufferPointer { bytes in
      guard bytes.count >= minimumMatch else { return }
      for position in 0...(bytes.count - minimumMatch) {
        let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt32.self)
        let first = hash(word) * ways
        for way in stride(from: ways - 1, to: 0, by: -1) {
          table[first + way] = table[first + way - 1]
        }
        table[first] = entry(word: word, UInt32(position))
      }
    }
    return table
  }()

  private let source: UnsafePointer<UInt8>
  private let end: Int
  private let start: Int
  /// The record's table: entries whose low half is `base` plus the position; under `base`: empty.
  private let table: UnsafeMutablePointer<UInt64>
  private let base: UInt32
  private let dictionaryTable: UnsafePointer<UInt64>
  private let output: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  private(set) var written = 0

  /// Compresses the record loaded in `scratch` (`count` bytes after the dictionary) into the
  /// sequences of `RecordCompressor`, in `scratch.output`; nil when they would not be shorter
  /// than `limit` bytes, else their length. The scratch's stamp is renewed before
  /// (`wholeReset`, the reference the stamps are tested against: the record table cleared whole
  /// before and after).
  static func sequences(
    in scratch: RecordCompressorScratch, count: Int, limit: Int, wholeReset: Bool = false
  ) -> Int? {
    if wholeReset { scratch.reset() }
    scratch.begin(count: count)
    var encoder = RecordCompressorEncoder(scratch: scratch, count: count, capacity: limit)
    let complete = encoder.encode()
    if wholeReset { scratch.reset() }
    return complete ? encoder.written : nil
  }

  private init(scratch: RecordCompressorScratch, count: Int, capacity: Int) {
    source = UnsafePointer(scratch.source)
    end = scratch.dictionaryCount + count
    start = scratch.dictionaryCount
    table = scratch.table
    base = scratch.base
    dictionaryTable = UnsafePointer(scratch.dictionaryTable)
    output = scratch.output
    self.capacity = capacity
  }

  static func varint(_ value: Int, into output: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    output.append(UInt8(rest))
  }

  @inline(__always)
  private static func hash(_ word: UInt32) -> Int {
    Int(truncatingIfNeeded: (word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
  }

  @inline(__always)
  private func word(_ position: Int) -> UInt32 {
    UnsafeRawPointer(source + position).loadUnaligned(as: UInt32.self)
  }

  /// Records `position` (its four bytes are `word`) as the newest entry of `slot`.
  @inline(__always)
  private func insert(_ position: Int, _ word: UInt32, at entries: UnsafeMutablePointer<UInt64>) {
    for way in stride(from: RecordCompressorEncoder.ways - 1, to: 0, by: -1) {
      entries[way] = entries[way &- 1]
    }
    entries[0] = RecordCompressorEncoder.entry(
      word: word, base &+ UInt32(truncatingIfNeeded: position))
  }

  /// Records `position` in its slot.
  @inline(__always)
  private func insert(_ position: Int) {
    let here = word(position)
    insert(
      position, here, at: table + RecordCompressorEncoder.hash(here) &* RecordCompressorEncoder.ways
    )
  }

  /// The number of equal bytes at `a` and `b`, up to `limit`.
  @inline(__always)
  private func common(_ a: Int, _ b: Int, limit: Int) -> Int {
    var length = 0
    let left = UnsafeRawPointer(source + a)
    let right = UnsafeRawPointer(source + b)
    while length &+ 8 <= limit {
      let x = left.loadUnaligned(fromByteOffset: length, as: UInt64.self)
      let y = right.loadUnaligned(fromByteOffset: length, as: UInt64.self)
      if x != y { return length &+ (x ^ y).trailingZeroBitCount &>> 3 }
      length &+= 8
    }
    while length < limit, source[a &+ length] == source[b &+ length] { length &+= 1 }
    return length
  }

  /// Weighs `candidate` (whose four bytes equal those at `position`) against `best`.
  @inline(__always)
  private func consider(
    _ candidate: Int, _ position: Int, limit: Int, _ best: inout (length: Int, distance: Int)
  ) {
    if best.length == 0 {
      best = (4 &+ common(candidate &+ 4, position &+ 4, limit: limit &- 4), position &- candidate)
    } else if best.length < limit,
      source[candidate &+ best.length] == source[position &+ best.length]
    {
      let length = common(candidate, position, limit: limit)
      if length > best.length { best = (length, position &- candidate) }
    }
  }

  /// Finds the longer earlier match of `position` among its slot's two candidates (the record's
  /// entries, completed by the dictionary's when stale), then records it: the match's length (0
  /// when under `minimumMatch`) and distance back. The candidates are chosen without branches.
  @inline(__always)
  private func probe(_ position: Int) -> (length: Int, distance: Int) {
    let here = word(position)
    let slot = RecordCompressorEncoder.hash(here) &* RecordCompressorEncoder.ways
    let entries = table + slot
    let limit = end &- position
    var best = (length: 0, distance: 0)
    let e0 = entries[0]
    let e1 = entries[1]
    let d0 = dictionaryTable[slot]
    let d1 = dictionaryTable[slot &+ 1]
    let fresh0 = UInt32(truncatingIfNeeded: e0) >= base
    let fresh1 = UInt32(truncatingIfNeeded: e1) >= base
    let shift = UInt64(base)
    let c0 = fresh0 ? e0 &- shift : d0
    let c1 = fresh1 ? e1 &- shift : (fresh0 ? d0 : d1)
    let w = UInt64(here)
    let m0 = c0 &>> 32 == w
    let m1 = c1 &>> 32 == w
    if m0 || m1 {
      if m0 { consider(Int(UInt32(truncatingIfNeeded: c0)), position, limit: limit, &best) }
      if m1 { consider(Int(UInt32(truncatingIfNeeded: c1)), position, limit: limit, &best) }
    }
    insert(position, here, at: entries)
    return best
  }

  /// Writes the sequences; false as soon as they reach `capacity` bytes.
  private mutating func encode() -> Bool {
    let lastHashed = end - RecordCompressorEncoder.minimumMatch
    var position = max(0, start - RecordCompressorEncoder.minimumMatch + 1)
    while position < start, position <= lastHashed {
      insert(position)
      position += 1
    }
    position = start
    var anchor = start
    var misses = 0
    while position <= lastHashed {
      let match = probe(position)
      guard match.length > 0 else {
        misses &+= 1
        position &+= 1 &+ misses &>> RecordCompressorEncoder.skipShift
        continue
      }
      misses = 0
      guard sequence(literals: anchor..<position, match: match) else { return false }
      let next = position &+ match.length
      var hashed = max(position &+ 1, next &- RecordCompressorEncoder.hashedTail)
      while hashed < next, hashed <= lastHashed {
        insert(hashed)
        hashed &+= 1
      }
      position = next
      anchor = next
    }
    return anchor == end || sequence(literals: anchor..<end, match: nil)
  }

  @inline(__always)
  private mutating func byte(_ value: UInt8) {
    output[written] = value
    written &+= 1
  }

  @inline(__always)
  private mutating func varint(_ value: Int) {
    var rest = value
    while rest >= 0x80 {
      byte(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    byte(UInt8(rest))
  }

  /// A distance's varint: one or two bytes without a branch (both written, the second kept
  /// when needed), a longer one by `varint`.
  @inline(__always)
  private mutating func distance(_ value: Int) {
    guard value < 1 &<< 14 else { return varint(value) }
    let long = value &>> 7 != 0 ? 1 : 0
    output[written] = UInt8(truncatingIfNeeded: value & 0x7F | long &<< 7)
    output[written &+ 1] = UInt8(truncatingIfNeeded: value &>> 7)
    written &+= 1 &+ long
  }

  /// One sequence; false when it does not fit (a sequence writes at most its literals and 16).
  @inline(__always)
  private mutating func sequence(literals: Range<Int>, match: (length: Int, distance: Int)?)
    -> Bool
  {
    guard written &+ literals.count &+ 16 <= capacity else { return false }
    let extra =
      (match?.length ?? RecordCompressorEncoder.minimumMatch)
      - RecordCompressorEncoder.minimumMatch
    byte(UInt8(min(literals.count, 15) << 4 | min(extra, 15)))
    if literals.count >= 15 { varint(literals.count - 15) }
    copy(literals)
    guard let match else { return true }
    distance(match.distance)
    if extra >= 15 { varint(extra - 15) }
    return true
  }

  /// Copies literals to the output: a short run as two words (the source and the output both
  /// have 16 bytes to spare), a longer one with `memcpy`.
  @inline(__always)
  private mutating func copy(_ literals: Range<Int>) {
    let from = UnsafeRawPointer(source + literals.lowerBound)
    if literals.count <= 16 {
      let to = UnsafeMutableRawPointer(output + written)
      to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
      to.storeBytes(
        of: from.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8,
        as: UInt64.self)
    } else {
      memcpy(output + written, from, literals.count)
    }
    written &+= literals.count
  }
}

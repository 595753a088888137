import Foundation

/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's
/// next four bytes in two small hash tables, the record's (the latest position of each slot,
/// stamped) and the dictionary's (its latest position of each slot, built once and only read),
/// and checks each candidate against the source bytes; the longer match of the two wins, and a
/// match is extended backwards over the literals before it. Inside a match only its last two
/// positions are hashed, and a run without a match is crossed in growing steps, so that the
/// work per record stays close to one probe per sequence. Both tables together are 24 KB: they
/// stay in the L1 and L2 caches beside the build's other stages (the 512 KB table of 16-byte
/// slots holding both entries with their four bytes, read without the source, waited on
/// memory: 2 % smaller stores, 40 % more of the build's time). A record's entries hold its
/// stamp (`RecordCompressorScratch.base`) plus the position: an entry written before this
/// record reads as empty, and the dictionary's candidate is tried in its place.
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  /// 2^12 slots of the record's positions (16 KB): 2^13 store 0.2 % smaller, 2^11 0.6 % larger.
  static let recordBits = 12
  /// 2^12 slots of the dictionary's positions (8 KB, two bytes each: the dictionary is shorter
  /// than 2^16 bytes): 2^13 store 0.5 % smaller, but with 32 KB of tables in all the build's
  /// compressor took 10 % more time (the L1 cache is 32 KB).
  static let dictionaryBits = 12
  /// Positions hashed at the end of each match (the others inside it are not). One only would
  /// save 4 % of the compressor's instructions for 0.8 % larger stores.
  static let hashedTail = 2
  /// After 2^skipShift positions without a match, the parse advances two at a time, and so on.
  /// (Literal runs are short here: 2^4 stores 0.3 % larger for 0.5 % fewer instructions.)
  static let skipShift = 6

  /// The dictionary's table: per slot, the latest dictionary position whose four bytes hash
  /// there (0 when none: a candidate is always checked against the bytes).
  static let dictionaryTable: [UInt16] = {
    let dictionary = RecordDictionary.bytes
    precondition(dictionary.count <= 1 << 16)
    var table = [UInt16](repeating: 0, count: 1 << dictionaryBits)
    dictionary.withUnsafeBufferPointer { bytes in
      guard bytes.count >= minimumMatch else { return }
      for position in 0...(bytes.count - minimumMatch) {
        let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt32.self)
        table[dictionarySlot(word)] = UInt16(position)
      }
    }
    return table
  }()

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
    let written = encode(
      source: UnsafePointer(scratch.source), start: scratch.dictionaryCount,
      end: scratch.dictionaryCount + count, records: scratch.records,
      dictionary: UnsafePointer(scratch.dictionary), base: scratch.base,
      output: scratch.output, capacity: limit)
    if wholeReset { scratch.reset() }
    return written
  }

  static func varint(_ value: Int, into output: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    output.append(UInt8(rest))
  }

  /// The record table's slot of four bytes (the high bits of their product with a constant).
  @inline(__always)
  static func recordSlot(_ word: UInt32) -> Int {
    Int(truncatingIfNeeded: (word &* 2_654_435_761) >> (32 - UInt32(recordBits)))
  }

  /// The dictionary table's slot of four bytes (the same product, more of its bits).
  @inline(__always)
  static func dictionarySlot(_ word: UInt32) -> Int {
    Int(truncatingIfNeeded: (word &* 2_654_435_761) >> (32 - UInt32(dictionaryBits)))
  }

  @inline(__always)
  private static func word(_ source: UnsafePointer<UInt8>, _ position: Int) -> UInt32 {
    UnsafeRawPointer(source + position).loadUnaligned(as: UInt32.self)
  }

  @inline(__always)
  private static func eight(_ source: UnsafePointer<UInt8>, _ position: Int) -> UInt64 {
    UnsafeRawPointer(source + position).loadUnaligned(as: UInt64.self)
  }

  /// Records `position` as the newest entry of its slot (`stamp` is the record's `base`).
  @inline(__always)
  private static func insert(
    _ position: Int, _ source: UnsafePointer<UInt8>, _ records: UnsafeMutablePointer<UInt32>,
    _ stamp: UInt32
  ) {
    records[recordSlot(word(source, position))] = stamp &+ UInt32(truncatingIfNeeded: position)
  }

  /// The number of equal bytes at `a` and `b`, up to `limit`.
  @inline(__always)
  private static func common(
    _ source: UnsafePointer<UInt8>, _ a: Int, _ b: Int, limit: Int
  ) -> Int {
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

  /// Writes `value` as a varint at `written`; returns the new end.
  @inline(__always)
  private static func varint(
    _ value: Int, _ output: UnsafeMutablePointer<UInt8>, _ written: Int
  ) -> Int {
    var rest = value
    var at = written
    while rest >= 0x80 {
      output[at] = UInt8(truncatingIfNeeded: rest) | 0x80
      at &+= 1
      rest &>>= 7
    }
    output[at] = UInt8(truncatingIfNeeded: rest)
    return at &+ 1
  }

  /// Writes a token and its literals (and the literal count's varint) at `written`; returns
  /// the new end. A short run is copied as two words (the source and the output both have 16
  /// bytes to spare), a longer one with `memcpy`.
  @inline(__always)
  private static func literals(
    _ from: UnsafePointer<UInt8>, _ count: Int, extra: Int, _ output: UnsafeMutablePointer<UInt8>,
    _ written: Int
  ) -> Int {
    output[written] = UInt8(truncatingIfNeeded: min(count, 15) &<< 4 | min(extra, 15))
    var at = written &+ 1
    if count >= 15 { at = varint(count &- 15, output, at) }
    if count <= 16 {
      let source = UnsafeRawPointer(from)
      let to = UnsafeMutableRawPointer(output + at)
      to.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
      to.storeBytes(
        of: source.loadUnaligned(fromByteOffset: 8, as: UInt64.self), toByteOffset: 8,
        as: UInt64.self)
    } else {
      memcpy(output + at, from, count)
    }
    return at &+ count
  }

  /// Writes the sequences of `source[start..<end]` (the dictionary before it) to `output`; nil as
  /// soon as they reach `capacity` bytes, else their length. One loop with its state in locals:
  /// each position's probe reads the record's entry and the dictionary's (one product gives
  /// both slots), records the position, and reads the four bytes at both candidates; the
  /// candidates are picked without branches, and a match is sought only when one's bytes equal
  /// the position's.
  private static func encode(
    source: UnsafePointer<UInt8>, start: Int, end: Int, records: UnsafeMutablePointer<UInt32>,
    dictionary: UnsafePointer<UInt16>, base: UInt32, output: UnsafeMutablePointer<UInt8>,
    capacity: Int
  ) -> Int? {
    let stamp = base
    let lastHashed = end - minimumMatch
    var position = max(0, start - minimumMatch + 1)
    while position < start, position <= lastHashed {
      insert(position, source, records, stamp)
      position += 1
    }
    position = start
    var anchor = start
    var misses = 0
    var written = 0
    // A sequence writes at most its literals and 16 bytes.
    let stop = capacity &- 16
    while position &+ minimumMatch <= end {
      let here = word(source, position)
      let slot = recordSlot(here)
      let record = records[slot]
      let second = Int(truncatingIfNeeded: dictionary[dictionarySlot(here)])
      records[slot] = stamp &+ UInt32(truncatingIfNeeded: position)
      // A stale record entry gives way to the dictionary's (tried twice then).
      let first = record >= stamp ? Int(truncatingIfNeeded: record &- stamp) : second
      // Both candidates lie before the position: their four bytes are readable.
      let x0 = word(source, first) ^ here
      let x1 = word(source, second) ^ here
      guard min(x0, x1) == 0 else {
        misses &+= 1
        position &+= 1 &+ misses &>> skipShift
        continue
      }
      misses = 0
      // The longer match of the candidates whose four bytes are equal (the first on a tie);
      // the next eight bytes are compared at once (those past `end` are cut by `limit`).
      let limit = end &- position
      let m0 = x0 == 0
      let candidate = m0 ? first : second
      let next8 = eight(source, candidate &+ 4) ^ eight(source, position &+ 4)
      var length =
        next8 != 0
        ? min(4 &+ next8.trailingZeroBitCount &>> 3, limit)
        : 4 &+ common(source, candidate &+ 4, position &+ 4, limit: limit &- 4)
      var distance = position &- candidate
      if m0 && x1 == 0 && length < limit {
        if source[second &+ length] == source[position &+ length] {
          let longer = 4 &+ common(source, second &+ 4, position &+ 4, limit: limit &- 4)
          if longer > length {
            length = longer
            distance = position &- second
          }
        }
      }
      // The match extended backwards over the literals before it (a candidate missed there:
      // its entry was replaced), as far as the dictionary's start.
      var from = position &- distance
      while position > anchor, from > 0, source[position &- 1] == source[from &- 1] {
        position &-= 1
        from &-= 1
        length &+= 1
      }
      // The sequence: a sequence writes at most its literals and 16 bytes.
      let count = position &- anchor
      guard written &+ count <= stop else { return nil }
      let extra = length &- minimumMatch
      written = literals(source + anchor, count, extra: extra, output, written)
      if distance < 1 &<< 14 {
        // One or two bytes without a branch (both written, the second kept when needed).
        // The high seven bits move up one (added once more), the low byte's top bit is set.
        let long = distance > 0x7F ? 1 : 0
        let pair = distance &+ (distance & 0x3F80) &+ long &<< 7
        UnsafeMutableRawPointer(output + written).storeBytes(
          of: UInt16(truncatingIfNeeded: pair).littleEndian, as: UInt16.self)
        written &+= 1 &+ long
      } else {
        written = varint(distance, output, written)
      }
      if extra >= 15 { written = varint(extra &- 15, output, written) }
      // Only the match's last `hashedTail` positions are recorded (a match has at least four).
      let next = position &+ length
      if next &+ 3 <= end {
        insert(next &- 2, source, records, stamp)
        insert(next &- 1, source, records, stamp)
      } else if next &+ 2 <= end {
        insert(next &- 2, source, records, stamp)
      }
      position = next
      anchor = next
    }
    guard anchor < end else { return written }
    let count = end &- anchor
    guard written &+ count &+ 16 <= capacity else { return nil }
    return literals(source + anchor, count, extra: 0, output, written)
  }
}

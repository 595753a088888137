import Foundation

/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's
/// next four bytes in a hash table whose slots hold the latest position of the record with its
/// four bytes, then the dictionary's latest (16 bytes: four slots a cache line), so that a
/// candidate that cannot match is dismissed without reading the source and without a branch;
/// the longer match of the two wins, and a match is extended backwards over the literals before
/// it. Inside a match only its last two positions are hashed, and a run without a match is
/// crossed in growing steps, so that the work per record stays close to one probe per
/// sequence. The dictionary's entries are built once and only read; the record's entries are
/// stamped (`RecordCompressorScratch.base`: an entry written before this record reads as
/// empty, and the dictionary's entry is tried in its place).
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  /// 2^15 slots of one record entry and one dictionary entry: the same 512 KB as 2^14 slots of
  /// two and two, 6 % fewer instructions and a quarter fewer mispredicted branches (no choice
  /// between a second record entry and the dictionary's), for 1.2 % larger stores (1.6 % before
  /// the backward extension; 2^14 slots: 1.6 %).
  static let hashBits = 15
  /// Entries per slot of the record, and of the dictionary (the candidates tried per position).
  static let ways = 1
  /// Positions hashed at the end of each match (the others inside it are not). One only would
  /// save 4 % of the compressor's instructions for 0.8 % larger stores.
  static let hashedTail = 2
  /// After 2^skipShift positions without a match, the parse advances two at a time, and so on.
  /// (Literal runs are short here: 2^4 stores 0.3 % larger for 0.5 % fewer instructions.)
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
      end: scratch.dictionaryCount + count, table: scratch.table, base: scratch.base,
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

  @inline(__always)
  private static func hash(_ word: UInt32) -> Int {
    Int(truncatingIfNeeded: (word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
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
    _ position: Int, _ source: UnsafePointer<UInt8>, _ table: UnsafeMutablePointer<UInt64>,
    _ stamp: UInt64
  ) {
    let here = word(source, position)
    table[hash(here) &* 2] = UInt64(here) &<< 32 | (stamp &+ UInt64(truncatingIfNeeded: position))
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
  /// each position's probe reads the slot's record entry and the dictionary's (beside it),
  /// picks the candidates without branches, and records the position; a candidate is compared
  /// only when its four bytes equal the position's.
  private static func encode(
    source: UnsafePointer<UInt8>, start: Int, end: Int, table: UnsafeMutablePointer<UInt64>,
    base: UInt32, output: UnsafeMutablePointer<UInt8>, capacity: Int
  ) -> Int? {
    let stamp = UInt64(base)
    let lastHashed = end - minimumMatch
    var position = max(0, start - minimumMatch + 1)
    while position < start, position <= lastHashed {
      insert(position, source, table, stamp)
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
      let entries = table + hash(here) &* 2
      let record = entries[0]
      let dictionary = entries[1]
      let key = UInt64(here) &<< 32
      entries[0] = key | (stamp &+ UInt64(truncatingIfNeeded: position))
      // A stale record entry gives way to the dictionary's (tried twice then).
      let c0 =
        UInt32(truncatingIfNeeded: record) >= UInt32(truncatingIfNeeded: stamp)
        ? record &- stamp : dictionary
      // A candidate's four bytes equal the position's when its high half does: one test for
      // both (the smaller of the two differences).
      let x0 = c0 ^ key
      let x1 = dictionary ^ key
      guard min(x0, x1) &>> 32 == 0 else {
        misses &+= 1
        position &+= 1 &+ misses &>> skipShift
        continue
      }
      misses = 0
      // The longer match of the candidates whose four bytes are equal (the first on a tie);
      // the next eight bytes are compared at once (those past `end` are cut by `limit`).
      let limit = end &- position
      let m0 = x0 &>> 32 == 0
      let first = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: m0 ? c0 : dictionary))
      let next8 = eight(source, first &+ 4) ^ eight(source, position &+ 4)
      var length =
        next8 != 0
        ? min(4 &+ next8.trailingZeroBitCount &>> 3, limit)
        : 4 &+ common(source, first &+ 4, position &+ 4, limit: limit &- 4)
      var distance = position &- first
      if m0 && x1 &>> 32 == 0 && length < limit {
        let second = Int(truncatingIfNeeded: UInt32(truncatingIfNeeded: dictionary))
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
        insert(next &- 2, source, table, stamp)
        insert(next &- 1, source, table, stamp)
      } else if next &+ 2 <= end {
        insert(next &- 2, source, table, stamp)
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

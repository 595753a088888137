import Foundation

/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's
/// next four bytes in a hash table with short chains (the longest of a few candidates wins).
/// Inside a match only its last two positions are hashed, and a run without a match is crossed
/// in growing steps, so that the work per record stays close to one probe per sequence. The
/// dictionary's heads, chains and filter are built once and only read; a record's heads are
/// stamped (`RecordCompressorScratch.base`: a slot written before this record reads as empty, so
/// the dictionary's head is used) and its filter, sized to the record, is cleared before it.
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  static let hashBits = 14
  /// Candidates tried per position: more finds longer matches, slower.
  static let chainDepth = 3
  /// Positions hashed at the end of each match (the others inside it are not). One only would
  /// save 6 % of the compressor's instructions for 0.8 % larger stores (the shipped records
  /// then no longer shrink 2×: `RecordCompressorTests`).
  static let hashedTail = 2
  /// After 2^skipShift positions without a match, the parse advances two at a time, and so on.
  static let skipShift = 6

  /// Bits of the second hash of four bytes, which indexes the filter of the sequences seen.
  static let filterBits = 18

  /// The hash heads, chains and filter of the dictionary alone.
  static let dictionaryTables: (head: [Int32], chain: [Int32], filter: [UInt64]) = {
    let dictionary = RecordDictionary.bytes
    var head = [Int32](repeating: -1, count: 1 << hashBits)
    var chain = [Int32](repeating: -1, count: dictionary.count)
    var filter = [UInt64](repeating: 0, count: 1 << (filterBits - 6))
    dictionary.withUnsafeBufferPointer { bytes in
      guard bytes.count >= minimumMatch else { return }
      for position in 0...(bytes.count - minimumMatch) {
        let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt32.self)
        let slot = hash(word)
        chain[position] = head[slot]
        head[slot] = Int32(position)
        let bit = filterHash(word)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    return (head, chain, filter)
  }()

  private let source: UnsafePointer<UInt8>
  private let end: Int
  private let start: Int
  /// The record's heads: `base` plus the position; a value under `base` is an empty slot.
  private let head: UnsafeMutablePointer<UInt32>
  private let base: UInt32
  private let dictionaryHead: UnsafePointer<Int32>
  private let chain: UnsafeMutablePointer<Int32>
  /// One bit per value of `filterHash` (shifted right by `recordShift`), set for every position
  /// of the record hashed so far; with the dictionary's own filter, a clear bit in both means
  /// that no candidate of the chains can match, so the chain is not walked.
  private let filter: UnsafeMutablePointer<UInt64>
  private let recordShift: Int
  private let dictionaryFilter: UnsafePointer<UInt64>
  private let output: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  /// Whether the filter may spare the chain walks (false only to test that it changes nothing).
  private var filtered = true
  private(set) var written = 0

  /// Compresses the record loaded in `scratch` (`count` bytes after the dictionary) into the
  /// sequences of `RecordCompressor`, in `scratch.output`; nil when they would not be shorter
  /// than `limit` bytes, else their length. The scratch's stamp and record filter are
  /// renewed before (`wholeReset`, the reference the stamps are tested against: the record
  /// heads and filter cleared whole before and after).
  static func sequences(
    in scratch: RecordCompressorScratch, count: Int, limit: Int, filtered: Bool = true,
    wholeReset: Bool = false
  ) -> Int? {
    if wholeReset { scratch.reset() }
    let shift = scratch.begin(count: count)
    var encoder = RecordCompressorEncoder(
      scratch: scratch, count: count, capacity: limit, recordShift: shift)
    encoder.filtered = filtered
    let complete = encoder.encode()
    if wholeReset { scratch.reset() }
    return complete ? encoder.written : nil
  }

  private init(
    scratch: RecordCompressorScratch, count: Int, capacity: Int, recordShift: Int
  ) {
    source = UnsafePointer(scratch.source)
    end = scratch.dictionaryCount + count
    start = scratch.dictionaryCount
    head = scratch.head
    base = scratch.base
    dictionaryHead = UnsafePointer(scratch.dictionaryHead)
    chain = scratch.chain
    filter = scratch.filter
    self.recordShift = recordShift
    dictionaryFilter = UnsafePointer(scratch.dictionaryFilter)
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
  private static func filterHash(_ word: UInt32) -> Int {
    Int(truncatingIfNeeded: (word &* 0x85EB_CA77) >> (32 - UInt32(filterBits)))
  }

  @inline(__always)
  private func word(_ position: Int) -> UInt32 {
    UnsafeRawPointer(source + position).loadUnaligned(as: UInt32.self)
  }

  /// Hashes `position` (its four bytes are `word`); returns the previous position of its slot
  /// (-1 when none), and whether the filters had seen `word` before (false: surely not, so no
  /// candidate of the chain can match).
  @inline(__always)
  private func insert(_ position: Int, _ word: UInt32) -> (previous: Int, known: Bool) {
    let bit = RecordCompressorEncoder.filterHash(word)
    let recordBit = bit &>> recordShift
    let filterWord = filter + recordBit &>> 6
    let mask: UInt64 = 1 &<< UInt64(truncatingIfNeeded: recordBit & 63)
    let bits = filterWord.pointee
    filterWord.pointee = bits | mask
    let slot = RecordCompressorEncoder.hash(word)
    let stamp = head[slot]
    let previous = stamp >= base ? Int(stamp &- base) : Int(dictionaryHead[slot])
    chain[position] = Int32(truncatingIfNeeded: previous)
    head[slot] = base &+ UInt32(truncatingIfNeeded: position)
    guard bits & mask == 0 else { return (previous, true) }
    let dictionaryMask: UInt64 = 1 &<< UInt64(truncatingIfNeeded: bit & 63)
    return (previous, dictionaryFilter[bit &>> 6] & dictionaryMask != 0)
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

  /// Hashes `position`, then finds its longest earlier match among the chain's first
  /// candidates: its length (0 when under `minimumMatch`) and distance back.
  @inline(__always)
  private mutating func probe(_ position: Int) -> (length: Int, distance: Int) {
    let here = word(position)
    let (previous, known) = insert(position, here)
    var candidate = previous
    var best = (length: 0, distance: 0)
    guard known || !filtered else { return best }
    let limit = end &- position
    var tries = RecordCompressorEncoder.chainDepth
    while candidate >= 0, tries > 0 {
      tries &-= 1
      if best.length == 0 {
        if word(candidate) == here {
          let length = 4 &+ common(candidate &+ 4, position &+ 4, limit: limit &- 4)
          best = (length, position &- candidate)
        }
      } else if source[candidate &+ best.length] == source[position &+ best.length] {
        let length = common(candidate, position, limit: limit)
        if length > best.length { best = (length, position &- candidate) }
      }
      if best.length == limit { break }
      candidate = Int(chain[candidate])
    }
    return best
  }

  /// Writes the sequences; false as soon as they reach `capacity` bytes.
  private mutating func encode() -> Bool {
    let lastHashed = end - RecordCompressorEncoder.minimumMatch
    var position = max(0, start - RecordCompressorEncoder.minimumMatch + 1)
    while position < start, position <= lastHashed {
      _ = insert(position, word(position))
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
        _ = insert(hashed, word(hashed))
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
    varint(match.distance)
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

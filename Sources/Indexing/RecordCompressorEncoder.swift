import Foundation

/// The compressing side of `RecordCompressor`: a greedy parse that looks up each position's next
/// four bytes in a hash table with chains (a few candidates each), the longest match winning
/// unless the next position has a longer one (lazy matching). The dictionary's table is built
/// once and copied for each record.
struct RecordCompressorEncoder {
  static let minimumMatch = 4
  static let hashBits = 13
  /// Candidates tried per position: more finds longer matches, slower.
  static let chainDepth = 4

  /// The hash heads and chains of the dictionary alone.
  private static let dictionaryTables: (head: [Int32], chain: [Int32]) = {
    let dictionary = RecordDictionary.bytes
    var head = [Int32](repeating: -1, count: 1 << hashBits)
    var chain = [Int32](repeating: -1, count: dictionary.count)
    dictionary.withUnsafeBufferPointer { bytes in
      guard bytes.count >= minimumMatch else { return }
      for position in 0...(bytes.count - minimumMatch) {
        let slot = hash(bytes.baseAddress! + position)
        chain[position] = head[slot]
        head[slot] = Int32(position)
      }
    }
    return (head, chain)
  }()

  private let source: UnsafePointer<UInt8>
  private let end: Int
  private let start: Int
  private let head: UnsafeMutablePointer<Int32>
  private let chain: UnsafeMutablePointer<Int32>
  private let output: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  private var written = 0

  /// Compresses `source[start...]` (after the dictionary, `source[..<start]`) into the
  /// sequences of `RecordCompressor`; nil when they would not be shorter than `limit` bytes.
  static func sequences(_ source: UnsafeBufferPointer<UInt8>, start: Int, limit: Int) -> [UInt8]? {
    let tables = dictionaryTables
    let head = UnsafeMutablePointer<Int32>.allocate(capacity: tables.head.count)
    let chain = UnsafeMutablePointer<Int32>.allocate(capacity: source.count)
    let output = UnsafeMutablePointer<UInt8>.allocate(capacity: limit + 32)
    defer {
      head.deallocate()
      chain.deallocate()
      output.deallocate()
    }
    tables.head.withUnsafeBufferPointer { head.initialize(from: $0.baseAddress!, count: $0.count) }
    tables.chain.withUnsafeBufferPointer {
      chain.initialize(from: $0.baseAddress!, count: min($0.count, start))
    }
    var encoder = RecordCompressorEncoder(
      source: source.baseAddress!, end: source.count, start: start, head: head, chain: chain,
      output: output, capacity: limit, written: 0)
    guard encoder.encode() else { return nil }
    return Array(UnsafeBufferPointer(start: output, count: encoder.written))
  }

  static func varint(_ value: Int, into output: inout [UInt8]) {
    var rest = value
    while rest >= 0x80 {
      output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    output.append(UInt8(rest))
  }

  private static func hash(_ base: UnsafePointer<UInt8>) -> Int {
    let word = UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)
    return Int((word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
  }

  private func insert(_ position: Int) {
    let slot = RecordCompressorEncoder.hash(source + position)
    chain[position] = head[slot]
    head[slot] = Int32(position)
  }

  /// The number of equal bytes at `a` and `b`, up to `limit`.
  private func common(_ a: Int, _ b: Int, limit: Int) -> Int {
    var length = 0
    while length + 8 <= limit {
      let x = UnsafeRawPointer(source + a + length).loadUnaligned(as: UInt64.self)
      let y = UnsafeRawPointer(source + b + length).loadUnaligned(as: UInt64.self)
      if x != y { return length + (x ^ y).trailingZeroBitCount / 8 }
      length += 8
    }
    while length < limit, source[a + length] == source[b + length] { length += 1 }
    return length
  }

  /// The longest earlier match of the bytes at `position`: its length and distance back.
  private func longestMatch(at position: Int) -> (length: Int, distance: Int) {
    let limit = end - position
    var best = (length: 0, distance: 0)
    var candidate = Int(head[RecordCompressorEncoder.hash(source + position)])
    var tries = RecordCompressorEncoder.chainDepth
    while candidate >= 0, tries > 0, best.length < limit {
      tries -= 1
      if source[candidate + best.length] == source[position + best.length] {
        let length = common(candidate, position, limit: limit)
        if length > best.length { best = (length, position - candidate) }
      }
      candidate = Int(chain[candidate])
    }
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
    while position <= lastHashed {
      var match = longestMatch(at: position)
      guard match.length >= RecordCompressorEncoder.minimumMatch else {
        insert(position)
        position += 1
        continue
      }
      // Lazy matching: a longer match one byte further wins over this one.
      insert(position)
      while position < lastHashed {
        let later = longestMatch(at: position + 1)
        guard later.length > match.length else { break }
        position += 1
        match = later
        insert(position)
      }
      guard sequence(literals: anchor..<position, match: match) else { return false }
      let next = position + match.length
      position += 1
      while position < next {
        if position <= lastHashed { insert(position) }
        position += 1
      }
      anchor = next
    }
    return anchor == end || sequence(literals: anchor..<end, match: nil)
  }

  private mutating func byte(_ value: UInt8) {
    output[written] = value
    written += 1
  }

  private mutating func varint(_ value: Int) {
    var rest = value
    while rest >= 0x80 {
      byte(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    byte(UInt8(rest))
  }

  /// One sequence; false when it does not fit (a sequence writes at most its literals and 16).
  private mutating func sequence(literals: Range<Int>, match: (length: Int, distance: Int)?)
    -> Bool
  {
    guard written + literals.count + 16 <= capacity else { return false }
    let extra =
      (match?.length ?? RecordCompressorEncoder.minimumMatch)
      - RecordCompressorEncoder.minimumMatch
    byte(UInt8(min(literals.count, 15) << 4 | min(extra, 15)))
    if literals.count >= 15 { varint(literals.count - 15) }
    memcpy(output + written, source + literals.lowerBound, literals.count)
    written += literals.count
    guard let match else { return true }
    varint(match.distance)
    if extra >= 15 { varint(extra - 15) }
    return true
  }
}

import Extraction
import Foundation
import Testing

@testable import Indexing

/// The compressor of format 7 before its faster match finder (a greedy parse with chains of 4
/// candidates and one step of lazy matching, every position hashed), kept as it was: the
/// streams it wrote are in the indexes built since, and `RecordCompressor` must keep reading
/// them and giving the same encodings.
enum RecordLegacyCompressor {
  static func compress(_ encoding: [UInt8]) -> [UInt8] {
    guard encoding.count >= 16 else { return encoding }
    var output: [UInt8] = [RecordCompressor.markerFirst, RecordCompressor.markerSecond]
    RecordCompressorEncoder.varint(encoding.count, into: &output)
    let dictionary = RecordDictionary.bytes
    var joined = dictionary
    joined.append(contentsOf: encoding)
    let sequences = joined.withUnsafeBufferPointer {
      RecordLegacyEncoder.sequences(
        $0, start: dictionary.count, limit: encoding.count - output.count)
    }
    guard let sequences,
      encoding.count <= (output.count + sequences.count) * RecordCompressor.maximumRatio
    else { return encoding }
    output.append(contentsOf: sequences)
    return output
  }
}

/// Old streams (`RecordLegacyCompressor`) and new ones decode to the same encodings, the
/// record's own, and the new ones are at most 11 % larger.
@Suite struct RecordLegacyCompressorTests {
  @Test(arguments: [1, 2, 3, 4])
  func randomInputsDecodeAlikeFromOldAndNewStreams(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    for _ in 0..<30 {
      let encoding = RecordCompressorTests.input(&random)
      let old = RecordLegacyCompressor.compress(encoding)
      #expect(RecordCompressor.encoding(old) == encoding)
      #expect(RecordCompressor.encoding(RecordCompressor.compress(encoding)) == encoding)
    }
  }

  @Test func seedRecordsDecodeAlikeFromOldAndNewStreams() throws {
    var oldBytes = 0
    var newBytes = 0
    for record in RecordCoderTests.seedRecords {
      let encoding = try RecordEncoder.encode(record)
      let old = RecordLegacyCompressor.compress(encoding)
      let new = RecordCompressor.compress(encoding)
      #expect(old.withUnsafeBytes { RecordCompressor.isCompressed($0) })
      #expect(RecordCompressor.encoding(old) == encoding)
      #expect(RecordCompressor.encoding(new) == encoding)
      let decoded = try new.withUnsafeBytes {
        try RecordDecoder.decode(DocumentRecord.self, from: $0)
      }
      #expect(decoded == record)
      oldBytes += old.count
      newBytes += new.count
    }
    #expect(newBytes * 100 <= oldBytes * 111)
  }
}

/// The match finder of `RecordLegacyCompressor`, as `RecordCompressorEncoder` was before.
struct RecordLegacyEncoder {
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
    var encoder = RecordLegacyEncoder(
      source: source.baseAddress!, end: source.count, start: start, head: head, chain: chain,
      output: output, capacity: limit, written: 0)
    guard encoder.encode() else { return nil }
    return Array(UnsafeBufferPointer(start: output, count: encoder.written))
  }

  private static func hash(_ base: UnsafePointer<UInt8>) -> Int {
    let word = UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)
    return Int((word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
  }

  private func insert(_ position: Int) {
    let slot = RecordLegacyEncoder.hash(source + position)
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
    var candidate = Int(head[RecordLegacyEncoder.hash(source + position)])
    var tries = RecordLegacyEncoder.chainDepth
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
    let lastHashed = end - RecordLegacyEncoder.minimumMatch
    var position = max(0, start - RecordLegacyEncoder.minimumMatch + 1)
    while position < start, position <= lastHashed {
      insert(position)
      position += 1
    }
    position = start
    var anchor = start
    while position <= lastHashed {
      var match = longestMatch(at: position)
      guard match.length >= RecordLegacyEncoder.minimumMatch else {
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
      (match?.length ?? RecordLegacyEncoder.minimumMatch)
      - RecordLegacyEncoder.minimumMatch
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

import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The encoder's parse, written plainly (arrays, optionals, no stamps, no word tricks), gives
/// the same stream as `RecordCompressorEncoder` byte for byte: candidates whose four bytes
/// differ (hash collisions in the small tables, empty dictionary slots) are dismissed, the
/// longer of two matching candidates wins (the record's on a tie), misses speed the parse up
/// only after 2^skipShift of them, matches extend backwards, and only a match's tail is hashed.
/// A mistake that keeps the stream decodable (and so passes every round trip) fails here.
@Suite struct RecordCompressorModelTests {
  /// The sequences of `encoding` by the plain parse.
  static func modelStream(_ encoding: [UInt8]) -> [UInt8] {
    let dictionary = RecordDictionary.bytes
    let source = dictionary + encoding
    let start = dictionary.count
    let end = source.count
    let bits = RecordCompressorEncoder.recordBits
    let dictionaryTable = RecordCompressorEncoder.dictionaryTable
    func word(_ position: Int) -> UInt32 {
      source[position..<position + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
    func recordSlot(_ position: Int) -> Int {
      Int((word(position) &* 2_654_435_761) >> (32 - UInt32(bits)))
    }
    var records = [Int?](repeating: nil, count: 1 << bits)
    func insert(_ position: Int) { records[recordSlot(position)] = position }
    func common(_ candidate: Int, _ position: Int) -> Int {
      var length = 0
      while position + length < end, source[candidate + length] == source[position + length] {
        length += 1
      }
      return length
    }
    var output: [UInt8] = []
    func varint(_ value: Int) {
      var rest = value
      while rest >= 0x80 {
        output.append(UInt8(rest & 0x7F) | 0x80)
        rest >>= 7
      }
      output.append(UInt8(rest))
    }
    func literals(_ range: Range<Int>, extra: Int) {
      output.append(UInt8(min(range.count, 15) << 4 | min(extra, 15)))
      if range.count >= 15 { varint(range.count - 15) }
      output += source[range]
    }
    for position in max(0, start - 3)..<start where position + 4 <= end { insert(position) }
    var position = start
    var anchor = start
    var misses = 0
    while position + 4 <= end {
      let slot = recordSlot(position)
      let second = Int(dictionaryTable[RecordCompressorEncoder.dictionarySlot(word(position))])
      let first = records[slot] ?? second
      records[slot] = position
      let firstMatches = word(first) == word(position)
      let secondMatches = word(second) == word(position)
      guard firstMatches || secondMatches else {
        misses += 1
        position += 1 + misses >> RecordCompressorEncoder.skipShift
        continue
      }
      misses = 0
      let candidate = firstMatches ? first : second
      var length = common(candidate, position)
      var distance = position - candidate
      if firstMatches && secondMatches && common(second, position) > length {
        length = common(second, position)
        distance = position - second
      }
      while position > anchor, position - distance > 0,
        source[position - 1] == source[position - distance - 1]
      {
        position -= 1
        length += 1
      }
      literals(anchor..<position, extra: length - 4)
      varint(distance)
      if length - 4 >= 15 { varint(length - 4 - 15) }
      let next = position + length
      if next + 3 <= end {
        insert(next - 2)
        insert(next - 1)
      } else if next + 2 <= end {
        insert(next - 2)
      }
      position = next
      anchor = next
    }
    if anchor < end { literals(anchor..<end, extra: 0) }
    return output
  }

  /// The encoder's stream of `encoding` (allowed to be longer than the encoding).
  static func encoderStream(_ encoding: [UInt8]) -> [UInt8]? {
    let scratch = RecordCompressorScratch.take()
    defer { RecordCompressorScratch.give(scratch) }
    return RecordCompressorLimitTests.sequences(encoding, in: scratch)
  }

  @Test func seedRecordsParseAsTheModel() throws {
    for record in RecordCoderTests.seedRecords {
      let encoding = try RecordEncoder.encode(record)
      #expect(Self.encoderStream(encoding) == Self.modelStream(encoding))
    }
  }

  /// Random, mutated and dictionary-piece inputs (long literal runs that speed the parse up,
  /// candidates of both tables, colliding slots).
  @Test(arguments: [UInt64(81), 82, 83])
  func variedInputsParseAsTheModel(seed: UInt64) throws {
    var random = RecordCompressorTests.Random(seed: seed)
    let records = try RecordCoderTests.seedRecords.map { try RecordEncoder.encode($0) }
    let dictionary = RecordDictionary.bytes
    for _ in 0..<24 {
      var encoding: [UInt8]
      switch random.below(4) {
      case 0: encoding = (0..<(16 + random.below(600))).map { _ in UInt8(random.below(256)) }
      case 1: encoding = random.mutate(records[random.below(records.count)])
      case 2: encoding = RecordCompressorTests.input(&random)
      default:
        encoding = []
        while encoding.count < 16 + random.below(3_000) {
          let from = random.below(dictionary.count - 8)
          encoding += dictionary[from..<min(dictionary.count, from + 4 + random.below(60))]
          encoding += (0..<random.below(8)).map { _ in UInt8(random.below(256)) }
        }
      }
      guard encoding.count >= 16, let stream = Self.encoderStream(encoding) else { continue }
      #expect(stream == Self.modelStream(encoding))
    }
  }

  /// Many distinct four-byte words per record slot (2^recordBits slots, 20 000 words): most
  /// probes meet a candidate whose bytes differ, and repeats of earlier words still match.
  @Test func collidingWordsParseAsTheModel() {
    var random = RecordCompressorTests.Random(seed: 91)
    var encoding: [UInt8] = []
    var words: [[UInt8]] = []
    while encoding.count < 20_000 {
      if words.count > 8, random.below(3) == 0 {
        encoding += words[random.below(words.count)]
      } else {
        let word = (0..<4).map { _ in UInt8(random.below(256)) }
        words.append(word)
        encoding += word
      }
    }
    let stream = Self.encoderStream(encoding)
    #expect(stream != nil)
    #expect(stream == Self.modelStream(encoding))
    #expect(RecordCompressor.encoding(RecordCompressor.compress(encoding)) == encoding)
  }
}

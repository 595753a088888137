import Corpus
import Extraction
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The match finder's dictionary table holds, per slot, the dictionary's latest position whose
/// four bytes hash there (0 when none), and whatever candidates it offers, every record
/// (shipped, real open-data, random, mutated, near the dictionary) comes back byte for byte.
@Suite struct RecordCompressorBucketTests {
  static func roundTrips(_ encoding: [UInt8]) -> Bool {
    RecordCompressor.encoding(RecordCompressor.compress(encoding)) == encoding
  }

  @Test func dictionaryTableHoldsTheLatestPositionOfEachSlot() {
    let bytes = RecordDictionary.bytes
    let table = RecordCompressorEncoder.dictionaryTable
    let bits = RecordCompressorEncoder.dictionaryBits
    #expect(table.count == 1 << bits)
    #expect(bytes.count <= 1 << 16)
    // The reference: every position's slot, in order, keeping the last.
    var expected = [Int?](repeating: nil, count: 1 << bits)
    for position in 0...(bytes.count - 4) {
      let word = bytes[position..<position + 4].reversed().reduce(UInt32(0)) {
        $0 << 8 | UInt32($1)
      }
      let slot = Int((word &* 2_654_435_761) >> (32 - UInt32(bits)))
      #expect(slot == RecordCompressorEncoder.dictionarySlot(word))
      expected[slot] = position
    }
    #expect(zip(table, expected).allSatisfy { Int($0) == ($1 ?? 0) })
    // The dictionary fills thousands of slots (15 079 positions, many repeated sequences).
    #expect(expected.filter { $0 != nil }.count > 3_000)
  }

  @Test func seedRecordsRoundTrip() throws {
    var compared = 0
    for record in RecordCoderTests.seedRecords {
      let encoding = try RecordEncoder.encode(record)
      #expect(Self.roundTrips(encoding))
      compared += 1
    }
    #expect(compared >= 5)
  }

  @Test(
    .enabled(
      if: RecordCompressorUndoTests.realRecordsPresent,
      "needs the open-data records in ../shared/data beside the checkout"))
  func realOpenDataRecordsRoundTrip() throws {
    let walk = CorpusWalker().files(under: [RecordFastPathTests.realRecords.path])
    var compared = 0
    for file in walk.files.prefix(200) {
      for document in DocumentLoader().load(file).documents {
        let encoding = try RecordEncoder.encode(RecordExtractor().record(for: document))
        let stored = RecordCompressor.compress(encoding)
        #expect(stored.withUnsafeBytes { RecordCompressor.isCompressed($0) })
        #expect(RecordCompressor.encoding(stored) == encoding)
        compared += 1
      }
    }
    #expect(compared >= 100)
  }

  @Test(arguments: [UInt64(5), 6, 7])
  func randomInputsRoundTrip(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    for _ in 0..<40 {
      #expect(Self.roundTrips(RecordCompressorTests.input(&random)))
    }
  }

  @Test(arguments: [UInt64(11), 12])
  func mutatedRecordsRoundTrip(seed: UInt64) throws {
    var generator = FuzzGenerator(seed: seed)
    let records = RecordCoderTests.seedRecords
    for _ in 0..<60 {
      let record = records[generator.below(records.count)]
      #expect(Self.roundTrips(generator.mutate(try RecordEncoder.encode(record))))
    }
  }

  /// Pieces of the dictionary (matched into it), glued and repeated (matched within the
  /// record, past both entries of a slot), compress and come back.
  @Test(arguments: [UInt64(41), 42, 43])
  func dictionaryPiecesRoundTrip(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    let dictionary = RecordDictionary.bytes
    for _ in 0..<30 {
      var encoding: [UInt8] = []
      while encoding.count < 16 + random.below(6_000) {
        let start = random.below(dictionary.count - 8)
        let piece = dictionary[start..<min(dictionary.count, start + 4 + random.below(120))]
        encoding +=
          random.below(3) == 0 && !encoding.isEmpty ? encoding.suffix(random.below(40)) : piece
      }
      let stored = RecordCompressor.compress(encoding)
      #expect(stored.count * 2 < encoding.count)
      #expect(RecordCompressor.encoding(stored) == encoding)
    }
  }
}

import Corpus
import Extraction
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The match finder's filter of the sequences seen (a clear bit: no chain walk) changes no
/// byte: compressing with it and walking every chain give the same stream, on the shipped
/// corpus's records, 120 real open-data records, random byte mixes and mutated records.
@Suite struct RecordCompressorFilterTests {
  static func same(_ encoding: [UInt8]) -> Bool {
    RecordCompressor.compress(encoding, filtered: true)
      == RecordCompressor.compress(encoding, filtered: false)
  }

  @Test func seedRecordsCompressAlike() throws {
    var compared = 0
    for record in RecordCoderTests.seedRecords {
      let encoding = try RecordEncoder.encode(record)
      #expect(Self.same(encoding))
      #expect(RecordCompressor.encoding(RecordCompressor.compress(encoding)) == encoding)
      compared += 1
    }
    #expect(compared >= 5)
  }

  @Test func realOpenDataRecordsCompressAlike() throws {
    let walk = CorpusWalker().files(under: [RecordFastPathTests.realRecords.path])
    for file in walk.files.prefix(120) {
      for document in DocumentLoader().load(file).documents {
        let encoding = try RecordEncoder.encode(RecordExtractor().record(for: document))
        #expect(Self.same(encoding))
      }
    }
  }

  @Test(arguments: [UInt64(5), 6, 7])
  func randomInputsCompressAlike(seed: UInt64) {
    var random = RecordCompressorTests.Random(seed: seed)
    for _ in 0..<40 {
      #expect(Self.same(RecordCompressorTests.input(&random)))
    }
  }

  @Test(arguments: [UInt64(11), 12])
  func mutatedRecordsCompressAlike(seed: UInt64) throws {
    var generator = FuzzGenerator(seed: seed)
    let records = RecordCoderTests.seedRecords
    for _ in 0..<30 {
      let record = records[generator.below(records.count)]
      let encoding = generator.mutate(try RecordEncoder.encode(record))
      #expect(Self.same(encoding))
      #expect(RecordCompressor.encoding(RecordCompressor.compress(encoding)) == encoding)
    }
  }
}

import FuzzSupport
import Testing

@testable import Indexing

/// `RecordEncoder.stored`, which writes the encoding straight into the compressor's memory,
/// gives the bytes of `RecordCompressor.compress(RecordEncoder.encode(_:))`: on random records
/// and on values whose encodings are too short to compress, compress well, or not at all.
@Suite struct RecordEncoderStoredTests {
  @Test(arguments: 1...10)
  func storedIsTheCompressedEncoding(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<10 {
      let record = RecordFastDocumentTests.record(&random)
      let stored = try #require(RecordEncoder.stored(record))
      #expect(stored == RecordCompressor.compress(try RecordEncoder.encode(record)))
    }
  }

  @Test func shortRepetitiveAndRandomValues() throws {
    var random = FuzzGenerator(seed: 11)
    let noise = (0..<3000).map { _ in String(UnicodeScalar(UInt8(33 + random.below(90)))) }
    let values: [[String]] = [
      [], ["a"], ["abc", "de"], Array(repeating: "", count: 40),
      (0..<400).map { "montant \($0 % 7) euros" }, [noise.joined()],
      (0..<60).map { noise[$0 * 50..<$0 * 50 + 50].joined() },
    ]
    var kinds = Set<Bool>()
    for value in values {
      let encoding = try RecordEncoder.encode(value)
      let stored = try #require(RecordEncoder.stored(value))
      #expect(stored == RecordCompressor.compress(encoding))
      stored.withUnsafeBytes { kinds.insert(RecordCompressor.isCompressed($0)) }
    }
    // Both forms were met: some values stored compressed, some as their encoding.
    #expect(kinds == [true, false])
  }
}

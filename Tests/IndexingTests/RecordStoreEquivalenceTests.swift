import Corpus
import Extraction
import Foundation
import FrenchText
import Testing

@testable import Indexing

/// An index whose records were compressed by today's `RecordCompressor` holds the same records
/// as one compressed by the previous coder (`RecordLegacyCompressor`): every stored record of an
/// index of the shipped corpus and of a random corpus decodes to the same record from its own
/// bytes and from the old coder's stream of the same encoding.
///
/// By hand, on two indexes of the same corpus (one built before the change, one after):
/// `PARLINDEX_RECORD_INDEXES=OLD:NEW swift test --filter RecordStoreEquivalenceTests` decodes
/// every record of both and compares them by id.
@Suite struct RecordStoreEquivalenceTests {
  static let sentences = [
    "Le Ségur prévoit 183 € net par mois pour 700 000 salariés depuis le 1er avril 2024.",
    "L’État financera 50 % des travaux, soit 2,5 millions d’euros, dans un premier temps.",
    "Le département compense la revalorisation au titre de l’article L. 314-6 du CASF.",
    "Madame la ministre, près de deux salariés sur trois attendent la prime.",
    "La Sécurité sociale prend en charge 12 000 € par établissement en 2023.",
  ]

  /// Every record of the index in `directory`, by id.
  static func records(in directory: URL) throws -> [String: DocumentRecord] {
    let reader = try IndexReader(directory: directory)
    var records: [String: DocumentRecord] = [:]
    for segment in reader.segments {
      for document in 0..<segment.documents.storedCount where segment.documents.isLive(document) {
        records[segment.documents.id(document)] = segment.documents.record(document)
      }
    }
    return records
  }

  @Test func oldAndNewStreamsOfAnIndexDecodeAlike() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    var random = RecordCompressorTests.Random(seed: 11)
    for file in 0..<20 {
      let text = (0..<(1 + random.below(12))).map { _ in
        Self.sentences[random.below(Self.sentences.count)]
      }
      try temp.write("random/r\(file).txt", text.joined(separator: " "))
    }
    let shipped = RecordCoderTests.root.appendingPathComponent("corpus").path
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path, shipped])
    let reader = try IndexReader(directory: temp.index)
    var checked = 0
    for segment in reader.segments {
      for document in 0..<segment.documents.storedCount {
        let stored = try #require(segment.documents.storedRecord(document))
        let encoding = try #require(RecordCompressor.encoding(stored))
        let old = RecordLegacyCompressor.compress(encoding)
        let new = try stored.withUnsafeBytes {
          try RecordDecoder.decode(DocumentRecord.self, from: $0)
        }
        let before = try old.withUnsafeBytes {
          try RecordDecoder.decode(DocumentRecord.self, from: $0)
        }
        #expect(new == before)
        #expect(segment.documents.record(document) == new)
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  /// Every stored record's encoding (decompressed) of the index in `directory`, by id.
  static func encodings(in directory: URL) throws -> [String: [UInt8]] {
    let reader = try IndexReader(directory: directory)
    var encodings: [String: [UInt8]] = [:]
    for segment in reader.segments {
      for document in 0..<segment.documents.storedCount where segment.documents.isLive(document) {
        let stored = segment.documents.storedRecord(document)
        encodings[segment.documents.id(document)] = stored.flatMap(RecordCompressor.encoding)
      }
    }
    return encodings
  }

  /// Every source entry of the index in `directory`, its record hashes left out (they hash
  /// the stored, compressed bytes), in order.
  static func sourceEntries(in directory: URL) throws -> [SourceEntry] {
    let reader = try IndexReader(directory: directory)
    return try reader.segments.flatMap { segment in
      try #require(segment.sourceEntries()).map { item in
        var entry = item.entry
        entry.recordHashes = []
        return entry
      }
    }
  }

  /// By hand: `PARLINDEX_RECORD_INDEXES=OLD:NEW` (two indexes of the same corpus): every record
  /// decodes alike and has the same encoding byte for byte, and the source entries are the same
  /// but for the record hashes.
  @Test func twoIndexesGivenByHandHoldTheSameRecords() throws {
    guard let pair = ProcessInfo.processInfo.environment["PARLINDEX_RECORD_INDEXES"] else {
      return
    }
    let paths = pair.split(separator: ":").map { URL(fileURLWithPath: String($0)) }
    try #require(paths.count == 2)
    let old = try Self.records(in: paths[0])
    let new = try Self.records(in: paths[1])
    #expect(old.count == new.count)
    var different = 0
    for (id, record) in old where new[id] != record { different += 1 }
    let oldEncodings = try Self.encodings(in: paths[0])
    let newEncodings = try Self.encodings(in: paths[1])
    var differentEncodings = 0
    for (id, encoding) in oldEncodings where encoding == nil || newEncodings[id] != encoding {
      differentEncodings += 1
    }
    let sameSources = try Self.sourceEntries(in: paths[0]) == Self.sourceEntries(in: paths[1])
    print(
      "PARLINDEX_RECORD_INDEXES: \(old.count) and \(new.count) records, \(different) differ, "
        + "\(differentEncodings) encodings differ, source entries alike: \(sameSources)")
    #expect(different == 0)
    #expect(oldEncodings.count == old.count && newEncodings.count == new.count)
    #expect(differentEncodings == 0)
    #expect(sameSources)
  }
}

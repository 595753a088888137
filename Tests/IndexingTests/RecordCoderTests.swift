import Corpus
import Extraction
import Foundation
import Testing

@testable import Indexing

/// The binary record encoding gives back exactly the record it was given.
@Suite struct RecordCoderTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static var seedRecords: [DocumentRecord] {
    let folder = root.appendingPathComponent("corpus")
    let walk = CorpusWalker().files(under: [folder.path])
    return walk.files.flatMap { file in
      DocumentLoader().load(file).documents.map { RecordExtractor().record(for: $0) }
    }
  }

  /// The seed records with their file paths relative to the repository (`corpus/…`): sizes
  /// measured on them do not depend on where the checkout lives (a longer absolute path is
  /// more bytes in every record).
  static var relativeSeedRecords: [DocumentRecord] {
    get throws {
      let encoder = JSONEncoder()
      encoder.outputFormatting = .withoutEscapingSlashes
      return try seedRecords.map { record in
        let text = String(decoding: try encoder.encode(record), as: UTF8.self)
          .replacingOccurrences(of: "\"" + root.path + "/", with: "\"")
        return try JSONDecoder().decode(DocumentRecord.self, from: Data(text.utf8))
      }
    }
  }

  @Test func relativeSeedRecordsNameNoAbsolutePath() throws {
    let records = try Self.relativeSeedRecords
    #expect(records.count == Self.seedRecords.count)
    for record in records {
      #expect(record.document.file.hasPrefix("corpus/"))
      #expect(record.mentions.allSatisfy { $0.sentence.span.file == record.document.file })
    }
  }

  @Test func seedRecordsRoundTrip() throws {
    let records = RecordCoderTests.seedRecords
    #expect(!records.isEmpty)
    for record in records {
      let bytes = try RecordEncoder.encode(record)
      let decoded = try bytes.withUnsafeBytes {
        try RecordDecoder.decode(DocumentRecord.self, from: $0)
      }
      #expect(decoded == record)
      #expect(!record.mentions.isEmpty)
    }
  }

  private struct Sample: Codable, Equatable {
    var text: String
    var repeated: [String]
    var number: Int?
    var small: Int8
    var large: UInt64
    var ratio: Double
    var decimal: Decimal
    var nested: [[Int]]
    var flag: Bool
    var missing: String?
  }

  private static let sample = Sample(
    text: "Ségur ’ œuvre", repeated: ["a", "a", ""], number: -42, small: -3,
    large: .max, ratio: 0.1, decimal: Decimal(string: "1234.567")!, nested: [[], [1, -1]],
    flag: true, missing: nil)

  @Test func scalarsAndOptionalsRoundTrip() throws {
    let bytes = try RecordEncoder.encode(RecordCoderTests.sample)
    let decoded = try bytes.withUnsafeBytes { try RecordDecoder.decode(Sample.self, from: $0) }
    #expect(decoded == RecordCoderTests.sample)
  }

  @Test(arguments: [1, 5, 17])
  func truncatedRecordsThrow(cut: Int) throws {
    let bytes = try RecordEncoder.encode(RecordCoderTests.sample)
    let truncated = Array(bytes.dropLast(cut))
    #expect(throws: (any Error).self) {
      try truncated.withUnsafeBytes { try RecordDecoder.decode(Sample.self, from: $0) }
    }
  }
}

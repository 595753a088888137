import Corpus
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The fields an incremental build reads of every `.sources` entry in place (path, size, time,
/// ids) are those the decoder gives, and an entry they accept always decodes.
@Suite struct SourceEntryFieldsTests {
  private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  @Test(arguments: 1...4) func fieldsAreTheDecodedEntrys(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    var strings: [Range<Int>] = []
    for _ in 0..<300 {
      let entry = SourceEntryDecodingTests.randomEntry(&random)
      let bytes = try RecordEncoder.encode(entry)
      let fields = try #require(
        bytes.withUnsafeBytes { SourceEntryFields.read($0, strings: &strings) })
      #expect(Self.text(bytes, fields.path) == entry.path)
      #expect(fields.size == entry.size)
      #expect(fields.modificationTime == entry.modificationTime)
      #expect(fields.ids.map { Self.text(bytes, $0) } == entry.ids)
    }
  }

  /// A flipped byte either leaves an entry that decodes, or is refused here.
  @Test(arguments: 1...3) func acceptedDamagedEntriesStillDecode(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    var strings: [Range<Int>] = []
    let encoded = try RecordEncoder.encode(SourceEntryDecodingTests.randomEntry(&random))
    var refused = 0
    for index in encoded.indices {
      var damaged = encoded
      damaged[index] ^= 0xFF
      let fields = damaged.withUnsafeBytes { SourceEntryFields.read($0, strings: &strings) }
      let decoded = damaged.withUnsafeBytes {
        try? RecordDecoder.decode(SourceEntry.self, from: $0)
      }
      if fields == nil {
        refused += 1
      } else {
        #expect(decoded != nil, "byte \(index) flipped")
      }
    }
    #expect(refused > 10)
  }

  /// The previous generation's entries, read lazily, are those the segment's table holds.
  @Test func previousGenerationSourcesMatchTheTable() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés depuis le 1er décembre 2020.")
    try temp.write("sub/b.txt", "Le département compense la revalorisation de 183 € net.")
    try temp.write("sub/c.txt", "Le département compense la revalorisation de 183 € net.")
    var builder = IndexBuilder(directory: temp.index)
    builder.pipeline = "one"
    _ = try builder.build(paths: [temp.corpus.path])
    let previous = PreviousGeneration(directory: temp.index, pipeline: "one")
    let reader = try IndexReader(directory: temp.index)
    let table = try #require(reader.segments[0].sourceEntries()).map(\.entry)
    #expect(previous.sources.map(\.entry) == table)
    #expect(previous.sources.map(\.size) == table.map(\.size))
    for entry in table {
      let index = try #require(previous.sourceIndex(path: entry.path))
      #expect(previous.sources[index].entry == entry)
    }
    #expect(previous.sourceIndex(path: temp.corpus.path + "/none.txt") == nil)
  }
}

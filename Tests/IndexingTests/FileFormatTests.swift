import Foundation
import Testing

@testable import Indexing

@Suite struct FileFormatTests {
  @Test func crc32OfTheCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([]) == 0)
  }

  @Test func crc32IsIncremental() {
    let bytes = Array("Le ministère des solidarités".utf8)
    var crc = CRC32()
    crc.update(Array(bytes[0..<7]))
    crc.update(Array(bytes[7...]))
    #expect(crc.value == CRC32.checksum(bytes))
  }

  @Test(arguments: [0, 1, 127, 128, 300, 16_384, 1 << 35, UInt64.max])
  func varintRoundTrip(value: UInt64) {
    var buffer = ByteBuffer()
    buffer.varint(value)
    buffer.u32(0xDEAD_BEEF)
    buffer.string("œuvre")
    buffer.bytes.withUnsafeBytes { raw in
      var reader = ByteReader(raw)
      #expect(reader.varint() == value)
      #expect(reader.u32() == 0xDEAD_BEEF)
      #expect(reader.string() == "œuvre")
      #expect(reader.isAtEnd)
    }
  }

  @Test func footerRoundTripAndChecks() throws {
    let payload = Array("payload bytes".utf8)
    let file =
      payload
      + Footer(payloadLength: UInt64(payload.count), crc: CRC32.checksum(payload))
      .bytes
    try file.withUnsafeBytes { raw in
      let footer = try Footer.read(raw, name: "x.post")
      #expect(footer.payloadLength == UInt64(payload.count))
      try Footer.verifyChecksum(raw, name: "x.post")
    }
    var flipped = file
    flipped[2] ^= 0x01
    flipped.withUnsafeBytes { raw in
      _ = #expect(throws: IndexError.self) { try Footer.verifyChecksum(raw, name: "x.post") }
    }
    let truncated = Array(file.dropFirst())
    truncated.withUnsafeBytes { raw in
      _ = #expect(throws: IndexError.self) { try Footer.read(raw, name: "x.post") }
    }
  }

  @Test func incompatibleVersionIsReported() {
    let file = Footer(version: 99, payloadLength: 0, crc: 0).bytes
    file.withUnsafeBytes { raw in
      _ = #expect(
        throws: IndexError.incompatibleFormat(
          file: "x.docs", found: 99, supported: Int(Footer.formatVersion))
      ) {
        try Footer.read(raw, name: "x.docs")
      }
    }
  }

  @Test func indexRoundTrip() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "Prime Ségur pour les salariés\nDeuxième ligne")
    try temp.write("sub/b.txt", "Le département finance la prime")
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.documentsRead == 2)
    #expect(report.added == 2)
    #expect(report.totalDocuments == 2)
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.documentCount == 2)
    let record = try #require(reader.record(id: "sub/b.txt"))
    #expect(record.document.sentences.first?.text == "Le département finance la prime")
    let path = temp.corpus.path + "/a.txt"
    #expect(reader.record(path: path)?.document.id == "a.txt")
    #expect(reader.record(id: "missing.txt") == nil)
    #expect(reader.document(id: "sub/b.txt") == record.document)
    #expect(
      reader.records(ids: ["sub/b.txt", "nope", "a.txt"]).map { $0?.document.id }
        == ["sub/b.txt", nil, "a.txt"])
    #expect(reader.documentIDs() == ["a.txt", "sub/b.txt"])
    var seen: [String] = []
    reader.forEachRecord { seen.append($0.document.id) }
    #expect(seen == ["a.txt", "sub/b.txt"])
    #expect(reader.terms.lookup("prime")?.documentFrequency == 2)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
    #expect(temp.indexFiles().contains("CURRENT"))
    #expect(!temp.indexFiles().contains("write.lock"))
  }

  @Test func prefixEnumerationIsSorted() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "logement logements loge logiciel lot")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    let terms = reader.terms.terms(withPrefix: "log").map(\.term)
    #expect(terms == terms.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    #expect(terms.count >= 3)
    #expect(terms.allSatisfy { $0.hasPrefix("log") })
  }
}

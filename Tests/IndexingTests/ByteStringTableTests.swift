import FuzzSupport
import Testing

@testable import Indexing

/// The byte-keyed string table agrees with a `Dictionary` keyed by the strings' bytes.
@Suite struct ByteStringTableTests {
  private static let pieces = [
    "an/15/", "QANR5L15QE", "é", "e\u{301}", "/", "0", "1", "9", "questions écrites ", "’", "-",
  ]

  @Test(arguments: [1, 2, 3])
  func agreesWithADictionaryOnRandomKeys(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    var keys: [String] = []
    var reference: [[UInt8]: Int] = [:]
    // Starts small, so that the table grows several times.
    var table = ByteStringTable(capacity: 1)
    for _ in 0..<3_000 {
      var key = ""
      for _ in 0..<(Int(random.next() % 6)) {
        key += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
      }
      let place = keys.count
      keys.append(key)
      let before = table.insert(key, place: place) { keys[$0] }
      #expect(before == reference[Array(key.utf8)])
      if reference[Array(key.utf8)] == nil { reference[Array(key.utf8)] = place }
    }
    #expect(table.count == reference.count)
    for (bytes, place) in reference {
      let key = String(decoding: bytes, as: UTF8.self)
      #expect(table.find(key) { keys[$0] } == place)
    }
    #expect(table.find("absent/path.json") { keys[$0] } == nil)
  }

  /// "é" precomposed and decomposed are equal `String`s but two paths on Linux.
  @Test func keysDifferingByNormalizationAreTwoKeys() {
    let keys = ["caf\u{E9}.json", "cafe\u{301}.json"]
    var table = ByteStringTable(capacity: 2)
    #expect(table.insert(keys[0], place: 0) { keys[$0] } == nil)
    #expect(table.insert(keys[1], place: 1) { keys[$0] } == nil)
    #expect(table.find(keys[1]) { keys[$0] } == 1)
  }

  @Test func hashDependsOnEveryByteAndTheLength() {
    let base = ByteStringTable.hash("an/15/QANR5L15QE100001.json")
    #expect(base != ByteStringTable.hash("an/15/QANR5L15QE100002.json"))
    #expect(base != ByteStringTable.hash("bn/15/QANR5L15QE100001.json"))
    #expect(ByteStringTable.hash("a") != ByteStringTable.hash("a\u{0}"))
  }
}

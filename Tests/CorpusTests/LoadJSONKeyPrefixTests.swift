import Testing

@testable import Corpus

/// Tape keys compared by their packed first eight bytes (`JSONTape.keyPrefix`, stored by the
/// parse) and then the rest: keys of every length up to twenty, sharing their first bytes,
/// written anywhere (the last one ends near the end of the bytes, where a short key's word
/// cannot be loaded whole), are found as `JSONObject` finds them.
struct LoadJSONKeyPrefixTests {
  /// Keys of lengths 0 to 20 made of the same letters, each a prefix of the next, and look-alikes
  /// differing only in their last byte, or only past their eighth.
  static let keys: [String] = {
    let letters = Array("abcdefghijklmnopqrst")
    var keys = (0...20).map { String(letters[0..<$0]) }
    keys += (1...20).map { String(letters[0..<($0 - 1)]) + "Z" }
    keys += ["abcdefgh", "abcdefgi", "abcdefghZZ", "texte", "textes", "analyse", "é", "aé"]
    return keys
  }()

  @Test func everyKeyIsFoundAsTheTreeFindsIt() throws {
    // The members in several orders (the key sought last, first, duplicated), so that a key
    // ends at every distance from the end of the bytes.
    for rotation in 0..<Self.keys.count {
      let order = Array(Self.keys[rotation...] + Self.keys[..<rotation])
      for duplicated in [false, true] {
        let chosen = duplicated ? order + [order[0]] : order
        let members = chosen.enumerated().map { "\"\($0.element)\":\($0.offset)" }
        let bytes = Array("{\(members.joined(separator: ","))}".utf8)
        var tree = JSONParser(bytes: bytes)
        var flat = JSONParser(bytes: bytes)
        let object = try #require(try tree.parse().objectValue)
        let tape = try flat.parseTape()
        for key in Self.keys + ["abcdefghY", "x", "abcdefghijklmnopqrstu"] {
          let expected = object[key].flatMap(\.intValue)
          let found = tape.member(key, of: 0).flatMap { tape.int(at: $0) }
          #expect(found == expected, "\(rotation) \(duplicated) [\(key)]")
        }
      }
    }
  }

  @Test(arguments: 0...12)
  func shortKeyAtTheEndOfTheBytes(length: Int) throws {
    let key = String(repeating: "k", count: length)
    for spaces in 0...3 {
      let bytes = Array("{\"\(key)\":1\(String(repeating: " ", count: spaces))}".utf8)
      var parser = JSONParser(bytes: bytes)
      let tape = try parser.parseTape()
      #expect(tape.member(key, of: 0).flatMap { tape.int(at: $0) } == 1)
      #expect(tape.member(key + "k", of: 0) == nil)
      let packed = Array(key.utf8).withUnsafeBufferPointer { JSONTape.keyPrefix($0) }
      #expect(tape.nodes[1].kind == .key && tape.nodes[1].payload == packed)
    }
  }
}

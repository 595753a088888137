import FuzzSupport
import Testing

@testable import Corpus

/// Object keys packed as bytes (`JSONKey`) find what the former lookup by `String` found: the
/// last member of a key, canonical equivalence included when a key is not ASCII, on random
/// objects with duplicate, long, empty, accented, decomposed and look-alike keys.
struct LoadJSONKeyTests {
  static let keys = [
    "uid", "texte", "analyse", "identifiant", "numero", "legislature", "a", "", "K", "\u{212A}",
    "é", "e\u{301}", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq",
    "textesQuestion", "indexationAN", "libelleCloture", "denomination développée",
    "clé", "cle\u{301}", ";", "\u{37E}", "€uro", "\u{1F600}",
  ]

  @Test(arguments: keys)
  func roundTrip(key: String) {
    #expect(JSONKey(key).string == key)
    #expect(JSONKey(key).string.utf8.elementsEqual(key.utf8))
  }

  @Test func lookupsAgreeWithStrings() {
    var random = FuzzGenerator(seed: 70_101)
    for number in 0..<4_000 {
      var object = JSONObject()
      for member in 0..<random.below(8) {
        object.append(key: Self.keys[random.below(Self.keys.count)], value: .number(member))
      }
      for key in Self.keys {
        #expect(
          object[key].flatMap(\.intValue) == object.generalLookup(key).flatMap(\.intValue),
          "case \(number): \(object.names) [\(key)]")
      }
      let names = object.names
      let expected = names.first.map { first in names.allSatisfy { $0 == first } } ?? false
      #expect((object.onlyValue != nil) == expected, "case \(number): \(names)")
    }
  }

  @Test func parsedKeysAgree() throws {
    var random = FuzzGenerator(seed: 70_102)
    for number in 0..<1_000 {
      let chosen = (0..<random.below(6)).map { _ in Self.keys[random.below(Self.keys.count)] }
      let members = chosen.enumerated().map { offset, key in
        let written = random.below(4) == 0 ? Self.escaped(key) : key
        return "\"\(written)\": \(offset)"
      }
      var parser = JSONParser(bytes: Array("{\(members.joined(separator: ","))}".utf8))
      let object = try #require(try parser.parse().objectValue)
      #expect(object.names == chosen, "case \(number)")
      for key in Self.keys {
        #expect(
          object[key].flatMap(\.intValue) == object.generalLookup(key).flatMap(\.intValue),
          "case \(number): \(chosen) [\(key)]")
      }
    }
  }

  /// `key` with its first scalar written as a "\u" escape (UTF-16 pairs for astral ones).
  static func escaped(_ key: String) -> String {
    guard let first = key.unicodeScalars.first else { return key }
    let units = String(first).utf16.map { "\\u" + String($0, radix: 16).leftPadded(to: 4) }
    return units.joined() + String(key.unicodeScalars.dropFirst())
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

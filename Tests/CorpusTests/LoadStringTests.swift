import FrenchText
import Testing

/// `TextRepairString.make` gives exactly `String(decoding:as:)`: on valid UTF-8 (ASCII, every
/// length of sequence, long and short) and on invalid bytes (stray continuation bytes, overlong
/// forms, surrogates, values past U+10FFFF, sequences cut by the end), whose repair it keeps.
struct LoadStringTests {
  static func check(_ bytes: [UInt8]) {
    let expected = String(decoding: bytes, as: UTF8.self)
    let made = TextRepairString.make(bytes, 0..<bytes.count)
    #expect(made == expected)
    #expect(Array(made.utf8) == Array(expected.utf8))
  }

  @Test func validTextIsCopiedAsIs() {
    for text in [
      "", "a", "Question écrite n° 1234 : l'Élysée répond.",
      String(repeating: "abcdefgh", count: 9),
      "€ 20 — “guillemets” ‘simples’ \u{1F1EB}\u{1F1F7} 𝔘", "ASCII only, longer than eight bytes.",
    ] {
      Self.check(Array(text.utf8))
    }
  }

  @Test func invalidBytesAreRepairedAsTheStandardLibraryDoes() {
    let cases: [[UInt8]] = [
      [0x80], [0xBF, 0x41], [0xC0, 0xAF], [0xC1, 0xBF], [0xC3], [0x41, 0xC3], [0xE0, 0x80, 0x80],
      [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xEF, 0xBF], [0xF0, 0x80, 0x80, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x82, 0x41],
      [0xF0, 0x9F, 0x98], Array("abcdefgh".utf8) + [0xC3, 0x28] + Array("ijklmnop".utf8),
    ]
    for bytes in cases { Self.check(bytes) }
  }

  @Test(arguments: 0..<20)
  func randomBytesMatch(seed: Int) {
    var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1
    func next() -> UInt64 {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return state
    }
    // Mostly text-like bytes (ASCII and French letters), with some random ones.
    let pieces: [[UInt8]] = [
      [0x65], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x98, 0x80],
    ]
    for _ in 0..<200 {
      var bytes: [UInt8] = []
      let length = Int(next() % 40)
      for _ in 0..<length {
        let roll = next() % 10
        if roll < 8 {
          bytes += pieces[Int(next() % UInt64(pieces.count))]
        } else {
          bytes.append(UInt8(truncatingIfNeeded: next()))
        }
      }
      Self.check(bytes)
      if bytes.count > 2 {
        let cut = Int(next() % UInt64(bytes.count))
        let range = cut..<bytes.count
        #expect(
          TextRepairString.make(bytes, range)
            == String(decoding: bytes[range], as: UTF8.self))
      }
    }
  }

  @Test func repairBufferTextUsesTheSameStrings() {
    let bytes = Array("Réponse du ministère : “oui”.".utf8) + [0xC3]
    let buffer = TextRepairBuffer(bytes: bytes, origin: 0)
    #expect(buffer.text == String(decoding: bytes, as: UTF8.self))
    #expect(buffer.text(in: 0..<8) == String(decoding: bytes[0..<8], as: UTF8.self))
  }
}

import FuzzSupport
import Testing

@testable import Extraction

/// The seventh session's word-at-a-time ASCII path (`TokenWords`, `TokenBuilder.make`) gives
/// what a byte at a time gives: loads at every offset and length (at the buffer's end, in
/// buffers shorter than a word), lowering of every ASCII byte at every position, keys, and
/// whole tokens against `makeGeneral` on seeded random ASCII text of every token length.
@Suite struct LexTokenWordsTests {
  @Test func loadsAreTheBytes() {
    var random = FuzzGenerator(seed: 5)
    for total in 1...24 {
      let bytes = (0..<total).map { _ in UInt8(random.below(256)) }
      bytes.withUnsafeBufferPointer { buffer in
        for offset in 0..<total {
          for count in 1...min(8, total - offset) {
            var expected: UInt64 = 0
            for index in 0..<count { expected |= UInt64(bytes[offset + index]) << (8 * index) }
            #expect(TokenWords.load(buffer, offset, count) == expected, "\(total) \(offset)")
          }
        }
      }
    }
  }

  @Test func everyASCIIByteIsLoweredAtEveryPosition() {
    for byte in UInt64(0)..<128 {
      let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
      for position in 0..<8 {
        let filler: UInt64 = 0x5A40_5B41_7F00_617A & ~(0xFF << (8 * position))
        let word = filler | byte << (8 * position)
        let expected = TokenWords.lowered(filler) | lower << (8 * position)
        #expect(TokenWords.lowered(word) == expected, "\(byte) at \(position)")
      }
    }
    #expect(TokenWords.lowered(0x5A40_5B41_7F00_617A) == 0x7A40_5B61_7F00_617A)
  }

  @Test func keysAreWordKeys() {
    for word in ["a", "de", "ministre", "financement", "abcdefghijklmno", "2024", "l'"] {
      var copy = word
      copy.withUTF8 { bytes in
        let low = TokenWords.load(bytes, 0, min(bytes.count, 8))
        let high = bytes.count > 8 ? TokenWords.load(bytes, 8, bytes.count - 8) : 0
        #expect(TokenWords.key(low, high, bytes.count) == WordKey.of(bytes), "\(word)")
      }
    }
  }

  /// Random ASCII lines (short ones too: fewer bytes than a word), tokens of 1 to 20 bytes.
  static let asciiLines: [String] = {
    var random = FuzzGenerator(seed: 17)
    let letters = Array("aZbYcXmMdeEsS0123456789'.,-€é ".unicodeScalars)
    return (0..<400).map { _ in
      String(
        String.UnicodeScalarView(
          (0..<(1 + random.below(40))).map { _ in letters[random.below(letters.count)] }))
    } + ["a", "AB", "Abcdefg", "ABCDEFGH", "abcdefghi", "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOP"]
  }()

  @Test func tokensAgreeWithTheGeneralPath() {
    for line in Self.asciiLines + LexTokenTextTests.lines {
      var copy = line
      copy.withUTF8 { bytes in
        let table = TokenCues.byteTable
        withExtendedLifetime(table) {
          let builder = TokenBuilder(bytes: bytes, tables: LexerTables.shared, probe: table.probe)
          for token in Lexer.tokens(in: line) {
            let slice = UnsafeBufferPointer(rebasing: bytes[token.range])
            let fast = builder.make(slice, token.kind, token.range, token.gap)
            #expect(fast == builder.makeGeneral(slice, token.kind, token.range, token.gap))
            #expect(
              fast.text.utf8.elementsEqual(
                Array(line.utf8)[token.range]))
          }
        }
      }
    }
  }
}

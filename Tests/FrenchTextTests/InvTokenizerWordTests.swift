import FuzzSupport
import Testing

@testable import FrenchText

/// The plain-word fast path reads runs of ASCII letters eight bytes at a time
/// (`Tokenizer.asciiLetters`): the same count and folded bytes as the byte-by-byte test, and
/// the same tokens as the general path on words of every length around the eight-byte steps.
struct InvTokenizerWordTests {
  /// Bytes around the letters' bounds (`@`, `[`, `` ` ``, `{`, DEL), digits, UTF-8 leads.
  static let edgeBytes: [UInt8] = [
    0x00, 0x20, 0x27, 0x2D, 0x2E, 0x30, 0x39, 0x40, 0x41, 0x5A, 0x5B, 0x5F, 0x60, 0x61, 0x7A,
    0x7B, 0x7F, 0x80, 0x99, 0xA0, 0xBF, 0xC2, 0xC3, 0xC5, 0xDA, 0xE0, 0xE1, 0xE2, 0xFA, 0xFB, 0xFF,
  ]

  /// The byte-by-byte reading: how many bytes from the first are ASCII letters.
  static func letterRun(_ bytes: [UInt8]) -> Int {
    bytes.prefix { ($0 | 0x20) &- 0x61 < 26 }.count
  }

  static func asciiLetters(_ bytes: [UInt8]) -> (run: Int, folded: [UInt8]) {
    var folded = [UInt8](repeating: 0, count: 8)
    let run = bytes.withUnsafeBufferPointer { input in
      folded.withUnsafeMutableBufferPointer {
        Tokenizer.asciiLetters(at: input.baseAddress!, into: $0.baseAddress!)
      }
    }
    return (run, Array(folded.prefix(run)))
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func eightBytesAtOnceCountLikeOneByOne(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<20_000 {
      let bytes = (0..<8).map { _ -> UInt8 in
        switch random.below(4) {
        case 0: Self.edgeBytes[random.below(Self.edgeBytes.count)]
        case 1: UInt8(truncatingIfNeeded: random.next())
        default: UInt8(0x41 + random.below(26)) | (random.below(2) == 0 ? 0x20 : 0)
        }
      }
      let (run, folded) = Self.asciiLetters(bytes)
      #expect(run == Self.letterRun(bytes), "\(bytes)")
      #expect(folded == bytes.prefix(run).map { $0 | 0x20 }, "\(bytes)")
    }
  }

  @Test(
    arguments: [
      [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68], [0x41, 0x5A, 0x61, 0x7A, 0x40, 0, 0, 0],
      [0x7B, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61], [0x61, 0xFF, 0x61, 0x61, 0x61, 0x61, 0, 0],
      [0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xC3], [0xFB, 0xFF, 0xE1, 0x61, 0, 0, 0, 0],
    ] as [[UInt8]])
  func fixedWords(bytes: [UInt8]) {
    #expect(Self.asciiLetters(bytes).run == Self.letterRun(bytes))
  }

  /// Words of 1 to 40 letters and around the word buffer's capacity, each followed by what
  /// ends or continues a plain word, at every offset of a text.
  @Test(arguments: [" ", "é", "1", "’", "'", "-", ",", "\u{A0}", "\u{202F}", "s", "x"])
  func wordsOfEveryLengthGiveTheGeneralPathsTokens(after: String) {
    var random = FuzzGenerator(seed: 11)
    let lengths = Array(1...40) + Array(115...131)
    for length in lengths {
      let word = String(
        (0..<length).map { _ in Character(Unicode.Scalar(UInt8(0x41 + random.below(26)) | 0x20)) })
      let upper = word.uppercased()
      for prefix in ["", "l’", "d'", "a", "ab", "abc", "é"] {
        let text = prefix + word + after + upper + after + "fin"
        #expect(TokenizerFastPathTests.same(text), "\(text)")
      }
    }
  }

  /// Seeded random texts of plain words, mixed case, with the fragments of the other tests.
  @Test(arguments: [21, 22, 23] as [UInt64])
  func randomTextsGiveTheGeneralPathsTokens(seed: UInt64) {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<200 {
      var text = ""
      for _ in 0..<(20 + random.below(60)) {
        if random.below(3) == 0 {
          text +=
            TokenizerFastPathTests.fragments[
              random.below(TokenizerFastPathTests.fragments.count)]
        } else {
          let length = 1 + random.below(20)
          text += String(
            (0..<length).map { _ in
              Character(
                Unicode.Scalar(UInt8(0x41 + random.below(26)) | UInt8(random.below(2) * 0x20)))
            })
        }
        text += [" ", "\u{A0}", ", ", ". ", "-", "’", "'", "\n", ""][random.below(9)]
      }
      #expect(TokenizerFastPathTests.same(text), "\(text.prefix(120))")
    }
  }
}

import FuzzSupport
import Testing

@testable import Extraction

/// The ninth session's lexer loop (`TokenBuilder.run`: tokens read whole where they start,
/// ASCII runs crossed eight bytes at a time by `LexerRuns`, short ASCII tokens made in place,
/// cues compared by words) gives the tokens and the `SentenceCues` of the scalar-by-scalar loop
/// (`runByScalars`), bit for bit.
@Suite struct LexRunsTests {
  /// Seeded random lines of letters, digits, spaces, line breaks and symbols, ASCII and not,
  /// with runs of every length around the eight-byte words.
  static let mixedLines: [String] = {
    var random = FuzzGenerator(seed: 29)
    let pieces = [
      "a", "Z", "m", "M", "é", "É", "œ", "ǅ", "Ω", "0", "7", "9", " ", "  ", "\n", "\u{00A0}",
      "\u{2028}", "\u{3000}", ",", ".", "'", "\u{2019}", "€", "°", "º", "@", "[", "`", "{", "/",
      ":", "\u{1D400}", "😀", "\t", "\r", "ministre", "DEUX", "Mille", "vingt", "sur", "2024",
      "12345678901234567", "abcdefghijklmnopq", "ABCDEFGH", "n°", "l’État",
    ]
    return (0..<600).map { _ in
      (0..<(1 + random.below(40))).map { _ in pieces[random.below(pieces.count)] }.joined()
    }
  }()

  /// Every line of the earlier lexer tests, these random lines, and every ASCII byte around
  /// letters and digits (the word tests' edges: "@", "[", "`", "{", "/", ":").
  static var lines: [String] {
    var lines = LexerFastPathTests.lines + LexerFastPathTests.randomScalarLines + mixedLines
    for byte in UInt8(0)..<128 {
      let mark = String(UnicodeScalar(byte))
      lines.append("abcdefg\(mark)hij 0123456\(mark)89 A\(mark)Z x\(mark)")
      lines.append("\(mark)abcdefghijklmnop\(mark)12345678\(mark)")
    }
    return lines
  }

  /// The tokens of `line` by `run` and by `runByScalars`, with the cues gathered.
  static func both(_ line: String, cues: Bool) -> (
    fast: [TextToken], fastCues: SentenceCues, general: [TextToken], generalCues: SentenceCues
  ) {
    var copy = line
    let table = cues ? TokenCues.byteTable : nil
    return withExtendedLifetime(table) {
      copy.withUTF8 { bytes in
        let capacity = max(bytes.count, 1)
        var fast = TokenBuilder(bytes: bytes, tables: LexerTables.shared, probe: table?.probe)
        var general = TokenBuilder(bytes: bytes, tables: LexerTables.shared, probe: table?.probe)
        let fastTokens = [TextToken](unsafeUninitializedCapacity: capacity) { buffer, count in
          count = fast.run(into: buffer.baseAddress!)
        }
        let generalTokens = [TextToken](unsafeUninitializedCapacity: capacity) { buffer, count in
          count = general.runByScalars(into: buffer.baseAddress!)
        }
        return (fastTokens, fast.summary, generalTokens, general.summary)
      }
    }
  }

  @Test(arguments: [true, false])
  func runAgreesWithTheScalarLoop(cues: Bool) {
    for line in Self.lines {
      let lexed = Self.both(line, cues: cues)
      #expect(lexed.fast == lexed.general, "\(line.debugDescription)")
      #expect(lexed.fastCues == lexed.generalCues, "\(line.debugDescription)")
    }
  }

  /// The runs' ends read eight bytes at a time are those read byte by byte, from every offset
  /// of random bytes (every value, ASCII or not) and of buffers shorter than a word.
  @Test func runEndsAreThoseOfTheBytes() {
    var random = FuzzGenerator(seed: 31)
    for round in 0..<600 {
      let total = 1 + random.below(30)
      let alphabet: [UInt8] = Array("aZ09@[`{/:é".utf8) + [0x80, 0xFF, 0x7F, 0x00]
      let bytes = (0..<total).map { _ in
        round % 2 == 0 ? UInt8(random.below(256)) : alphabet[random.below(alphabet.count)]
      }
      bytes.withUnsafeBufferPointer { buffer in
        for offset in 0...total {
          var letters = offset
          func within(_ index: Int, _ cls: Lexer.Class) -> Bool {
            index < total && bytes[index] < 0x80 && Lexer.classifyASCII(bytes[index]) == cls
          }
          while within(letters, .letter) { letters += 1 }
          var digits = offset
          while within(digits, .digit) { digits += 1 }
          let base = buffer.baseAddress!
          #expect(LexerRuns.end(base, total, from: offset, digits: false) == letters, "\(bytes)")
          #expect(LexerRuns.end(base, total, from: offset, digits: true) == digits, "\(bytes)")
        }
      }
    }
  }

  /// The cue probe comparing two words finds what the dictionary finds, for every cued word
  /// of at most 16 bytes and for near misses (a byte more, a byte less, another byte).
  @Test func cueProbeByWordsAgreesWithTheDictionary() {
    let table = TokenCues.byteTable
    var words = Array(TokenCues.table.keys)
    words += words.map { $0 + "s" } + words.map { String($0.dropLast()) } + ["", "x", "\0"]
    withExtendedLifetime(table) {
      for word in words where word.utf8.count <= 16 {
        let bytes = Array(word.utf8)
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
          if index < 8 {
            low |= UInt64(byte) << (8 * index)
          } else {
            high |= UInt64(byte) << (8 * (index - 8))
          }
        }
        let found = table.probe.cues(
          key: WordKey.of(word), low: low, high: high, count: bytes.count)
        #expect(found == (TokenCues.table[word] ?? []), "\(word)")
      }
    }
  }
}

/// The folding table read as a constant is the table built from the letters.
@Suite struct LexFoldTableTests {
  @Test func latin1LettersAreTheTable() {
    let letters = FoldedBytes.latin1Letters
    #expect(letters.utf8CodeUnitCount == 64)
    let bytes = (0..<64).map { letters.utf8Start[$0] }
    #expect(bytes == FoldedBytes.latin1)
  }
}

import Corpus
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The fifth session's lexer fast paths give what the general code gives, on the seed
/// documents' lines, hand-written French and seeded random text (`FastPathKeyTests.allLines`):
/// the `SentenceCues` gathered while lexing, the cue probe on lowered ASCII bytes, folding into
/// a scratch buffer, the tables read as raw memory, short ASCII strings packed.
@Suite struct LexerFastPathTests {
  static var lines: [String] {
    FastPathKeyTests.allLines + [
      "ÉTAT MINISTÈRE DÉCRET Janvier DEUX Mille VINGT SUR Tiers ŒUVRE",
      "e\u{301}tat \u{1D400}bc ǅa ꙮ 𝟘 ﬁn \u{3000}x\u{3001}y \u{FEFF}z",
      "",
    ]
  }

  /// Random text over the whole scalar range (not only French): the lexer's classes above
  /// U+3000 are computed, below it read from `LexerTables`.
  static let randomScalarLines: [String] = {
    var random = FuzzGenerator(seed: 11)
    return (0..<200).map { _ in
      var line = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...40, using: &random) {
        let range: ClosedRange<UInt32> =
          Int.random(in: 0..<3, using: &random) == 0 ? 0...0x7F : 0x80...0x2_FFFF
        let value = UInt32.random(in: range, using: &random)
        line.append(Unicode.Scalar(value) ?? " ")
      }
      return String(line)
    }
  }()

  /// The cues gathered while lexing are those of a second pass over the tokens.
  @Test func sentenceCuesGatheredWhileLexingAgree() {
    for line in Self.lines + Self.randomScalarLines {
      let lexed = Lexer.lex(line, cues: true)
      #expect(lexed.cues == SentenceCues(TokenView(tokens: lexed.tokens), text: line), "\(line)")
      #expect(lexed.tokens == Lexer.tokens(in: line))
    }
  }

  /// Every token agrees with the general path: its text is its bytes, its folded word
  /// `Lexer.fold`, its key, cues and number-word flag those of the folded word by `String`.
  @Test(arguments: [true, false])
  func tokensAgreeWithTheGeneralPath(cues: Bool) {
    for line in Self.lines + Self.randomScalarLines {
      let bytes = Array(line.utf8)
      for token in Lexer.tokens(in: line, cues: cues) {
        #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
        #expect(token.folded == Lexer.fold(token.text), "\(token.text)")
        #expect(token.key == WordKey.of(token.folded), "\(token.text)")
        let expected = cues ? (TokenCues.table[token.folded] ?? []) : []
        #expect(token.cues == expected, "\(token.text)")
        let numberWord = cues && token.isWord && Lexer.numberWords.contains(token.folded)
        #expect(token.isNumberWord == numberWord, "\(token.text)")
      }
      let reference = FastPathKeyTests.referenceTokens(line)
      #expect(Lexer.tokens(in: line, cues: cues).map(\.range) == reference.map(\.range))
    }
  }

  /// The classes read from `LexerTables` are `Lexer.classify`'s, scalar by scalar.
  @Test func classTableAgreesWithClassify() {
    let tables = LexerTables.shared
    for value in 0..<LexerTables.limit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(tables.classes[Int(value)] == Lexer.classify(scalar), "U+\(value)")
    }
    for byte in 0..<128 {
      #expect(tables.singles[byte] == String(decoding: [UInt8(byte)], as: UTF8.self))
    }
  }

  /// The cue probe on an ASCII word's bytes lowered on the fly finds what the dictionary finds
  /// for the lowered word: every cued word, written in capitals and capitalized, and misses.
  @Test func cueProbeLoweringAgreesWithTheDictionary() {
    var words = TokenCues.table.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    words +=
      words.map { $0.uppercased() } + words.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    words += ["", "x", "DEUXX", "Mill", "ZZZ", "'", "?", "M", "Mme"]
    let probe = TokenCues.byteTable.probe
    for word in words {
      var copy = word
      let lowered = word.lowercased()
      let found = copy.withUTF8 { bytes in
        withExtendedLifetime(TokenCues.byteTable) {
          probe.cues(key: WordKey.of(lowered), lowering: bytes)
        }
      }
      #expect(found == (TokenCues.table[lowered] ?? []), "\(word)")
    }
  }

  /// Folding into a scratch buffer gives `FoldedBytes.fold`'s string and never writes more
  /// bytes than it reads.
  @Test func foldingIntoABufferAgrees() {
    for line in Self.lines + Self.randomScalarLines {
      for token in Lexer.tokens(in: line) {
        var text = token.text
        text.withUTF8 { bytes in
          let whole = FoldedBytes.fold(bytes)
          let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) {
            output -> Int? in
            guard let count = FoldedBytes.fold(bytes, into: output) else { return nil }
            let folded = String(
              decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
            #expect(folded == whole, "\(token.text)")
            return count
          }
          #expect((count == nil) == (whole == nil), "\(token.text)")
          #expect((count ?? 0) <= bytes.count)
        }
      }
    }
  }

  /// Short strings packed by `SmallString` are the standard library's, bit for bit: random
  /// ASCII of every length up to 15, lowered or not, and random valid UTF-8 (accents, other
  /// scripts, emoji).
  @Test func smallStringsAgree() {
    #expect(SmallString.available)
    var random = FuzzGenerator(seed: 3)
    for round in 0..<4_000 {
      var bytes: [UInt8]
      if round % 2 == 0 {
        let count = Int.random(in: 0...SmallString.capacity, using: &random)
        bytes = (0..<count).map { _ in UInt8.random(in: 0...0x7F, using: &random) }
      } else {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 1...8, using: &random) {
          let value = UInt32.random(in: 0...0x1_FFFF, using: &random)
          scalars.append(Unicode.Scalar(value) ?? "é")
        }
        bytes = Array(String(scalars).utf8.prefix(SmallString.capacity))
        while String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
      }
      let expected = String(decoding: bytes, as: UTF8.self)
      bytes.withUnsafeBufferPointer { buffer in
        let packed = SmallString.string(buffer)
        #expect(Self.bits(packed) == Self.bits(expected) && Array(packed.utf8) == bytes)
        #expect(packed.hashValue == expected.hashValue && packed.count == expected.count)
        if bytes.allSatisfy({ $0 < 0x80 }) {
          #expect(SmallString.string(buffer, lowering: true) == Lexer.fold(expected))
        }
      }
    }
  }

  /// Every token's strings of at most 15 bytes are bit for bit those `String(decoding:as:)`
  /// makes of the same bytes.
  @Test func tokenStringsAreTheStandardLibrarys() {
    for line in Self.lines + Self.randomScalarLines {
      for token in Lexer.tokens(in: line) {
        for string in [token.text, token.folded] where string.utf8.count <= 15 {
          let expected = String(decoding: Array(string.utf8), as: UTF8.self)
          #expect(Self.bits(string) == Self.bits(expected), "\(string)")
        }
      }
    }
  }

  static func bits(_ string: String) -> [UInt64] {
    let words = unsafeBitCast(string, to: (UInt64, UInt64).self)
    return [words.0, words.1]
  }

  /// The one-loop token of a short ASCII slice is the general path's (`makeGeneral`), and so
  /// is any other slice's, on every token of the lines.
  @Test func packedTokensAgreeWithTheGeneralPath() {
    for line in Self.lines + Self.randomScalarLines {
      var copy = line
      copy.withUTF8 { bytes in
        let probe = TokenCues.byteTable.probe
        let builder = TokenBuilder(bytes: bytes, tables: LexerTables.shared, probe: probe)
        for token in Lexer.tokens(in: line) {
          let slice = UnsafeBufferPointer(rebasing: bytes[token.range])
          let fast = withExtendedLifetime(TokenCues.byteTable) {
            builder.make(slice, token.kind, token.range, token.gap)
          }
          let general = withExtendedLifetime(TokenCues.byteTable) {
            builder.makeGeneral(slice, token.kind, token.range, token.gap)
          }
          #expect(fast == general, "\(token.text)")
          #expect(fast == token, "\(token.text)")
          #expect(fast.text == token.text && fast.folded == token.folded)
        }
      }
    }
  }
}

import Testing

@testable import Extraction

/// The tenth session's lexer and glue: sentences lexed into one kept array
/// (`Lexer.lex(_:into:with:)`), and short mention texts packed as small strings
/// (`MentionExtractor.text(of:_:)`).
@Suite struct LexRecTests {
  /// Lexed one after the other into one array, every sentence gives the tokens and the cues of
  /// `lex(_:cues:)`; the array's buffer is reused once it is large enough.
  @Test func lexingIntoAKeptArrayGivesTheTokensOfLex() {
    let tables = Lexer.Tables()
    var tokens: [TextToken] = []
    var lines = FastPathKeyTests.allLines
    lines += ["", " ", String(repeating: ",", count: 3000), "Le ministre, 2024.", "é"]
    for line in lines {
      let cues = Lexer.lex(line, into: &tokens, with: tables)
      let expected = Lexer.lex(line, cues: true)
      #expect(tokens == expected.tokens, "\(line)")
      #expect(cues == expected.cues, "\(line)")
      #expect(tokens.capacity >= line.utf8.count)
    }
    // Long enough for every line: the buffer stays the same.
    tokens.reserveCapacity(4096)
    let address = tokens.withUnsafeBufferPointer { $0.baseAddress }
    for line in lines {
      _ = Lexer.lex(line, into: &tokens, with: tables)
      #expect(tokens.withUnsafeBufferPointer { $0.baseAddress } == address, "\(line)")
    }
  }

  /// A copy of the array taken before the next sentence keeps its tokens (copy on write).
  @Test func aCopyKeepsItsTokens() {
    let tables = Lexer.Tables()
    var tokens: [TextToken] = []
    _ = Lexer.lex("Les départements ont reçu 12 millions d’euros", into: &tokens, with: tables)
    let kept = tokens
    _ = Lexer.lex("Œuvre, Élysée ; ÉTÉ 2023", into: &tokens, with: tables)
    #expect(
      kept.map(\.text) == [
        "Les", "départements", "ont", "reçu", "12", "millions", "d", "’",
        "euros",
      ])
    #expect(tokens.map(\.text) == ["Œuvre", ",", "Élysée", ";", "ÉTÉ", "2023"])
  }

  /// Iterated on its own, the sequence lexes the sentence into an array of its own.
  @Test func lexedTokensIterated() {
    var line = "Le 4 juin 2024, l’État a versé 3,5 M€."
    var summary = SentenceCues()
    let tokens = line.withUTF8 { bytes in
      withUnsafeMutablePointer(to: &summary) { pointer in
        Array(
          LexedTokens(
            builder: TokenBuilder(
              bytes: bytes, tables: LexerTables.shared, probe: TokenCues.byteTable.probe),
            summary: pointer))
      }
    }
    let expected = Lexer.lex(line, cues: true)
    #expect(tokens == expected.tokens)
    #expect(summary == expected.cues)
  }

  /// Every slice of a sentence on token boundaries, short or long, ASCII or not, gives the
  /// string `String(decoding:as:)` gives, bit for bit when short.
  @Test func mentionTextsAreTheDecodedSlices() {
    var checked = 0
    for line in FastPathKeyTests.allLines.prefix(200) + ["é", "Œuvre d’État, 15 %"] {
      let tokens = Lexer.tokens(in: line)
      var text = line
      text.withUTF8 { bytes in
        for first in tokens.indices {
          for last in first..<min(tokens.count, first + 6) {
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            let made = MentionExtractor.text(of: bytes, range)
            let expected = String(
              decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            #expect(made == expected)
            #expect(Array(made.utf8) == Array(expected.utf8))
            if range.count <= SmallString.capacity {
              #expect(
                unsafeBitCast(made, to: (UInt64, UInt64).self)
                  == unsafeBitCast(expected, to: (UInt64, UInt64).self), "\(expected)")
            }
            checked += 1
          }
        }
      }
    }
    #expect(checked > 1000)
  }
}

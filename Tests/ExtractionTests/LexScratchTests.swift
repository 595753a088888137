import Testing

@testable import Extraction

/// The eighth session's second-round lexer: tokens written into the thread's reused buffer
/// (`LexerScratch`) and the short accented tokens folded into a fixed stack buffer
/// (`TokenBuilder.smallFolded`) give the tokens of the general path.
@Suite struct LexScratchTests {
  /// A sentence of one-byte symbol tokens (as many tokens as bytes: the buffer's bound), longer
  /// than the buffer's first and retained capacities, then a short one: every token in place.
  @Test func sentencesOfOneTokenPerByteFillTheBuffer() {
    for count in [1, 1023, 1024, 1025, 5000, LexerScratch.retainedCapacity + 7] {
      let text = String(repeating: ",", count: count)
      let tokens = Lexer.tokens(in: text)
      #expect(tokens.count == count)
      #expect(tokens.enumerated().allSatisfy { $0.element.range == $0.offset..<$0.offset + 1 })
      #expect(tokens.allSatisfy { $0.kind == .symbol && $0.text == "," && $0.gap == .none })
      let short = Lexer.tokens(in: "Le ministre, 2024.")
      #expect(short.map(\.text) == ["Le", "ministre", ",", "2024", "."])
    }
  }

  /// A lex inside a lent buffer gets a buffer of its own: the outer tokens are untouched.
  @Test func nestedLexingKeepsTheOuterTokens() {
    let outer = "Les départements ont reçu 12 millions d’euros"
    let expected = Lexer.tokens(in: outer)
    let (first, inner) = LexerScratch.withTokens(capacity: 64) { output in
      output.initialize(to: expected[0])
      let inner = Lexer.tokens(in: "Œuvre, Élysée ; ÉTÉ 2023")
      return (output.pointee, inner)
    }
    #expect(first == expected[0])
    #expect(inner.map(\.text) == ["Œuvre", ",", "Élysée", ";", "ÉTÉ", "2023"])
    #expect(Lexer.tokens(in: outer) == expected)
  }

  /// Short accented tokens, through the fixed stack buffer: the folded form of `Lexer.fold`,
  /// its `WordKey` and its cues; and the same tokens as the general path (`packs` false).
  @Test func shortAccentedTokensFoldAsTheGeneralPath() {
    let words = [
      "é", "État", "ÉTÉ", "été", "Œuvre", "œœœœœœœœ", "départements", "DÉPARTEMENTS",
      "Élysée", "l’", "n°", "Æsopé", "ministère", "ÎLEDEFRANCEÉÉÉ", "éééééééé", "Straße",
      "ǅa", "déjàvuvuvuvuvu", "àààààààà",
    ]
    for word in words {
      let token = Lexer.tokens(in: word)[0]
      var folded = token.folded
      #expect(folded == Lexer.fold(token.text), "\(word)")
      #expect(token.key == folded.withUTF8 { WordKey.of($0) }, "\(word)")
      #expect(token.cues == TokenCues.of(folded), "\(word)")
    }
    let line = words.joined(separator: " ")
    let fast = Lexer.lex(line, cues: true).tokens
    let general = Lexer.lex(line, cues: true, packs: false).tokens
    #expect(fast.map(\.folded) == general.map(\.folded))
    #expect(fast.map(\.text) == general.map(\.text))
    #expect(fast.map(\.key) == general.map(\.key))
    #expect(fast.map(\.cues) == general.map(\.cues))
    #expect(fast.map(\.range) == general.map(\.range))
  }
}

import Corpus
import Dispatch
import FuzzSupport
import Testing

@testable import Extraction

/// The seventh session's trivially copyable tokens: `TextToken` keeps its text and folded form
/// as `TokenText` (small-string words, or an index into `TokenTextStore` for long forms), and
/// reads them back byte for byte, on the seed documents' lines, hand-written French and seeded
/// random text; the lexer's fused ASCII path agrees with its general path.
@Suite struct LexTokenTextTests {
  /// Long words (more than 15 bytes), canonically equivalent spellings, odd scalars.
  static let longLines: [String] = [
    "anticonstitutionnellement ANTICONSTITUTIONNELLEMENT Anticonstitutionnellement",
    "départementalisation DÉPARTEMENTALISATION de\u{301}partementalisation",
    "l\u{2019}intercommunalité L’INTERCOMMUNALITÉ 123456789012345678901234567890",
    "œuvresdébutantesœuvres ŒUVRESDÉBUTANTESŒUVRES \u{1D400}\u{1D400}\u{1D400}\u{1D400}x",
    "ǅaǅaǅaǅaǅaǅaǅaǅa ﬁﬁﬁﬁﬁﬁ ꙮꙮꙮꙮꙮꙮ Straße-Straße-Straße",
  ]

  /// Seeded random lines of long and short pieces, upper and lower case, accented or not.
  static let randomLines: [String] = {
    var random = FuzzGenerator(seed: 71)
    let pieces = [
      "a", "É", "é", "e\u{301}", "œ", "Œ", "ï", "x", "Y", "’", "'", "1", "7", "ß", "ǅ", "ﬁ",
      "😀", " ", "\u{00A0}", "-", "ment", "ISATION", "constitutionnel",
    ]
    return (0..<300).map { _ in
      (0..<(1 + random.below(60))).map { _ in pieces[random.below(pieces.count)] }.joined()
    }
  }()

  static var lines: [String] {
    LexerFastPathTests.lines + longLines + randomLines + LexerFastPathTests.randomScalarLines
  }

  @Test func tokensAreTriviallyCopyable() {
    #expect(_isPOD(TextToken.self))
    #expect(_isPOD(TokenText.self))
  }

  /// Every token's text is its bytes and its folded form `Lexer.fold` of them, byte for byte
  /// (not only up to canonical equivalence).
  @Test func textAndFoldedAreTheBytes() {
    var long = 0
    for line in Self.lines {
      let bytes = Array(line.utf8)
      for token in Lexer.tokens(in: line) {
        let text = String(decoding: bytes[token.range], as: UTF8.self)
        #expect(token.text.utf8.elementsEqual(text.utf8), "\(text)")
        #expect(token.folded.utf8.elementsEqual(Lexer.fold(text).utf8), "\(text)")
        #expect(token.key == WordKey.of(token.folded), "\(text)")
        if token.storedText.high == 0 { long += 1 }
      }
    }
    #expect(long > 20)
  }

  /// The fused ASCII path (`TokenBuilder.make`) gives the tokens of the general path.
  @Test(arguments: [true, false])
  func fastPathAgreesWithGeneralPath(cues: Bool) {
    for line in Self.lines {
      let fast = Lexer.lex(line, cues: cues)
      let general = Lexer.lex(line, cues: cues, packs: false)
      // The general path stores more forms (`packs` false): compared by their bytes.
      #expect(fast.tokens.map(Self.fields) == general.tokens.map(Self.fields), "\(line)")
      #expect(fast.cues == general.cues, "\(line)")
    }
  }

  /// A token's fields, its forms as bytes.
  static func fields(_ token: TextToken) -> [String] {
    [
      Array(token.text.utf8).description, Array(token.folded.utf8).description,
      "\(token.range) \(token.kind) \(token.gap) \(token.key) \(token.cues) \(token.isNumberWord)",
    ]
  }

  /// A token made from its strings equals the lexed one; setting a form re-stores it.
  @Test func tokensFromStringsEqualLexedTokens() {
    for line in Self.lines {
      for token in Lexer.tokens(in: line) {
        let made = TextToken(
          kind: token.kind, text: token.text, folded: token.folded, range: token.range,
          gap: token.gap, isNumberWord: token.isNumberWord, cues: token.cues, key: token.key)
        #expect(made == token, "\(token.text)")
        var changed = token
        changed.folded = token.text + "x"
        #expect(changed.folded.utf8.elementsEqual((token.text + "x").utf8))
        #expect(changed.text.utf8.elementsEqual(token.text.utf8))
      }
    }
  }

  /// Long forms are stored by their bytes: canonically equivalent spellings stay apart, the
  /// same bytes give the same index, from any thread.
  @Test func longFormsAreStoredByTheirBytes() {
    let composed = "départementalisation"
    let decomposed = "de\u{301}partementalisation"
    #expect(composed == decomposed)
    let first = TokenText(composed)
    let second = TokenText(decomposed)
    #expect(first.high == 0 && second.high == 0)
    #expect(first != second)
    #expect(first == TokenText(String(composed.unicodeScalars)))
    #expect(second.string.utf8.elementsEqual(decomposed.utf8))
    let words = (0..<64).map { "mot-long-numéro-\($0 % 16)-\(String(repeating: "x", count: $0))" }
    let expected = words.map { TokenText($0) }
    let agreed = Flags(count: 8)
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      // Each thread has its own store: its indices agree with themselves, not with others'.
      let local = words.map { TokenText($0) }
      agreed.pointer[thread] = zip(words, local).allSatisfy { word, text in
        TokenText(word) == text && text.string == word
      }
    }
    #expect((0..<8).allSatisfy { agreed.pointer[$0] })
    agreed.pointer.deallocate()
    for (word, text) in zip(words, expected) { #expect(text.string == word) }
  }
}

/// The thread's store of long forms stays bounded: emptied at a document's start once past its
/// limit, and only then.
@Test func longFormStoreIsEmptiedPastItsLimit() {
  let store = TokenTextStore.current
  store.forgetIfLarger(than: 0)
  let words = (0..<40).map { "forme-très-longue-numéro-\($0)" }
  let texts = words.map { TokenText($0) }
  #expect(store.count == 40)
  #expect(zip(words, texts).allSatisfy { $0 == $1.string })
  store.forgetIfLarger(than: 40)
  #expect(store.count == 40)
  store.forgetIfLarger(than: 39)
  #expect(store.count == 0)
  #expect(TokenText(words[7]).string == words[7])
}

/// Extracting many documents full of distinct long words keeps the thread's store under its
/// limit plus one document's forms.
@Test func extractionKeepsLongFormsBounded() {
  let extractor = RecordExtractor()
  for document in 0..<6 {
    let words = (0..<4_000).map { "anticonstitutionnellement\(document)x\($0)" }
    let text = "Le " + words.joined(separator: " ") + "."
    let sentence = Sentence(
      text: text, span: SourceSpan(file: "d.md", line: 1, byteRange: 0..<text.utf8.count))
    _ = extractor.record(
      for: Document(
        id: "D\(document)", file: "d.md", kind: .question, format: "an-markdown",
        sections: [Section(kind: .question, sentences: [sentence])]))
    #expect(TokenTextStore.current.count <= TokenTextStore.retainedLimit + 4_000)
  }
}

/// One flag per thread, written by that thread only.
private struct Flags: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Bool>

  init(count: Int) {
    pointer = .allocate(capacity: count)
    pointer.initialize(repeating: false, count: count)
  }
}

import FrenchText
import Testing

@testable import Extraction

/// The lexer's byte-level reading and the cues it computes once per token agree with the
/// scanners' own word lists.
@Suite struct LexerCueTests {
  /// (text, expected tokens as written, expected kinds "w" word, "n" number, "s" symbol, and
  /// gaps "0" none, "1" one space, "2" wide).
  static let lexed: [(String, [String], String, String)] = [
    (
      "L’État verse 150\u{00A0}000 €.", ["L", "’", "État", "verse", "150", "000", "€", "."],
      "wswwnnss", "00011110"
    ),
    ("Œuvre\u{2028}sociale", ["Œuvre", "sociale"], "ww", "02"),
    ("a  b\tc", ["a", "b", "c"], "www", "021"),
    ("x😀y 4,5 %", ["x", "😀", "y", "4", ",", "5", "%"], "wswnsns", "0001001"),
    ("  ", [], "", ""),
  ]

  @Test(arguments: lexed)
  func lexes(_ row: (String, [String], String, String)) {
    let tokens = Lexer.tokens(in: row.0)
    #expect(tokens.map(\.text) == row.1)
    let kinds = tokens.map { $0.kind == .word ? "w" : $0.kind == .number ? "n" : "s" }
    #expect(kinds.joined() == row.2)
    let gaps = tokens.map { $0.gap == .none ? "0" : $0.gap == .space ? "1" : "2" }
    #expect(gaps.joined() == row.3)
    for token in tokens {
      let bytes = Array(row.0.utf8)[token.range]
      #expect(String(decoding: bytes, as: UTF8.self) == token.text)
      #expect(token.folded == Lexer.fold(token.text))
    }
  }

  static let words = [
    "deux", "mille", "vingt", "janvier", "sept", "mars", "article", "loi", "decret", "ministre",
    "ministere", "departements", "etat", "finance", "verse", "charge", "incombe", "sur", "tiers",
    "moitie", "demande", "souhaite", "premier", "depuis", "fin", "l", "de", "maison", "?", "'",
  ]

  @Test(arguments: words)
  func cuesAgreeWithTheLists(_ word: String) {
    let cues = TokenCues.of(word)
    #expect(cues.contains(.numberWord) == Lexer.numberWords.contains(word))
    #expect(cues.contains(.dateStart) == DateScanner.startWords.contains(word))
    #expect(cues.contains(.month) == (FrenchMonth.number(of: word) != nil))
    #expect(cues.contains(.referenceStart) == ReferenceScanner.startWords.contains(word))
    let actor =
      ActorLexicon.roles.byFirst[word] != nil || ActorLexicon.bodies.byFirst[word] != nil
      || word.hasPrefix("ministere")
    #expect(cues.contains(.actorStart) == actor)
    let trigger =
      FundingLexicon.triggers[word] != nil || FundingScanner.otherTriggers.contains(word)
    #expect(cues.contains(.fundingTrigger) == trigger)
    #expect(cues.contains(.ratio) == (word == "sur" || RatioScanner.fractions[word] != nil))
    #expect(cues.contains(.request) == MentionExtractor.requestCues.contains(word))
  }

  @Test func byteTableAgreesWithTheTable() {
    var words = Array(TokenCues.table.keys)
    words += ["", "x", "150", "maisons", "ministres", "surtout", "Deux", "é", "dépar"]
    for word in words {
      var copy = word
      #expect(copy.withUTF8 { TokenCues.of($0) } == TokenCues.of(word), "\(word)")
    }
  }

  @Test func wideClassesAgreeWithClassify() {
    for value in UInt32(0x80)..<0x3000 {
      let scalar = Unicode.Scalar(value)!
      #expect(Lexer.classifyWide(scalar, Lexer.wideClasses) == Lexer.classify(scalar))
    }
  }

  @Test func tokensCarryTheirCues() {
    let tokens = Lexer.tokens(in: "Deux tiers versés en Janvier")
    #expect(tokens.map(\.cues) == tokens.map { TokenCues.of($0.folded) })
    #expect(tokens[0].isNumberWord)
    #expect(Lexer.tokens(in: "deux", cues: false)[0].cues.isEmpty)
  }
}

import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The eighth session's scanner fast paths give what the general code gives: the stored-form
/// reads of a token (`ScanText`, `TokenText.sameForm`, `firstTextByte`, `lastTextByte`,
/// `textIsASCII`) are the `String` reads, on packed tokens and on tokens lexed without packing;
/// the form-keyed look-ups of `WordTable` and `PatternSet` find what the word-keyed ones find;
/// the thread's `ScanScratch` hands out false claimed flags whatever was claimed before.
@Suite struct ScanStoredFormTests {
  static var lines: [String] {
    FastPathKeyTests.allLines + ScannerFastPathTests.expressions + ScanGateTests.randomLines
      + [
        "M. Jean - Luc Bourgeaux", "Mme la ministre", "Mlle Dupont", "M", "M.", "MM. les",
        "financé", "FINANCÉES", "financée", "versés", "pris", "e\u{301}", "œuvre", "Ÿ",
        "abcdefghijklmnopqrstuvwxyz", "départementaux", "plafonnée à 3 %", "dans la limite de",
      ]
  }

  /// Each line lexed with packing (small stored forms) and without (every form stored long).
  static func views(_ line: String) -> [TokenView] {
    [true, false].map { TokenView(tokens: Lexer.lex(line, cues: true, packs: $0).tokens) }
  }

  static let constants: [ScanText] = [
    .capitalM, .mme, .mlle, .dot, .slash, .comma, .hyphen, ScanText("abcdefghijklmnopq"),
    ScanText("é"),
  ]

  @Test func storedFormReadsAreTheStringReads() {
    var packed = 0
    for line in Self.lines {
      for view in Self.views(line) {
        for token in view.tokens {
          if token.storedText.high != 0 { packed += 1 }
          #expect(token.firstTextByte == token.text.utf8.first ?? 0, "\(line)")
          #expect(token.textByteCount == token.text.utf8.count, "\(line)")
          #expect(token.foldedByteCount == token.folded.utf8.count, "\(line)")
          #expect(token.lastTextByte == token.text.utf8.last ?? 0, "\(line)")
          #expect(token.textIsASCII == !token.text.utf8.contains { $0 >= 0x80 }, "\(line)")
          for constant in Self.constants {
            #expect(token.hasText(constant) == (token.text == constant.text), "\(line)")
          }
        }
      }
    }
    #expect(packed > 1000)
  }

  @Test func sameFormIsByteEquality() {
    let words = [
      "", "a", "M", "Mme", "é", "e\u{301}", "État", "etat", "abcdefghijklmno", "abcdefghijklmnop",
    ]
    for left in words {
      for right in words {
        let form = TokenText(left)
        let other = TokenText.smallForm(of: right)
        // Byte equality: the look-ups compare the keys (hashes of the bytes) first, so "é"
        // and "e\u{301}" (equal `String`s) never reach this test together.
        #expect(
          TokenText.sameForm(form, other, right) == left.utf8.elementsEqual(right.utf8),
          "\(left) \(right)")
      }
    }
  }

  @Test func formLookUpsFindTheWordLookUps() {
    let tables: [WordTable<Bool>] = [
      RatioScanner.durations, MoneyQualifiers.notUnits, ChangeCue.increases,
      FundingScanner.recipientStops,
    ]
    for line in Self.lines {
      for view in Self.views(line) {
        for token in view.tokens {
          for table in tables {
            #expect(
              table.value(key: token.key, form: token.storedFolded)
                == table.value(key: token.key, word: token.folded), "\(line)")
          }
        }
        for index in 0...view.count {
          let sets = [QuantityLexicon.qualifiers]
          for set in sets {
            let end = view.pattern(endingBefore: index, in: set)
            let byWords = set.byLast[view.folded(index - 1) ?? ""]?.first {
              view.matches($0.0, at: index - $0.0.count)
            }
            #expect(end?.start == byWords.map { index - $0.0.count }, "\(line)")
          }
          let start = view.pattern(startingAt: index, in: QuantityLexicon.currencies)
          let byWords = QuantityLexicon.currencies.byFirst[view.folded(index) ?? ""]?.first {
            view.matches($0.0, at: index)
          }
          #expect(start?.end == byWords.map { index + $0.0.count }, "\(line)")
          #expect(start?.value == byWords?.1, "\(line)")
          #expect(
            ActorLexicon.roles.startsAt(index, in: view.tokens)
              == (view.pattern(startingAt: index, in: ActorLexicon.roles) != nil), "\(line)")
        }
      }
    }
  }

  @Test func claimedFlagsComeBackFalse() {
    let scratch = ScanScratch.current
    for count in [0, 3, 70, 5, 200, 1] {
      var flags = scratch.takeClaimed(count: count)
      #expect(flags.count >= count)
      #expect(!flags.contains(true))
      for index in 0..<count where index % 3 == 0 { flags[index] = true }
      scratch.give(claimed: flags, clearing: count)
    }
    let flags = scratch.takeClaimed(count: 10)
    #expect(!flags.contains(true))
    scratch.give(claimed: flags, clearing: 0)
  }

  /// A sentence without "sur" or a fraction word has no ratio: the skipped pass finds none.
  @Test func theRatioPassFindsNothingWithoutItsCue() {
    for line in Self.lines {
      let lexed = Lexer.lex(line, cues: true)
      guard !lexed.cues.tokens.contains(.ratio) else { continue }
      let view = TokenView(tokens: lexed.tokens)
      let claimed = [Bool](repeating: false, count: view.count)
      #expect(RatioScanner.scan(view, claimed: claimed).isEmpty, "\(line)")
    }
  }
}

import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Extraction

/// The sixth session's `MentionFacts` paths: the init that delegates to the memberwise init
/// sets no other fact, and the facts moved out of the scanners' results (`MentionExtractor.take`)
/// are whole, their `text` the bytes of their range, never a placeholder left behind.
struct FactsMoveTests {
  static let lines = [
    "Le 6 août dernier, 300 M€ ont été versés aux départements, soit 12,5 % de plus qu’en 2023.",
    "L’article L. 314-1 du code de l’action sociale prévoit entre 3 et 5 millions d’euros.",
    "La branche autonomie finance 1,2 milliard d’euros dès le 1er janvier 2025.",
    "Deux salariés sur trois, dont 500 000 environ, touchent la prime de 183 euros par mois.",
    "M. Dupont, ministre du travail, annonce jusqu’à 40 000 postes d’ici fin 2026.",
  ]

  /// Random French-like lines built from number, unit, date and reference pieces.
  static let randomLines: [String] = {
    var random = FuzzGenerator(seed: 19)
    let pieces = [
      "300", "12,5", "2024", "1er", "janvier", "juin", "dernier", "%", "€", "euros", "millions",
      "de", "d’", "entre", "et", "jusqu’à", "salariés", "sur", "trois", "article", "L.", "314-1",
      "loi", "du", "l’État", "départements", "ministre", "dès", "M.", "Dupont", ",", ".", " ",
      "\u{00A0}", "\u{202F}", "prime", "par", "mois", "environ", "dont",
    ]
    return (0..<300).map { _ in
      (0..<random.below(24) + 1).map { _ in pieces[random.below(pieces.count)] }
        .joined(separator: " ")
    }
  }()

  @Test(arguments: [MentionType.amount, .count, .date, .reference, .actor, .points])
  func initSetsNoOtherFact(type: MentionType) throws {
    let facts = MentionFacts(type: type, text: "x", value: .text("v"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(facts), as: UTF8.self)
    #expect(json == #"{"text":"x","type":"\#(type.rawValue)","value":"v"}"#)
  }

  @Test(arguments: lines)
  func movedFactsAreWhole(line: String) {
    checkMentions(of: line)
  }

  @Test func movedFactsAreWholeOnRandomLines() {
    for line in Self.randomLines { checkMentions(of: line) }
  }

  /// Each mention's text is its range's bytes, in text order, and the second extraction of the
  /// same line (a fresh context) gives the same mentions.
  func checkMentions(of line: String) {
    let date = CalendarDate(year: 2025, month: 3, day: 11)
    let found = MentionExtractor().mentions(in: line, documentDate: date)
    let bytes = Array(line.utf8)
    var last = (Int.min, Int.min)
    for mention in found {
      #expect(mention.facts.text == String(decoding: bytes[mention.range], as: UTF8.self))
      #expect(!mention.facts.text.isEmpty)
      #expect((mention.range.lowerBound, mention.range.upperBound) >= last)
      last = (mention.range.lowerBound, mention.range.upperBound)
    }
    #expect(MentionExtractor().mentions(in: line, documentDate: date) == found)
  }
}

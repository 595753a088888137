import Foundation
import FrenchText
import Testing

@testable import Extraction

/// The extraction's fast paths give what the general code gives: byte folding, the date
/// scanner's anchor skip, number words read alone, hyphens joined in names.
@Suite struct FastPathTests {
  @Test func byteFoldingAgreesWithFold() {
    for value in UInt32(0x80)..<0x3000 {
      let text = "A" + String(Character(Unicode.Scalar(value)!)) + "b"
      var copy = text
      let fast = copy.withUTF8 { FoldedBytes.fold($0) }
      if let fast { #expect(fast == Lexer.fold(text), "U+\(String(value, radix: 16))") }
    }
    for word in ["Œuvre", "ÉTAT", "déjà", "Ÿ", "Æsop", "nº", "l’État", "aʼb", "ça"] {
      var copy = word
      #expect(copy.withUTF8 { FoldedBytes.fold($0) } == Lexer.fold(word), "\(word)")
    }
    var combining = "e\u{301}t\u{E9}"
    #expect(combining.withUTF8 { FoldedBytes.fold($0) } == nil)
  }

  /// Every date form that holds no number and no month holds one of the anchor words.
  @Test func wordDateFormsHoldAnAnchor() {
    let lists = [
      DateLexicon.relativeYears.byFirst.values.flatMap { $0.map(\.0) },
      DateLexicon.relativeMonths.byFirst.values.flatMap { $0.map(\.0) },
      DateLexicon.yearNouns.byFirst.values.flatMap { $0.map(\.0) },
    ]
    for pattern in lists.joined() {
      #expect(pattern.contains { DateScanner.anchorWords.contains($0) }, "\(pattern)")
    }
    for season in DateLexicon.seasons.keys { #expect(DateScanner.anchorWords.contains(season)) }
  }

  static let filler = Array(repeating: "la mesure votée par le parlement", count: 6)
    .joined(separator: " et ")

  /// Dates far from any earlier number, month or anchor word are still read.
  @Test(arguments: [
    ("l'exercice 2024", "2024"), ("l'année dernière", "2024"), ("le mois dernier", "2025-02"),
    ("l'été 2022", "2022-SU"), ("second trimestre", "2025-Q2"), ("cette année", "2025"),
    ("au cours de l'exercice 2023", "2023"), ("l'hiver 2021", "2021-WI"),
  ])
  func nearDatesAreRead(_ row: (String, String)) {
    farDatesAreRead(row)
  }

  @Test(arguments: [
    ("au début de l'année", "2025"), ("à la fin de l'exercice", "2025"),
    ("il y a vingt-cinq ans", "2000"), ("cet été", "2025-SU"), ("l'an dernier", "2024"),
    ("le mois dernier", "2025-02"), ("au premier trimestre", "2025-Q1"),
    ("du premier au 4 juin 2024", "2024-06-01"), ("dans le courant de l'année 2023", "2023"),
  ])
  func farDatesAreRead(_ row: (String, String)) {
    let text = Self.filler + " " + row.0 + "."
    let dates = extract(text, date: CalendarDate(year: 2025, month: 3, day: 11))
      .filter { $0.type == .date }
    #expect(dates.first?.value == .text(row.1), "\(row.0)")
  }

  /// Only `articleID` reads a one-letter start word, and only as "L", "R", "D" or "A".
  @Test func oneLetterReferenceStartsAreArticleLetters() {
    let short = ReferenceScanner.startWords.filter { $0.utf8.count == 1 }
    #expect(short == ["l", "r", "d", "a"])
    let view = TokenView(tokens: Lexer.tokens(in: "l L à A d D x"))
    let scanner = ReferenceScanner(view: view, reference: nil)
    #expect(
      view.tokens.map { scanner.mayStart($0) } == [false, true, false, true, false, true, false])
    #expect(first(.reference, in: "selon l'article L. 314-6 du CASF")?.normalized == "CASF L314-6")
    #expect(first(.reference, in: "au sens du R 314-1 du CASF")?.normalized == "CASF R314-1")
  }

  @Test(arguments: [
    ("vingt et un salariés", 21, 3), ("un salarié", 1, 1), ("deux", 2, 1),
    ("trois-cents postes", 300, 3), ("mille euros", 1000, 1), ("cent %", 100, 1),
    ("quatre 5", 4, 1), ("six et sept", 6, 1),
  ])
  func numberWords(_ row: (String, Int, Int)) {
    let view = TokenView(tokens: Lexer.tokens(in: row.0))
    let number = NumberScanner.words(at: 0, in: view)
    #expect(number?.value == Decimal(row.1))
    #expect(number?.end == row.2)
  }

  @Test(arguments: [
    ("Jean - Luc", "Jean-Luc"), ("Jean-Luc", "Jean-Luc"), ("A - B - C", "A-B-C"), ("-", "-"),
    (" - ", "-"), ("Marie", "Marie"),
  ])
  func hyphensJoin(_ row: (String, String)) {
    #expect(ActorScanner.joiningHyphens(row.0) == row.1)
  }
}

import Foundation
import Testing

@testable import ParlIndexCommands

/// The RFC 4180 writer and its French spreadsheet dialect.
@Suite struct CSVWriterTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("", ""),
    ("a,b", "\"a,b\""),
    ("a;b", "a;b"),
    ("dit \"oui\"", "\"dit \"\"oui\"\"\""),
    ("ligne\nsuivante", "\"ligne\nsuivante\""),
    ("retour\rchariot", "\"retour\rchariot\""),
    ("l’accord du 4 juin 2024", "l’accord du 4 juin 2024"),
    ("183\u{00A0}€ nets", "183\u{00A0}€ nets"),
  ])
  func quotesOnlyWhatRFC4180Requires(field: String, expected: String) {
    #expect(CSVWriter(.rfc4180).field(field) == expected)
  }

  @Test(arguments: [
    ("a,b", "a,b"),
    ("a;b", "\"a;b\""),
    ("dit \"oui\"", "\"dit \"\"oui\"\"\""),
    ("x\ny", "\"x\ny\""),
  ])
  func excelQuotesItsOwnSeparator(field: String, expected: String) {
    #expect(CSVWriter(.excel).field(field) == expected)
  }

  @Test func aTableHasAHeaderAndCRLFLineEnds() {
    let text = CSVWriter().table(header: ["id", "line"], rows: [["AN-17-QE-3175", "15"]])
    #expect(text == "id,line\r\nAN-17-QE-3175,15\r\n")
  }

  @Test func excelStartsWithTheByteOrderMarkAndSeparatesWithSemicolons() {
    let text = CSVWriter(.excel).table(header: ["measure", "value"], rows: [["a, b", "0.5"]])
    #expect(Array(text.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(text.dropFirst() == "measure;value\r\na, b;0.5\r\n")
  }

  @Test func anEmptyResultIsTheHeaderAlone() {
    #expect(CSVWriter().table(header: ["a", "b"], rows: []) == "a,b\r\n")
  }

  @Test(arguments: [
    (Decimal(string: "300000000")!, "300000000", "300000000"),
    (Decimal(string: "38.5")!, "38.5", "38,5"),
    (Decimal(string: "-0.25")!, "-0.25", "-0,25"),
    (Decimal(183), "183", "183"),
  ])
  func numbersUseADotOrAFrenchDecimalComma(value: Decimal, plain: String, excel: String) {
    #expect(CSVWriter(.rfc4180).number(value) == plain)
    #expect(CSVWriter(.excel).number(value) == excel)
  }

  @Test(arguments: [
    (38.5, 1, "38.5"), (0.6666666, 3, "0.667"), (1.0, 3, "1"), (0.3065, 4, "0.3065"),
  ])
  func doublesAreRoundedWithoutTrailingZeros(value: Double, decimals: Int, expected: String) {
    #expect(CSVWriter().number(value, decimals: decimals) == expected)
  }

  @Test func missingNumbersAreEmptyNotZero() {
    #expect(CSVWriter().number(nil as Decimal?) == "")
  }
}

import Foundation
import FrenchText
import Testing

@Suite struct NumberParsingTests {
  static let cases: [(String, String)] = [
    ("150 000", "150000"), ("150\u{00A0}000", "150000"), ("1\u{202F}200\u{202F}000", "1200000"),
    ("4,5", "4.5"), ("2.500,50", "2500.5"), ("1 550", "1550"), ("0,1", "0.1"), ("2024", "2024"),
  ]

  @Test(arguments: cases)
  func parses(_ row: (String, String)) {
    #expect(FrenchNumber.parse(row.0) == Decimal(string: row.1))
  }

  @Test(arguments: ["", "1 50", "12 3456", "4,", "abc", "1,2,3"])
  func rejects(_ text: String) {
    #expect(FrenchNumber.parse(text) == nil)
  }

  @Test func decimalsAreExact() {
    let value = FrenchNumber.parse("0,1")! + FrenchNumber.parse("0,2")!
    #expect(value == Decimal(string: "0.3"))
  }

  @Test(arguments: [("janvier", 1), ("févr", 2), ("aout", 8), ("dec", 12), ("decembre", 12)])
  func month(_ row: (String, Int)) {
    let folded = row.0.replacingOccurrences(of: "é", with: "e")
    #expect(FrenchMonth.number(of: folded) == row.1)
  }
}

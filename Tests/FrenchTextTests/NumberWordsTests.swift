import Foundation
import FrenchText
import Testing

@Suite struct NumberWordsTests {
  static let cases: [(String, Int)] = [
    ("un", 1), ("trois", 3), ("dix", 10), ("dix sept", 17), ("vingt et un", 21), ("vingt deux", 22),
    ("soixante dix", 70), ("soixante et onze", 71), ("quatre vingt", 80), ("quatre vingts", 80),
    ("quatre vingt dix", 90), ("quatre vingt dix neuf", 99), ("cent", 100), ("deux cents", 200),
    ("deux cent cinquante", 250), ("mille", 1000), ("deux mille", 2000),
    ("trois mille deux cent quarante", 3240), ("mille neuf cent quatre vingt", 1980),
  ]

  @Test(arguments: cases)
  func value(_ row: (String, Int)) {
    let words = row.0.split(separator: " ").map(String.init)
    let parsed = NumberWords.parse(words)
    #expect(parsed?.value == row.1)
    #expect(parsed?.length == words.count)
  }

  @Test func stopsAtAWordThatIsNotANumber() {
    #expect(NumberWords.parse(["trois", "présidents"])?.length == 1)
    #expect(NumberWords.parse(["deux", "trois"])?.value == 2)
    #expect(NumberWords.parse(["trois", "millions"])?.length == 1)
    #expect(NumberWords.parse(["salariés"]) == nil)
  }
}

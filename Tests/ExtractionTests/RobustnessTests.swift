import Testing

@testable import Extraction

/// Truncated and odd inputs: the extractor never traps and never invents an impossible date.
@Suite struct RobustnessTests {
  @Test(arguments: [
    "", " ", "€", "n°", "1", "-", "article", "du 4 au", "entre 2 et", "l'", "1er", "mi-", "fin",
    "il y a", "de 10 à", "300 M", "4 milliards d", "le 6 août", "avec effet", "jusqu'", "L.",
    "la loi n°", "2024-", "14/03/", "un sur", "la moitié", "\u{00A0}\u{202F}", "(3<sup>e",
  ])
  func truncated(_ text: String) {
    for mention in extract(text) {
      #expect(!mention.text.isEmpty)
      #expect(mention.range.upperBound <= text.utf8.count)
    }
  }

  @Test func impossibleDayIsNotADate() {
    let found = extract("le 31 février 2024")
    #expect(!found.contains { $0.value == .text("2024-02-31") })
  }

  @Test func textMatchesItsRange() {
    let text = "Près de 700\u{202F}000 salariés, dès juillet 2024, à hauteur de 300\u{00A0}M€."
    let bytes = Array(text.utf8)
    for mention in extract(text) {
      #expect(String(decoding: bytes[mention.range], as: UTF8.self) == mention.text)
    }
  }
}

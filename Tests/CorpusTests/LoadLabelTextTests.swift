import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The byte shortcuts of the page readers' label tests (`LabelText`) and of the CSV sniffer
/// (`SenatCSVReader.asciiContains`) give what the general paths give, on the labels, on real
/// French lines and on random lines with decomposed accents, combining marks, joiners, prepend
/// characters and line breaks.
struct LoadLabelTextTests {
  static let labels = [
    "Question écrite n°", "Question orale n°", "publiée dans le JO Sénat du", "publiée",
    "Concerne le thème", "Transmise au ", "Transmise à ", "Réponse du ", "Réponse de ",
    "Réponse d", "En attente de réponse du ", "La question a été retirée",
    "La question est caduque", "Transformée en ", "Erratum", "Rappelle la question n°",
    "Transmise ", "En attente de réponse", "législature", "du ", "de la ", "de l'", "de l’",
    "des ", "la ", "l'", "l’", "", "é", "e",
  ]

  static let pieces =
    labels + [
      " ", "\t", "\r", "\n", "\r\n", "\u{00A0}", "\u{202F}", "\u{301}", "\u{327}", "\u{200D}",
      "\u{600}", "e\u{301}", "E\u{301}", "R", "Re", "Ré", "Q", "Ques", "publi", "e\u{301}e",
      "ature", "x", "1", "°", "\u{1F1EB}", "\u{1F600}", "’", "ſ", "K", "\u{212A}", "Å", "A\u{30A}",
    ]

  static let realLines = [
    "Question écrite n° 00108 de Mme Léa Sorre (Charente - Les Républicains)",
    "publiée dans le JO Sénat du 12/09/2024 - page 3381",
    "Réponse du Ministère de l’économie - Sous-secrétariat",
    "Re\u{301}ponse du Ministère", "17e législature", "17e le\u{301}gislature",
    "Transmise au Ministère de la santé", "La question a été retirée pour cause de fin de mandat.",
    "Erratum : JO Sénat du 12/12/2024, p. 4321", "M. Jean Dupont attire l’attention de",
  ]

  static func line(_ random: inout FuzzGenerator) -> String {
    (0..<random.below(6)).map { _ in pieces[random.below(pieces.count)] }.joined()
  }

  @Test(arguments: labels)
  func labelsAgreeOnRealLines(label: String) {
    for line in Self.realLines + Self.labels {
      #expect(LabelText.hasPrefix(line, label) == line.hasPrefix(label), "\(line) / \(label)")
      #expect(LabelText.hasSuffix(line, label) == line.hasSuffix(label), "\(line) / \(label)")
    }
  }

  @Test func labelsAgreeOnRandomLines() {
    var random = FuzzGenerator(seed: 70_001)
    for number in 0..<20_000 {
      let line = Self.line(&random)
      let label = Self.labels[random.below(Self.labels.count)]
      #expect(
        LabelText.hasPrefix(line, label) == line.hasPrefix(label),
        "case \(number): \(line.debugDescription) / \(label)")
      #expect(
        LabelText.hasSuffix(line, label) == line.hasSuffix(label),
        "case \(number): \(line.debugDescription) / \(label)")
    }
  }

  @Test func bytesDecideMostLines() {
    // The shortcut must actually answer on ordinary lines (else it saves nothing).
    let answered = Self.realLines.filter { line in
      Array(line.utf8).withUnsafeBufferPointer { text in
        Array("Concerne le thème".utf8).withUnsafeBufferPointer { label in
          LabelText.prefixDecision(text, label) != nil
        }
      }
    }
    #expect(answered.count == Self.realLines.count)
  }

  @Test func csvWordsAgree() {
    var random = FuzzGenerator(seed: 70_002)
    let words = ["nature", "titre", "n", "", "ab", "N"]
    let parts = [
      "Nature", "TITRE", "nat", "ure", "titr", ";", "é", "\u{00A0}", "x", "n", "e", "N", "Ab", "aB",
    ]
    for number in 0..<10_000 {
      let text = (0..<random.below(12)).map { _ in parts[random.below(parts.count)] }.joined()
      let bytes = Array(text.utf8)
      let start = bytes.isEmpty ? 0 : random.below(bytes.count)
      let slice = bytes[start...]
      for word in words {
        let fast: Bool
        switch word {
        case "nature": fast = SenatCSVReader.asciiContains(slice, "nature")
        case "titre": fast = SenatCSVReader.asciiContains(slice, "titre")
        case "n": fast = SenatCSVReader.asciiContains(slice, "n")
        case "ab": fast = SenatCSVReader.asciiContains(slice, "ab")
        case "N": fast = SenatCSVReader.asciiContains(slice, "N")
        default: fast = SenatCSVReader.asciiContains(slice, "")
        }
        #expect(
          fast == SenatCSVReader.generalASCIIContains(slice, word),
          "case \(number): \(text.debugDescription) \(word)")
      }
    }
  }
}

/// The Sénat page's publication dates read without splitting give what
/// `CalendarDate(parsing:)` gives.
struct LoadPageDateTests {
  @Test(arguments: [
    " 12/09/2024", "12/09/2024", " 29/02/2024", " 29/02/2023", " 31/04/2024", " 00/01/2024",
    " 1/09/2024 ", " 12/13/2024", "12/09/2024 ", " 12-09-2024", "  12/09/202", " 12/09/20245",
    "", " ", " ab/cd/efgh", " 12/09/2024\u{301}", "\u{00A0}12/09/2024", " ١٢/09/2024",
  ])
  func sameAsParsing(text: String) {
    #expect(SenatPageLayout.date(Substring(text)) == CalendarDate(parsing: text))
  }

  @Test func randomDatesAgree() {
    var random = FuzzGenerator(seed: 70_201)
    let pieces = ["0", "1", "2", "3", "9", "/", " ", "-", "a", "é", "\u{301}", "12", "2024"]
    for number in 0..<5_000 {
      let text = (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
      #expect(
        SenatPageLayout.date(Substring(text)) == CalendarDate(parsing: text),
        "case \(number): \(text.debugDescription)")
    }
  }
}

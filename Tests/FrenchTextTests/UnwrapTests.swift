import FrenchText
import Testing

/// PDF and page text back into paragraphs: wrapped lines, hyphenation, stray lines, page marks.
struct UnwrapTests {
  static func paragraphs(_ lines: [String], layout: LineUnwrapper.Layout? = nil) -> [String] {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    var items: [LineUnwrapper.Line] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      items.append(LineUnwrapper.classify(bytes, line: start..<index))
      start = index + 1
    }
    items.append(LineUnwrapper.classify(bytes, line: start..<bytes.count))
    let chosen = layout ?? LineUnwrapper.layout(of: items)
    return LineUnwrapper().paragraphs(items, layout: chosen).map(\.text)
  }

  @Test(arguments: [
    (["médico-", "", "social et ", "", "autre ", " "], "médico-social et autre"),
    (["reconnais-", "", "sance due ", "", "à tous. ", " "], "reconnaissance due à tous."),
    (["en Haute-", "", "Garonne. ", "", "Fin. ", " "], "en Haute-Garonne. Fin."),
    (
      ["aide-", "", "soignants et ", "", "sapeurs-", "", "pompiers. ", " "],
      "aide-soignants et sapeurs-pompiers."
    ),
    (["pourra-", "", "t-il le faire ", "", "demain ? ", " "], "pourra-t-il le faire demain ?"),
    (
      ["financé à ", "", "\u{0C}Page 2/3 ", "", "hauteur de 300 M€. ", " "],
      "financé à hauteur de 300 M€."
    ),
    (
      ["les 4 milliards ", "", "- 2 - ", "", "d'euros versés. ", " "],
      "les 4 milliards d'euros versés."
    ),
  ])
  func joinsWrappedLines(lines: [String], paragraph: String) {
    #expect(Self.paragraphs(lines) == [paragraph])
  }

  @Test func pdfParagraphsEndAtLinesOfSpaces() {
    let lines = [
      "Une phrase qui se ", "", "poursuit. ", "  ", "", "Un autre ", "", "paragraphe. ", " . ",
      "Fin. ",
    ]
    #expect(
      Self.paragraphs(lines) == ["Une phrase qui se poursuit.", "Un autre paragraphe.", "Fin."])
  }

  @Test func blankLineParagraphs() {
    let lines = ["Une ligne coupée", "au milieu.", "", "Second paragraphe", "en deux lignes."]
    #expect(
      Self.paragraphs(lines) == [
        "Une ligne coupée au milieu.", "Second paragraphe en deux lignes.",
      ])
  }

  @Test func linePerParagraphJoinsOnlyContinuations() {
    let lines = [
      "Un paragraphe complet.", "", "Un autre qui n'en", "", "finit pas.", "", "Titre", "",
      "Suite.",
    ]
    #expect(
      Self.paragraphs(lines, layout: .linePerParagraph) == [
        "Un paragraphe complet.", "Un autre qui n'en finit pas.", "Titre", "Suite.",
      ])
  }

  @Test func keepsOriginsOfEveryByte() {
    let bytes = Array("ab \n\ncd ".utf8)
    let lines = [
      LineUnwrapper.classify(bytes, line: 0..<3), .empty,
      LineUnwrapper.classify(bytes, line: 5..<8),
    ]
    let paragraph = LineUnwrapper().paragraphs(lines, layout: .pdf)
    #expect(paragraph.map(\.text) == ["ab cd"])
    #expect(paragraph.first?.origins == [0, 1, 2, 5, 6])
  }
}

/// The text's own spelling decides a hyphen at a line end.
struct UnwrapHyphenEvidenceTests {
  @Test(arguments: [
    (
      ["Le porte-parole parle. Le porte-", "", "parole répond. ", " "],
      "Le porte-parole parle. Le porte-parole répond."
    ),
    (["La conven- ", "", "tion et la convention. ", " "], "La convention et la convention."),
    (["Les salariés multi- ", "", "employeurs. ", " "], "Les salariés multi-employeurs."),
  ])
  func usesTheTextsSpelling(lines: [String], paragraph: String) {
    #expect(UnwrapTests.paragraphs(lines) == [paragraph])
  }
}

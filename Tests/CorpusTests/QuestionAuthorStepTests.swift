import FuzzSupport
import Testing

@testable import Corpus

/// The byte path of the author-name reader (`QuestionAuthorNameBytes`) decides every word as
/// the character path does (`QuestionAuthorName.generalStep`), and names stay as before.
struct QuestionAuthorStepTests {
  static let pieces =
    Array(QuestionAuthorName.verbs) + Array(QuestionAuthorName.particles) + [
      "ATTIRE", "Attire", "aTTire", "D'", "d'", "d’", "D’", "Dupont", "Élise", "émile", "Gaëlle",
      "Saint-Martin", "M.", "Mme", "1er", "l'", "L", "x", "Y", "é", "É", "-", "'", ".", ",", "«",
      "Œ", "ſ", "ǅ", "İ", "Ⅻ", "attirer", "interroger", "s'", "S'", "inquiète",
    ]

  @Test func stepsAsOnCharacters() {
    var random = FuzzGenerator(seed: 42_000)
    for number in 0..<6_000 {
      let word = (0...random.below(2)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
        .joined()
      for hasName in [false, true] {
        let general = QuestionAuthorName.generalStep(word[...], hasName: hasName)
        #expect(
          QuestionAuthorName.step(word[...], hasName: hasName) == general,
          "case \(number): \(word.debugDescription) \(hasName)")
      }
    }
  }

  @Test(
    arguments: [
      ("M. Ian Boucard attire l'attention", "Ian Boucard"),
      ("Mme Marie-Charlotte Garin interroge M. le ministre", "Marie-Charlotte Garin"),
      ("M. Jean de La Fontaine d'interroger", nil),
      ("M. Jean Dupont d'ATTIRE", "Jean Dupont de"),
      ("Mme\u{00A0}Gaëlle Saint-Martin appelle l’attention", "Gaëlle Saint-Martin"),
      ("M. Paul von Trapp ATTIRE", "Paul von Trapp"),
      ("M. paul attire", nil),
      ("Le député attire", nil),
    ] as [(String, String?)])
  func namesAsBefore(opening: String, expected: String?) {
    #expect(QuestionAuthorName.name(inOpening: opening) == expected)
  }
}

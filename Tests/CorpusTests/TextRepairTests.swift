import Corpus
import FrenchText
import Testing

/// Mojibake (UTF-8 read as Windows-1252) repaired in sentences, offsets kept.
struct TextRepairTests {
  @Test(arguments: [
    ("La rÃ©forme du SÃ©gur", "La réforme du Ségur"),
    ("lâ€™accord du 4 juin", "l’accord du 4 juin"),
    ("la mise en Å“uvre Â« vite Â»", "la mise en œuvre « vite »"),
    ("Déjà correct : État, œuvre, « Ségur »", "Déjà correct : État, œuvre, « Ségur »"),
    ("Ã", "Ã"),
  ])
  func repairs(text: String, expected: String) {
    let buffer = TextRepairBuffer(bytes: Array(text.utf8), origin: 10)
    let repaired = TextRepairMojibake.repaired(buffer)
    #expect(repaired.text == expected)
    #expect(repaired.origins.first == 10)
    #expect(repaired.origins == repaired.origins.sorted())
  }

  @Test func sentencesOfAFileAreRepaired() throws {
    let document = try #require(TestSupport.document("Le dÃ©cret est publiÃ©. La suite."))
    #expect(document.sentences.map(\.text) == ["Le décret est publié.", "La suite."])
    #expect(document.sentences.map(\.span.byteRange) == [0..<27, 28..<37])
  }
}

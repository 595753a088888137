import Corpus
import FrenchText
import Testing

@testable import Search

struct SnippetMakerTests {
  let maker = SnippetMaker(analyzer: FrenchAnalyzer())
  let parser = QueryParser(analyzer: FrenchAnalyzer())

  /// A question: title on line 1, question sentences from line 3, answer sentences from line 10.
  static let document: Document = {
    func sentences(_ texts: [String], from line: Int) -> [Sentence] {
      texts.enumerated().map { index, text in
        Sentence(text: text, span: SourceSpan(file: "q.md", line: line + index, byteRange: 0..<1))
      }
    }
    return Document(
      id: "AN-17-QE-1", file: "q.md", kind: .question, format: "test",
      sections: [
        Section(kind: .title, sentences: sentences(["Prime Ségur des départements"], from: 1)),
        Section(
          kind: .question,
          sentences: sentences(
            [
              "M. Dupont attire l’attention de la ministre.",
              "Les salariés du secteur médico-social attendent la prime Ségur.",
            ], from: 3)),
        Section(
          kind: .answer,
          sentences: sentences(
            [
              "L’accord du 4 juin 2024 a été agréé.",
              "Les départements financent la prime Ségur à hauteur de 150\u{202f}000 euros.",
              "Voir l’article L. 314-6 du code de l’action sociale et des familles.",
            ], from: 10)),
      ])
  }()

  @Test(arguments: [
    ("ségur", "Les salariés du secteur médico-social attendent la prime [Ségur].", 4),
    (
      "prime ségur départements",
      "Les [départements] financent la [prime] [Ségur] à hauteur de 150\u{202f}000 euros.", 11
    ),
    ("\"prime ségur\"", "Les salariés du secteur médico-social attendent la [prime Ségur].", 4),
    ("médicosocial", "Les salariés du secteur [médico-social] attendent la prime Ségur.", 4),
    ("\"médico social\"", "Les salariés du secteur [médico-social] attendent la prime Ségur.", 4),
    ("accord", "L’[accord] du 4 juin 2024 a été agréé.", 10),
    (
      "financ*", "Les départements [financent] la prime Ségur à hauteur de 150\u{202f}000 euros.",
      11
    ),
    (
      "150 000", "Les départements financent la prime Ségur à hauteur de [150\u{202f}000] euros.",
      11
    ),
    (
      "L. 314-6",
      "Voir l’article [L. 314-6] du code de l’action sociale et des familles.", 12
    ),
    ("ségur -départements", "Les salariés du secteur médico-social attendent la prime [Ségur].", 4),
    ("introuvable", "M. Dupont attire l’attention de la ministre.", 3),
  ])
  func snippet(query: String, text: String, line: Int) throws {
    let snippet = maker.snippet(for: Self.document, query: try parser.parse(query))
    #expect(snippet == Snippet(text: text, file: "q.md", line: line))
  }

  @Test func titleWinsOnlyWithMoreWords() throws {
    let titleOnly = try parser.parse("ségur départements prime")
    // The answer sentence holds the three words too: it beats the title on the tie.
    #expect(maker.snippet(for: Self.document, query: titleOnly)?.line == 11)
    let document = Document(
      id: "x", file: "x.txt", kind: .announcement, format: "test",
      sections: [
        Section(
          kind: .title,
          sentences: [
            Sentence(
              text: "Œuvre commune", span: SourceSpan(file: "x.txt", line: 1, byteRange: 0..<1))
          ]),
        Section(
          kind: .body,
          sentences: [
            Sentence(
              text: "Une oeuvre.", span: SourceSpan(file: "x.txt", line: 2, byteRange: 0..<1))
          ]),
      ])
    #expect(
      maker.snippet(for: document, query: .and([.term("oeuvre"), .term("commune")]))?.line == 1)
    #expect(maker.snippet(for: document, query: .term("oeuvre"))?.text == "Une [oeuvre].")
  }

  @Test func longSentenceIsCutAroundTheMatches() {
    let words = (1...80).map { "mot\($0)" }
    var sentence = words
    sentence[50] = "Ségur"
    let document = Document(
      id: "x", file: "x.txt", kind: .announcement, format: "test",
      sections: [
        Section(
          kind: .body,
          sentences: [
            Sentence(
              text: sentence.joined(separator: " "),
              span: SourceSpan(file: "x.txt", line: 7, byteRange: 0..<1))
          ])
      ])
    let snippet = maker.snippet(for: document, query: .term("segur"))
    let expected =
      "… " + words[45..<50].joined(separator: " ") + " [Ségur] "
      + words[51..<75].joined(separator: " ") + " …"
    #expect(snippet?.text == expected)
    #expect(snippet?.line == 7)
  }

  @Test func compoundCountsAsOneWord() {
    func sentence(_ text: String, _ line: Int) -> Sentence {
      Sentence(text: text, span: SourceSpan(file: "x.txt", line: line, byteRange: 0..<1))
    }
    let document = Document(
      id: "x", file: "x.txt", kind: .announcement, format: "test",
      sections: [
        Section(
          kind: .body,
          sentences: [
            sentence("Le médico-social.", 1), sentence("La prime et le secteur.", 2),
          ])
      ])
    let query = try? QueryParser(analyzer: FrenchAnalyzer()).parse("médico-social prime secteur")
    #expect(query.flatMap { maker.snippet(for: document, query: $0) }?.line == 2)
  }

  @Test func emptyDocumentHasNoSnippet() {
    let document = Document(id: "x", file: "x.txt", kind: .announcement, format: "test")
    #expect(maker.snippet(for: document, query: .term("segur")) == nil)
  }
}

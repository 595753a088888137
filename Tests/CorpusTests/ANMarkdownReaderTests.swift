import Corpus
import FrenchText
import Testing

/// The layout variations of Assemblée pages exported to Markdown (formats.md §4.1).
struct ANMarkdownReaderTests {
  /// A page with the given title line, section heading mark, and "Données clés" lines.
  static func page(title: String, mark: String, data: [String], answer: String) -> String {
    let lines =
      [
        "", "", "", "", "# ASSEMBLÉE NATIONALE", "17ème législature", title,
        "Question écrite n° 42",
        "\(mark) Texte de la question",
        "M. Jean Test attire l'attention de M. le ministre sur le financement de 300 M€.",
        "\(mark) Texte de la réponse", answer, "\(mark) Données clés",
      ] + data
    return lines.joined(separator: "\n\n")
  }

  static let colonInside = [
    "**Auteur :** [M. Jean Test](#)",
    "**Circonscription :** Rhône (3<sup>e</sup> circonscription) - Écologiste et Social",
    "**Type de question :** Question écrite",
    "**Numéro de la question :** 42",
    "**Rubrique :** Professions et activités sociales",
    "**Ministère interrogé :** [Santé et accès aux soins](#)",
    "**Ministère attributaire :** [Travail, santé, solidarités et familles](#)",
    "## Date(s) clé(s)",
    "**Question publiée au JO le :** [1er octobre 2024](#), page 5629",
    "**Réponse publiée au JO le :** [3 décembre 2024](#), page 6484",
  ]

  static let colonOutsidePlain = [
    "**Auteur** : M. Jean Test",
    "**Circonscription** : Territoire de Belfort (1<sup>re</sup> circonscription) - Droite Républicaine",
    "**Type de question** : Question écrite",
    "**Numéro de la question** : 42",
    "**Rubrique** : Professions et activités sociales",
    "**Ministère interrogé** : Santé et accès aux soins",
    "**Ministère attributaire** : Travail, santé, solidarités et familles",
    "Date(s) clé(e)s",
    "**Question publiée au JO le** : 1er octobre 2024, page 5629",
    "**Réponse publiée au JO le** : 3 décembre 2024, page 6484",
  ]

  static let answer = "Le Gouvernement a financé 300 M€. Les accords ont été agréés."

  @Test(arguments: [
    ("## Prime Ségur", "##", colonInside, "Rhône (3e circonscription)", "Écologiste et Social"),
    ("Prime Ségur", "###", colonInside, "Rhône (3e circonscription)", "Écologiste et Social"),
    (
      "## Prime Ségur", "###", colonOutsidePlain, "Territoire de Belfort (1re circonscription)",
      "Droite Républicaine"
    ),
  ])
  func readsEveryLayout(
    title: String, mark: String, data: [String], constituency: String, group: String
  ) throws {
    let text = Self.page(title: title, mark: mark, data: data, answer: Self.answer)
    let outcome = TestSupport.load(text, name: "page.md")
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(document.id == "AN-17-QE-42")
    #expect(document.format == "an-markdown" && document.kind == .question)
    #expect(document.chamber == .assemblee && document.legislature == 17)
    #expect(document.type == "QE" && document.number == 42)
    #expect(document.title == "Prime Ségur")
    #expect(document.author?.name == "Jean Test")
    #expect(document.author?.constituency == constituency)
    #expect(document.author?.group == group)
    #expect(document.rubric == "Professions et activités sociales")
    #expect(document.ministryAsked == "Santé et accès aux soins")
    #expect(document.ministryAnswering == "Travail, santé, solidarités et familles")
    #expect(document.questionDate == CalendarDate(year: 2024, month: 10, day: 1))
    #expect(document.date == document.questionDate && document.dateSource == .questionPublication)
    #expect(document.questionPage == 5629)
    #expect(document.answerDate == CalendarDate(year: 2024, month: 12, day: 3))
    #expect(document.answerPage == 6484)
    #expect(document.status == "answered")
    #expect(document.sections.map(\.kind) == [.title, .question, .answer])
    let answer = try #require(document.sections.last)
    #expect(
      answer.sentences.map(\.text) == [
        "Le Gouvernement a financé 300 M€.", "Les accords ont été agréés.",
      ])
    #expect(TestSupport.spansMatch(document, in: text))
    let all = document.sentences.map(\.text).joined(separator: " ")
    #expect(!all.contains("Auteur") && !all.contains("**") && !all.contains("(#)"))
  }

  @Test func joinsAParagraphBrokenInMidSentence() throws {
    let answer =
      "Ils ont conclu deux accords, l'un permettant d'étendre le Ségur aux professionnels n'en"
      + "\n\nbénéficiant pas encore. Ces accords sont signés."
    let text = Self.page(title: "Titre", mark: "##", data: Self.colonInside, answer: answer)
    let document = try #require(TestSupport.document(text))
    let sentences = try #require(document.sections.last?.sentences)
    #expect(
      sentences.map(\.text) == [
        "Ils ont conclu deux accords, l'un permettant d'étendre le Ségur aux professionnels n'en "
          + "bénéficiant pas encore.",
        "Ces accords sont signés.",
      ])
    #expect(sentences.map(\.span.line) == [23, 25])
    #expect(TestSupport.spansMatch(document, in: text))
  }

  @Test func readsTheMemberIDFromTheAuthorLink() throws {
    var data = Self.colonInside
    data[0] = "**Auteur :** [M. Jean Test](https://www.assemblee-nationale.fr/dyn/deputes/PA720430)"
    let text = Self.page(title: "Titre", mark: "##", data: data, answer: Self.answer)
    let document = try #require(TestSupport.document(text))
    #expect(document.author?.id == "PA720430" && document.author?.name == "Jean Test")
    let plain = Self.page(title: "Titre", mark: "##", data: Self.colonInside, answer: Self.answer)
    #expect(TestSupport.document(plain)?.author?.id == nil)
  }

  @Test func unansweredPageHasNoAnswer() throws {
    let text = [
      "# ASSEMBLÉE NATIONALE", "16e législature", "## Titre", "Question écrite n° 7",
      "## Texte de la question", "Mme Anne Test interroge M. le ministre.", "## Données clés",
      "**Auteur :** Mme Anne Test",
      "**Question publiée au JO le :** 2 février 2023, page 12",
    ].joined(separator: "\n\n")
    let document = try #require(TestSupport.document(text))
    #expect(document.id == "AN-16-QE-7" && document.status == "unanswered")
    #expect(document.answerDate == nil && document.answerPage == nil)
    #expect(document.author?.name == "Anne Test" && document.author?.group == nil)
    #expect(!document.sections.contains { $0.kind == .answer })
  }
}

/// Windows line ends and a byte-order mark change nothing but the offsets.
struct LineEndTests {
  @Test func readsCRLFWithByteOrderMark() throws {
    let text = ANMarkdownReaderTests.page(
      title: "## Prime Ségur", mark: "##", data: ANMarkdownReaderTests.colonInside,
      answer: ANMarkdownReaderTests.answer)
    let plain = try #require(TestSupport.document(text))
    let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    let document = try #require(TestSupport.document(windows))
    #expect(document.id == plain.id && document.author == plain.author)
    #expect(document.answerPage == plain.answerPage && document.rubric == plain.rubric)
    #expect(document.sentences.map(\.text) == plain.sentences.map(\.text))
    #expect(document.sentences.map(\.span.line) == plain.sentences.map(\.span.line))
    let bytes = Array(windows.utf8)
    for sentence in document.sentences {
      #expect(bytes[sentence.span.byteRange.lowerBound] == sentence.text.utf8.first)
    }
  }
}

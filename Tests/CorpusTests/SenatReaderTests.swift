import Corpus
import FrenchText
import Testing

/// Sénat question text: the PDF extraction (formats.md §4.2) and the page saved as text.
struct SenatReaderTests {
  static func pdfText(id: String) -> String {
    [
      " Aide aux communes rurales ", "", " ", "   ", "",
      "Le Gouvernement a engagé un financement de 300 millions d'euros qui ont été pris ", "",
      "en charge par l'article L. 314-6 du Code de l'action ", "",
      "sociale et des familles. Les reconnais- ", "", "sances sont médico- ", "",
      "sociales. ", " ", "", "Un second paragraphe. ", "",
      "QE Aide aux communes rurales - Sénat ", "",
      "Jeanne Exemple Question écrite M. le ministre de l'intérieur Mme la ministre ", "",
      "déléguée auprès du ministre chargée de la ru... ", "",
      "https://www.senat.fr/basile/visio.do?id=\(id) ", " ",
    ].joined(separator: "\n")
  }

  @Test func readsThePDFText() throws {
    let text = Self.pdfText(id: "qSEQ241001929")
    let outcome = TestSupport.load(text, name: "senat.txt")
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(document.id == "SENAT-17-QE-1929" && document.format == "senat-pdf-text")
    #expect(document.chamber == .senat && document.legislature == 17 && document.number == 1929)
    #expect(document.type == "QE" && document.title == "Aide aux communes rurales")
    #expect(document.author?.name == "Jeanne Exemple" && document.author?.group == nil)
    #expect(document.ministryAsked == "ministre de l'intérieur")
    #expect(document.ministryAnswering == nil && document.date == nil)
    #expect(document.questionDate == nil && document.answerPage == nil)
    #expect(document.status == "answered")
    #expect(document.sections.map(\.kind) == [.title, .answer])
    let answer = try #require(document.sections.last).sentences
    #expect(
      answer.map(\.text) == [
        "Le Gouvernement a engagé un financement de 300 millions d'euros qui ont été pris en charge "
          + "par l'article L. 314-6 du Code de l'action sociale et des familles.",
        "Les reconnaissances sont médico-sociales.",
        "Un second paragraphe.",
      ])
    #expect(answer.map(\.span.line) == [6, 10, 17])
    #expect(
      !document.sentences.contains { $0.text.contains("senat.fr") || $0.text.contains("QE ") })
  }

  @Test(
    arguments: [
      (2024, 10, 17), (2024, 7, 17), (2024, 6, 16), (2023, 1, 16), (2019, 12, 15), (2017, 6, nil),
      (2022, 6, nil), (2012, 11, 14),
    ] as [(Int, Int, Int?)])
  func legislatureFromTheIdMonth(year: Int, month: Int, legislature: Int?) throws {
    let yymm = String(year % 100) + (month < 10 ? "0" : "") + String(month)
    let document = try #require(TestSupport.document(Self.pdfText(id: "qSEQ\(yymm)00042")))
    #expect(document.legislature == legislature)
    let expected = legislature.map { "SENAT-\($0)-QE-42" } ?? "SENAT-QE-42"
    #expect(document.id == expected)
  }

  static let page = """
    Financement des EHPAD

    15e législature

    Question écrite n° 00108 de Mme Léa Sorre (Charente - Communiste Républicain Citoyen et Écologiste - Kanaky)

    publiée dans le JO Sénat du 27/12/2019 - page 2895

    Concerne le thème : Personnes âgées

    Mme Léa Sorre attire l'attention de M. le ministre délégué chargé de l'autonomie sur les EHPAD. Le
    budget est insuffisant.

    Transmise au Ministère de la santé

    Réponse du Ministère de la santé
    publiée dans le JO Sénat du 07/03/2020 - page 5488

    Le reste à charge constitue une priorité.
    """

  @Test func readsTheSenatPage() throws {
    let document = try #require(TestSupport.document(Self.page))
    #expect(document.id == "SENAT-15-QE-108" && document.format == "senat-page-text")
    #expect(document.title == "Financement des EHPAD")
    #expect(document.author?.name == "Léa Sorre")
    #expect(document.author?.constituency == "Charente")
    #expect(document.author?.group == "Communiste Républicain Citoyen et Écologiste - Kanaky")
    #expect(document.questionDate == CalendarDate(year: 2019, month: 12, day: 27))
    #expect(document.questionPage == 2895 && document.date == document.questionDate)
    #expect(document.answerDate == CalendarDate(year: 2020, month: 3, day: 7))
    #expect(document.answerPage == 5488 && document.status == "answered")
    #expect(document.rubric == "Personnes âgées")
    #expect(document.ministryAnswering == "Ministère de la santé")
    #expect(document.ministryAsked == "ministre délégué chargé de l'autonomie")
    #expect(document.sections.map(\.kind) == [.title, .question, .answer])
    #expect(
      document.sections[1].sentences.map(\.text) == [
        "Mme Léa Sorre attire l'attention de M. le ministre délégué chargé de l'autonomie sur les EHPAD.",
        "Le budget est insuffisant.",
      ])
    #expect(
      document.sections[2].sentences.map(\.text) == ["Le reste à charge constitue une priorité."])
    #expect(TestSupport.spansMatch(document, in: Self.page))
  }

  @Test func readsAnUnansweredSenatPage() throws {
    let text =
      Self.page.components(separatedBy: "\n\nTransmise")[0]
      + "\n\nEn attente de réponse du Ministère de la santé."
    let document = try #require(TestSupport.document(text))
    #expect(document.status == "unanswered" && document.answerDate == nil)
    #expect(document.ministryAnswering == "Ministère de la santé")
    #expect(document.ministryAsked == "Ministère de la santé")
    #expect(document.sections.map(\.kind) == [.title, .question])
  }
}

/// Variations of the Sénat PDF footer and title.
struct SenatPDFVariationTests {
  @Test func readsWrappedTitleAndFooter() throws {
    let text = [
      " Extension de la prime aux salariés du secteur ", "", "social et médico-social ", " ",
      "", "La réponse tient en une phrase. ", "",
      "QE Extension de la prime aux salariés du secteur social et ", "", "médico-social - Sénat ",
      "", "Paul Test Question orale M. le ministre de la santé ", "",
      "https://www.senat.fr/basile/visio.do?id=qSEQ23030042S ",
    ].joined(separator: "\n")
    let outcome = TestSupport.load(text)
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(
      document.title == "Extension de la prime aux salariés du secteur social et médico-social")
    #expect(document.id == "SENAT-16-QE-42")
    #expect(document.author?.name == "Paul Test")
    #expect(document.ministryAsked == "ministre de la santé")
    #expect(document.sections.last?.sentences.map(\.text) == ["La réponse tient en une phrase."])
  }

  @Test func warnsWhenTheNumberIsMissing() throws {
    let text = "Titre \n\nUne réponse. \n\nhttps://www.senat.fr/basile/visio.do?id=inconnu "
    let outcome = TestSupport.load(text, name: "s.txt")
    #expect(outcome.documents.first?.id == "s.txt")
    #expect(
      outcome.diagnostics.map(\.message) == [
        "question number not found: the id is the file's path"
      ])
  }
}

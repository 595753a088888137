import Corpus
import FrenchText
import Testing

/// Press releases and other prose: headline, dateline or lead date, issuer, body.
struct AnnouncementReaderTests {
  @Test(arguments: [
    ("Paris, le 1er mars 2025", CalendarDate(year: 2025, month: 3, day: 1), DateSource.dateline),
    ("Lyon, le 3 décembre 2024", CalendarDate(year: 2024, month: 12, day: 3), .dateline),
    ("Le 29 avril 2025 marque un tournant.", CalendarDate(year: 2025, month: 4, day: 29), .text),
  ])
  func readsTheDate(line: String, date: CalendarDate, source: DateSource) throws {
    let text = [
      "Un accord pour les départements", line,
      "Le Gouvernement annonce une enveloppe de 7 millions d’euros. Elle sera versée en juin.",
      "Contact presse : Ministère de la santé - 01\u{00A0}40\u{00A0}56\u{00A0}60\u{00A0}00",
    ].joined(separator: "\n\n")
    let outcome = TestSupport.load(text, name: "cp/x.txt")
    let document = try #require(outcome.documents.first)
    #expect(document.id == "cp/x.txt" && document.kind == .announcement)
    #expect(document.chamber == nil && document.type == nil && document.status == nil)
    #expect(document.date == date && document.dateSource == source)
    #expect(document.title == "Un accord pour les départements")
    #expect(document.issuer == "Ministère de la santé")
    let body = document.sentences.map(\.text)
    #expect(!body.contains { $0.contains("Contact") || $0.hasPrefix("Paris, le") })
    #expect(body.contains("Elle sera versée en juin."))
    #expect(TestSupport.spansMatch(document, in: text))
  }

  @Test func proseWithoutDateHasNone() throws {
    let text = "Le secteur attend des mesures. Rien n’est décidé."
    let document = try #require(TestSupport.document(text))
    #expect(document.date == nil && document.dateSource == nil && document.title == nil)
    #expect(
      document.sentences.map(\.text) == ["Le secteur attend des mesures.", "Rien n’est décidé."])
  }

  /// PDF-like press release: wrapped headline, sub-headline, stray ".", list items.
  @Test func unwrapsAPDFPressRelease() throws {
    let text = [
      " Prime Ségur : accord entre l’État et les Départements pour donner un ", "",
      "nouveau souffle aux associations ", "", "Un accord historique ", " ", "",
      "Le 29 avril 2025 marque un tournant pour le secteur social et ", "",
      "médico-social. Plusieurs éléments restent à préciser : ", "",
      "-l’identification des structures ; ", "", "-la stabilité du financement. ", " . ", "",
      "Reconnaissance pour un secteur ", "", "Cette décision est saluée. ", ". ",
      "Les départements expriment leur satisfaction ", "un sujet crucial. ",
    ].joined(separator: "\n")
    let document = try #require(TestSupport.document(text))
    #expect(
      document.title == "Prime Ségur : accord entre l’État et les Départements pour donner "
        + "un nouveau souffle aux associations")
    #expect(document.date == CalendarDate(year: 2025, month: 4, day: 29))
    #expect(document.dateSource == .text)
    #expect(
      document.sections.last?.sentences.map(\.text) == [
        "Un accord historique",
        "Le 29 avril 2025 marque un tournant pour le secteur social et médico-social.",
        "Plusieurs éléments restent à préciser :",
        "l’identification des structures ;",
        "la stabilité du financement.",
        "Reconnaissance pour un secteur",
        "Cette décision est saluée.",
        "Les départements expriment leur satisfaction un sujet crucial.",
      ])
    #expect(document.sentences.first?.span.line == 1)
  }
}

/// A first paragraph that is a sentence is prose, not a headline.
struct AnnouncementTitleTests {
  @Test func shortProseIsNotATitle() throws {
    let document = try #require(TestSupport.document("Bonjour à tous.\n\nLe texte suit ici."))
    #expect(document.title == nil)
    #expect(document.sections.map(\.kind) == [.body])
  }
}

/// Other prose written in Markdown: markup removed, headings on their own.
struct AnnouncementMarkdownTests {
  @Test func removesMarkup() throws {
    let text = "# Un **accord** signé\n\n## Les engagements\nLe [Gouvernement](#) versera 7 M€.\n"
    let document = try #require(TestSupport.document(text))
    #expect(document.title == "Un accord signé")
    #expect(
      document.sections.last?.sentences.map(\.text) == [
        "Les engagements", "Le Gouvernement versera 7 M€.",
      ])
    #expect(TestSupport.spansMatch(document, in: text))
  }
}

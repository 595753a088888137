import Corpus
import FrenchText
import Testing

/// Open-data records written from the schema (formats.md §1.2): QE-only paths the real sample
/// does not exercise (question text, transfers, arrays, DD/MM/YYYY dates, closures).
struct ANOpenDataJSONReaderTests {
  static func infoJO(_ date: String, _ page: String?) -> String {
    let page = page.map { "\"\($0)\"" } ?? "null"
    return #"{"typeJO": "JO_QUESTION", "dateJO": "\#(date)", "pageJO": \#(page), "numJO": null}"#
  }

  static let transferred = """
    {"question": {"@xsi:type": "QuestionEcrite_Type", "uid": "QANR5L15QE9001",
     "identifiant": {"numero": "9001", "regime": "5eme Republique", "legislature": "15"},
     "type": "QE",
     "indexationAN": {"rubrique": "professions et activit\\u00e9s sociales", "teteAnalyse": null,
       "analyses": {"analyse": ["Prime S\\u00e9gur", "Financement des associations"]}},
     "auteur": {"identite": {"acteurRef": "PA000001", "mandatRef": "PM000001"},
       "groupe": {"organeRef": "PO1", "abrege": "XYZ", "developpe": "Groupe Exemple"}},
     "minInt": {"organeRef": "PO10", "abrege": "Sant\\u00e9", "developpe": "Minist\\u00e8re de la sant\\u00e9"},
     "minAttribs": {"minAttrib": [
       {"infoJO": \(infoJO("03/06/2019", nil)), "denomination": {"abrege": "Sant\\u00e9", "developpe": "Minist\\u00e8re de la sant\\u00e9"}},
       {"infoJO": \(infoJO("16/09/2019", nil)), "denomination": {"abrege": "Autonomie", "developpe": "Minist\\u00e8re charg\\u00e9 de l'autonomie"}}]},
     "textesQuestion": {"texteQuestion": {"infoJO": \(infoJO("03/06/2019", "4210")),
       "texte": "9001. \\u2014 3 juin 2019. \\u2014 Mme\\u00a0Anne Exemple attire l\\u2019attention de Mme la ministre sur le <i>financement</i> des associations. Elle lui demande de pr\\u00e9ciser le calendrier."}},
     "textesReponse": {"texteReponse": [
       {"infoJO": \(infoJO("25/11/2019", null)), "texte": "<p>L'accord pr\\u00e9voit 120\\u00a0M\\u20ac &amp; plus.</p><p>Premi\\u00e8re ligne<br>Deuxi\\u00e8me ligne</p>"},
       {"infoJO": \(infoJO("02/12/2019", null)), "texte": "<p>Suite de la r\\u00e9ponse.</p>"}]},
     "cloture": {"codeCloture": "REP_PUB", "libelleCloture": "R\\u00e9ponse publi\\u00e9e",
       "dateCloture": "02/12/2019", "infoJO": \(infoJO("02/12/2019", "9876"))},
     "signalement": null, "renouvellements": null}}
    """

  static let null: String? = nil

  @Test func readsATransferredAnsweredQuestion() throws {
    let outcome = TestSupport.load(Self.transferred, name: "an/QANR5L15QE9001.json")
    #expect(outcome.diagnostics.isEmpty)
    let document = try #require(outcome.documents.first)
    #expect(document.id == "AN-15-QE-9001" && document.format == "an-open-data-json")
    #expect(document.legislature == 15 && document.number == 9001 && document.type == "QE")
    #expect(document.analysis == "Prime Ségur / Financement des associations")
    #expect(document.title == document.analysis)
    #expect(document.rubric == "professions et activités sociales")
    #expect(
      document.author
        == Author(name: "Anne Exemple", id: "PA000001", group: "Groupe Exemple", groupShort: "XYZ"))
    #expect(document.ministryAsked == "Ministère de la santé")
    #expect(document.ministryAnswering == "Ministère chargé de l'autonomie")
    #expect(document.questionDate == CalendarDate(year: 2019, month: 6, day: 3))
    #expect(document.questionPage == 4210)
    #expect(document.date == document.questionDate)
    #expect(document.answerDate == CalendarDate(year: 2019, month: 12, day: 2))
    #expect(document.answerPage == 9876)
    #expect(document.status == "answered" && document.closureCode == "REP_PUB")
    let question = try #require(document.sections.first { $0.kind == .question })
    #expect(
      question.sentences.map(\.text) == [
        "Mme\u{00A0}Anne Exemple attire l’attention de Mme la ministre sur le financement des associations.",
        "Elle lui demande de préciser le calendrier.",
      ])
    let answer = try #require(document.sections.first { $0.kind == .answer })
    #expect(
      answer.sentences.map(\.text) == [
        "L'accord prévoit 120\u{00A0}M€ & plus.", "Première ligne", "Deuxième ligne",
        "Suite de la réponse.",
      ])
    let bytes = Array(Self.transferred.utf8)
    for sentence in document.sentences {
      let start = sentence.span.byteRange.lowerBound
      #expect(bytes[start] == sentence.text.utf8.first || bytes[start] == 0x5C)
      #expect(sentence.span.line == bytes[..<start].filter { $0 == 0x0A }.count + 1)
    }
  }

  static func record(number: Int, answer: String, closure: String, extra: String = "") -> String {
    """
    {"uid": "QANR5L17QE\(number)", "identifiant": {"numero": "\(number)", "legislature": "17"},
     "type": "QE", "indexationAN": null, "auteur": {"identite": {"acteurRef": "PA2"}},
     "minInt": {"abrege": "Travail", "developpe": "Travail"}, "minAttribs": {"minAttrib":
       {"infoJO": \(infoJO("2025-01-07", nil)), "denomination": {"developpe": "Travail"}}},
     "textesQuestion": {"texteQuestion": {"infoJO": \(infoJO("2025-01-07", "88")),
       "texte": "<p>M. Paul Dupont interroge Mme la ministre.</p>"}},
     "textesReponse": \(answer), "cloture": \(closure)\(extra)}
    """
  }

  @Test(arguments: [
    ("null", "null", "unanswered", Self.null),
    (
      "null", #"{"codeCloture": "RET", "libelleCloture": "Retirée", "dateCloture": "2025-03-01"}"#,
      "withdrawn", Self.null
    ),
    (
      "null", #"{"codeCloture": "FIN_MANDAT", "libelleCloture": "Fin de mandat"}"#, "lapsed",
      Self.null
    ),
    ("null", #"{"codeCloture": "XYZ", "libelleCloture": "Autre motif"}"#, "autre motif", Self.null),
  ])
  func statusFromTheClosure(answer: String, closure: String, status: String, page: String?) throws {
    let text = #"{"question": "# + Self.record(number: 5, answer: answer, closure: closure) + "}"
    let document = try #require(TestSupport.document(text))
    #expect(document.status == status)
    #expect(document.answerDate == nil && document.answerPage == nil)
    #expect(document.author?.name == "Paul Dupont" && document.author?.id == "PA2")
    #expect(document.analysis == nil && document.rubric == nil && document.title == nil)
    #expect(document.questionDate?.iso == "2025-01-07" && document.questionPage == 88)
  }

  @Test func readsABulkFile() throws {
    let records = [1, 2].map { Self.record(number: $0, answer: "null", closure: "null") }
    let text = #"{"questionsEcrites": {"question": ["# + records.joined(separator: ",") + "]}}"
    let outcome = TestSupport.load(text)
    #expect(outcome.diagnostics.isEmpty)
    #expect(outcome.documents.map(\.id) == ["AN-17-QE-1", "AN-17-QE-2"])
  }
}

/// HTML of open-data texts into sentences.
struct HTMLTextTests {
  @Test(arguments: [
    ("<p>Premier.</p><p>Second<br>Troisième</p>", ["Premier.", "Second", "Troisième"]),
    (
      "</p><p align=CENTER> TITRE <a name=PG13></a> </p><br><strong>M. Nom. </strong>Texte.",
      ["TITRE", "M. Nom.", "Texte."]
    ),
    ("<p>Un <i>mot</i>s et x<5 &amp; y&gt;2.</p>", ["Un mots et x<5 & y>2."]),
    ("<table><tr><td>Lits</td><td>120</td></tr></table><p>Fin.</p>", ["Lits 120", "Fin."]),
    ("<!-- note --><p>Texte\n  coupé.</p>", ["Texte coupé."]),
  ])
  func htmlBecomesSentences(html: String, sentences: [String]) {
    let buffer = TextRepairBuffer(bytes: Array(html.utf8), origin: 0)
    let paragraphs = HTMLTextExtractor().paragraphs(buffer)
    let texts = paragraphs.flatMap { paragraph in
      SentenceSplitter().sentenceRanges(in: paragraph.bytes).map { paragraph.text(in: $0) }
    }
    #expect(texts == sentences)
  }
}

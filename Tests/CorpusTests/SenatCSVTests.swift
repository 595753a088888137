import Corpus
import Foundation
import FrenchText
import Testing

/// The data.senat.fr questions CSV: Latin-1, separator detected, columns by header name.
struct SenatCSVTests {
  static func load() -> LoadOutcome { OpenDataXMLTests.load("questions-senat.csv") }

  @Test
  func readsOneDocumentPerRow() throws {
    let outcome = Self.load()
    #expect(
      outcome.documents.map(\.id) == ["SENAT-17-QE-1929", "SENAT-17-QE-2001", "SENAT-17-QOSD-104"])
    #expect(outcome.documents.allSatisfy { $0.format == "senat-csv" && $0.kind == .question })
    #expect(outcome.diagnostics.map(\.line) == [1, 5])
    let first = try #require(outcome.documents.first)
    #expect(first.title == "Financement des établissements d'hébergement")
    #expect(first.author?.name == "Élodie Exemple" && first.author?.constituency == "Côte-d'Or")
    #expect(first.answerDate == CalendarDate(parsing: "2024-12-12"))
    #expect(first.status == "answered" && first.ministryAnswering == "Santé et accès aux soins")
  }

  @Test
  func transferAndWithdrawalAreEvents() throws {
    let documents = Self.load().documents
    let transferred = documents[1]
    #expect(transferred.status == "unanswered" && transferred.ministryAnswering == "Autonomie")
    #expect(transferred.events.map(\.kind) == [.published, .transferred])
    #expect(
      transferred.events.last?.from == "Travail" && transferred.events.last?.to == "Autonomie")
    #expect(documents[2].status == "withdrawn" && documents[2].events.last?.kind == .withdrawn)
    #expect(transferred.title == "Prime « Ségur » des soignants")
  }

  @Test
  func titleSpanPointsAtTheLatin1Bytes() throws {
    let url = OpenDataXMLTests.folder.appendingPathComponent("questions-senat.csv")
    let bytes = try [UInt8](Data(contentsOf: url))
    let document = try #require(Self.load().documents.first)
    let span = try #require(document.sentences.first?.span)
    #expect(Latin1Text.string(bytes[span.byteRange]) == document.title)
    #expect(span.line == 3)
  }

  @Test(arguments: [";", "|", ",", "\t"])
  func detectsTheSeparator(separator: String) throws {
    let header = ["Nature", "Numéro", "Titre", "Date de publication JO", "Sort", "", ""]
    let row = ["QE", "00042", "Un titre", "01/02/2025", "En cours", "", ""]
    let text = [header, row].map { $0.joined(separator: separator) }.joined(separator: "\r\n")
    let outcome = TestSupport.load(text, name: "q.csv")
    let document = try #require(outcome.documents.first)
    #expect(document.number == 42 && document.title == "Un titre")
    #expect(document.date == CalendarDate(parsing: "2025-02-01"))
  }
}

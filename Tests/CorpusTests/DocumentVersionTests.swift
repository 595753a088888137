import Corpus
import FrenchText
import Testing

/// One question met twice: the newer version wins, status never moves back.
struct DocumentVersionTests {
  static func version(_ events: [StatusEvent], status: String) -> Document {
    Document(
      id: "AN-17-QE-1", file: "f", kind: .question, format: "t", status: status,
      questionDate: events.first?.date, questionPage: events.first?.page, events: events)
  }

  static let published = StatusEvent(
    kind: .published, date: CalendarDate(year: 2025, month: 1, day: 7), page: 12)
  static let renewed = StatusEvent(kind: .renewed, date: CalendarDate(year: 2025, month: 4, day: 8))
  static let answered = StatusEvent(
    kind: .answered, date: CalendarDate(year: 2025, month: 5, day: 6), page: 99)

  @Test
  func theAnsweredVersionIsNewer() {
    let open = Self.version([Self.published, Self.renewed], status: "unanswered")
    let done = Self.version([Self.published, Self.answered], status: "answered")
    #expect(DocumentVersion.isNewer(done, than: open))
    #expect(!DocumentVersion.isNewer(open, than: done))
    #expect(!DocumentVersion.isNewer(open, than: open))
    let merged = DocumentVersion.merged(open, with: done)
    #expect(merged.events.map(\.kind) == [.published, .renewed, .answered])
  }

  @Test
  func statusNeverMovesBack() {
    let done = Self.version([Self.published, Self.answered], status: "answered")
    var stale = Self.version([Self.published], status: "unanswered")
    stale.questionDate = nil
    let merged = DocumentVersion.merged(done, with: stale)
    #expect(merged.status == "answered" && merged.questionPage == 12)
    #expect(merged.events.map(\.kind) == [.published, .answered])
  }

  @Test
  func aMetadataOnlyVersionKeepsTheText() throws {
    let text = Section(
      kind: .answer,
      sentences: [
        Sentence(text: "Réponse.", span: SourceSpan(file: "a", line: 1, byteRange: 0..<8))
      ])
    var page = Self.version([Self.answered], status: "answered")
    page.sections = [text]
    page.title = "Titre de la page"
    var row = Self.version([Self.published, Self.answered], status: "answered")
    row.ministryAnswering = "Santé"
    #expect(DocumentVersion.isNewer(row, than: page))
    let merged = DocumentVersion.merged(page, with: row)
    #expect(merged.sections == [text] && merged.title == "Titre de la page")
    #expect(merged.ministryAnswering == "Santé" && merged.events.count == 2)
  }
}

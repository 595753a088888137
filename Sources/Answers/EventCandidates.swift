import Corpus
import Extraction
import FrenchText

/// The dated events one document tells: its own publication events, its dated references and
/// its dated mentions.
enum EventCandidates {
  static func events(in record: DocumentRecord) -> [TimelineEvent] {
    documentEvents(record.document)
      + record.mentions.compactMap { event(for: $0, in: record) }
  }

  static func event(for mention: Mention, in record: DocumentRecord) -> TimelineEvent? {
    let sentence = mention.sentence
    let window = EventClassifier.window(sentence.text, around: mention.textRange)
    let source = AnswerSource(document: record.document, sentence: sentence)
    let summary = AnswerSummary.around(sentence.text, focus: mention.textRange)
    switch mention.type {
    case .reference:
      guard let iso = mention.date, let date = EventDate(iso) else { return nil }
      let kind = EventClassifier.kind(ofReference: mention.facts, window: window)
      var event = TimelineEvent(
        date: date, kind: kind, summary: summary,
        subject: "\(mention.kind ?? "reference"):\(mention.normalized ?? "")",
        text: mention.text, sources: [source])
      event.context = Set(window)
      return event
    case .date:
      guard let iso = mention.value?.string,
        let date = EventDate(iso, mod: mention.mod?.rawValue)
      else { return nil }
      let payer = record.funding.first {
        $0.sentence.span == sentence.span && $0.time?.text == mention.text
      }
      let kind = EventClassifier.kind(ofDate: mention.facts, window: window, funded: payer != nil)
      var event = TimelineEvent(
        date: date, kind: kind, summary: summary,
        subject: payer.map { "payer:\($0.payer ?? "?")" }, text: mention.text,
        relation: mention.relation, mod: mention.mod, sources: [source])
      event.context = Set(window.filter { $0.count > 3 })
      return event
    default:
      return nil
    }
  }

  static func documentEvents(_ document: Document) -> [TimelineEvent] {
    var events: [TimelineEvent] = []
    let titleLine = document.sections.first(where: { $0.kind == .title })?.sentences.first
    let first = titleLine ?? document.sentences.first
    if let date = document.questionDate, let sentence = first {
      events.append(
        publication(
          .questionPublished, date: date, page: document.questionPage, document: document,
          sentence: sentence, label: questionLabel(document)))
    }
    if let date = document.answerDate,
      let sentence = document.sections.first(where: { $0.kind == .answer })?.sentences.first
        ?? first
    {
      let who = document.ministryAnswering.map { " (\($0))" } ?? ""
      events.append(
        publication(
          .answerPublished, date: date, page: document.answerPage, document: document,
          sentence: sentence, label: "Réponse\(who) à la q" + questionLabel(document).dropFirst())
      )
    }
    if document.kind == .announcement, let date = document.date, let sentence = first {
      let label = "Communiqué : " + (document.title ?? sentence.text)
      events.append(
        publication(
          .pressRelease, date: date, page: nil, document: document, sentence: sentence,
          label: label))
    }
    return events
  }

  static func questionLabel(_ document: Document) -> String {
    var label = "Question"
    if let number = document.number { label += " n° \(number)" }
    if let name = document.author?.name { label += " de \(name)" }
    return label
  }

  static func publication(
    _ kind: EventKind, date: CalendarDate, page: Int?, document: Document, sentence: Sentence,
    label: String
  ) -> TimelineEvent {
    var summary = label
    if kind != .pressRelease {
      summary += " publiée au JO" + (page.map { ", page \($0)" } ?? "")
      if let title = document.title { summary += " : « \(title) »" }
    }
    var event = TimelineEvent(
      date: EventDate(date), kind: kind, summary: AnswerSummary.around(summary, width: 200),
      subject: "document:\(document.id)",
      sources: [AnswerSource(document: document, sentence: sentence)])
    event.page = page
    return event
  }
}

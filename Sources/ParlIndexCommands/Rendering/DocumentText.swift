import Corpus
import Extraction
import FrenchText

/// One document for a person: its metadata as aligned fields, then its mentions with sources.
enum DocumentText {
  static func print(_ record: DocumentRecord) {
    let document = record.document
    var fields: [(String, String?)] = [
      ("id", document.id), ("file", document.file), ("kind", document.kind.rawValue),
      ("chamber", document.chamber?.rawValue),
      ("legislature", document.legislature.map(String.init)),
      ("type", document.type), ("number", document.number.map(String.init)),
      ("title", document.title), ("analysis", document.analysis),
      ("date", document.date.map(FrenchDateFormat.long)), ("status", document.status),
      ("author", document.author?.name), ("author id", document.author?.id),
      ("group", document.author?.group ?? document.author?.groupShort),
      ("constituency", document.author?.constituency),
      ("ministry asked", document.ministryAsked),
      ("ministry answering", document.ministryAnswering), ("rubric", document.rubric),
    ]
    fields.append(("question", publication(document.questionDate, document.questionPage)))
    fields.append(("answer", publication(document.answerDate, document.answerPage)))
    let present = fields.compactMap { field in field.1.map { (field.0, $0) } }
    let width = present.map(\.0.count).max() ?? 0
    for (name, value) in present {
      Output.line(name + String(repeating: " ", count: width - name.count + 2) + value)
    }
    printHistory(document.events)
    let sentenceCount = document.sentences.count
    Output.line("")
    Output.line(
      "\(sentenceCount) sentences, \(record.mentions.count) mentions, "
        + "\(record.funding.count) funding relations")
    MentionText.print(record.mentions)
    if !record.funding.isEmpty {
      Output.line("")
      MentionText.print(funding: record.funding)
    }
  }

  /// "history" then one line per event: "  3 juin 2025  published  page 4210  Question publiée".
  static func printHistory(_ events: [StatusEvent]) {
    guard !events.isEmpty else { return }
    Output.line("")
    Output.line("history")
    for event in events {
      var parts = [event.date.map(FrenchDateFormat.long) ?? "(undated)", event.kind.rawValue]
      if let part = event.part { parts.append("part \(part)") }
      if let page = event.page { parts.append("page \(page)") }
      if event.kind == .transferred {
        parts.append("\(event.from ?? "?") → \(event.to ?? "?")")
      } else if let label = event.label {
        parts.append(label)
      }
      Output.line("  " + parts.joined(separator: "  "))
    }
  }

  static func publication(_ date: CalendarDate?, _ page: Int?) -> String? {
    guard let date else { return page.map { "page \($0)" } }
    let day = FrenchDateFormat.long(date)
    return page.map { "JO du \(day), page \($0)" } ?? "JO du \(day)"
  }
}

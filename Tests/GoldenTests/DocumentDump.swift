import Corpus
import FrenchText

/// A readable dump of a document: its metadata one field per line, then each section's
/// sentences as `line: text`.
enum DocumentDump {
  static func dump(_ document: Document) -> String {
    var lines: [String] = []
    func field(_ name: String, _ value: CustomStringConvertible?) {
      lines.append("\(name): \(value.map { "\($0)" } ?? "-")")
    }
    field("id", document.id)
    field("kind", document.kind.rawValue)
    field("format", document.format)
    field("chamber", document.chamber?.rawValue)
    field("legislature", document.legislature)
    field("number", document.number)
    field("type", document.type)
    field("title", document.title)
    field("analysis", document.analysis)
    field("date", document.date)
    field("dateSource", document.dateSource?.rawValue)
    field("status", document.status)
    field("author.name", document.author?.name)
    field("author.id", document.author?.id)
    field("author.group", document.author?.group)
    field("author.groupShort", document.author?.groupShort)
    field("author.constituency", document.author?.constituency)
    field("ministryAsked", document.ministryAsked)
    field("ministryAnswering", document.ministryAnswering)
    field("rubric", document.rubric)
    field("questionDate", document.questionDate)
    field("questionPage", document.questionPage)
    field("answerDate", document.answerDate)
    field("answerPage", document.answerPage)
    field("issuer", document.issuer)
    for section in document.sections {
      lines.append("")
      lines.append("## \(section.kind.rawValue)")
      for sentence in section.sentences {
        lines.append("\(sentence.span.line): \(sentence.text)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

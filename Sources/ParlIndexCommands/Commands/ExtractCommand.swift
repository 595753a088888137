import Corpus
import Extraction
import Foundation
import FrenchText

/// `parlindex extract [FILE | -] [--date YYYY-MM-DD]`: mentions of any French text, no index.
struct ExtractCommand: Command {
  static let name = "extract"
  static let abstract =
    "Extract amounts, counts, dates, references and funding from a text (no index needed)."
  static let synopsis = "extract [FILE | -] [--date YYYY-MM-DD] [--json]"
  static let options: [OptionSpec] = [
    .value(
      "--date", "YYYY-MM-DD", "The text's own date, for relative dates (\"le 6 août dernier\")."),
    CommonOptions.json, CommonOptions.help,
  ]

  var source: String
  var date: CalendarDate?
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    guard arguments.positionals.count <= 1 else {
      throw UsageError("extract reads one file (or - for standard input)", command: Self.name)
    }
    source = arguments.positionals.first ?? "-"
    json = arguments.has("--json")
    if let text = arguments.value("--date") {
      guard let parsed = CalendarDate(parsing: text), text.count == 10 else {
        throw UsageError("--date expects YYYY-MM-DD, got '\(text)'", command: Self.name)
      }
      date = parsed
    }
  }

  func run() throws {
    let data: Data
    if source == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: source) else {
        throw RuntimeError("\(source): cannot read file")
      }
      data = contents
    }
    let name = source == "-" ? "<stdin>" : source
    let file = CorpusFile(path: name, relativePath: name, size: data.count, modificationTime: 0)
    let outcome = DocumentLoader().load(data: data, file: file)
    for diagnostic in outcome.diagnostics { Output.diagnostic("warning", diagnostic.description) }
    var records: [DocumentRecord] = []
    for var document in outcome.documents {
      if let date { document.date = date }
      records.append(RecordExtractor().record(for: document))
    }
    let mentions = records.flatMap(\.mentions)
    let funding = records.flatMap(\.funding)
    if json {
      Output.json(
        .object([
          ("mentions", .array(mentions.map { JSONValue.encoded($0) })),
          ("funding", .array(funding.map { JSONValue.encoded($0) })),
        ]))
    } else {
      MentionText.print(mentions)
      if mentions.isEmpty { Output.line("no mentions found") }
      if !funding.isEmpty {
        Output.line("")
        MentionText.print(funding: funding)
      }
    }
  }
}

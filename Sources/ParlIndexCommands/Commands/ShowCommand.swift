import Corpus
import Extraction
import Foundation
import Indexing

/// `parlindex show DOC`: metadata, sentences' sources and every mention of one document.
struct ShowCommand: Command {
  static let name = "show"
  static let abstract = "Everything known about one document (by id or by path as indexed)."
  static let synopsis = "show DOC [--index DIR] [--json]"
  static let options: [OptionSpec] = [CommonOptions.index, CommonOptions.json, CommonOptions.help]

  var documentReference: String
  var indexDirectory: String
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    guard arguments.positionals.count == 1 else {
      throw UsageError("show takes one document id or path", command: Self.name)
    }
    documentReference = arguments.positionals[0]
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
  }

  func run() throws {
    let reader = try IndexReader(directory: URL(fileURLWithPath: indexDirectory))
    guard let record = try reader.checkedRecord(idOrPath: documentReference) else {
      throw RuntimeError(
        "no document '\(documentReference)' in \(indexDirectory)/ (give an id such as "
          + "AN-17-QE-3769 or a path as indexed)")
    }
    if json {
      Output.json(DocumentJSON.object(record))
    } else {
      DocumentText.print(record)
    }
  }
}

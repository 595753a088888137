import Corpus
import Foundation
import Indexing

/// `parlindex index [PATH...] [--index DIR]`: reads the corpus and commits a new index generation.
struct IndexCommand: Command {
  static let name = "index"
  static let abstract = "Read every document under the paths (default corpus/) and build the index."
  static let synopsis = "index [PATH...] [--index DIR] [--quiet] [--json]"
  static let options: [OptionSpec] = [
    CommonOptions.index,
    .switch("--quiet", "Print only the summary (and warnings)."),
    CommonOptions.json, CommonOptions.help,
  ]

  var paths: [String]
  var indexDirectory: String
  var quiet: Bool
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    paths = arguments.positionals.isEmpty ? ["corpus"] : arguments.positionals
    indexDirectory = arguments.value("--index") ?? "index"
    quiet = arguments.has("--quiet")
    json = arguments.has("--json")
  }

  func run() throws {
    let builder = IndexBuilder(directory: URL(fileURLWithPath: indexDirectory))
    let progress = quiet || json ? nil : ProgressLine.makeIfTerminal()
    let report = try builder.build(paths: paths, progress: progress?.callback)
    progress?.finish()
    BuildReportRenderer.render(report, indexDirectory: indexDirectory, json: json)
  }
}

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
    try checkPathsExist()
    let builder = IndexBuilder(directory: URL(fileURLWithPath: indexDirectory))
    let progress = quiet || json ? nil : ProgressLine.makeIfTerminal()
    let report = try builder.build(paths: paths, progress: progress?.callback)
    progress?.finish()
    BuildReportRenderer.render(report, indexDirectory: indexDirectory, json: json)
  }

  /// A path that does not exist is a typo, not an empty corpus: refusing it before the build
  /// keeps the previous index instead of replacing it with one that lacks those documents.
  func checkPathsExist() throws {
    let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
    guard !missing.isEmpty else { return }
    let names = missing.map { "'\($0)'" }.joined(separator: ", ")
    throw RuntimeError(
      "no such file or folder: \(names); check the path (the index in '\(indexDirectory)' was"
        + " left unchanged)")
  }
}

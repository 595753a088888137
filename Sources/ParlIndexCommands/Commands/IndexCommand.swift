import Corpus
import Foundation
import Indexing

/// `parlindex index [PATH...] [--index DIR] [--full]`: reads the new and changed files of the
/// corpus (every file with `--full`, or when the index was built by another version of the
/// program) and commits a new index generation.
struct IndexCommand: Command {
  static let name = "index"
  static let abstract = "Read every document under the paths (default corpus/) and build the index."
  static let synopsis = "index [PATH...] [--index DIR] [--full] [--quiet] [--json]"
  static let options: [OptionSpec] = [
    CommonOptions.index,
    .switch(
      "--full",
      "Rebuild the whole index as one segment (by default only new and changed files are"
        + " read, into a new segment; unchanged files reuse their stored records either way)."),
    .switch("--quiet", "Print only the summary (and warnings)."),
    CommonOptions.json, CommonOptions.help,
  ]

  var paths: [String]
  var indexDirectory: String
  var quiet: Bool
  var json: Bool
  var full: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    paths = arguments.positionals.isEmpty ? ["corpus"] : arguments.positionals
    indexDirectory = arguments.value("--index") ?? "index"
    quiet = arguments.has("--quiet")
    full = arguments.has("--full")
    json = arguments.has("--json")
  }

  func run() throws {
    try checkPathsExist()
    var builder = IndexBuilder(directory: URL(fileURLWithPath: indexDirectory))
    builder.fullRebuild = full
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

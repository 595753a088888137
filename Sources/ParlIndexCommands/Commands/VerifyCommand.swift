import Foundation
import Indexing

/// `parlindex verify`: checks every index file (format version, sizes, checksums).
struct VerifyCommand: Command {
  static let name = "verify"
  static let abstract = "Check the index's files (format version, checksums), naming any bad file."
  static let synopsis = "verify [--index DIR] [--json]"
  static let options: [OptionSpec] = [CommonOptions.index, CommonOptions.json, CommonOptions.help]

  var indexDirectory: String
  var json: Bool

  init(arguments: ParsedArguments) throws(UsageError) {
    guard arguments.positionals.isEmpty else {
      throw UsageError("verify takes no arguments", command: Self.name)
    }
    indexDirectory = arguments.value("--index") ?? "index"
    json = arguments.has("--json")
  }

  func run() throws {
    let problems = IndexVerifier().verify(directory: URL(fileURLWithPath: indexDirectory))
    if json {
      Output.json(
        .object([
          ("index", .string(indexDirectory)),
          ("ok", .bool(problems.isEmpty)),
          ("problems", .array(problems.map { .string($0.description) })),
        ]))
    } else if problems.isEmpty {
      Output.line("\(indexDirectory)/: index verified, no problem found")
    }
    guard problems.isEmpty else {
      if !json {
        for problem in problems { Output.diagnostic("error", problem.description) }
      }
      throw RuntimeError("\(indexDirectory)/: \(problems.count) problem(s) found")
    }
  }
}

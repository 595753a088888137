/// The exit statuses of `parlindex`, with the meaning `--help` and the README print; nothing
/// else decides a status.
enum ExitStatus: Int32, CaseIterable, Sendable {
  case success = 0
  case failure = 1
  case usage = 64

  var meaning: String {
    switch self {
    case .success:
      return "success, an empty result included (index: also when documents were skipped)"
    case .failure:
      return "runtime failure: missing, locked or damaged index, unreadable file, write error"
    case .usage:
      return "usage error: unknown command or option, missing argument, bad query or value"
    }
  }

  /// The `exit codes:` lines of `parlindex --help`.
  static var helpLines: [String] {
    allCases.map { status in
      let code = String(status.rawValue)
      return "  \(code)\(String(repeating: " ", count: 4 - code.count))\(status.meaning)"
    }
  }

  /// The README's exit-code table (Markdown), checked by the tests against this enum.
  static var markdownTable: String {
    (["| code | meaning |", "| --- | --- |"]
      + allCases.map { "| \($0.rawValue) | \($0.meaning) |" }).joined(separator: "\n")
  }
}

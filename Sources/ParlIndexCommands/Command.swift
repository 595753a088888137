/// One `parlindex` command: its name, one-line abstract, options table, and how it runs.
///
/// Help text is generated from the same table that the parser checks, so they cannot drift.
protocol Command {
  static var name: String { get }
  static var abstract: String { get }
  /// The synopsis after `parlindex`, e.g. `search QUERY [options]`.
  static var synopsis: String { get }
  static var options: [OptionSpec] { get }

  init(arguments: ParsedArguments) throws(UsageError)
  func run() throws
}

extension Command {
  /// The usage block printed by `--help` and after a usage error.
  static var help: String {
    var lines = ["usage: parlindex \(synopsis)", "", abstract, "", "options:"]
    let width = options.map { optionLabel($0).count }.max() ?? 0
    for option in options {
      let label = optionLabel(option)
      let padding = String(repeating: " ", count: width - label.count + 2)
      lines.append("  \(label)\(padding)\(option.help)")
    }
    return lines.joined(separator: "\n")
  }

  static func optionLabel(_ option: OptionSpec) -> String {
    option.valueName.map { "\(option.flag) \($0)" } ?? option.flag
  }
}

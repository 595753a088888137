/// One option a command accepts: its flag, whether it takes a value, and its help line.
struct OptionSpec: Sendable {
  /// The flag as typed, with its dashes (`--limit`).
  var flag: String
  /// The value's placeholder (`N`), or nil for a switch.
  var valueName: String?
  var help: String

  static func `switch`(_ flag: String, _ help: String) -> OptionSpec {
    OptionSpec(flag: flag, valueName: nil, help: help)
  }

  static func value(_ flag: String, _ valueName: String, _ help: String) -> OptionSpec {
    OptionSpec(flag: flag, valueName: valueName, help: help)
  }
}

/// Options shared by several commands.
enum CommonOptions {
  static let json = OptionSpec.switch("--json", "Write JSON to standard output.")
  static let help = OptionSpec.switch("--help", "Show this help.")
  static let index = OptionSpec.value("--index", "DIR", "The index folder (default: index/).")

  /// The filters of `search` and the topic commands (cli.md).
  static let filters: [OptionSpec] = [
    .value("--chamber", "an|senat", "Only questions of this chamber."),
    .value("--legislature", "N", "Only questions of this legislature."),
    .value("--ministry", "TEXT", "Ministry asked or answering contains these words."),
    .value("--author", "TEXT", "Author's name contains these words."),
    .value("--group", "TEXT", "Political group (long or short name) contains these words."),
    .value("--rubric", "TEXT", "Rubric contains these words."),
    .value("--kind", "question|announcement", "Only documents of this kind."),
    .value(
      "--from", "YYYY[-MM[-DD]]", "Documents dated on or after (inclusive, at its precision)."),
    .value("--to", "YYYY[-MM[-DD]]", "Documents dated on or before (inclusive, at its precision)."),
    .switch("--answered", "Only answered questions."),
    .switch("--unanswered", "Only questions still waiting for an answer."),
  ]
}

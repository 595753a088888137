import Foundation

/// The `parlindex` executable: finds the command, runs it, and turns errors into exit codes
/// (0 success, 1 runtime failure, 64 usage error). Nothing else decides an exit status.
public enum ParlIndexTool {
  static var commands: [any Command.Type] {
    [
      IndexCommand.self, SearchCommand.self, ShowCommand.self, ExtractCommand.self,
      VerifyCommand.self, FiguresCommand.self, TimelineCommand.self, WhoPaysCommand.self,
      PrecedentsCommand.self, StatsCommand.self, ReportCommand.self,
    ]
  }

  /// Runs `parlindex` with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String]) -> Int32 {
    guard let name = arguments.first, name != "--help", name != "help", name != "-h" else {
      Output.line(overview)
      return arguments.isEmpty ? 64 : 0
    }
    if name == "--version" {
      Output.line("parlindex \(version)")
      return 0
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      let suggestion = Suggestion.closest(to: name, among: commands.map { $0.name })
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? ""
      Output.diagnostic("error", "unknown command '\(name)'\(hint)")
      Output.error(overview)
      return 64
    }
    return run(command, Array(arguments.dropFirst()))
  }

  static func run(_ command: any Command.Type, _ arguments: [String]) -> Int32 {
    if arguments.contains("--help") {
      Output.line(command.help)
      return 0
    }
    do {
      let parsed = try ParsedArguments(arguments, options: command.options, command: command.name)
      try command.init(arguments: parsed).run()
      return 0
    } catch let error as UsageError {
      Output.diagnostic("error", error.message)
      Output.error(command.help)
      return 64
    } catch {
      Output.diagnostic("error", String(describing: error))
      return 1
    }
  }

  static let version = "0.1.0"

  static var overview: String {
    var lines = [
      "parlindex: search French written parliamentary questions and announcements", "",
      "usage: parlindex COMMAND [options]   (parlindex COMMAND --help for its options)", "",
      "commands:",
    ]
    let width = commands.map { $0.name.count }.max() ?? 0
    for command in commands {
      let padding = String(repeating: " ", count: width - command.name.count + 2)
      lines.append("  \(command.name)\(padding)\(command.abstract)")
    }
    return lines.joined(separator: "\n")
  }
}

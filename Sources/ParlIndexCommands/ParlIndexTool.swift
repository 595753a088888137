import Foundation

/// The `parlindex` executable: finds the command, runs it, and turns errors into exit codes
/// (0 success, 1 runtime failure, 64 usage error; see `ExitStatus`). Nothing else decides an exit
/// status.
public enum ParlIndexTool {
  static var commands: [any Command.Type] {
    [
      IndexCommand.self, SearchCommand.self, ShowCommand.self, ExtractCommand.self,
      VerifyCommand.self, FiguresCommand.self, TimelineCommand.self, WhoPaysCommand.self,
      PrecedentsCommand.self, StatsCommand.self, ReportCommand.self,
    ]
  }

  /// Each command's name and flags, in the order of `commands`.
  static var commandOptions: [(name: String, flags: [String])] {
    var pairs: [(name: String, flags: [String])] = []
    for command in commands {
      pairs.append((command.name, command.options.map(\.flag)))
    }
    return pairs
  }

  /// Runs `parlindex` with `arguments` (without the program name) and returns the exit status.
  public static func run(_ arguments: [String]) -> Int32 {
    if arguments.count == 2, arguments[0] == "help" || arguments[0] == "--help",
      let command = commands.first(where: { $0.name == arguments[1] })
    {
      Output.line(command.help)
      return ExitStatus.success.rawValue
    }
    guard let name = arguments.first, name != "--help", name != "help", name != "-h" else {
      if arguments.isEmpty {
        Output.diagnostic("error", "missing COMMAND; choose one of the commands below")
      }
      Output.line(overview)
      return arguments.isEmpty ? ExitStatus.usage.rawValue : ExitStatus.success.rawValue
    }
    if name == "--version" {
      Output.line("parlindex \(version)")
      return ExitStatus.success.rawValue
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      Output.diagnostic("error", unknownCommandMessage(name))
      Output.error(overview)
      return ExitStatus.usage.rawValue
    }
    return run(command, Array(arguments.dropFirst()))
  }

  static func run(_ command: any Command.Type, _ arguments: [String]) -> Int32 {
    if arguments.contains("--help") || arguments == ["-h"] {
      Output.line(command.help)
      return ExitStatus.success.rawValue
    }
    var indexDirectory = "index"
    do {
      let parsed = try ParsedArguments(arguments, options: command.options, command: command.name)
      indexDirectory = parsed.value("--index") ?? indexDirectory
      try command.init(arguments: parsed).run()
      return ExitStatus.success.rawValue
    } catch let error as UsageError {
      Output.diagnostic("error", error.message)
      Output.error(command.help)
      return ExitStatus.usage.rawValue
    } catch {
      let advice = ErrorAdvice(command: command.name, indexDirectory: indexDirectory)
      Output.diagnostic("error", advice.message(for: error))
      return ExitStatus.failure.rawValue
    }
  }

  /// "unknown command 'serch'; did you mean 'search'?", else where to find the commands.
  static func unknownCommandMessage(_ name: String) -> String {
    if let suggestion = Suggestion.closest(to: name, among: commands.map { $0.name }) {
      return "unknown command '\(name)'; did you mean '\(suggestion)'?"
    }
    if name.hasPrefix("-") {
      return "'\(name)' is not a command; options come after the command (parlindex COMMAND "
        + "\(name)); the commands are listed below"
    }
    return "unknown command '\(name)'; the commands are listed below"
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
    lines += ["", "exit codes:"] + ExitStatus.helpLines
    return lines.joined(separator: "\n")
  }
}

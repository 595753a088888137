/// The arguments of one command, checked against its options table.
struct ParsedArguments: Sendable {
  var positionals: [String] = []
  var switches: Set<String> = []
  var values: [String: String] = [:]

  func has(_ flag: String) -> Bool { switches.contains(flag) }

  func value(_ flag: String) -> String? { values[flag] }

  /// Parses `arguments` (without the command name) against `options`.
  ///
  /// Accepts `--flag value` and `--flag=value`; `--` ends the options. An unknown option is a
  /// usage error that suggests the closest known flag.
  init(_ arguments: [String], options: [OptionSpec], command: String) throws(UsageError) {
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if onlyPositionals || !argument.hasPrefix("--") || argument == "-" {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      var flag = argument
      var inlineValue: String?
      if let equals = argument.firstIndex(of: "=") {
        flag = String(argument[..<equals])
        inlineValue = String(argument[argument.index(after: equals)...])
      }
      guard let spec = options.first(where: { $0.flag == flag }) else {
        throw UsageError(
          Self.unknownOptionMessage(flag, options: options, command: command), command: command)
      }
      if let valueName = spec.valueName {
        if let inlineValue {
          values[flag] = inlineValue
        } else if index < arguments.count {
          values[flag] = arguments[index]
          index += 1
        } else {
          throw UsageError(
            "option \(flag) needs a value: write \(flag) \(valueName)", command: command)
        }
      } else {
        guard inlineValue == nil else {
          throw UsageError(
            "option \(flag) takes no value: write \(flag) alone", command: command)
        }
        switches.insert(flag)
      }
    }
  }

  /// "unknown option --limt; did you mean --limit?", else where the valid options are.
  static func unknownOptionMessage(_ flag: String, options: [OptionSpec], command: String)
    -> String
  {
    let suggestion = Suggestion.closest(to: flag, among: options.map(\.flag))
    if let suggestion { return "unknown option \(flag); did you mean \(suggestion)?" }
    let owners = ParlIndexTool.commandOptions.filter { name, flags in
      name != command && flags.contains(flag)
    }.map(\.name)
    guard let last = owners.last else {
      return "unknown option \(flag) for '\(command)'; its options are listed below"
    }
    let names =
      owners.count == 1 ? last : owners.dropLast().joined(separator: ", ") + " and " + last
    return
      "'\(command)' takes no option \(flag) (only \(names) \(owners.count == 1 ? "does" : "do")); "
      + "its options are listed below"
  }
}

import Testing

@testable import ParlIndexCommands

/// The options parser, suggestions and the JSON writer, without running the binary.
@Suite struct ArgumentParsingTests {
  static let options: [OptionSpec] = [
    .value("--limit", "N", "limit"), .switch("--json", "json"), .value("--index", "DIR", "index"),
  ]

  @Test func parsesValuesSwitchesAndPositionals() throws {
    let parsed = try ParsedArguments(
      ["prime", "--limit", "3", "--json", "ségur", "--index=idx"], options: Self.options,
      command: "search")
    #expect(parsed.positionals == ["prime", "ségur"])
    #expect(parsed.value("--limit") == "3")
    #expect(parsed.value("--index") == "idx")
    #expect(parsed.has("--json"))
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try ParsedArguments(["--", "--json"], options: Self.options, command: "search")
    #expect(parsed.positionals == ["--json"])
    #expect(!parsed.has("--json"))
  }

  @Test(arguments: [
    (["--limt", "3"], "unknown option --limt; did you mean --limit?"),
    (["--limit"], "option --limit needs a value: write --limit N"),
    (["--json=yes"], "option --json takes no value: write --json alone"),
    (["--zzzzzzzz"], "unknown option --zzzzzzzz for 'search'; its options are listed below"),
  ])
  func rejectsBadOptions(arguments: [String], message: String) {
    #expect(throws: UsageError.self) {
      try ParsedArguments(arguments, options: Self.options, command: "search")
    }
    do {
      _ = try ParsedArguments(arguments, options: Self.options, command: "search")
    } catch {
      #expect(error.message == message)
    }
  }

  @Test(arguments: [
    ("serch", "search"), ("indx", "index"), ("verfy", "verify"), ("zzzzzz", nil),
  ])
  func suggestsTheClosestCommand(typed: String, expected: String?) {
    let commands = ["index", "search", "show", "extract", "verify"]
    #expect(Suggestion.closest(to: typed, among: commands) == expected)
  }

  @Test func writesJSONInTheGivenKeyOrderWithEscapes() {
    let value = JSONValue.object([
      ("b", .string("l’accord \"du\" 4 juin\n")), ("a", .int(183)), ("c", .double(2.5)),
      ("d", .null), ("e", .array([.bool(true), .double(300_000_000)])),
    ])
    #expect(
      value.serialized
        == #"{"b": "l’accord \"du\" 4 juin\n", "a": 183, "c": 2.5, "d": null, "e": [true, 300000000]}"#
    )
  }
}

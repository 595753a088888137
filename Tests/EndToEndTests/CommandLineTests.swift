import Foundation
import Testing

/// The argument layer: help, unknown commands and options, exit codes.
@Suite struct CommandLineTests {
  @Test func helpListsEveryCommand() throws {
    let result = try BinaryRunner.run(["--help"])
    #expect(result.status == 0)
    for command in ["index", "search", "show", "extract", "verify"] {
      #expect(result.stdout.contains("  \(command) "), "missing \(command)")
    }
  }

  @Test(arguments: ["index", "search", "show", "extract", "verify"])
  func commandHelpShowsItsOptions(command: String) throws {
    let result = try BinaryRunner.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("usage: parlindex \(command)"))
    #expect(result.stdout.contains("--json"))
  }

  @Test func unknownCommandSuggestsTheClosest() throws {
    let result = try BinaryRunner.run(["serch", "ségur"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command 'serch'; did you mean 'search'?"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try BinaryRunner.run(["search", "ségur", "--limt", "3"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown option --limt; did you mean --limit?"))
    #expect(result.stderr.contains("usage: parlindex search"))
  }

  @Test func missingOptionValueIsAUsageError() throws {
    let result = try BinaryRunner.run(["search", "ségur", "--limit"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--limit needs a value"))
  }
}

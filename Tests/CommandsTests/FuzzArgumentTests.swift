import FuzzSupport
import Testing

@testable import ParlIndexCommands

/// A seeded sample of the `parlindex-fuzz arguments` target, on the parsing side only (no
/// command runs): every random argument list is accepted or refused with a usage message.
@Suite struct FuzzArgumentTests {
  static let tokens = [
    "--limit", "--index", "--json", "--quiet", "--batch", "--chamber", "--legislature", "--kind",
    "--from", "--to", "--date", "--ministry", "--answered", "--unanswered", "--help", "--",
    "-", "--limt", "--json=1", "--index=x", "--limit=", "=", "3", "-1", "0", "2024-02-30",
    "2024", "99999999999999999999", "an", "sénat", "prime ségur", "\"", "(", "", "\u{0}", "é",
  ]

  @Test(arguments: 0..<4)
  func randomArgumentListsParseOrExplain(batch: Int) {
    var random = FuzzGenerator(seed: 7_000 + UInt64(batch))
    for number in 0..<500 {
      var arguments: [String] = []
      for _ in 0..<random.below(7) {
        let token = Array(Self.tokens[random.below(Self.tokens.count)].utf8)
        let mutated = random.below(5) == 0 ? random.mutate(token) : token
        arguments.append(String(decoding: mutated, as: UTF8.self))
      }
      for command in ParlIndexTool.commands {
        do {
          let parsed = try ParsedArguments(
            arguments, options: command.options, command: command.name)
          _ = try command.init(arguments: parsed)
        } catch {
          #expect(!error.message.isEmpty, "case \(batch)-\(number): \(arguments)")
        }
      }
    }
  }
}

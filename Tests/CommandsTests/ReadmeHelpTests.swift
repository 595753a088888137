import Foundation
import Testing

@testable import ParlIndexCommands

/// The README documents every command with the very text `--help` prints, so the two cannot drift.
@Suite struct ReadmeHelpTests {
  static let readme: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("README.md")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }()

  @Test func readmeShowsTheHelpOfEveryCommand() {
    for command in ParlIndexTool.commands {
      #expect(
        Self.readme.contains("```text\n\(command.help)\n```"),
        "README.md lacks the --help block of '\(command.name)' (regenerate it)")
    }
  }

  @Test func readmeShowsTheOverview() {
    #expect(Self.readme.contains("```text\n\(ParlIndexTool.overview)\n```"))
  }
}

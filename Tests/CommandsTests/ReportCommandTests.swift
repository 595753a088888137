import Foundation
import Testing

@testable import ParlIndexCommands

/// `parlindex report`: its arguments, its atomic write and its generation date.
@Suite struct ReportCommandTests {
  static func command(_ arguments: [String]) throws -> ReportCommand {
    let parsed = try ParsedArguments(
      arguments, options: ReportCommand.options, command: ReportCommand.name)
    return try ReportCommand(arguments: parsed)
  }

  @Test func readsTopicFileTitleAndFilters() throws {
    let command = try Self.command([
      "prime", "ségur", "--html", "out.html", "--title", "Ségur", "--chamber", "an",
    ])
    #expect(command.topic.text == "prime ségur")
    #expect(command.file == "out.html")
    #expect(command.title == "Ségur")
  }

  @Test(arguments: [["prime"], ["--html", "out.html"], ["prime", "--html", ""]])
  func topicAndFileAreRequired(_ arguments: [String]) {
    #expect(throws: UsageError.self) { try Self.command(arguments) }
  }

  @Test func refusesJSON() {
    #expect(throws: UsageError.self) { try Self.command(["prime", "--html", "a", "--json"]) }
  }

  @Test func writesThroughATemporaryFileAndLeavesNoneBehind() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("rapport é.html").path
    try ReportCommand.write("old", to: file)
    try ReportCommand.write("<p>nouveau</p>", to: file)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "<p>nouveau</p>")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rapport é.html"])
  }

  @Test func anUnwritableFileIsAnErrorNamingIt() {
    let file = "/nonexistent-parlindex-folder/sub/report.html"
    do {
      try ReportCommand.write("x", to: file)
      Issue.record("no error")
    } catch {
      #expect(String(describing: error).contains("cannot write report to \(file)"))
    }
  }

  @Test(arguments: [
    ("0", "1er janvier 1970"), ("1735689600", "1er janvier 2025"),
    ("1764374400", "29 novembre 2025"),
  ])
  func sourceDateEpochFixesTheDate(_ epoch: String, _ expected: String) {
    let date = ReportCommand.generationDate(
      environment: ["SOURCE_DATE_EPOCH": epoch], now: Date(timeIntervalSince1970: 86_400 * 400))
    #expect(date == expected)
  }

  @Test func withoutSourceDateEpochTheDateIsTodayInUTC() {
    let date = ReportCommand.generationDate(
      environment: [:], now: Date(timeIntervalSince1970: 86_400 * 31))
    #expect(date == "1er février 1970")
  }
}

import Foundation
import Testing

@testable import ParlIndexCommands

/// The `--csv` tables of `search`, `figures`, `timeline`, `who-pays` and `stats`, built in
/// process over an index of the shipped corpus.
@Suite(.serialized) struct CSVExportTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// One index of `corpus/` for the whole suite (files named by absolute path).
  static let index: String = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-csv-\(UUID().uuidString)")
    let index = folder.appendingPathComponent("index").path
    let corpus = root.appendingPathComponent("corpus").path
    _ = ParlIndexTool.run(["index", corpus, "--index", index, "--quiet", "--json"])
    return index
  }()

  static func parsed(_ command: any Command.Type, _ arguments: [String]) throws -> ParsedArguments {
    try ParsedArguments(
      arguments + ["--index", index], options: command.options, command: command.name)
  }

  /// Every row as wide as the header, and every sourced row on an existing line of its file.
  static func checkSources(_ export: CSVExport) throws {
    #expect(!export.rows.isEmpty)
    for row in export.rows { #expect(row.count == export.header.count) }
    for (file, line) in zip(export.column("file"), export.column("line")) {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let lineNumber = try #require(Int(line))
      #expect(
        lineNumber >= 1
          && lineNumber <= text.split(separator: "\n", omittingEmptySubsequences: false).count)
    }
  }

  @Test func searchHasOneRowPerHit() throws {
    let command = try SearchCommand(
      arguments: Self.parsed(SearchCommand.self, ["prime ségur", "--limit", "3"]))
    let export = try command.export(.rfc4180)
    #expect(export.header == ["rank", "id", "score", "date", "title", "snippet", "file", "line"])
    #expect(export.column("rank") == ["1", "2", "3"])
    try Self.checkSources(export)
  }

  @Test func figuresHasOneRowPerValueAndSource() throws {
    let command = try FiguresCommand(arguments: Self.parsed(FiguresCommand.self, ["183 €"]))
    let export = try command.export(.rfc4180)
    #expect(export.header.prefix(4) == ["measure", "type", "agree", "value"])
    #expect(export.header.suffix(4) == ["id", "file", "line", "sentence"])
    #expect(Set(export.column("value")) == ["183"])
    #expect(Set(export.column("period")) == ["P1M"])
    #expect(export.column("text").contains("183 € net mensuels"))
    #expect(Set(export.column("id")).count == 5)
    try Self.checkSources(export)
  }

  @Test func figuresInExcelWriteADecimalComma() throws {
    let command = try FiguresCommand(arguments: Self.parsed(FiguresCommand.self, ["300 M€"]))
    #expect(Set(try command.export(.excel).column("value")) == ["300000000"])
  }

  @Test func timelineMarksTheConflictingDatesOfOneEvent() throws {
    let command = try TimelineCommand(arguments: Self.parsed(TimelineCommand.self, ["prime ségur"]))
    let export = try command.export()
    #expect(export.header.prefix(3) == ["event", "date", "precision"])
    let rows = export.rows.filter { $0[1] == "2024-06-25" || $0[1] == "2024-06-26" }
    let index = try #require(export.header.firstIndex(of: "other_dates"))
    #expect(rows.contains { $0[1] == "2024-06-25" && $0[index] == "2024-06-26" })
    #expect(rows.contains { $0[1] == "2024-06-26" && $0[index] == "2024-06-25" })
    #expect(Set(rows.map { $0[0] }).count == 1)
    try Self.checkSources(export)
  }

  @Test func whoPaysHasOneRowPerStatement() throws {
    let command = try WhoPaysCommand(
      arguments: Self.parsed(WhoPaysCommand.self, ["ségur formation"]))
    let export = try command.export(.rfc4180)
    #expect(export.header.prefix(4) == ["group", "payer", "beneficiary", "mechanism"])
    #expect(export.column("modality").contains("requested"))
    #expect(export.column("stated_by").contains("question"))
    try Self.checkSources(export)
  }

  @Test func statsHasOneRowPerMinistryWithItsDecimals() throws {
    let command = try StatsCommand(arguments: Self.parsed(StatsCommand.self, []))
    let plain = try command.export(.rfc4180)
    #expect(plain.header.first == "ministry" && plain.header.last == "as_of")
    #expect(plain.column("median_delay_days").contains("38.5"))
    #expect(try command.export(.excel).column("median_delay_days").contains("38,5"))
    #expect(Set(plain.column("as_of")).count == 1)
  }

  @Test func anEmptyAnswerIsTheHeaderAlone() throws {
    let command = try TimelineCommand(arguments: Self.parsed(TimelineCommand.self, ["zzzzzz"]))
    let export = try command.export()
    #expect(export.rows.isEmpty)
    #expect(export.text(.rfc4180) == export.header.joined(separator: ",") + "\r\n")
  }
}

/// The README's table of CSV columns lists every column of every export, in order.
@Suite struct CSVColumnsReadmeTests {
  @Test(arguments: [
    ("search", SearchCSV.header), ("figures", FigureCSV.header),
    ("timeline", TimelineCSV.header), ("who-pays", WhoPaysCSV.header),
    ("stats", StatsCSV.header),
  ])
  func readmeListsTheColumns(command: String, header: [String]) throws {
    let row = try #require(
      ReadmeHelpTests.readme.components(separatedBy: "\n").first {
        $0.hasPrefix("| `\(command)` |")
      }, "README.md has no CSV row for \(command)")
    var rest = Substring(row)
    for column in header {
      let range = try #require(
        rest.range(of: "`\(column)`"), "README.md: \(command) lacks column \(column) or its order")
      rest = rest[range.upperBound...]
    }
  }
}

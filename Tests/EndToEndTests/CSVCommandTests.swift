import Foundation
import Testing

/// `--csv` and `--excel` of the built binary over the shipped corpus: the output parses back
/// as RFC 4180, every row is as wide as the header, and every row's `file` and `line` exist.
@Suite(.serialized) struct CSVCommandTests {
  /// A small RFC 4180 reader: quoted fields may hold the separator, doubled quotes, CR and LF.
  static func parse(_ text: String, separator: Character = ",") -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == separator {
        row.append(field)
        field = ""
      } else if character == "\r\n" || character == "\n" {
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }

  static func table(_ arguments: [String], separator: Character = ",") throws -> [[String]] {
    let result = try AnswerCommandsIndex.run(arguments)
    #expect(result.stdout.hasSuffix("\r\n"))
    let rows = parse(result.stdout, separator: separator)
    try #require(rows.count > 1, "\(arguments): \(result.stdout.prefix(300))")
    return rows
  }

  /// Every row as wide as the header, and its `file:line` a line of that file.
  static func checkSources(_ rows: [[String]]) throws {
    let header = rows[0]
    let file = try #require(header.firstIndex(of: "file"))
    let line = try #require(header.firstIndex(of: "line"))
    for row in rows.dropFirst() {
      try #require(row.count == header.count, "\(row)")
      let url = BinaryRunner.repositoryRoot.appendingPathComponent(row[file])
      let text = try String(contentsOf: url, encoding: .utf8)
      let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
      let number = try #require(Int(row[line]), "\(row)")
      #expect(number >= 1 && number <= count, "\(row[file]):\(row[line])")
    }
  }

  @Test(arguments: [
    ["search", "prime ségur", "--csv"], ["figures", "prime ségur", "--csv"],
    ["figures", "700 000", "--csv"], ["timeline", "prime ségur", "--csv"],
    ["who-pays", "ségur", "--csv"],
  ])
  func everyRowCarriesAnExistingFileAndLine(arguments: [String]) throws {
    try Self.checkSources(try Self.table(arguments))
  }

  @Test func statsRowsAreMinistries() throws {
    let rows = try Self.table(["stats", "--csv"])
    #expect(rows[0].first == "ministry")
    #expect(rows.dropFirst().allSatisfy { $0.count == rows[0].count })
  }

  @Test func excelHasTheByteOrderMarkSemicolonsAndDecimalCommas() throws {
    let result = try AnswerCommandsIndex.run(["stats", "--excel"])
    #expect(Array(result.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let rows = Self.parse(String(result.stdout.dropFirst()), separator: ";")
    let median = try #require(rows[0].firstIndex(of: "median_delay_days"))
    #expect(rows.dropFirst().contains { $0[median] == "38,5" })
    try Self.checkSources(
      Self.parse(
        String(try AnswerCommandsIndex.run(["figures", "183 €", "--excel"]).stdout.dropFirst()),
        separator: ";"))
  }

  @Test func jsonAndCSVTogetherAreAUsageError() throws {
    let result = try BinaryRunner.run(["timeline", "ségur", "--csv", "--json"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--json and --csv exclude each other"))
  }
}

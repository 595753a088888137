import Foundation
import Testing

@testable import Extraction

/// Every row of french-expressions.md §2 is a table row of this target (its id, or its id and
/// a suffix: "M16a", "F1 no ref"), or, for the document metadata rows that the Corpus readers
/// extract, a named check in `CorpusTests`.
@Suite struct SpecCoverageTests {
  /// The row labels of french-expressions.md §2, in the spec's order.
  static let specRows: [String] = [
    "N1", "N2", "N4", "N5", "N6", "N7", "N8", "N10", "N11", "N13", "N15", "N16", "N17", "N18",
    "N19", "N20", "N21", "N23", "N24",
    "M1", "M2", "M4", "M5", "M6", "M7", "M8", "M10", "M11", "M12", "M13", "M14", "M16", "M17",
    "M18", "M19", "M20", "M21", "M22", "M23", "M25", "M26", "M27", "M29", "M30", "M32", "M33",
    "M34", "M36", "M37", "M39", "M40", "M42", "M43", "M46",
    "R1", "R2", "R3", "R6", "R8", "R9", "R10", "R11", "R12",
    "D1", "D2", "D4", "D5", "D6", "D8", "D9", "D11", "D12", "D13", "D14", "D15", "D16", "D18",
    "D19", "D21",
    "F1", "F2", "F4", "F5", "F6", "F8", "F9", "F10", "F12", "F13", "F14", "F15", "F16", "F18",
    "F19", "F20", "F21", "F22", "F24", "F25", "F26", "F27", "F29",
    "A1", "A2", "A3", "A5", "A6", "A7", "A9", "A12", "A13", "A14", "A15", "A16", "A18", "A19",
    "L1", "L2", "L4", "L5", "L6", "L7", "L9", "L10", "L11", "L13", "L15", "L16", "L17", "L18",
    "L19", "L21", "L22", "L23", "L24", "L27", "L28", "L29",
    "Q1", "Q2", "Q3", "Q6", "Q7", "Q8", "Q9",
  ]

  /// Metadata rows checked by the Corpus readers' tests: file (from the repository root) and
  /// the assertion it must contain.
  static let corpusChecks: [String: (file: String, snippet: String)] = [
    "Q1": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.number == 42"),
    "Q2": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.legislature == 17"),
    "Q3": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.questionPage == 5629"),
    "Q6": ("Tests/CorpusTests/SenatReaderTests.swift", "qSEQ241001929"),
    "Q7": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.ministryAsked =="),
    "Q8": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.ministryAnswering =="),
    "Q9": ("Tests/CorpusTests/ANMarkdownReaderTests.swift", "document.author?.name =="),
  ]

  /// The ids of every table of this target that holds spec rows.
  static var tableIDs: [String] {
    AmountTests.cases.map(\.id) + CountTests.cases.map(\.id) + DateTests.absolute.map(\.id)
      + DateTests.relative.map(\.id) + DateTests.anchored.map(\.id)
      + ReferenceTests.cases.map(\.id) + FundingTests.cases.map(\.id)
      + SpecRowTests.quantities.map(\.id) + SpecRowTests.dates.map(\.id)
      + SpecRowTests.references.map(\.id) + SpecNegativeTests.cases.map(\.id)
      + SpecNegativeTests.noDates.map(\.id) + BareDateTests.cases.map(\.id)
  }

  /// "M16a" and "F1 no ref" belong to rows "M16" and "F1"; "F13" does not belong to "F1".
  static func id(_ caseID: String, belongsTo row: String) -> Bool {
    guard caseID.hasPrefix(row) else { return false }
    guard let next = caseID.dropFirst(row.count).first else { return true }
    return !next.isNumber
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test(arguments: specRows)
  func rowHasATest(_ row: String) {
    let inTables = Self.tableIDs.filter { Self.id($0, belongsTo: row) }
    #expect(!inTables.isEmpty || Self.corpusChecks[row] != nil, "no table row for \(row)")
  }

  @Test(arguments: Array(corpusChecks.keys).sorted())
  func metadataRowIsCheckedByTheReaders(_ row: String) throws {
    let check = try #require(Self.corpusChecks[row])
    let text = try String(
      contentsOf: Self.root.appendingPathComponent(check.file), encoding: .utf8)
    #expect(text.contains(check.snippet), "\(row): \(check.file)")
  }

  /// Where the shared spec sits next to the repository, its row labels are exactly
  /// `specRows`: a row added to the spec fails here until it has a test.
  @Test func specRowsMatchTheSpec() throws {
    let spec = Self.root.deletingLastPathComponent()
      .appendingPathComponent("shared/spec/french-expressions.md")
    guard let text = try? String(contentsOf: spec, encoding: .utf8) else { return }
    let labels = text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("| "), let cell = line.dropFirst(2).split(separator: " ").first,
        let letter = cell.first, "NMRDFALQ".contains(letter), cell.count >= 2,
        cell.dropFirst().allSatisfy(\.isNumber)
      else { return nil }
      return String(cell)
    }
    #expect(labels == Self.specRows)
  }
}

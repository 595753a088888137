import Foundation
import Testing

/// `parlindex report` as a user runs it, without a browser: what it prints, its exit codes.
@Suite(.serialized) struct ReportCommandLineTests {
  static let index = ReportBrowserPages.folder.appendingPathComponent("index").path

  @Test func writesTheFileAndSaysWhatItHolds() throws {
    try ReportBrowserPages.requireBuilt()
    let result = ReportBrowserPages.built[1]
    #expect(result.stdout.hasPrefix("wrote \(ReportBrowserPages.report.path): "))
    #expect(result.stdout.contains("5 document(s)"))
    let page = try String(contentsOf: ReportBrowserPages.report, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("Rapport « prime ségur »"))
  }

  @Test func missingHTMLIsAUsageError() throws {
    try ReportBrowserPages.requireBuilt()
    let result = try BinaryRunner.run(["report", "prime ségur", "--index", Self.index])
    #expect(result.status == 64)
    #expect(result.stderr.contains("missing --html FILE"))
  }

  @Test func anUnwritableFileIsNamedAndExitsOne() throws {
    try ReportBrowserPages.requireBuilt()
    let file = ReportBrowserPages.folder.appendingPathComponent("no-such-folder/r.html").path
    let result = try BinaryRunner.run([
      "report", "prime ségur", "--index", Self.index, "--html", file,
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("cannot write report to \(file)"), "\(result.stderr)")
  }

  @Test func theTitleOptionNamesThePage() throws {
    try ReportBrowserPages.requireBuilt()
    let file = ReportBrowserPages.folder.appendingPathComponent("titled.html")
    let result = try BinaryRunner.run([
      "report", "ségur", "--index", Self.index, "--html", file.path, "--title", "Ségur & co",
      "--chamber", "an",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let page = try String(contentsOf: file, encoding: .utf8)
    #expect(page.contains("<title>Ségur &amp; co</title>"))
    #expect(page.contains("3 documents"))
  }
}

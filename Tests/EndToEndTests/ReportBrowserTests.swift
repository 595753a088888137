import Foundation
import Testing

/// The report of the shipped corpus, built by the binary, written by `report`, then opened in
/// headless Chromium: built once for the whole suite.
enum ReportBrowserPages {
  static let folder = try! BinaryRunner.temporaryDirectory()
  static let report = folder.appendingPathComponent("rapport prime ségur.html")

  /// `index` then `report` with the built binary.
  static let built: [BinaryRunner.Result] = {
    let index = folder.appendingPathComponent("index").path
    return [
      try! BinaryRunner.run(["index", "corpus", "--index", index]),
      try! BinaryRunner.run(["report", "prime ségur", "--index", index, "--html", report.path]),
    ]
  }()

  /// A page that must make the console check fail: a script error and a blocked image.
  static let control: URL = page(
    "control.html",
    """
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src \
    'unsafe-inline'"/></head><body><p>x</p><img src="http://example.invalid/a.png" alt=""/>\
    <script>undefinedFunction();</script>
    """)

  /// An empty page, screenshot the same way as the report, to show what "blank" measures.
  static let empty: URL = page("empty.html", "</head><body>")

  static func page(_ name: String, _ middle: String) -> URL {
    let url = folder.appendingPathComponent(name)
    let html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><title>t</title>\(middle)</body></html>"
    try! Data(html.utf8).write(to: url)
    return url
  }

  static func requireBuilt() throws {
    for result in built { #expect(result.status == 0, "\(result.stderr)") }
    try #require(FileManager.default.fileExists(atPath: report.path))
  }
}

/// `parlindex report` in a real browser: the page loads without console errors, holds the
/// timeline and the tables, and its screenshot is not blank.
@Suite(
  .serialized,
  .enabled(
    if: ReportChromium.path != nil,
    "headless Chromium not found (chromium or chromium-browser on PATH); .ci/run installs it"))
struct ReportBrowserTests {
  @Test func pageLoadsWithoutConsoleErrorsAndHoldsTheTimelineAndTables() throws {
    try ReportBrowserPages.requireBuilt()
    let run = try ReportChromium.run(
      ["--dump-dom"], page: ReportBrowserPages.report, in: ReportBrowserPages.folder)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.consoleLines.isEmpty, "console: \(run.consoleLines)")
    let dom = run.stdout
    for needle in [
      "<svg class=\"timeline\"", "<table class=\"events stack\">",
      "<table class=\"figures stack\">",
      "<table class=\"funding stack\">", "id=\"src-1\"", "class=\"ring\"", "✗ désaccord",
    ] {
      #expect(dom.contains(needle), "the DOM lacks \(needle)")
    }
    #expect(dom.components(separatedBy: "<circle").count > 10)
    #expect(dom.components(separatedBy: "<rect").count > 3)
  }

  @Test func theConsoleCheckCatchesAScriptErrorAndABlockedLoad() throws {
    let run = try ReportChromium.run(
      ["--dump-dom"], page: ReportBrowserPages.control, in: ReportBrowserPages.folder)
    #expect(!run.timedOut)
    let console = run.consoleLines.joined(separator: "\n")
    #expect(console.contains("Uncaught ReferenceError"), "\(run.stderr)")
    #expect(console.contains("Content Security Policy"), "\(run.stderr)")
  }

  @Test func theScreenshotIsNotBlank() throws {
    try ReportBrowserPages.requireBuilt()
    let report = try screenshot(ReportBrowserPages.report, "report.png")
    #expect(report.width == 1000 && report.height == 1400)
    let summary = report.summary
    // Text, the time axis and the tables cover a good part of the first screen, in many
    // anti-aliased shades; the disputed date's red ring and label are among them.
    #expect(summary.foregroundShare > 0.05, "\(summary)")
    #expect(summary.colours > 50, "\(summary)")
    #expect(summary.redPixels > 20, "\(summary)")
    let empty = try screenshot(ReportBrowserPages.empty, "empty.png").summary
    #expect(empty.foregroundShare < 0.001, "\(empty)")
    #expect(empty.colours < 5, "\(empty)")
  }

  func screenshot(_ page: URL, _ name: String) throws -> ReportPNG {
    let file = ReportBrowserPages.folder.appendingPathComponent(name)
    let run = try ReportChromium.run(
      ["--screenshot=\(file.path)", "--window-size=1000,1400"], page: page,
      in: ReportBrowserPages.folder)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderr)")
    return try ReportPNG(try Data(contentsOf: file))
  }
}

import Foundation
import Testing

/// `index` draws a progress line only when standard error is a terminal, and prints nothing but
/// its summary otherwise (a script's log stays clean).
@Suite struct ProgressTests {
  static func corpus() throws -> URL {
    let root = try BinaryRunner.temporaryDirectory()
    let folder = root.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for number in 1...3 {
      try Data("# Note \(number)\n\nLa prime Ségur est versée en 2025.\n".utf8)
        .write(to: folder.appendingPathComponent("note-\(number).md"))
    }
    return root
  }

  @Test func withoutATerminalOnlyTheSummaryIsPrinted() throws {
    let root = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: root) }
    let index = root.appendingPathComponent("index").path
    let result = try BinaryRunner.run([
      "index", root.appendingPathComponent("docs").path, "--index", index,
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("indexed 3 documents") == true)
  }

  /// `script` (util-linux) runs the binary on a pseudo-terminal and copies what it shows.
  static let script = ["/usr/bin/script", "/bin/script"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// On a terminal the progress line is drawn (and erased before the summary); with `--quiet`
  /// only the summary is printed.
  @Test(
    .enabled(if: script != nil, "needs util-linux's script for a pseudo-terminal"),
    arguments: [false, true])
  func onATerminalTheProgressLineIsDrawn(quiet: Bool) throws {
    let root = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: root) }
    let command =
      [
        BinaryRunner.binary.path, "index", root.appendingPathComponent("docs").path, "--index",
        root.appendingPathComponent("index").path,
      ].map { "'\($0)'" }.joined(separator: " ") + (quiet ? " --quiet" : "")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(Self.script))
    process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
    let output = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let shown = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(shown)")
    #expect(shown.contains("indexed 3 documents"), "\(shown)")
    if quiet {
      #expect(!shown.contains("3/3 documents"), "\(shown)")
    } else {
      #expect(shown.contains("3/3 documents"), "\(shown)")
      #expect(shown.contains("s left"), "\(shown)")
      #expect(shown.contains("\r\u{1B}[K"), "the line is erased before the summary")
    }
  }
}

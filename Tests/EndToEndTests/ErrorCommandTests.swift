import Foundation
import Testing

/// What the built binary prints when something is wrong: one `parlindex: error:` line saying what
/// happened, to which argument or file, and what to do, with the right exit status.
@Suite struct ErrorCommandTests {
  @Test(arguments: [
    (["timelime", "ségur"], 64, "unknown command 'timelime'; did you mean 'timeline'?"),
    (["figures", "--chamber", "senta"], 64, "did you mean --chamber senat?"),
    (["search", "ségur", "--frm", "2024"], 64, "unknown option --frm; did you mean --from?"),
    (["timeline", "ségur", "--limit", "3"], 64, "'timeline' takes no option --limit"),
    (["search", "prime ("], 64, "QUERY 'prime (': unclosed '(' (column 7); add the missing ')'"),
    (["who-pays", "ségur", "--json", "--excel"], 64, "--json and --excel exclude each other"),
    (
      ["stats", "--index", "nowhere"], 1, "no index in 'nowhere/'; build one with: parlindex index"
    ),
    (["search", "x", "--index", "README.md"], 1, "'README.md' is a file, not an index folder"),
  ])
  func errorsSayWhatToDo(arguments: [String], status: Int32, message: String) throws {
    let result = try BinaryRunner.run(arguments)
    #expect(result.status == status, "\(arguments): \(result.stderr)")
    let first = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("parlindex: error: "), "\(arguments): \(first)")
    #expect(first.contains(message), "\(arguments): \(first)")
    #expect(result.stdout.isEmpty, "\(arguments) wrote to standard output")
  }

  @Test(arguments: [["help", "timeline"], ["--help", "timeline"], ["timeline", "-h"]])
  func helpAliasesPrintTheCommandsUsage(arguments: [String]) throws {
    let result = try BinaryRunner.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("usage: parlindex timeline"))
  }

  @Test func noCommandAtAllIsAUsageErrorThatListsTheCommands() throws {
    let result = try BinaryRunner.run([])
    #expect(result.status == 64)
    #expect(result.stderr.contains("missing COMMAND"))
    #expect(result.stdout.contains("exit codes:"))
  }

  /// A mistyped corpus path is refused before the build: the index keeps its documents.
  @Test func aMissingCorpusPathLeavesTheIndexUnchanged() throws {
    let root = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data("# Note\n\nLa prime Ségur est versée.\n".utf8)
      .write(to: folder.appendingPathComponent("note.md"))
    let index = root.appendingPathComponent("index").path
    #expect(try BinaryRunner.run(["index", folder.path, "--index", index]).status == 0)
    let typo = root.appendingPathComponent("dosc").path
    let result = try BinaryRunner.run(["index", typo, "--index", index])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no such file or folder: '\(typo)'"))
    #expect(result.stderr.contains("left unchanged"))
    let search = try BinaryRunner.run(["search", "ségur", "--index", index, "--json"])
    #expect(search.stdout.contains("\"count\": 1"), "\(search.stdout)")
  }
}

import Foundation
import Testing

/// The README's console blocks marked `<!-- RUN: parlindex … -->` are the binary's real output:
/// the commands run in order in a fresh folder holding a copy of `corpus/`, with the rules of
/// `scripts/update-readme-runs.py` (stdout then stderr, LF line ends, `lines=N` keeps N lines then
/// "…", build timings read "in … s").
@Suite struct ReadmeRunTests {
  /// One marked block: its command, its line limit, and the output the README shows.
  struct Block {
    var command: String
    var lines: Int?
    var shown: String
  }

  static func blocks(in readme: String) -> [Block] {
    var blocks: [Block] = []
    let rows = readme.components(separatedBy: "\n")
    var index = 0
    while index < rows.count {
      let row = rows[index]
      index += 1
      guard row.hasPrefix("<!-- RUN"), row.hasSuffix(" -->"), let colon = row.firstIndex(of: ":"),
        index < rows.count, rows[index] == "```console"
      else { continue }
      let head = row[row.index(row.startIndex, offsetBy: 8)..<colon]
      let lines = head.hasPrefix(" lines=") ? Int(head.dropFirst(7)) : nil
      let command = String(row[row.index(after: colon)...].dropFirst().dropLast(4))
      var body: [String] = []
      index += 1
      while index < rows.count, rows[index] != "```" {
        body.append(rows[index])
        index += 1
      }
      blocks.append(Block(command: command, lines: lines, shown: body.joined(separator: "\n")))
    }
    return blocks
  }

  /// Splits a command as a shell would, for words in double or single quotes.
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in command {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  static func normalised(_ output: String, lines: Int?) -> String {
    var text = output.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\u{FEFF}", with: "")
      .replacingOccurrences(
        of: #" in \d+(\.\d+)? s\b"#, with: " in … s", options: .regularExpression)
    while text.hasSuffix("\n") { text.removeLast() }
    var rows = text.components(separatedBy: "\n")
    if let lines, rows.count > lines { rows = Array(rows.prefix(lines)) + ["…"] }
    return rows.joined(separator: "\n")
  }

  @Test func quotedWordsStayTogether() {
    #expect(
      Self.words(#"parlindex timeline "prime ségur" --limit 2"#)
        == ["parlindex", "timeline", "prime ségur", "--limit", "2"])
    #expect(
      Self.words("parlindex figures '183 €' --csv") == ["parlindex", "figures", "183 €", "--csv"])
  }

  @Test func everyMarkedBlockIsWhatTheBinaryPrints() throws {
    let readme = try String(
      contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let blocks = Self.blocks(in: readme)
    #expect(blocks.count >= 10, "README.md has lost its RUN blocks")
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      at: BinaryRunner.repositoryRoot.appendingPathComponent("corpus"),
      to: folder.appendingPathComponent("corpus"))
    for block in blocks {
      let words = Self.words(block.command)
      try #require(words.first == "parlindex", "\(block.command)")
      let result = try BinaryRunner.run(Array(words.dropFirst()), in: folder)
      let expected =
        "$ \(block.command)\n"
        + Self.normalised(
          result.stdout + result.stderr, lines: block.lines)
      #expect(
        block.shown == expected,
        "README block of '\(block.command)' differs from the binary: run scripts/update-readme-runs.py"
      )
    }
  }
}

import Indexing
import Search
import Testing

@testable import ParlIndexCommands

/// Every error says what happened, to which argument or file, and what to do.
@Suite struct ErrorMessageTests {
  static let advice = ErrorAdvice(command: "search", indexDirectory: "index")
  static let elsewhere = ErrorAdvice(command: "timeline", indexDirectory: "/tmp/idx")

  @Test(arguments: [
    (
      IndexError.missing(path: "index"),
      "no index in 'index/'; build one with: parlindex index CORPUS"
    ),
    (
      .missing(path: "index/CURRENT"),
      "no finished index in 'index/' (it has no CURRENT file); build one with: parlindex index CORPUS"
    ),
    (
      .missing(path: "seg-000001.post"),
      "index/seg-000001.post: missing index file; the index is incomplete: rebuild it with: "
        + "parlindex index CORPUS"
    ),
    (
      .corrupted(file: "seg-000001.post", reason: "checksum differs"),
      "index/seg-000001.post: corrupted index file: checksum differs; rebuild it with: parlindex "
        + "index CORPUS (parlindex verify lists every damaged file)"
    ),
    (
      .incompatibleFormat(file: "manifest-000001.json", found: 3, supported: 4),
      "index/manifest-000001.json: index format version 3, this program reads version 4; "
        + "rebuild it with: parlindex index CORPUS"
    ),
    (
      .locked(pid: 4242),
      "index/write.lock: the index is being written by process 4242; wait for that build to "
        + "finish, then run the command again"
    ),
    (
      .io(path: "CURRENT", message: "cannot read"),
      "index/CURRENT: cannot read; check that it exists and that you may read and write it"
    ),
  ])
  func indexErrorsSayWhatToDo(error: IndexError, expected: String) {
    #expect(Self.advice.message(for: error) == expected)
  }

  @Test func aFileGivenAsTheIndexFolderIsSaidToBeOne() {
    let file = #filePath
    let advice = ErrorAdvice(command: "search", indexDirectory: file)
    #expect(
      advice.message(for: IndexError.missing(path: file + "/CURRENT"))
        == "'\(file)' is a file, not an index folder; give --index the folder an index was built "
        + "in, or build one with: parlindex index CORPUS --index FOLDER")
  }

  @Test func aNamedIndexFolderIsRepeatedInTheRemedy() {
    let message = Self.elsewhere.message(for: IndexError.missing(path: "/tmp/idx"))
    #expect(
      message == "no index in '/tmp/idx/'; build one with: parlindex index CORPUS --index /tmp/idx")
    let damaged = Self.elsewhere.message(
      for: IndexError.corrupted(file: "/tmp/idx/seg-000002.store", reason: "truncated"))
    #expect(damaged.hasPrefix("/tmp/idx/seg-000002.store: corrupted index file: truncated;"))
    #expect(damaged.contains("parlindex verify --index /tmp/idx"))
  }

  @Test(arguments: [
    ("verify", "index/: 2 problem(s) found; rebuild it with: parlindex index CORPUS"),
    ("extract", "index/: 2 problem(s) found; check the path, or give - to read standard input"),
    ("show", "index/: 2 problem(s) found"),
  ])
  func runtimeErrorsOfOtherCommandsGetTheirRemedy(command: String, expected: String) {
    let advice = ErrorAdvice(command: command, indexDirectory: "index")
    #expect(advice.message(for: RuntimeError("index/: 2 problem(s) found")) == expected)
  }

  @Test func aRuntimeErrorsOwnAdviceComesFirst() {
    let error = RuntimeError("x.txt: cannot read file", advice: "check its permissions")
    #expect(Self.advice.message(for: error) == "x.txt: cannot read file; check its permissions")
  }

  @Test(arguments: [
    (
      "--chamber", "senta", ["an", "senat"],
      "--chamber expects an or senat, got 'senta'; did you mean --chamber senat?"
    ),
    (
      "--chamber", "Assemblée", ["an", "senat"],
      "--chamber expects an or senat, got 'Assemblée'; did you mean --chamber an?"
    ),
    (
      "--chamber", "zzzzzzzz", ["an", "senat"],
      "--chamber expects an or senat, got 'zzzzzzzz'; write e.g. --chamber an"
    ),
    (
      "--kind", "questions", ["question", "announcement"],
      "--kind expects question or announcement, got 'questions'; did you mean --kind question?"
    ),
  ])
  func valuesOutsideTheirListSuggestTheClosest(
    flag: String, value: String, valid: [String], expected: String
  ) {
    #expect(ValueAdvice.message(flag: flag, got: value, valid: valid) == expected)
  }

  @Test(arguments: [
    ("prime (", "QUERY 'prime (': unclosed '(' (column 7); add the missing ')'"),
    ("\"prime ségur", "QUERY '\"prime ségur': unclosed quote (column 1); add the closing '\"'"),
    (
      "-mayotte",
      "QUERY '-mayotte': a query needs at least one word to search for, not only exclusions (column 1); add a word to search for, e.g. ségur -mayotte"
    ),
    (
      "pr*",
      "QUERY 'pr*': a prefix needs at least 3 letters before '*' (column 1); write at least 3 letters before '*'"
    ),
  ])
  func badQueriesSayTheColumnAndTheFix(query: String, expected: String) throws {
    do {
      _ = try QueryParser(analyzer: .init()).parse(query)
      Issue.record("'\(query)' parsed")
    } catch {
      #expect(QueryAdvice.message(for: error, in: query, role: "QUERY") == expected)
    }
  }

  @Test func everyParserMessageHasARemedy() {
    for query in [
      "prime (", "a )", "a OR", "OR a", "(a OR -b)", "a -", "()", "pri*me", "pr*",
      "\"a", "\"\"", "", "-a",
    ] {
      do {
        _ = try QueryParser(analyzer: .init()).parse(query)
      } catch {
        #expect(
          QueryAdvice.remedies.contains { error.message.hasPrefix($0.prefix) },
          "no remedy for '\(error.message)'")
      }
    }
  }

  @Test(arguments: [
    (
      ["--json", "--csv"],
      "--json and --csv exclude each other: keep one of them (JSON or CSV output)"
    ),
    (
      ["--excel", "--json"],
      "--json and --excel exclude each other: keep one of them (JSON or CSV output)"
    ),
  ])
  func jsonAndCSVExcludeEachOther(arguments: [String], expected: String) throws {
    let parsed = try ParsedArguments(
      ["prime"] + arguments, options: TimelineCommand.options, command: "timeline")
    do {
      _ = try OutputFormat.parse(parsed, command: "timeline")
      Issue.record("\(arguments) was accepted")
    } catch {
      #expect(error.message == expected)
    }
  }

  @Test(arguments: [
    ([String](), OutputFormat.text), (["--json"], .json), (["--csv"], .csv(.rfc4180)),
    (["--excel"], .csv(.excel)), (["--csv", "--excel"], .csv(.excel)),
  ])
  func outputFormats(arguments: [String], expected: OutputFormat) throws {
    let parsed = try ParsedArguments(arguments, options: StatsCommand.options, command: "stats")
    #expect(try OutputFormat.parse(parsed, command: "stats") == expected)
  }

  @Test(arguments: [
    (
      ["search"], "missing QUERY: give the words to look for, e.g. parlindex search \"prime ségur\""
    ),
    (
      ["timeline"],
      "missing TOPIC: give the words to look for, e.g. parlindex timeline \"prime ségur\""
    ),
    (
      ["search", "x", "--limit", "many"],
      "--limit expects a whole number (0 or more), got 'many'; write e.g. --limit 5"
    ),
    (
      ["search", "x", "--from", "2024-13"],
      "--from expects a date YYYY, YYYY-MM or YYYY-MM-DD, got '2024-13'; write e.g. --from 2025-02"
    ),
    (["stats", "-json"], "stats takes no positional argument, got '-json'; did you mean --json?"),
    (
      ["stats", "--as-of", "2025"],
      "--as-of expects a day YYYY-MM-DD, got '2025'; write e.g. --as-of 2025-03-31"
    ),
    (
      ["stats", "santé"],
      "stats takes no positional argument, got 'santé'; narrow it with the filters instead, e.g. --ministry santé"
    ),
    (
      ["who-pays", "x", "--legislature", "XVII"],
      "--legislature expects a number, got 'XVII'; write e.g. --legislature 17"
    ),
    (
      ["figures", "--answered", "--unanswered"],
      "--answered and --unanswered exclude each other: keep one of them, or neither for all"
    ),
    (
      ["search", "--batch", "--csv"],
      "--batch writes one JSON line per query; drop --csv/--excel, or search one QUERY"
    ),
    (["search", "x", "--frm", "2024"], "unknown option --frm; did you mean --from?"),
    (
      ["search", "x", "--zzzzzzzz"],
      "unknown option --zzzzzzzz for 'search'; its options are listed below"
    ),
    (
      ["timeline", "x", "--batch"],
      "'timeline' takes no option --batch (only search does); its options are listed below"
    ),
    (["search", "x", "--limit"], "option --limit needs a value: write --limit N"),
    (["stats", "--csv=yes"], "option --csv takes no value: write --csv alone"),
  ])
  func usageErrorsSayWhatToDo(arguments: [String], expected: String) throws {
    let command = try #require(ParlIndexTool.commands.first { $0.name == arguments[0] })
    do {
      let parsed = try ParsedArguments(
        Array(arguments.dropFirst()), options: command.options, command: command.name)
      _ = try command.init(arguments: parsed)
      Issue.record("\(arguments) was accepted")
    } catch {
      #expect(error.message == expected)
    }
  }

  @Test(arguments: [
    ("serch", "unknown command 'serch'; did you mean 'search'?"),
    ("who-pay", "unknown command 'who-pay'; did you mean 'who-pays'?"),
    ("frobnicate", "unknown command 'frobnicate'; the commands are listed below"),
    (
      "--json",
      "'--json' is not a command; options come after the command (parlindex COMMAND --json); the commands are listed below"
    ),
  ])
  func unknownCommands(typed: String, expected: String) {
    #expect(ParlIndexTool.unknownCommandMessage(typed) == expected)
  }

  @Test func theReadmeExitCodeTableIsTheCodes() {
    #expect(
      ReadmeHelpTests.readme.contains(
        "<!-- EXIT CODES -->\n\(ExitStatus.markdownTable)\n<!-- /EXIT CODES -->"),
      "README.md's exit codes differ from ExitStatus: run scripts/update-readme-help.py")
    #expect(ExitStatus.allCases.map(\.rawValue) == [0, 1, 64])
  }
}

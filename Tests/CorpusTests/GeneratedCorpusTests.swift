import Corpus
import Foundation
import Testing

/// Reads a corpus made by `gen_corpus.py` (never run here) and checks every document against
/// the generator's `docs.jsonl`. Runs only when `PARLINDEX_GENERATED_CORPUS` names its folder.
struct GeneratedCorpusTests {
  static let folder = ProcessInfo.processInfo.environment["PARLINDEX_GENERATED_CORPUS"]

  @Test(.enabled(if: folder != nil))
  func everyGeneratedFileMatchesItsRecord() throws {
    let root = URL(fileURLWithPath: try #require(Self.folder))
    let lines = try String(contentsOf: root.appendingPathComponent("docs.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    var mismatches: [String] = []
    for line in lines {
      let expected = try #require(
        JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      let id = try #require(expected["id"] as? String)
      let path = root.appendingPathComponent(id).path
      let file = CorpusFile(path: path, relativePath: id, size: 0, modificationTime: 0)
      let outcome = DocumentLoader().load(file)
      guard outcome.diagnostics.isEmpty, let document = outcome.documents.first else {
        mismatches.append("\(id): \(outcome.diagnostics)")
        continue
      }
      mismatches += GeneratedRecordComparison(expected: expected, document: document).problems
        .map { "\(id): \($0)" }
    }
    let report = mismatches.prefix(40).joined(separator: "\n")
    #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(report)")
  }
}

/// Compares one generated record with the document read from its file.
struct GeneratedRecordComparison {
  let expected: [String: Any]
  let document: Document

  var problems: [String] {
    var result: [String] = []
    func check(_ name: String, _ actual: String?, _ wanted: Any?, folding: Bool = false) {
      let want = wanted as? String
      let same =
        folding
        ? actual?.lowercased() == want?.lowercased() : actual == want
      if !same { result.append("\(name): got \(actual ?? "nil"), want \(want ?? "nil")") }
    }
    let kind = expected["kind"] as? String
    check("kind", document.kind.rawValue, kind)
    check("date", document.date?.iso, expected["date"])
    let text = document.sections.filter { $0.kind != .title }.flatMap(\.sentences)
      .map(\.text).joined(separator: " ")
    check("text", Self.normalized(text), Self.normalized(expected["text"] as? String ?? ""))
    if kind == "announcement" {
      check("title", document.title, expected["title"])
      check("issuer", document.issuer, expected["ministry"])
      return result
    }
    let title =
      document.chamber == .assemblee
      ? document.title?.replacingOccurrences(of: " / ", with: " ") : document.title
    check("title", title, expected["title"])
    check("chamber", document.chamber?.rawValue, expected["chamber"])
    check(
      "legislature", document.legislature.map(String.init),
      (expected["legislature"] as? Int).map(String.init))
    check("number", document.number.map(String.init), (expected["number"] as? Int).map(String.init))
    check(
      "author", document.author?.name.map(Self.straightApostrophes),
      (expected["author"] as? String).map(Self.straightApostrophes))
    check("groupName", document.author?.group, expected["groupName"])
    if document.chamber == .assemblee {
      check("group", document.author?.groupShort, expected["group"])
    }
    check("rubric", document.rubric, expected["rubric"], folding: true)
    check("ministry", document.ministryAnswering, expected["ministry"])
    if document.chamber == .assemblee
      || expected["ministry"] as? String == expected["ministryAsked"] as? String
    {
      check("ministryAsked", document.ministryAsked, expected["ministryAsked"])
    }
    check("answerDate", document.answerDate?.iso, expected["answerDate"])
    let answered = (expected["answered"] as? Bool) == true ? "answered" : "unanswered"
    check("status", document.status, answered)
    return result
  }

  static func straightApostrophes(_ text: String) -> String {
    text.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "œ", with: "oe")
  }

  static func normalized(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
  }
}

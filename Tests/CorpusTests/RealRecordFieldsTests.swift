import Corpus
import Foundation
import FrenchText
import Testing

/// Every field of every one of the 639 real records, checked against the raw JSON parsed here
/// independently of the reader (formats.md §1.2): what `show --json` prints is these fields.
struct RealRecordFieldsTests {
  /// Raw access to the JSON, written for the test: no one-or-many or fallback logic shared with
  /// the product code.
  struct Raw {
    let question: [String: Any]

    func value(_ path: [String], in root: Any? = nil) -> Any? {
      var current: Any? = root ?? question
      for key in path { current = (current as? [String: Any])?[key] }
      return current is NSNull ? nil : current
    }

    func string(_ path: String...) -> String? { value(path) as? String }

    /// The last element of a bare-object-or-array value.
    func last(_ path: String...) -> [String: Any]? {
      let found = value(path)
      return (found as? [[String: Any]])?.last ?? found as? [String: Any]
    }

    func first(_ path: String...) -> [String: Any]? {
      let found = value(path)
      return (found as? [[String: Any]])?.first ?? found as? [String: Any]
    }
  }

  static func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: RealRecordsTests.folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test
  func everyFieldOfEveryRecord() throws {
    let names = try Self.names()
    #expect(names.count == 639)
    for name in names {
      let data = try Data(contentsOf: RealRecordsTests.folder.appendingPathComponent(name))
      let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let raw = Raw(question: try #require(root["question"] as? [String: Any]))
      let document = try #require(try RealRecordsTests.load(name).documents.first)
      try check(document, against: raw, name: name)
    }
  }

  func check(_ document: Document, against raw: Raw, name: String) throws {
    let number = try #require(raw.string("identifiant", "numero").flatMap { Int($0) })
    let legislature = raw.string("identifiant", "legislature").flatMap { Int($0) }
    #expect(document.number == number, "\(name)")
    #expect(document.legislature == legislature, "\(name)")
    #expect(document.type == raw.string("type"), "\(name)")
    #expect("QANR5L\(legislature ?? 0)\(document.type ?? "")\(number)" == raw.string("uid"))
    #expect(document.rubric == raw.string("indexationAN", "rubrique"), "\(name)")
    let analyses = raw.value(["indexationAN", "analyses", "analyse"])
    let analysis = (analyses as? [String])?.joined(separator: " / ") ?? analyses as? String
    #expect(document.analysis == analysis, "\(name)")
    #expect(document.ministryAsked == raw.string("minInt", "developpe"), "\(name)")
    let lastAttribution = raw.last("minAttribs", "minAttrib")
    let answering = raw.value(["denomination", "developpe"], in: lastAttribution) as? String
    #expect(document.ministryAnswering == answering, "\(name)")
    #expect(document.author?.id == raw.string("auteur", "identite", "acteurRef"), "\(name)")
    #expect(document.author?.group == raw.string("auteur", "groupe", "developpe"), "\(name)")
    #expect(document.author?.groupShort == raw.string("auteur", "groupe", "abrege"), "\(name)")
    try checkDates(document, against: raw, name: name)
  }

  func checkDates(_ document: Document, against raw: Raw, name: String) throws {
    let firstAttribution = raw.first("minAttribs", "minAttrib")
    let published = raw.value(["infoJO", "dateJO"], in: firstAttribution) as? String
    #expect(raw.value(["textesQuestion"]) == nil, "QG records have no question text")
    #expect(document.questionDate?.iso == published && document.date?.iso == published)
    #expect(document.questionPage == nil, "\(name)")
    let answer = raw.last("textesReponse", "texteReponse")
    let answerDate = raw.value(["infoJO", "dateJO"], in: answer) as? String
    let ownPage = raw.value(["infoJO", "pageJO"], in: answer) as? String
    let page = (ownPage ?? raw.string("cloture", "infoJO", "pageJO")).flatMap { Int($0) }
    #expect(document.answerDate?.iso == answerDate, "\(name)")
    #expect(document.answerPage == page, "\(name)")
    #expect(document.closureCode == raw.string("cloture", "codeCloture"), "\(name)")
    #expect(document.closureLabel == raw.string("cloture", "libelleCloture"), "\(name)")
    #expect(document.status == "answered", "\(name)")
    let events = document.events.map { "\($0.kind.rawValue) \($0.date?.iso ?? "-")" }
    #expect(
      events == ["published \(published ?? "-")", "answered \(answerDate ?? "-")"], "\(name)")
    #expect(document.events.last?.page == page, "\(name)")
  }
}

import Corpus
import Foundation
import FrenchText
import Indexing
import Search
import Testing

/// Each filter against four documents with known metadata (all containing "prime").
@Suite struct FilterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var filter: SearchFilter
    var expected: [String]
    var testDescription: String { name }
  }

  private static func day(_ text: String) -> CalendarDate? { CalendarDate(parsing: text) }

  private static let documents: [String: Document] = [
    "q1.txt": Document(
      id: "q1", file: "", kind: .question, format: "test", chamber: .assemblee, legislature: 17,
      date: day("2025-02-04"), status: "answered",
      author: Author(name: "Jean-Luc Bourgeaux", group: "Droite Républicaine", groupShort: "DR"),
      ministryAsked: "Ministère du travail, de la santé et des solidarités",
      ministryAnswering: "Ministère de l’autonomie", rubric: "Professions de santé"),
    "q2.txt": Document(
      id: "q2", file: "", kind: .question, format: "test", chamber: .senat, legislature: 17,
      date: day("2024-06-15"), status: "unanswered",
      author: Author(name: "Marie Dupont", group: "Rassemblement National", groupShort: "RN"),
      ministryAsked: "Ministère de l’intérieur", rubric: "Sécurité"),
    "q3.txt": Document(
      id: "q3", file: "", kind: .question, format: "test", chamber: .assemblee, legislature: 16,
      rubric: "Santé"),
    "a1.txt": Document(
      id: "a1", file: "", kind: .announcement, format: "test", chamber: .assemblee,
      date: day("2025-02-10"), ministryAsked: "Ministère du travail"),
  ]

  static let cases: [Case] = [
    Case(name: "none", filter: SearchFilter(), expected: ["a1", "q1", "q2", "q3"]),
    Case(name: "AN", filter: SearchFilter(chamber: .assemblee), expected: ["q1", "q3"]),
    Case(name: "Sénat", filter: SearchFilter(chamber: .senat), expected: ["q2"]),
    Case(name: "legislature", filter: SearchFilter(legislature: 16), expected: ["q3"]),
    Case(
      name: "ministry asked", filter: SearchFilter(ministry: "Travail"), expected: ["a1", "q1"]),
    Case(name: "ministry answering", filter: SearchFilter(ministry: "autonomie"), expected: ["q1"]),
    Case(
      name: "ministry words in order", filter: SearchFilter(ministry: "travail, de la santé"),
      expected: ["q1"]),
    Case(
      name: "ministry not consecutive", filter: SearchFilter(ministry: "santé travail"),
      expected: []),
    Case(name: "author", filter: SearchFilter(author: "BOURGEAUX"), expected: ["q1"]),
    Case(name: "author first names", filter: SearchFilter(author: "jean-luc"), expected: ["q1"]),
    Case(name: "author reversed", filter: SearchFilter(author: "luc jean"), expected: []),
    Case(name: "group short", filter: SearchFilter(group: "RN"), expected: ["q2"]),
    Case(name: "group long", filter: SearchFilter(group: "droite"), expected: ["q1"]),
    Case(name: "rubric", filter: SearchFilter(rubric: "santé"), expected: ["q1", "q3"]),
    Case(name: "announcements", filter: SearchFilter(kind: .announcement), expected: ["a1"]),
    Case(name: "questions", filter: SearchFilter(kind: .question), expected: ["q1", "q2", "q3"]),
    Case(
      name: "from year", filter: SearchFilter(from: DateBound(year: 2025)), expected: ["a1", "q1"]),
    Case(name: "to year", filter: SearchFilter(to: DateBound(year: 2024)), expected: ["q2"]),
    Case(
      name: "from day", filter: SearchFilter(from: DateBound(year: 2025, month: 2, day: 5)),
      expected: ["a1"]),
    Case(
      name: "to day inclusive", filter: SearchFilter(to: DateBound(parsing: "2025-02-04")),
      expected: ["q1", "q2"]),
    Case(
      name: "one month",
      filter: SearchFilter(from: DateBound(parsing: "2025-02"), to: DateBound(parsing: "2025-02")),
      expected: ["a1", "q1"]),
    Case(name: "answered", filter: SearchFilter(answered: true), expected: ["q1"]),
    Case(name: "unanswered", filter: SearchFilter(answered: false), expected: ["q2", "q3"]),
    Case(
      name: "combined", filter: SearchFilter(chamber: .assemblee, ministry: "travail"),
      expected: ["q1"]),
  ]

  @Test(arguments: cases)
  func filter(_ testCase: Case) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    for name in FilterTests.documents.keys { try temp.write(name, "prime") }
    var builder = IndexBuilder(directory: temp.index)
    let documents = FilterTests.documents
    builder.loader = { file, _ in
      var document = documents[file.relativePath]!
      document.file = file.path
      let span = SourceSpan(file: file.path, line: 1, byteRange: 0..<5)
      document.sections = [Section(kind: .body, sentences: [Sentence(text: "prime", span: span)])]
      return LoadOutcome(documents: [document])
    }
    _ = try builder.build(paths: [temp.corpus.path])
    let searcher = Searcher(
      reader: try IndexReader(directory: temp.index), analyzer: FrenchAnalyzer())
    let results = searcher.search(.term("prime"), filter: testCase.filter, limit: 10)
    #expect(results.hits.map(\.id).sorted() == testCase.expected)
    #expect(results.count == testCase.expected.count)
  }

  @Test(arguments: [
    ("2025", "2025-01-01", "2025-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-11-05", "2023-11-05", "2023-11-05"),
  ])
  func dateBoundCoversItsPrecision(text: String, first: String, last: String) throws {
    let bound = try #require(DateBound(parsing: text))
    #expect(bound.description == text)
    #expect(bound.firstDay == CalendarDate(parsing: first)!.daysSinceEpoch)
    #expect(bound.lastDay == CalendarDate(parsing: last)!.daysSinceEpoch)
  }

  @Test(arguments: ["", "25", "2025-13", "2025-02-30", "2025/02/01", "2025-2", "hier"])
  func badDateBoundIsRejected(text: String) {
    #expect(DateBound(parsing: text) == nil)
  }
}

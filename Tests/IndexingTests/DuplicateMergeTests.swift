import Corpus
import Foundation
import FrenchText
import Testing

@testable import Indexing

/// One question, one record: the same question met twice (two folders, two formats) is indexed
/// once, its versions merged, whatever the order they are met in.
@Suite struct DuplicateMergeTests {
  static let older = """
    id=AN-17-QE-7
    status=unanswered
    published=2025-01-07
    question=Le département zquestionword finance la prime.
    """
  static let newer = """
    id=AN-17-QE-7
    status=answered
    published=2025-01-07
    answered=2025-03-04
    answer=Le ministre zanswerword répond au député.
    """

  /// Reads `key=value` lines into a question.
  static let loader: @Sendable (CorpusFile, Data) -> LoadOutcome = { file, data in
    var fields: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
      if parts.count == 2 { fields[parts[0]] = parts[1] }
    }
    let sentence = { (text: String) in
      Sentence(text: text, span: SourceSpan(file: file.path, line: 1, byteRange: 0..<1))
    }
    var document = Document(
      id: fields["id"] ?? file.relativePath, file: file.path, kind: .question, format: "test",
      status: fields["status"], questionDate: fields["published"].flatMap(CalendarDate.init))
    document.events = [StatusEvent(kind: .published, date: document.questionDate)]
    for (key, kind) in [("question", SectionKind.question), ("answer", .answer)] {
      guard let text = fields[key] else { continue }
      document.sections.append(Section(kind: kind, sentences: [sentence(text)]))
    }
    if let answered = fields["answered"].flatMap(CalendarDate.init) {
      document.answerDate = answered
      document.events.append(StatusEvent(kind: .answered, date: answered))
    }
    return LoadOutcome(documents: [document])
  }

  private func build(_ temp: TemporaryIndex, _ folders: [String], index: URL? = nil) throws
    -> BuildReport
  {
    var builder = IndexBuilder(directory: index ?? temp.index)
    builder.loader = Self.loader
    return try builder.build(paths: folders.map { temp.corpus.appendingPathComponent($0).path })
  }

  @Test func sameQuestionTwiceIsOneMergedRecord() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("ancien/q.txt", Self.older)
    try temp.write("nouveau/q.txt", Self.newer)
    let report = try build(temp, ["ancien", "nouveau"])
    #expect(report.totalDocuments == 1 && report.documentsRead == 2)
    #expect(!report.diagnostics.contains { $0.message.contains("duplicate") })
    let record = try #require(try IndexReader(directory: temp.index).record(id: "AN-17-QE-7"))
    #expect(record.document.status == "answered")
    #expect(record.document.events.map(\.kind) == [.published, .answered])
    #expect(Set(record.document.sections.map(\.kind)) == [.question, .answer])
    #expect(record.document.file.hasSuffix("nouveau/q.txt"))
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }

  @Test func theRecordDoesNotDependOnTheOrderVersionsAreMetIn() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a/q.txt", Self.newer)
    try temp.write("b/q.txt", Self.older)
    try temp.write("c/q.txt", Self.older.replacingOccurrences(of: "zquestionword", with: "autre"))
    let other = temp.root.appendingPathComponent("index2")
    _ = try build(temp, ["a", "b", "c"])
    _ = try build(temp, ["c", "b", "a"], index: other)
    let first = try IndexReader(directory: temp.index).record(id: "AN-17-QE-7")
    let second = try IndexReader(directory: other).record(id: "AN-17-QE-7")
    #expect(first != nil && first == second)
    #expect(first?.document.status == "answered")
  }

  @Test func aNewerVersionInALaterRunCountsAsUpdated() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("ancien/q.txt", Self.older)
    try temp.write("nouveau/q.txt", Self.newer)
    let first = try build(temp, ["ancien"])
    #expect((first.added, first.updated) == (1, 0))
    let second = try build(temp, ["ancien", "nouveau"])
    #expect((second.added, second.updated, second.dropped, second.unchanged) == (0, 1, 0, 0))
    #expect(second.totalDocuments == 1)
    let third = try build(temp, ["ancien", "nouveau"])
    #expect((third.added, third.updated, third.dropped, third.unchanged) == (0, 0, 0, 1))
    let record = try IndexReader(directory: temp.index).record(id: "AN-17-QE-7")
    #expect(record?.document.status == "answered")
  }

  @Test func anOlderVersionNeverTakesTheAnswerBack() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("z/q.txt", Self.older)
    try temp.write("a/q.txt", Self.newer)
    _ = try build(temp, ["a"])
    _ = try build(temp, ["a", "z"])
    let record = try IndexReader(directory: temp.index).record(id: "AN-17-QE-7")
    #expect(record?.document.status == "answered")
    #expect(record?.document.answerDate == CalendarDate(parsing: "2025-03-04"))
  }

  @Test func identicalCopiesAreOneRecordWithoutWarning() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a/q.txt", Self.older)
    try temp.write("b/q.txt", Self.older)
    let report = try build(temp, ["b", "a"])
    #expect(report.totalDocuments == 1 && report.diagnostics.isEmpty)
    let record = try IndexReader(directory: temp.index).record(id: "AN-17-QE-7")
    #expect(record?.document.file.hasSuffix("b/q.txt") == true, "the path sorting last")
  }
}

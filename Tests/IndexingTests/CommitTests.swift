import Corpus
import Foundation
import Testing

@testable import Indexing

@Suite struct CommitTests {
  private func corpus() throws -> TemporaryIndex {
    let temp = try TemporaryIndex()
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    try temp.write("b.txt", "Le département compense la revalorisation")
    try temp.write("c.txt", "Une dotation exceptionnelle de l’État")
    return temp
  }

  /// A full build and an incremental one (a new segment, a deletions file) fail the same way.
  @Test(arguments: [IndexBuilder.Fault.afterSegments, .afterManifest], [false, true])
  func failedBuildLeavesThePreviousGeneration(fault: IndexBuilder.Fault, full: Bool) throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    try temp.write("d.txt", "Un quatrième document")
    try temp.write("c.txt", "Une dotation exceptionnelle de l’État, révisée")
    var failing = IndexBuilder(directory: temp.index)
    failing.fullRebuild = full
    failing.fault = fault
    #expect(throws: IndexError.self) { try failing.build(paths: [temp.corpus.path]) }
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.documentCount == 3)
    #expect(reader.record(id: "d.txt") == nil)
    #expect(reader.record(id: "c.txt")?.document.title?.contains("révisée") != true)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
    // The failed build removed its own files, temporaries included.
    #expect(temp.indexFiles().allSatisfy { IndexLayout.generation(of: $0) ?? 1 == 1 })
    #expect(!temp.indexFiles().contains { $0.hasSuffix(".tmp") })
    // The next commit takes the unused number and removes the old generation.
    var next = IndexBuilder(directory: temp.index)
    next.fullRebuild = full
    let report = try next.build(paths: [temp.corpus.path])
    #expect(report.generation == 2)
    #expect(!temp.indexFiles().contains("manifest-000001.json"))
    #expect(temp.indexFiles().allSatisfy { IndexLayout.generation(of: $0) ?? 2 <= 2 })
    #expect(try IndexReader(directory: temp.index).documentCount == 4)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }

  @Test func oldGenerationsAreCollected() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    for _ in 0..<3 {
      var builder = IndexBuilder(directory: temp.index)
      builder.fullRebuild = true
      _ = try builder.build(paths: [temp.corpus.path])
    }
    let expected =
      ["CURRENT", "manifest-000003.json", VerifiedStamps.fileName]
      + IndexLayout.suffixes.map { IndexLayout.segmentFile(generation: 3, suffix: $0) }
    #expect(temp.indexFiles() == expected.sorted())
  }

  @Test(arguments: [false, true])
  func reportComparesWithThePreviousGeneration(full: Bool) throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    let first = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect((first.added, first.updated, first.dropped, first.unchanged) == (3, 0, 0, 0))
    try temp.write("a.txt", "La prime Ségur est enfin versée")
    try temp.remove("b.txt")
    try temp.write("e.txt", "Un nouveau communiqué")
    var builder = IndexBuilder(directory: temp.index)
    builder.fullRebuild = full
    let second = try builder.build(paths: [temp.corpus.path])
    #expect((second.added, second.updated, second.dropped, second.unchanged) == (1, 1, 1, 1))
    #expect(second.totalDocuments == 3)
    #expect(second.documentsRead == (full ? 3 : 2))
    #expect(second.filesRead == 2)
    #expect(second.segmentCount == (full ? 1 : 2))
    #expect(second.wasFullBuild == full)
    let third = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect((third.added, third.updated, third.dropped, third.unchanged) == (0, 0, 0, 3))
    #expect(third.generation == second.generation && third.filesRead == 0)
  }

  @Test func duplicateIdKeepsTheLaterFile() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    var builder = IndexBuilder(directory: temp.index)
    builder.loader = { file, data in
      let text = String(decoding: data, as: UTF8.self)
      let sentence = Sentence(
        text: text, span: SourceSpan(file: file.path, line: 1, byteRange: 0..<data.count))
      return LoadOutcome(documents: [
        Document(
          id: file.relativePath == "c.txt" ? "a.txt" : file.relativePath, file: file.path,
          kind: .announcement, format: "test",
          sections: [Section(kind: .body, sentences: [sentence])])
      ])
    }
    let report = try builder.build(paths: [temp.corpus.path])
    #expect(report.totalDocuments == 2)
    #expect(report.diagnostics.contains { $0.message.contains("duplicate id a.txt") })
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.record(id: "a.txt")?.document.file.hasSuffix("c.txt") == true)
    #expect(reader.record(path: temp.corpus.path + "/a.txt") == nil)
  }

  @Test func unreadableFilesAreSkippedNotFatal() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    let report = try IndexBuilder(directory: temp.index).build(
      paths: [temp.corpus.path, temp.root.appendingPathComponent("nowhere").path])
    #expect(report.totalDocuments == 3)
    #expect(report.skipped.count == 1)
    #expect(report.skipped.first?.file.hasSuffix("nowhere") == true)
  }

  @Test func liveLockRefusesASecondWriter() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try FileManager.default.createDirectory(at: temp.index, withIntermediateDirectories: true)
    let lock = temp.index.appendingPathComponent("write.lock")
    try Data("\(getpid())\n".utf8).write(to: lock)
    #expect(throws: IndexError.locked(pid: getpid())) {
      try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    }
    #expect(FileManager.default.fileExists(atPath: lock.path))
  }

  @Test func staleLockIsTakenOver() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try FileManager.default.createDirectory(at: temp.index, withIntermediateDirectories: true)
    let lock = temp.index.appendingPathComponent("write.lock")
    try Data("2147483600\n".utf8).write(to: lock)
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.totalDocuments == 3)
    #expect(!FileManager.default.fileExists(atPath: lock.path))
  }

  @Test func smallMemoryBudgetSpillsAndGivesTheSameIndex() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    var builder = IndexBuilder(directory: temp.index)
    builder.memoryBudget = 1
    builder.chunkSize = 1
    _ = try builder.build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    let prime = try #require(reader.terms.lookup("prime"))
    #expect(reader.postingList(prime, positions: true).documents == [0])
    let la = try #require(reader.terms.lookup("la"))
    #expect(reader.postingList(la, positions: false).documents == [0, 1])
  }
}

import Foundation
import Testing

@testable import Indexing

/// Readers keep the generation they opened; the builder reports its progress.
@Suite struct ReaderIsolationTests {
  @Test func readerKeepsItsGenerationAfterACommit() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let old = try IndexReader(directory: temp.index)
    try temp.write("a.txt", "Une autre phrase sans le mot")
    try temp.write("b.txt", "Encore un document")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(!temp.indexFiles().contains("seg-000001.post"))
    #expect(old.documentCount == 1)
    #expect(old.terms.lookup("prime") != nil)
    #expect(old.record(id: "a.txt")?.document.sentences.first?.text.contains("Ségur") == true)
    let new = try IndexReader(directory: temp.index)
    #expect(new.documentCount == 2)
  }

  @Test func progressReachesTheFileCount() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    for number in 0..<5 { try temp.write("f\(number).txt", "document \(number)") }
    var builder = IndexBuilder(directory: temp.index)
    builder.chunkSize = 2
    let calls = ProgressLog()
    _ = try builder.build(paths: [temp.corpus.path]) { done, total in calls.append(done, total) }
    #expect(calls.values.map(\.0) == [2, 4, 5])
    #expect(calls.values.allSatisfy { $0.1 == 5 })
  }
}

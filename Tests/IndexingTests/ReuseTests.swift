import Corpus
import Foundation
import Testing

@testable import Indexing

/// Unchanged files (same size and modification time) keep their stored records.
@Suite struct ReuseTests {
  @Test(arguments: [true, false])
  func unchangedFilesAreReusedOnlyWhenAllowed(reuse: Bool) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    try temp.write("b.txt", "Le département compense la revalorisation")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let before = try IndexReader(directory: temp.index).record(id: "a.txt")
    // A loader that reads nothing: only reused records can survive.
    var builder = IndexBuilder(directory: temp.index)
    builder.reuseUnchangedFiles = reuse
    builder.loader = { file, _ in
      LoadOutcome(diagnostics: [Diagnostic(file: file.path, message: "unreadable")])
    }
    let report = try builder.build(paths: [temp.corpus.path])
    #expect(report.totalDocuments == (reuse ? 2 : 0))
    #expect(report.unchanged == (reuse ? 2 : 0))
    #expect(report.dropped == (reuse ? 0 : 2))
    let after = try IndexReader(directory: temp.index).record(id: "a.txt")
    #expect((after == before) == reuse)
  }

  @Test func anotherPipelineDoesNotReuse() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur")
    var builder = IndexBuilder(directory: temp.index)
    builder.pipeline = "one"
    _ = try builder.build(paths: [temp.corpus.path])
    builder.pipeline = "two"
    builder.loader = { _, _ in LoadOutcome() }
    #expect(try builder.build(paths: [temp.corpus.path]).totalDocuments == 0)
  }
}

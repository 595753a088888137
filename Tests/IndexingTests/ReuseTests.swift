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

  /// The read-ahead hints skip the files `reuse` would give from the stored records, and only
  /// those: a changed size or time, an unknown path or another pipeline is read.
  @Test func looksUnchangedOnlyForFilesWithTheStoredSizeAndTime() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    var builder = IndexBuilder(directory: temp.index)
    builder.pipeline = "one"
    _ = try builder.build(paths: [temp.corpus.path])
    let file = try #require(CorpusWalker().files(under: [temp.corpus.path]).files.first)
    let previous = PreviousGeneration(directory: temp.index, pipeline: "one")
    #expect(previous.looksUnchanged(file))
    let grown = CorpusFile(
      path: file.path, relativePath: file.relativePath, size: file.size + 1,
      modificationTime: file.modificationTime)
    #expect(!previous.looksUnchanged(grown))
    let touched = CorpusFile(
      path: file.path, relativePath: file.relativePath, size: file.size,
      modificationTime: file.modificationTime + 1)
    #expect(!previous.looksUnchanged(touched))
    let other = CorpusFile(
      path: file.path + ".new", relativePath: "a.txt.new", size: file.size,
      modificationTime: file.modificationTime)
    #expect(!previous.looksUnchanged(other))
    #expect(!PreviousGeneration(directory: temp.index, pipeline: "two").looksUnchanged(file))
  }
}

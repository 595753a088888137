import Corpus
import Foundation
import Testing

@testable import Indexing

/// Temporaries of builds that did not commit are removed: by the failed build itself, or when
/// the next build starts (after a kill), never while a live build holds the lock.
@Suite struct TemporaryFilesTests {
  static let leftovers = [
    "seg-000002.run0.tmp", "seg-000002.post", "seg-000002.store.tmp", "manifest-000002.json.tmp",
    "CURRENT.tmp",
  ]

  private func indexedCorpus() throws -> TemporaryIndex {
    let temp = try TemporaryIndex()
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    return temp
  }

  @Test func leftoversOfADeadBuildAreRemovedWhenABuildStarts() throws {
    let temp = try indexedCorpus()
    defer { temp.cleanUp() }
    for name in Self.leftovers {
      try Data([1, 2, 3]).write(to: temp.index.appendingPathComponent(name))
    }
    // Nothing changed: no generation is committed, but the leftovers are gone.
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.generation == 1)
    let expected =
      ["CURRENT", "manifest-000001.json", VerifiedStamps.fileName]
      + IndexLayout.suffixes.map { IndexLayout.segmentFile(generation: 1, suffix: $0) }
    #expect(temp.indexFiles() == expected.sorted())
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }

  @Test func aLiveBuildsFilesAreLeftAlone() throws {
    let temp = try indexedCorpus()
    defer { temp.cleanUp() }
    try Data("\(getpid())\n".utf8).write(to: temp.index.appendingPathComponent("write.lock"))
    for name in Self.leftovers {
      try Data([1, 2, 3]).write(to: temp.index.appendingPathComponent(name))
    }
    #expect(throws: IndexError.locked(pid: getpid())) {
      try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    }
    for name in Self.leftovers {
      #expect(FileManager.default.fileExists(atPath: temp.index.appendingPathComponent(name).path))
    }
  }

  @Test func aFailedBuildWithSpilledRunsLeavesNoTemporary() throws {
    let temp = try indexedCorpus()
    defer { temp.cleanUp() }
    for index in 0..<40 { try temp.write("d\(index).txt", "Le département \(index) finance") }
    var failing = IndexBuilder(directory: temp.index)
    failing.memoryBudget = 1
    failing.fault = .afterSegments
    #expect(throws: IndexError.self) { try failing.build(paths: [temp.corpus.path]) }
    #expect(temp.indexFiles().allSatisfy { IndexLayout.generation(of: $0) ?? 1 == 1 })
    #expect(!temp.indexFiles().contains { $0.hasSuffix(".tmp") })
    #expect(try IndexReader(directory: temp.index).documentCount == 1)
  }
}

import Foundation
import Testing

@testable import Indexing

/// Incremental builds: which files are read, what is deleted, the merge policy, damage.
@Suite struct IncrementalTests {
  private func corpus() throws -> TemporaryIndex {
    let temp = try TemporaryIndex()
    try temp.write("a.txt", "La prime Ségur est versée aux salariés")
    try temp.write("b.txt", "Le département compense la revalorisation")
    try temp.write("c.txt", "Une dotation exceptionnelle de l’État")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    return temp
  }

  private func setTime(_ temp: TemporaryIndex, _ name: String, _ seconds: Double) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: seconds)],
      ofItemAtPath: temp.corpus.appendingPathComponent(name).path)
  }

  @Test func aTouchedFileIsHashedNotRead() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try setTime(temp, "a.txt", 1_000)
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.filesRead == 0 && report.generation == 1 && report.unchanged == 3)
  }

  @Test func sameSizeNewContentIsRead() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try temp.write("b.txt", "Le département compense la revalorisatiom")
    try setTime(temp, "b.txt", 1_000)
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.filesRead == 1 && report.updated == 1 && report.segmentCount == 2)
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.segments[0].deletions?.deletedDocumentCount == 1)
    #expect(reader.documentCount == 3)
  }

  @Test func deletingEveryFileOfASegmentDropsIt() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try temp.write("d.txt", "Un quatrième document")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    try temp.remove("d.txt")
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    #expect(report.dropped == 1 && report.segmentCount == 1 && report.totalDocuments == 3)
    #expect(!temp.indexFiles().contains { $0.hasPrefix("seg-000002") })
  }

  @Test func mergePolicyBoundsTheSegmentCount() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    for step in 0..<10 {
      try temp.write("n\(step).txt", "Nouveau document numéro \(step) sur la prime")
      var builder = IndexBuilder(directory: temp.index)
      builder.mergePolicy.maxSegments = 4
      let report = try builder.build(paths: [temp.corpus.path])
      #expect(report.segmentCount <= 4 && report.totalDocuments == 4 + step)
    }
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.documentIDs().count == 13)
    #expect(IndexVerifier().verify(directory: temp.index).isEmpty)
  }

  @Test func mostlyDeletedSegmentIsRewritten() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try temp.remove("a.txt")
    try temp.remove("b.txt")
    let report = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let reader = try IndexReader(directory: temp.index)
    #expect(report.segmentCount == 1 && reader.segments[0].deletions == nil)
    #expect(reader.manifest.storedDocumentCount == 1 && reader.documentIDs() == ["c.txt"])
  }

  @Test func damagedDeletionsFileIsReported() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    try temp.write("d.txt", "Un quatrième document")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    try temp.write("a.txt", "La prime Ségur est enfin versée")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let name = try #require(temp.indexFiles().first { $0.contains(".del-") })
    let url = temp.index.appendingPathComponent(name)
    var data = try Data(contentsOf: url)
    data[data.startIndex + 16] ^= 0x01
    try data.write(to: url)
    let problems = IndexVerifier().verify(directory: temp.index)
    #expect(problems.contains { $0.file == name })
    #expect(throws: IndexError.self) { try IndexReader(directory: temp.index) }
  }

  /// A format-6 manifest (one segment, no `segments` list) asks for a rebuild.
  @Test func olderManifestIsRefusedWithTheRebuildMessage() throws {
    let temp = try corpus()
    defer { temp.cleanUp() }
    let url = temp.index.appendingPathComponent("manifest-000001.json")
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    object["formatVersion"] = 6
    object["segments"] = nil
    try JSONSerialization.data(withJSONObject: object).write(to: url)
    #expect(
      throws: IndexError.incompatibleFormat(
        file: "manifest-000001.json", found: 6, supported: Int(Footer.formatVersion))
    ) {
      try IndexReader(directory: temp.index)
    }
  }
}

import Foundation
import Testing

@testable import Indexing

/// Every kind of damage is found by `verify` and, when it is cheap to see, by opening.
@Suite struct CorruptionTests {
  enum Damage: String, CaseIterable, Sendable {
    case truncatePostings, extendDocuments, flipStore, flipTerms, flipFooter, deleteSources
    case currentNamesMissingManifest, garbledManifest, alteredManifestSize
  }

  private func damage(_ damage: Damage, in index: URL) throws -> String {
    func url(_ suffix: String) -> URL {
      index.appendingPathComponent(IndexLayout.segmentFile(generation: 1, suffix: suffix))
    }
    func edit(_ suffix: String, _ change: (inout Data) -> Void) throws -> String {
      var data = try Data(contentsOf: url(suffix))
      change(&data)
      try data.write(to: url(suffix))
      return url(suffix).lastPathComponent
    }
    switch damage {
    case .truncatePostings: return try edit("post") { $0.removeLast(7) }
    case .extendDocuments: return try edit("docs") { $0.append(contentsOf: [0, 0, 0]) }
    case .flipStore: return try edit("store") { $0[$0.startIndex + 5] ^= 0x20 }
    case .flipTerms: return try edit("terms") { $0[$0.startIndex + 3] ^= 0x01 }
    case .flipFooter: return try edit("docs") { $0[$0.endIndex - 2] ^= 0x40 }
    case .deleteSources:
      try FileManager.default.removeItem(at: url("sources"))
      return url("sources").lastPathComponent
    case .currentNamesMissingManifest:
      try Data("manifest-000042.json\n".utf8).write(to: index.appendingPathComponent("CURRENT"))
      return "manifest-000042.json"
    case .alteredManifestSize:
      let url = index.appendingPathComponent("manifest-000001.json")
      let text = try String(contentsOf: url, encoding: .utf8)
      let altered = text.replacingOccurrences(
        of: "\"documentCount\" : 2", with: "\"documentCount\" : 3")
      #expect(altered != text)
      try Data(altered.utf8).write(to: url)
      return "manifest-000001.json"
    case .garbledManifest:
      try Data("{ not json".utf8).write(to: index.appendingPathComponent("manifest-000001.json"))
      return "manifest-000001.json"
    }
  }

  @Test(arguments: Damage.allCases)
  func damageIsReportedNamingTheFile(damage kind: Damage) throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés des établissements")
    try temp.write("b.txt", "Le département compense la revalorisation")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    let name = try damage(kind, in: temp.index)
    let problems = IndexVerifier().verify(directory: temp.index)
    #expect(problems.contains { $0.file == name }, "\(problems)")
    let cheapToSee: Set<Damage> = [.flipStore, .flipTerms]
    if !cheapToSee.contains(kind) {
      do {
        _ = try IndexReader(directory: temp.index)
        Issue.record("opening a damaged index succeeded")
      } catch {
        #expect(error.description.contains(name), "\(error)")
      }
    }
  }

  @Test func flippedStoredRecordIsNotReturned() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    try temp.write("a.txt", "La prime Ségur est versée aux salariés des établissements")
    _ = try IndexBuilder(directory: temp.index).build(paths: [temp.corpus.path])
    _ = try damage(.flipStore, in: temp.index)
    let reader = try IndexReader(directory: temp.index)
    #expect(reader.record(id: "a.txt") == nil)
  }

  @Test func missingIndexNamesCurrent() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-empty-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: IndexError.self) { try IndexReader(directory: folder) }
    #expect(IndexVerifier().verify(directory: folder).first?.file == "CURRENT")
  }
}

import Foundation
import Testing

/// `index` on the open-data fixtures (XML, JSON, XIV bulk, Sénat CSV), then `show` with the
/// status history and `stats`, through the built binary.
@Suite(.serialized)
struct OpenDataStatsTests {
  static let fixtures = BinaryRunner.repositoryRoot
    .appendingPathComponent("Tests/CorpusTests/Fixtures/opendata").path

  static func indexed() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("parlindex-opendata-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let index = folder.appendingPathComponent("index").path
    let result = try BinaryRunner.run(["index", fixtures, "--index", index])
    #expect(result.status == 0, "\(result.stderr)")
    return folder
  }

  @Test
  func showPrintsTheHistory() throws {
    let folder = try Self.indexed()
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("index").path
    let json = try BinaryRunner.run(["show", "AN-17-QE-9001", "--index", index, "--json"])
    #expect(json.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let events = try #require(object["events"] as? [[String: Any]])
    #expect(
      events.map { $0["kind"] as? String } == [
        "published", "erratum", "renewed", "transferred", "signaled", "answered", "answered",
        "erratum",
      ])
    #expect(events[3]["to"] as? String == "Ministère chargé de l'autonomie")
    let text = try BinaryRunner.run(["show", "AN-17-QE-9002", "--index", index])
    #expect(text.stdout.contains("history"))
    #expect(text.stdout.contains("9 juin 2025  withdrawn  page 4500  fin de mandat"))
  }

  @Test
  func statsCountsOpenQuestions() throws {
    let folder = try Self.indexed()
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("index").path
    let result = try BinaryRunner.run(
      ["stats", "--index", index, "--json", "--as-of", "2012-12-31", "--legislature", "14"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["asOf"] as? String == "2012-12-31")
    let rows = try #require(object["ministries"] as? [[String: Any]])
    let row = try #require(rows.first)
    #expect(row["questions"] as? Int == 3 && row["answered"] as? Int == 1)
    #expect(row["open"] as? Int == 1 && row["medianDelayDays"] as? Double == 79)
    let bad = try BinaryRunner.run(["stats", "--index", index, "--as-of", "31/12/2012"])
    #expect(bad.status == 64)
  }
}

import Foundation
import Testing

/// `timeline`, `who-pays` and `precedents` share one index of the shipped corpus.
enum AnswerCommandsIndex {
  static let folder = try! BinaryRunner.temporaryDirectory()
  static let index = folder.appendingPathComponent("index").path
  static let built: BinaryRunner.Result = try! BinaryRunner.run(
    ["index", "corpus", "--index", index])

  /// Runs a command over the shared index and checks it succeeded.
  static func run(_ arguments: [String]) throws -> BinaryRunner.Result {
    #expect(built.status == 0, "\(built.stderr)")
    let result = try BinaryRunner.run(arguments + ["--index", index])
    #expect(result.status == 0, "\(result.stderr)")
    return result
  }

  static func json(_ arguments: [String]) throws -> [String: Any] {
    let result = try run(arguments + ["--json"])
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(object as? [String: Any])
  }
}

/// `parlindex timeline` over the shipped corpus.
@Suite(.serialized) struct TimelineCommandTests {
  static func events(_ topic: String) throws -> [[String: Any]] {
    let object = try AnswerCommandsIndex.json(["timeline", topic])
    #expect(object["topic"] as? String == topic)
    return try #require(object["events"] as? [[String: Any]])
  }

  @Test func eventsHaveTheKeysOfTheContractAndComeOldestFirst() throws {
    let events = try Self.events("prime ségur")
    #expect(events.count > 10)
    for event in events {
      for key in ["date", "kind", "summary", "sources", "conflicts"] {
        #expect(event[key] != nil, "missing \(key)")
      }
      let sources = try #require(event["sources"] as? [[String: Any]])
      #expect(!sources.isEmpty)
      for key in ["id", "file", "line", "sentence"] { #expect(sources[0][key] != nil) }
    }
    let years = events.compactMap { ($0["date"] as? String)?.prefix(4) }
    #expect(years == years.sorted())
  }

  @Test func theAgreementOfFourJuneIsOneEntryFromEveryQuestion() throws {
    let events = try Self.events("prime ségur")
    let agreement = try #require(
      events.first { $0["date"] as? String == "2024-06-04" && $0["kind"] as? String == "agreement" }
    )
    let ids = Set(
      (agreement["sources"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    #expect(ids == ["AN-17-QE-1223", "AN-17-QE-3175", "AN-17-QE-3769", "SENAT-17-QE-1929"])
  }

  @Test func theArreteDatedTwentyFifthAndTwentySixthJuneIsAConflict() throws {
    let events = try Self.events("ségur")
    let approval = try #require(events.first { $0["date"] as? String == "2024-06-25" })
    #expect(approval["kind"] as? String == "approval")
    let conflicts = try #require(approval["conflicts"] as? [[String: Any]])
    #expect(conflicts.map { $0["date"] as? String } == ["2024-06-26"])
    let other = conflicts.first?["sources"] as? [[String: Any]]
    #expect(other?.first?["id"] as? String == "AN-17-QE-1223")
    #expect(!events.contains { $0["date"] as? String == "2024-06-26" })
  }

  @Test func datesKeepTheirPrecisionAndDocumentsTheirPublications() throws {
    let events = try Self.events("ségur")
    let dates = events.compactMap { $0["date"] as? String }
    #expect(dates.contains("2025-06"))
    #expect(dates.contains("2025-05"))
    #expect(!dates.contains("2025-06-01"))
    let answer = events.first {
      $0["kind"] as? String == "answer-published" && $0["date"] as? String == "2025-03-11"
    }
    #expect(answer?["page"] as? Int == 1631)
  }

  @Test func textOutputIsFrenchWithSourcesLast() throws {
    let text = try AnswerCommandsIndex.run(["timeline", "prime ségur"]).stdout
    #expect(text.contains("25 juin 2024"))
    #expect(text.contains("dates en désaccord"))
    #expect(text.contains("dès juin 2025"))
    #expect(text.contains("corpus/AN-17-QE-3175.md:15"))
  }

  @Test func theConflictLineReadsAsReviewed() throws {
    let text = try AnswerCommandsIndex.run(["timeline", "prime ségur"]).stdout
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(
      lines.contains(
        "⚠ dates en désaccord : 25 juin 2024 (corpus/AN-17-QE-3175.md:15) ≠ 26 juin 2024 "
          + "(corpus/AN-17-QE-1223.md:15)"))
    #expect(lines.contains { $0.hasPrefix("dès juin 2025") && $0.contains("prévu") })
  }

  @Test func filtersNarrowTheTimeline() throws {
    let events =
      try AnswerCommandsIndex.json(["timeline", "ségur", "--kind", "announcement"])[
        "events"] as? [[String: Any]]
    let ids = Set(
      (events ?? []).flatMap { ($0["sources"] as? [[String: Any]] ?? []) }
        .compactMap { $0["id"] as? String })
    #expect(ids == ["2025-04-29-communique-prime-segur-departements.txt"])
  }

  @Test func aMissingTopicIsAUsageError() throws {
    let result = try BinaryRunner.run(["timeline", "--index", AnswerCommandsIndex.index])
    #expect(result.status == 64)
  }
}

import Foundation
import Testing

/// `index`, `search`, `show` and `verify` over the shipped corpus, through the built binary.
@Suite(.serialized) struct IndexAndSearchTests {
  static let folder = try! BinaryRunner.temporaryDirectory()
  static let index = folder.appendingPathComponent("index").path
  static let built: BinaryRunner.Result = try! BinaryRunner.run(
    ["index", "corpus", "--index", index])

  static func json(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  @Test func indexesTheShippedCorpus() throws {
    #expect(Self.built.status == 0, "\(Self.built.stderr)")
    #expect(Self.built.stdout.contains("indexed 5 documents"))
    #expect(Self.built.stdout.contains("0 skipped"))
  }

  @Test func searchJSONHasTheKeysOfTheContract() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["search", "prime ségur", "--index", Self.index, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    #expect(object["query"] as? String == "prime ségur")
    #expect(object["count"] as? Int == 5)
    let hits = try #require(object["hits"] as? [[String: Any]])
    #expect(hits.count == 5)
    for hit in hits {
      for key in ["id", "file", "score", "title", "date", "snippet", "line"] {
        #expect(hit[key] != nil, "missing \(key)")
      }
      #expect((hit["snippet"] as? String)?.contains("[") == true)
    }
  }

  @Test(arguments: [
    ("segur", 5), ("SÉGUR", 5), ("\"prime ségur\"", 4), ("laforcade", 3),
    ("ségur -laforcade", 2), ("laforcade OR ccnue", 3), ("départ", 0), ("departement", 2),
    ("départementaux", 4), ("oeuvre", 5), ("médico*", 5), ("l’accord", 5),
  ])
  func queriesFoldFrenchAsTheContractSays(query: String, expected: Int) throws {
    _ = Self.built
    let result = try BinaryRunner.run(["search", query, "--index", Self.index, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result.stdout)["count"] as? Int == expected, "\(query)")
  }

  @Test(arguments: [
    (["--chamber", "senat"], 1), (["--chamber", "an"], 3), (["--kind", "announcement"], 1),
    (["--from", "2025-02"], 2), (["--to", "2024"], 1), (["--author", "garin"], 1),
    (["--ministry", "travail santé"], 2), (["--rubric", "professions et activités"], 2),
    (["--legislature", "17"], 4), (["--group", "droite républicaine"], 2),
  ])
  func filtersNarrowTheHits(flags: [String], expected: Int) throws {
    _ = Self.built
    let arguments = ["search", "ségur", "--index", Self.index, "--json"] + flags
    let result = try BinaryRunner.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result.stdout)["count"] as? Int == expected, "\(flags)")
  }

  @Test func badQueryIsAUsageErrorWithItsColumn() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["search", "\"prime ségur", "--index", Self.index])
    #expect(result.status == 64)
    #expect(result.stderr.contains("column"))
  }

  @Test func batchAnswersEachLineAndReportsErrorsInline() throws {
    _ = Self.built
    let input = "prime ségur\n(ségur\nlaforcade\n"
    let result = try BinaryRunner.run(
      ["search", "--batch", "--index", Self.index, "--limit", "1"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(try Self.json(lines[0])["count"] as? Int == 5)
    #expect(try Self.json(lines[1])["error"] is String)
    #expect(try Self.json(lines[1])["query"] as? String == "(ségur")
    #expect(try Self.json(lines[2])["count"] as? Int == 3)
    #expect((try Self.json(lines[0])["hits"] as? [Any])?.count == 1)
  }

  @Test func showGivesTheMetadataOfTheContract() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["show", "AN-17-QE-3769", "--index", Self.index, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    #expect(object["chamber"] as? String == "AN")
    #expect(object["legislature"] as? Int == 17)
    #expect(object["number"] as? Int == 3769)
    #expect(object["type"] as? String == "QE")
    #expect(object["questionDate"] as? String == "2025-02-04")
    #expect(object["questionPage"] as? Int == 514)
    #expect(object["answerDate"] as? String == "2025-02-25")
    #expect(object["answerPage"] as? Int == 1262)
    let author = try #require(object["author"] as? [String: Any])
    #expect(author["name"] as? String == "Jean-Luc Bourgeaux")
    #expect(author["constituency"] as? String == "Ille-et-Vilaine (7e circonscription)")
    #expect(object["mentions"] is [Any])
  }

  @Test func showFindsADocumentByItsPath() throws {
    _ = Self.built
    let result = try BinaryRunner.run(
      ["show", "corpus/SENAT-17-QE-1929.txt", "--index", Self.index, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Self.json(result.stdout)["chamber"] as? String == "Senat")
  }

  @Test func showOfAnUnknownDocumentFails() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["show", "AN-17-QE-1", "--index", Self.index])
    #expect(result.status == 1)
    #expect(result.stderr.contains("AN-17-QE-1"))
  }

  @Test func verifyPassesOnAFreshIndex() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["verify", "--index", Self.index])
    #expect(result.status == 0, "\(result.stderr)")
  }
}

import Foundation
import Testing

/// `figures` (text and `--json`) over the shipped corpus, through the built binary.
@Suite(.serialized) struct FiguresCommandTests {
  static let folder = try! BinaryRunner.temporaryDirectory()
  static let index = folder.appendingPathComponent("index").path
  static let built: BinaryRunner.Result = try! BinaryRunner.run(
    ["index", "corpus", "--index", index])

  static func groups(_ arguments: [String]) throws -> [[String: Any]] {
    #expect(built.status == 0, "\(built.stderr)")
    let result = try BinaryRunner.run(["figures"] + arguments + ["--index", index, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["topic"] is String)
    return try #require(object["groups"] as? [[String: Any]])
  }

  static func group(_ groups: [[String: Any]], _ measure: String) throws -> [String: Any] {
    try #require(groups.first { $0["measure"] as? String == measure }, "no group \(measure)")
  }

  @Test func monthlyRaiseAgreesAcrossFiveDocuments() throws {
    let groups = try Self.groups(["prime ségur"])
    let raise = try Self.group(groups, "revalorisation salariale, EUR, net, per month")
    #expect(raise["agree"] as? Bool == true)
    let values = try #require(raise["values"] as? [[String: Any]])
    #expect(values.count == 1)
    #expect(values[0]["value"] as? Int == 183)
    #expect(values[0]["currency"] as? String == "EUR")
    #expect(values[0]["period"] as? String == "P1M")
    #expect(values[0]["basis"] as? String == "net")
    let sources = try #require(values[0]["sources"] as? [[String: Any]])
    #expect(Set(sources.compactMap { $0["id"] as? String }).count == 5)
    for source in sources {
      for key in ["id", "file", "line", "sentence", "text"] {
        #expect(source[key] != nil, "\(key)")
      }
    }
  }

  @Test func fundingOf300MillionMergesItsSpellings() throws {
    let groups = try Self.groups(["300 M€"])
    #expect(groups.count == 1)
    let values = try #require(groups.first?["values"] as? [[String: Any]])
    let texts = (values.first?["sources"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
    #expect(Set(texts ?? []) == ["300 M€", "300 millions d'euros"])
    #expect(groups.first?["agree"] as? Bool == true)
  }

  @Test func professionalsConcernedDisagree() throws {
    let groups = try Self.groups(["700 000"])
    let people = try Self.group(groups, "salariés concernés")
    #expect(people["agree"] as? Bool == false)
    let values = try #require(people["values"] as? [[String: Any]])
    let numbers = Set(values.compactMap { $0["value"] as? Int })
    #expect(numbers.isSuperset(of: [150_000, 330_000, 700_000]))
  }

  @Test func textOutputIsAlignedAndFrench() throws {
    _ = Self.built
    let result = try BinaryRunner.run(["figures", "--index", Self.index])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("183 € nets par mois"))
    #expect(result.stdout.contains("300 M€"))
    #expect(result.stdout.contains("DISAGREE"))
    #expect(result.stdout.contains("corpus/AN-17-QE-3769.md:15"))
    let rows = result.stdout.split(separator: "\n").filter { $0.hasSuffix(".md:15") }
    let columns = Set(
      rows.map { row -> Int in
        let line = String(row)
        guard let start = line.range(of: "corpus/", options: .backwards) else { return -1 }
        return line.distance(from: line.startIndex, to: start.lowerBound)
      })
    #expect(!rows.isEmpty)
    #expect(columns.count == 1, "file:line starts in one column")
  }

  @Test func aFilterNarrowsTheDocuments() throws {
    let groups = try Self.groups(["--chamber", "senat"])
    let ids = Set(
      groups.flatMap { ($0["values"] as? [[String: Any]]) ?? [] }
        .flatMap { ($0["sources"] as? [[String: Any]]) ?? [] }
        .compactMap { $0["id"] as? String })
    #expect(ids == ["SENAT-17-QE-1929"])
  }

  @Test func aMissingIndexIsARuntimeError() throws {
    let result = try BinaryRunner.run(["figures", "--index", Self.folder.path + "/none"])
    #expect(result.status == 1)
  }
}

import Foundation
import Testing

/// `extract` over the shipped corpus and over pasted text, through the built binary.
struct ExtractCommandTests {
  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func corpusFileGivesMentionsActorsAndFunding() throws {
    let result = try BinaryRunner.run([
      "extract", "corpus/2025-04-29-communique-prime-segur-departements.txt", "--json",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.json(result.stdout)
    let mentions = try #require(object["mentions"] as? [[String: Any]])
    let types = Set(mentions.compactMap { $0["type"] as? String })
    #expect(types.isSuperset(of: ["amount", "count", "date", "reference", "actor"]))
    let funding = try #require(object["funding"] as? [[String: Any]])
    let advance = try #require(funding.first { $0["mechanism"] as? String == "advance" })
    #expect(advance["payer"] as? String == "départements")
    #expect(advance["temporariness"] as? String == "temporary")
    #expect(advance["statedBy"] as? String == "announcement")
    for key in ["payer", "mechanism", "recipient", "object", "amount", "time", "modality"] {
      #expect(advance.keys.contains(key), "\(key)")
    }
  }

  @Test func pastedTextWithADateResolvesRelativeDates() throws {
    let result = try BinaryRunner.run(
      ["extract", "-", "--date", "2025-02-04"],
      input: "Le 6 août dernier, l'État a annoncé une prime de 183 euros net par mois.")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("6 août 2024"))
    #expect(result.stdout.contains("relative date resolved"))
    #expect(result.stdout.contains("183 € nets par mois"))
    #expect(result.stdout.contains("« l'État »"))
    #expect(result.stdout.contains("<stdin>:1"))
  }
}

import Foundation
import Testing

@testable import Extraction

/// Runs the extractor over the seed documents of `corpus/`, read as plain lines, and checks the
/// figures a reader expects and the false positives that must not appear.
@Suite struct CorpusSeedTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

  static func mentions(in name: String) throws -> [TextMention] {
    let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
    var context = DiscourseContext()
    let extractor = MentionExtractor()
    return text.split(separator: "\n").flatMap {
      extractor.mentions(in: String($0), documentDate: nil, context: &context)
    }
  }

  static let files = [
    "AN-17-QE-3769.md", "AN-17-QE-1223.md", "AN-17-QE-3175.md", "SENAT-17-QE-1929.txt",
    "2025-04-29-communique-prime-segur-departements.txt",
  ]

  @Test(arguments: files)
  func noIdentifierBecomesAQuantity(_ name: String) throws {
    let quantities = try Self.mentions(in: name).filter {
      [.amount, .count, .percent, .number].contains($0.type)
    }
    #expect(!quantities.isEmpty)
    for mention in quantities {
      let text = mention.text.lowercased()
      for cue in ["n°", "page", "législature", "circonscription", "article", "congrès"] {
        #expect(!text.contains(cue), "\(mention.text)")
      }
      if case .number(let value) = mention.value, mention.type == .count {
        #expect(!(Decimal(1900)...Decimal(2100)).contains(value) || mention.noun != nil)
      }
    }
  }

  @Test func theAnswerOf3769() throws {
    let found = try Self.mentions(in: "AN-17-QE-3769.md")
    let amounts = found.filter { $0.type == .amount }
    #expect(amounts.contains { $0.value == .number(183) && $0.period == "P1M" && $0.basis == .net })
    #expect(amounts.contains { $0.value == .number(300_000_000) && $0.currency == "EUR" })
    #expect(
      found.contains { $0.type == .date && $0.value == .text("2024-07") && $0.relation == .from })
    #expect(
      found.contains { $0.type == .date && $0.value == .text("2022-SU") && $0.relation == .since })
    #expect(found.contains { $0.normalized == "CASF L314-6" })
    #expect(found.contains { $0.kind == "agreement" && $0.date == "2024-06-04" })
    #expect(found.contains { $0.kind == "finance-law" && $0.normalized == "LFI 2025" })
  }

  @Test func theFiguresOf1223() throws {
    let found = try Self.mentions(in: "AN-17-QE-1223.md")
    let counts = found.filter { $0.type == .count }
    #expect(counts.contains { $0.value == .number(700_000) && $0.approximate == true })
    #expect(counts.contains { $0.value == .number(500_000) && $0.nounInherited == true })
    #expect(counts.contains { $0.value == .number(330_000) && $0.bound == .min })
    #expect(found.contains { $0.kind == "event" && $0.date == "2022-02-18" })
    #expect(found.contains { $0.type == .date && $0.value == .text("2025") && $0.mod == .start })
  }
}

import Corpus
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The hand-written encoding of a `SourceEntry` gives the bytes of its `Codable` conformance,
/// with and without diagnostics, on French paths and messages and on random entries.
@Suite struct RecordFastSourceTests {
  static let entries: [SourceEntry] = [
    SourceEntry(
      path: "corpus/an/16/QANR5L16QE1.json", size: 12_345, modificationTime: 1_700_000_000.25,
      contentHash: "0123456789abcdef", ids: ["AN-16-QE-1"], recordHashes: ["fedcba9876543210"],
      diagnostics: nil),
    SourceEntry(
      path: "corpus/communiqués/l’État prévoit.txt", size: 0, modificationTime: 0,
      contentHash: "", ids: [], recordHashes: [], diagnostics: []),
    SourceEntry(
      path: "corpus/sénat/œuvre 1er.html", size: -1, modificationTime: -3.5,
      contentHash: "aaaa", ids: ["S-1", "S-2", "S-1"], recordHashes: ["1", "2", "1"],
      diagnostics: [
        Diagnostic(file: "corpus/sénat/œuvre 1er.html", line: 12, message: "texte coupé à 8 Mo"),
        Diagnostic(severity: .error, file: "x", message: "183\u{00A0}€ illisible"),
      ]),
  ]

  static func randomEntry(_ random: inout FuzzGenerator) -> SourceEntry {
    let words = ["prime", "Ségur", "l’hôpital", "œuvre", "1er", "\u{202F}%", "santé", "x"]
    func text() -> String {
      (0..<random.below(6)).map { _ in words[random.below(words.count)] }.joined(separator: " ")
    }
    let count = random.below(5)
    let diagnostics: [Diagnostic]? =
      random.below(2) == 0
      ? nil
      : (0..<random.below(3)).map { _ in
        Diagnostic(
          severity: random.below(2) == 0 ? .warning : .error, file: text(),
          line: random.below(2) == 0 ? nil : random.below(1_000), message: text())
      }
    return SourceEntry(
      path: text(), size: random.below(1 << 30), modificationTime: Double(random.below(1 << 40)),
      contentHash: text(), ids: (0..<count).map { _ in text() },
      recordHashes: (0..<count).map { _ in text() }, diagnostics: diagnostics)
  }

  static func agree(_ entry: SourceEntry) throws {
    let fast = try RecordEncoder.encode(entry, fastPaths: true)
    let generic = try RecordEncoder.encode(entry, fastPaths: false)
    #expect(fast == generic)
    let decoded = try fast.withUnsafeBytes { try RecordDecoder.decode(SourceEntry.self, from: $0) }
    #expect(decoded == entry)
  }

  @Test(arguments: entries)
  func entriesEncodeAlikeBothWays(entry: SourceEntry) throws {
    try Self.agree(entry)
  }

  @Test(arguments: [1, 2, 3] as [UInt64])
  func randomEntriesEncodeAlikeBothWays(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<50 { try Self.agree(Self.randomEntry(&random)) }
  }
}

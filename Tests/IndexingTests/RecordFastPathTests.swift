import Corpus
import Extraction
import Foundation
import FuzzSupport
import Testing

@testable import Indexing

/// The hand-written encodings (`RecordFastPaths`, `RecordFastMention`) give exactly the bytes of
/// the generic `Codable` path, on every record of the shipped corpus, of the real open-data
/// records when they are there, and on mentions with random facts.
@Suite struct RecordFastPathTests {
  static let realRecords = RecordCoderTests.root.deletingLastPathComponent()
    .appendingPathComponent("shared/data/an-open-data")

  @Test func shippedCorpusRecordsEncodeAlikeBothWays() throws {
    let records = RecordCoderTests.seedRecords
    #expect(records.reduce(0) { $0 + $1.mentions.count } > 100)
    for record in records {
      #expect(try RecordEncoder.encode(record) == RecordEncoder.encode(record, fastPaths: false))
    }
  }

  @Test func realOpenDataRecordsEncodeAlikeBothWays() throws {
    let walk = CorpusWalker().files(under: [Self.realRecords.path])
    for file in walk.files.prefix(200) {
      for document in DocumentLoader().load(file).documents {
        let record = RecordExtractor().record(for: document)
        #expect(try RecordEncoder.encode(record) == RecordEncoder.encode(record, fastPaths: false))
      }
    }
  }

  /// Facts with each field set or not at random, every kind of value.
  static func randomFacts(_ random: inout FuzzGenerator) -> MentionFacts {
    func maybe<T>(_ value: T) -> T? { random.below(2) == 0 ? value : nil }
    let types: [MentionType] = [.amount, .count, .percent, .ratio, .date, .reference, .points]
    var facts = MentionFacts(
      type: types[random.below(types.count)], text: "« 183 € » n°\(random.below(99))")
    switch random.below(3) {
    case 0: facts.value = .number(Decimal(random.below(1_000_000)) / 100)
    case 1: facts.value = .text("2024-0\(1 + random.below(9))")
    default: break
    }
    facts.currency = maybe("EUR")
    facts.period = maybe("P1M")
    facts.basis = maybe(random.below(2) == 0 ? .net : .gross)
    facts.approximate = maybe(random.below(2) == 0)
    facts.bound = maybe(.min)
    facts.noun = maybe("salariés")
    facts.nounInherited = maybe(true)
    facts.unitPer = maybe("salarié")
    facts.head = maybe("prime")
    facts.role = maybe("ministre du travail")
    facts.numerator = maybe(Decimal(2))
    facts.denominator = maybe(Decimal(string: "3.5")!)
    facts.relation = maybe(.since)
    facts.retroactive = maybe(false)
    facts.mod = maybe(.end)
    facts.resolved = maybe(random.below(2) == 0)
    facts.kind = maybe("code-article")
    facts.normalized = maybe("CASF L. 314-6")
    facts.date = maybe("2024-06-04")
    facts.inherited = maybe(true)
    facts.subdivision = maybe("I 2°")
    facts.legitext = maybe("LEGITEXT000006074069")
    facts.yearFrom = maybe("tense")
    facts.candidates = maybe((0..<random.below(3)).map { "202\($0)-06-04" })
    return facts
  }

  @Test(arguments: 1...20)
  func randomMentionsEncodeAlikeBothWays(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    var mentions: [Mention] = []
    for _ in 0..<50 {
      let text = "Le Ségur prévoit 183 € net par mois dès le 1er juin 2024."
      let start = random.below(40)
      let lower = random.below(100)
      // A span as long as the text gives the mention a byte range in the file; another does not.
      let length = random.below(2) == 0 ? text.utf8.count : 5
      let sentence = Sentence(
        text: text,
        span: SourceSpan(
          file: "corpus/q\(random.below(3)).md", line: 1 + random.below(900),
          byteRange: lower..<lower + length))
      mentions.append(
        Mention(
          facts: Self.randomFacts(&random), sentence: sentence,
          textRange: start..<start + random.below(10)))
    }
    #expect(try RecordEncoder.encode(mentions) == RecordEncoder.encode(mentions, fastPaths: false))
    let decoded = try RecordEncoder.encode(mentions).withUnsafeBytes {
      try RecordDecoder.decode([Mention].self, from: $0)
    }
    #expect(decoded == mentions)
  }
}

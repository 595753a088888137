import Corpus
import Foundation
import Testing

@testable import Extraction

@Suite struct MentionCodingTests {
  static let text =
    "Ainsi, les salariés toucheront une prime mensuelle de 183 euros net par mois."
  static let sentence = Sentence(
    text: text,
    span: SourceSpan(
      file: "corpus/AN-17-QE-3769.md", line: 14, byteRange: 100..<(100 + text.utf8.count)))

  func mention() throws -> Mention {
    let found = MentionExtractor().mentions(in: Self.sentence, documentDate: nil)
    return try #require(found.first { $0.type == .amount })
  }

  @Test func encodesTheCliMentionObject() throws {
    let data = try JSONEncoder().encode(try mention())
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["type"] as? String == "amount")
    #expect(object["text"] as? String == "183 euros net par mois")
    #expect((object["value"] as? NSNumber)?.intValue == 183)
    #expect(object["currency"] as? String == "EUR")
    #expect(object["period"] as? String == "P1M")
    #expect(object["basis"] as? String == "net")
    #expect(object["approximate"] as? Bool == false)
    #expect(object["bound"] == nil)
    #expect(object["noun"] == nil)
    #expect(object["line"] as? Int == 14)
    #expect(object["sentence"] as? String == Self.sentence.text)
    #expect(object["file"] as? String == "corpus/AN-17-QE-3769.md")
    let end = Self.text.utf8.count - 1
    let start = end - "183 euros net par mois".utf8.count
    #expect(object["textRange"] as? [Int] == [start, end])
    #expect(object["byteRange"] as? [Int] == [100 + start, 100 + end])
    #expect(object["sentenceByteRange"] as? [Int] == [100, 100 + Self.text.utf8.count])
  }

  @Test func valueIsAJsonNumber() throws {
    let data = try JSONEncoder().encode(try mention())
    let json = String(decoding: data, as: UTF8.self)
    #expect(json.contains("\"value\":183"))
  }

  @Test func roundTrips() throws {
    let original = try mention()
    let data = try JSONEncoder().encode(original)
    let decoded = try JSONDecoder().decode(Mention.self, from: data)
    #expect(decoded == original)
  }

  @Test func roundTripsDecimalsAndDates() throws {
    var facts = MentionFacts(type: .amount, text: "2.500,50 €", value: .number(decimal("2500.5")))
    facts.currency = "EUR"
    var date = MentionFacts(type: .date, text: "dès juillet 2024", value: .text("2024-07"))
    date.relation = .from
    for item in [facts, date] {
      let mention = Mention(facts: item, sentence: Self.sentence, textRange: 0..<3)
      let data = try JSONEncoder().encode(mention)
      #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)
    }
  }

  @Test func byteRangeIsAbsentWhenTheSentenceWasRepaired() throws {
    var sentence = Self.sentence
    sentence.span.byteRange = 100..<300
    let found = MentionExtractor().mentions(in: sentence, documentDate: nil)
    #expect(found.first?.byteRange == nil)
  }
}

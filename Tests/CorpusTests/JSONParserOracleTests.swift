import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The reader's own JSON parser gives the documents the Foundation path gave (fields, sections,
/// sentences, spans, ids, dates), on the real records, on records with random values and on
/// mutated files; and bad JSON gets a diagnostic naming what is wrong.
struct JSONParserOracleTests {
  @Test func realRecordsReadAsBefore() throws {
    try #require(JSONOracle.realRecords.count == 639)
    for (name, bytes) in JSONOracle.realRecords {
      #expect(JSONOracle.difference(bytes, name: name) == nil, "\(name)")
    }
  }

  /// Real records with values replaced by random ones of any type, written by Foundation.
  @Test(arguments: 0..<4)
  func recordsWithRandomValuesReadAsBefore(batch: Int) throws {
    var random = FuzzGenerator(seed: 31_000 + UInt64(batch))
    var generator = RandomJSONRecord(seeds: JSONOracle.realRecords.prefix(40).map(\.bytes))
    for number in 0..<150 {
      let bytes = generator.record(using: &random)
      #expect(
        JSONOracle.difference(bytes) == nil,
        "case \(batch)-\(number): \(String(decoding: bytes.prefix(2000), as: UTF8.self))")
    }
  }

  /// Real records mutated byte-wise (truncated, bits flipped, fragments inserted): valid UTF-8
  /// ones read the same both ways.
  @Test(arguments: 0..<4)
  func mutatedRecordsReadAsBefore(batch: Int) {
    var random = FuzzGenerator(seed: 32_000 + UInt64(batch))
    let records = JSONOracle.realRecords
    for number in 0..<150 {
      let bytes = random.mutate(records[random.below(records.count)].bytes)
      guard ContentCheck.firstInvalidUTF8Offset(bytes) == nil else { continue }
      #expect(JSONOracle.difference(bytes) == nil, "case \(batch)-\(number)")
    }
  }

  static let record =
    #"{"question": {"uid": "QANR5L17QE1", "identifiant": {"numero": %@, "#
    + #""legislature": "17"}, "type": "QE", "indexationAN": {"analyses": {"analyse": %@}}, "#
    + #""textesQuestion": {"texteQuestion": {"infoJO": {"dateJO": "2024-07-01", "pageJO": %@}, "#
    + #""texte": %@}}}}"#

  /// Escapes, numbers and types the records may hold, read as Foundation read them.
  @Test(arguments: [
    (#""12""#, #""Prime S\u00e9gur""#, #""5""#, #""M. X attire l\u2019attention \ud83d\ude00.""#),
    ("12", #"["a\/b", " Sant\u00e9 ", 3]"#, "5.0", #""<p>L\u00e0\n\"cit\u00e9\"\ta\\b</p>""#),
    ("1e1", #"["x", {"y": 1}, "z"]"#, "true", #""M.\u00a0X\u202fdemande\r\n. Fin.""#),
    ("1.5", "null", "-0", #""\u0041\u00E9\uDBFF\uDFFF\b\f""#),
    ("9223372036854775808", "[]", "false", "null"),
    (#""0012""#, #"" ""#, #""page 3""#, #"["<p>Un.</p>", "<p>Deux.</p>"]"#),
  ])
  func escapesNumbersAndTypes(number: String, analysis: String, page: String, text: String) {
    var format = Self.record
    for value in [number, analysis, page, text] {
      format = format.replacingOccurrences(
        of: "%@", with: value, range: format.range(of: "%@"))
    }
    let bytes = Array(format.utf8)
    #expect(JSONOracle.difference(bytes) == nil, "\(format)")
    #expect(
      !ANOpenDataJSONReader().read(bytes: bytes, file: JSONOracle.file("x")).documents.isEmpty)
  }

  /// Duplicate keys (the last wins), trailing commas, a byte-order mark, bulk wrappers.
  @Test(arguments: [
    #"{"question": {"uid": "A", "uid": "QANR5L17QE2", "identifiant": {"numero": "2"},}}"#,
    "\u{FEFF}" + #"{"question": [{"uid": "QANR5L17QE3", "identifiant": {"numero": "3"}},]}"#,
    #"{"questionsEcrites": {"question": [{"uid": "Q", "identifiant": {}}]}}"#,
    #"[{"question": {"uid": "Q1", "identifiant": 1}}, {"uid": "Q2", "identifiant": 2}]"#,
    #"{"a": {"question": {"uid": "Q"}}, "a": {"question": {"uid": "Q2", "texte": "x"}}}"#,
  ])
  func leniencies(text: String) {
    #expect(JSONOracle.difference(Array(text.utf8)) == nil)
  }
}

/// Trimming a record's value gives what Foundation's trimming gives.
struct JSONFieldsTrimTests {
  @Test(arguments: [
    "", " ", " \t\n\r\u{0B}\u{0C}", " a ", "\u{1}x\u{1}", " x\u{00A0}", "\u{202F}x ", " é ",
    "\r\nQE\r\n", "a\u{301} ", " \u{2028}", "\u{85}x", "x\u{3000}", " 12 ", "\u{1F600} ",
  ])
  func trimsAsFoundation(raw: String) {
    let expected = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(JSONFields.trimmed(raw) == (expected.isEmpty ? nil : expected))
  }
}

/// Dates written "YYYY-MM-DD" read without splitting give what `CalendarDate(parsing:)` gives.
struct ISODateTests {
  @Test(arguments: [
    "2024-07-01", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-01-00",
    "0000-01-01", "9999-12-31", "2024-7-01x", "2024/07/01", "20240701xx", "2024-07-1a",
  ])
  func sameAsParsing(text: String) {
    var object = JSONObject()
    object.append(key: "d", value: .string(text))
    #expect(JSONFields(object).date("d") == CalendarDate(parsing: text))
  }
}

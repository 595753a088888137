import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The one-pass string decoding of `JSONParser` (`string()`, `trackedString()`) gives what the
/// former paths give (`generalString()`, `generalTrackedString()`): the same text, the same
/// file offset for every byte, the same failure at the same byte, and the same place after.
struct JSONStringFastPathTests {
  /// The value or failure of one call, and where the parser stands after it.
  struct Outcome<Value: Equatable>: Equatable {
    var value: Value?
    var failure: String?
    var index: Int
  }

  static func run<Value: Equatable>(
    _ parser: inout JSONParser, _ body: (inout JSONParser) throws(JSONParser.Failure) -> Value
  ) -> Outcome<Value> {
    do {
      let value = try body(&parser)
      return Outcome(value: value, index: parser.index)
    } catch {
      return Outcome(failure: error.description, index: parser.index)
    }
  }

  /// Both paths from the quote at `start`; nil when they agree, else what differs.
  static func difference(_ bytes: [UInt8], at start: Int, baseOffset: Int = 0) -> String? {
    var parser = JSONParser(bytes: bytes, baseOffset: baseOffset)
    parser.index = start
    var general = parser
    let fast = run(&parser) { (parser: inout JSONParser) throws(JSONParser.Failure) in
      try parser.string()
    }
    let slow = run(&general) { (parser: inout JSONParser) throws(JSONParser.Failure) in
      try parser.generalString()
    }
    guard fast == slow else { return "string: \(fast) vs \(slow)" }
    parser.index = start
    general.index = start
    let tracked = run(&parser) { (parser: inout JSONParser) throws(JSONParser.Failure) in
      try parser.trackedString()
    }
    let generalTracked = run(&general) { (parser: inout JSONParser) throws(JSONParser.Failure) in
      try parser.generalTrackedString()
    }
    guard tracked == generalTracked else { return "tracked: \(tracked) vs \(generalTracked)" }
    return nil
  }

  static let pieces = [
    "a", "Mme", " ", "é", "’", "€", "😀", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
    "\\u00e9", "\\u00E9", "\\u2019", "\\u0022", "\\u005c", "\\u00a0", "\\ud83d\\ude00", "\\ud83d",
    "\\ude00", "\\ud83dx", "\\u12", "\\u12g4", "\\x", "\\", "\u{01}", "\u{1F}", "\t", "\n", "\"",
    "<p>", "l\\u2019attention", "1\\u00a0000\\u00a0\\u20ac",
  ]

  @Test func randomLiteralsDecodeAsBefore() {
    var random = FuzzGenerator(seed: 41_000)
    for number in 0..<4_000 {
      let inner = (0..<random.below(30)).map { _ in Self.pieces[random.below(Self.pieces.count)] }
      let closing = random.below(8) == 0 ? "" : "\""
      let text = "\"" + inner.joined() + closing + (random.below(2) == 0 ? ", \"k\": 1}" : "")
      let bytes = Array(text.utf8)
      let base = random.below(3) == 0 ? random.below(100_000) : 0
      let difference = Self.difference(bytes, at: 0, baseOffset: base)
      #expect(difference == nil, "case \(number): \(text.debugDescription)")
    }
  }

  /// From every quote of the real records (an opening quote or not): both paths agree.
  @Test func everyQuoteOfRealRecordsDecodesAsBefore() throws {
    let folder = RealRecordsTests.folder
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    #expect(names.count > 600)
    for name in names.prefix(160) {
      let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
      for start in bytes.indices where bytes[start] == 0x22 {
        let difference = Self.difference(bytes, at: start)
        #expect(difference == nil, "\(name) at \(start)")
        if difference != nil { return }
      }
    }
  }

  /// Records written by Foundation (escapes of every kind) parse to the same values.
  @Test func randomRecordsDecodeAsBefore() throws {
    let folder = RealRecordsTests.folder
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".json") }.sorted().prefix(20)
    let seeds = try names.map { [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))) }
    var records = RandomJSONRecord(seeds: seeds)
    var random = FuzzGenerator(seed: 41_001)
    for number in 0..<150 {
      let bytes = records.record(using: &random)
      for start in bytes.indices where bytes[start] == 0x22 {
        let difference = Self.difference(bytes, at: start)
        #expect(difference == nil, "record \(number) at \(start)")
        if difference != nil { return }
      }
    }
  }
}

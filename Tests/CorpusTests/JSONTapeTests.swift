import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Corpus

/// The tape parse (`parseTape()`) holds what the tree parse (`parse()`) holds and fails where
/// and as it fails; tape lookups find what `JSONObject` lookups find (the last member of a key,
/// canonical equivalence for keys not ASCII), on real, random and mutated records and on
/// objects with look-alike keys.
struct JSONTapeTests {
  /// Compares the tree `value` with the tape node at `index`: nil when they agree.
  static func difference(_ value: JSONValue, _ tape: JSONTape, _ index: Int) -> String? {
    let node = tape.nodes[index]
    switch value {
    case .null: return node.kind == .null ? nil : "null vs \(node.kind) at \(index)"
    case .bool, .number:
      let same = tape.int(at: index) == value.intValue && tape.string(at: index) == nil
      return same ? nil : "\(value) vs \(node.kind) at \(index)"
    case .string, .text:
      let same =
        tape.string(at: index) == value.stringValue
        && tape.stringBytes(at: index) == value.stringBytes && node.kind != .located
      return same ? nil : "\(value) vs \(node.kind) at \(index)"
    case .located(let literal):
      guard node.kind == .located, tape.located[node.payload] == literal else {
        return "located vs \(node.kind) at \(index)"
      }
      return nil
    case .array(let elements):
      guard node.kind == .array else { return "array vs \(node.kind) at \(index)" }
      let indices = tape.elements(of: index)
      guard indices.count == elements.count else { return "array count at \(index)" }
      for (element, at) in zip(elements, indices) {
        if let found = difference(element, tape, at) { return found }
      }
      return nil
    case .object(let object):
      guard node.kind == .object else { return "object vs \(node.kind) at \(index)" }
      for key in object.names + LoadJSONKeyTests.keys {
        switch (object[key], tape.member(key, of: index)) {
        case (nil, nil): continue
        case (let member?, let at?):
          if let found = difference(member, tape, at) { return found }
        default: return "member \(key) at \(index)"
        }
      }
      switch (object.onlyValue, tape.onlyValue(of: index)) {
      case (nil, nil): return nil
      case (let only?, let at?): return difference(only, tape, at)
      default: return "only value at \(index)"
      }
    }
  }

  /// Parses `bytes` both ways: nil when they agree (the same failure, or values and literals).
  static func difference(_ bytes: [UInt8]) -> String? {
    var tree = JSONParser(bytes: bytes)
    var flat = JSONParser(bytes: bytes)
    let value: JSONValue
    do {
      value = try tree.parse()
    } catch {
      do {
        _ = try flat.parseTape()
        return "the tape parse succeeds where the tree parse fails: \(error.description)"
      } catch let failure {
        return failure.description == error.description
          ? nil : "\(failure.description) vs \(error.description)"
      }
    }
    let tape: JSONTape
    do {
      tape = try flat.parseTape()
    } catch {
      return "the tape parse fails where the tree parse succeeds: \(error.description)"
    }
    guard tree.literals.keys.sorted() == flat.literals.keys.sorted() else { return "literals" }
    for (key, values) in tree.literals where flat.literals[key] != values {
      return "literals of \(key)"
    }
    return difference(value, tape, 0)
  }

  @Test func realRecordsAgree() throws {
    try #require(JSONOracle.realRecords.count == 639)
    for (name, bytes) in JSONOracle.realRecords {
      #expect(Self.difference(bytes) == nil, "\(name)")
    }
  }

  @Test func randomAndMutatedRecordsAgree() {
    var random = FuzzGenerator(seed: 71_000)
    var generator = RandomJSONRecord(seeds: JSONOracle.realRecords.prefix(40).map(\.bytes))
    let records = JSONOracle.realRecords
    for number in 0..<400 {
      let bytes =
        number % 2 == 0
        ? generator.record(using: &random)
        : random.mutate(records[random.below(records.count)].bytes)
      guard ContentCheck.firstInvalidUTF8Offset(bytes) == nil else { continue }
      #expect(Self.difference(bytes) == nil, "case \(number)")
    }
  }

  /// Bad JSON of each kind fails the same way both ways.
  @Test(arguments: [
    "", "{", "[1,", #"{"a" 1}"#, #"{"a": tru}"#, #"{"a": "x\q"}"#, "[01]", "[1.]", "{1: 2}",
    #"["\ud800"]"#, "[1] 2", #"{"a": "b"#, "[-]", "[1e]", #"["\u12"]"#, "\u{7}",
    String(repeating: "[", count: 600),
  ])
  func badJSONFailsAlike(text: String) {
    #expect(Self.difference(Array(text.utf8)) == nil)
  }

  /// Objects of look-alike keys, some escaped, each lookup as `JSONObject`'s.
  @Test func lookAlikeKeysAgree() {
    var random = FuzzGenerator(seed: 71_001)
    let keys = LoadJSONKeyTests.keys
    for number in 0..<1_000 {
      let chosen = (0..<random.below(6)).map { _ in keys[random.below(keys.count)] }
      let members = chosen.enumerated().map { offset, key in
        let written = random.below(4) == 0 ? LoadJSONKeyTests.escaped(key) : key
        return "\"\(written)\": \(offset)"
      }
      let bytes = Array("{\(members.joined(separator: ","))}".utf8)
      #expect(Self.difference(bytes) == nil, "case \(number): \(chosen)")
    }
  }

  /// A tape built from a Foundation-decoded object finds what the tree built from it finds.
  @Test func foundationObjectsAgree() {
    let object: [String: Any] = [
      "uid": "Q1", "n": 12, "f": 1.5, "b": true, "z": NSNull(), "K": 1, "clé": 2,
      "list": ["a", ["x": 1], 3], "inner": ["developpe": "Santé", "abrege": " S "],
    ]
    let tape = JSONTape(foundation: object)
    #expect(Self.difference(JSONValue(foundation: object), tape, 0) == nil)
    let fields = JSONFields(foundation: object)
    #expect(fields.string("inner", "abrege") == "S")
    #expect(fields.int("n") == 12)
    #expect(fields.int("b") == 1)
    #expect(fields.list("list").count == 1)
    #expect(fields.strings("list") == ["a", "3"])
  }

  /// Dates and numbers read from the bytes as from the decoded text.
  @Test(arguments: [
    #""2024-07-01""#, #""01/07/2024""#, #"" 2024-07-01""#, #""2024-02-30""#, #""0012""#,
    #""12 ""#, #""+5""#, "5", "5.0", "true", #""2024-07-01T10:00""#, #""1 juillet 2024""#,
    #""123456789012345678""#, #""1234567890123456789""#, #""-3""#, #""\u0031""#,
  ])
  func datesAndNumbersAgree(written: String) throws {
    let bytes = Array(#"{"a": {"b": \#(written)}}"#.utf8)
    var parser = JSONParser(bytes: bytes)
    let tape = try parser.parseTape()
    let fields = try #require(JSONFields(tape: tape, node: 0))
    let tree = try #require(try JSONParser(bytes: bytes).parsedFields())
    let text = JSONFields.text(tree.object("a")?.value("b"))
    #expect(fields.string("a", "b") == text)
    #expect(fields.int("a", "b") == text.flatMap { Int($0) })
    let expected = text.flatMap { text -> CalendarDate? in
      if let date = JSONFields.isoDate(text) ?? JSONFields.slashDate(text) {
        return date.isValid ? date : nil
      }
      return CalendarDate(parsing: text)
    }
    #expect(fields.date("a", "b") == expected)
  }
}

extension JSONParser {
  /// The tree of the bytes' object.
  fileprivate func parsedFields() throws -> JSONObject? {
    var parser = self
    return try parser.parse().objectValue
  }
}

extension JSONObject {
  fileprivate func object(_ key: String) -> JSONObject? { self[key]?.objectValue }
  fileprivate func value(_ key: String) -> JSONValue? { self[key] }
}

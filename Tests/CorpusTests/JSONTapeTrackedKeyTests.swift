import FrenchText
import Testing

@testable import Corpus

/// The tape parse locates the values of exactly the keys the tree parse tracks: look-alike keys
/// (same length, one byte off, a prefix, not ASCII, escaped) are not tracked, and custom tracked
/// keys (empty, long, not ASCII) are.
struct JSONTapeTrackedKeyTests {
  /// Located values as text, by key.
  typealias Literals = [String: [String]]

  static let record = #"""
    {"texte": "a", "textf": "b", "text": "c", "textes": "d", "téxte": "e", "t\u0065xte": "f",
     "analyse": ["g", "h", 3, "i"], "": "j", "clé": "k", "une clé assez longue": "l",
     "Texte": "m", "nested": {"texte": "n\u00e9", "analyse": {"texte": "o"}}}
    """#

  /// The located values of each tracked key, by key, from the tape parse and the tree parse.
  static func literals(tracked: [String]) throws -> (tape: Literals, tree: Literals) {
    let bytes = Array(record.utf8)
    var flat = JSONParser(bytes: bytes, trackedKeys: tracked)
    var tree = JSONParser(bytes: bytes, trackedKeys: tracked)
    let tape = try flat.parseTape()
    _ = try tree.parse()
    @Sendable func text(_ values: [TextRepairBuffer?]) -> [String] {
      values.map { $0.map { String(decoding: $0.bytes, as: UTF8.self) } ?? "-" }
    }
    let located = tape.nodes.filter { $0.kind == .located }.count
    #expect(located == flat.literals.values.map(\.count).reduce(0, +))
    return (flat.literals.mapValues { text($0) }, tree.literals.mapValues { text($0) })
  }

  @Test func defaultKeysOnly() throws {
    let (tape, tree) = try Self.literals(tracked: JSONParser.defaultTrackedKeys)
    #expect(tape == tree)
    #expect(tape["texte"] == ["a", "né", "o"])
    #expect(tape["analyse"] == ["g", "h"])
    #expect(tape.count == 2)
  }

  @Test func customKeys() throws {
    let tracked = ["", "clé", "une clé assez longue", "textf", "Texte"]
    let (tape, tree) = try Self.literals(tracked: tracked)
    #expect(tape == tree)
    #expect(tape[""] == ["j"])
    #expect(tape["clé"] == ["k"])
    #expect(tape["une clé assez longue"] == ["l"])
    #expect(tape["textf"] == ["b"])
    #expect(tape["Texte"] == ["m"])
    #expect(tape["texte"] == nil)
  }
}

import Corpus
import Foundation
import FrenchText
import FuzzSupport
import Testing

@testable import Indexing

/// The hand-written reading of a stored `Document` (`RecordDocumentDecoding`) gives the value
/// of the generic `Codable` path (`Document(from:)` through `RecordValueDecoder`) on random
/// documents, on every record of an index of the shipped corpus, and on hand-made records with
/// missing, null, unknown and mistyped keys (both throw, or both give the same document).
@Suite struct RecordDocumentDecodingTests {
  /// The document at the body of `bytes` (an encoding, not compressed), read both ways.
  static func bothWays(_ bytes: [UInt8]) -> (fast: Document?, generic: Document?) {
    bytes.withUnsafeBytes { raw in
      let fast = try? RecordDecoder.decode(Document.self, from: raw)
      let generic = try? { () throws -> Document in
        let source = try RecordSource(raw)
        return try Document(from: RecordValueDecoder(source: source, offset: source.bodyStart))
      }()
      return (fast, generic)
    }
  }

  @Test(arguments: 1...10)
  func randomDocumentsReadAlikeBothWays(seed: UInt64) throws {
    var random = FuzzGenerator(seed: seed)
    for _ in 0..<30 {
      let document = RecordFastDocumentTests.document(&random)
      let (fast, generic) = Self.bothWays(try RecordEncoder.encode(document))
      #expect(fast == document)
      #expect(generic == document)
    }
  }

  @Test func everyShippedRecordReadsAlikeBothWays() throws {
    let temp = try TemporaryIndex()
    defer { temp.cleanUp() }
    let shipped = RecordCoderTests.root.appendingPathComponent("corpus").path
    _ = try IndexBuilder(directory: temp.index).build(paths: [shipped])
    let reader = try IndexReader(directory: temp.index)
    var checked = 0
    for segment in reader.segments {
      let store = segment.documents
      for number in 0..<store.storedCount {
        let record = try #require(store.record(number))
        let stored = try #require(store.document(number))
        #expect(stored == record.document)
        let (fast, generic) = Self.bothWays(try RecordEncoder.encode(record.document))
        #expect(fast == record.document)
        #expect(generic == record.document)
        checked += 1
      }
    }
    #expect(checked >= 5)
  }

  /// A keyed record written field by field, for keys the conformance would never write.
  struct HandMade: Encodable {
    var fields: [(String, Value)]

    enum Value {
      case text(String)
      case number(Int)
      case null
      case date(year: Int, month: Int, day: Int)
      case texts([String])
    }

    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: Key.self)
      for (name, value) in fields {
        let key = Key(stringValue: name)
        switch value {
        case .text(let text): try container.encode(text, forKey: key)
        case .number(let number): try container.encode(number, forKey: key)
        case .null: try container.encodeNil(forKey: key)
        case .date(let year, let month, let day):
          try container.encode(CalendarDate(year: year, month: month, day: day), forKey: key)
        case .texts(let texts): try container.encode(texts, forKey: key)
        }
      }
    }
  }

  static let required: [(String, HandMade.Value)] = [
    ("id", .text("AN-17-QE-1")), ("file", .text("corpus/q.json")), ("kind", .text("question")),
    ("format", .text("an-open-data-json")),
  ]

  static func read(_ fields: [(String, HandMade.Value)]) throws -> (Document?, Document?) {
    bothWays(try RecordEncoder.encode(HandMade(fields: fields), fastPaths: false))
  }

  @Test func optionalKeysMissingOrNullReadAsNil() throws {
    let (fast, generic) = try Self.read(
      Self.required + [
        ("title", .null), ("legislature", .null), ("date", .null), ("sections", .null),
        ("events", .null), ("author", .null),
      ])
    let document = try #require(fast)
    #expect(fast == generic)
    #expect(document.title == nil && document.legislature == nil && document.date == nil)
    #expect(document.sections.isEmpty && document.events.isEmpty && document.author == nil)
  }

  @Test func unknownKeysAreSkipped() throws {
    let (fast, generic) = try Self.read(
      Self.required + [
        ("surprise", .text("ignored")), ("number", .number(42)), ("zzz", .texts(["a", "b"])),
        ("answerDate", .date(year: 2024, month: 6, day: 25)),
      ])
    #expect(fast != nil)
    #expect(fast == generic)
    #expect(fast?.number == 42)
    #expect(fast?.answerDate == CalendarDate(year: 2024, month: 6, day: 25))
  }

  @Test(arguments: ["id", "file", "kind", "format"])
  func aMissingOrNullRequiredKeyFailsBothWays(key: String) throws {
    let missing = try Self.read(Self.required.filter { $0.0 != key })
    #expect(missing.0 == nil && missing.1 == nil)
    let null = try Self.read(Self.required.map { $0.0 == key ? (key, .null) : $0 })
    #expect(null.0 == nil && null.1 == nil)
  }

  @Test func mistypedValuesAndUnknownCasesFailBothWays() throws {
    let cases: [[(String, HandMade.Value)]] = [
      Self.required + [("legislature", .text("dix-sept"))],
      Self.required + [("title", .number(3))],
      Self.required + [("chamber", .text("Congrès"))],
      Self.required + [("date", .text("2024-06-25"))],
      Self.required.map { $0.0 == "kind" ? ("kind", .text("motion")) : $0 },
      Self.required + [("sections", .texts(["pas une section"]))],
    ]
    for fields in cases {
      let (fast, generic) = try Self.read(fields)
      #expect(fast == nil, "\(fields.last!.0)")
      #expect(generic == nil, "\(fields.last!.0)")
    }
  }
}

import Foundation
import Testing

@testable import Corpus

/// The record splitter of JSON bulk files skips inert bytes sixteen at a time
/// (`JSONInertSkip`), and the streamed read hashes the whole file in the same pass
/// (`DocumentLoader.streamHashing`): both checked against byte-by-byte definitions.
struct JSONStreamSkipTests {
  /// The bytes that matter to the splitter, and plain ones (ASCII and UTF-8 of "é").
  static let alphabet: [UInt8] = Array("\"\\{}[]:,\n a1".utf8) + [0xC3, 0xA9]

  @Test(arguments: [JSONInertSkip.Stops.stringBody, .nested, .topLevel])
  func skipStopsWhereAByteByByteScanStops(stops: JSONInertSkip.Stops) {
    var generator = SeededGenerator(seed: 41)
    for round in 0..<300 {
      // Mostly plain bytes, so that whole vectors are skipped too.
      let length = Int.random(in: 0...90, using: &generator)
      let rare = round % 3 == 0 ? 2 : 12
      let bytes = (0..<length).map { _ -> UInt8 in
        Int.random(in: 0..<rare, using: &generator) == 0
          ? Self.alphabet.randomElement(using: &generator)!
          : (0x61...0x7A).randomElement(using: &generator)!
      }
      for start in 0...length {
        let end = Int.random(in: start...length, using: &generator)
        var index = start
        var lineFeeds = 0
        while index < end, !stops.stops(bytes[index]) {
          if bytes[index] == 0x0A { lineFeeds += 1 }
          index += 1
        }
        let skipped = bytes.withUnsafeBufferPointer {
          JSONInertSkip.skip($0, from: start, to: end, stops: stops)
        }
        #expect(
          skipped.index == index && skipped.lineFeeds == lineFeeds, "\(bytes) \(start)..<\(end)")
      }
    }
  }

  @Test func stopSetsHoldTheStructuralBytes() {
    let structural = Array("\"{}[]".utf8)
    for byte in structural {
      #expect(JSONInertSkip.Stops.nested.stops(byte) && JSONInertSkip.Stops.topLevel.stops(byte))
    }
    #expect(
      JSONInertSkip.Stops.stringBody.stops(0x22) && JSONInertSkip.Stops.stringBody.stops(0x5C))
    #expect(!JSONInertSkip.Stops.stringBody.stops(0x7B) && !JSONInertSkip.Stops.nested.stops(0x3A))
    #expect(JSONInertSkip.Stops.topLevel.stops(0x3A) && JSONInertSkip.Stops.topLevel.stops(0x2C))
    // Bytes one bit away from a brace or a bracket are no stops.
    for byte: UInt8 in [0x7A, 0x7C, 0x5A, 0x5E, 0x3B, 0x0D, 0x0A] {
      #expect(!JSONInertSkip.Stops.nested.stops(byte))
    }
  }

  /// A record of random shape: strings with escaped quotes and backslashes, long and short,
  /// nested arrays and objects, and line breaks between tokens.
  static func record(_ generator: inout SeededGenerator) -> String {
    func string() -> String {
      var text = "\""
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        switch Int.random(in: 0..<12, using: &generator) {
        case 0: text += "\\\""
        case 1: text += "\\\\"
        case 2: text += "é{[:,]}"
        default: text += "mot "
        }
      }
      return text + "\""
    }
    func value(_ depth: Int) -> String {
      switch depth > 2 ? 0 : Int.random(in: 0..<4, using: &generator) {
      case 0: return string()
      case 1:
        return "["
          + (0..<Int.random(in: 0...3, using: &generator)).map { _ in value(depth + 1) }.joined(
            separator: ",\n") + "]"
      case 2:
        return "{"
          + (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            string() + ": " + value(depth + 1)
          }.joined(separator: ",") + "}"
      default: return "12.5"
      }
    }
    return "{\"uid\": " + string() + ",\n  \"texte\": " + value(0) + "}"
  }

  @Test(arguments: [1, 5, 16, 17, 64, 4096])
  func recordsLinesAndOffsetsAreThoseOfTheText(chunk: Int) {
    var generator = SeededGenerator(seed: UInt64(chunk))
    var text = "{\"export\": {\"question\": [\n"
    var expected: [(offset: Int, text: String)] = []
    for index in 0..<40 {
      if index > 0 { text += ",\n  " }
      let record = Self.record(&generator)
      expected.append((text.utf8.count, record))
      text += record
    }
    text += "\n]}}\n"
    let bytes = Array(text.utf8)
    var splitter = JSONRecordStream()
    var offset = 0
    var slices: [JSONRecordSlice] = []
    splitter.read(nextChunk: {
      guard offset < bytes.count else { return nil }
      defer { offset += chunk }
      return Array(bytes[offset..<min(offset + chunk, bytes.count)])
    }) { slices.append($0) }
    #expect(splitter.problem == nil && splitter.finished)
    #expect(slices.count == expected.count)
    for (slice, record) in zip(slices, expected) {
      #expect(slice.offset == record.offset)
      #expect(String(decoding: slice.bytes, as: UTF8.self) == record.text)
      #expect(slice.firstLine == 1 + bytes[..<record.offset].filter { $0 == 0x0A }.count)
      #expect(slice.isBareRecord)
    }
  }

  static func oneShotHash(_ bytes: [UInt8]) -> UInt64 {
    var hasher = ContentHasher()
    hasher.update(bytes)
    return hasher.value
  }

  @Test(arguments: ["list", "lines", "noRecords", "tooLarge", "text", "small"])
  func streamedReadHashesTheWholeFile(kind: String) throws {
    var generator = SeededGenerator(seed: 7)
    let records = (0..<200).map { _ in Self.record(&generator) }
    let text: String
    switch kind {
    case "list": text = "[" + records.joined(separator: ",\n") + "]"
    case "lines": text = records.joined(separator: "\n") + "\n"
    case "noRecords": text = "{\"a\": [" + records.joined(separator: ",") + "]}"
    case "tooLarge":
      text =
        "[" + records.joined(separator: ",") + ", {\"a\": \""
        + String(repeating: "x", count: 20_000) + "\"}, " + records[0] + "]"
    case "text": text = String(repeating: "Le département finance la prime.\n", count: 2_000)
    default: text = "Une ligne.\n"
    }
    let bytes = Array(text.utf8)
    let file = try BulkFixture.write(bytes, name: "h-\(kind).json")
    defer { BulkFixture.remove(file) }
    var loader = DocumentLoader()
    loader.maximumDocumentSize = 4_000
    var diagnostics: [Diagnostic] = []
    let hash = loader.streamHashing(file) { diagnostics += $0.diagnostics }
    #expect(hash == Self.oneShotHash(bytes))
    if kind == "tooLarge" {
      #expect(diagnostics.contains { $0.message.contains("a record larger than") })
    }
    if kind == "text" { #expect(diagnostics.contains { $0.message.hasPrefix("truncated:") }) }
    var plain: [Diagnostic] = []
    loader.stream(file) { plain += $0.diagnostics }
    #expect(plain == diagnostics, "hashing changes nothing of the reading")
  }

  @Test func aFileThatCannotBeOpenedHasNoHash() {
    let file = CorpusFile(
      path: "/nonexistent/x.json", relativePath: "x.json", size: 10 << 20, modificationTime: 0)
    var diagnostics: [Diagnostic] = []
    #expect(DocumentLoader().streamHashing(file) { diagnostics += $0.diagnostics } == nil)
    #expect(diagnostics.first?.message == "skipped: cannot read file")
  }
}

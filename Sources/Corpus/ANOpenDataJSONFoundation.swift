import Foundation
import FrenchText

/// The former way of reading a JSON record, kept as the oracle of the tests: Foundation's
/// `JSONSerialization` decodes the file, and `JSONLiteralLocator` finds the literals again.
extension ANOpenDataJSONReader {
  func readWithFoundation(bytes original: [UInt8], file: CorpusFile) -> LoadOutcome {
    var bytes = original
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.replaceSubrange(0..<3, with: [0x20, 0x20, 0x20])
    }
    let parsed: Any
    do {
      parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch {
      let detail = (error as NSError).userInfo["NSDebugDescription"] as? String
      return skipped(file, Self.failure(bytes, detail: detail))
    }
    let records = Self.questionRecords(in: JSONValue(foundation: parsed))
    if records.isEmpty {
      return skipped(file, "skipped: JSON is not a question record (no \"question\" object)")
    }
    let reader = ANRecordReader(source: SourceText(bytes: bytes, path: file.path), format: format)
    var pool = LiteralPool(locator: JSONLiteralLocator(bytes: bytes))
    return outcome(of: records, reader: reader, pool: &pool, file: file)
  }
}

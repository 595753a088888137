import Corpus
import Extraction
import Foundation
import FrenchText
import Indexing
import Search

// In-process figures for the hot paths of ParlIndex: loading, analysis, extraction, record
// encoding, postings decoding and top-k search, so that a regression shows before the
// benchmark kit runs. Usage: parlindex-bench [CORPUS-FOLDER] [--files N] (default: corpus/).
// `parlindex-bench --extraction FOLDER [--threads N] [--load-only]`: the extraction throughput
// over a whole folder, streamed, on N threads (see BenchExtraction).

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("--extraction") {
  exit(BenchExtraction.run(arguments: arguments))
}
var fileLimit = 2000
if let flag = arguments.firstIndex(of: "--files"), flag + 1 < arguments.count {
  fileLimit = Int(arguments[flag + 1]) ?? fileLimit
  arguments.removeSubrange(flag...flag + 1)
}
let folder = arguments.first ?? "corpus"
let files = Array(CorpusWalker().files(under: [folder]).files.prefix(fileLimit))
guard !files.isEmpty else {
  print("parlindex-bench: no corpus file under \(folder)")
  exit(1)
}
print("parlindex-bench: \(files.count) files from \(folder) (one thread unless said)")

let bytes = files.reduce(0) { $0 + $1.size }
let (documents, loadTime) = BenchClock.measure {
  files.flatMap { DocumentLoader().load($0).documents }
}
BenchClock.report("load (read + parse)", loadTime, count: files.count, unit: "files", bytes: bytes)

let analyzer = FrenchAnalyzer()
let pieces = documents.flatMap { IndexedText.pieces(of: $0) }
let textBytes = pieces.reduce(0) { $0 + $1.utf8.count }
let (tokenCount, analysisTime) = BenchClock.measure {
  pieces.reduce(0) { $0 + analyzer.tokens(in: $1).count }
}
BenchClock.report("analysis", analysisTime, count: tokenCount, unit: "tokens", bytes: textBytes)

let (records, extractionTime) = BenchClock.measure {
  documents.map { RecordExtractor().record(for: $0) }
}
let mentionCount = records.reduce(0) { $0 + $1.mentions.count }
BenchClock.report("extraction", extractionTime, count: documents.count, unit: "documents")
print("  (\(mentionCount) mentions)")

let (prepared, prepareTime) = BenchClock.measure {
  records.map { PreparedDocument(record: $0, analyzer: analyzer) }
}
BenchClock.report("prepare (encode + invert)", prepareTime, count: records.count, unit: "documents")
let encoded = prepared.map(\.record)
let encodedBytes = encoded.reduce(0) { $0 + $1.count }
let (_, encodeTime) = BenchClock.measure { records.map { try? RecordEncoder.encode($0) } }
BenchClock.report("record encoding", encodeTime, count: records.count, unit: "records")
print("  (\(encodedBytes / max(1, records.count)) bytes per record)")
let (_, decodeTime) = BenchClock.measure {
  encoded.map { bytes in
    bytes.withUnsafeBytes { try? RecordDecoder.decode(DocumentRecord.self, from: $0) }
  }
}
BenchClock.report("record decoding", decodeTime, count: records.count, unit: "records")

try BenchIndex.run(files: files, analyzer: analyzer)

import Corpus
import Extraction
import Foundation
import Indexing

/// Feeds `RecordDecoder` (through `RecordCompressor`) with the stored records of the seed
/// files' documents, compressed, then truncated or mutated. A damaged record must give an error
/// or nil, never a trap; an intact one must decode to the record it was made from.
struct RecordsTarget: FuzzTarget {
  let stored: [[UInt8]]
  let records: [DocumentRecord]

  init(root: URL) {
    let seeds = SeedFiles.load(root: root)
    var records: [DocumentRecord] = []
    for (index, seed) in seeds.enumerated() {
      let path = "fuzz/seed-\(index)"
      let file = CorpusFile(path: path, relativePath: path, size: seed.count, modificationTime: 0)
      let documents = DocumentLoader().load(data: Data(seed), file: file).documents
      records += documents.map { RecordExtractor().record(for: $0) }
    }
    self.records = records
    stored = records.map { RecordCompressor.compress((try? RecordEncoder.encode($0)) ?? []) }
  }

  func input(_ random: inout FuzzRandom) -> (index: Int, bytes: [UInt8])? {
    guard !stored.isEmpty else { return nil }
    let index = random.below(stored.count)
    let bytes = stored[index]
    switch random.below(4) {
    case 0: return (index, bytes)
    case 1: return (index, Array(bytes.prefix(random.below(bytes.count + 1))))
    default: return (index, Mutator.mutate(bytes, other: random.pick(stored), using: &random))
    }
  }

  func describe(_ random: inout FuzzRandom, case number: Int) -> String {
    guard let input = input(&random) else { return "no seed record" }
    return "record \(input.index), \(input.bytes.count) bytes: "
      + input.bytes.prefix(64).map { String($0, radix: 16) }.joined(separator: " ")
  }

  func run(_ random: inout FuzzRandom, case number: Int) -> String? {
    guard let input = input(&random) else { return "no seed record to fuzz" }
    let decoded = input.bytes.withUnsafeBytes {
      try? RecordDecoder.decode(DocumentRecord.self, from: $0)
    }
    if input.bytes == stored[input.index], decoded != records[input.index] {
      return "an intact stored record does not decode to its record"
    }
    _ = RecordCompressor.encoding(input.bytes)
    return nil
  }
}

import Corpus
import Foundation

/// Feeds `DocumentLoader().load(data:file:)` (and, one case in five, a reader picked at random
/// directly) with seed files, truncated or mutated, and with generated JSON records. Every diagnostic must name the file, and an input that gives no
/// document must give a diagnostic.
struct ReadersTarget: FuzzTarget {
  let seeds: [[UInt8]]
  let records: JSONRecordGenerator
  let loader = DocumentLoader()

  init(root: URL) {
    seeds = SeedFiles.load(root: root)
    records = JSONRecordGenerator(seeds: seeds)
  }

  func input(_ random: inout FuzzRandom) -> [UInt8] {
    let seed = random.pick(seeds)
    switch random.below(10) {
    case 0: return Array(seed.prefix(random.below(seed.count + 1)))
    case 1, 2: return records.record(using: &random)
    case 3:
      let record = records.record(using: &random)
      return Mutator.mutate(record, other: seed, using: &random)
    default: return Mutator.mutate(seed, other: random.pick(seeds), using: &random)
    }
  }

  func describe(_ random: inout FuzzRandom, case number: Int) -> String {
    let bytes = input(&random)
    return "\(bytes.count) bytes: " + String(decoding: bytes.prefix(400), as: UTF8.self)
  }

  func run(_ random: inout FuzzRandom, case number: Int) -> String? {
    let bytes = input(&random)
    let path = "fuzz/case \(number) é.\(random.pick(["json", "txt", "md", ""]))"
    let file = CorpusFile(
      path: path, relativePath: path, size: bytes.count, modificationTime: 0)
    // One case in five goes straight to one reader, whatever it recognises (then only traps and
    // diagnostics naming another file count: a reader may find nothing in a foreign format).
    let outcome: LoadOutcome
    let direct = random.chance(20)
    if direct {
      let reader = random.pick(loader.readers)
      outcome = reader.read(String(decoding: bytes, as: UTF8.self), file: file)
    } else {
      outcome = loader.load(data: Data(bytes), file: file)
    }
    if let stray = outcome.diagnostics.first(where: { $0.file != path }) {
      return "diagnostic does not name the file: \(stray)"
    }
    if !direct, outcome.documents.isEmpty, outcome.diagnostics.isEmpty {
      return "no document and no diagnostic"
    }
    return nil
  }
}

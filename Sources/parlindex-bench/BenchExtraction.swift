import Corpus
import Dispatch
import Extraction
import Foundation

/// `parlindex-bench --extraction FOLDER [--threads N] [--load-only]`: streams every file of the
/// folder through `DocumentLoader` and `RecordExtractor` on N threads (chunks of files taken in
/// turn), keeps no record, and prints documents per second and the total time. With
/// `--load-only`, the files are read and parsed but not extracted: the difference between the
/// two runs is what extraction adds to an index build.
enum BenchExtraction {
  /// Chunks of files handed to the threads in turn, taken from the walk as they are needed
  /// (the list of every file is never held, as in an index build).
  final class Queue: @unchecked Sendable {
    let walk: CorpusWalk
    let chunk: Int
    private let lock = NSLock()

    init(walk: CorpusWalk, chunk: Int) {
      self.walk = walk
      self.chunk = chunk
    }

    func take() -> [CorpusFile]? {
      lock.lock()
      defer { lock.unlock() }
      var files: [CorpusFile] = []
      while files.count < chunk, let file = walk.next() { files.append(file) }
      return files.isEmpty ? nil : files
    }
  }

  /// Per-thread totals, added at the end.
  struct Totals: Sendable {
    var documents = 0
    var mentions = 0
    var relations = 0
    var bytes = 0
  }

  static func run(arguments: [String]) -> Int32 {
    var arguments = arguments
    var threads = 2
    if let flag = arguments.firstIndex(of: "--threads"), flag + 1 < arguments.count {
      threads = max(1, Int(arguments[flag + 1]) ?? threads)
      arguments.removeSubrange(flag...flag + 1)
    }
    let loadOnly = arguments.contains("--load-only")
    arguments.removeAll { $0 == "--load-only" || $0 == "--extraction" }
    guard let folder = arguments.first else {
      print("usage: parlindex-bench --extraction FOLDER [--threads N] [--load-only]")
      return 64
    }
    let (count, walkTime) = BenchClock.measure { CorpusWalker().count(under: [folder]) }
    print("parlindex-bench --extraction: \(count) files under \(folder), \(threads) threads")
    BenchClock.report("walk (count)", walkTime, count: count, unit: "files")
    let queue = Queue(walk: CorpusWalker().walk([folder]), chunk: 64)
    let slots = Slots(count: threads)
    let (_, times) = BenchClock.measure {
      DispatchQueue.concurrentPerform(iterations: threads) { worker in
        slots.store(work(queue, extract: !loadOnly), at: worker)
      }
    }
    let total = slots.sum()
    let name = loadOnly ? "load only (read + parse)" : "load + extraction"
    let perWall = Double(total.documents) / max(times.wall, 1e-9)
    BenchClock.report(name, times, count: total.documents, unit: "documents", bytes: total.bytes)
    print(
      String(
        format: "  %d documents in %.1f s wall: %.0f documents/s on %d threads",
        total.documents, times.wall, perWall, threads))
    if !loadOnly { print("  (\(total.mentions) mentions, \(total.relations) funding relations)") }
    return 0
  }

  static func work(_ queue: Queue, extract: Bool) -> Totals {
    var totals = Totals()
    let loader = DocumentLoader()
    let extractor = RecordExtractor()
    while let chunk = queue.take() {
      for file in chunk {
        totals.bytes += file.size
        for document in loader.load(file).documents {
          totals.documents += 1
          guard extract else { continue }
          let record = extractor.record(for: document)
          totals.mentions += record.mentions.count
          totals.relations += record.funding.count
        }
      }
    }
    return totals
  }

  /// One result slot per thread.
  final class Slots: @unchecked Sendable {
    private var values: [Totals]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: Totals(), count: count) }

    func store(_ value: Totals, at index: Int) {
      lock.lock()
      values[index] = value
      lock.unlock()
    }

    func sum() -> Totals {
      values.reduce(into: Totals()) {
        $0.documents += $1.documents
        $0.mentions += $1.mentions
        $0.relations += $1.relations
        $0.bytes += $1.bytes
      }
    }
  }
}

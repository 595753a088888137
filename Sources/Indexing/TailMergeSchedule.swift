import Foundation

/// Which thread merges which part of a split merge (`RunMerger.merge(runs:terms:postings:)`),
/// and when the parts written aside are appended to the output.
///
/// Parts are taken in term order. A part whose predecessors are all in the output, while no
/// thread writes there, is merged straight into the output ("direct"): no copy. Any other part
/// is merged into temporary files ("aside"), and the first thread to find the output free and
/// the next part aside appends it, so that appends overlap the merge of later parts instead of
/// all coming at the end on one thread. Each output write happens under the `output` token (one
/// holder at a time, taken and given back under the lock).
final class MergeSchedule: @unchecked Sendable {
  /// What a part merged aside left for its append.
  struct Aside {
    /// Its entry count, the byte count and CRC-32 of its postings.
    var count: Int
    var size: Int
    var crc: UInt32
  }

  /// The merge's output files, used by the holder of the output token only.
  final class Output: @unchecked Sendable {
    let terms: FileWriter
    let postings: FileWriter
    let offsets: FileWriter

    init(terms: FileWriter, postings: FileWriter, offsets: FileWriter) {
      self.terms = terms
      self.postings = postings
      self.offsets = offsets
    }
  }

  private let lock = NSLock()
  private let parts: Int
  /// The next part to merge.
  private var next = 0
  /// Parts in the output so far (in order), and their entries.
  private var appended = 0
  private var count = 0
  /// Whether a thread holds the output (merging a part straight into it, or appending one).
  private var outputHeld = false
  /// Parts merged aside, not appended yet.
  private var aside: [Int: Aside] = [:]
  private var error: IndexError?

  init(parts: Int) {
    self.parts = parts
  }

  /// One thread's share: takes parts in order until none is left, merging each (`merge`, told
  /// whether it goes straight to the output; it returns the part's entry count, and for a part
  /// aside its postings' size and CRC-32), and appends the parts aside whose turn has come
  /// (`append`). Stops at the first error (any thread's).
  func work(
    merge: (_ part: Int, _ direct: Bool) throws(IndexError) -> Aside,
    append: (_ part: Int, _ aside: Aside) throws(IndexError) -> Void
  ) {
    do throws(IndexError) {
      while let (part, direct) = take() {
        let outcome = try merge(part, direct)
        lock.withLock {
          if direct {
            appended += 1
            count += outcome.count
            outputHeld = false
          } else {
            aside[part] = outcome
          }
        }
        try appendReady(append)
      }
      try appendReady(append)
    } catch {
      lock.withLock {
        self.error = self.error ?? error
        outputHeld = false
      }
    }
  }

  /// The next part to merge, and whether it goes straight to the output (the output is then
  /// held); nil when every part is taken or an error stopped the merge.
  private func take() -> (Int, Bool)? {
    lock.withLock {
      guard error == nil, next < parts else { return nil }
      let part = next
      next += 1
      let direct = !outputHeld && appended == part
      if direct { outputHeld = true }
      return (part, direct)
    }
  }

  /// Appends the parts aside whose predecessors are all in the output, while the output is free.
  private func appendReady(
    _ append: (_ part: Int, _ aside: Aside) throws(IndexError) -> Void
  ) throws(IndexError) {
    while true {
      let ready: (Int, Aside)? = lock.withLock {
        guard error == nil, !outputHeld, let found = aside.removeValue(forKey: appended) else {
          return nil
        }
        outputHeld = true
        return (appended, found)
      }
      guard let (part, outcome) = ready else { return }
      try append(part, outcome)
      lock.withLock {
        appended += 1
        count += outcome.count
        outputHeld = false
      }
    }
  }

  /// The entry count of the whole merge, once every thread is done; the first error otherwise.
  func finished() throws(IndexError) -> Int {
    let (error, appended, count) = lock.withLock { (self.error, self.appended, self.count) }
    if let error { throw error }
    guard appended == parts else {
      throw .io(path: "merge", message: "\(parts - appended) merge part(s) not appended")
    }
    return count
  }
}

import Foundation

/// Work of a build's tail started at once on a thread of its own (a `Thread`, not the dispatch
/// pool, whose few threads the merge's `concurrentPerform` needs), its outcome awaited later:
/// an fsync waits for the disk while the postings are merged, the document table is written
/// while the last run is sorted.
///
/// The work may use objects of the calling thread (they are not `Sendable`): the caller must not
/// touch them until `value()` returns, and must await every task it starts, also on an error
/// path, before the files they write are removed.
final class TailTask<Value>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  /// Written once by the worker before `done` is signalled; read only after it is waited for.
  private var outcome: Result<Value, IndexError>?
  private var awaited = false

  /// Starts `work` on a new thread.
  init(_ work: @escaping () throws(IndexError) -> Value) {
    let job = UncheckedWork(work: work)
    let thread = Thread { [self] in
      outcome = Result { () throws(IndexError) -> Value in try job.work() }
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// The work's result (or its error), waiting for it to finish. Called by one thread.
  func value() throws(IndexError) -> Value {
    if !awaited {
      done.wait()
      awaited = true
    }
    return try outcome!.get()
  }

  /// Waits for the work, ignoring its outcome (on an error path that throws another error).
  func wait() {
    _ = try? value()
  }
}

/// A closure handed to another thread, which alone calls it (see `TailTask`).
private struct UncheckedWork<Value>: @unchecked Sendable {
  let work: () throws(IndexError) -> Value
}

import Dispatch

/// A computation started on another thread at once, its result awaited later (once or more):
/// lets a build check the previous generation's checksums while it walks the corpus.
package final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  /// Written once by the worker before it leaves `group`; read only after `group.wait()`.
  private var result: Value?

  /// Starts `work` on a global queue.
  package init(_ work: @escaping @Sendable () -> Value) {
    group.enter()
    DispatchQueue.global().async {
      self.result = work()
      self.group.leave()
    }
  }

  /// The result, waiting for the work to finish.
  package var value: Value {
    group.wait()
    return result!
  }
}

import Foundation

/// The threads that prepare a build's files (read, extract, analyse), kept for the whole build.
///
/// There are more of them than cores (`width` is the core count plus one by default): a thread
/// that waits for a file to come from the disk leaves its core to another, which
/// `concurrentPerform` (one thread per core) cannot do. `map` keeps the order of its items and
/// the calling thread works too, after running its own `meanwhile` step (the build walks the
/// next chunk of the corpus there, instead of between chunks while the cores wait).
final class PreparePool: @unchecked Sendable {
  /// One `map` call: its items are claimed one at a time, in order, by whichever thread is free.
  private final class Job: @unchecked Sendable {
    let count: Int
    let run: @Sendable (Int) -> Void
    var next = 0
    var unfinished: Int

    init(count: Int, run: @escaping @Sendable (Int) -> Void) {
      self.count = count
      self.run = run
      unfinished = count
    }
  }

  private let condition = NSCondition()
  private var job: Job?
  private var closed = false
  private var threads: [Thread] = []
  /// Threads in all, the caller of `map` included.
  let width: Int

  /// The default width: one thread more than the cores.
  static var defaultWidth: Int { ProcessInfo.processInfo.activeProcessorCount + 1 }

  init(width: Int = PreparePool.defaultWidth) {
    self.width = max(1, width)
    for _ in 1..<self.width {
      // The thread holds the pool until `close` lets it return.
      let thread = Thread { self.work() }
      thread.stackSize = 8 << 20
      thread.start()
      threads.append(thread)
    }
  }

  /// Ends the threads (after the current `map`, if any); the pool must not be used after.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// `transform` of every item, in order, computed on every thread of the pool; the caller runs
  /// `meanwhile` first, then works on the items too.
  func map<T: Sendable, R: Sendable>(
    _ items: [T], meanwhile: () -> Void = {}, _ transform: @escaping @Sendable (T) -> R
  ) -> [R] {
    let slots = MovedSlots<R>(count: items.count)
    let current = Job(count: items.count) { index in slots.set(index, transform(items[index])) }
    condition.lock()
    job = current
    condition.broadcast()
    condition.unlock()
    meanwhile()
    drain(current)
    condition.lock()
    while current.unfinished > 0 { condition.wait() }
    job = nil
    condition.unlock()
    return slots.take()
  }

  /// Runs items of `current` until none is left to claim.
  private func drain(_ current: Job) {
    condition.lock()
    while current.next < current.count {
      let index = current.next
      current.next += 1
      condition.unlock()
      current.run(index)
      condition.lock()
      current.unfinished -= 1
      if current.unfinished == 0 { condition.broadcast() }
    }
    condition.unlock()
  }

  /// A pool thread: waits for a job with items left, drains it, until the pool is closed.
  private func work() {
    condition.lock()
    while true {
      if closed {
        condition.unlock()
        return
      }
      if let current = job, current.next < current.count {
        condition.unlock()
        drain(current)
        condition.lock()
        continue
      }
      condition.wait()
    }
  }
}

/// The results of one `PreparePool.map`, each moved in by the thread that computed it and all
/// moved out at the end (`ResultSlots` copied each in and out: a prepared file's strings and
/// arrays retained twice, released twice).
private final class MovedSlots<R>: @unchecked Sendable {
  private let base: UnsafeMutablePointer<R>
  private let count: Int
  /// Whether the results were moved out (otherwise the slots destroy them).
  private var taken = false

  init(count: Int) {
    self.count = count
    base = .allocate(capacity: Swift.max(count, 1))
  }

  deinit {
    if !taken { base.deinitialize(count: count) }
    base.deallocate()
  }

  /// Moves `value` into slot `index` (each slot is set once, before `take`).
  func set(_ index: Int, _ value: consuming R) { (base + index).initialize(to: value) }

  /// The results in order, moved out (every slot set).
  func take() -> [R] {
    taken = true
    return [R](unsafeUninitializedCapacity: count) { output, written in
      if let start = output.baseAddress { start.moveInitialize(from: base, count: count) }
      written = count
    }
  }
}

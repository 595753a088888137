import Dispatch

/// Applies `transform` to every element on all cores (`concurrentPerform`), keeping the order.
package func parallelMap<T: Sendable, R: Sendable>(
  _ items: [T], _ transform: @Sendable (T) -> R
) -> [R] {
  let slots = ResultSlots<R>(count: items.count)
  DispatchQueue.concurrentPerform(iterations: items.count) { index in
    slots.set(index, transform(items[index]))
  }
  return slots.values()
}

/// Pre-sized storage that concurrent iterations fill, each writing only its own slot (also
/// `PreparePool`'s).
final class ResultSlots<R>: @unchecked Sendable {
  private let buffer: UnsafeMutableBufferPointer<R?>

  init(count: Int) {
    buffer = .allocate(capacity: count)
    buffer.initialize(repeating: nil)
  }

  deinit {
    buffer.deinitialize()
    buffer.deallocate()
  }

  func set(_ index: Int, _ value: R) { buffer[index] = value }

  func values() -> [R] { buffer.map { $0! } }
}

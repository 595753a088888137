/// Reverses `items` in place by moving them: `Array.reverse` copies each item it swaps (a
/// retain of each of its strings) and destroys the copy.
func reverseMoving<Item>(_ items: UnsafeMutableBufferPointer<Item>) {
  guard var low = items.baseAddress, items.count > 1 else { return }
  var high = low + (items.count - 1)
  while low < high {
    let item = low.move()
    low.moveInitialize(from: high, count: 1)
    high.initialize(to: item)
    low += 1
    high -= 1
  }
}

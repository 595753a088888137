/// An append-only array kept in blocks of 65 536 elements, each allocated at its full size:
/// growing never copies what is there and never holds two copies at once (an `Array` of a
/// million hashes doubles to 16 MB and briefly holds 24 MB), so that the per-document
/// tables of a build cost exactly their elements.
struct BlockedArray<Element> {
  private static var blockShift: Int { 16 }
  private static var blockSize: Int { 1 << blockShift }
  private var blocks: [[Element]] = []
  private(set) var count = 0

  mutating func append(_ element: Element) {
    if count & (Self.blockSize - 1) == 0 {
      var block: [Element] = []
      block.reserveCapacity(Self.blockSize)
      blocks.append(block)
    }
    blocks[blocks.count - 1].append(element)
    count += 1
  }

  subscript(index: Int) -> Element {
    get { blocks[index >> Self.blockShift][index & (Self.blockSize - 1)] }
    set { blocks[index >> Self.blockShift][index & (Self.blockSize - 1)] = newValue }
  }
}

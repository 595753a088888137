/// Merges the id orders of several segments' live documents into one (ids are unique across
/// segments): a k-way merge by byte order, k being small (the merge policy bounds it).
struct IDOrderMerge {
  private let stores: [DocumentStore]
  private var orders: [[Int]]
  private var heads: [Int]
  private var ids: [[UInt8]?]

  init(_ stores: [DocumentStore]) {
    self.stores = stores
    orders = stores.map { $0.liveDocumentsByID() }
    heads = [Int](repeating: 0, count: stores.count)
    ids = [[UInt8]?](repeating: nil, count: stores.count)
    for index in stores.indices { load(index) }
  }

  private mutating func load(_ index: Int) {
    let head = heads[index]
    ids[index] =
      head < orders[index].count
      ? Array(stores[index].id(orders[index][head]).utf8) : nil
  }

  /// Every (segment, document) in id order.
  mutating func all() -> [(segment: Int, document: Int)] {
    var result: [(segment: Int, document: Int)] = []
    result.reserveCapacity(orders.reduce(0) { $0 + $1.count })
    while true {
      var best: Int?
      for index in ids.indices {
        guard let id = ids[index] else { continue }
        if let current = best, let other = ids[current], !id.lexicographicallyPrecedes(other) {
          continue
        }
        best = index
      }
      guard let best else { return result }
      result.append((best, orders[best][heads[best]]))
      heads[best] += 1
      load(best)
    }
  }
}

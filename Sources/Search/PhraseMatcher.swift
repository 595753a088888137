/// Counts the places where the i-th list holds p + i for every i (a phrase occurrence at p),
/// walking the shortest list and looking the others up.
enum PhraseMatcher {
  static func count(_ positions: [[Int32]]) -> Int {
    guard let anchor = positions.indices.min(by: { positions[$0].count < positions[$1].count })
    else { return 0 }
    var count = 0
    for position in positions[anchor] {
      let start = position - Int32(anchor)
      var found = true
      for offset in positions.indices where offset != anchor {
        if !contains(positions[offset], start + Int32(offset)) {
          found = false
          break
        }
      }
      if found { count += 1 }
    }
    return count
  }

  private static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }
}

import Testing

@testable import Extraction

/// `RecordExtractor.appendMoving` appends in order and leaves the source empty, whether the
/// target is empty (the arrays swapped) or not (the items moved one by one).
struct AllocExtractionTests {
  @Test(arguments: [0, 1, 2, 3, 7], [0, 1, 2, 5, 8])
  func appendMovingKeepsOrder(targetCount: Int, itemCount: Int) {
    // Strings longer than a small string: each one a heap object, so that a lost or doubled
    // release would show.
    let make = { (prefix: String, count: Int) in
      (0..<count).map { "\(prefix) numéro \($0) — une chaîne assez longue" }
    }
    var target = make("cible", targetCount)
    var items = make("élément", itemCount)
    let expected = target + items
    RecordExtractor.appendMoving(&items, to: &target)
    #expect(target == expected)
    #expect(items.isEmpty)
    // Both arrays stay usable.
    items.append("encore")
    target.append("fin")
    #expect(items == ["encore"] && target.last == "fin" && target.count == expected.count + 1)
  }
}

import Testing

@testable import Extraction

/// The thirteenth session's long-form store (`TokenTextStore.index(of:)`): forms found by
/// their key and bytes in an open-addressing table. Equal bytes give one index, distinct bytes
/// (same length, same first bytes, same key prefix) distinct ones, through every growth of the
/// table; emptied, the store numbers forms from 0 again.
@Suite struct LexTextStoreTests {
  static func index(_ store: TokenTextStore, _ form: String) -> Int {
    var form = form
    return form.withUTF8 { store.index(of: $0) }
  }

  @Test func formsAreInternedByTheirBytes() {
    let store = TokenTextStore()
    var forms: [String] = ["", "a", "constitutionnelles", "constitutionnellez", "e\u{301}té"]
    for number in 0..<5_000 {
      forms.append("anticonstitutionnellement-\(number)")
      forms.append("\(number)-anticonstitutionnellement")
    }
    let indices = forms.map { Self.index(store, $0) }
    #expect(indices == Array(0..<forms.count))
    #expect(store.count == forms.count)
    for (form, index) in zip(forms, indices).reversed() {
      #expect(Self.index(store, form) == index, "\(form)")
      #expect(store.string(at: index) == form)
    }
    // Canonically equivalent but different bytes: two forms.
    #expect(Self.index(store, "\u{E9}té") != Self.index(store, "e\u{301}té"))
    #expect(store.count == forms.count + 1)
  }

  @Test func anEmptiedStoreStartsAgain() {
    let store = TokenTextStore()
    for number in 0..<100 { _ = Self.index(store, "forme-longue-numéro-\(number)") }
    store.forgetIfLarger(than: 99)
    #expect(store.count == 0)
    #expect(Self.index(store, "forme-longue-numéro-7") == 0)
    #expect(Self.index(store, "forme-longue-numéro-8") == 1)
    #expect(Self.index(store, "forme-longue-numéro-7") == 0)
    #expect(store.string(at: 1) == "forme-longue-numéro-8")
  }
}
